"""A plural kin noun before a list of names is each name's (TitleRelations._title_relations,
``held_by``): in "his wife Mary Bell, their two sons Tom and Sam" Sam is a son of the person
the first son's noun was found to belong to, as Tom is, however the parser hung "Sam" (a
conjunct of "Tom", which no possessive reaches). An office is not passed on that way: in "the
presidents X of Ruritania and Y of Borduria" the first holder's country is his own. End to end
in both languages; the expected links are read from the sentences."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Karl Berger died on Friday. Berger is survived by his wife Mary Berger and their two "
            "sons Tom Berger and Sam Berger.",
            "en",
        ),
        (
            "Karel Jansen overleed vrijdag. Hij laat zijn vrouw Marie Jansen en zijn twee zonen "
            "Tom Jansen en Sam Jansen achter.",
            "nl",
        ),
    ],
)
def test_every_name_after_a_plural_kin_noun_is_kin(text, lang):
    found = relations(text, lang)
    person = "Karl Berger" if lang == "en" else "Karel Jansen"
    family = "Berger" if lang == "en" else "Jansen"
    for son in ("Tom", "Sam"):
        assert (f"{son} {family}", "FAMILY", person) in found, sorted(found)


def test_an_office_before_a_list_keeps_each_holders_own_country():
    found = relations(
        "The presidents Ali Musa of Nigeria and Jean Dossou of Benin met in Abuja on Monday.", "en"
    )
    assert ("Jean Dossou", "ROLE", "Nigeria") not in found, sorted(found)
