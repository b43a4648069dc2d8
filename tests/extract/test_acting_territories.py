"""A dependent territory (Hong Kong, Gibraltar, Greenland) is typed LOCATION, as the annotation
guide asks, yet acts as a country does: it is a side of the acts and events it takes part in
(extract/grammar/sides.py). An ordinary city stays a place.

Whole sentences of our own through the pipeline, both languages.
"""

from __future__ import annotations

import pytest

from extract.grammar.sides import is_side
from extract.kb import load_kb
from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    "entity_type, key, side",
    [
        ("LOCATION", "HKG", True),  # a dependent territory
        ("LOCATION", "GIB", True),
        ("LOCATION", "amsterdam", False),  # a city
        ("LOCATION", "ohio_usa", False),  # a state acts only through its office
        ("LOCATION", None, False),  # a place the knowledge base does not know
        ("COUNTRY", "FRA", True),
        ("PERSON", None, True),
        ("EVENT", None, False),
    ],
)
def test_sides_who_may_act(entity_type, key, side):
    assert is_side(entity_type, key, load_kb()) is side


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a territory detains: the detention's owner is its maker
        (
            "Hong Kong's detention of Jan Modder angered Britain.",
            "en",
            ("Hong Kong SAR China", "COERCE", "Jan Modder"),
        ),
        # a territory agrees: both sides of the pact
        (
            "Denmark and Greenland signed a defence pact on Monday.",
            "en",
            ("Denmark", "AGREE", "Greenland"),
        ),
        ("Talks between Greenland and Denmark ended on Monday.", "en", None),
        # a cooperation with a territory is no cooperation with a place (place_as_party)
        (
            "Denmark cooperated with Greenland on fishing.",
            "en",
            ("Denmark", "COOPERATE", "Greenland"),
        ),
        # the Dutch model tags "Hongkong" as a noun: a territory still refuses as a country does
        (
            "Hongkong weigerde maandag het verzoek van China.",
            "nl",
            ("Hong Kong SAR China", "REJECT", "China"),
        ),
        (
            "Hongkong wees het verzoek van Jan Modder af.",
            "nl",
            ("Hong Kong SAR China", "REJECT", "Jan Modder"),
        ),
        (
            "Marokko heeft met Gibraltar een akkoord gesloten over de visserij.",
            "nl",
            ("Morocco", "AGREE", "Gibraltar"),
        ),
        (
            "Hongkong en China sloten maandag een verdrag.",
            "nl",
            ("Hong Kong SAR China", "AGREE", "China"),
        ),
    ],
)
def test_sides_a_territory_acts(text, lang, expected):
    found = typed(text, lang, participants=True)
    if expected is None:  # talks: CONSULT either way, and both take part
        assert {k[1] for k in found if {k[0], k[2]} == {"Greenland", "Denmark"}} == {"CONSULT"}
        assert ("Greenland", "PARTICIPANT", "talks") in found, sorted(found)
        return
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    "text, lang, city",
    [
        ("Spain signed an agreement with Barcelona on Monday.", "en", "Barcelona"),
        ("The mayor of Amsterdam rejected the plan of Jan Modder.", "en", "Amsterdam"),
        ("Amsterdam signed an agreement with Rotterdam on Monday.", "en", "Amsterdam"),
        ("Amsterdam en Rotterdam sloten maandag een verdrag.", "nl", "Amsterdam"),
        ("Jan Modder met Piet Bakker in Kyiv on Monday.", "en", "Kyiv"),
        ("Jan Modder werd maandag in Amsterdam gearresteerd.", "nl", "Amsterdam"),
    ],
)
def test_sides_a_city_stays_a_place(text, lang, city):
    found = typed(text, lang, participants=True)
    acts = [k for k in found if city in (k[0], k[2]) and k[1] != "PARTICIPANT"]
    assert not acts, acts
    # the place of an event, never a side of an agreement
    assert not any(k[0] == city and k[2] == "agreement" for k in found), sorted(found)
