"""The shipped name typer (newsgraph_name_typer) on hand-built parses, with a tiny name table.

Docs are built from words, POS, heads and deps (no model), so each case shows one rule.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

pytestmark = pytest.mark.model

name_typing = pytest.importorskip("nl_newsgraph_sm.name_typing")

TABLE = {
    "sandy": "LOC",
    "angers": "LOC",
    "airbus": "ORG",
    "moskou": "LOC",
    "kremlin": "ORG",
    "rubio": "LOC",
    "apple": "ORG",
    "franse": "LOC",
}
FIRST_NAMES = {"vladimir", "steve", "sandy", "volodymyr", "marco"}


def parsed(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A Doc with a hand-made parse (heads are absolute token indices)."""
    return Doc(spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps)


def typed(doc: Doc) -> list[tuple[str, str]]:
    typer = name_typing.NameTyper(TABLE, FIRST_NAMES)
    spans = name_typing.name_spans(doc, typer.lookup, typer.first_names)
    return [(span.text, label) for span, label in typer.type_spans(doc, spans)]


def test_name_typing_flat_name_after_title_is_a_person() -> None:
    doc = parsed(
        ["de", "Russische", "president", "Vladimir", "Poetin", "sprak"],
        ["DET", "ADJ", "NOUN", "PROPN", "PROPN", "VERB"],
        [2, 2, 5, 2, 3, 5],
        ["det", "amod", "nsubj", "appos", "flat", "ROOT"],
    )
    assert typed(doc) == [("Vladimir Poetin", "PER")]


def test_name_typing_title_beats_town_names() -> None:
    doc = parsed(
        ["woordvoerster", "Sandy", "Angers", "zei", "het"],
        ["NOUN", "PROPN", "PROPN", "VERB", "PRON"],
        [3, 0, 1, 3, 3],
        ["nsubj", "appos", "flat", "ROOT", "obj"],
    )
    assert typed(doc) == [("Sandy Angers", "PER")]


def test_name_typing_glued_names_split_at_a_first_name() -> None:
    doc = parsed(
        ["gezant", "van", "Trump", "Steve", "Witkoff", "kwam"],
        ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"],
        [5, 2, 0, 2, 3, 5],
        ["nsubj", "case", "nmod", "flat", "flat", "ROOT"],
    )
    assert [text for text, _ in typed(doc)] == ["Trump", "Steve Witkoff"]


