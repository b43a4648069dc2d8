"""One real-world entity, one node (issue 19): a second name the text introduces for a name
("Jane Doe, known professionally as Jaybird", "beter bekend als"), the sentence's adverb the
model takes into a name before its article ("Later the Emergencies Ministry"), and the word
alone for a chamber ("the House", "het Huis"), which is no name that merely ends in it ("the
White House"). Unit tests on hand-built spans, end-to-end tests on our own sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.components.linking import _introduced_as, _join_glosses, _or_as_known
from tests.extract.test_names_glosses import nodes_of
from tests.extract.test_names_organisations import finders, found, tagged

__all__ = ["finders"]

# --- a name introduced as another name of the one before it -----------------------------------


def _two_names(words: list[str], first: tuple[int, int], second: tuple[int, int]) -> list[Span]:
    doc = Doc(spacy.blank("en").vocab, words=words)
    return [Span(doc, *first, label="PERSON"), Span(doc, *second, label="PERSON")]


@pytest.mark.parametrize(
    "words, first, second, introduced",
    [
        ("Jane Doe , known professionally as Jaybird , sang .".split(), (0, 2), (6, 7), True),
        ("Kaldon ( also called the Red Hand ) struck .".split(), (0, 1), (5, 7), True),
        ("Jan Smit , beter bekend als Kaldon , zong .".split(), (0, 2), (6, 7), True),
        ("Kaldon Systems , formerly Zaldor Motors , sued .".split(), (0, 2), (4, 6), True),
        # "formerly of": where she worked, no other name
        ("Ann Berg , formerly of Kaldon Systems , left .".split(), (0, 2), (5, 7), False),
        # a verb and its object, no comma: "Kaldon Corp named Ann Berg its chief"
        ("Kaldon Corp named Ann Berg its chief .".split(), (0, 2), (3, 5), False),
        # the second name owns what follows it
        ("Zaldor , called Kaldon 's rival , grew .".split(), (0, 1), (3, 4), False),
        # a likeness, no other name: the second name goes on
        (
            "Ann Berg , nicknamed the Kim Kardashian of Kaldon , sang .".split(),
            (0, 2),
            (5, 7),
            False,
        ),
        # no word that gives a name: "as" alone
        ("Ann Berg , as Kaldon , sang .".split(), (0, 2), (4, 5), False),
    ],
)
def test_a_name_introduced_after_a_comma_and_known_as(words, first, second, introduced):
    ents = _two_names(words, first, second)
    assert _introduced_as(ents[1], ents[0]) is introduced


def test_every_mention_of_an_introduced_name_joins_the_first():
    words = "Jane Doe , known as Jaybird , sang . Jaybird left .".split()
    ents = _two_names(words, (0, 2), (5, 6))
    ents.append(Span(ents[0].doc, 9, 10, label="PERSON"))
    out = [
        (None, "PERSON", "Jane Doe", None),
        (None, "PERSON", "Jaybird", None),
        (None, "PERSON", "Jaybird", None),
    ]
    assert _join_glosses(ents, out) == [out[0]] * 3


@pytest.mark.parametrize(
    "lang, text, name, alias",
    [
        (
            "en",
            "The singer Jane Doe, known professionally as Jaybird, said Piet Smit lied. "
            "Jaybird told reporters she would sue.",
            "Jane Doe",
            "Jaybird",
        ),
        (
            "nl",
            "De zangeres Maria Janssen, beter bekend als Marga Klomp, zei dat Piet Smit loog. "
            "Marga Klomp zei dat ze zou procederen.",
            "Maria Janssen",
            "Marga Klomp",
        ),
    ],
)
def test_a_person_and_her_stage_name_are_one_node(lang, text, name, alias):
    nodes = nodes_of(text, lang)
    assert alias in nodes[name]
    assert alias not in nodes


@pytest.mark.parametrize(
    "lang, text, name, alias",
    [
        (
            "en",
            "At birth, Ann Berg was named Fouzia Azeem. Berg later sang.",
            "Ann Berg",
            "Fouzia Azeem",
        ),
        (
            "nl",
            "Marta Ruiz staat beter bekend als Marga Klomp. Ruiz zong.",
            "Marta Ruiz",
            "Marga Klomp",
        ),
        ("nl", "Ann Berg werd geboren als Fouzia Azeem. Berg zong.", "Ann Berg", "Fouzia Azeem"),
    ],
)
def test_the_other_name_of_a_passive_subject_is_hers(lang, text, name, alias):
    nodes = nodes_of(text, lang)
    assert alias in nodes[name]


def test_an_active_verb_of_calling_gives_no_other_name():
    # "Kaldor called Zaldor Sleepy Joe": Zaldor's nickname, if any, and never Kaldor's
    nodes = nodes_of("Anna Kaldor called Piet Zaldor Sleepy Joe on Monday.", "en")
    assert not any("Sleepy Joe" in forms for label, forms in nodes.items() if "Kaldor" in label)


# --- "or KLF as it is known", and an acronym before its long form -------------------------------


@pytest.mark.parametrize(
    "words, pos, known",
    [
        (
            "the Kaldon Front , or KLF as it is known , struck".split(),
            "DET PROPN PROPN PUNCT CCONJ PROPN SCONJ PRON AUX VERB PUNCT VERB".split(),
            True,
        ),
        (
            "het Kaldon Front , of KLF zoals het heet , sloeg".split(),
            "DET PROPN PROPN PUNCT CCONJ PROPN SCONJ PRON VERB PUNCT VERB".split(),
            True,
        ),
        # "as" opens another saying, not the name's
        (
            "the Kaldon Front , or KLF as the report says , struck".split(),
            "DET PROPN PROPN PUNCT CCONJ PROPN SCONJ DET NOUN VERB PUNCT VERB".split(),
            False,
        ),
    ],
)
def test_a_name_after_or_that_the_clause_after_it_calls_its_name(words, pos, known):
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    assert _or_as_known(Span(doc, 5, 6, label="ORG"), Span(doc, 1, 3, label="ORG")) is known


def test_two_acronyms_with_long_forms_and_a_later_name_are_one_node():
    nodes = nodes_of(
        "Protesters set up zones in Zaldor. KAZ (Kaldon Autonomous Zone) or KOP (Kaldon "
        "Occupied Protest) as it was later known, formed in the Kaldon neighborhood.",
        "en",
    )
    zone = next(forms for forms in nodes.values() if "Kaldon Autonomous Zone" in forms)
    assert {"KAZ", "KOP", "Kaldon Occupied Protest"} <= zone


def test_a_titles_acronym_before_its_long_form_is_no_name():
    nodes = nodes_of("Critics included Labour MP (Member of Parliament) Tom Watson today.", "en")
    assert not any("MP" in forms for forms in nodes.values())


# --- the sentence's adverb before the article ------------------------------------------------


def test_the_sentences_adverb_before_an_article_is_no_part_of_the_name(finders):
    doc = tagged(
        "Later/ADV the/DET Kaldon/PROPN Emergencies/PROPN Ministry/PROPN said/VERB "
        "it/PRON would/AUX look/VERB ./PUNCT",
        "en",
    )
    doc.ents = [Span(doc, 0, 5, label="ORG")]
    assert found(finders["en"], doc) == [("Kaldon Emergencies Ministry", "ORG")]


# --- the House is no White House -------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, house, white_house",
    [
        (
            "en",
            "The White House did not respond. Kaldor is the third judge the House has "
            "impeached. The House voted on Wednesday.",
            "House",
            "White House",
        ),
        (
            "nl",
            "Het Witte Huis reageerde niet. Kaldor is de derde rechter tegen wie het Huis een "
            "afzettingsprocedure begint. Het Huis stemde woensdag.",
            "Huis",
            "White House",
        ),
    ],
)
def test_the_chamber_word_alone_is_no_white_house(lang, text, house, white_house):
    nodes = nodes_of(text, lang)
    assert house in nodes
    assert house not in nodes[white_house]
