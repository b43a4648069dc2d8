"""The first screen: extraction results cached on disk between starts, and progress that moves.

A second start (a new process, so an empty ``st.cache_data``) must read the records from the disk
cache instead of running the pipeline again; a change of text, model or code must miss; a broken
entry must be ignored and rewritten, never an error.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import extract.cache as cache
import ui.corpus
from extract.documents import Document
from ui import keys

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"


def records() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


class Counting:
    """A stand-in extraction that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return records(), [("b.txt", "b.txt: too little text")]


def test_second_load_reads_the_disk_and_does_not_extract():
    run = Counting()
    first, hit = cache.cached_extraction("content-1", run)
    assert (run.calls, hit) == (1, False)
    second, hit = cache.cached_extraction("content-1", run)
    assert (run.calls, hit) == (1, True)
    assert second == first
    assert second[1] == [("b.txt", "b.txt: too little text")]


def test_changed_text_model_or_code_misses(monkeypatch):
    run = Counting()
    cache.cached_extraction("content-1", run)
    cache.cached_extraction("content-2", run)
    assert run.calls == 2, "other text, other entry"
    models = cache.model_versions()
    monkeypatch.setattr(cache, "model_versions", lambda: {**models, "nl": "nl_newsgraph_sm 9.9.9"})
    cache.cached_extraction("content-1", run)
    assert run.calls == 3, "another model version misses"
    monkeypatch.setattr(cache, "code_version", lambda: "another code version")
    cache.cached_extraction("content-1", run)
    assert run.calls == 4, "another code version misses"


def test_model_version_follows_the_pipeline_meta_and_the_model_override(tmp_path, monkeypatch):
    before = cache.extraction_key("x")
    model = tmp_path / "retrained"
    model.mkdir()
    (model / "meta.json").write_text(
        json.dumps({"lang": "nl", "name": "retrained", "version": "0.0.1"})
    )
    monkeypatch.setenv("NEWSGRAPH_MODEL_NL", str(model))
    assert cache.model_versions()["nl"] == "nl_retrained 0.0.1"
    assert cache.extraction_key("x") != before


def test_code_version_changes_with_a_lexicon_row(tmp_path):
    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "a.py").write_text("x = 1\n")
    (tmp_path / "verbs.nl.tsv").write_text("praten\tCONSULT\n")
    paths = [tmp_path / "extract", tmp_path / "verbs.nl.tsv"]
    before = cache.hash_files(paths, tmp_path)
    assert cache.hash_files(paths, tmp_path) == before
    (tmp_path / "verbs.nl.tsv").write_text("praten\tCONSULT\nspreken\tCONSULT\n")
    assert cache.hash_files(paths, tmp_path) != before


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        b'{"format": 1}',
        b'{"format": 1, "key": "k", "records": 3, "errors": []}',
    ],
)
def test_a_corrupt_entry_is_ignored_and_rewritten(garbage):
    run = Counting()
    key = cache.extraction_key("content-1")
    cache.cache_dir().mkdir(parents=True, exist_ok=True)
    path = cache.cache_dir() / f"extraction-{key}.json"
    path.write_bytes(garbage)
    entry, hit = cache.cached_extraction("content-1", run)
    assert (run.calls, hit) == (1, False)
    assert json.loads(path.read_bytes())["key"] == key, "rewritten"
    assert cache.cached_extraction("content-1", run) == (entry, True)


def test_an_unreadable_entry_or_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "a-file"))
    (tmp_path / "a-file").write_text("not a folder")
    run = Counting()
    assert cache.cached_extraction("content-1", run)[1] is False
    assert cache.cached_extraction("content-1", run)[1] is False
    assert run.calls == 2
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "dir"))
    key = cache.extraction_key("content-1")
    (tmp_path / "dir" / f"extraction-{key}.json").mkdir(
        parents=True
    )  # a folder where a file should be
    assert cache.cached_extraction("content-1", run)[1] is False
    assert run.calls == 3
    assert not [p for p in (tmp_path / "dir").iterdir() if p.name.startswith(".tmp-")], (
        "no temporary left"
    )


def test_the_cache_lives_outside_the_repository_by_default(monkeypatch, tmp_path):
    monkeypatch.delenv(cache.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "newsgraph"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == Path.home() / ".cache" / "newsgraph"
    monkeypatch.setenv(cache.CACHE_ENV, "~/elsewhere")
    assert cache.cache_dir() == Path(os.path.expanduser("~/elsewhere"))


class FakeExtraction:
    """Stands in for ui.corpus.run_extraction: counts calls, reports steps."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, documents, progress=None):
        self.calls += 1
        if progress:
            progress(0, len(documents), "Loading the Dutch pipeline")
            progress(0.5, len(documents), "Reading article 1 of 1: parsing sentences")
            progress(len(documents), len(documents))
        return records(), []


@pytest.mark.parametrize("source", ["sample", "upload", "paste"])
def test_a_second_start_draws_from_the_disk_cache(source, monkeypatch):
    """Every way the app extracts articles goes through the disk cache."""
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    fake = FakeExtraction()
    monkeypatch.setattr(ui.corpus, "run_extraction", fake)
    marker = uuid.uuid4().hex

    def start() -> AppTest:
        st.cache_data.clear()  # a new process: nothing in memory
        st.cache_resource.clear()
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.session_state[keys.CORPUS_SOURCE] = source
        at.run()
        if source == "upload":
            at.file_uploader(key=keys.UPLOADS).set_value(
                [("a.txt", f"Poetin sprak met Witkoff. {marker}".encode(), "text/plain")]
            ).run()
        elif source == "paste":
            at.text_area(key=keys.PASTE_TEXT).input(f"Zelensky ontmoette Macron. {marker}")
            at.button[0].click().run()
        assert not at.exception
        assert at.get("bidi_component"), "the graph is drawn"
        return at

    start()
    assert fake.calls == 1
    start()
    assert fake.calls == 1, "the second start reads the records from disk"
    assert list(cache.cache_dir().glob("extraction-*.json"))


@pytest.mark.model
def test_progress_moves_during_one_article():
    """One article reports more than 'started' and 'done': loading, then each pipeline step."""
    calls = []
    document = Document(
        id="one",
        title="",
        date="2025-12-03",
        language="nl",
        source="one.txt",
        text="Poetin sprak dinsdag in Moskou met Witkoff over het vredesplan.",
    )
    records, errors = ui.corpus.run_extraction([document], lambda *args: calls.append(args))
    assert not errors and records["relations"]
    assert len(calls) > 2, calls
    fractions = [c[0] / c[1] for c in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1
    messages = [c[2] for c in calls if len(c) > 2]
    assert any(m.startswith("Reading article 1 of 1: parsing sentences") for m in messages), (
        messages
    )


def test_the_sample_is_the_one_extract_knows_and_reading_it_needs_no_spacy():
    import subprocess
    import sys

    from extract.api import SAMPLE_CORPUS

    assert ui.corpus.SAMPLE_CORPUS == SAMPLE_CORPUS
    code = (
        "import sys, extract.cache, ui.corpus; ui.corpus.sample_documents(); "
        "extract.cache.extraction_key('x'); print('spacy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False", "a cache hit must not pay for importing spaCy"
