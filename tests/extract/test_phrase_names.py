"""Issue 18 (evtype12): the noun of a verb's preposition phrase is part of the act ("went on
strike"), but not when it is a name the tagger took for a common noun ("withdrew from ECOWAS",
ECOWAS tagged NOUN): that name is the body left, the act's target. On hand-built parses, then
end to end."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import CLEAR
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed

# "Mali withdrew from ECOWAS." with the acronym tagged as a common noun
EN_WITHDREW = """
Mali 1 nsubj PROPN
withdrew 1 ROOT VERB withdraw
from 1 prep ADP
ECOWAS 2 pobj NOUN ecowa
. 1 punct PUNCT
"""


def _phrase(named: bool):
    doc = parse(EN_WITHDREW, "en")
    if named:
        doc.ents = [Span(doc, 3, 4, label="ORG")]
    return phrase_type(doc[1], ["withdraw"], CLEAR, load_lexicon("en"), lambda n: None)


def test_phrase_a_name_tagged_as_a_noun_is_no_phrase_noun():
    assert _phrase(named=True) == ("SANCTION", "prep", None)


def test_phrase_a_common_noun_stays_the_phrase_noun():
    found = _phrase(named=False)
    assert found is not None and found[2] is not None and found[2].text == "ECOWAS"


@pytest.mark.model
def test_withdrawing_from_a_bloc_tagged_as_a_noun_is_sanction():
    found = typed("Guinea withdrew from ECOWAS on Friday, the junta said.", "en")
    assert ("Guinea", "SANCTION", "Ecowas") in found, sorted(found)
