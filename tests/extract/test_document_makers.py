"""Issue 18 (evtype15): a subject noun's own "by" phrase names its maker, who acts through it: "A
report by Human Rights Watch blamed Nigeria" is Human Rights Watch's accusation, as "Human Rights
Watch's report blamed Nigeria" already was. Checked on a parse built by hand and end to end on
sentences of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.relations.arguments import Arguments
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, relations

EN_REPORT_BY = """
A 1 det DET
report 4 nsubj NOUN report
by 1 prep ADP
Oxfam 2 pobj PROPN
accused 4 ROOT VERB accuse
Chad 4 dobj PROPN
. 4 punct PUNCT
"""


class _Route(Arguments):
    """The argument route alone, with the English lexicons."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon("en")
        self.grammar = load_grammar("en")
        self.preps = self.grammar.prepositions
        self.scheme = CLEAR
        self.lang = "en"


def _sources(rows: str) -> list[str]:
    resolver, doc = hand_resolver(rows, "en", [(3, 4, "ORG", "oxfam"), (5, 6, "COUNTRY", "tcd")])
    return _Route()._sources(
        doc[1], SimpleNamespace(resolver=resolver, sources={}, reporters_asked=set())
    )


def test_document_makers_a_nouns_by_phrase_names_who_acts_through_it():
    assert _sources(EN_REPORT_BY) == ["oxfam"]


def test_document_makers_a_place_phrase_names_no_maker():
    # "a report in Chad accused ...": where, not whose
    rows = EN_REPORT_BY.replace("by 1 prep ADP", "in 1 prep ADP")
    assert _sources(rows) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A report by Amnesty International accused Egypt of torture.",
            ("Amnesty International", "ACCUSE", "Egypt"),
        ),
        (
            "A study by the World Bank praised Vietnam for its growth.",
            ("World Bank", "SUPPORT", "Vietnam"),
        ),
    ],
)
def test_document_makers_end_to_end(text, expected):
    found = relations(text, "en")
    assert expected in found, sorted(found)
