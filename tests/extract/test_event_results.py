"""Participants a reader draws in elections (issue 17, evfind6): a party that won no seats still
stood, and a results legend line ("Pirate Party - 3 seats") names a party that stood (annotation
guide: participants of an election). End to end, on sentences of our own in English and Dutch."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of
from tests.extract.test_events import parsed


def participants(text: str, lang: str) -> set[tuple[str, str]]:
    """(entity label, first word of the event's label: its kind, "election" of "election in X")
    of each PARTICIPANT relation extracted from ``text``."""
    records = records_of(text, lang)
    entity = {e["id"]: e for e in records["entities"]}
    return {
        (entity[r["source"]]["label"], entity[r["target"]]["label"].split()[0])
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and entity[r["target"]]["type"] == "EVENT"
    }


@pytest.mark.parametrize(
    "text, lang, party",
    [
        (
            "The general election was held on Thursday. The Brexit Party failed to win any seats.",
            "en",
            "Brexit Party",
        ),
        (
            "The general election was held on Thursday. The Brexit Party won no seats.",
            "en",
            "Brexit Party",
        ),
        (
            "De verkiezingen werden donderdag gehouden. De Brexitpartij won geen enkele zetel.",
            "nl",
            "Brexitpartij",
        ),
    ],
)
def test_a_party_that_won_no_seats_stood_in_the_election(text, lang, party):
    assert (party, "election") in participants(text, lang)


def test_no_claim_of_responsibility_names_no_attacker():
    found = participants(
        "A bomb attack hit a market in Kabul on Monday. The Taliban did not claim responsibility.",
        "en",
    )
    assert ("Taliban", "attack") not in found


@pytest.mark.parametrize(
    "text, lang, party",
    [
        (
            "The general election was held on Thursday.\n\nDemocratic Unionist Party - 8 seats\n",
            "en",
            "Democratic Unionist Party",
        ),
        (
            "De verkiezingen werden donderdag gehouden.\n\nDemocratic Unionist Party - 8 zetels\n",
            "nl",
            "Democratic Unionist Party",
        ),
    ],
)
def test_a_results_legend_line_names_a_party_that_stood(text, lang, party):
    assert (party, "election") in participants(text, lang)


def test_seats_in_a_sentence_with_a_verb_are_no_legend():
    found = participants(
        "The general election was held on Thursday. Reuters counted 8 seats.", "en"
    )
    assert ("Reuters", "election") not in found


# "The election was held . Labour - 3 seats", the legend line parsed as the English model does:
# the name hung on the number
EN_LEGEND = """
The 1 det DET
election 3 nsubjpass NOUN election
was 3 auxpass AUX be
held 3 ROOT VERB hold
. 3 punct PUNCT
Labour 7 compound PROPN
- 8 punct PUNCT
3 8 nummod NUM
seats 8 ROOT NOUN seat
"""

# "De verkiezing werd gehouden . Labour - 3 zetels", as the Dutch model parses it: the noun a
# parataxis of the name
NL_LEGEND = """
De 1 det DET
verkiezing 3 nsubj:pass NOUN verkiezing
werd 3 aux:pass AUX worden
gehouden 3 ROOT VERB houden
. 3 punct PUNCT
Labour 5 ROOT PROPN
- 8 punct PUNCT
3 8 nummod NUM
zetels 5 parataxis NOUN zetel
"""


@pytest.mark.parametrize("rows, finder", [(EN_LEGEND, "en_events"), (NL_LEGEND, "nl_events")])
def test_a_legend_line_on_a_hand_built_parse(rows, finder, request):
    doc = parsed(rows, {5: ("ORG", "labour")})
    (event,) = request.getfixturevalue(finder).find(doc, passing=True)
    assert [(p.entity, p.role) for p in event.participants] == [("labour", "source")]


def test_a_line_with_a_verb_is_no_legend(en_events):
    # "The election was held . Labour took 3 seats": "took seats" tells no result, and the line
    # has a verb, so the noun names no holder before it
    rows = EN_LEGEND.split("Labour")[0] + "Labour 6 nsubj PROPN\ntook 6 ROOT VERB take\n"
    rows += "3 8 nummod NUM\nseats 6 dobj NOUN seat\n"
    doc = parsed(rows, {5: ("ORG", "labour")})
    (event,) = en_events.find(doc, passing=True)
    assert event.participants == []


@pytest.mark.parametrize(
    "text, lang, party",
    [
        (
            "The general election was held on Thursday. The Brexit Party failed to win any seats.",
            "en",
            "Brexit Party",
        ),
        (
            "De verkiezingen werden donderdag gehouden. De Brexitpartij won geen enkele zetel.",
            "nl",
            "Brexitpartij",
        ),
    ],
)
def test_a_party_that_won_no_seats_stood_as_a_fact_not_a_negation(text, lang, party):
    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    modes = {
        r["mode"]
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and label[r["source"]] == party
    }
    assert modes == {"asserted"}


def _election_date(text: str, lang: str) -> str | None:
    """The date of the election event extracted from ``text`` (an article of Monday 16 December
    2019)."""
    records = records_of(text, lang, date="2019-12-16")
    dates = [
        e["event"]["date"]
        for e in records["entities"]
        if "event" in e and e["label"].startswith("election")
    ]
    assert len(dates) == 1, records["entities"]
    return dates[0]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "On Thursday, the Pirate Party won 20 seats. Results came in early on Friday. Before "
            "this election, the Pirate Party had 12 seats.",
            "en",
        ),
        (
            "De Piratenpartij won donderdag 20 zetels. De uitslagen kwamen vrijdag binnen. Voor "
            "deze verkiezingen had de Piratenpartij 12 zetels.",
            "nl",
        ),
    ],
)
def test_a_result_told_with_its_day_dates_the_election(text, lang):
    # the election is Thursday's, the day its result is told on, not Friday's, the day of the
    # sentence before its first mention
    assert _election_date(text, lang) == "2019-12-12"
