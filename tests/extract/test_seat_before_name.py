"""Issue 17 (recall8): "UK-based retailer Tesco and Denmark-based retailer Salling Group": a
place, a hyphenated seat participle and a noun for the body before an organisation's name place
it there, read by word order however the parser hung the list (here the first name as a modifier
of the second). Checked on a hand-built parse and end to end on a sentence of our own."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.places import PlaceRelations
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR
from tests.extract.extraction_helpers import hand_resolver, relations

# "Ostland - based retailer Norvik and Westland - based retailer Brix Group announced", parsed as
# the English model does: the first retailer a compound of the second name, Norvik its nmod
EN_TWO_SEATS = """
Ostland 2 npadvmod PROPN
- 2 punct PUNCT
based 3 amod VERB base
retailer 11 compound NOUN
Norvik 9 nmod PROPN
and 4 cc CCONJ
Westland 8 npadvmod PROPN
- 8 punct PUNCT
based 9 amod VERB base
retailer 11 compound NOUN
Brix 11 compound PROPN
Group 12 nsubj PROPN
announced 12 ROOT VERB announce
"""

# "Ostland - backed retailer Norvik": backed by Ostland, not based there
EN_BACKED = """
Ostland 2 npadvmod PROPN
- 2 punct PUNCT
backed 3 amod VERB back
retailer 4 compound NOUN
Norvik 5 nsubj PROPN
grew 5 ROOT VERB grow
"""

NAMES = [
    (0, 1, "COUNTRY", "ostland"),
    (4, 5, "ORG", "norvik"),
    (6, 7, "COUNTRY", "westland"),
    (10, 12, "ORG", "brix"),
]


def _before(rows: str, names, org: str) -> list[str]:
    resolver, doc = hand_resolver(rows, "en", names)
    places = PlaceRelations()
    places.scheme, places.grammar = CLEAR, load_grammar("en")
    places.preps = places.grammar.prepositions
    ctx = _Context(doc, resolver, {})
    ent = next(e for e in resolver.ents if e.kb_id_ == org)
    return [target for target, _ in places._place_before_description(ent, ctx)]


@pytest.mark.parametrize("org, expected", [("norvik", ["ostland"]), ("brix", ["westland"])])
def test_a_seat_before_each_name_of_a_list_places_it(org, expected):
    assert _before(EN_TWO_SEATS, NAMES, org) == expected


def test_another_hyphenated_participle_places_nothing():
    names = [(0, 1, "COUNTRY", "ostland"), (4, 5, "ORG", "norvik")]
    assert _before(EN_BACKED, names, "norvik") == []


@pytest.mark.model
def test_seats_before_names_end_to_end():
    found = relations(
        "On Thursday, UK-based retailer Tesco and Denmark-based retailer Salling Group "
        "announced their agreement.",
        "en",
    )
    assert ("Tesco", "LOCATED_IN", "United Kingdom") in found, sorted(found)
    assert ("Salling Group", "LOCATED_IN", "Denmark") in found, sorted(found)
