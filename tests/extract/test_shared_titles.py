"""A title compounded with an organisation is held there alone
(``TitleRelations._compounded_body``): in "OIC head X, Pope Francis and Y" the pope borrows no
office in the OIC from the title listed before his, while a title after a country's or an owner's
title still shares it ("gezant van Trump X en schoonzoon Y"). End to end in both languages."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations


@pytest.mark.parametrize(
    "text, lang, first, body",
    [
        (
            "The conference was attended by OIC head Yusuf Ahmed, Pope Francis and Angela Merkel.",
            "en",
            "Yusuf Ahmed",
            "OIC",
        ),
        (
            "De conferentie werd bijgewoond door OIC-voorzitter Yusuf Ahmed, paus Franciscus en "
            "Angela Merkel.",
            "nl",
            "Yusuf Ahmed",
            "OIC",
        ),
        (
            "Bij de bijeenkomst waren VN-chef Antonio Guterres en paus Franciscus aanwezig.",
            "nl",
            "António Guterres",
            "United Nations",
        ),
    ],
)
def test_the_next_title_does_not_borrow_an_organisation_compounded_with_a_title(
    text, lang, first, body
):
    found = relations(text, lang)
    assert (first, "ROLE", body) in found, sorted(found)
    assert [k for k in found if k[1] == "ROLE" and k[2] == body] == [(first, "ROLE", body)], sorted(
        found
    )


def test_a_title_after_an_owners_title_still_shares_the_owner_nl():
    found = relations(
        "Speciaal gezant van Trump Steve Witkoff en schoonzoon Jared Kushner reisden naar Moskou.",
        "nl",
    )
    assert ("Jared Kushner", "FAMILY", "Donald Trump") in found, sorted(found)


def test_a_title_of_two_words_whose_last_alone_is_none_binds_its_apposed_name():
    """ "The city's security chief, Ahmad Karim": the parser hangs the name on "chief", which
    alone is no title; the title is "security chief", which starts at the compound before it,
    and its possessor holds it."""
    found = relations(
        "A bomb exploded in Homs on Monday. The city's security chief, Ahmad Karim, condemned "
        "the attack.",
        "en",
    )
    assert ("Ahmad Karim", "ROLE", "Homs") in found, sorted(found)
