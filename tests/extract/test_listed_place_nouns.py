"""Issues 17 and 18 (pairfresh2_nl): every name of a list that stands in apposition to, or is the
"of" phrase of, a place noun with a country's word lies in that country: "de Amerikaanse staten
Utah, Oregon en Nevada", "the US states of Utah, Oregon and Nevada", "the US state of Utah".

Found on fresh Dutch news, where only the first state of such a list was placed (the parser hangs
the later names on the first, not on the noun). Hand-built parses, then end to end in both
languages on sentences of our own."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.places import PlaceRelations
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import hand_resolver, relations

# "stemmingen in de Amerikaanse staten Utah, Oregon en Nevada", as the Dutch model parses it: the
# first name in apposition to "staten", the others conjuncts of the first.
NL_LIST = """
stemmingen 0 ROOT NOUN stemming
in 4 case ADP
de 4 det DET
Amerikaanse 4 amod ADJ amerikaans
staten 0 nmod NOUN staat
{first} 4 appos PROPN
, 7 punct PUNCT
Oregon 5 conj PROPN
en 9 cc CCONJ
Nevada 5 conj PROPN
"""

# "in the US states of Utah, Oregon and Nevada", as ClearNLP parses it.
EN_LIST = """
in 0 ROOT ADP
the 3 det DET
US 3 compound PROPN
states 0 pobj NOUN state
of 3 prep ADP
Utah 4 pobj PROPN
, 5 punct PUNCT
Oregon 5 conj PROPN
and 7 cc CCONJ
Nevada 7 conj PROPN
"""


def _located(lang: str, rows: str, names: list[tuple[int, int, str, str]]) -> set[tuple[str, str]]:
    resolver, doc = hand_resolver(rows, lang, names)
    places = PlaceRelations()
    places.scheme, places.grammar = (UD if lang == "nl" else CLEAR), load_grammar(lang)
    places.preps = places.grammar.prepositions
    ctx = _Context(doc, resolver, {})
    return {(r.source, r.target) for r in places._place_relations(ctx) if r.type == "LOCATED_IN"}


def test_listed_place_nouns_each_dutch_state_lies_in_the_country():
    names = [
        (3, 4, "COUNTRY", "USA"),
        (5, 6, "LOCATION", "utah"),
        (7, 8, "LOCATION", "oregon"),
        (9, 10, "LOCATION", "nevada"),
    ]
    found = _located("nl", NL_LIST.format(first="Utah"), names)
    assert {("utah", "USA"), ("oregon", "USA"), ("nevada", "USA")} <= found


def test_listed_place_nouns_each_english_state_of_the_country():
    names = [
        (2, 3, "COUNTRY", "USA"),
        (5, 6, "LOCATION", "utah"),
        (7, 8, "LOCATION", "oregon"),
        (9, 10, "LOCATION", "nevada"),
    ]
    found = _located("en", EN_LIST, names)
    assert {("utah", "USA"), ("oregon", "USA"), ("nevada", "USA")} <= found


def test_listed_place_nouns_a_list_led_by_another_kind_places_nothing():
    # "de Amerikaanse staten Boeing, Oregon en Nevada" (an organisation first): the later names
    # are not read through a first name of another kind
    names = [
        (3, 4, "COUNTRY", "USA"),
        (5, 6, "ORG", "boeing"),
        (7, 8, "LOCATION", "oregon"),
        (9, 10, "LOCATION", "nevada"),
    ]
    found = _located("nl", NL_LIST.format(first="Boeing"), names)
    assert ("oregon", "USA") not in found and ("nevada", "USA") not in found


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "nl",
            "De partij hield dinsdag stemmingen in de Amerikaanse staten Utah, Oregon en Nevada.",
            {("Utah", "United States"), ("Oregon", "United States"), ("Nevada", "United States")},
        ),
        (
            "en",
            "Voters in the US states of Utah, Oregon and Nevada went to the polls on Tuesday.",
            {("Utah", "United States"), ("Oregon", "United States"), ("Nevada", "United States")},
        ),
        (
            "en",
            "The party held a vote on Tuesday in the US state of Utah.",
            {("Utah", "United States")},
        ),
    ],
    ids=["nl-list", "en-list", "en-one"],
)
@pytest.mark.model
def test_listed_place_nouns_end_to_end(lang, text, expected):
    found = {(s, t) for s, kind, t in relations(text, lang) if kind == "LOCATED_IN"}
    assert expected <= found, sorted(found)
