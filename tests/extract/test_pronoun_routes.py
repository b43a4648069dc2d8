"""Routes that take a resolved pronoun as their actor, as they take a name: a speaker's reported
clause about a named person ("She said that Y was wrong": STATEMENT), an owner's copula ("He is
co-owner of X": ROLE); plural "they"/"zij" only for a clear coordination, and nothing where the
antecedent is unclear (coreference.py gives no one).
"""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Maria Lopez visited Paris. She said that Emmanuel Macron was wrong."),
        ("en", "Maria Lopez visited Paris. She tweeted that Emmanuel Macron had lied."),
        ("nl", "Maria Lopez bezocht Parijs. Zij zei dat Emmanuel Macron ongelijk had."),
        ("nl", "Maria Lopez bezocht Parijs. Ze twitterde dat Emmanuel Macron had gelogen."),
    ],
)
def test_a_pronoun_speaker_speaks_of_the_person_its_clause_is_about(lang, text):
    found = typed(text, lang)
    assert ("Maria Lopez", "STATEMENT", "Emmanuel Macron") in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Peter Smith and Maria Lopez met in Paris. They said that Emmanuel Macron was wrong.",
        ),
        (
            "nl",
            "Pieter Smit en Maria Lopez spraken in Parijs. Zij zeiden dat Emmanuel Macron "
            "ongelijk had.",
        ),
    ],
)
def test_they_speaks_for_each_of_a_clear_coordination(lang, text):
    found = typed(text, lang)
    speakers = {s for s, t, o in found if t == "STATEMENT" and o == "Emmanuel Macron"}
    assert speakers == {"Maria Lopez", "Peter Smith" if lang == "en" else "Pieter Smit"}, found


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Peter Smith and Tom Berg met in Paris. He said that Emmanuel Macron was wrong."),
        (
            "nl",
            "Pieter Smit en Tom Berg spraken in Parijs. Hij zei dat Emmanuel Macron ongelijk had.",
        ),
        ("en", "Several companies met in Paris. They said that Emmanuel Macron was wrong."),
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
