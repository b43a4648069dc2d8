"""Descriptions coordinated in an apposition (issue 17 item 5): "X, an expert at A and a former
Israeli official" describes X twice, and each description gives its ROLE
(extract/grammar/affiliation.py ``_coordinated_descriptors``). Hand-built parses in English
(ClearNLP) and Dutch (UD), then end to end."""

from __future__ import annotations

import pytest

from extract.grammar.affiliation import descriptors
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import parse, relations
from tests.extract.test_affiliation import named, texts

# "Jan Smit, a lawyer and a Dutch diplomat, said"
EN_TWO = """
Jan 1 compound PROPN
Smit 9 nsubj PROPN
, 1 punct PUNCT
a 4 det DET
lawyer 1 appos NOUN
and 4 cc CCONJ
a 8 det DET
Dutch 8 amod ADJ
diplomat 4 conj NOUN
said 9 ROOT VERB
"""

# "Jan de Vries, hoogleraar in Leiden en Duits diplomaat, zei": the Dutch parser hangs the
# second description on the last noun of the first
NL_TWO = """
Jan 10 nsubj PROPN
de 0 flat PROPN
Vries 0 flat PROPN
, 4 punct PUNCT
hoogleraar 0 appos NOUN
in 6 case ADP
Leiden 4 nmod PROPN
en 9 cc CCONJ
Duits 9 amod ADJ
diplomaat 6 conj NOUN
zei 10 ROOT VERB
"""

# "Jan Smit, a lawyer, and Piet Smit, a diplomat, said": the second description is another
# person's, coordinated with the first by the parser
EN_TWO_PEOPLE = """
Jan 1 compound PROPN
Smit 11 nsubj PROPN
, 1 punct PUNCT
a 4 det DET
lawyer 1 appos NOUN
, 4 punct PUNCT
and 4 cc CCONJ
Piet 8 compound PROPN
Smit 4 conj PROPN
, 8 punct PUNCT
diplomat 8 appos NOUN
said 11 ROOT VERB
"""


def test_coordinated_descriptors_each_noun_of_an_english_apposition():
    doc = parse(EN_TWO)
    assert texts(descriptors(named(doc, 0, 2), CLEAR)) == ["lawyer", "diplomat"]


def test_coordinated_descriptors_each_noun_of_a_dutch_apposition():
    doc = parse(NL_TWO)
    named(doc, 6, 7, "LOCATION")
    assert texts(descriptors(named(doc, 0, 3), UD)) == ["hoogleraar", "diplomaat"]


def test_coordinated_descriptors_not_another_persons():
    doc = parse(EN_TWO_PEOPLE)
    named(doc, 7, 9)
    assert texts(descriptors(named(doc, 0, 2), CLEAR)) == ["lawyer"]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Avinoam Idan, an expert at Haifa University and a former Israeli security official, "
            "said the supply was small.",
            ("Avinoam Idan", "ROLE", "Israel"),
        ),
        (
            "nl",
            "Jan de Vries, hoogleraar in Leiden en voormalig Duits diplomaat, zei dat het klopt.",
            ("Jan de Vries", "ROLE", "Germany"),
        ),
    ],
    ids=["en", "nl"],
)
@pytest.mark.model
def test_coordinated_descriptors_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)
