"""Which two participants of an event act towards each other (``EventRelations._event_pair``).

Two names that are both what one actor met or talked with did not meet each other: "X met
with the IMF, then with Trump" says nothing of the IMF and Trump (issue 18: on the dev split such
pairs were wrong, and the rule costs no pair there).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.events import EventMention, Participant
from extract.components.relations.events import EventRelations
from tests.extract.extraction_helpers import relations


class _Sides:
    """A stand-in for ``_Context``: nobody is on one side with anybody; ``countries`` gives the
    country of some actors, and the event is told by a noun or by a verb at token 1."""

    def __init__(self, countries: dict[str, str], verb: bool) -> None:
        self.countries = countries
        self.doc = [SimpleNamespace(pos_="VERB" if verb else "NOUN")] * 5

    def one_side(self, a: str, b: str, sides: bool) -> bool:
        return False

    def country_of(self, actor: str) -> str | None:
        return self.countries.get(actor)


def _pair(
    type_: str,
    a: tuple[str, str],
    b: tuple[str, str],
    *,
    verb: bool = False,
    countries: dict[str, str] | None = None,
) -> tuple[str, str] | None:
    """The pair of two participants found at one mention of a meeting (a verb's with ``verb``),
    or at two of a noun's."""
    event = EventMention("event:0", "meeting", type_, "met", 0, 3, 0)
    at = (1, 1) if verb else (1, 4)
    first, second = Participant(a[0], a[1], at[0], 0), Participant(b[0], b[1], at[1], 0)
    pair = EventRelations._event_pair(event, first, second, _Sides(countries or {}, verb))
    return None if pair is None else (pair[0].entity, pair[1].entity)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (("imf", "target"), ("trump", "target"), None),
        (("mitsotakis", "source"), ("trump", "target"), ("mitsotakis", "trump")),
        (("trump", "target"), ("mitsotakis", "source"), ("mitsotakis", "trump")),
    ],
)
def test_event_pairs_two_targets_of_a_talk_are_no_parties_to_each_other(a, b, expected):
    assert _pair("CONSULT", a, b) == expected


@pytest.mark.parametrize("type_", ["CONSULT", "AGREE"])
def test_event_pairs_two_who_only_take_part_in_a_talk_or_deal_are_no_parties_to_each_other(type_):
    # "Brazil is part of the pact between the EU and Mercosur": all three take part, none is
    # whom another dealt with
    assert _pair(type_, ("eu", "source"), ("brazil", "source")) is None
    assert _pair(type_, ("eu", "source"), ("brazil", "target")) == ("eu", "brazil")


def test_event_pairs_the_subjects_of_one_meeting_verb_met_each_other():
    # "Erdogan and Macron met": both subjects of the verb that is the event
    assert _pair("CONSULT", ("erdogan", "source"), ("macron", "source"), verb=True) == (
        "erdogan",
        "macron",
    )


def test_event_pairs_two_countries_people_in_one_talk_are_parties():
    # "Jared Kushner attended the talks between Putin and Witkoff" (issue 17): each side's people
    # talk with the other side's
    countries = {"kushner": "USA", "putin": "RUS"}
    assert _pair("CONSULT", ("kushner", "source"), ("putin", "source"), countries=countries) == (
        "kushner",
        "putin",
    )


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


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Brazil is part of the pact between the European Union and Mercosur."),
        ("nl", "Brazilië maakt deel uit van het pact tussen de Europese Unie en Mercosur."),
    ],
)
def test_event_pairs_who_is_part_of_a_deal_made_no_deal_with_its_sides(lang, text):
    found = relations(text, lang)
    assert _linked(found, "European Union", "AGREE", "Mercosur")
    assert not _linked(found, "Brazil", "AGREE", "European Union")
    assert not _linked(found, "Brazil", "AGREE", "Mercosur")
