"""Datelines are not actors (issue 17 item 9): "MOSKOU (ANP/RTR) - Poetin ..." keeps the dateline
a sentence of its own, so the city is never the subject of the story's first sentence."""

from __future__ import annotations

import pytest
import spacy

from extract.components.paragraphs import make_doc, mark_sentences
from tests.extract.extraction_helpers import relations


def sentences(text: str, lang: str = "nl") -> list[str]:
    nlp = spacy.blank(lang)
    doc = mark_sentences(make_doc(nlp, text))
    return [s.text.strip() for s in doc.sents]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "MOSKOU (ANP/RTR) - Poetin sprak dinsdag met Witkoff.",
            ["MOSKOU (ANP/RTR) -", "Poetin sprak dinsdag met Witkoff."],
        ),
        (
            "Kop van het stuk\n\nDEN HAAG (ANP) – Het kabinet valt.",
            ["Kop van het stuk", "DEN HAAG (ANP) –", "Het kabinet valt."],
        ),
        (
            "WASHINGTON — The Senate voted on Tuesday.",
            ["WASHINGTON —", "The Senate voted on Tuesday."],
        ),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a dash inside a sentence, even after capitals or a bracket, is no dateline
        "Volgens de NAVO - en de EU - is dat zo.",
        "Hij zei dat de VVD (ANP) - niets wist.",
        # capitals that do not start the line
        "De bond FNV (vakbond) - niet de werkgevers - staakt.",
    ],
)
def test_a_dash_in_a_sentence_is_no_dateline(text):
    assert sentences(text) == [text]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "nl",
            "MOSKOU (ANP/RTR) - Vladimir Poetin heeft dinsdag Steve Witkoff ontvangen in het "
            "Kremlin.",
        ),
        ("en", "MOSCOW (Reuters) - Putin met Steve Witkoff in the Kremlin on Tuesday."),
    ],
)
def test_the_dateline_city_is_no_actor(lang, text):
    found = relations(text, lang)
    assert not [r for r in found if "Moscow" in (r[0], r[2])], sorted(found)
    assert ("Vladimir Putin", "CONSULT", "Steve Witkoff") in found, sorted(found)
