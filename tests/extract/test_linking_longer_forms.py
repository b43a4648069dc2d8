"""A name and its longer form in one document are one node (issue 19): a county written without
"County", a college by its one word, an editor's gloss the model found only where the text
writes it again; and the pairs a reader keeps apart (a party word after a body's last word).
Linker tests on our own sentences, in both languages."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.components.linking import EntityLinker, _join_glosses
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.test_linking import linked


@pytest.fixture(scope="module")
def linkers() -> dict[str, EntityLinker]:
    kb = load_kb()
    return {lang: EntityLinker("linker", kb, load_lexicon(lang)) for lang in ("en", "nl")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Orvik is the seat of Dunmarrow County ; Dunmarrow lies north of Orvik"),
        (
            "nl",
            "Orvik is de hoofdplaats van Dunmarrow County ; Dunmarrow ligt ten noorden van Orvik",
        ),
    ],
)
def test_a_county_written_without_county_is_the_county(linkers, lang, text):
    ids = linked(
        linkers[lang], text, [("Dunmarrow County", "LOCATION"), ("Dunmarrow", "LOCATION")], lang
    )
    assert ids["Dunmarrow"] == ids["Dunmarrow County"]


def test_a_known_town_stays_apart_from_the_county_of_its_name(linkers):
    text = "Los Angeles County sued ; Los Angeles is its largest city"
    ids = linked(
        linkers["en"], text, [("Los Angeles County", "LOCATION"), ("Los Angeles", "LOCATION")]
    )
    assert ids["Los Angeles"] != ids["Los Angeles County"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "a Zelvo College student led the study ; another Zelvo student helped"),
        (
            "nl",
            "een student van Zelvo College leidde het onderzoek ; een andere Zelvo student hielp",
        ),
    ],
)
def test_one_word_called_an_organisation_is_the_college_it_opens(linkers, lang, text):
    ids = linked(linkers[lang], text, [("Zelvo College", "ORG"), ("Zelvo", "ORG")], lang)
    assert ids["Zelvo"] == ids["Zelvo College"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the town the college is in is a place, not the college
        (
            "Zelvo College lies in Zelvo , a small town",
            [("Zelvo College", "ORG"), ("Zelvo", "LOCATION")],
        ),
        # a council is a unit named after the body or place, which the word alone does not name
        (
            "the Zelvo Council met ; Zelvo said no",
            [("Zelvo Council", "ORG"), ("Zelvo", "ORG")],
        ),
    ],
)
def test_one_word_stays_apart_from_a_town_or_a_unit_named_after_it(linkers, text, names):
    ids = linked(linkers["en"], text, names)
    assert ids[names[0][0]] != ids[names[1][0]]


def test_a_party_word_after_a_body_of_the_same_last_word_stays_apart(linkers):
    # "Congress Party" is not the United States Congress, nor the Library of Congress: a name
    # and a party word join no longer body that ends in the name
    text = "the United States Congress passed it ; in India the Congress Party mourned"
    names = [("United States Congress", "ORG"), ("Congress Party", "ORG")]
    ids = linked(linkers["en"], text, names)
    assert ids["Congress Party"] != ids["United States Congress"]


def _glossed(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple]:
    doc = Doc(spacy.blank("en").vocab, words=words)
    ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    out = [(None, label, doc[start:end].text, None) for start, end, label in spans]
    return _join_glosses(ents, out)


def test_a_gloss_the_model_missed_is_the_name_the_text_writes_again():
    words = "Zelvokent [ Kaldon Hall ] will open . It [ Kaldon Hall ] is old .".split()
    # the model found the gloss only the second time
    joined = _glossed(words, [(0, 1, "ORG"), (10, 12, "PERSON")])
    assert joined[0] == joined[1]


def test_a_name_without_a_gloss_stays_apart_from_a_name_written_elsewhere():
    words = "Zelvokent will open . It is near Kaldon Hall [ ... ] .".split()
    joined = _glossed(words, [(0, 1, "ORG"), (7, 9, "LOCATION")])
    assert joined[0] != joined[1]


def test_a_word_in_brackets_in_lower_case_is_no_gloss():
    words = "Zelvokent [ community ] helps . The Community is large .".split()
    joined = _glossed(words, [(0, 1, "ORG"), (6, 7, "ORG")])
    assert joined[0] != joined[1]
