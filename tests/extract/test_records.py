"""The records boundary: every id a relation, mention or event points to is written as an entity."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from extract.kb import load_kb
from extract.records import complete_references
from records import validate_records

ROOT = Path(__file__).resolve().parents[2]
TRUMP = "President Donald Trump met Netanyahu."


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def one_document(entities: list[dict], relations: list[dict], mentions: list[dict] = ()) -> dict:
    text = "Trump spoke."
    return {
        "schema_version": 1,
        "documents": [
            {
                "id": "d",
                "title": "d",
                "language": "en",
                "date": None,
                "source": "d.txt",
                "text": text,
            }
        ],
        "sentences": [
            {"id": "d:0", "doc": "d", "index": 0, "start": 0, "end": len(text), "text": text}
        ],
        "entities": entities,
        "mentions": list(mentions),
        "relations": relations,
    }


def person(eid: str, label: str) -> dict:
    return {
        "id": eid,
        "label": label,
        "type": "PERSON",
        "aliases": [label],
        "country": None,
        "mentions": 1,
    }


def relation(n: int, source: str, target: str, **extra) -> dict:
    return {
        "id": f"d:r{n}",
        "source": source,
        "target": target,
        "type": "ROLE",
        "trigger": "President",
        "negated": False,
        "sentence": "d:0",
        "confidence": 0.6,
        "date": None,
        **extra,
    }


def test_records_missing_knowledge_base_entity_is_added():
    records = complete_references(
        one_document(
            [person("kb:donald_trump", "Donald Trump")], [relation(0, "kb:donald_trump", "kb:USA")]
        ),
        load_kb(),
    )
    validate_records(records)
    usa = next(e for e in records["entities"] if e["id"] == "kb:USA")
    assert (usa["label"], usa["type"], usa["mentions"]) == ("United States", "COUNTRY", 0)
    assert [r["target"] for r in records["relations"]] == ["kb:USA"]


def test_records_dangling_ids_outside_the_knowledge_base_are_dropped_and_logged(caplog):
    event = {
        "id": "event:d:0",
        "label": "talks",
        "type": "EVENT",
        "aliases": ["talks"],
        "country": None,
        "mentions": 1,
        "event": {
            "type": "CONSULT",
            "trigger": "talks",
            "location": "location:nowhere",
            "date": None,
        },
    }
    records = one_document(
        [person("kb:donald_trump", "Donald Trump"), event],
        [
            relation(0, "kb:donald_trump", "person:ghost"),
            relation(1, "kb:donald_trump", "kb:USA", event="event:d:9"),
            relation(2, "kb:donald_trump", "event:d:0", type="PARTICIPANT"),
        ],
        [{"entity": "person:ghost", "sentence": "d:0", "start": 0, "end": 5, "text": "Trump"}],
    )
    with caplog.at_level("WARNING"):
        records = complete_references(records, load_kb())
    validate_records(records)
    assert [r["id"] for r in records["relations"]] == ["d:r2"]
    assert records["mentions"] == []
    assert event["event"]["location"] is None
    assert (
        "person:ghost" in caplog.text
        and "event:d:9" in caplog.text
        and "location:nowhere" in caplog.text
    )


def test_records_a_reporter_is_written_as_an_entity_or_dropped_without_its_relation(caplog):
    records = one_document(
        [person("kb:donald_trump", "Donald Trump")],
        [relation(0, "kb:donald_trump", "kb:USA"), relation(1, "kb:donald_trump", "kb:USA")],
        [],
    )
    records["relations"][0]["reported_by"] = "kb:RUS"  # a KB entity nobody wrote: added
    records["relations"][1]["reported_by"] = (
        "person:ghost"  # unknown: the reporter goes, the relation stays
    )
    with caplog.at_level("WARNING"):
        records = complete_references(records, load_kb())
    validate_records(records)
    assert [r["id"] for r in records["relations"]] == ["d:r0", "d:r1"]
    assert records["relations"][0]["reported_by"] == "kb:RUS"
    assert "kb:RUS" in {e["id"] for e in records["entities"]}
    assert "reported_by" not in records["relations"][1] and "person:ghost" in caplog.text


@pytest.fixture(scope="module")
def trump_records(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("trump")
    (folder / "trump.txt").write_text(TRUMP, encoding="utf-8")
    out = folder / "trump.json"
    result = run(
        "-m", "extract", "--quiet", "--lang", "en", str(folder / "trump.txt"), "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.model
def test_records_president_trump_links_to_the_usa_entity(trump_records):
    records = json.loads(trump_records.read_text(encoding="utf-8"))
    validate_records(records)
    roles = [(r["source"], r["target"]) for r in records["relations"] if r["type"] == "ROLE"]
    assert ("kb:donald_trump", "kb:USA") in roles
    assert "United States" in {e["label"] for e in records["entities"]}


@pytest.mark.model
def test_records_president_trump_exports_as_a_graph(trump_records, tmp_path):
    out = tmp_path / "graph.json"
    result = run("-m", "graph", "export", str(trump_records), "--format", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "unknown entity" not in result.stderr
    assert out.is_file()


@pytest.mark.model
def test_records_president_trump_ingests_into_an_empty_store(tmp_path):
    article = tmp_path / "trump.txt"
    article.write_text(TRUMP, encoding="utf-8")
    db = tmp_path / "corpus.db"
    result = run(
        "-m", "extract", "ingest", "--quiet", "--lang", "en", str(article), "--db", str(db)
    )
    assert result.returncode == 0, result.stderr
    assert "added 1, skipped as duplicate 0, failed 0" in result.stdout
    assert "FOREIGN KEY" not in result.stdout + result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select label from entities where id = 'kb:USA'").fetchall() == [
            ("United States",)
        ]