def test_name_typing_product_number_is_cut_and_surname_variant_inherits_type() -> None:
    doc = parsed(
        [
            "Volodymyr",
            "Zelenski",
            "en",
            "Zelensky",
            "kochten",
            "een",
            "Airbus",
            "A380",
            "in",
            "Kupyans",
        ],
        ["PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "PROPN", "PROPN", "ADP", "PROPN"],
        [4, 0, 3, 0, 4, 6, 4, 6, 9, 4],
        ["nsubj", "flat", "cc", "conj", "ROOT", "det", "obj", "flat", "case", "obl"],
    )
    assert typed(doc) == [
        ("Volodymyr Zelenski", "PER"),
        ("Zelensky", "PER"),
        ("Airbus", "ORG"),
        ("Kupyans", "LOC"),
    ]


def test_name_typing_needs_a_parse() -> None:
    doc = Doc(spacy.blank("nl").vocab, words=["Poetin", "sprak"])
    with pytest.raises(ValueError, match="POS and DEP"):
        name_typing.name_spans(doc)


def test_name_typing_a_word_tagged_as_a_name_once_is_a_name_throughout() -> None:
    # the tagger took the sentence-initial "Poetin" for a noun; "Oorlog" is one
    doc = parsed(
        ["Vladimir", "Poetin", "sprak", ".", "Poetin", "zei", "het", ".", "Oorlog", "dreigt", "."],
        [
            "PROPN",
            "PROPN",
            "VERB",
            "PUNCT",
            "NOUN",
            "VERB",
            "PRON",
            "PUNCT",
            "NOUN",
            "VERB",
            "PUNCT",
        ],
        [2, 0, 2, 2, 5, 5, 5, 5, 9, 9, 9],
        [
            "nsubj",
            "flat",
            "ROOT",
            "punct",
            "nsubj",
            "ROOT",
            "obj",
            "punct",
            "nsubj",
            "ROOT",
            "punct",
        ],
    )
    assert typed(doc) == [("Vladimir Poetin", "PER"), ("Poetin", "PER")]


def test_name_typing_a_first_name_tagged_noun_at_a_parser_made_sentence_start_stays() -> None:
    # the parser started a sentence at "Marco" (tagged NOUN) inside "... Zaken Marco Rubio
    # deelnamen"; "Rubio" alone would be typed as the town in the table
    doc = parsed(
        ["waaraan", "Rubio", "deelnam", "Marco", "Rubio", "deelnamen", "."],
        ["ADV", "PROPN", "VERB", "NOUN", "PROPN", "NOUN", "PUNCT"],
        [2, 2, 2, 3, 3, 3, 3],
        ["advmod", "nsubj", "ROOT", "ROOT", "flat", "dep", "punct"],
    )
    assert doc[3].is_sent_start
    assert typed(doc)[-1] == ("Marco Rubio", "PER")


def test_name_typing_a_name_tagged_adjective_once_is_still_the_name_it_is_elsewhere() -> None:
    # "Apple introduceert ... . Apple kondigde ...": the first "Apple" tagged ADJ, the second PROPN
    doc = parsed(
        ["Apple", "introduceert", "iets", ".", "Apple", "kondigde", "het", "aan", "."],
        ["ADJ", "VERB", "PRON", "PUNCT", "PROPN", "VERB", "PRON", "ADP", "PUNCT"],
        [1, 1, 1, 1, 5, 5, 5, 5, 5],
        ["advmod", "ROOT", "obj", "punct", "nsubj", "ROOT", "obj", "compound:prt", "punct"],
    )
    assert typed(doc) == [("Apple", "ORG"), ("Apple", "ORG")]


def test_name_typing_a_known_name_tagged_adjective_before_a_verb_is_its_subject() -> None:
    # "Apple meldt winst . Franse wijn wint .": "Apple" tagged ADJ at the start, like the
    # demonym "Franse" (also a place in the table); only a noun after it makes it an adjective
    doc = parsed(
        ["Apple", "meldt", "winst", ".", "Franse", "wijn", "wint", "."],
        ["ADJ", "VERB", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT"],
        [1, 1, 1, 1, 5, 6, 6, 6],
        ["advmod", "ROOT", "obj", "punct", "amod", "nsubj", "ROOT", "punct"],
    )
    assert typed(doc) == [("Apple", "ORG")]


def test_name_typing_a_capitalised_adjective_mid_sentence_is_a_name_unless_a_demonym() -> None:
    # "Cisco klaagt Apple aan ; de Ierse maatschappij": "Apple" ends in -e like "Ierse"
    doc = parsed(
        ["Cisco", "klaagt", "Apple", "aan", ";", "de", "Ierse", "maatschappij", "groeit"],
        ["PROPN", "VERB", "ADJ", "ADP", "PUNCT", "DET", "ADJ", "NOUN", "VERB"],
        [1, 1, 1, 1, 1, 7, 7, 8, 1],
        ["nsubj", "ROOT", "obj", "compound:prt", "punct", "det", "amod", "nsubj", "parataxis"],
    )
    assert [text for text, _ in typed(doc)] == ["Cisco", "Apple"]


def test_name_typing_keeps_a_known_organisation_opening_a_sentence_in_its_name() -> None:
    # "Apple Computer kondigde ... aan" with "Apple" tagged ADJ; "Vliegtuigfabrikant Boeing" loses
    # its headline noun
    doc = parsed(
        [
            "Apple",
            "Computer",
            "kondigde",
            "het",
            "aan",
            ".",
            "Vliegtuigfabrikant",
            "Boeing",
            "groeit",
            ".",
        ],
        ["ADJ", "NOUN", "VERB", "PRON", "ADP", "PUNCT", "NOUN", "PROPN", "VERB", "PUNCT"],
        [1, 2, 2, 2, 2, 2, 8, 6, 8, 8],
        [
            "amod",
            "nsubj",
            "ROOT",
            "obj",
            "compound:prt",
            "punct",
            "nsubj",
            "appos",
            "ROOT",
            "punct",
        ],
    )
    assert [text for text, _ in typed(doc)] == ["Apple Computer", "Boeing"]


def test_name_typing_a_known_place_after_van_is_a_name_of_its_own() -> None:
    # "Het Oostelijke Militaire Commando van Moskou beweerde", all of it one flat group
    doc = parsed(
        ["Het", "Oostelijke", "Militaire", "Commando", "van", "Moskou", "beweerde"],
        ["DET", "ADJ", "ADJ", "NOUN", "ADP", "PROPN", "VERB"],
        [1, 6, 1, 1, 1, 1, 6],
        ["det", "nsubj", "flat", "flat", "flat", "flat", "ROOT"],
    )
    found = typed(doc)
    assert [text for text, _ in found] == ["Oostelijke Militaire Commando", "Moskou"]
    assert found[-1] == ("Moskou", "LOC")


def test_name_typing_a_first_name_van_a_place_stays_one_person() -> None:
    doc = parsed(
        ["Steve", "van", "Moskou", "sprak"],
        ["PROPN", "ADP", "PROPN", "VERB"],
        [3, 0, 0, 3],
        ["nsubj", "flat", "flat", "ROOT"],
    )
    assert [text for text, _ in typed(doc)] == ["Steve van Moskou"]
