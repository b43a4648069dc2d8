"""``python -m extract ingest`` from extract's side: each file and row alone, and a summary with true counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store import open_store

ROOT = Path(__file__).resolve().parents[2]


def ingest(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", "ingest", "--quiet", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


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
    failed = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("failed:")]
    assert failed == [
        f"failed: {folder / 'empty.txt'}: the file is empty",
        f"failed: {folder / 'news.jsonl'}, line 2: not valid JSON (Expecting value)",
    ]
    with open_store(db) as store:
        assert sorted(d["id"] for d in store.documents()) == ["one", "three"]
