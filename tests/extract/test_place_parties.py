"""A place is no party to talks or a visit (CONSULT): "traveled to Cleveland" goes somewhere and
consults no one, while a country or a seat of government visited stays a party (issue 18)."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "President Joe Biden traveled to Cleveland on Monday."),
        ("nl", "President Joe Biden reisde maandag naar Cleveland."),
    ],
)
def test_place_parties_a_city_travelled_to_is_no_party(lang, text):
    found = relations(text, lang)
    assert not any(t == "CONSULT" for _, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "President Joe Biden visited Beijing on Monday."),
        ("nl", "President Joe Biden bracht maandag een bezoek aan Peking."),
        ("en", "President Joe Biden traveled to Beijing on Monday for talks."),
        ("nl", "President Joe Biden reisde maandag naar Peking voor overleg."),
    ],
)
def test_place_parties_a_seat_of_government_stays_a_party(lang, text):
    """A capital visited, or travelled to for a meeting, is a party to the visit."""
    found = relations(text, lang)
    assert ("Joe Biden", "CONSULT", "Beijing") in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "Bondskanselier Angela Merkel vloog dinsdag naar Parijs."),
        ("en", "Foreign Minister Wang Yi travelled to Moscow on Wednesday."),
        ("en", "Chancellor Angela Merkel flew to Paris on Tuesday."),
    ],
)
def test_place_parties_a_bare_trip_to_a_capital_consults_no_one(lang, text):
    """reizen, vliegen, travel, fly: going to a capital meets no one there (a visit does, and a
    trip made for talks; see test_trips.py)."""
    found = relations(text, lang)
    assert not any(t == "CONSULT" for _, t, _ in found), sorted(found)
