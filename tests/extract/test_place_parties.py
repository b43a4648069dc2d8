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
        ("en", "President Joe Biden traveled to Beijing on Monday."),
        ("nl", "President Joe Biden reisde maandag naar Peking."),
    ],
)
def test_place_parties_a_seat_of_government_stays_a_party(lang, text):
    found = relations(text, lang)
    assert ("Joe Biden", "CONSULT", "Beijing") in found, sorted(found)
