"""A place whose name a country's adjective modifies lies in that country ("het Ierse Cork", as
"de Turkse ambassade" is an organisation of Turkey): extract/components/relations/places.py.
The adjective must be on the name itself."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Er woedde vorig jaar een brand in het Ierse Cork.", ("Cork", "LOCATED_IN", "Ireland")),
        (
            "De familie was bij de plechtigheid op het Spaanse Mallorca.",
            ("Majorca", "LOCATED_IN", "Spain"),
        ),
    ],
    ids=["cork", "mallorca"],
)
@pytest.mark.model
def test_adjective_places_a_country_adjective_on_a_place_name(text, expected):
    found = relations(text, "nl")
    assert expected in found, sorted(found)


@pytest.mark.model
def test_adjective_places_an_adjective_on_another_noun_places_nothing():
    """'de Ierse schrijver in Parijs': the adjective is the writer's, not the city's."""
    found = relations("De Ierse schrijver woonde jarenlang in Parijs.", "nl")
    assert not any(t == "LOCATED_IN" for _, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "De Berlijnse stichting Artists for Justice betaalde de vlucht.",
            "nl",
            ("Artists for Justice", "LOCATED_IN", "Berlin"),
        ),
        (
            "Volgens de Californische reddingsdienst RescueCal brandde het bos af.",
            "nl",
            ("RescueCal", "LOCATED_IN", "California"),
        ),
        (
            "The Californian rescue service RescueCal said the forest burned.",
            "en",
            ("RescueCal", "LOCATED_IN", "California"),
        ),
    ],
    ids=["berlijnse-stichting", "californische-dienst", "californian-service"],
)
@pytest.mark.model
def test_adjective_places_a_state_or_town_adjective_places_an_organisation(text, lang, expected):
    """As a country's adjective does ("de Duitse stichting X"), and as "a Berlin-based
    non-profit" does in English; the state, never its country."""
    found = relations(text, lang)
    assert expected in found, sorted(found)
    assert not any(t == "LOCATED_IN" and c == "United States" for _, t, c in found), sorted(found)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("De patiënt werd vanuit de Siberische stad Tomsk naar Moskou gevlogen.", "nl"),
        ("The patient was flown from the Siberian city of Tomsk to Moscow.", "en"),
    ],
    ids=["nl", "en"],
)
@pytest.mark.model
def test_adjective_places_a_region_adjective_places_the_town_and_is_placed_by_nothing(text, lang):
    found = relations(text, lang)
    assert ("Tomsk", "LOCATED_IN", "Siberia") in found, sorted(found)
    assert not any(s == "Siberia" and t == "LOCATED_IN" for s, t, _ in found), sorted(found)


@pytest.mark.model
def test_adjective_places_a_continents_adjective_places_no_organisation():
    found = relations("De Europese toezichthouder Banqua waarschuwde de banken.", "nl")
    assert not any(t == "LOCATED_IN" for _, t, _ in found), sorted(found)
