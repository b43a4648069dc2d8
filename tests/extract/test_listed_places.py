"""A place told inside a list of places lies in each of them, and a container told before a
list of names holds each name of it: extract/components/relations/places.py
(`PlaceRelations._listed_places`). A list needs its coordinator, and a name placed by a phrase
of its own keeps that place."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations


@pytest.mark.model
def test_listed_places_each_container_of_a_list_holds_the_place():
    found = relations("Fishermen on Lake Victoria in Uganda, Kenya and Tanzania protested.", "en")
    for country in ("Uganda", "Kenya", "Tanzania"):
        assert ("Victoria", "LOCATED_IN", country) in found, sorted(found)


@pytest.mark.parametrize(
    "text, names, container",
    [
        (
            "Australian store chains Woolworths and Coles raised their prices.",
            ("Woolworths Group", "Coles Group"),
            "Australia",
        ),
        (
            "The study was paid for by the United States' Department of Energy, National Science "
            "Foundation, and Office of Naval Research.",
            ("National Science Foundation", "Office of Naval Research"),
            "United States",
        ),
    ],
    ids=["adjective-on-the-noun", "possessor-of-the-first"],
)
@pytest.mark.model
def test_listed_places_a_container_before_a_list_holds_each_name(text, names, container):
    found = relations(text, "en")
    for name in names:
        assert (name, "LOCATED_IN", container) in found, sorted(found)


@pytest.mark.model
def test_listed_places_a_name_with_a_place_of_its_own_keeps_it():
    """'Kharkiv in Ukraine and Belgorod in Russia': Belgorod is not in Ukraine."""
    found = relations("Drones struck Kharkiv in Ukraine and Belgorod in Russia.", "en")
    assert ("Kharkiv", "LOCATED_IN", "Ukraine") in found, sorted(found)
    assert ("Belgorod", "LOCATED_IN", "Ukraine") not in found, sorted(found)
    assert ("Kharkiv", "LOCATED_IN", "Russia") not in found, sorted(found)


@pytest.mark.model
def test_listed_places_a_name_with_its_own_article_opens_a_phrase_of_its_own():
    """'the French Order of Merit' after 'the US Medal of Honor': not in the United States."""
    found = relations(
        "She received the US National Medal of Science, and the French Legion of Honour.", "en"
    )
    assert ("National Medal of Science", "LOCATED_IN", "United States") in found, sorted(found)
    assert not any(
        s == "French Legion of Honour" and t == "LOCATED_IN" and o == "United States"
        for s, t, o in found
    ), sorted(found)


@pytest.mark.parametrize(
    "text, lang, first, other, container",
    [
        (
            "The French carmaker Renault and Nissan announced a new alliance.",
            "en",
            "Renault",
            "Nissan",
            "France",
        ),
        (
            "De Nederlandse bank ING en Deutsche Bank deelden gegevens.",
            "nl",
            "ING",
            "Deutsche Bank",
            "Netherlands",
        ),
    ],
)
@pytest.mark.model
def test_listed_places_a_singular_noun_is_the_first_name_s_alone(
    text, lang, first, other, container
):
    """'The French carmaker Renault and Nissan': only a plural noun ('store chains') describes
    the whole list."""
    found = relations(text, lang)
    assert (first, "LOCATED_IN", container) in found, sorted(found)
    assert (other, "LOCATED_IN", container) not in found, sorted(found)
