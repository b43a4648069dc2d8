"""Issue 17 and issue 18 item 2: leaving a country or a body is a retreat (PLOVER RETREAT
withdraw; announced or planned, CONCEDE), in both languages: "left Iraq", "leave the EU",
"verlieten Irak", "de EU verlaten". What one leaves is the verb's object,
never one of its phrases ("left a flag on the station", "left on the advice of the embassy"),
and a person leaving a place travels ("Trump left Paris", "de minister verliet Frankrijk").
Sentences written for this test."""

from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import assert_typed_only, relations, typed

LEFT = [
    ("en", "Canadian troops left Mali in 2014.", ("Canada", "RETREAT", "Mali")),
    ("en", "Carrefour left Norway in March.", ("Carrefour", "RETREAT", "Norway")),
    (
        "en",
        "Greenland left the European Union in 1985.",
        ("Greenland", "RETREAT", "European Union"),
    ),
    ("nl", "Canadese troepen verlieten Mali in 2014.", ("Canada", "RETREAT", "Mali")),
    ("nl", "Carrefour verliet Noorwegen in maart.", ("Carrefour", "RETREAT", "Norway")),
    (
        "nl",
        "Groenland verliet de Europese Unie in 1985.",
        ("Greenland", "RETREAT", "European Union"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LEFT)
def test_leaving_a_country_or_a_body_is_a_retreat(lang, text, expected):
    assert_typed_only(text, lang, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Hungary announced that it would leave the Council of Europe.",
            ("Hungary", "CONCEDE", "Council of Europe"),
        ),
        (
            "nl",
            "Hongarije zal de Raad van Europa verlaten.",
            ("Hungary", "CONCEDE", "Council of Europe"),
        ),
    ],
)
def test_an_announced_leaving_is_a_concession(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == "planned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Emmanuel Macron left Berlin on Sunday."),
        ("en", "Emmanuel Macron left Germany on Sunday."),
        ("nl", "Emmanuel Macron verliet Berlijn op zondag."),
        ("nl", "Emmanuel Macron verliet Duitsland op zondag."),
    ],
)
def test_a_person_leaving_a_place_travels(lang, text):
    assert not [r for r in relations(text, lang) if r[1] in ("RETREAT", "CONCEDE")]


def test_what_one_leaves_is_the_object_not_a_phrase():
    found = relations("Anna Berg left a wreath at the embassy of Norway.", "en")
    assert not [r for r in found if r[1] == "RETREAT"], sorted(found)
    found = relations("The Berg family left on the advice of the Foreign Office.", "en")
    assert not [r for r in found if r[1] == "RETREAT"], sorted(found)


@pytest.mark.parametrize(
    "text",
    ["Boris Johnson left office in 2022.", "China left the summit in Brussels early."],
)
def test_leaving_an_office_or_a_meeting_is_no_retreat(text):
    assert not [r for r in typed(text, "en", participants=True) if r[1] == "RETREAT"]


def test_withdrawing_troops_from_a_place_still_reads_the_phrase():
    assert ("Vladimir Putin", "RETREAT", "Syria") in relations(
        "Vladimir Putin withdrew his troops from Syria.", "en"
    )


def test_leave_takes_its_target_from_its_object_only():
    assert load_lexicon("en").phrase_type("leave", "obj", "*") == "RETREAT"
    assert load_lexicon("nl").phrase_type("verlaten", "obj", "*") == "RETREAT"
    # a visit stays a visit
    assert load_lexicon("en").phrase_type("leave", "prep", "for") == "CONSULT"
