"""A maker's name with a model code is a product, whose only name is its maker's (issue 19:
"Airbus A400M" typed as an organisation of its own in MEANTIME's Dutch stories). Finder tests
on hand-tagged Docs; end-to-end tests on our own sentences with the shipped models."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.components.names import NameFinder, _model_code
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.test_names_organisations import found, names_of, tagged


@pytest.fixture(scope="module")
def finders() -> dict[str, NameFinder]:
    kb = load_kb()
    return {lang: NameFinder("names", kb, load_lexicon(lang)) for lang in ("nl", "en")}


@pytest.mark.parametrize(
    "word", ["737", "A300's", "A400", "A400M", "G4", "F-16", "737-800", "787-machines", "A330-200"]
)
def test_names_a_model_code_is_letters_with_digits_or_three_digits(word: str):
    assert _model_code(tagged(f"{word}/PROPN", "nl")[0])


@pytest.mark.parametrize("word", ["4", "12", "2-1", "2019", "1998", "Max", "A"])
def test_names_a_channel_number_a_score_or_a_year_is_no_model_code(word: str):
    assert not _model_code(tagged(f"{word}/NUM", "nl")[0])


@pytest.mark.parametrize(
    "lang, words",
    [
        ("nl", "De/DET vloot/NOUN kreeg/VERB een/DET Zephyrwerk/PROPN Z400/PROPN ./PUNCT"),
        ("en", "The/DET fleet/NOUN got/VERB a/DET Zephyrwerk/PROPN Z400/PROPN ./PUNCT"),
    ],
)
def test_names_a_name_with_a_model_code_is_cut_to_its_maker(finders, lang, words):
    doc = tagged(words, lang)
    doc.ents = [Span(doc, 4, 6, label="ORG")]  # the model took the product for an organisation
    names = found(finders[lang], doc)
    assert ("Zephyrwerk", "ORG") in names
    assert not any("Z400" in text for text, _ in names)


def test_names_an_unknown_name_after_a_makers_code_is_no_person(finders):
    doc = tagged("Een/DET Zephyrwerk/PROPN 737/NUM Max/PROPN landde/VERB ./PUNCT", "nl")
    doc.ents = [Span(doc, 1, 2, label="ORG"), Span(doc, 3, 4, label="PERSON")]
    assert found(finders["nl"], doc) == [("Zephyrwerk", "ORG")]


def test_names_an_airline_keeps_its_flight_code(finders):
    doc = tagged("De/DET ramp/NOUN met/ADP Kaldonia/PROPN Airlines/PROPN ZA17/PROPN ./PUNCT", "nl")
    doc.ents = [Span(doc, 3, 6, label="ORG")]
    assert found(finders["nl"], doc) == [("Kaldonia Airlines ZA17", "ORG")]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "De Belgische luchtmacht ontving dinsdag haar eerste Airbus A400M in Melsbroek."),
        ("en", "The Belgian air force received its first Airbus A400M in Melsbroek on Tuesday."),
    ],
)
def test_names_a_product_of_a_known_maker_is_that_maker_end_to_end(lang, text):
    names = names_of(text, lang)
    assert ("Airbus", "ORG") in names
    assert not any("A400M" in label for label, _ in names)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "De eerste Boeing 737 Max van de maatschappij landde maandag in Amsterdam."),
        ("en", "The first Boeing 737 Max of the airline landed in Amsterdam on Monday."),
    ],
)
def test_names_the_name_of_a_model_is_no_person_end_to_end(lang, text):
    names = names_of(text, lang)
    assert ("Boeing", "ORG") in names
    assert not any(label == "Max" for label, _ in names)


# --- a town that beats or is beaten is its club (kept in this file: one short task, issue 19) ---


def parsed(rows: str, lang: str, places: tuple[int, ...]) -> Doc:
    """A one-sentence Doc from lines 'word head dep pos lemma', the words at ``places`` named
    as places (what the model said)."""
    words, heads, deps, pos, lemmas = zip(*(line.split() for line in rows.strip().splitlines()))
    doc = Doc(
        spacy.blank(lang).vocab,
        words=list(words),
        heads=[int(h) for h in heads],
        deps=list(deps),
        pos=list(pos),
        lemmas=list(lemmas),
    )
    doc.ents = [Span(doc, i, i + 1, label="LOCATION") for i in places]
    return doc


MATCH_NL = """
Kaldorp 1 nsubj PROPN Kaldorp
versloeg 1 ROOT VERB verslaan
Veldwijk 1 obj PROPN Veldwijk
en 5 cc CCONJ en
Veldwijk 5 nsubj PROPN Veldwijk
zakte 1 conj VERB zakken
. 1 punct PUNCT .
"""
MATCH_EN = """
Kaldorp 1 nsubj PROPN Kaldorp
defeated 1 ROOT VERB defeat
Veldwick 1 dobj PROPN Veldwick
and 5 cc CCONJ and
Veldwick 5 nsubj PROPN Veldwick
fell 1 conj VERB fall
. 1 punct PUNCT .
"""


@pytest.mark.parametrize(
    "lang, rows, other", [("nl", MATCH_NL, "Veldwijk"), ("en", MATCH_EN, "Veldwick")]
)
def test_names_a_place_that_beats_or_is_beaten_is_its_club_in_every_mention(
    finders, lang, rows, other
):
    doc = parsed(rows, lang, places=(0, 2, 4))
    assert found(finders[lang], doc) == [("Kaldorp", "ORG"), (other, "ORG"), (other, "ORG")]


def test_names_a_place_beside_another_verb_stays_a_place(finders):
    rows = """
