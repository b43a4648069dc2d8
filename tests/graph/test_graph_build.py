"""Building the MultiDiGraph from records, and the errors for bad input."""

from __future__ import annotations

import json

import pytest

from graph.build import build_graph, load_graph
from records import RecordsError, load_records, validate_records


def test_build_nodes_carry_entity_fields(G, sample_records):
    putin = G.nodes["kb:putin"]
    mentions = sum(1 for m in sample_records["mentions"] if m["entity"] == "kb:putin")
    assert putin["label"] == "Vladimir Putin"
    assert putin["type"] == "PERSON"
    assert putin["country"] == "RUS"
    assert "Poetin" in putin["aliases"]
    assert putin["mentions"] == mentions > 0
    assert putin["documents"] == ["000_5b4120fcf4eb73ee"]
    assert set(G.nodes) == {e["id"] for e in sample_records["entities"]}


def test_build_every_relation_becomes_an_edge_keyed_by_its_id(G, sample_records):
    assert G.number_of_edges() == len(sample_records["relations"])
    for rel in sample_records["relations"]:
        d = G.edges[rel["source"], rel["target"], rel["id"]]
        assert d["type"] == rel["type"]
        assert d["trigger"] == rel["trigger"]
        assert d["sentences"] == [rel["sentence"]]
        assert d["negated"] is rel["negated"]
        assert d["confidence"] == rel["confidence"]
        assert d["weight"] == 1.0
        assert d["role"] == rel.get("role")
        assert d["detail"] == rel.get("detail")


def test_build_edge_date_is_relation_date_else_document_date(G):
    assert G.edges["kb:russia", "kb:ukraine", "r15"]["date"] == "2022-02-24"  # own date
    assert G.edges["kb:zelensky", "kb:macron", "r14"]["date"] == "2025-12-01"  # 'maandag'
    assert G.edges["kb:putin", "kb:ukraine", "r12"]["date"] == "2025-12-02"  # article date
    assert G.edges["kb:trump", "kb:russia", "r17"]["document"] == "en-1"


def test_build_keeps_sentences_and_documents_for_evidence(G):
    sid = G.edges["kb:kushner", "kb:trump", "r19"]["sentences"][0]
    assert G.graph["sentences"][sid]["text"] == (
        "Trump said Kushner, his son-in-law, would travel to Moscow."
    )
    assert G.graph["documents"]["en-1"]["language"] == "en"


def test_build_event_node_and_participants(G):
    event = G.nodes["event:moscow-talks-2025-12-02"]
    assert event["type"] == "EVENT"
    assert event["event"]["type"] == "CONSULT"
    assert event["event"]["location"] == "kb:moscow"
    roles = {
        u: d["role"]
        for u, _, d in G.in_edges("event:moscow-talks-2025-12-02", data=True)
        if d["type"] == "PARTICIPANT"
    }
    assert roles == {
        "kb:putin": "source",
        "kb:witkoff": "target",
        "kb:kushner": "target",
        "kb:moscow": "location",
    }


def test_build_first_and_last_date_span_documents_and_relations(G):
    zelensky = G.nodes["kb:zelensky"]
    assert zelensky["first_date"] == "2025-11-24"  # the English article
    assert zelensky["last_date"] == "2025-12-02"
    assert G.nodes["kb:russia"]["first_date"] == "2022-02-24"  # the invasion's own date


def test_build_entity_without_relations_is_an_isolated_node(G):
    assert "kb:rubio" in G and G.degree("kb:rubio") == 0


