"""Dutch "zei tegenover X", as "zei tegen X": whom a speaker tells something ("told X"), also
before the verb ("Tegenover het persbureau Reuters zei ..."); a STATEMENT to X. "Tegenover"
between two nouns ("het hotel tegenover het museum") says where, and gives no relation. All
sentences written for this test."""

from __future__ import annotations

import pytest

from extract.grammar.argument_words import load_grammar
from tests.extract.extraction_helpers import typed


def test_tegenover_marks_an_addressee():
    assert "tegenover" in load_grammar("nl").prepositions.addressee


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Jan de Vries zei tegenover Reuters dat hij blij was.",
        'Tegenover het Britse persbureau Reuters zei Jan de Vries: "Wij zijn blij."',
    ],
)
def test_a_speaker_tells_the_outlet(text):
    assert ("Jan de Vries", "STATEMENT", "Reuters") in typed(text, "nl")


@pytest.mark.model
def test_a_place_opposite_is_no_addressee():
    found = typed("Het hotel tegenover het Rijksmuseum werd door Jan de Vries gekocht.", "nl")
    assert not [k for k in found if k[1] == "STATEMENT"], found
