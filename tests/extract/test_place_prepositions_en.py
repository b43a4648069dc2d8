"""Issue 18 (evtype12): "along" and "around" are place prepositions in English, as "langs" and
"rond" are in Dutch, so a deployment is aimed at the place it is made along or around ("the
build-up of launchers along the border with Israel", "the deployment of warships around
Taiwan")."""

from __future__ import annotations

import pytest

from extract.grammar.argument_words import load_grammar
from tests.extract.extraction_helpers import relations


def test_along_and_around_mark_a_place_in_both_languages():
    en, nl = load_grammar("en").prepositions, load_grammar("nl").prepositions
    assert {"along", "around"} <= en.place
    assert {"langs", "rond"} <= nl.place


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hezbollah's build-up of rocket launchers along the border with Israel alarmed "
            "the peacekeepers.",
            ("Hezbollah", "MOBILIZE", "Israel"),
        ),
        (
            "Azerbaijan's deployment of artillery around Stepanakert worried Armenia.",
            ("Azerbaijan", "MOBILIZE", "Stepanakert"),
        ),
    ],
    ids=["along", "around"],
)
def test_a_deployment_is_aimed_at_the_place_along_or_around(text, expected):
    found = relations(text, "en")
    assert expected in found, sorted(found)
