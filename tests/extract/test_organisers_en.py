"""Issue 18 (evtype12): a group "organised by" an organisation acts for it, as one "led by" it
does (leading.en.tsv): the organiser is the actor of the collective act (PLOVER PROTEST)."""

from __future__ import annotations

import pytest

from extract.grammar.argument_words import load_grammar
from tests.extract.extraction_helpers import typed


def test_organise_makes_a_group_act_for_its_organiser():
    leading = load_grammar("en").leading
    assert {"organised", "organized", "led"} <= leading


@pytest.mark.model
def test_protesters_organised_by_a_union_are_the_unions_protest():
    text = "Nurses organised by the Royal College of Nursing walked out on the NHS on Monday."
    found = typed(text, "en")
    assert ("Royal College of Nursing", "PROTEST", "NHS") in found, sorted(found)
