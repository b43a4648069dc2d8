"""Issue 18 (typing6): pulling out of a country or a body and quitting one are retreats (PLOVER
RETREAT withdraw; announced or planned, CONCEDE), as leaving one is (test_leaving.py): "pulled out
of Iran", whose "out" the parser often takes for the preposition of "out of", and "quit the OAS",
which CAMEO types as easing restrictions. A person quitting a place travels. Sentences written for
this test."""

from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import assert_typed_only, relations, typed


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Siemens pulled out of Peru in 2018.", ("Siemens", "RETREAT", "Peru")),
        ("en", "Carrefour quit Norway after the vote.", ("Carrefour", "RETREAT", "Norway")),
        (
            "en",
            "Venezuela quit the Organization of American States in 2019.",
            ("Venezuela", "RETREAT", "Organization of American States"),
        ),
        ("nl", "Siemens trok zich in 2018 terug uit Peru.", ("Siemens", "RETREAT", "Peru")),
    ],
)
def test_pulling_out_and_quitting_are_retreats(lang, text, expected):
    assert_typed_only(text, lang, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Siemens will pull out of Peru next year.", ("Siemens", "CONCEDE", "Peru")),
        (
            "en",
            "Venezuela said it would quit the Organization of American States.",
            ("Venezuela", "CONCEDE", "Organization of American States"),
        ),
        (
            "nl",
            "Noorwegen wil de NAVO verlaten.",
            ("Norway", "CONCEDE", "NATO"),
        ),
    ],
)
def test_a_planned_pulling_out_is_a_concession(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == "planned"


def test_a_person_quitting_a_place_travels():
    found = relations("Emmanuel Macron quit Berlin on Sunday.", "en")
    assert not [r for r in found if r[1] in ("RETREAT", "CONCEDE")], sorted(found)


def test_quit_is_a_retreat_not_a_concession():
    lexicon = load_lexicon("en")
    assert lexicon.verb_type("quit")[0] == "RETREAT"
    assert lexicon.phrase_type("quit", "obj", "*") == "RETREAT"
    assert lexicon.phrase_type("quit", "obj", "post") == "RETREAT"
    assert lexicon.phrase_type("pull", "prep", "out") == "RETREAT"


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "President Emmanuel Macron withdrew France from the defence treaty with Mali.",
            ("Emmanuel Macron", "RETREAT", "Mali"),
            ("Emmanuel Macron", "SANCTION", "Mali"),
        ),
        (
            "France withdrew its ambassador from Mali.",
            ("France", "SANCTION", "Mali"),
            ("France", "RETREAT", "Mali"),
        ),
    ],
)
def test_withdrawing_ones_own_country_is_a_retreat(text, expected, not_expected):
    # moving one's own country out of a deal with a state is leaving it, as "France withdrew
    # from the treaty with Mali" is; recalling an envoy from a state still cuts ties
    found = typed(text, "en")
    assert expected in found, sorted(found)
    assert not_expected not in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "region"),
    [
        ("en", "Siemens will pull out of the Middle Eastern nation.", "Middle East"),
        ("nl", "Siemens trok zich terug uit het Midden-Oosterse land.", "Middle East"),
    ],
)
def test_a_country_described_by_its_region_is_no_act_on_the_region(lang, text, region):
    found = relations(text, lang)
    assert not [r for r in found if r[2] == region], sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Norway voted to leave the Council of Europe.",
            ("Norway", "CONCEDE", "Council of Europe"),
        ),
        (
            "nl",
            "Siemens heeft aangekondigd zich terug te trekken uit Peru.",
            ("Siemens", "CONCEDE", "Peru"),
        ),
    ],
)
def test_a_vote_or_an_announcement_to_leave_is_a_concession(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == "planned"


def test_an_announcement_that_one_has_left_is_a_retreat():
    found = typed("Siemens heeft aangekondigd dat het zich uit Peru heeft teruggetrokken.", "nl")
    assert ("Siemens", "RETREAT", "Peru") in found, sorted(found)
    assert found[("Siemens", "RETREAT", "Peru")]["mode"] == "asserted"
