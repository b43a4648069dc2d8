"""The name finder's words are data: namewords.<lang>.tsv, read for every language at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract.errors import LexiconError
from extract.lexicon import DEFAULT_LEXICON_DIR
from extract.name_words import name_words, plural_endings, singulars


@pytest.fixture
def lexicon_dir(tmp_path: Path) -> Path:
    """A private copy of data/lexicons that a test may change."""
    target = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_LEXICON_DIR, target)
    return target


def test_name_words_of_both_languages_are_read_together():
    words = name_words()
    # an English company head and a Dutch one, for text in either language
    assert {"company", "partij", "ministerie"} <= words["org_head"]
    assert {"said", "zei"} <= words["speech_verb"]
    # company suffixes keep their case; portfolios are folded ("Financiën")
    assert "GmbH" in words["corp_suffix"] and "gmbh" not in words["corp_suffix"]
    assert "financien" in words["portfolio"]


def test_name_words_hold_the_linkers_small_words():
    # the linker's "Kelly and Baroni" (a pair), "mayor of Amman" and "the Court" read these
    words = name_words()
    assert {"and", "en", "&"} <= words["coordinator"]
    assert words["of_preposition"] == {"of", "van"}
    assert words["for_preposition"] == {"for", "voor"}
    assert words["definite_article"] == {"the", "de", "het"}
    assert words["indefinite_article"] == {"a", "an", "een"}


def test_name_words_hold_the_endings_of_a_name_in_the_plural():
    # "the Lakers", "de Turpins": a team or a family; "Ross" is no plural
    words = name_words()
    assert words["plural_ending"] == {"s"}
    assert words["singular_ending"] == {"ss"}


def test_a_plural_gives_its_singulars_by_every_languages_endings():
    # "Emergencies Ministry", "Quarnix Industries Council": the first ending that fits first
    assert singulars("industries")[0] == "industry"
    assert "church" in singulars("churches") and singulars("nations") == ("nation",)
    assert singulars("markten") == ("markt",)  # Dutch, read with the English endings
    assert singulars("en") == () and singulars("council") == ()  # no stem left; no plural


def test_plural_endings_of_a_new_language_come_from_its_file(lexicon_dir):
    with (lexicon_dir / "languages.tsv").open("a", encoding="utf-8") as out:
        out.write("af\taf_pipeline_sm\tclosed\tAfrikaans\n")
    (lexicon_dir / "plurals.af.tsv").write_text("plural\tsingular\ne\n", encoding="utf-8")
    assert ("e", "") in plural_endings(lexicon_dir)
    assert ("e", "") not in plural_endings() and ("ies", "y") in plural_endings(lexicon_dir)


def test_name_words_of_a_new_language_come_from_its_file(lexicon_dir):
    with (lexicon_dir / "languages.tsv").open("a", encoding="utf-8") as out:
        out.write("af\taf_pipeline_sm\tclosed\tAfrikaans\n")
    (lexicon_dir / "namewords.af.tsv").write_text(
        "word\tkind\nmaatskappy\torg_head\nhet gesê\tspeech_verb\n", encoding="utf-8"
    )
    words = name_words(lexicon_dir)
    assert "maatskappy" in words["org_head"] and "company" in words["org_head"]
    assert "het gesê" in words["speech_verb"]
    assert "maatskappy" not in name_words()["org_head"]


def test_name_word_of_unknown_kind_names_file_and_line(lexicon_dir):
    path = lexicon_dir / "namewords.nl.tsv"
    lines = path.read_text(encoding="utf-8").count("\n")
    with path.open("a", encoding="utf-8") as out:
        out.write("concern\torg_haed\n")
    with pytest.raises(LexiconError) as err:
        name_words(lexicon_dir)
    assert str(err.value).startswith(
        f"unknown name word kind 'org_haed' in {path}, line {lines + 1}; expected one of connector"
    )


def test_name_words_hold_the_nouns_for_a_ministry():
    # "the Emergencies Ministry", "het staatsministerie van Volksgezondheid": the linker and the
    # name finder read the ministry noun of every language, also as a word's end
    assert name_words()["ministry"] == {"ministry", "ministerie"}


def test_name_words_hold_surname_prefixes_and_demonstratives():
    # "MacArthur" is a surname, not a brand spelled like "JetBlue"; "this attack", "die
    # gesprekken" are definite, as "the attack" is
    words = name_words()
    assert {"mac", "fitz", "van"} <= words["surname_prefix"]
    assert {"this", "these", "deze", "die"} <= words["demonstrative"]
    # "Robert Downey jr." ends with its suffix
    assert {"jr.", "jr", "sr"} <= words["name_suffix"]
    # "Trump's", "Paris'": the possessive's own tokens
    assert {"'s", "’s", "'"} <= words["possessive_mark"]


def test_transliterations_are_read_in_the_order_written():
    # "Tsjernobyl" and "Chernobyl", "Poetin" and "Putin": a longer spelling is replaced first
    from extract.name_words import transliterations

    found = transliterations()
    assert found[0] == ("tsj", "ch") and ("oe", "u") in found
    assert found.index(("sch", "sh")) < found.index(("ch", "h"))
