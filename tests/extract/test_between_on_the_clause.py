"""Issue 18 (typing6): an event noun's "between X and Y" that the parser hung on the verb whose
subject the noun is ("talks were held between Russia and Ukraine", "an agreement was reached
between X and Y", "er vinden gesprekken plaats tussen X en Y") still links both sides, as it does
when it hangs on the noun ("talks between X and Y"). On a hand-built parse, then end to end in
both languages; all sentences written for this test."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, typed

# "Talks were held between Chile and Peru."
EN_HELD = """
Talks 2 nsubjpass NOUN talk
were 2 auxpass AUX be
held 2 ROOT VERB hold
between 2 prep ADP
Chile 3 pobj PROPN
and 4 cc CCONJ
Peru 4 conj PROPN
. 2 punct PUNCT
"""
EN_NAMES = [(4, 5, "COUNTRY", "chl"), (6, 7, "COUNTRY", "per")]


def _nominal_relations(rows: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of each relation the event-noun route finds on a hand-built
    English parse."""
    resolver, doc = hand_resolver(rows, "en", EN_NAMES)
    tagger = RelationTagger("t", "en", load_lexicon("en"), load_kb(), CLEAR, load_grammar("en"))
    ctx = _Context(doc, resolver, {})
    return {(r.source, r.type, r.target) for r in tagger._nominal_relations(ctx)}


def test_a_between_on_the_verb_of_the_event_noun_links_its_sides():
    assert ("chl", "CONSULT", "per") in _nominal_relations(EN_HELD)


def test_a_between_on_a_verb_the_noun_is_no_subject_of_links_nothing():
    # "Chile held talks between ...": the noun is the object, the phrase is the verb's own
    rows = EN_HELD.replace("2 nsubjpass NOUN talk", "2 dobj NOUN talk")
    assert not _nominal_relations(rows)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Talks were held between Chile and Peru in Lima on Monday.",
            ("Chile", "CONSULT", "Peru"),
        ),
        (
            "en",
            "An agreement was reached between Kenya and Tanzania on Friday.",
            ("Kenya", "AGREE", "Tanzania"),
        ),
        (
            "nl",
            "Vrijdag werd een akkoord bereikt tussen Kenia en Tanzania.",
            ("Kenya", "AGREE", "Tanzania"),
        ),
        (
            "nl",
            "Er vinden nieuwe gesprekken plaats tussen Chili en Peru in Lima.",
            ("Chile", "CONSULT", "Peru"),
        ),
    ],
)
def test_both_sides_of_a_clause_between_are_linked(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
