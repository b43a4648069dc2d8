"""A verb typed by its preposition ("commit to": AGREE) whose phrase holds a gerund: the act is
aimed at the gerund's object and partner ("committed to building a pipeline with Argentina"),
extract/components/relations/verbs.py ``_phrase_prepositions``. On a hand-built parse, then end
to end."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, relations

# "Chile committed to building a road with Peru."
COMMITTED = """
Chile 1 nsubj PROPN
committed 1 ROOT VERB commit
to 1 prep ADP
building 2 pcomp VERB build
a 5 det DET
road 3 dobj NOUN road
with 5 prep ADP
Peru 6 pobj PROPN
. 1 punct PUNCT
"""


def _phrase_nouns(rows: str) -> list[str]:
    _, doc = hand_resolver(rows, "en", [(0, 1, "COUNTRY", "chile"), (7, 8, "COUNTRY", "peru")])
    tagger = RelationTagger("t", "en", load_lexicon("en"), load_kb(), CLEAR, load_grammar("en"))
    return [t.text for t in tagger._phrase_prepositions(doc[1], ["commit"], "AGREE")]


def test_gerund_phrases_the_gerunds_object_stands_for_the_phrase():
    assert _phrase_nouns(COMMITTED) == ["road"]


def test_gerund_phrases_a_noun_after_the_preposition_stays_itself():
    rows = COMMITTED.replace("building 2 pcomp VERB build", "plans 2 pobj NOUN plan")
    assert _phrase_nouns(rows) == ["plans"]


@pytest.mark.model
def test_gerund_phrases_end_to_end():
    found = relations("Brazil committed to building a gas pipeline with Argentina.", "en")
    assert ("Brazil", "AGREE", "Argentina") in found, sorted(found)
