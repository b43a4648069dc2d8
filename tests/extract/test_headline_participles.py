"""A headline built on a bare participle reads as a passive (extract/components/headlines.py):
the name before the participle is the one acted on, a "door"/"by" phrase the doer. The
headlines are made up."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def _between(found: dict, first: str, second: str) -> list[tuple[str, str, str]]:
    return [key for key in found if {key[0], key[2]} == {first, second}]


def test_dutch_headline_participle_hung_on_the_name_makes_it_the_one_attacked() -> None:
    found = typed("Rusland door Oekraïne aangevallen\n\nKIEV - Het is oorlog.", "nl")
    assert _between(found, "Russia", "Ukraine") == [("Ukraine", "ASSAULT", "Russia")]


def test_dutch_headline_door_phrase_under_the_subject_is_the_doer() -> None:
    found = typed(
        "Oud-president Jacob Zuma door Zuid-Afrika gearresteerd\n\nJOHANNESBURG - De zaak loopt.",
        "nl",
    )
    assert ("South Africa", "COERCE", "Jacob Zuma") in found
    assert ("Jacob Zuma", "COERCE", "South Africa") not in found


def test_english_headline_past_form_with_by_is_a_passive() -> None:
    found = typed(
        "Jacob Zuma arrested by South African police\n\nJOHANNESBURG - The case goes on.", "en"
    )
    assert ("South Africa", "COERCE", "Jacob Zuma") in found
    assert ("Jacob Zuma", "COERCE", "South Africa") not in found


def test_an_active_headline_keeps_its_doer() -> None:
    found = typed(
        "South African police arrest Jacob Zuma\n\nJOHANNESBURG - The case goes on.", "en"
    )
    assert _between(found, "South Africa", "Jacob Zuma") == [
        ("South Africa", "COERCE", "Jacob Zuma")
    ]
