"""A capital as the subject of a phrase the lexicon says is no act stays the place: "Helsinki
wouldn't make sense" judges an idea, and the typed lemma "make" does not make Helsinki the
Finnish government (issue 19); "Helsinki made a threat" still does. Hand-built ClearNLP parses,
then end to end on our own sentences."""

from __future__ import annotations

import pytest

from tests.extract.test_metonyms import _entities, _slots

EN_MAKE_SENSE = """
Helsinki 3 nsubj PROPN
would 3 aux AUX
n't 3 neg PART
make 3 ROOT VERB make
sense 3 dobj NOUN sense
. 3 punct PUNCT
"""

EN_MADE_A_THREAT = """
Helsinki 1 nsubj PROPN
made 1 ROOT VERB make
a 3 det DET
threat 1 dobj NOUN threat
. 1 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows, expected",
    [
        (EN_MAKE_SENSE, {"Helsinki": False}),  # a phrase that is no act
        (EN_MADE_A_THREAT, {"Helsinki": True}),  # a phrase that is an act
    ],
)
def test_metonyms_a_phrase_that_is_no_act_makes_no_government(rows, expected):
    assert _slots(rows, "en") == expected


@pytest.mark.model
def test_metonyms_a_capital_that_makes_no_sense_stays_the_place_end_to_end():
    found = _entities("A summit in Oslo was planned, but Helsinki wouldn't make sense.", "en")
    assert ("Helsinki", "Helsinki", "LOCATION") in found
    assert not any(label == "Finland" for _, label, _ in found)
