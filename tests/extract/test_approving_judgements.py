"""Calling an act justified approves of it: 'noemde de luchtaanval gerechtvaardigd', 'called the
strike justified' are SUPPORT (judge rows of phrases.nl.tsv and phrases_en_overrides.tsv), as
'onaanvaardbaar' and 'unacceptable' are ACCUSE (issue 18)."""

from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import relations


@pytest.mark.parametrize(
    "lang, adjective, expected",
    [
        ("nl", "gerechtvaardigd", "SUPPORT"),
        ("nl", "legitiem", "SUPPORT"),
        ("nl", "onaanvaardbaar", "ACCUSE"),
        ("en", "justified", "SUPPORT"),
        ("en", "legitimate", "SUPPORT"),
        ("en", "unacceptable", "ACCUSE"),
    ],
)
def test_approving_judgements_type_of_the_predicate(lang, adjective, expected):
    assert load_lexicon(lang).judgement(adjective) == expected


@pytest.mark.model
def test_approving_judgements_a_participle_supports_the_maker_of_the_act():
    """'gerechtvaardigd' is tagged a verb's participle: it judges as an adjective does."""
    found = relations(
        "Premier Mark Rutte noemde de luchtaanval van Joe Biden gerechtvaardigd.", "nl"
    )
    assert ("Mark Rutte", "SUPPORT", "Joe Biden") in found, sorted(found)


@pytest.mark.model
def test_approving_judgements_an_object_predicate_judges_in_english():
    """The English tagger takes 'justified' after 'called the strike' for a finite verb; its
    label (an object predicate) still makes it the judgement."""
    found = relations(
        "Prime Minister Mark Rutte called the airstrike by Joe Biden justified.", "en"
    )
    assert any(s == "Mark Rutte" and t == "SUPPORT" for s, t, _ in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a secondary predicate: "void" is a conjunct of "null", the object predicate
        "Prime Minister Jan Smit called the agreement between Turkey and Libya null and void.",
        # a reported copular clause
        "Jan Smit said that the treaty between Turkey and Libya was null and void.",
    ],
)
def test_approving_judgements_a_later_conjunct_judges_from_the_first_s_place(text):
    """'null and void': only 'void' is a judging word, and it hangs on 'null'; it judges as
    'null' stands (task routes5)."""
    found = relations(text, "en")
    assert ("Jan Smit", "REJECT", "Türkiye") in found, sorted(found)
    assert ("Jan Smit", "REJECT", "Libya") in found, sorted(found)
