"""A protest at a country's premises is aimed at that country ("outside the embassy of Sweden",
"bij de ambassade van Zweden"), unlike one in a country's or city's streets: PROTEST's place
phrase names whom it is aimed at only for an organisation or person, or for premises (the
``sites`` lexicon) that a country owns."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import assert_typed_only, relations


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "Greenpeace demonstrated outside the embassy of Norway on Friday.",
            ("Greenpeace", "PROTEST", "Norway"),
        ),
        (
            "nl",
            "Greenpeace demonstreerde vrijdag bij de ambassade van Noorwegen.",
            ("Greenpeace", "PROTEST", "Norway"),
        ),
    ],
)
def test_protest_at_a_countrys_premises(lang: str, text: str, expected: tuple) -> None:
    assert_typed_only(text, lang, expected)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Greenpeace demonstrated in Oslo on Friday."),
        ("nl", "Greenpeace demonstreerde vrijdag in Oslo."),
    ],
)
def test_protest_in_a_place_is_not_against_it(lang: str, text: str) -> None:
    assert not [r for r in relations(text, lang) if r[1] == "PROTEST"]
