"""Dutch acts whose addressee stands after 'bij' (evtype16, issue 18): an apology, a plea, a
complaint made to someone is aimed at them, while a protest 'bij' a site stays a protest there;
debt written off is aid and a pat on the back ('een pluim') is praise."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Premier Mark Rutte verontschuldigde zich woensdag bij Indonesië voor het geweld.",
            ("Mark Rutte", "CONCEDE", "Indonesia"),
        ),
        (
            "Nederland lobbyde vorige maand bij de Europese Commissie voor uitstel van de regels.",
            ("Netherlands", "REQUEST", "European Commission"),
        ),
        (
            "Griekenland klopte vorige week aan bij het IMF voor een nieuwe lening.",
            ("Greece", "REQUEST", "International Monetary Fund"),
        ),
        (
            "Duitsland klaagde maandag bij de Europese Commissie over Chinese subsidies.",
            ("Germany", "ACCUSE", "European Commission"),
        ),
        (
            "Japan schreef vorig jaar een groot deel van de schulden van Sri Lanka af.",
            ("Japan", "AID", "Sri Lanka"),
        ),
        (
            "De Europese Commissie gaf Portugal een pluim voor zijn begroting.",
            ("European Commission", "SUPPORT", "Portugal"),
        ),
    ],
)
def test_dutch_act_aimed_at_whom_it_is_made_to(text, expected):
    found = typed(text, "nl")
    assert expected in found, sorted(found)


def test_a_protest_at_a_site_stays_a_protest():
    """'bij het hoofdkantoor van Shell' is where Greenpeace protested, not whom it accused."""
    found = typed("Greenpeace protesteerde bij het hoofdkantoor van Shell in Londen.", "nl")
    assert ("Greenpeace", "PROTEST", "Shell") in found, sorted(found)
    assert ("Greenpeace", "ACCUSE", "Shell") not in found, sorted(found)


def test_pleading_guilty_before_a_court_is_no_request():
    """'pleitte bij de rechtbank schuldig' is a plea of guilt, not an appeal to the court."""
    found = typed(
        "De Malinese rebel Ahmad al-Faqi pleitte bij het Internationaal Strafhof schuldig aan de "
        "vernieling van graftombes.",
        "nl",
    )
    assert not [k for k in found if k[1] == "REQUEST"], sorted(found)
