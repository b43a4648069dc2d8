"""``python -m extract ingest`` end to end: duplicates, bad files, linking across languages, dates,
crashes, Dask."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import ENGLISH, ROOT, SAMPLE, english_variants, run_cli

from records import validate_records
from store import open_store

pytestmark = pytest.mark.model

PEOPLE = ["Putin", "Trump", "Witkoff", "Kushner", "Ushakov", "Zelensky", "Rubio", "Macron"]


def sentence_of(records: dict, relation: dict) -> str:
    return next(s["text"] for s in records["sentences"] if s["id"] == relation["sentence"])


# --- idempotence ---------------------------------------------------------------------------------


def test_ingest_same_article_twice_is_skipped_as_duplicate(tmp_path):
    db = tmp_path / "corpus.db"
    first = run_cli(str(ENGLISH), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert f"{db}: added 1, skipped as duplicate 0, failed 0" in first.stdout
    with open_store(db) as store:
        counts, records = store.counts(), store.records()
    copy = tmp_path / "copy.txt"
    shutil.copy(ENGLISH, copy)
    second = run_cli(str(ENGLISH), str(copy), "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert f"{db}: added 0, skipped as duplicate 2, failed 0" in second.stdout
    with open_store(db) as store:
        assert store.counts() == counts
        assert store.records() == records


# --- bad input ------------------------------------------------------------------------------------

BAD_FILES = {
    "empty.txt": (b"", "empty.txt: the file is empty"),
    "corrupt.txt": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20,
        "corrupt.txt: looks like a binary file, not text",
    ),
    "huge.txt": (
        b"Putin spoke. " * (50 * 1024 * 1024 // 13),
        "huge.txt: the file is too large (50.0 MB; the limit is 20 MB)",
    ),
    "columns.csv": (
        b"title,body_text,date\nTalks,Putin met Witkoff.,2025-12-03\n",
        "columns.csv: the CSV has no text column (columns: title, body_text, date)",
    ),
    "lines.jsonl": (
        b'{"text": "Putin met Witkoff in Moscow on Tuesday, the Kremlin said."}\n{"text": broken\n',
        "lines.jsonl, line 2: not valid JSON",
    ),
}
CP1252_TEXT = (
    "Zelensky\u2019s adviser met reporters at a caf\u00e9 in Kyiv on Tuesday. "
    "He said that the talks in Moscow with Witkoff had been useful, but that no compromise had "
    "been found."
)


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    """One ingest of a folder holding every kind of bad file, a cp1252 article and the English
    article."""
    folder = tmp_path_factory.mktemp("inbox")
    for name, (data, _) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    (folder / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    shutil.copy(ENGLISH, folder / "article.txt")
    db = folder.parent / "bad.db"
    result = run_cli(str(folder), "--db", str(db), "--date", "2025-12-03")
    return folder, db, result


def test_ingest_bad_files_are_counted_and_the_rest_goes_on(bad_run):
    folder, db, result = bad_run
    assert result.returncode == 1, (
        "anything failed: the exit status says so, the good articles are stored"
    )
    # the JSONL file's good first line is stored; only its broken second line fails
    assert f"{db}: added 3, skipped as duplicate 0, failed {len(BAD_FILES)}" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    with open_store(db) as store:
        records = store.records()
    validate_records(records)
    assert sorted(d["id"] for d in records["documents"]) == ["article", "cp1252", "lines-1"]


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_ingest_each_bad_file_has_its_own_reason_line(bad_run, name):
    folder, _db, result = bad_run
    expected = BAD_FILES[name][1]
    lines = [
        line.strip() for line in result.stdout.splitlines() if line.strip().startswith("failed:")
    ]
    assert f"failed: {folder}/{expected}" in "\n".join(lines)
    assert sum(name in line for line in lines) == 1


def test_ingest_wrong_encoding_is_read_as_cp1252_not_mangled(bad_run):
    _folder, db, _result = bad_run
    with open_store(db) as store:
        document = next(d for d in store.records()["documents"] if d["id"] == "cp1252")
    assert document["text"] == CP1252_TEXT


def test_ingest_locked_store_is_one_line_without_traceback(tmp_path):
    db = tmp_path / "corpus.db"
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run_cli(str(ENGLISH), "--db", f"sqlite:///{db}?timeout=0.3")
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode != 0
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith(f"error: sqlite:///{db}?timeout=0.3: the database is locked by another program")
    )
    assert "Traceback" not in result.stderr


def test_ingest_read_only_store_is_one_line_without_traceback(tmp_path):
    db = tmp_path / "corpus.db"
    open_store(db).close()
    result = run_cli(str(ENGLISH), "--db", f"sqlite:///file:{db}?mode=ro&uri=true")
    assert result.returncode != 0
    assert "the database is read-only" in result.stderr
    assert "Traceback" not in result.stderr


# --- incremental linking across languages ---------------------------------------------------------


def test_ingest_sample_then_english_article_keeps_one_entity_per_person(tmp_path):
    db = tmp_path / "corpus.db"
    for path in (SAMPLE, ENGLISH):
        result = run_cli(str(path), "--db", str(db))
        assert result.returncode == 0, result.stderr
        assert "added 1," in result.stdout
    with open_store(db) as store:
        records = store.records()
    validate_records(records)
    assert sorted(d["language"] for d in records["documents"]) == ["en", "nl"]
    doc_of = {s["id"]: s["doc"] for s in records["sentences"]}
    for person in PEOPLE:
        rows = [
            e
            for e in records["entities"]
            if e["type"] == "PERSON" and any(person in a for a in [e["label"], *e["aliases"]])
        ]
        assert len(rows) == 1, f"{person}: {[e['id'] for e in rows]}"
        documents = {
            doc_of[m["sentence"]] for m in records["mentions"] if m["entity"] == rows[0]["id"]
        }
        assert len(documents) == 2, f"{person} is not mentioned in both articles"


# --- time -----------------------------------------------------------------------------------------


def test_ingest_english_relative_days_resolve_against_the_document_date(tmp_path):
    db = tmp_path / "corpus.db"
    assert run_cli(str(ENGLISH), "--db", str(db)).returncode == 0
    with open_store(db) as store:
        records = store.records()
    assert records["documents"][0]["date"] == "2025-12-03"  # from moscow_talks_en.meta.json
    consult = {
        (r["source"], r["target"]): r["date"]
        for r in records["relations"]
        if r["type"] == "CONSULT"
    }
    assert (
        consult[("kb:vladimir_putin", "kb:steve_witkoff")] == "2025-12-02"
    )  # "... on Tuesday with Steve Witkoff"
    assert (
        consult[("kb:volodymyr_zelensky", "kb:emmanuel_macron")] == "2025-12-01"
    )  # "On Monday Zelensky met ... Macron"
    talks = next(
        e
        for e in records["entities"]
        if e["type"] == "EVENT" and e["event"]["location"] == "kb:moscow"
    )
    assert talks["event"]["date"] == "2025-12-02"


def test_ingest_date_flag_dates_an_article_without_metadata(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(ENGLISH, folder / "talks.txt")
    db = tmp_path / "corpus.db"
    assert run_cli(str(folder), "--db", str(db), "--date", "2025-12-10").returncode == 0
    with open_store(db) as store:
        records = store.records(date_from="2025-12-10", date_to="2025-12-10")
    assert [d["date"] for d in records["documents"]] == ["2025-12-10"]
    consult = {
        (r["source"], r["target"]): r["date"]
        for r in records["relations"]
        if r["type"] == "CONSULT"
    }
    assert (
        consult[("kb:vladimir_putin", "kb:steve_witkoff")] == "2025-12-09"
    )  # the Tuesday before Wednesday 10 December


def test_ingest_dutch_relative_days_resolve_against_the_document_date(tmp_path):
    db = tmp_path / "corpus.db"
    assert run_cli(str(SAMPLE), "--db", str(db)).returncode == 0
    with open_store(db) as store:
        records = store.records()
    assert records["documents"][0]["date"] == "2025-12-03"
    # the Moscow talks of Tuesday 2 December, a day before the article's date
    talks = [
        r
        for r in records["relations"]
        if r["type"] == "CONSULT" and r["source"] == "kb:vladimir_putin"
    ]
    assert talks and {r["date"] for r in talks} == {"2025-12-02"}
    assert {r["date_source"] for r in talks} == {"text"}
    # "Zelensky had maandag een ontmoeting met ... Emmanuel Macron": the meeting and Macron's part
    # in it
    meeting = next(
        e
        for e in records["entities"]
        if e["type"] == "EVENT" and e["event"]["trigger"] == "ontmoeting"
    )
    assert meeting["event"]["date"] == "2025-12-01"
    monday = [
        r
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r["target"] == meeting["id"]
    ]
    assert "kb:emmanuel_macron" in {r["source"] for r in monday}
    assert {r["date"] for r in monday} == {"2025-12-01"}


# --- crash safety ---------------------------------------------------------------------------------


def stored_documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_ingest_killed_mid_way_keeps_whole_articles_and_a_rerun_completes(tmp_path):
    count = 24
    source = english_variants(tmp_path, count)
    db = tmp_path / "crashed.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "extract",
            "ingest",
            "--quiet",
            str(source),
            "--db",
            str(db),
            "--batch-size",
            "1",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while stored_documents(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    kept = stored_documents(db)
    assert 0 < kept < count

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    reference_db = tmp_path / "reference.db"
    assert run_cli(str(source), "--db", str(reference_db)).returncode == 0
    with open_store(db) as crashed, open_store(reference_db) as reference:
        partial = crashed.records()
        validate_records(partial)
        ids = [d["id"] for d in partial["documents"]]
        assert partial == reference.records(documents=ids)  # every stored article is whole

    rerun = run_cli(str(source), "--db", str(db), "--batch-size", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert f"added {count - kept}, skipped as duplicate {kept}, failed 0" in rerun.stdout
    with open_store(db) as crashed, open_store(reference_db) as reference:
        assert crashed.records() == reference.records()


# --- distributed ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        ("--workers", "dask", "--n-process", "2", "--batch-size", "2"),
        ("--n-process", "2", "--batch-size", "2"),
    ],
    ids=["dask-2-workers", "2-processes"],
)
def test_ingest_distributed_or_multiprocess_fills_the_same_store_as_one_process(tmp_path, options):
    source = english_variants(tmp_path, 6)
    local, other = tmp_path / "local.db", tmp_path / "other.db"
    one = run_cli(str(source), "--db", str(local))
    assert one.returncode == 0, one.stderr
    many = run_cli(str(source), "--db", str(other), *options)
    assert many.returncode == 0, many.stderr
    assert "added 6, skipped as duplicate 0, failed 0" in many.stdout
    with open_store(local) as a, open_store(other) as b:
        records = a.records()
        assert len(records["documents"]) == 6
        assert b.records() == records


# --- several writers ------------------------------------------------------------------------------


def test_ingest_two_writers_at_once_store_each_article_once(tmp_path):
    source = english_variants(tmp_path, 4)
    db = tmp_path / "corpus.db"
    open_store(db).close()
    command = [
        sys.executable,
        "-m",
        "extract",
        "ingest",
        "--quiet",
        str(source),
        "--db",
        str(db),
        "--batch-size",
        "1",
    ]
    procs = [
        subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
    added = skipped = 0
    for out, _err in outputs:
        line = next(line for line in out.splitlines() if "added" in line)
        added += int(line.split("added ")[1].split(",")[0])
        skipped += int(line.split("duplicate ")[1].split(",")[0])
    assert (added, skipped) == (4, 4)
    with open_store(db) as store:
        assert store.counts()["documents"] == 4
        validate_records(store.records())


def test_ingest_paths_is_the_same_ingest_in_process(tmp_path):
    from extract.ingest import ingest_paths

    (tmp_path / "empty.txt").write_bytes(b"")
    with open_store(tmp_path / "corpus.db") as store:
        summary = ingest_paths([ENGLISH, tmp_path / "empty.txt"], store)
        again = ingest_paths([ENGLISH], store)
        titles = [d["title"] for d in store.documents()]
    assert summary.line() == "added 1, skipped as duplicate 0, failed 1"
    assert summary.failed[0][1] == "empty.txt: the file is empty"
    assert again.line() == "added 0, skipped as duplicate 1, failed 0"
    assert titles == [
        "Putin meets Trump's envoys in Moscow as Kyiv waits for news of the peace plan"
    ]


@pytest.mark.model
def test_ingest_keeps_which_event_a_relation_came_from(tmp_path):
    from extract.api import extract
    from extract.documents import read_path

    records = extract(read_path(ENGLISH)).records
    derived = {r["id"]: r["event"] for r in records["relations"] if r.get("event")}
    assert derived, "the English article's talks link Putin and Witkoff through their event"
    with open_store(tmp_path / "corpus.db") as store:
        store.add_records(records)
        stored = {r["id"]: r.get("event") for r in store.records()["relations"]}
    assert {rid: stored[rid] for rid in derived} == derived
