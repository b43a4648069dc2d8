"""Routes and resolved pronouns: an owner's copula takes a resolved pronoun as it takes a name
("He is co-owner of X": ROLE), and nothing where the antecedent is unclear (coreference.py gives
no one); a pronoun speaker's reported clause gives no STATEMENT to the person it is about, since
the resolver's pick by salience was often another person ("Tom Reyes criticised Peter Smith. He
said that ...").
"""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Peter Smith and Tom Berg met in Paris. He said that Emmanuel Macron was wrong."),
        (
            "nl",
            "Pieter Smit en Tom Berg spraken in Parijs. Hij zei dat Emmanuel Macron ongelijk had.",
        ),
        ("en", "Several companies met in Paris. They said that Emmanuel Macron was wrong."),
        ("en", "Tom Reyes criticised Peter Smith. He said that Anna Bell was wrong."),
        ("en", "Maria Lopez met Anna Bell in Rome. She said that Tom Reyes was wrong."),
    ],
)
def test_a_pronoun_with_an_unclear_antecedent_speaks_for_no_one(lang, text):
    found = typed(text, lang)
    assert not [k for k in found if k[1] == "STATEMENT"], sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Peter Smith visited Paris on Monday. He is co-owner of Kaldor Systems."),
        ("en", "Peter Smith visited Paris on Monday. He is the owner of Kaldor Systems."),
        ("nl", "Pieter Smit bezocht Parijs. Hij is mede-eigenaar van Kaldor Systems."),
        ("nl", "Pieter Smit bezocht Parijs. Hij is eigenaar van Kaldor Systems."),
    ],
)
def test_a_pronoun_owner_holds_a_role_in_what_it_owns(lang, text):
    found = typed(text, lang)
    person = "Peter Smith" if lang == "en" else "Pieter Smit"
    assert (person, "ROLE", "Kaldor Systems") in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Peter Smith and Tom Berg met in Paris. He is co-owner of Kaldor Systems."),
        (
            "nl",
            "Pieter Smit en Tom Berg spraken in Parijs. Hij is mede-eigenaar van Kaldor Systems.",
        ),
    ],
)
def test_an_owner_pronoun_with_an_unclear_antecedent_holds_nothing(lang, text):
    found = typed(text, lang)
    assert not [k for k in found if k[1] == "ROLE"], sorted(found)
