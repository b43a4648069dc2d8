"""A deployment "langs de grens met X" (along the border) is aimed at X, as one "bij" or "rond" it
is (issue 18; prepositions.nl.tsv: place)."""

from __future__ import annotations

import pytest

from extract.grammar.argument_words import load_grammar
from extract.grammar.event_nouns import event_noun_args
from extract.grammar.syntax import UD
from tests.extract.extraction_helpers import parse, relations

pytestmark = pytest.mark.model

# "de inzet van troepen langs de grens met Finland", as the Dutch model parses it
NL_DEPLOYMENT = """
de 1 det DET
inzet 1 ROOT NOUN inzetten
van 3 case ADP
troepen 1 nmod NOUN troep
langs 6 case ADP
de 6 det DET
grens 1 nmod NOUN
met 8 case ADP
Finland 6 nmod PROPN
"""


def test_border_places_langs_is_a_place_preposition_of_a_deployment():
    preps = load_grammar("nl").prepositions
    doc = parse(NL_DEPLOYMENT)
    args = event_noun_args(
        doc[1], UD, agent=preps.agent, owner=preps.possessor, aimed=preps.recipient
    )
    placed = [noun.text for prep, noun in args if prep in preps.place]
    assert placed == ["grens"]


def test_border_places_a_deployment_along_a_border_is_aimed_at_the_neighbour():
    found = relations(
        "De inzet van Russische troepen langs de grens met Finland baart Helsinki zorgen.", "nl"
    )
    assert ("Russia", "MOBILIZE", "Finland") in found, sorted(found)
