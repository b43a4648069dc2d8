"""A place noun given a name of its own ("de staat Virginia", "de wijk Kreuzberg", "de Duitse
hoofdstad Berlijn") names the place a Dutch place phrase puts another place in: "Roanoke in de
staat Virginia" lies in Virginia, "de wijk Kreuzberg van de Duitse hoofdstad Berlijn" in Berlin,
not in the country whose word stands on "hoofdstad". Checked on a parse built by hand (the "van"
phrase hung on the name, as the Dutch parser does) and end to end on sentences of our own."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, relations

# "De brand in de wijk Mitte van de Duitse hoofdstad Berlijn duurde een dag.", the "van" phrase
# hung on the name "Mitte" rather than on "wijk"
NL_WIJK = """
De 1 det DET
brand 11 nsubj NOUN brand
in 4 case ADP
de 4 det DET
wijk 1 nmod NOUN wijk
Mitte 4 appos PROPN
van 9 case ADP
de 9 det DET
Duitse 9 amod ADJ duits
hoofdstad 5 nmod NOUN hoofdstad
Berlijn 9 appos PROPN
duurde 11 ROOT VERB duren
een 13 det DET
dag 11 obl NOUN dag
. 11 punct PUNCT
"""
NL_WIJK_NAMES = [(5, 6, "LOCATION", "mitte"), (8, 9, "COUNTRY", "deu"), (10, 11, "LOCATION", "ber")]


def _places(rows: str, names) -> set[tuple[str, str, str]]:
    resolver, doc = hand_resolver(rows, "nl", names)
    tagger = RelationTagger("t", "nl", load_lexicon("nl"), load_kb(), UD, load_grammar("nl"))
    ctx = _Context(doc, resolver, {})
    return {(r.source, r.type, r.target) for r in tagger._place_relations(ctx)}


def test_a_named_place_noun_in_the_van_phrase_of_a_name_holds_it():
    found = _places(NL_WIJK, NL_WIJK_NAMES)
    assert ("mitte", "LOCATED_IN", "ber") in found
    # the country word on "hoofdstad" is Berlin's, not the district's
    assert ("mitte", "LOCATED_IN", "deu") not in found


def test_an_unnamed_place_noun_keeps_its_country_word():
    # "de wijk Mitte van de Duitse hoofdstad": no name for the capital, so the country it is in
    rows = NL_WIJK.replace("Berlijn 9 appos PROPN", "zelf 9 advmod ADV")
    found = _places(rows, NL_WIJK_NAMES[:2])
    assert ("mitte", "LOCATED_IN", "deu") in found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Een boer uit Roanoke in de staat Virginia won de prijs.", ("Roanoke", "Virginia")),
        (
            "In de wijk Kreuzberg van de Duitse hoofdstad Berlijn is brand uitgebroken.",
            ("Kreuzberg", "Berlin"),
        ),
    ],
)
def test_named_place_nouns_end_to_end(text, expected):
    found = relations(text, "nl")
    assert (expected[0], "LOCATED_IN", expected[1]) in found, sorted(found)
    assert (expected[0], "LOCATED_IN", "Germany") not in found
