"""An ongoing event and one occasion of its kind (issue 17): "weeks of protests" is one general
event, "Saturday's march" or "the protest" after it one occasion told apart, and "the protests"
names the general event again (extract/grammar/ongoing.py, ``EventFinder._another_occasion``)."""

from __future__ import annotations

import pytest

from extract.grammar.ongoing import load_ongoing_words
from extract.lexicon import LexiconError
from tests.extract.extraction_helpers import records_of


def event_aliases(text: str, lang: str, date: str = "2019-08-19") -> list[list[str]]:
    """The words that name each protest node extracted from ``text`` (the gathering is a meeting
    of its own)."""
    records = records_of(text, lang, date)
    return sorted(
        sorted(e["aliases"])
        for e in records["entities"]
        if e["type"] == "EVENT" and any(a.lower().startswith("protest") for a in e["aliases"])
    )


def test_an_occasion_after_weeks_of_protests_is_an_event_of_its_own():
    text = (
        "Thousands of students gathered in Valdoria on Saturday after weeks of protests against "
        "the new tax. The protest began outside the parliament of Valdoria and later moved to "
        "the central station."
    )
    assert event_aliases(text, "en") == [["protest"], ["protests"]]


def test_the_protests_after_weeks_of_protests_name_the_ongoing_event_again():
    text = (
        "Thousands of students gathered in Valdoria on Saturday after weeks of protests against "
        "the new tax. The protests began when the government of Valdoria raised the tax."
    )
    assert event_aliases(text, "en") == [["protests"]]


def test_without_a_word_of_an_ongoing_event_the_protest_is_the_protests_told_before():
    text = (
        "Thousands of students gathered in Valdoria on Saturday after protests against the new "
        "tax. The protest began outside the parliament of Valdoria and later moved to the "
        "central station."
    )
    assert event_aliases(text, "en") == [["protest", "protests"]]


def test_een_protest_na_twee_weken_van_protesten_is_een_eigen_gebeurtenis():
    text = (
        "Duizenden studenten kwamen zaterdag bijeen in Valdorië na twee weken van protesten tegen "
        "de nieuwe belasting. Het protest begon voor het parlement van Valdorië en trok later "
        "naar het centraal station."
    )
    assert event_aliases(text, "nl") == [["protest"], ["protesten"]]


def test_the_ongoing_event_takes_no_date_of_its_occasions_clause():
    # "on Saturday ... after weeks of protests": Saturday is the gathering's, not the protests'
    text = (
        "Thousands of students gathered in Valdoria on Saturday after weeks of protests against "
        "the new tax. The protest began outside the parliament of Valdoria and later moved to "
        "the central station."
    )
    records = records_of(text, "en", "2019-08-19")
    dates = {
        tuple(e["aliases"]): e["event"].get("date")
        for e in records["entities"]
        if e["type"] == "EVENT"
    }
    assert dates[("protests",)] == "2019-08-19"
    assert dates[("protest",)] == "2019-08-17"


def test_the_ongoing_words_are_read_by_role_and_a_wrong_role_is_named(tmp_path):
    (tmp_path / "ongoing.xx.tsv").write_text("word\trole\nongoing\tmodifier\nweeks\tperiod\n")
    words = load_ongoing_words("xx", tmp_path)
    assert (words.modifiers, words.periods, words.links) == ({"ongoing"}, {"weeks"}, frozenset())
    (tmp_path / "ongoing.yy.tsv").write_text("word\trole\nongoing\tadverb\n")
    with pytest.raises(LexiconError, match="adverb"):
        load_ongoing_words("yy", tmp_path)


def test_an_occasion_in_the_next_paragraph_takes_the_time_the_ongoing_event_was_told_on():
    # the Saturday of the paragraph before is the protest's, the occasion of the ongoing protests
    text = (
        "On Saturday, thousands of students gathered in Valdoria. This comes after weeks of "
        "protests against the new tax.\n\nThe protest began outside the parliament of Valdoria "
        "and later moved to the central station."
    )
    records = records_of(text, "en", "2019-08-19")
    dates = {
        tuple(e["aliases"]): e["event"].get("date")
        for e in records["entities"]
        if e["type"] == "EVENT"
    }
    assert dates[("protest",)] == "2019-08-17"
