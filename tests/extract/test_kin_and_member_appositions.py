"""Appositions that name a relative or a membership: a kin noun of a named person, then the name
("The aunt of Tom Berg, Mira Kolar, said", "De tante van Tom Berg, Mira Kolar, zei"; the Dutch
parser makes the apposed name a conjunct of the relative's name) or after it ("Mira Kolar, his
aunt"), gives FAMILY; a membership or founding noun in apposition ("X, a founding member of the
Labour Party", "X, medeoprichter van de Partij van de Arbeid") gives ROLE to the body; a kin noun
of an unnamed person gives nothing; the second of two coordinated titles before an apposed name
("The manager of X and Director of Y, Jo Bell,") is the name's too. All sentences written for this
test."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

DIED = {"en": "Tom Berg died on Monday. ", "nl": "Tom Berg overleed maandag. "}


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "De tante van Tom Berg, Mira Kolar, zei dat de politie te laat kwam."),
        ("nl", "Mira Kolar, de tante van Tom Berg, zei dat de politie te laat kwam."),
        ("nl", "Zijn tante, Mira Kolar, zei dat de politie te laat kwam."),
        ("en", "The aunt of Tom Berg, Mira Kolar, said the police came late."),
        ("en", "Tom Berg's aunt, Mira Kolar, said the police came late."),
        ("en", "His aunt, Mira Kolar, said the police came late."),
    ],
)
def test_an_apposed_relative_is_family(lang, text):
    found = typed(DIED[lang] + text, lang)
    assert ("Mira Kolar", "FAMILY", "Tom Berg") in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "De tante van de jongen, Mira Kolar, zei dat de politie te laat kwam."),
        ("en", "The boy's aunt, Mira Kolar, said the police came late."),
    ],
)
def test_a_relative_of_an_unnamed_person_is_nobodys(lang, text):
    found = typed(text, lang)
    assert not [k for k in found if k[1] == "FAMILY"], sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, body",
    [
        ("en", "John Smith, a founding member of the Labour Party, said it.", "Labour Party"),
        ("en", "John Smith, a longtime Labour Party member, said it.", "Labour Party"),
        ("en", "John Smith, one of the founders of the Labour Party, said it.", "Labour Party"),
        ("nl", "Jan Smit, medeoprichter van de Partij van de Arbeid, zei het.", "PvdA"),
        ("nl", "Jan Smit, een van de oprichters van de Partij van de Arbeid, zei het.", "PvdA"),
        ("nl", "Jan Smit, lid van de Partij van de Arbeid, zei het.", "PvdA"),
    ],
)
def test_an_apposed_membership_is_a_role(lang, text, body):
    person = "John Smith" if lang == "en" else "Jan Smit"
    found = typed(text, lang)
    assert (person, "ROLE", body) in found, sorted(found)


@pytest.mark.model
def test_the_second_coordinated_title_before_an_apposed_name_is_its_too():
    # the parser hangs the name on the first title only
    found = typed(
        "The manager of Kaldor Hotels and Director of the Kaldor Tourism Partnership, Jo Bell,"
        " called it a mistake.",
        "en",
    )
    assert ("Jo Bell", "ROLE", "Kaldor Tourism Partnership") in found, sorted(found)
