"""Issue 18 (evtype12): English refusals the CAMEO-derived phrases missed or typed otherwise:
barring a group's entry is REJECT by the PLOVER manual (CAMEO coded "refuse entry" as a
protest), and "brushed aside" / "brushed off" a demand or offer is a refusal like "turned down"."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hungary refused entry to a delegation of the European Commission on Monday.",
            ("Hungary", "REJECT", "European Commission"),
        ),
        (
            "Peru brushed aside a demand from Chile for new talks on the maritime border.",
            ("Peru", "REJECT", "Chile"),
        ),
        (
            "Venezuela brushed off Brazil's offer on Tuesday.",
            ("Venezuela", "REJECT", "Brazil"),
        ),
    ],
    ids=["refuse-entry", "brush-aside", "brush-off"],
)
def test_refusals_are_reject(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)
    assert not [
        k for k in found if (k[0], k[2]) == (expected[0], expected[2]) and k[1] == "PROTEST"
    ]
