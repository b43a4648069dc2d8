"""From the app to the store (issue 21, item 7): uploaded or pasted articles are added to a
configured store with one button, idempotently, saying per file what ``python -m extract ingest``
says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from extract.documents import Document
from extract.ingest import IngestSummary, report_lines
from store import open_store
from ui import keys
from ui.ingest_panel import add_to_store, headline

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = [
    Document("one", "Harbour deal", "The mayor of Rotterdam met the Belgian minister.", "one.txt"),
    Document("two", "Trade talks", "Berlin and Paris agreed on a new trade plan.", "two.txt"),
]


class StandIn:
    """An extractor without a model: one sentence per article, nothing found in it; articles
    whose id is in ``failing`` fail with a reason. Counts the articles it was given."""

    def __init__(self, failing: tuple[str, ...] = ()) -> None:
        self.failing, self.seen = failing, []

    def __call__(self, chunk, progress=None):
        self.seen += [d.id for d in chunk]
        kept = [d for d in chunk if d.id not in self.failing]
        records = {
            "schema_version": 1,
            "documents": [
                {
                    "id": d.id,
                    "title": d.title,
                    "language": "en",
                    "date": "2025-12-01",
                    "source": d.source,
                    "text": d.text,
                }
                for d in kept
            ],
            "sentences": [
                {
                    "id": f"{d.id}:0",
                    "doc": d.id,
                    "index": 0,
                    "start": 0,
                    "end": len(d.text),
                    "text": d.text,
                }
                for d in kept
            ],
            "entities": [],
            "mentions": [],
            "relations": [],
        }
        errors = [(d.source, f"{d.source}: the text is not in a supported language") for d in chunk]
        return records, [e for e, d in zip(errors, chunk) if d.id in self.failing]


def test_ingest_panel_second_add_adds_nothing_and_says_so(tmp_path):
    target = str(tmp_path / "corpus.db")
    extractor, done = StandIn(), []
    first = add_to_store(ARTICLES, target, "corpus.db", extractor=extractor, progress=done.append)
    assert (first.kind, first.headline) == ("success", "Added 2 articles to the store.")
    assert first.lines == (
        "corpus.db: added 2, skipped as duplicate 0, failed 0",
        "the store holds 2 documents, 0 entities, 0 relations",
    )
    assert sum(done) == 2, "the progress bar reaches the end"

    second = add_to_store(ARTICLES, target, "corpus.db", extractor=extractor)
    assert (second.kind, second.headline) == (
        "info",
        "Nothing added: the store holds these 2 articles already.",
    )
    assert second.lines[0] == "corpus.db: added 0, skipped as duplicate 2, failed 0"
    assert extractor.seen == ["one", "two"], "stored articles are skipped before extraction"
    with open_store(target, read_only=True) as store:
        assert store.counts()["documents"] == 2


def test_ingest_panel_lines_are_the_commands_and_name_each_failed_file(tmp_path):
    target = str(tmp_path / "corpus.db")
    report = add_to_store(ARTICLES, target, "news.db", extractor=StandIn(failing=("two",)))
    assert (report.kind, report.headline) == (
        "warning",
        "Added 1 article to the store; 1 failed.",
    )
    assert report.lines == tuple(
        report_lines(report.summary, "news.db", {"documents": 1, "entities": 0, "relations": 0})
    )
    assert "  failed: two.txt: the text is not in a supported language" in report.lines


def test_ingest_panel_unreadable_rows_are_failed_files_as_the_command_says(tmp_path):
    report = add_to_store(
        ARTICLES[:1],
        str(tmp_path / "corpus.db"),
        "corpus.db",
        extractor=StandIn(),
        unreadable=[("news.jsonl#2", "news.jsonl, line 2: not valid JSON")],
    )
    assert (report.kind, report.headline) == ("warning", "Added 1 article to the store; 1 failed.")
    assert report.lines[:2] == (
        "corpus.db: added 1, skipped as duplicate 0, failed 1",
        "  failed: news.jsonl, line 2: not valid JSON",
    )


def test_ingest_panel_store_that_cannot_be_opened_is_one_line_not_a_traceback(tmp_path):
    target = str(tmp_path / "missing" / "corpus.db")
    report = add_to_store(ARTICLES, target, "corpus.db", extractor=StandIn())
    assert report.kind == "error"
    assert (
        report.headline.startswith("corpus.db: the folder") and "does not exist" in report.headline
    )
    assert add_to_store([], target, "corpus.db").headline == "There are no articles to add."


def test_ingest_panel_headline_names_a_store_that_stopped():
    summary = IngestSummary(added=["a.txt"], error="corpus.db: the store is locked", not_stored=1)
    assert headline(summary) == (
        "error",
        "The store stopped taking articles: corpus.db: the store is locked",
    )


def shown(element) -> str:
    return re.sub(r"\\(.)", r"\1", element.value)


@pytest.fixture
def pasting(monkeypatch, tmp_path):
    """The app on "Paste text" with one configured store that does not exist yet."""
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    monkeypatch.delenv("NEWSGRAPH_STORES", raising=False)
    monkeypatch.setenv("NEWSGRAPH_STORE", str(tmp_path / "week.db"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.session_state[keys.CORPUS_SOURCE] = "paste"
    at.session_state[keys.PASTE_TEXT] = (
        "Dutch Prime Minister Dick Schoof met German Chancellor Friedrich Merz in Berlin on "
        "Monday. Schoof criticised the new border checks."
    )
    at.session_state[keys.PASTE_TITLE] = "Schoof in Berlin"
    return at, tmp_path / "week.db"


def test_ingest_panel_pasted_article_goes_into_the_store_once(pasting):
    at, path = pasting
    at.run()
    assert not at.exception and not at.error
    assert at.selectbox(key=keys.INGEST_STORE).options == ["week.db"]
    at.button(key="add-to-store").click().run()
    assert not at.exception
    assert [shown(s) for s in at.success] == ["Added 1 article to the store."]
    [lines] = [c.value for c in at.code if "added 1" in c.value]
    assert lines.splitlines()[0] == "week.db: added 1, skipped as duplicate 0, failed 0"
    with open_store(path, read_only=True) as store:
        [document] = store.documents()
        assert document["title"] == "Schoof in Berlin"
        assert store.counts()["entities"] > 0

    at.button(key="add-to-store").click().run()
    assert "Nothing added: the store holds this article already." in [shown(i) for i in at.info]
    assert any("week.db: added 0, skipped as duplicate 1, failed 0" in c.value for c in at.code)
    with open_store(path, read_only=True) as store:
        assert store.counts()["documents"] == 1

    at.button(key="open-stored").click().run()  # "Explore the stored corpus"
    assert not at.exception and not at.error
    assert at.session_state[keys.CORPUS_SOURCE] == "stored"
    assert at.caption[0].value.startswith("1 article · ")


def test_ingest_panel_uploaded_files_report_their_bad_lines(pasting):
    at, path = pasting
    at.session_state[keys.CORPUS_SOURCE] = "upload"
    at.run()
    upload = (
        b'{"title": "Harbour deal", "text": "The mayor of Rotterdam met the Belgian minister '
        b'in Antwerp."}\nnot json\n'
    )
    at.file_uploader(key=keys.UPLOADS).set_value(("news.jsonl", upload, "application/json")).run()
    assert not at.exception
    at.button(key="add-to-store").click().run()
    assert not at.exception
    assert "Added 1 article to the store; 1 failed." in [shown(w) for w in at.warning]
    [lines] = [c.value for c in at.code if "week.db:" in c.value]
    assert lines.splitlines()[:2] == [
        "week.db: added 1, skipped as duplicate 0, failed 1",
        "  failed: news.jsonl, line 2: not valid JSON (Expecting value)",
    ]
    with open_store(path, read_only=True) as store:
        assert [d["title"] for d in store.documents()] == ["Harbour deal"]

    # the command, given the same file and a store of the same name, says the same lines
    folder = path.parent / "cli"
    folder.mkdir()
    (folder / "news.jsonl").write_bytes(upload)
    cli = subprocess.run(
        [sys.executable, "-m", "extract", "ingest", "--quiet", "news.jsonl", "--db", "week.db"],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert cli.returncode == 1, cli.stderr
    assert lines.splitlines() == cli.stdout.splitlines()


def test_ingest_panel_without_a_configured_store_says_how_to_configure_one(
    pasting, monkeypatch, tmp_path
):
    at, _ = pasting
    monkeypatch.delenv("NEWSGRAPH_STORE")
    monkeypatch.chdir(tmp_path)
    at.run()
    assert not at.exception and not at.error
    assert not [b for b in at.button if b.key == "add-to-store"]
    assert any("No store is configured" in c.value for c in at.caption)
