"""``python -m extract ingest`` from extract's side: each file and row alone, and a summary with
true counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store import open_store

ROOT = Path(__file__).resolve().parents[2]


def ingest(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "extract", "ingest", "--quiet", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.model
def test_ingest_a_bad_jsonl_line_and_an_empty_file_cost_only_themselves(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    lines = [
        json.dumps({"id": "one", "text": "Vladimir Putin met Steve Witkoff in Moscow."}),
        '{"id": "two", "text": broken',
        json.dumps({"id": "three", "text": "Donald Trump spoke with Volodymyr Zelensky."}),
    ]
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "corpus.db"
    result = ingest(str(folder), "--db", str(db), "--lang", "en")
    assert result.returncode == 1
    assert f"{db}: added 2, skipped as duplicate 0, failed 2" in result.stdout
    failed = [
        line.strip() for line in result.stdout.splitlines() if line.strip().startswith("failed:")
    ]
    assert failed == [
        f"failed: {folder / 'empty.txt'}: the file is empty",
        f"failed: {folder / 'news.jsonl'}, line 2: not valid JSON (Expecting value)",
    ]
    with open_store(db) as store:
        assert sorted(d["id"] for d in store.documents()) == ["one", "three"]


# --- a summary with true counts when the ingest stops early --------------------------------------


def plain_records(chunk, progress=None):
    """Records of a chunk without a model: one sentence per document, no entities (enough for the
    store)."""
    records = {
        "schema_version": 1,
        "documents": [],
        "sentences": [],
        "entities": [],
        "mentions": [],
        "relations": [],
    }
    for d in chunk:
        records["documents"].append(
            {
                "id": d.id,
                "title": d.title,
                "language": "en",
                "date": None,
                "source": d.source,
                "text": d.text,
            }
        )
        records["sentences"].append(
            {
                "id": f"{d.id}:0",
                "doc": d.id,
                "index": 0,
                "start": 0,
                "end": len(d.text),
                "text": d.text,
            }
        )
    return records, []


def articles(count: int) -> list:
    from extract.documents import Document

    return [
        Document(id=f"a{n}", title=f"a{n}", text=f"Article number {n}.", source=f"a{n}.txt")
        for n in range(count)
    ]


def stop_on_call(store, call: int, error: BaseException, *, after_commit: bool) -> None:
    """Make the store's ``call``-th add_document raise ``error``, before or after it commits."""
    real = store.add_document
    calls = [0]

    def add_document(part):
        calls[0] += 1
        if calls[0] == call and not after_commit:
            raise error
        outcome = real(part)
        if calls[0] == call:
            raise error
        return outcome

    store.add_document = add_document


@pytest.mark.parametrize("after_commit", [False, True])
def test_ingest_ctrl_c_counts_every_committed_article(tmp_path, after_commit):
    from extract.ingest import ingest_documents

    with open_store(tmp_path / "corpus.db") as store:
        stop_on_call(store, 6, KeyboardInterrupt(), after_commit=after_commit)
        summary = ingest_documents(articles(10), store, extractor=plain_records, chunk_size=8)
        stored = store.counts()["documents"]
    assert summary.interrupted
    assert stored == (6 if after_commit else 5)
    assert (
        summary.line()
        == f"added {stored}, skipped as duplicate 0, failed 0, not stored {10 - stored}"
    )


def test_ingest_store_error_mid_run_still_gives_true_counts(tmp_path):
    from extract.ingest import ingest_documents
    from store import StoreError

    with open_store(tmp_path / "corpus.db") as store:
        stop_on_call(store, 3, StoreError("corpus.db: the disk is full"), after_commit=False)
        summary = ingest_documents(articles(5), store, extractor=plain_records, chunk_size=8)
        assert store.counts()["documents"] == 2
    assert summary.error == "corpus.db: the disk is full"
    assert summary.line() == "added 2, skipped as duplicate 0, failed 1, not stored 2"
    assert summary.failed == [("a2.txt", "a2.txt: not stored (corpus.db: the disk is full)")]


@pytest.mark.model
def test_ingest_locked_store_prints_the_summary_then_the_error(tmp_path):
    import sqlite3

    db = tmp_path / "corpus.db"
    open_store(db).close()
    lines = [
        json.dumps(
            {"id": f"n{n}", "text": f"Vladimir Putin met Steve Witkoff in Moscow, report {n}."}
        )
        for n in range(2)
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = ingest(
            str(tmp_path / "news.jsonl"), "--db", f"sqlite:///{db}?timeout=0.3", "--lang", "en"
        )
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1
    assert "added 0, skipped as duplicate 0, failed 1, not stored 1" in result.stdout
    assert "the database is locked by another program" in result.stdout
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith(f"error: sqlite:///{db}?timeout=0.3: the database is locked")
    )
    assert "Traceback" not in result.stderr


@pytest.mark.model
def test_ingest_takes_a_cut_emoji_and_a_file_name_that_is_not_utf8(tmp_path):
    # a scraper that cuts an emoji in half writes a lone "\ud83d" escape; a file copied from an
    # old Windows share can have a Latin-1 name. Both used to end the ingest with a traceback.
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "cut.jsonl").write_text(
        '{"id": "cut", "title": "Talks \\ud83d", '
        '"text": "Vladimir Putin met Steve Witkoff in Moscow \\ud83d on Tuesday."}\n',
        encoding="utf-8",
    )
    with open(bytes(folder) + b"/caf\xe9.txt", "wb") as latin1_name:
        latin1_name.write(b"Donald Trump spoke with Zelensky.")
    db = tmp_path / "corpus.db"
    result = ingest(str(folder), "--db", str(db), "--lang", "en")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{db}: added 2, skipped as duplicate 0, failed 0" in result.stdout
    with open_store(db) as store:
        titles = sorted(d["title"] for d in store.documents())
        sources = sorted(Path(d["source"]).name for d in store.documents())
        labels = {e["label"] for e in store.records()["entities"]}
    assert titles == ["Donald Trump spoke with Zelensky.", "Talks \ufffd"]
    assert sources == ["caf\ufffd.txt", "cut.jsonl#1"]
    assert {"Vladimir Putin", "Steve Witkoff", "Donald Trump"} <= labels
