"""Countries that take part in an event through their people (extract.delegates): on records
built by hand, and end to end in both languages."""

from __future__ import annotations

import pytest

from extract.delegates import delegating_countries
from records import empty_records
from tests.extract.test_events import events_of
from tests.extract.test_retold import entity


def relation(source: str, target: str, type_: str, n: int) -> dict:
    found = {
        "id": f"d:r{n}",
        "source": source,
        "target": target,
        "type": type_,
        "trigger": "met",
        "negated": False,
        "sentence": "d:0",
        "confidence": 0.8,
    }
    if type_ == "PARTICIPANT":
        found["role"] = "source"
    return found


def records(roles: list[tuple[str, str]]) -> dict:
    """Ann Lee and Bo Chen meet (event:d:0); ``roles`` are their (person, country) offices."""
    out = empty_records()
    out["documents"] = [
        {"id": "d", "title": "", "language": "en", "date": None, "source": "", "text": ""}
    ]
    out["entities"] = [
        entity("person:ann-lee", "PERSON"),
        entity("person:bo-chen", "PERSON"),
        entity("kb:FRA", "COUNTRY"),
        entity("kb:EGY", "COUNTRY"),
        entity("event:d:0", "EVENT"),
    ]
    out["relations"] = [
        relation("person:ann-lee", "event:d:0", "PARTICIPANT", 0),
        relation("person:bo-chen", "event:d:0", "PARTICIPANT", 1),
    ] + [relation(p, c, "ROLE", 2 + n) for n, (p, c) in enumerate(roles)]
    return out


def countries_in(found: dict) -> set[str]:
    return {
        r["source"]
        for r in found["relations"]
        if r["type"] == "PARTICIPANT" and r["source"].startswith("kb:")
    }


def test_delegates_the_countries_of_people_of_two_countries_take_part():
    found = delegating_countries(
        records([("person:ann-lee", "kb:FRA"), ("person:bo-chen", "kb:EGY")])
    )
    assert countries_in(found) == {"kb:FRA", "kb:EGY"}
    [added] = [r for r in found["relations"] if r["source"] == "kb:FRA"]
    assert (added["target"], added["role"], added["sentence"]) == ("event:d:0", "source", "d:0")


def test_delegates_a_meeting_of_one_country_is_no_party_of_it():
    found = delegating_countries(
        records([("person:ann-lee", "kb:FRA"), ("person:bo-chen", "kb:FRA")])
    )
    assert countries_in(found) == set()


def test_delegates_a_person_of_two_countries_stands_for_neither():
    roles = [("person:ann-lee", "kb:FRA"), ("person:ann-lee", "kb:EGY")]
    found = delegating_countries(records(roles + [("person:bo-chen", "kb:EGY")]))
    assert countries_in(found) == set()


@pytest.mark.parametrize(
    "lang, text, countries",
    [
        (
            "en",
            "President Muhammadu Buhari of Nigeria and President Patrice Talon of Benin signed the "
            "agreement on Sunday.",
            {"Nigeria", "Benin"},
        ),
        (
            "nl",
            "De Egyptische minister van Buitenlandse Zaken Sameh Shoukry en de Franse minister van "
            "Buitenlandse Zaken Jean-Yves Le Drian kwamen woensdag in Caïro bijeen.",
            {"Egypt", "France"},
        ),
        (  # one country's people: the country is no party
            "en",
            "Russian President Vladimir Putin met Russian Prime Minister Mikhail Mishustin in "
            "Moscow on Monday.",
            set(),
        ),
    ],
)
def test_delegates_end_to_end(lang, text, countries):
    [(_, _, parts)] = events_of(text, lang)
    assert {name for name, _ in parts} & {"Nigeria", "Benin", "Egypt", "France", "Russia"} == (
        countries
    )
