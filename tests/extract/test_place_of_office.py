"""A place after "of" on a person's name is whom an office holder represents ("Senator Maria
Lopez of Oregon": ROLE to Oregon), but where anyone else lives or comes from ("activist Tom
Briar of Montana", "candidate X of Nevada": no ROLE); extract/components/relations/titles.py
``_holds_office``. On hand-built parses, then end to end."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, relations

# "Senator Maria Lopez of Oregon spoke."
SENATOR = """
Senator 2 compound PROPN senator
Maria 2 compound PROPN
Lopez 5 nsubj PROPN
of 2 prep ADP
Oregon 3 pobj PROPN
spoke 5 ROOT VERB speak
. 5 punct PUNCT
"""


def _holds_office(rows: str) -> bool:
    _, doc = hand_resolver(rows, "en", [(1, 3, "PERSON", "maria_lopez"), (4, 5, "GPE", "oregon")])
    tagger = RelationTagger("t", "en", load_lexicon("en"), load_kb(), CLEAR, load_grammar("en"))
    return tagger._holds_office(doc[1:3])


def test_place_of_office_a_title_before_the_name_holds_an_office():
    assert _holds_office(SENATOR)


def test_place_of_office_an_agent_noun_before_the_name_holds_one():
    rows = SENATOR.replace("Senator 2 compound PROPN senator", "member 2 compound NOUN member")
    assert _holds_office(rows)


def test_place_of_office_an_activist_holds_none():
    rows = SENATOR.replace("Senator 2 compound PROPN senator", "activist 2 compound NOUN activist")
    assert not _holds_office(rows)


OFFICES = [
    ("en", "Senator Maria Lopez of Oregon praised the plan.", ("Maria Lopez", "ROLE", "Oregon")),
    (
        "en",
        "Democratic committee member Dan Holt of Kansas said the vote was unfair.",
        ("Dan Holt", "ROLE", "Kansas"),
    ),
    ("nl", "Senator Maria Lopez van Oregon prees het plan.", ("Maria Lopez", "ROLE", "Oregon")),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, expected", OFFICES, ids=[c[1][:30] for c in OFFICES])
def test_place_of_office_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


NO_OFFICE = [
    ("en", "Activist Tom Briar of Montana praised the plan.", ("Tom Briar", "Montana")),
    ("en", "Gubernatorial candidate Ruth Vance of Nevada lost the race.", ("Ruth Vance", "Nevada")),
    ("en", "Tom Briar of Montana won the vote.", ("Tom Briar", "Montana")),
    ("nl", "Activist Tom Briar van Montana prees het plan.", ("Tom Briar", "Montana")),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, pair", NO_OFFICE, ids=[c[1][:30] for c in NO_OFFICE])
def test_place_of_office_none_without_an_office_end_to_end(lang, text, pair):
    found = relations(text, lang)
    assert (pair[0], "ROLE", pair[1]) not in found, sorted(found)
