"""One name, one type over a document (issue 19): a surname of a person named in full is no
team's nickname. Finder tests on hand-tagged Docs; end-to-end tests on our own sentences with
the shipped models."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.extract.test_names_organisations import finders, found, names_of, tagged

__all__ = ["finders"]  # the fixture, shared with the organisation tests


# --- a surname of a person named in full is no team's nickname ----------------------------------


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "en",
            "nominee/NOUN Tor/PROPN Vallins/PROPN spoke/VERB ./PUNCT "
            "Voters/NOUN backed/VERB the/DET Vallins/PROPN //PUNCT Berg/PROPN ticket/NOUN ./PUNCT",
        ),
        (
            "nl",
            "kandidaat/NOUN Tor/PROPN Vallins/PROPN sprak/VERB ./PUNCT "
            "Kiezers/NOUN steunden/VERB de/DET Vallins/PROPN //PUNCT Berg/PROPN ticket/NOUN "
            "./PUNCT",
        ),
    ],
)
def test_names_a_plural_looking_surname_of_a_person_named_in_full_is_no_team(finders, lang, words):
    doc = tagged(words, lang, starts=(5,))
    label = "PERSON" if lang == "en" else "PER"
    doc.ents = [Span(doc, 1, 3, label=label), Span(doc, 8, 9, label=label)]
    # the full name stays a person (the linker joins the bare surname to it)
    assert ("Tor Vallins", "PERSON") in found(finders[lang], doc)


def test_names_a_person_named_after_an_article_leaves_the_team_its_nickname(finders):
    # "the Kaldon Harpoons", which the model took for a person: a team, as persons take no article
    doc = tagged(
        "Fans/NOUN cheered/VERB the/DET Kaldon/PROPN Harpoons/PROPN ./PUNCT "
        "Later/ADV the/DET Harpoons/PROPN won/VERB ./PUNCT",
        "en",
        starts=(6,),
    )
    doc.ents = [Span(doc, 3, 5, label="PERSON"), Span(doc, 8, 9, label="PERSON")]
    assert found(finders["en"], doc) == [("Kaldon Harpoons", "ORG"), ("Harpoons", "ORG")]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Party nominee Tor Vallins and his running mate Ada Berg lost the primary in March. "
            "Voters in Lenholm still backed the Vallins/Berg ticket.",
        ),
        (
            "nl",
            "Presidentskandidaat Tor Vallins verloor in maart de voorverkiezing. Toch kozen veel "
            "kiezers in Lenholm voor de Vallins.",
        ),
    ],
)
def test_names_a_ticket_by_surnames_end_to_end(lang, text):
    names = names_of(text, lang)
    assert ("Tor Vallins", "PERSON") in names
    assert not any(label in ("Tor Vallins", "Vallins") and kind == "ORG" for label, kind in names)
