"""A bare plural event noun in a clause that says how often such things happen is no event
(``habitual.<lang>.txt``, extract/components/events.py ``EventFinder._habit``): "Fires are common
in Brazil" tells of no one fire there. End to end in both languages."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_a_habit_of_fires_is_no_fire_nl():
    found = typed(
        "Branden komen vaak voor in Brazilië. Overstromingen zijn zeldzaam in Egypte.",
        "nl",
        participants=True,
    )
    assert found == {}, sorted(found)


def test_a_habit_of_fires_is_no_fire_en():
    found = typed("Fires are common in Brazil.", "en", participants=True)
    assert found == {}, sorted(found)


def test_one_fire_in_a_country_is_still_a_fire_nl():
    found = typed(
        "Een brand in Brazilië heeft gisteren een fabriek verwoest.", "nl", participants=True
    )
    assert any(k[1] == "PARTICIPANT" and k[0] == "Brazil" for k in found), sorted(found)
