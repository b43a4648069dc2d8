"""Helpers shared by the store tests: a records builder, the ingest CLI runner, English article variants."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ROOT / "data" / "corpus" / "english" / "moscow_talks_en.txt"
SAMPLE = ROOT / "data" / "corpus" / "sample"


def build_records(doc_id: str, text: str, entities: list[dict], *, date: str | None = "2025-12-03",
                  language: str = "en", relations: list[tuple[str, str, str]] = ()) -> dict[str, Any]:
    """Valid one-document records: one sentence holding ``text``; each entity mentioned once by its label.

    ``relations`` are (actor id, type, recipient id), dated with the document.
    """
    mentions = []
    for e in entities:
        start = text.find(e["label"])
        assert start >= 0, f"{e['label']!r} is not in the text"
        mentions.append({"entity": e["id"], "sentence": f"{doc_id}:0", "start": start,
                         "end": start + len(e["label"]), "text": e["label"]})
    full = [{"aliases": [e["label"]], "country": None, "mentions": 1, **e} for e in entities]
    return {
        "schema_version": 1,
        "documents": [{"id": doc_id, "title": doc_id, "language": language, "date": date, "source": f"{doc_id}.txt", "text": text}],
        "sentences": [{"id": f"{doc_id}:0", "doc": doc_id, "index": 0, "start": 0, "end": len(text), "text": text}],
        "entities": full,
        "mentions": mentions,
        "relations": [
            {"id": f"{doc_id}:r{n}", "source": a, "target": b, "type": t, "trigger": "met", "negated": False,
             "sentence": f"{doc_id}:0", "confidence": 0.9, "date": date, "trigger_start": 0, "trigger_end": 1}
            for n, (a, t, b) in enumerate(relations)
        ],
    }


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """``python -m extract ingest ...`` in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "extract", "ingest", "--quiet", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def english_variants(folder: Path, count: int) -> Path:
    """A JSONL file of ``count`` different English articles (the test article plus a numbered line)."""
    text = ENGLISH.read_text(encoding="utf-8")
    path = folder / "variants.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            row = {"id": f"variant-{i:03d}", "title": f"Variant {i}", "date": "2025-12-03", "language": "en",
                   "text": f"{text}\nThis is report number {i} from the newsroom."}
            out.write(json.dumps(row) + "\n")
    return path


def comparable(records: dict[str, Any]) -> dict[str, Any]:
    """Records with every list sorted, so two stores can be compared whatever their insertion order."""
    return {key: sorted(value, key=lambda item: json.dumps(item, sort_keys=True)) if isinstance(value, list) else value
            for key, value in records.items()}


def run_in_read_only_folder(folder: Path, argv: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``argv`` (from the repository root) while ``folder`` cannot be written to, as a user meets it.

    Root may write anywhere, so for root the folder becomes a read-only bind mount in a private
    mount namespace (``unshare -m``; the test skips where that is not allowed); any other user
    gets the folder's write permission taken away for the run.
    """
    import os
    import shutil

    import pytest

    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        finally:
            folder.chmod(mode)
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare(1): cannot make a folder read-only for root")
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 97; shift; exec "$@"'
    result = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(folder), *argv], cwd=ROOT,
                            capture_output=True, text=True, timeout=timeout)
    if result.returncode == 97:
        pytest.skip(f"running as root, and a read-only bind mount is not allowed here: {result.stderr.strip()}")
    return result
