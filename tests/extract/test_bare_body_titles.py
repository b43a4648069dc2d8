"""A bare noun of a body compounded with a title before a name ("committee member X", "court
spokesman X", "company meteorologist X", "county sheriff X") stands for the one body of that
noun's name the story gives, as "the committee" would (coreference.py ``_bare_title_modifier``;
any noun of ``descriptions.<lang>.tsv``, standing only for a name it heads): the nearest such name,
else the only one the text has named. End to end on sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The House Ethics Committee met on Monday. Republican committee member Jan Smit said "
            "the talks failed.",
            ("Jan Smit", "ROLE", "House Ethics Committee"),
        ),
        (
            "The Supreme Court of Ruritania ruled on Monday. Court spokesman Jan Smit said the "
            "ruling was final.",
            ("Jan Smit", "ROLE", "Supreme Court of Ruritania"),
        ),
        (
            "Harbor Gas and Power Company cut power to ten towns on Monday. Company meteorologist "
            "Jan Smit said the wind would stay strong.",
            ("Jan Smit", "ROLE", "Harbor Gas and Power Company"),
        ),
        (
            # the one county named, three sentences before
            "The nearest town is Riverton in Adams County. It is a small town. The Riverton Inn "
            "is its only hotel. County sheriff Jan Smit told the BBC the crowd would be too big.",
            ("Jan Smit", "ROLE", "Adams County"),
        ),
        (
            # the parser takes the capitalised noun for a proper noun
            "Speaking in the Harbor Council, Piet Bos was interrupted by protesters. The council "
            "was adjourned. A number of members were removed. Council President Jan Smit "
            "adjourned the session.",
            ("Jan Smit", "ROLE", "Harbor Council"),
        ),
    ],
)
def test_end_to_end_a_bare_body_noun_before_a_title_is_the_named_body(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_bare_body_noun_stands_for_no_body_of_another_name():
    found = typed(
        "Acme Corporation met on Monday. Republican committee member Jan Smit said the talks "
        "failed.",
        "en",
    )
    assert ("Jan Smit", "ROLE", "Acme Corporation") not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            # no company the noun heads: neither the latest organisation nor the firm of the
            # story is guessed
            "Acme Corporation cut jobs on Monday. Acme Corporation met the Harbor Party in Paris. "
            "Company spokesman Jan Smit said the talks failed.",
            {"Acme Corporation", "Harbor Party"},
        ),
        (
            # two counties named: which one is unclear
            "The nearest town is Riverton in Adams County or Lincoln County. It is a small town. "
            "The Riverton Inn is its only hotel. County sheriff Jan Smit told the BBC the crowd "
            "would be too big.",
            {"Adams County", "Lincoln County"},
        ),
    ],
)
def test_end_to_end_a_bare_body_noun_stands_for_no_unclear_body(text, wrong):
    found = typed(text, "en")
    assert not {(s, t, o) for s, t, o in found if s == "Jan Smit" and o in wrong}, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # Dutch writes the body and the title as one word: the party of the sentence before
            "De Hanzepartij won de verkiezingen in Ruritanië. Partijleider Jan Smit zei dat hij "
            "tevreden was.",
            ("Jan Smit", "ROLE", "Hanzepartij"),
        ),
        (
            # a council kept in English, which "de wetgevende raad" introduces
            "Piet Bos sprak in de Kaldor Council, de wetgevende raad, maar werd onderbroken. "
            "Raadsvoorzitter Jan Smit schorste de zitting.",
            ("Jan Smit", "ROLE", "Kaldor Council"),
        ),
    ],
)
def test_end_to_end_a_dutch_compound_title_holds_the_named_body(text, expected):
    found = typed(text, "nl")
    assert expected in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_dutch_compound_title_stands_for_no_body_of_another_name():
    # no party named: the company of the sentence before is not the party's
    found = typed(
        "Acme Corporation ontsloeg maandag honderd mensen. Partijleider Jan Smit zei dat hij "
        "boos was.",
        "nl",
    )
    assert ("Jan Smit", "ROLE", "Acme Corporation") not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # "de stad" (descriptions.nl.tsv, as "the city"): the one the sentence before named
            "In Port Vel, de hoofdstad van Ruritanië, brandde maandag een hotel af. Jan Smit, "
            "minister van Binnenlandse Zaken van de stad, zei dat het hotel te hoog was.",
            ("Jan Smit", "ROLE", "Port Vel"),
        ),
        (
            # "de county", a word Dutch keeps: only a name it heads
            "De brand woedde in Adams County. Het is een kleine county. Sheriff Jan Smit van de "
            "county zei tegen de BBC dat de menigte te groot zou zijn.",
            ("Jan Smit", "ROLE", "Adams County"),
        ),
    ],
)
def test_end_to_end_a_dutch_place_noun_after_a_title_is_the_named_place(text, expected):
    found = typed(text, "nl")
    assert expected in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_dutch_place_noun_stands_for_no_unclear_city():
    # two cities in the sentence before: which one is unclear
    found = typed(
        "In Rotterdam en Utrecht brandden maandag hotels af. Jan Smit, minister van "
        "Binnenlandse Zaken van de stad, zei dat het hotel te hoog was.",
        "nl",
    )
    assert not {k for k in found if k[0] == "Jan Smit" and k[1] == "ROLE"}, sorted(found)
