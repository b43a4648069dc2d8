"""Which organisations are news outlets (extract/grammar/outlets.py, ``outlets.tsv``), and that
an outlet's STATEMENTs are left out while its acts and others' STATEMENTs stay
(``SpeechAndStance._outlets_only_report``; docs/annotation.md, settled case "An outlet's
report"). On hand-built parses."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.linking import EntityInfo
from extract.components.relations.context import _Context
from extract.components.relations.relation import Relation
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.outlets import document_outlets, load_outlet_words
from extract.grammar.syntax import CLEAR, UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver

WORDS = load_outlet_words()


@pytest.mark.parametrize(
    "name",
    ["Vasca News", "Ruritania Herald", "Bordur Press TV", "Okapi.com", "The Daily Telegraph"],
)
def test_a_name_that_ends_in_an_outlets_word_is_an_outlet(name):
    assert WORDS.names_an_outlet(name)


@pytest.mark.parametrize("name", ["News", "Ruritanian Red Cross", "Bordur Agency", "Okapi"])
def test_other_names_are_no_outlets(name):
    assert not WORDS.names_an_outlet(name)


# "persbureau Okapi meldde dat Tesla vertrok ."
NL_CUED = """
persbureau 1 nmod NOUN persbureau
Okapi 2 nsubj PROPN
meldde 2 ROOT VERB melden
dat 4 mark SCONJ dat
Tesla 5 nsubj PROPN
vertrok 2 ccomp VERB vertrekken
. 2 punct PUNCT
"""

# "Okapi , a news site , reported Tesla left ."
EN_APPOSED = """
Okapi 6 nsubj PROPN
, 0 punct PUNCT
a 4 det DET
news 4 compound NOUN
site 0 appos NOUN
, 0 punct PUNCT
reported 6 ROOT VERB report
Tesla 8 nsubj PROPN
left 6 ccomp VERB leave
. 6 punct PUNCT
"""

# "Okapi reported Tesla left ." (nothing says Okapi is an outlet)
EN_BARE = """
Okapi 1 nsubj PROPN
reported 1 ROOT VERB report
Tesla 3 nsubj PROPN
left 1 ccomp VERB leave
. 1 punct PUNCT
"""


def _outlets(rows: str, lang: str, okapi: int, tesla: int) -> set[str]:
    names = [(okapi, okapi + 1, "ORG", "okapi"), (tesla, tesla + 1, "PERSON", "tesla")]
    resolver, doc = hand_resolver(rows, lang, names)
    doc._.entities = {
        "okapi": EntityInfo(id="okapi", label="Okapi", type="ORG"),
        "tesla": EntityInfo(id="tesla", label="Tesla", type="PERSON"),
    }
    return document_outlets(doc, doc.ents, WORDS)


@pytest.mark.parametrize(
    "rows, lang, okapi, tesla", [(NL_CUED, "nl", 1, 4), (EN_APPOSED, "en", 0, 7)]
)
def test_a_noun_beside_the_name_makes_it_an_outlet(rows, lang, okapi, tesla):
    assert _outlets(rows, lang, okapi, tesla) == {"okapi"}


def test_a_name_with_no_outlets_word_beside_it_is_no_outlet():
    assert _outlets(EN_BARE, "en", 0, 2) == set()


def _relation(source: str, type_: str, target: str) -> Relation:
    start = len("Okapi , a news site , ")
    return Relation(source, target, type_, "reported", start, start + 8, 0, 0.6)


def test_an_outlets_statement_goes_and_its_acts_and_others_statements_stay():
    names = [(0, 1, "ORG", "okapi"), (7, 8, "PERSON", "tesla")]
    resolver, doc = hand_resolver(EN_APPOSED, "en", names)
    doc._.entities = {
        "okapi": EntityInfo(id="okapi", label="Okapi", type="ORG"),
        "tesla": EntityInfo(id="tesla", label="Tesla", type="PERSON"),
    }
    tagger = RelationTagger("t", "en", load_lexicon("en"), load_kb(), CLEAR, load_grammar("en"))
    found = [
        _relation("okapi", "STATEMENT", "tesla"),
        _relation("okapi", "ACCUSE", "tesla"),
        _relation("tesla", "STATEMENT", "okapi"),
    ]
    ctx = _Context(doc, resolver, {})
    kept = tagger._outlets_only_report(ctx, found, tagger._document_outlets(ctx))
    assert {(r.source, r.type, r.target) for r in kept} == {
        ("okapi", "ACCUSE", "tesla"),
        ("tesla", "STATEMENT", "okapi"),
    }


def test_with_no_outlet_in_the_document_every_statement_stays():
    names = [(0, 1, "ORG", "okapi"), (2, 3, "PERSON", "tesla")]
    resolver, doc = hand_resolver(EN_BARE, "en", names)
    doc._.entities = {"okapi": EntityInfo(id="okapi", label="Okapi", type="ORG")}
    tagger = RelationTagger("t", "en", load_lexicon("en"), load_kb(), UD, load_grammar("en"))
    found = [Relation("okapi", "tesla", "STATEMENT", "reported", 6, 14, 0, 0.6)]
    ctx = _Context(doc, resolver, {})
    assert tagger._outlets_only_report(ctx, found, tagger._document_outlets(ctx)) == found
