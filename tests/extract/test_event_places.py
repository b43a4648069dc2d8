"""Where an event happened when the place phrase of its noun names the place by a noun with the
name in apposition after it (evfind4, issue 17 item 10): "protesten in de hoofdstad San Juan",
"protests in the capital, San Juan". The place makes the event one the story tells, though nobody
is named taking part. Not an "of" phrase ("in the history of the United States"), nor the place
phrase of a verb's clause."""

from __future__ import annotations

import pytest

from extract.api import extract
from extract.documents import Document
from tests.extract.test_events import described, parsed

SAN_JUAN = ("LOCATION", "san_juan")


def test_event_places_a_place_noun_with_its_name_after_it_nl(nl_events):
    # "Er waren protesten in de hoofdstad SanJuan ."
    doc = parsed(
        """
Er 1 expl ADV er
waren 1 ROOT VERB zijn
protesten 1 nsubj NOUN protest
in 5 case ADP in
de 5 det DET de
hoofdstad 2 nmod NOUN hoofdstad
SanJuan 5 appos PROPN
. 1 punct PUNCT
""",
        {6: SAN_JUAN},
    )
    [(kind, _, _, place)] = described(nl_events.find(doc))
    assert kind == "protest" and place == "san_juan"


def test_event_places_a_place_noun_without_a_name_gives_no_place(en_events):
    # "There were protests in the city .": no place named, and nobody taking part
    doc = parsed(
        """
There 1 expl ADV there
were 1 ROOT VERB be
protests 1 attr NOUN protest
in 2 prep ADP in
the 5 det DET the
city 3 pobj NOUN city
. 1 punct PUNCT
""",
        {},
    )
    assert described(en_events.find(doc)) == []


def event_places(text: str, lang: str) -> list[tuple[str, str]]:
    """(event label, place label) of each EVENT entity of ``text`` with a place."""
    records = extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    ).records
    label = {e["id"]: e["label"] for e in records["entities"]}
    return [
        (label[r["target"]], label[r["source"]])
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r["role"] == "location"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "nl",
            "Het kabinet viel na drie weken van protesten in de hoofdstad Lissabon.",
            "Lisbon",
        ),
        (
            "en",
            "The cabinet fell after three weeks of protests in the capital, Lisbon.",
            "Lisbon",
        ),
    ],
)
def test_event_places_sentence_protests_in_the_capital(lang, text, expected):
    assert expected in [place for _, place in event_places(text, lang)]


def test_event_places_a_verbs_place_noun_is_not_asked_nl(nl_events):
    # "Smit vergaderde in de hoofdstad SanJuan .": the verb's clause keeps to named places
    doc = parsed(
        """
Smit 1 nsubj PROPN
vergaderde 1 ROOT VERB vergaderen
in 4 case ADP in
de 4 det DET de
hoofdstad 1 obl NOUN hoofdstad
SanJuan 4 appos PROPN
. 1 punct PUNCT
""",
        {0: ("PERSON", "smit"), 5: SAN_JUAN},
    )
    [(kind, _, parts, place)] = described(nl_events.find(doc))
    assert kind == "meeting" and parts == [("smit", "source")] and place is None
