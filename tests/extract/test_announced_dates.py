"""A happening told with its time and then announced by its noun in a clause of another time
("X died on Monday. The government on Tuesday announced his death", "X is maandag overleden. De
regering maakte op dinsdag zijn dood bekend") happened at the time it was told with, and so did
the part of whoever its noun names: the announcing clause's time is the announcement's
(extract/components/events.py ``_announced_time``, extract/components/dating.py; the Dutch
verb and noun pair in ``actpairs.nl.tsv``)."""

from __future__ import annotations

import pytest
from extraction_helpers import records_of

TEXTS = {
    "en": (
        "Maria Lopez, the mayor of Riverton, died at the age of 79 on Monday. The council of "
        "Riverton on Tuesday announced her death."
    ),
    "nl": (
        "Maria Lopez, de burgemeester van Riverton, is maandag op 79-jarige leeftijd overleden. "
        "De gemeenteraad van Riverton maakte op dinsdag haar dood bekend."
    ),
}
NOUNS = {"en": "death", "nl": "dood"}
DATE = "2025-12-05"  # a Friday: Monday is 1 December, Tuesday 2 December


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_announced_death_happened_when_the_dying_was_told(lang):
    records = records_of(TEXTS[lang], lang, DATE)
    event = next(
        e
        for e in records["entities"]
        if e["type"] == "EVENT" and NOUNS[lang] in [a.lower() for a in e["aliases"]]
    )
    assert event["event"]["date"] == "2025-12-01"
    parts = [
        r for r in records["relations"] if r["type"] == "PARTICIPANT" and r["target"] == event["id"]
    ]
    assert parts and {r["date"] for r in parts} == {"2025-12-01"}


EFFECTIVE = {
    "en": (
        "Maria Lopez, the mayor of Riverton, resigned on Monday. Tom Reyes, her deputy, announced "
        "his resignation on 12 December."
    ),
    "nl": (
        "Maria Lopez, de burgemeester van Riverton, is maandag afgetreden. Tom Reyes, haar "
        "plaatsvervanger, kondigde zijn aftreden aan per 12 december."
    ),
}
RESIGNATION = {"en": "resignation", "nl": "aftreden"}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_announcement_told_with_a_later_time_keeps_it(lang):
    records = records_of(EFFECTIVE[lang], lang, DATE)
    dates = [
        e["event"]["date"]
        for e in records["entities"]
        if e["type"] == "EVENT" and RESIGNATION[lang] in [a.lower() for a in e["aliases"]]
    ]
    assert dates == ["2025-12-12"]  # not Monday, the day the mayor resigned
