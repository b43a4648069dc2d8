"""Issue 18 (evtype12): "along" is a place preposition in English, as "langs" is in Dutch, so a
deployment is aimed at the place it is made along ("the build-up of launchers along the border
with Israel"). "around" is not: "the scandals around Boris Johnson" are about him, not a place."""

from __future__ import annotations

import pytest

from extract.grammar.argument_words import load_grammar
from tests.extract.extraction_helpers import relations


def test_along_marks_a_place_in_both_languages():
    en, nl = load_grammar("en").prepositions, load_grammar("nl").prepositions
    assert "along" in en.place and "around" not in en.place
    assert "langs" in nl.place


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hezbollah's build-up of rocket launchers along the border with Israel alarmed "
            "the peacekeepers.",
            ("Hezbollah", "MOBILIZE", "Israel"),
        ),
    ],
    ids=["along"],
)
def test_a_deployment_is_aimed_at_the_place_along(text, expected):
    found = relations(text, "en")
    assert expected in found, sorted(found)
