"""A concession that eases or lifts a restriction told as its object is aimed at whom the
restriction was aimed at (issue 18, PLOVER CONCEDE: easing restrictions): "versoepelde de blokkade
van Armenië" is a concession to Armenia, not a stance on the blockade; allowing an act that
restricts nobody concedes nothing to the names inside it."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("nl", "Turkije versoepelde maandag de blokkade van Armenië.", ("Türkiye", "Armenia")),
        (
            "nl",
            "Rusland heeft zijn blokkade van graanschepen uit Oekraïne versoepeld.",
            ("Russia", "Ukraine"),
        ),
        ("en", "Israel eased the blockade of Gaza on Tuesday.", ("Israel", "Gaza Strip")),
    ],
)
def test_lifted_acts_concede_to_whom_the_lifted_act_was_aimed_at(lang, text, expected):
    found = relations(text, lang)
    assert (expected[0], "CONCEDE", expected[1]) in found, sorted(found)


def test_lifted_acts_a_blockade_not_eased_is_still_told_of_its_target():
    found = relations("Egypte heeft de blokkade van Gaza niet versoepeld.", "nl")
    assert ("Egypt", "CONCEDE", "Gaza Strip") in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, allowed",
    [
        ("nl", "Libanon stond de inzet van Franse troepen in Tyrus toe.", "France"),
        ("en", "Libya allowed Turkish deployments near Tripoli.", "Türkiye"),
    ],
)
def test_lifted_acts_allowing_a_deployment_concedes_nothing_to_its_makers(lang, text, allowed):
    found = relations(text, lang)
    assert not [k for k in found if k[1] == "CONCEDE" and k[2] == allowed], sorted(found)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("nl", "Peru hief vorige week de avondklok in Cusco op.", ("Peru", "CONCEDE", "Cusco")),
        ("en", "Peru lifted the curfew in Cusco last week.", ("Peru", "CONCEDE", "Cusco")),
    ],
)
def test_lifted_acts_a_measure_in_a_place_is_aimed_at_the_place(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)
