"""The records package: one contract, one set of words, one validator, imported by every room."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

import records
from records import (
    DATE_SOURCES,
    ENTITY_TYPES,
    EVENT_KINDS,
    MODES,
    PLOVER_TYPES,
    RELATION_TYPES,
    SCHEMA_VERSION,
    TEXT_DATE_SOURCES,
    RecordsError,
    empty_records,
    merge_records,
    read_records,
    validate_records,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"


def test_vocabularies_are_the_schemas_words():
    schema = json.loads((ROOT / "records" / "records.schema.json").read_text(encoding="utf-8"))
    entity = schema["properties"]["entities"]["items"]["properties"]
    relation = schema["properties"]["relations"]["items"]["properties"]
    assert ENTITY_TYPES == ("PERSON", "ORG", "COUNTRY", "LOCATION", "EVENT")
    assert ENTITY_TYPES == tuple(entity["type"]["enum"])
    assert RELATION_TYPES == tuple(relation["type"]["enum"])
    assert PLOVER_TYPES[0] == "AGREE" and PLOVER_TYPES[-1] == "ASSAULT" and len(PLOVER_TYPES) == 16
    assert "STATEMENT" not in PLOVER_TYPES and "CO_OCCURS" in RELATION_TYPES
    assert MODES == ("asserted", "negated", "possible", "planned", "demanded", "conditional")
    assert SCHEMA_VERSION == schema["properties"]["schema_version"]["const"] == 1
    assert empty_records()["schema_version"] == SCHEMA_VERSION
    assert DATE_SOURCES == ("text", "story", "document")
    assert TEXT_DATE_SOURCES == {"text", "story"}
    event = entity["event"]["properties"]
    assert tuple(v for v in event["date_source"]["enum"] if v) == DATE_SOURCES


@pytest.mark.parametrize("source", ["text", "story", "document", None])
def test_every_date_source_is_valid_on_a_relation_and_an_event(source):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["relations"][0]["date_source"] = source
    event = next(e for e in data["entities"] if "event" in e)
    event["event"]["date_source"] = source
    validate_records(data, source="dated")


def test_an_unknown_date_source_is_refused_naming_the_relation():
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["relations"][0]["date_source"] = "guess"
    refused = r"^x: invalid records at \$\.relations\[0\]\.date_source: .guess."
    with pytest.raises(RecordsError, match=refused):
        validate_records(data, source="x")


def test_extraction_uses_the_same_vocabularies():
    from extract import kb, lexicon
    from extract.components import events, names

    assert kb.ENTITY_TYPES is names.ENTITY_TYPES is ENTITY_TYPES
    assert lexicon.PLOVER_TYPES is PLOVER_TYPES and lexicon.MODES is MODES
    assert lexicon.EVENT_KINDS is EVENT_KINDS
    # EVENT nodes are made of some event kinds only: demands, threats, aid and rejections stay words
    assert events.NODE_KINDS < set(EVENT_KINDS)
    assert set(EVENT_KINDS) - events.NODE_KINDS == {"demand", "threat", "aid", "rejection"}


def test_read_records_from_bytes_names_the_source():
    good = read_records(FIXTURE.read_bytes(), "upload.json")
    assert good["documents"] and good["relations"]
    with pytest.raises(RecordsError, match=r"^upload\.json: not valid JSON: .* line 1, column 2$"):
        read_records(b"{nope", "upload.json")
    with pytest.raises(RecordsError, match="^upload.json: not UTF-8 text"):
        read_records(b"\xff\xfe\x00", "upload.json")
    broken = json.loads(FIXTURE.read_text(encoding="utf-8"))
    broken["relations"][0]["target"] = "person:nobody"
    unknown = r"^x: \$\.relations\[0\] .* unknown entity 'person:nobody' in 'target'$"
    with pytest.raises(RecordsError, match=unknown):
        validate_records(broken, source="x")


def test_records_error_is_one_line_even_for_a_file_name_with_a_newline(tmp_path):
    bad = tmp_path / "a\nb.json"
    with pytest.raises(RecordsError) as info:
        records.load_records(bad)
    assert "\n" not in str(info.value) and str(info.value).endswith("no such file")


def test_merging_two_documents_keeps_one_entity_and_stays_valid():
    one = json.loads(FIXTURE.read_text(encoding="utf-8"))
    other = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for doc in other["documents"]:
        doc["id"] = "copy-" + doc["id"]
    for sent in other["sentences"]:
        sent["id"], sent["doc"] = "copy-" + sent["id"], "copy-" + sent["doc"]
    for mention in other["mentions"]:
        mention["sentence"] = "copy-" + mention["sentence"]
    for rel in other["relations"]:
        rel["id"], rel["sentence"] = "copy-" + rel["id"], "copy-" + rel["sentence"]
    merged = merge_records([one, other])
    validate_records(merged, source="merged")
    assert len(merged["entities"]) == len(one["entities"])
    putin = next(e for e in merged["entities"] if e["id"] == "kb:putin")
    once = next(e for e in one["entities"] if e["id"] == "kb:putin")
    assert putin["mentions"] == 2 * once["mentions"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_records_is_the_ground_floor_and_nobody_reads_its_files_by_path():
    ours = {"extract", "store", "graph", "ui", "app", "bench", "training"}
    for path in (ROOT / "records").glob("*.py"):
        assert not _imports(path) & ours, f"{path.name} imports {_imports(path) & ours}"
    for folder in ("extract", "store", "graph", "ui", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            assert "records.schema.json" not in path.read_text(encoding="utf-8"), path
