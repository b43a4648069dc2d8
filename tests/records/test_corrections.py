"""Corrections applied to records: merge, split, rename, retype, wrong; the schema carries them."""

from __future__ import annotations

import copy

import pytest

from graph.build import build_graph
from records import RecordsError, validate_records
from records.corrections import apply_corrections, describe, make_correction, merge_map

TEXT = (
    "Vladimir Putin met Steve Witkoff in Moscow. Poetin warned Kyiv. Apple said Apple would grow."
)


def _records() -> dict:
    """Three sentences: Putin (also as the Dutch "Poetin", extracted as its own entity) meets
    Witkoff; Poetin warns Kyiv; "Apple" (a company and, wrongly, a fruit grower) speaks."""
    sentences, start = [], 0
    for i, part in enumerate(TEXT.split(". ")):
        part = part if part.endswith(".") else part + "."
        s = TEXT.index(part, start)
        sentences.append(
            {"id": f"d:{i}", "doc": "d", "index": i, "start": s, "end": s + len(part), "text": part}
        )
        start = s + len(part)

    def mention(entity: str, name: str, sentence: int, nth: int = 0) -> dict:
        at = sentences[sentence]["start"] - 1
        for _ in range(nth + 1):
            at = TEXT.index(name, at + 1)
        return {
            "entity": entity,
            "sentence": f"d:{sentence}",
            "start": at,
            "end": at + len(name),
            "text": name,
        }

    def relation(rid: str, a: str, b: str, kind: str, sentence: int) -> dict:
        return {
            "id": rid,
            "source": a,
            "target": b,
            "type": kind,
            "trigger": "met",
            "negated": False,
            "sentence": f"d:{sentence}",
            "confidence": 0.9,
        }

    def entity(eid: str, label: str, kind: str, aliases: list[str], n: int) -> dict:
        country = "RUS" if eid == "kb:putin" else None
        return {"id": eid, "label": label, "type": kind, "aliases": aliases, "country": country,
                "mentions": n}  # fmt: skip

    return {
        "schema_version": 1,
        "documents": [
            {
                "id": "d",
                "title": "t",
                "language": "en",
                "date": "2026-11-30",
                "source": "d.txt",
                "text": TEXT,
            }  # fmt: skip
        ],
        "sentences": sentences,
        "entities": [
            entity("kb:putin", "Vladimir Putin", "PERSON", ["Putin"], 1),
            entity("person:steve-witkoff", "Steve Witkoff", "PERSON", [], 1),
            entity("kb:moscow", "Moscow", "LOCATION", [], 1),
            entity("person:poetin", "Poetin", "PERSON", ["Poetin"], 1),
            entity("kb:kyiv", "Kyiv", "LOCATION", [], 1),
            entity("org:apple", "Apple", "ORG", ["Apple", "Apple Inc"], 2),
        ],
        "mentions": [
            mention("kb:putin", "Vladimir Putin", 0),
            mention("person:steve-witkoff", "Steve Witkoff", 0),
            mention("kb:moscow", "Moscow", 0),
            mention("person:poetin", "Poetin", 1),
            mention("kb:kyiv", "Kyiv", 1),
            mention("org:apple", "Apple", 2),
            mention("org:apple", "Apple", 2, nth=1),
        ],
        "relations": [
            relation("d:r0", "kb:putin", "person:steve-witkoff", "CONSULT", 0),
            relation("d:r1", "person:poetin", "kb:kyiv", "THREATEN", 1),
            relation("d:r2", "kb:putin", "person:poetin", "CO_OCCURS", 0),
            relation("d:r3", "kb:putin", "kb:moscow", "LOCATED_IN", 0),
        ],
    }


def _entity(records: dict, eid: str) -> dict | None:
    return next((e for e in records["entities"] if e["id"] == eid), None)


