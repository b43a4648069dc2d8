"""The shipped word-class feature (newsgraph_word_classes): which classes a Dutch word can have.

The unit tests use a tiny lemma table in spacy-lookups-data's layout, so each case shows one rule;
the last tests use the shipped pipeline and its tables.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model

word_classes = pytest.importorskip("nl_newsgraph_sm.word_classes")

TABLES = {
    "index": {
        "noun": ["einde", "weekeinde", "preek"],
        "verb": ["prijzen", "preken"],
        "adj": ["subtiel"],
        "det": ["de"],
    },
    "exc": {"verb": {"zei": ["zeggen"]}},
    "rules": {"adj": [["er", ""]], "noun": [["en", ""]], "verb": [["de", "en"]]},
    "lookup": {"prijst": "prijzen"},
}


@pytest.fixture
def lexicon():
    return word_classes.WordClasses(TABLES)


def test_word_classes_form_listed_in_the_lookup_takes_its_lemmas_class(lexicon) -> None:
    assert lexicon.classes("prijst") == "V"


def test_word_classes_irregular_form_is_found_among_the_exceptions(lexicon) -> None:
    assert lexicon.classes("zei") == "V"


def test_word_classes_regular_ending_is_undone_for_unlisted_forms(lexicon) -> None:
    assert lexicon.classes("subtieler") == "A"


def test_word_classes_a_word_with_two_readings_gets_both(lexicon) -> None:
    # "preken" is a verb, and also "preek" + plural -en, but the listed form already decides
    assert lexicon.classes("preken") == "V"
    assert lexicon.classes("preek") == "N"


def test_word_classes_unknown_compound_ending_in_a_noun_is_marked(lexicon) -> None:
    assert lexicon.classes("vakantieweekeinde") == "n"


def test_word_classes_unknown_word_and_capitals(lexicon) -> None:
    assert lexicon.classes("Poetin") == "-"
    assert lexicon.classes("De") == "D"


def test_word_classes_of_tokens_other_than_plain_words(lexicon) -> None:
    assert word_classes.token_classes("GroenLinks-vakantieweekeinde", lexicon.classes) == "n"
    assert word_classes.token_classes("U3.1.1", lexicon.classes) == "#"
    assert word_classes.token_classes("1990", lexicon.classes) == "#"
    assert word_classes.token_classes("“", lexicon.classes) == "-"


def test_word_classes_shipped_pipeline_writes_them_to_tag_before_the_tagger(nlp: Language) -> None:
    assert nlp.pipe_names[0] == "word_classes"
    doc = nlp("Poetin prijst de subtielere aanpak.")
    assert (doc[1].tag_, doc[3].tag_) == ("V", "A")
    assert doc[0].tag_ == "-" and doc[-1].tag_ == "-"  # a name the tables lack; punctuation


def test_word_classes_shipped_tables_carry_their_licence(nlp: Language) -> None:
    folder = Path(nlp.path) / "word_classes"
    assert (folder / word_classes.TABLES_FILE).exists()
    assert "MIT License" in (folder / word_classes.LICENSE_FILE).read_text(encoding="utf8")
    assert "(word_classes/nl_lemma_tables.json.gz)" in (
        Path(nlp.path) / "LICENSES_SOURCES"
    ).read_text(encoding="utf8")
    assert any(
        source["license"] == "MIT" and "lemma tables" in source["name"]
        for source in nlp.meta["sources"]
    )
