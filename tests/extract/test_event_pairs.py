"""Which two participants of an event act towards each other (``EventRelations._event_pair``).

Two names that are both what one actor met or talked with did not meet each other: "X met
with the IMF, then with Trump" says nothing of the IMF and Trump (issue 18: on the dev split such
pairs were wrong, and the rule costs no pair there).
"""

from __future__ import annotations

import pytest

from extract.components.events import EventMention, Participant
from extract.components.relations.events import EventRelations
from tests.extract.extraction_helpers import relations


class _Sides:
    """A stand-in for ``_Context``: nobody is on one side with anybody."""

    def one_side(self, a: str, b: str, sides: bool) -> bool:
        return False


def _pair(type_: str, a: tuple[str, str], b: tuple[str, str]) -> tuple[str, str] | None:
    event = EventMention("event:0", "meeting", type_, "met", 0, 3, 0)
    first, second = Participant(a[0], a[1], 1, 0), Participant(b[0], b[1], 4, 0)
    pair = EventRelations._event_pair(event, first, second, _Sides())
    return None if pair is None else (pair[0].entity, pair[1].entity)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (("imf", "target"), ("trump", "target"), None),
        (("mitsotakis", "source"), ("trump", "target"), ("mitsotakis", "trump")),
        (("trump", "target"), ("mitsotakis", "source"), ("mitsotakis", "trump")),
        (("erdogan", "source"), ("macron", "source"), ("erdogan", "macron")),
    ],
)
def test_event_pairs_two_targets_of_a_talk_are_no_parties_to_each_other(a, b, expected):
    assert _pair("CONSULT", a, b) == expected


def test_event_pairs_a_directed_event_still_runs_from_source_to_target():
    assert _pair("ASSAULT", ("army", "target"), ("rebels", "source")) == ("rebels", "army")
    assert _pair("ASSAULT", ("army", "target"), ("town", "target")) is None


def _linked(found: set[tuple[str, str, str]], a: str, type_: str, b: str) -> bool:
    return (a, type_, b) in found or (b, type_, a) in found


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, actor, met",
    [
        (
            "en",
            "Prime Minister Kyriakos Mitsotakis held talks with Erdogan and Macron in Athens on "
            "Tuesday.",
            "Kyriakos Mitsotakis",
            ("Recep Tayyip Erdoğan", "Emmanuel Macron"),
        ),
        (
            "nl",
            "Premier Kyriakos Mitsotakis had dinsdag een ontmoeting met het Internationaal "
            "Monetair Fonds en daarna met president Trump.",
            "Kyriakos Mitsotakis",
            ("International Monetary Fund", "Donald Trump"),
        ),
    ],
)
def test_event_pairs_whom_one_actor_met_did_not_meet_each_other(lang, text, actor, met):
    found = relations(text, lang)
    assert all(_linked(found, actor, "CONSULT", other) for other in met)
    assert not _linked(found, met[0], "CONSULT", met[1])


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Erdogan and Macron held talks in Athens on Tuesday."),
        ("nl", "Erdogan en Macron voerden dinsdag gesprekken in Athene."),
    ],
)
def test_event_pairs_the_two_sides_of_talks_still_meet(lang, text):
    assert _linked(relations(text, lang), "Recep Tayyip Erdoğan", "CONSULT", "Emmanuel Macron")
