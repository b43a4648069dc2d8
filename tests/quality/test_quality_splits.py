"""The split-candidate listing (bench/splits.py) on hand-made nodes: which pairs it lists, and
with which cause."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.splits import candidates, types_across
from extract.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def node(type_: str, *forms: str) -> dict:
    return {"type": type_, "label": forms[0], "forms": set(forms)}


@pytest.mark.parametrize(
    "a, b, cause",
    [
        (node("PERSON", "Mira Stolk"), node("ORG", "Stolk"), "surname"),
        (node("ORG", "U.S. Coast Watch"), node("ORG", "US Coast Watch"), "same text"),
        (node("LOCATION", "Upper Marsh Valley"), node("ORG", "UMV"), "acronym"),
        (node("ORG", "Pine Party"), node("ORG", "the Pine Party"), "same text"),
        (node("ORG", "Tessel Shipping Ltd"), node("ORG", "Tessel Shipping"), "article"),
        (node("PERSON", "Otterly"), node("PERSON", "Otterly's"), "possessive"),
        (node("PERSON", "Borna Derakshani"), node("PERSON", "Borna Derakhshani"), "spelling"),
        (node("ORG", "Iranian Chess Board"), node("ORG", "Chess Board of Iran"), "demonym"),
        (node("ORG", "Chamber"), node("ORG", "Island Chamber"), "head"),
    ],
)
def test_splits_lists_a_pair_with_its_cause(kb, a, b, cause):
    assert candidates({"x:a": a, "x:b": b}, kb, "en") == [(cause, "x:a", "x:b")]


def test_splits_leaves_two_people_of_one_surname_alone(kb):
    nodes = {"x:a": node("PERSON", "Jill Otterly"), "x:b": node("PERSON", "Ruth Otterly")}
    assert candidates(nodes, kb, "en") == []


def test_splits_names_a_name_typed_two_ways_across_documents():
    records = {
        "entities": [
            {"id": "person:hagen-hall", "label": "Hagen Hall", "type": "PERSON"},
            {"id": "location:hagen-hall", "label": "Hagen Hall", "type": "LOCATION"},
            {"id": "org:stolk", "label": "Stolk", "type": "ORG"},
            {"id": "person:stolk", "label": "Stolk", "type": "PERSON"},
        ]
    }
    assert [(r["a"], r["b"]) for r in types_across(records)] == [("hagen hall", "LOCATION/PERSON")]


def test_splits_reads_each_unlabeled_text_of_a_language(tmp_path):
    from bench.splits import unlabeled_documents

    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "wn2019-900.txt").write_text("Kop\n\nDe raad van Zorvika viel.", "utf8")
    (tmp_path / "nl" / "README.md").write_text("not a text", "utf8")
    docs = unlabeled_documents("nl", tmp_path)
    assert [(d.id, d.language, d.text) for d in docs] == [
        ("wn2019-900", "nl", "Kop\n\nDe raad van Zorvika viel.")
    ]
    assert unlabeled_documents("en", tmp_path) == []


def test_splits_reads_every_dutch_text_of_its_own():
    from bench.splits import unlabeled_documents

    docs = unlabeled_documents("nl")
    folder = Path(__file__).resolve().parents[2] / "data" / "unlabeled" / "nl"
    assert sorted(Path(d.source).name for d in docs) == sorted(p.name for p in folder.glob("*.txt"))
    assert len(docs) == 22 and all(d.text.strip() for d in docs)


def test_splits_lists_each_name_node_of_a_document_for_reading():
    from bench.splits import node_lines

    by_document = {
        "wn2019-900": {
            "org:zee-oog": {"type": "ORG", "label": "Zee-Oog", "forms": {"Zee-Oog"}},
            "person:tima-varsk": {
                "type": "PERSON",
                "label": "Tima Varsk",
                "forms": {"Varsk", "Tima Varsk"},
            },
        }
    }
    assert node_lines(by_document) == [
        "== wn2019-900",
        "  ORG Zee-Oog [org:zee-oog]",
        "  PERSON Tima Varsk | Varsk [person:tima-varsk]",
    ]
