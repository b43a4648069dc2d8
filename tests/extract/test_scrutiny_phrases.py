"""Issue 18 (evtype15): an inquiry told with a support verb ("launched a probe into Microsoft") is
aimed at whom its "into" phrase names, also where the parser hangs that phrase on the verb rather
than on the noun (prepositions role ``scrutiny``: "into", "naar"). Checked on parses built by hand
and end to end on sentences of our own.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.relations.arguments import Arguments
from extract.components.relations.verbs import VerbRelations
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, relations

# the parser's reading: "into Microsoft" hung on "launched", after its object "probe"
EN_PROBE_ON_VERB = """
Ofcom 1 nsubj PROPN
launched 1 ROOT VERB launch
a 3 det DET
probe 1 dobj NOUN probe
into 1 prep ADP
Microsoft 4 pobj PROPN
. 1 punct PUNCT
"""


class _Route(Arguments, VerbRelations):
    """The verb route's argument reading alone, with the English lexicons."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon("en")
        self.grammar = load_grammar("en")
        self.preps = self.grammar.prepositions
        self.scheme = CLEAR


def _scrutinised(rows: str, noun_index: int = 3) -> list[str]:
    resolver, doc = hand_resolver(rows, "en", [(0, 1, "ORG", "ofcom"), (5, 6, "ORG", "microsoft")])
    found, _ = _Route()._scrutinised(doc[1], doc[noun_index], SimpleNamespace(resolver=resolver))
    return found


def test_scrutiny_the_inquirys_phrase_on_the_verb_names_whom_it_looks_into():
    assert _scrutinised(EN_PROBE_ON_VERB) == ["microsoft"]


def test_scrutiny_a_noun_that_names_no_inquiry_takes_no_phrase_of_the_verb():
    # "poured money into Microsoft": money is no event, its verb's phrase is the verb's own
    rows = EN_PROBE_ON_VERB.replace("probe 1 dobj NOUN probe", "money 1 dobj NOUN money")
    assert _scrutinised(rows) == []


def test_scrutiny_only_the_scrutiny_preposition_counts():
    # "launched a probe from Microsoft": "from" says where it came from, not what it looks into
    rows = EN_PROBE_ON_VERB.replace("into 1 prep ADP", "from 1 prep ADP")
    assert _scrutinised(rows) == []


def test_scrutiny_the_prepositions_are_data_in_both_languages():
    assert "into" in load_grammar("en").prepositions.scrutiny
    assert "naar" in load_grammar("nl").prepositions.scrutiny


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Federal Trade Commission launched a probe into Nvidia on Monday.",
            ("Federal Trade Commission", "ACCUSE", "Nvidia"),
        ),
        (
            "The European Commission opened a probe into Meta's advertising on Friday.",
            ("European Commission", "ACCUSE", "Meta Platforms"),
        ),
    ],
)
def test_scrutiny_end_to_end(text, expected):
    found = relations(text, "en")
    assert expected in found, sorted(found)
