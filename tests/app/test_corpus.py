"""Corpus sources in the app: uploads, pasted text, per-file failures, cached extraction.

Extraction itself is replaced by a stand-in that returns the fixture records (the real
pipeline is exercised by the ``model`` tests at the end), so these tests check the glue:
what reaches the extractor, what the user is told, and that a rerun does not extract again.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import ui.corpus
from tests.app.mounted import graph_data
from ui import keys

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"


def shown(element) -> str:
    """What the user reads in an st.error/st.warning/st.info: Markdown escapes resolved."""
    return re.sub(r"\\(.)", r"\1", element.value)


class FakeExtraction:
    """Stands in for extract.api.extract: records the documents, reports progress."""

    def __init__(self, errors: list[tuple[str, str]] | None = None) -> None:
        self.calls: list[list] = []
        self.errors = errors or []

    def __call__(self, documents, progress=None):
        self.calls.append(list(documents))
        for i in range(len(documents)):
            if progress:
                progress(i + 1, len(documents))
        return json.loads(FIXTURE.read_text(encoding="utf-8")), list(self.errors)


@pytest.fixture
def fake(monkeypatch) -> FakeExtraction:
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    fake = FakeExtraction(errors=[("b.txt", "b.txt: cannot tell the language (too little text)")])
    monkeypatch.setattr(ui.corpus, "run_extraction", fake)
    return fake


def test_corpus_upload_extracts_once_and_names_the_files_that_failed(fake):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.CORPUS_SOURCE] = "upload"
    at.run()
    assert any("Upload one or more articles" in i.value for i in at.info)
    marker = uuid.uuid4().hex  # fresh content, so no earlier test's cache entry applies
    at.file_uploader(key=keys.UPLOADS).set_value(
        [
            ("a.txt", f"Poetin sprak met Witkoff. {marker}".encode(), "text/plain"),
            ("b.txt", b"Hallo.", "text/plain"),
            ("empty.md", b"\n\n", "text/markdown"),
        ]
    ).run()
    assert not at.exception
    [call] = fake.calls
    assert sorted(d.source for d in call) == ["a.txt", "b.txt"]
    assert [shown(e) for e in at.error] == ["empty.md: the file is empty"]
    assert [shown(w) for w in at.warning] == ["b.txt: cannot tell the language (too little text)"]
    assert at.get("bidi_component"), "the articles that worked are drawn"
    assert not at.get("progress"), "the progress bar is gone once extraction is done"
    at.multiselect(key=keys.RELATION_TYPES).set_value(["CONSULT"]).run()
    assert len(fake.calls) == 1, "a rerun must not extract again"


def test_corpus_pasted_text_becomes_one_article_with_title_and_date(fake):
    import datetime as dt

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.CORPUS_SOURCE] = "paste"
    at.run()
    text = f"Zelensky ontmoette Macron in Parijs. {uuid.uuid4().hex}"
    at.text_input(key=keys.PASTE_TITLE).input("Een <b>titel</b>")
    at.date_input(key=keys.PASTE_DATE).set_value(dt.date(2025, 12, 3))
    at.text_area(key=keys.PASTE_TEXT).input(text)
    at.button[0].click().run()
    assert not at.exception
    [[document]] = fake.calls
    assert (document.title, document.date, document.text) == (
        "Een <b>titel</b>",
        "2025-12-03",
        text,
    )
    assert document.id.startswith("pasted-")


@pytest.mark.model
def test_corpus_sample_opens_with_real_extraction(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()
    assert not at.exception
    assert not at.error and not at.warning, [m.value for m in [*at.error, *at.warning]]
    labels = {n["label"] for n in graph_data(at)["nodes"]}
    assert {"Vladimir Putin", "Steve Witkoff"} & labels


@pytest.mark.model
def test_corpus_pasted_english_article_is_extracted_for_real(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.session_state[keys.CORPUS_SOURCE] = "paste"
    at.run()
    text = (
        "Donald Trump threatened Russia with new sanctions on Tuesday. "
        "Volodymyr Zelensky asked Europe for air defence."
    )
    at.text_area(key=keys.PASTE_TEXT).input(text)
    at.button[0].click().run()
    assert not at.exception and not at.error
    data = graph_data(at)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert {"Donald Trump", "Russia", "Volodymyr Zelensky", "Europe"} <= set(labels.values())
    trump = next(i for i, label in labels.items() if label == "Donald Trump")
    at.session_state[keys.SELECTION] = {"kind": "node", "id": trump}
    at.run()
    evidence = "\n".join(h.value for h in at.html)
    assert ">Donald Trump</mark> threatened Russia with new sanctions" in evidence


def test_corpus_upload_with_one_bad_jsonl_line_keeps_the_good_rows():
    data = (
        b'{"title": "A", "text": "Putin met Witkoff in Moscow."}\n{"text": broken\n{"text": '
        b'"Zelensky spoke."}\n'
    )
    documents, errors = ui.corpus.documents_from_files([("news.jsonl", data)])
    assert [d.text for d in documents] == ["Putin met Witkoff in Moscow.", "Zelensky spoke."]
    [(source, message)] = errors
    assert source == "news.jsonl#2"
    assert message.startswith("news.jsonl, line 2: not valid JSON")


def test_app_upload_error_of_one_line_names_the_file_once(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.CORPUS_SOURCE] = "upload"
    at.run()
    at.file_uploader(key=keys.UPLOADS).set_value(
        [("news.jsonl", b'{"text": broken\n', "application/json")]
    ).run()
    assert not at.exception
    [error] = [re.sub(r"\\(.)", r"\1", e.value) for e in at.error]  # Markdown escapes resolved
    assert error == "news.jsonl, line 1: not valid JSON (Expecting value)"


def test_corpus_mention_spans_are_made_when_first_needed_and_match_the_records():
    """A corpus's mention spans (the highlighted names in the details) are made at the first
    look, not while the first view is drawn (issue 20: a stored corpus's first view), and are
    those of the records."""
    from graph.build import build_graph
    from ui.details import mention_index

    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    loaded = ui.corpus.LoadedCorpus(
        hash="h", G=build_graph(records), mention_rows=list(records["mentions"])
    )
    assert loaded.mention_rows, "nothing made yet"
    spans = loaded.mentions
    assert spans == mention_index(records)
    assert spans["000_5b4120fcf4eb73ee:0"], "the first sentence names someone"
    assert loaded.mentions is spans and not loaded.mention_rows
