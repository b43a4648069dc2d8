"""Issue 18 item 4 (dates7): a sentence that names an actor of a news lead (the first paragraph
after the headline) goes on with that story over the paragraph break after it, so its act takes
the lead's time; a new paragraph about other actors, or after a text that opens without a
headline, does not (tests/extract/test_mode_and_time.py keeps those). End to end on sentences
written for the tests, in an article of Sunday 7 December 2025 (Friday is the 5th)."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

SUNDAY = "2025-12-07"


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, key",
    [
        (
            "en",
            "NATO reports no casualties after attack on base\n\n"
            "NATO said in a statement on Friday that an attack on a base near Mosul caused no "
            "casualties.\n\nNATO praised the Red Cross for its quick help.",
            ("NATO", "SUPPORT", "Red Cross"),
        ),
        (
            "nl",
            "NAVO meldt geen slachtoffers na aanval op basis\n\n"
            "De NAVO heeft vrijdag in een verklaring laten weten dat een aanval op een basis bij "
            "Mosul geen slachtoffers eiste.\n\nDe NAVO prees het Rode Kruis om de snelle hulp.",
            ("NATO", "SUPPORT", "Red Cross"),
        ),
    ],
)
def test_the_same_actor_in_the_next_paragraph_keeps_the_day(lang, text, key):
    found = typed(text, lang, SUNDAY)
    assert key in found, sorted(found)
    assert (found[key]["date"], found[key]["date_source"]) == ("2025-12-05", "text")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, key",
    [
        (
            "en",
            "NATO reports no casualties after attack on base\n\n"
            "NATO said in a statement on Friday that an attack on a base near Mosul caused no "
            "casualties.\n\nThe European Union praised the Red Cross for its quick help.",
            ("European Union", "SUPPORT", "Red Cross"),
        ),
        (
            "nl",
            "NAVO meldt geen slachtoffers na aanval op basis\n\n"
            "De NAVO heeft vrijdag in een verklaring laten weten dat een aanval op een basis bij "
            "Mosul geen slachtoffers eiste.\n\nDe Europese Unie prees het Rode Kruis om de snelle "
            "hulp.",
            ("European Union", "SUPPORT", "Red Cross"),
        ),
    ],
)
def test_other_actors_in_the_next_paragraph_take_no_day(lang, text, key):
    found = typed(text, lang, SUNDAY)
    assert key in found, sorted(found)
    assert found[key]["date_source"] == "document"
