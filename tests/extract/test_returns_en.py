"""Issue 18 (evtype12): returning property or territory is RETREAT in PLOVER (CAMEO 0842, the
return of property), for artefacts and land as for artwork and captives already: the phrase
types the verb, so the act holds with the confidence of a phrase, not only as the weak reading
of "return" alone (which is mostly travel: "returned to Kabul")."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Belgium returned 80 wooden artefacts to Rwanda on Monday, decades after they were "
            "taken from Kigali.",
            ("Belgium", "RETREAT", "Rwanda"),
        ),
        (
            "France returned the land to Algeria in 1962, decades after it was seized.",
            ("France", "RETREAT", "Algeria"),
        ),
    ],
    ids=["artefacts", "land"],
)
def test_returned_property_is_retreat(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)
    assert found[expected]["confidence"] >= 0.5
