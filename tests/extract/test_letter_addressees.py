"""Issue 17 (prepchain): "in a letter to X, Y said", "in een brief aan X schreef Y", "in a message
to X", "in een verklaring tegenover X": the addressee of a letter, message or statement in a phrase
of the speech verb is whom the speaker speaks to, as after "in remarks to"
(speechadjuncts.<lang>.tsv, kind noun). All sentences written for this test."""

from __future__ import annotations

import pytest

from extract.grammar.argument_words import load_grammar
from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    "lang, word, preposition",
    [
        ("en", "letter", "to"),
        ("en", "message", "to"),
        ("en", "statement", "to"),
        ("nl", "brief", "aan"),
        ("nl", "bericht", "aan"),
        ("nl", "verklaring", "tegenover"),
    ],
)
def test_a_letter_names_its_addressee(lang, word, preposition):
    assert preposition in load_grammar(lang).speech_adjuncts[("noun", word)]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "In a letter to Trump, Macron said that France would not pay."),
        ("nl", "In een brief aan Trump schreef Macron dat Frankrijk niet zou betalen."),
        ("en", "In a message to Trump, Macron said that France would not pay."),
        ("nl", "In een verklaring tegenover Trump zei Macron dat Frankrijk niet zou betalen."),
    ],
)
def test_letter_addressee_end_to_end(lang, text):
    found = typed(text, lang)
    assert ("Emmanuel Macron", "STATEMENT", "Donald Trump") in found
    # what the letter says is no addressee
    assert ("Emmanuel Macron", "STATEMENT", "France") not in found


@pytest.mark.model
def test_a_letter_sent_is_still_the_verbs_own_act():
    found = typed("Macron sent a letter to Trump.", "en")
    assert ("Emmanuel Macron", "STATEMENT", "Donald Trump") not in found
