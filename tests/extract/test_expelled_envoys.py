"""Expelling a state's diplomats reduces relations with that state (PLOVER SANCTION), told by
the noun as by the verb ("de uitzetting van twee diplomaten van X door Y"); the expulsion of a
person who is no envoy stays COERCE."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import assert_typed_only


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "De uitzetting van twee diplomaten van Rusland door Noorwegen volgde op een onderzoek.",
            ("Norway", "SANCTION", "Russia"),
        ),
        (
            "De uitzetting van de ambassadeur van Wit-Rusland door Polen kwam na de verkiezingen.",
            ("Poland", "SANCTION", "Belarus"),
        ),
        (
            "De uitzetting van de journalist Piet Smit door Rusland leidde tot kritiek.",
            ("Russia", "COERCE", "Piet Smit"),
        ),
    ],
)
def test_dutch_expulsion_of_envoys_is_a_sanction_of_a_person_coercion(text, expected):
    assert_typed_only(text, "nl", expected)
