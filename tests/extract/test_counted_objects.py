"""A number the parser made a verb's object or passive subject counts the noun that says what
is sent ("stuurde duizenden extra militairen": the soldiers make the phrase 'sturen militairen',
MOBILIZE, not the bare verb 'sturen', AID). Parses and sentences written for this test."""

from __future__ import annotations

import pytest

from extract.grammar.event_nouns import noun_event_of
from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed

# "Polen stuurde duizenden extra militairen naar de grens." as the Dutch model parses it
SENT_THOUSANDS = """
Polen 1 nsubj PROPN
stuurde 1 ROOT VERB sturen
duizenden 1 obj NUM duizend
extra 4 amod ADJ
militairen 2 nmod NOUN militair
naar 7 case ADP
de 7 det DET
grens 1 obl NOUN
"""

# "Duizenden militairen werden door Polen naar de grens gestuurd."
THOUSANDS_WERE_SENT = """
Duizenden 8 nsubj:pass NUM duizend
militairen 0 nmod NOUN militair
werden 8 aux:pass AUX worden
door 4 case ADP
Polen 8 obl:agent PROPN
naar 7 case ADP
de 7 det DET
grens 8 obl NOUN
gestuurd 8 ROOT VERB sturen
"""


def _noun_type(lexicon):
    def of(noun):
        found = noun_event_of(noun, lexicon)
        return found.type if found else None

    return of


@pytest.mark.parametrize("text, verb", [(SENT_THOUSANDS, 1), (THOUSANDS_WERE_SENT, 8)])
def test_the_noun_a_number_object_counts_makes_the_phrase(text, verb):
    nl = load_lexicon("nl")
    found = phrase_type(parse(text, "nl")[verb], ["sturen"], UD, nl, _noun_type(nl))
    assert found is not None and found[0] == "MOBILIZE", found


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "Polen stuurde duizenden extra militairen naar de grens met Wit-Rusland."),
        ("en", "Poland sent thousands of soldiers to the border with Belarus."),
    ],
)
def test_sent_troops_end_to_end(lang, text):
    found = {k[1] for k in typed(text, lang) if (k[0], k[2]) == ("Poland", "Belarus")}
    assert found == {"MOBILIZE"}, found
