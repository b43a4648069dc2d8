"""A light verb's event noun whose own target phrase the parser hung on the verb ("Rusland sprak
zijn veto uit over een resolutie van Frankrijk": "over" on "sprak ... uit", where it marks what the
veto is over) is aimed at that phrase's names, as "vetoed France's resolution" is; not where the
verb names someone else it acts on, whose act the phrase only gives a reason for."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rusland sprak zijn veto uit over een resolutie van Frankrijk.",
        "Rusland sprak maandag zijn veto uit over een resolutie van Frankrijk in de VN.",
    ],
)
def test_a_veto_over_a_resolution_is_aimed_at_its_author(text: str) -> None:
    found = relations(text, "nl")
    assert ("Russia", "REJECT", "France") in found, sorted(found)


@pytest.mark.model
def test_the_phrase_is_no_target_beside_a_recipient_of_the_verb() -> None:
    found = relations("De EU legde Rusland sancties op over een resolutie van Frankrijk.", "nl")
    assert ("European Union", "SANCTION", "Russia") in found, sorted(found)
    assert not any(r[2] == "France" for r in found), sorted(found)
