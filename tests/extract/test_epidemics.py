"""Countries that take part in an epidemic through its measures and counts (extract.epidemics):
on records built by hand, and end to end."""

from __future__ import annotations

import pytest

from extract.epidemics import epidemic_countries
from records import empty_records
from tests.extract.test_events import events_of
from tests.extract.test_retold import entity


def relation(source: str, target: str, type_: str, n: int, role: str = "source") -> dict:
    found = {
        "id": f"d:r{n}",
        "source": source,
        "target": target,
        "type": type_,
        "trigger": "curfew",
        "negated": False,
        "sentence": "d:1",
        "confidence": 0.7,
        "mode": "planned",
    }
    if type_ == "PARTICIPANT":
        found["role"] = role
    return found


def event(eid: str, label: str, alias: str) -> dict:
    found = entity(eid, "EVENT")
    found["label"], found["aliases"] = label, [alias]
    return found


def records(measure: tuple[str, str], relations: list[tuple[str, str, str]]) -> dict:
    """A story of a pandemic (event:d:0) with one other event (``measure``: label, alias) and
    ``relations`` (source, type, role) towards that other event (event:d:1)."""
    out = empty_records()
    out["documents"] = [
        {"id": "d", "title": "", "language": "en", "date": None, "source": "", "text": ""}
    ]
    out["entities"] = [
        event("event:d:0", "disaster", "pandemic"),
        event("event:d:1", *measure),
        entity("kb:THA", "COUNTRY"),
        entity("person:ann-lee", "PERSON"),
    ]
    out["relations"] = [
        relation(source, "event:d:1", type_, n, role)
        for n, (source, type_, role) in enumerate(relations)
    ]
    return out


def parties(found: dict) -> set[tuple[str, str]]:
    return {
        (r["source"], r["mode"])
        for r in found["relations"]
        if r["type"] == "PARTICIPANT" and r["target"] == "event:d:0"
    }


@pytest.mark.parametrize(
    "measure, relations, expected",
    [
        # "Thailand planned to implement a curfew": Thailand takes part in the pandemic
        (("curfew", "curfew"), [("kb:THA", "PARTICIPANT", "source")], {("kb:THA", "asserted")}),
        # "in Thailand, 5,900 deaths": the place a count holds for
        (("death", "deaths"), [("kb:THA", "PARTICIPANT", "location")], {("kb:THA", "asserted")}),
        # "Thailand confirmed five new deaths": who gives the count
        (("death", "deaths"), [("kb:THA", "STATEMENT", "")], {("kb:THA", "asserted")}),
        # one person's death is no count of the epidemic
        (("death", "death"), [("kb:THA", "STATEMENT", "")], set()),
        # a person taking a measure is no country
        (("lockdown", "lockdown"), [("person:ann-lee", "PARTICIPANT", "source")], set()),
        # a talk is no measure
        (("talks", "talks"), [("kb:THA", "PARTICIPANT", "source")], set()),
    ],
)
def test_epidemics_a_country_of_a_measure_or_count_takes_part(measure, relations, expected):
    assert parties(epidemic_countries(records(measure, relations))) == expected


def test_epidemics_no_epidemic_no_party():
    found = records(("curfew", "curfew"), [("kb:THA", "PARTICIPANT", "source")])
    found["entities"][0] = event("event:d:0", "hurricane", "hurricane")
    assert parties(epidemic_countries(found)) == set()


def test_epidemics_end_to_end():
    text = (
        "The coronavirus pandemic has infected over a million people worldwide. The pandemic "
        "has spread to every continent. Portugal extended its state of emergency by 15 days."
    )
    takes_part = {
        name
        for label, _, parts in events_of(text, "en")
        if label != "emergency"
        for name, _ in parts
    }
    assert "Portugal" in takes_part


@pytest.mark.parametrize(
    "measure, country",
    [
        ("Portugal verlengde de noodtoestand met vijftien dagen.", "Portugal"),
        ("Thailand voerde een avondklok in.", "Thailand"),
        ("Zweden kondigde een lockdown af.", "Sweden"),
    ],
    ids=["noodtoestand", "avondklok", "lockdown"],
)
def test_epidemics_end_to_end_dutch(measure, country):
    # epidemics.nl.tsv: the Dutch words of the same measures
    text = (
        "De coronapandemie heeft wereldwijd meer dan een miljoen mensen besmet. De pandemie "
        f"heeft zich naar elk continent verspreid. {measure}"
    )
    takes_part = {
        name
        for label, _, parts in events_of(text, "nl")
        if label not in ("noodtoestand", "avondklok", "lockdown")
        for name, _ in parts
    }
    assert country in takes_part
