"""A relational noun whose owner is a possessive pronoun and whose holder is the name set off
beside it ("His running mate, Kamala Harris, ...", "Zijn bondgenoot, X, ..."): the pronoun is
read as a title's or kin noun's is (``Coreference.possessor``), so the noun's type runs from the
name to the person named before (NominalRelations._relational_noun_relations). Not in a
capacity phrase, where the verb tells the act ("was chosen by Y as his running mate"). End to
end in both languages; the expected links are read from the sentences."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Joe Biden won the election on Saturday. His running mate, Kamala Harris, would "
            "become vice president.",
            "en",
            ("Kamala Harris", "COOPERATE", "Joe Biden"),
        ),
        (
            "Alexei Navalny returned to Moscow. His fiercest critic, Ivan Petrov, said nothing.",
            "en",
            ("Ivan Petrov", "ACCUSE", "Alexei Navalny"),
        ),
        (
            "Joe Biden won zaterdag de verkiezing. Zijn bondgenoot, Kamala Harris, wordt "
            "vicepresident.",
            "nl",
            ("Kamala Harris", "COOPERATE", "Joe Biden"),
        ),
    ],
)
def test_a_possessive_pronoun_owns_a_relational_noun_set_off_beside_a_name(text, lang, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


def test_a_capacity_phrase_keeps_only_the_act_of_its_verb():
    found = relations("In 2008, Sarah Palin was chosen by John McCain as his running mate.", "en")
    assert not [k for k in found if k[1] == "COOPERATE"], sorted(found)
