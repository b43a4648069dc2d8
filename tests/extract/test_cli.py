"""``python -m extract`` as a user runs it: output, messages, exit codes, atomic writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from records import validate_records

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ROOT / "data" / "corpus" / "english" / "moscow_talks_en.txt"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "extract", "--quiet", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.model
def test_cli_writes_valid_records_to_stdout():
    result = run(str(ENGLISH))
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    validate_records(records)
    assert {e["label"] for e in records["entities"]} >= {"Vladimir Putin", "Steve Witkoff"}


@pytest.mark.model
def test_cli_bad_files_are_reported_and_the_rest_go_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "german.txt").write_text(
        "Der russische Präsident sagte, dass der Plan nicht gut sei und dass die Gespräche "
        "weitergehen.",
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    result = run(
        str(tmp_path / "empty.txt"), str(tmp_path / "german.txt"), str(ENGLISH), "-o", str(out)
    )
    assert result.returncode == 1
    assert "extracted 1 article, failed 2" in result.stderr
    assert "empty.txt: the file is empty" in result.stderr
    assert "german.txt: no pipeline for language 'de'; supported: en, nl" in result.stderr
    assert "Traceback" not in result.stderr
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in records["documents"]] == ["moscow_talks_en"]


def test_cli_nothing_readable_exits_non_zero_and_keeps_old_output(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.json"
    out.write_text('{"old": true}', encoding="utf-8")
    result = run(str(tmp_path / "empty.txt"), "-o", str(out))
    assert result.returncode != 0
    assert "error: no article could be read" in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == '{"old": true}'


@pytest.mark.model
def test_cli_an_empty_file_in_a_folder_costs_only_itself(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(
        "Vladimir Putin met Steve Witkoff in Moscow on Tuesday.", encoding="utf-8"
    )
    out = tmp_path / "out.json"
    result = run(str(tmp_path), "--lang", "en", "-o", str(out))
    assert result.returncode == 1
    assert f"error: {tmp_path / 'empty.txt'}: the file is empty" in result.stderr
    assert "no article could be read" not in result.stderr
    assert "extracted 1 article, failed 1" in result.stderr
    assert [d["id"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]] == ["good"]


@pytest.mark.model
def test_cli_a_bad_jsonl_line_costs_only_itself(tmp_path):
    lines = [
        json.dumps({"id": "one", "text": "Vladimir Putin met Steve Witkoff in Moscow."}),
        '{"id": "two", "text": broken',
        json.dumps({"id": "three", "text": "Donald Trump spoke with Volodymyr Zelensky."}),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(str(tmp_path / "news.jsonl"), "--lang", "en")
    assert result.returncode == 1
    assert f"error: {tmp_path / 'news.jsonl'}, line 2: not valid JSON" in result.stderr
    assert "extracted 2 articles, failed 1" in result.stderr
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["one", "three"]


def test_cli_output_onto_a_folder_is_refused_before_extraction(tmp_path):
    result = run(str(ENGLISH), "-o", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: cannot write {tmp_path}: it is a folder; name a file such as "
        f"{tmp_path / 'out.json'}"
    ]


def test_cli_output_into_an_unwritable_folder_is_refused_before_extraction(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").write_text("")  # root writes anyway: use a folder nobody can write to
        folder = Path("/sys")
    except OSError:
        pass
    result = run(str(ENGLISH), "-o", str(folder / "out.json"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(
        f"error: cannot write {folder / 'out.json'}: the folder {folder} is not writable"
    )
    assert "extracting" not in result.stderr and "Traceback" not in result.stderr


def test_cli_unknown_language_flag_is_refused():
    result = run(str(ENGLISH), "--lang", "xx")
    assert result.returncode != 0
    assert "no pipeline for language 'xx'; supported: en, nl" in result.stderr


def test_cli_output_into_missing_folder_is_refused(tmp_path):
    result = run(str(ENGLISH), "-o", str(tmp_path / "nowhere" / "out.json"))
    assert result.returncode == 2
    assert "the folder does not exist" in result.stderr


def test_cli_missing_input_file(tmp_path):
    result = run(str(tmp_path / "missing.txt"))
    assert result.returncode != 0
    assert "missing.txt: no such file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.model
def test_cli_runs_a_candidate_dutch_model_from_a_folder(tmp_path):
    # A retrained pipeline assembled in training/ is a folder whose name typer is registered by
    # the shipped package; NEWSGRAPH_MODEL_NL must load it in a fresh process.
    import spacy

    folder = tmp_path / "candidate"
    spacy.load("nl_newsgraph_sm").to_disk(folder)
    article = tmp_path / "artikel.txt"
    article.write_text(
        "Vladimir Poetin ontmoette Steve Witkoff dinsdag in Moskou.", encoding="utf8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "extract", "--quiet", "--lang", "nl", str(article)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NEWSGRAPH_MODEL_NL": str(folder)},
    )
    assert result.returncode == 0, result.stderr
    labels = {e["label"] for e in json.loads(result.stdout)["entities"]}
    assert {"Vladimir Putin", "Steve Witkoff", "Moscow"} <= labels