def test_merge_keeps_both_names_and_their_mentions_and_relations():
    records = _records()
    before = copy.deepcopy(records)
    merge = make_correction("merge", entity="kb:putin", other="person:poetin", note="same man")
    out = apply_corrections(records, [merge])
    validate_records(out)
    assert records == before, "the input records are not changed"
    putin = _entity(out, "kb:putin")
    assert _entity(out, "person:poetin") is None
    assert putin["label"] == "Vladimir Putin"
    assert set(putin["aliases"]) == {"Putin", "Poetin"}
    assert putin["mentions"] == 2
    assert {m["text"] for m in out["mentions"] if m["entity"] == "kb:putin"} == {
        "Vladimir Putin",
        "Poetin",
    }
    # Poetin's threat is now Putin's; the co-occurrence of the two names of one man is gone
    G = build_graph(out)
    assert G.has_edge("kb:putin", "kb:kyiv", "d:r1")
    assert "d:r2" not in {k for _, _, k in G.edges(keys=True)}
    assert out["corrections"] == [merge]


def test_applying_twice_changes_nothing_and_records_carry_their_corrections():
    corrections = [
        make_correction("merge", entity="kb:putin", other="person:poetin"),
        make_correction("rename", entity="kb:putin", label="Vladimir V. Putin"),
        make_correction("wrong", relation="d:r3"),
    ]
    once = apply_corrections(_records(), corrections)
    assert apply_corrections(once) == once  # its own list, applied again


def test_merge_into_an_entity_this_part_of_the_corpus_lacks_renames_the_other():
    records = _records()
    merge = make_correction(
        "merge", entity="person:vladimir-putin", other="person:poetin", label="Vladimir Putin"
    )
    out = apply_corrections(records, [merge])
    validate_records(out)
    moved = _entity(out, "person:vladimir-putin")
    assert moved["label"] == "Vladimir Putin" and "Poetin" in moved["aliases"]
    assert {(r["source"], r["target"]) for r in out["relations"] if r["id"] == "d:r1"} == {
        ("person:vladimir-putin", "kb:kyiv")
    }


def test_merges_chain_and_the_merge_map_follows_them():
    corrections = [
        make_correction("merge", entity="person:steve-witkoff", other="person:poetin"),
        make_correction("merge", entity="kb:putin", other="person:steve-witkoff"),
    ]
    assert merge_map(corrections) == {
        "person:poetin": "kb:putin",
        "person:steve-witkoff": "kb:putin",
    }
    out = apply_corrections(_records(), corrections)
    assert {e["id"] for e in out["entities"] if e["type"] == "PERSON"} == {"kb:putin"}
    assert {"Poetin", "Steve Witkoff"} <= set(_entity(out, "kb:putin")["aliases"])


def test_split_moves_an_aliases_mentions_and_their_relations_to_a_new_entity():
    records = _records()
    records = apply_corrections(
        records, [make_correction("merge", entity="kb:putin", other="person:poetin")]
    )
    split = make_correction("split", entity="kb:putin", alias="poetin")
    out = apply_corrections(records, [split])
    validate_records(out)
    new = _entity(out, split["new_id"])
    assert new is not None and new["type"] == "PERSON" and new["mentions"] == 1
    assert "Poetin" not in _entity(out, "kb:putin")["aliases"]
    assert _entity(out, "kb:putin")["mentions"] == 1
    threat = next(r for r in out["relations"] if r["id"] == "d:r1")
    assert threat["source"] == split["new_id"]
    consult = next(r for r in out["relations"] if r["id"] == "d:r0")
    assert consult["source"] == "kb:putin"  # named by its full name: stays


def test_rename_keeps_the_old_label_as_an_alias_and_retype_changes_the_type():
    out = apply_corrections(
        _records(),
        [
            make_correction("rename", entity="org:apple", label="Apple Inc."),
            make_correction("retype", entity="kb:moscow", type="ORG", note="the Kremlin"),
        ],
    )
    apple = _entity(out, "org:apple")
    assert apple["label"] == "Apple Inc." and "Apple" in apple["aliases"]
    assert _entity(out, "kb:moscow")["type"] == "ORG"


