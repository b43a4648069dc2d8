"""A sentence-final word that the Dutch tokenizer's exceptions take for an abbreviation ("van de
hand." as 'hand.' for 'handelingen'): its period is split off, so the sentence ends there and the
verb phrase it closes is read (``extract.pipeline.split_sentence_final_words``)."""

from __future__ import annotations

import pytest
import spacy

from extract.lexicon import DEFAULT_LEXICON_DIR, read_word_list
from extract.pipeline import split_sentence_final_words
from tests.extract.extraction_helpers import records_of, relations


def test_sentence_final_words_are_split_from_their_period():
    nlp = spacy.blank("nl")
    assert "hand." in [t.text for t in nlp("Zij wees het voorstel van de hand.")]
    split_sentence_final_words(nlp, "nl")
    words = [t.text for t in nlp('Zij wees het voorstel van de hand. "Te vol." Hand. TOP.')]
    assert words[6:8] == ["hand", "."]
    assert ["vol", ".", '"'] == words[10:13]
    assert words[-4:] == ["Hand", ".", "TOP", "."]


def test_sentence_final_words_leave_real_abbreviations_whole():
    nlp = spacy.blank("nl")
    split_sentence_final_words(nlp, "nl")
    assert [t.text for t in nlp("Prof. Jansen kwam om 10 min. over vier.")][:1] == ["Prof."]
    assert "min." in [t.text for t in nlp("Prof. Jansen kwam om 10 min. over vier.")]


def test_an_acronym_ends_its_sentence_only_in_capitals():
    # "VS." and "VN." are kept whole by the tokenizer's exceptions, though Dutch writes the
    # acronyms without periods: the period ends the sentence; "vs." (versus) is no acronym
    nlp = spacy.blank("nl")
    split_sentence_final_words(nlp, "nl")
    words = [t.text for t in nlp("Berlijn overlegde met de VS. De VN. Smit vs. Jansen.")]
    assert words[4:6] == ["VS", "."]
    assert words[7:9] == ["VN", "."]
    assert "vs." in words


def test_sentence_final_words_change_nothing_without_a_list():
    nlp = spacy.blank("en")
    before = [t.text for t in nlp("He met Gov. Smith at 5 p.m. on Jan. 3.")]
    split_sentence_final_words(nlp, "en")
    assert [t.text for t in nlp("He met Gov. Smith at 5 p.m. on Jan. 3.")] == before


def test_sentence_final_words_are_all_exceptions_of_the_tokenizer():
    # a listed word the tokenizer already splits would be a dead row
    rules = spacy.blank("nl").tokenizer.rules
    words = read_word_list(DEFAULT_LEXICON_DIR / "sentencefinal.nl.txt")
    assert words and all(word + "." in rules for word in words)


@pytest.mark.model
def test_sentence_final_word_ends_the_sentence_and_its_phrase_types_the_act():
    text = "Marokko wees het voorstel van Algerije van de hand. Daarna sprak Rabat met Madrid."
    records = records_of(text, "nl")
    assert len(records["sentences"]) == 2
    assert ("Morocco", "REJECT", "Algeria") in relations(text, "nl")


@pytest.mark.model
def test_a_sentence_after_the_acronym_of_a_country_is_read_on_its_own():
    text = (
        "Duitsland overlegde met de VS. De Amerikaanse ambassadeur in Duitsland Jan Kolar "
        "voerde aan dat het verbod nodig was."
    )
    records = records_of(text, "nl")
    assert len(records["sentences"]) == 2
    assert ("Jan Kolar", "ROLE", "United States") in relations(text, "nl")


def test_an_acronym_with_a_diacritic_is_split_as_written(tmp_path, monkeypatch):
    # the rows were folded before they were compared with the acronyms as written, so "COÖP"
    # (the tokenizer keeps "COÖP." whole) became "COOP", which no exception has
    (tmp_path / "sentencefinal.nl.txt").write_text("# test\nCOÖP\nhand\n", encoding="utf-8")
    monkeypatch.setattr("extract.pipeline.DEFAULT_LEXICON_DIR", tmp_path)
    nlp = spacy.blank("nl")
    split_sentence_final_words(nlp, "nl")
    words = [t.text for t in nlp("Zij werkt bij de COÖP. Daar wees zij het van de hand.")]
    assert words[4:6] == ["COÖP", "."]
    assert words[-2:] == ["hand", "."]
    assert "Coöp." in [t.text for t in nlp("De Coöp. Bank.")]
