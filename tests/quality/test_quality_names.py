"""``--names``: the false, missed and split names of the dev split, each in its group."""

from __future__ import annotations

from bench.quality.corpus import Gold
from bench.quality.match import PredDoc
from bench.quality.names import name_errors, table

GOLD = Gold(
    "a1",
    "en",
    "a",
    [
        {"id": "spacex", "type": "ORG", "forms": ["SpaceX"]},
        {"id": "bank", "type": "ORG", "forms": ["Bank of Canada"]},
        {"id": "rossello", "type": "PERSON", "forms": ["Ricardo Rosselló", "Rosselló"]},
        {"id": "afp", "type": "ORG", "forms": ["Agence France-Presse"]},
        {"id": "event:x", "type": "EVENT", "forms": ["attack"]},
    ],
    [],
)


def _node(nid: str, type_: str, *forms: str) -> dict:
    return {"id": nid, "label": forms[0], "type": type_, "forms": set(forms), "mentions": set()}


def _pred(*nodes: dict) -> PredDoc:
    return PredDoc("a1", nodes={n["id"]: n for n in nodes})


def test_names_groups_false_missed_and_split() -> None:
    pred = _pred(
        _node("p1", "PERSON", "SpaceX"),  # an organisation typed as a person
        _node("c1", "COUNTRY", "Canada"),  # inside "Bank of Canada"
        _node("o1", "ORG", "Bank of Canada Governing Council"),  # holds a gold name
        _node("o2", "ORG", "Cabinet"),  # no gold name at all
        _node("r1", "PERSON", "Ricardo Rosselló"),
        _node("r2", "PERSON", "Rosselló"),  # the same person drawn twice
    )
    found = {(e.kind, e.group, e.text) for e in name_errors(GOLD, pred)}
    assert found == {
        ("false", "wrong type", "PERSON SpaceX (gold ORG)"),
        ("false", "part of a name", "COUNTRY Canada"),
        ("false", "holds a name", "ORG Bank of Canada Governing Council"),
        ("false", "not in gold", "ORG Cabinet"),
        ("missed", "ORG as PERSON", "ORG SpaceX"),
        ("missed", "ORG not found", "ORG Bank of Canada"),
        ("missed", "ORG not found", "ORG Agence France-Presse"),
        ("split", "", "rossello: PERSON Ricardo Rosselló + PERSON Rosselló"),
    }


def test_names_table_counts_each_list_and_group() -> None:
    pred = _pred(_node("p1", "PERSON", "SpaceX"), _node("o2", "ORG", "Cabinet"))
    text = table("en", name_errors(GOLD, pred))
    assert "en false names: 2" in text
    assert "  wrong type: 1" in text
    assert "en missed names: 4" in text  # SpaceX as a person, Bank, AFP, Rosselló
    assert "  ORG not found: 2" in text
    assert "en split names: 0" in text
    assert "    a1  ORG Cabinet" in text


def test_names_lists_a_node_that_merges_two_gold_entities() -> None:
    pred = _pred(_node("m1", "ORG", "SpaceX", "Agence France-Presse"))
    errors = name_errors(GOLD, pred)
    assert [(e.kind, e.text) for e in errors if e.kind == "merged"] == [
        ("merged", "ORG Agence France-Presse | SpaceX: afp + spacex")
    ]
    assert "en merged names: 1" in table("en", errors)


def test_a_node_of_another_type_merges_nothing() -> None:
    # a PERSON node whose forms are two gold organisations' stands for neither (it is a false
    # name and two missed ones), so no merge is counted for it (tidy7: issue 19's merge is of
    # entities of the node's own type)
    pred = _pred(_node("p1", "PERSON", "SpaceX", "Agence France-Presse"))
    errors = name_errors(GOLD, pred)
    assert not [e for e in errors if e.kind == "merged"]
    assert ("false", "wrong type") in {(e.kind, e.group) for e in errors}
