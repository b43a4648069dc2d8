"""A state office whose country neither the sentence nor the knowledge base gives is held in the
country the document is about (issue 17, titles and roles), end to end in both languages."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations

pytestmark = pytest.mark.model

ABOUT_POLAND = {
    "en": (
        "Floods hit southern Poland on Monday. Poland asked for help from Germany, and more rain "
        "is expected in Poland this week. Prime Minister Jan Kowalczyk said the army would help."
    ),
    "nl": (
        "Overstromingen troffen maandag het zuiden van Polen. Polen vroeg Duitsland om hulp, en "
        "deze week wordt in Polen meer regen verwacht. Premier Jan Kowalczyk zei dat het leger "
        "zou helpen."
    ),
}

NO_COUNTRY_LEADS = {
    "en": (
        "Poland and Germany signed a treaty on Monday. Prime Minister Jan Kowalczyk said the "
        "treaty was fair."
    ),
    "nl": (
        "Polen en Duitsland tekenden maandag een verdrag. Premier Jan Kowalczyk zei dat het "
        "verdrag eerlijk was."
    ),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_document_country_holds_an_office_without_a_holder(lang):
    found = relations(ABOUT_POLAND[lang], lang)
    assert ("Jan Kowalczyk", "ROLE", "Poland") in found, sorted(found)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_document_country_none_when_no_country_leads(lang):
    found = relations(NO_COUNTRY_LEADS[lang], lang)
    assert not any(s == "Jan Kowalczyk" and t == "ROLE" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Poland held talks on Monday. In Poland, company spokesman Jan Kowalczyk spoke."),
        ("nl", "Polen hield maandag overleg. In Polen sprak woordvoerder Jan Kowalczyk."),
    ],
)
def test_document_country_not_for_an_office_outside_a_state(lang, text):
    found = relations(text, lang)
    assert ("Jan Kowalczyk", "ROLE", "Poland") not in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Floods hit southern Poland on Monday. Poland asked for help, and more rain is "
            "expected in Poland this week. Prime Minister Jan Kowalczyk met Czech officials on "
            "Tuesday.",
        ),
        (
            "nl",
            "Overstromingen troffen maandag het zuiden van Polen. Polen vroeg om hulp, en deze "
            "week wordt in Polen meer regen verwacht. Premier Jan Kowalczyk sprak dinsdag met "
            "Tsjechische ambtenaren.",
        ),
    ],
)
def test_document_country_not_guessed_when_the_sentence_names_another_country(lang, text):
    # the officials of the other country may be whom the sentence lists (issue 18: on the dev
    # split such guesses were wrong 3 times to 1)
    found = relations(text, lang)
    assert not any(s == "Jan Kowalczyk" and t == "ROLE" for s, t, _ in found), sorted(found)
