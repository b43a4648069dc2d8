"""One elected to a body holds a seat in it: "X was elected to the Senate", "X werd gekozen in de
Tweede Kamer" give ROLE from X to the body (offices rows "elect to", "kiezen in"), as "X served
in the House" does. The seat is the elected person's, not the voters': the subject of the
passive, or the person an active "elect" takes as its object. A place after the verb ("werd in
Utrecht gekozen") is no body. All sentences written for this test."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Mara Quist was elected to the Rajya Sabha, the upper house, in 1969.",
            ("Mara Quist", "ROLE", "Rajya Sabha"),
        ),
        (
            "en",
            "Tom Breck was also elected to the House of Representatives for two terms.",
            ("Tom Breck", "ROLE", "House of Representatives"),
        ),
        (
            "nl",
            "Mara Quist werd gekozen in de Rajya Sabha, het hogerhuis.",
            ("Mara Quist", "ROLE", "Rajya Sabha"),
        ),
        (
            "nl",
            "Tom Breck werd in 2010 verkozen in de Tweede Kamer.",
            ("Tom Breck", "ROLE", "Tweede Kamer"),
        ),
    ],
    ids=["en-elected", "en-also", "nl-gekozen", "nl-verkozen"],
)
def test_one_elected_to_a_body_holds_a_seat_in_it(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.model
def test_the_seat_is_the_elected_persons_not_the_voters():
    found = relations("Ann Vega elected Tom Breck to the Senate in 2010.", "en")
    assert ("Tom Breck", "ROLE", "Senate") in found, sorted(found)
    assert ("Ann Vega", "ROLE", "Senate") not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Tom Breck was elected in Ohio in 2010."),
        ("nl", "Tom Breck werd in Utrecht gekozen."),
    ],
    ids=["en", "nl"],
)
def test_elected_in_a_place_is_no_role(lang, text):
    found = relations(text, lang)
    assert not [r for r in found if r[1] == "ROLE"], sorted(found)
