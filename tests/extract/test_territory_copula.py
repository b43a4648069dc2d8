"""Issue 18 (nlprec2): "Guam is een Amerikaans territorium" places Guam in the United States; the
copula's subject is the place the country word on the place noun places, never the other way
round (end to end on sentences of our own)."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_a_territory_said_with_a_copula_lies_in_its_country_only() -> None:
    found = typed("Guam is een Amerikaans territorium in de Stille Oceaan.", "nl")
    assert ("Guam", "LOCATED_IN", "United States") in found, sorted(found)
    assert ("United States", "LOCATED_IN", "Guam") not in found, sorted(found)