def test_wrong_hides_an_entity_with_its_mentions_and_relations_or_one_relation():
    out = apply_corrections(
        _records(),
        [
            make_correction("wrong", entity="kb:moscow"),
            make_correction("wrong", relation="d:r0"),
        ],
    )
    validate_records(out)
    assert _entity(out, "kb:moscow") is None
    assert not any(m["entity"] == "kb:moscow" for m in out["mentions"])
    assert {r["id"] for r in out["relations"]} == {"d:r1", "d:r2"}


def test_corrections_for_entities_not_in_the_records_change_nothing():
    records = _records()
    out = apply_corrections(
        records,
        [
            make_correction("merge", entity="kb:x", other="kb:y"),
            make_correction("rename", entity="kb:nobody", label="X"),
            make_correction("split", entity="kb:putin", alias="Putina"),
        ],
    )
    assert {k: v for k, v in out.items() if k != "corrections"} == records


def test_the_schema_checks_corrections_and_old_records_stay_valid():
    records = _records()
    validate_records(records)  # no corrections list: still valid
    bad = {**records, "corrections": [{"id": "c1", "action": "merge", "time": "2026-12-02T10:00Z",
                                        "entity": "kb:putin"}]}  # fmt: skip
    with pytest.raises(RecordsError, match=r"\$\.corrections\[0\].*'other' is a required"):
        validate_records(bad)
    bad["corrections"][0].update(other="person:poetin", time="yesterday")
    with pytest.raises(RecordsError, match=r"\$\.corrections\[0\]\.time"):
        validate_records(bad)
    twice = make_correction("wrong", relation="d:r0")
    with pytest.raises(RecordsError, match="duplicate id"):
        validate_records({**records, "corrections": [twice, twice]})


def test_describe_says_what_a_correction_does_in_words():
    labels = {"kb:putin": "Vladimir Putin", "person:poetin": "Poetin"}
    assert describe(make_correction("merge", entity="kb:putin", other="person:poetin"), labels) == (
        "Merge Poetin into Vladimir Putin"
    )
    assert describe(make_correction("wrong", relation="d:r0")) == "Mark relation d:r0 as wrong"
    with pytest.raises(ValueError, match="unknown correction action"):
        make_correction("delete", entity="kb:putin")


def _one_by_one(records: dict, corrections: list[dict]) -> dict:
    for correction in corrections:
        records = apply_corrections(records, [correction])
    return {k: v for k, v in records.items() if k != "corrections"}


@pytest.mark.parametrize(
    "steps",
    [
        [
            ("merge", "kb:putin", "person:poetin"),
            ("wrong", "kb:putin", None),
            ("merge", "kb:putin", "kb:kyiv"),
        ],
        [
            ("merge", "person:poetin", "kb:putin"),
            ("merge", "kb:putin", "person:poetin"),
            ("split", "kb:putin", "Poetin"),
            ("merge", "kb:moscow", "kb:putin~poetin"),
        ],
        [
            ("wrong", "kb:kyiv", None),
            ("merge", "person:steve-witkoff", "kb:putin"),
            ("rename", "person:steve-witkoff", "Envoy"),
            ("wrong", "person:poetin", None),
        ],
    ],
    ids=["revived", "back-and-forth", "mixed"],
)
def test_corrections_applied_together_equal_one_at_a_time(steps):
    corrections = []
    for action, entity, value in steps:
        if action == "merge":
            corrections.append(make_correction("merge", entity=entity, other=value))
        elif action == "split":
            corrections.append(make_correction("split", entity=entity, alias=value))
        elif action == "rename":
            corrections.append(make_correction("rename", entity=entity, label=value))
        else:
            corrections.append(make_correction("wrong", entity=entity))
    together = apply_corrections(_records(), corrections)
    validate_records(together)
    assert {k: v for k, v in together.items() if k != "corrections"} == _one_by_one(
        _records(), corrections
    )