De 1 det DET de
premier 2 nsubj NOUN premier
bezocht 2 ROOT VERB bezoeken
Kaldorp 2 obj PROPN Kaldorp
. 2 punct PUNCT .
"""
    assert found(finders["nl"], parsed(rows, "nl", places=(3,))) == [("Kaldorp", "LOCATION")]


@pytest.mark.model
def test_names_town_clubs_of_a_match_report_are_organisations_end_to_end():
    names = names_of(
        "Zwolle versloeg zaterdag Heerenveen met 3-1. Trainer Piet Smit van Heerenveen was "
        "teleurgesteld. Ook titelhouder Caloundra won.",
        "nl",
    )
    assert {("Zwolle", "ORG"), ("Heerenveen", "ORG"), ("Caloundra", "ORG")} <= names
    assert not any(type_ == "LOCATION" for _, type_ in names)


@pytest.mark.model
def test_names_a_town_club_that_beats_another_is_an_organisation_end_to_end():
    names = names_of("Leeds defeated Brentford on Saturday. Fans of Leeds cheered.", "en")
    assert ("Leeds", "ORG") in names
    assert ("Leeds", "LOCATION") not in names


# --- a name that a product noun heads is the product's: no entity -----------------------------


@pytest.mark.parametrize(
    "words, name",
    [
        (
            "He/PRON owns/VERB a/DET Zelvo/PROPN portable/ADJ music/NOUN player/NOUN ./PUNCT",
            "Zelvo",
        ),
        ("The/DET Sky/PROPN Lark/PROPN capsule/NOUN docked/VERB ./PUNCT", "Sky Lark"),
    ],
)
def test_names_a_name_a_product_noun_heads_is_no_entity(finders, words, name):
    doc = tagged(words, "en")
    start = next(t.i for t in doc if t.text == name.split()[0])
    doc.ents = [Span(doc, start, start + len(name.split()), label="ORG")]
    assert found(finders["en"], doc) == []


def test_names_a_product_is_no_entity_where_the_noun_is_not_beside_it(finders):
    doc = tagged(
        "The/DET Sky/PROPN Lark/PROPN capsule/NOUN docked/VERB ./PUNCT "
        "Lark/PROPN carried/VERB two/NUM people/NOUN ./PUNCT",
        "en",
        starts=(6,),
    )
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 6, 7, label="PERSON")]
    assert found(finders["en"], doc) == []


@pytest.mark.parametrize(
    "words",
    [
        # the noun heads no phrase of the name: a call
        "A/DET Zelvo/PROPN phone/NOUN call/NOUN followed/VERB ./PUNCT",
        # an organisation's head: the maker
        "A/DET Zelvo/PROPN Motors/PROPN sedan/NOUN crashed/VERB ./PUNCT",
        # a model code between: the maker's name with the product's code
        "A/DET Zelvo/PROPN Z5/PROPN smartphone/NOUN broke/VERB ./PUNCT",
    ],
)
def test_names_a_maker_or_a_name_before_another_noun_stays(finders, words):
    doc = tagged(words, "en")
    end = 3 if doc[2].text in ("Motors", "Z5") else 2
    doc.ents = [Span(doc, 1, end, label="ORG")]
    maker = "Zelvo" if doc[2].text == "Z5" else doc[1:end].text
    assert found(finders["en"], doc) == [(maker, "ORG")]