def test_load_records_reads_the_fixture(sample_path):
    G = load_graph(sample_path)
    assert G.has_edge("kb:putin", "kb:witkoff", "r6")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"{not json",
            "not valid JSON: Expecting property name enclosed in double quotes at line 1",
        ),
        (b"\xff\xfe{}", "not UTF-8 text"),
        (b"[]", "invalid records at top level: [] is not of type 'object'"),
    ],
)
def test_load_records_unreadable_input_names_file_and_problem(tmp_path, content, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(RecordsError) as info:
        load_records(path)
    assert str(info.value).startswith(f"{path}: ")
    assert expected in str(info.value)


def test_load_records_missing_file_and_directory(tmp_path):
    with pytest.raises(RecordsError, match="no such file"):
        load_records(tmp_path / "absent.json")
    with pytest.raises(RecordsError, match="is a directory"):
        load_records(tmp_path)


def test_load_records_schema_violation_points_at_the_field(tmp_path, sample_records):
    sample_records["relations"][2]["type"] = "MEET"
    path = tmp_path / "records.json"
    path.write_text(json.dumps(sample_records), encoding="utf-8")
    with pytest.raises(RecordsError) as info:
        load_records(path)
    message = str(info.value)
    assert message.startswith(f"{path}: invalid records at $.relations[2].type: 'MEET'")


def test_validate_records_impossible_date_points_at_the_field(sample_records):
    sample_records["documents"][0]["date"] = "2025-02-30"
    with pytest.raises(RecordsError) as info:
        validate_records(sample_records, source="x.json")
    assert (
        str(info.value)
        == "x.json: invalid records at $.documents[0].date: '2025-02-30' is not a 'date'"
    )


def test_validate_records_unknown_entity_reference(sample_records):
    sample_records["relations"][0]["target"] = "kb:nobody"
    with pytest.raises(RecordsError) as info:
        validate_records(sample_records, source="x.json")
    assert str(info.value) == (
        "x.json: $.relations[0] (r1) refers to unknown entity 'kb:nobody' in 'target'"
    )


def test_validate_records_duplicate_ids(sample_records):
    sample_records["entities"].append(dict(sample_records["entities"][0]))
    with pytest.raises(RecordsError, match="duplicate id 'kb:putin'"):
        validate_records(sample_records, source="x.json")


def test_validate_records_bad_date_format(sample_records):
    sample_records["documents"][0]["date"] = "2025-13-45"
    with pytest.raises(RecordsError, match=r"\$\.documents\[0\]\.date"):
        validate_records(sample_records)


def test_build_graph_from_inline_records(make_records):
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "ORG")], [("r1", "kb:a", "kb:b", "ACCUSE")]
    )
    validate_records(records)
    G = build_graph(records)
    assert list(G.edges(keys=True, data="type")) == [("kb:a", "kb:b", "r1", "ACCUSE")]
    assert G.nodes["kb:b"]["documents"] == ["d1"]


# --- input real news and real users produce (issue 15) ------------------------------------------


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_load_records_deeply_nested_json_is_one_line(tmp_path, depth):
    path = tmp_path / "deep.json"
    path.write_text('{"documents": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
    with pytest.raises(RecordsError) as info:
        load_records(path)
    assert str(info.value) == f"{path}: not valid JSON: nested too deeply"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_load_records_non_finite_confidence_is_refused_at_load_time(
    tmp_path, sample_records, constant
):
    text = json.dumps(sample_records).replace('"confidence": 0.9', f'"confidence": {constant}', 1)
    path = tmp_path / "records.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RecordsError) as info:
        load_records(path)
    assert str(info.value) == (
        f"{path}: not valid JSON: it contains {constant}, which JSON does not allow (numbers must "
        "be finite)"
    )


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_validate_records_non_finite_confidence_in_memory(sample_records, value):
    sample_records["relations"][3]["confidence"] = value
    with pytest.raises(RecordsError) as info:
        validate_records(sample_records, source="store")
    rid = sample_records["relations"][3]["id"]
    assert str(info.value) in (
        f"store: $.relations[3] ({rid}) has confidence {value}; expected a number from 0 to 1",
        "store: invalid records at $.relations[3].confidence: inf is greater than the maximum of 1",
    )


def test_validate_records_unknown_event_location(sample_records):
    event = next(i for i, e in enumerate(sample_records["entities"]) if e.get("event"))
    eid = sample_records["entities"][event]["id"]
    sample_records["entities"][event]["event"]["location"] = "kb:atlantis"
    with pytest.raises(RecordsError) as info:
        validate_records(sample_records, source="x.json")
    assert str(info.value) == (
        f"x.json: $.entities[{event}] ({eid}) refers to unknown entity 'kb:atlantis' in "
        "'event.location'"
    )


def test_validate_records_unknown_relation_event(sample_records):
    sample_records["relations"][5]["event"] = "event:never"
    rid = sample_records["relations"][5]["id"]
    with pytest.raises(RecordsError) as info:
        validate_records(sample_records, source="x.json")
    assert (
        str(info.value)
        == f"x.json: $.relations[5] ({rid}) refers to unknown entity 'event:never' in 'event'"
    )
