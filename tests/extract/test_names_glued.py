"""Words glued to a name are no part of it (issue 19): the English model read "(Prime Minister
of) India Narendra Modi" as one organisation, which became a person node "India Narendra Modi"
apart from Narendra Modi, and "(placed) Humberto 785 miles (west)" or "Victoria 1.6%" as
names. Finder tests on hand-tagged Docs; end-to-end on our own sentences with the shipped
models (the model glues a quantity only in some contexts, so that cut is tested on Docs)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.extract.extraction_helpers import relations
from tests.extract.test_names_organisations import finders, found, names_of, tagged

__all__ = ["finders"]  # the fixture, shared with the organisation tests


@pytest.mark.parametrize(
    "lang, words, ent, expected",
    [
        (
            "en",
            "Minister/PROPN of/ADP India/PROPN Narendra/PROPN Modi/PROPN wrote/VERB ./PUNCT",
            (2, 5),
            [("India", "COUNTRY"), ("Narendra Modi", "PERSON")],
        ),
        (
            "nl",
            "premier/NOUN van/ADP India/PROPN Narendra/PROPN Modi/PROPN schreef/VERB ./PUNCT",
            (2, 5),
            [("India", "COUNTRY"), ("Narendra Modi", "PERSON")],
        ),
    ],
)
def test_names_a_known_place_before_a_known_person_is_two_names(
    finders, lang, words, ent, expected
):
    doc = tagged(words, lang)
    doc.ents = [Span(doc, *ent, label="ORG")]
    assert found(finders[lang], doc) == expected


def test_names_a_place_before_an_unknown_name_without_a_first_name_stays_one(finders):
    # "Narendra Kaldor" is nobody the knowledge base knows, and "Narendra" no listed first name
    doc = tagged("Minister/PROPN of/ADP India/PROPN Narendra/PROPN Kaldor/PROPN ./PUNCT", "en")
    doc.ents = [Span(doc, 2, 5, label="ORG")]
    assert ("India", "COUNTRY") not in found(finders["en"], doc)


@pytest.mark.parametrize(
    "lang, words",
    [
        ("en", "Mayor/PROPN of/ADP Gdansk/PROPN Tomasz/PROPN Nowak/PROPN spoke/VERB ./PUNCT"),
        (
            "nl",
            "burgemeester/NOUN van/ADP Gdansk/PROPN Tomasz/PROPN Nowak/PROPN sprak/VERB ./PUNCT",
        ),
    ],
)
def test_names_a_place_after_a_title_before_a_person_the_model_read_as_one_person(
    finders, lang, words
):
    # the model read "Gdansk Tomasz Nowak" as one person; the place a mayor holds office in
    # and the mayor are two names
    doc = tagged(words, lang)
    doc.ents = [Span(doc, 2, 5, label="PERSON")]
    assert found(finders[lang], doc) == [("Gdansk", "LOCATION"), ("Tomasz Nowak", "PERSON")]


def test_names_a_person_named_like_a_place_without_a_title_before_stays_one(finders):
    # no title and "of" before it: "Georgia Ann Robinson" is one person's name
    doc = tagged("told/VERB Georgia/PROPN Ann/PROPN Robinson/PROPN ./PUNCT", "en")
    doc.ents = [Span(doc, 1, 4, label="PERSON")]
    assert found(finders["en"], doc) == [("Georgia Ann Robinson", "PERSON")]


@pytest.mark.model
def test_names_a_mayor_of_a_place_is_a_role_held_there_end_to_end():
    assert ("Piotr Kowal", "ROLE", "Gdańsk") in relations(
        "Mayor of Gdansk Piotr Kowal has declared tomorrow a day of mourning.", "en"
    )


@pytest.mark.model
def test_names_a_known_place_before_a_known_person_end_to_end():
    names = names_of("Current Prime Minister of India Narendra Modi wrote a tribute.", "en")
    assert ("Narendra Modi", "PERSON") in names
    assert ("India", "COUNTRY") in names


# --- a quantity after a name is no part of it ------------------------------------------------


@pytest.mark.parametrize(
    "lang, words, ent, expected",
    [
        (
            "en",
            "placed/VERB Zelda/PROPN 785/NUM miles/NOUN west/ADV ./PUNCT",
            (1, 4, "PERSON"),
            [("Zelda", "PERSON")],
        ),
        (
            "en",
            "Kaldonia/PROPN 1.6/NUM %/NOUN ./PUNCT",
            (0, 3, "GPE"),
            [("Kaldonia", "LOCATION")],
        ),
        (
            "nl",
            "plaatste/VERB Zelda/PROPN 785/NUM kilometer/NOUN westelijk/ADJ ./PUNCT",
            (1, 4, "PER"),
            [("Zelda", "PERSON")],
        ),
        # a number that is part of the name stays
        (
            "en",
            "Terminal/PROPN 3/NUM opened/VERB ./PUNCT",
            (0, 2, "FAC"),
            [("Terminal 3", "LOCATION")],
        ),
    ],
)
def test_names_a_quantity_after_a_name_is_cut(finders, lang, words, ent, expected):
    doc = tagged(words, lang)
    doc.ents = [Span(doc, ent[0], ent[1], label=ent[2])]
    assert found(finders[lang], doc) == expected


# --- a first name the model left out mid-sentence --------------------------------------------


@pytest.mark.parametrize(
    "lang, words, ents, expected",
    [
        (
            "en",
            "her/PRON aunt/NOUN ,/PUNCT Gertrude/PROPN Kaldor/PROPN Whitney/PROPN ,/PUNCT won/VERB",
            [(4, 6, "PERSON")],
            [("Gertrude Kaldor Whitney", "PERSON")],
        ),
        (
            "nl",
            "haar/PRON tante/NOUN ,/PUNCT Gertrude/PROPN Kaldor/PROPN Whitney/PROPN ,/PUNCT "
            "won/VERB",
            [(4, 6, "PER")],
            [("Gertrude Kaldor Whitney", "PERSON")],
        ),
        # a place before the name stays a place, though people are named after it too
        (
            "en",
            "in/ADP Paris/PROPN Emmanuel/PROPN Macron/PROPN spoke/VERB",
            [(1, 2, "GPE"), (2, 4, "PERSON")],
            [("Paris", "LOCATION"), ("Emmanuel Macron", "PERSON")],
        ),
    ],
)
def test_names_a_first_name_the_model_left_out_opens_the_name(finders, lang, words, ents, expected):
    doc = tagged(words, lang)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert found(finders[lang], doc) == expected


@pytest.mark.model
def test_names_a_first_name_the_model_left_out_end_to_end():
    names = names_of(
        "The heiress Gloria Kaldor died on Monday. Her aunt, Gertrude Kaldor Whitney, won a "
        "custody fight over the child.",
        "en",
    )
    assert ("Gertrude Kaldor Whitney", "PERSON") in names
