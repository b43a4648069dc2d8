"""Whom a speech is addressed to beyond "told X": a body the speaker speaks in or before
("spoke in the Senate", "sprak in de Tweede Kamer": docs/annotation.md, settled case "A speech
to a body"), and a news outlet the speaker talks with or speaks on ("spoke with the BBC",
"spoke on Fox News", "zei op de zender X"): an interview, a STATEMENT to the outlet, not a
CONSULT. A place spoken in, a person spoken with and a platform spoken on are no addressees.
All sentences written for this test."""

from __future__ import annotations

import pytest

from extract.grammar.argument_words import load_grammar
from tests.extract.extraction_helpers import typed


def test_speaking_has_venues():
    assert "in" in load_grammar("en").speech_adjuncts[("venue", "speak")]
    assert "in" in load_grammar("nl").speech_adjuncts[("venue", "spreken")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, speaker, body",
    [
        (
            "John Marsh spoke in the United States Senate on Tuesday.",
            "en",
            "John Marsh",
            "United States Senate",
        ),
        (
            "Speaking in the Legislative Council, Governor John Marsh was interrupted.",
            "en",
            "John Marsh",
            "Legislative Council",
        ),
        (
            "Jan de Vries sprak in de Tweede Kamer, maar werd daar onderbroken.",
            "nl",
            "Jan de Vries",
            "Tweede Kamer",
        ),
    ],
)
def test_a_speech_in_a_body_is_addressed_to_it(text, lang, speaker, body):
    found = typed(text, lang)
    assert (speaker, "STATEMENT", body) in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["John Marsh spoke in Ohio on Tuesday.", "John Marsh spoke with Ann Lake about the campaign."],
)
def test_a_place_or_a_person_spoken_with_is_no_outlet_nor_body(text):
    found = typed(text, "en")
    assert not [k for k in found if k[1] == "STATEMENT"], sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, speaker, outlet",
    [
        ('Senator John Marsh spoke on Fox News, "This will fail."', "en", "John Marsh", "Fox News"),
        ("Senator John Marsh spoke with the BBC about the campaign.", "en", "John Marsh", "BBC"),
        ("Jan de Vries sprak met de NOS over de verkiezingen.", "nl", "Jan de Vries", "NOS"),
    ],
)
def test_talking_with_an_outlet_is_a_statement_to_it(text, lang, speaker, outlet):
    found = typed(text, lang)
    assert (speaker, "STATEMENT", outlet) in found, sorted(found)
    assert (speaker, "CONSULT", outlet) not in found, sorted(found)


@pytest.mark.model
def test_observed_is_a_speech_verb():
    found = typed('In remarks to the BBC, John Marsh observed, "This is new."', "en")
    assert ("John Marsh", "STATEMENT", "BBC") in found, sorted(found)
