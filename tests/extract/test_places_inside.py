"""Task inplace1: a place named right after another place's name by the narrow preposition
("Tomsk in Siberia", "van Tomsk in Siberië", "near Dolgellau in Gwynedd", "Zhuhai in China's
Guangdong Province") lies in it, whatever the knowledge base knows of the two, when the parser
hung the phrase elsewhere; not a site after an article or "at", nor a person. End to end on
sentences of our own in both languages."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of, relations


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # two places the knowledge base knows, neither a country nor a first-level region (its
        # label "Siberia" for "Siberië")
        ("en", "The plane was flying from Tomsk in Siberia to Moscow.", ("Tomsk", "Siberia")),
        ("nl", "De vlucht van Tomsk in Siberië naar Moskou werd geschrapt.", ("Tomsk", "Siberia")),
        # two places it knows neither of
        (
            "en",
            "A fire broke out at a hotel near Dolgellau in Gwynedd, Wales.",
            ("Dolgellau", "Gwynedd"),
        ),
        # a country's name owning the place ("X in Y's Z Province")
        (
            "en",
            "Doctors treated patients in Zhuhai in China's Guangdong Province last week.",
            ("Zhuhai", "Guangdong Province"),
        ),
    ],
)
def test_a_place_named_right_after_another_holds_it(lang, text, expected):
    found = relations(text, lang)
    assert (expected[0], "LOCATED_IN", expected[1]) in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The leaders met in Athens at the Zappeion Hall on Thursday."),
        ("nl", "De leiders kwamen donderdag bijeen in Athene in het Zappeion."),
    ],
)
def test_a_site_after_a_town_does_not_hold_it(lang, text):
    found = relations(text, lang)
    assert not any(s.startswith("Athen") and t == "LOCATED_IN" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text, person",
    [
        ("en", "Police arrested Maria Kowalski in Siberia on Monday.", "Maria Kowalski"),
        ("nl", "De politie arresteerde Maria Kowalski maandag in Siberië.", "Maria Kowalski"),
    ],
)
def test_a_person_is_placed_in_no_place(lang, text, person):
    found = relations(text, lang)
    assert not any(s == person and t == "LOCATED_IN" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "text, place, owner",
    [
        # the model types the name before the noun a person or a body; the owner makes it a place
        (
            "A bomb hit a base in the centre of Afghanistan's Maidan Wardak province.",
            "Maidan Wardak",
            "Afghanistan",
        ),
        (
            "The protest camp formed in Seattle's Capitol Hill neighborhood last week.",
            "Capitol Hill",
            "Seattle",
        ),
    ],
)
def test_a_place_noun_named_and_owned_by_a_place_lies_in_it(text, place, owner):
    found = relations(text, "en")
    assert (place, "LOCATED_IN", owner) in found, sorted(found)
    # the owner lies in no place the noun's own name names
    assert (owner, "LOCATED_IN", place) not in found, sorted(found)


@pytest.mark.parametrize(
    "text, place, holder",
    [
        # the model read the town after "city of" as an organisation, so it lay in no state
        (
            "A gas pipe burst in the US city of White Plains, New York, on Friday.",
            "White Plains",
            "New York State",
        ),
    ],
)
def test_a_name_after_a_place_noun_and_of_is_a_place(text, place, holder):
    assert (place, "LOCATED_IN", holder) in relations(text, "en")


@pytest.mark.parametrize(
    "lang, text, name",
    [
        # a building of an organisation is no unit of land: its owner is no place
        ("en", "Drones struck a base of Kataib Sayyid al-Shuhada in Iraq.", "Kataib"),
        ("nl", "Er brak brand uit in de fabriek van Kaldor Chemie in Geleen.", "Kaldor Chemie"),
    ],
)
def test_a_name_after_a_building_noun_and_of_is_no_place(lang, text, name):
    entities = records_of(text, lang)["entities"]
    places = [e["label"] for e in entities if name in e["label"] and e["type"] == "LOCATION"]
    assert not places, entities


def test_a_name_after_a_land_unit_and_of_is_a_place():
    found = relations("A fire broke out in the town of Kaldorwick, Yorkshire, on Monday.", "en")
    assert ("Kaldorwick", "LOCATED_IN", "Yorkshire") in found, sorted(found)
