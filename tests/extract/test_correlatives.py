"""A noun that opens a correlative pair ("zowel X als Y") which the parser left as a loose
``dep`` of the verb is the verb's object, and so is the member coordinated with it
(extract/grammar/syntax.py ``_correlative_objects``): a hand-built Dutch parse as the model
makes it, then end to end."""

from __future__ import annotations

import pytest

from extract.grammar.syntax import UD, objects
from tests.extract.extraction_helpers import parse, relations

# "Daarna gaf Piet, een woordvoerder, zowel Spanje als Portugal de schuld": "Spanje" a ``dep``
# of the verb, "Portugal" its conjunct
NL_LOOSE_PAIR = """
Daarna 1 advmod ADV
gaf 1 ROOT VERB geven
Piet 1 nsubj PROPN
, 5 punct PUNCT
een 5 det DET
woordvoerder 2 appos NOUN
, 8 punct PUNCT
zowel 8 cc:preconj CCONJ
Spanje 1 dep PROPN
als 10 cc SCONJ
Portugal 8 conj PROPN
de 12 det DET
schuld 1 obj NOUN
"""

# the same without "zowel": a loose ``dep`` is no object
NL_LOOSE_NO_PAIR = """
Daarna 1 advmod ADV
gaf 1 ROOT VERB geven
Piet 1 nsubj PROPN
Spanje 1 dep PROPN
de 5 det DET
schuld 1 obj NOUN
"""


def texts(tokens):
    return [t.text for t in tokens]


def test_correlatives_a_loose_pair_after_the_verb_is_its_object():
    doc = parse(NL_LOOSE_PAIR)
    assert texts(objects(doc[1], UD)) == ["Spanje", "Portugal", "schuld"]


def test_correlatives_a_loose_noun_without_the_pair_is_no_object():
    doc = parse(NL_LOOSE_NO_PAIR)
    assert texts(objects(doc[1], UD)) == ["schuld"]


@pytest.mark.model
def test_correlatives_both_members_take_the_act_end_to_end():
    found = relations(
        "In een verklaring gaf Piet Jansen, een woordvoerder van de partij, zowel Israël als de "
        "Verenigde Staten de schuld van de aanval.",
        "nl",
    )
    assert ("Piet Jansen", "ACCUSE", "Israel") in found, sorted(found)
    assert ("Piet Jansen", "ACCUSE", "United States") in found, sorted(found)
