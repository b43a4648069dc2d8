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
