"""The words around a name are not part of it (issue 19): a form of address before a person of
an organisation, and a number after a spaced dash. Finder tests on hand-tagged Docs; end-to-end
tests on our own sentences with the shipped models."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from tests.extract.test_names_organisations import finders, found, names_of, tagged

__all__ = ["finders"]  # the fixture, shared with the organisation tests


# --- a form of address before a person of an organisation ---------------------------------------


def test_names_professor_before_a_person_of_a_university_is_no_part_of_either(finders):
    doc = tagged(
        "led/VERB by/ADP Professor/PROPN Wim/PROPN Kalder/PROPN of/ADP Tarnby/PROPN "
        "University/PROPN ./PUNCT",
        "en",
    )
    doc.ents = [Span(doc, 3, 5, label="PERSON")]
    names = found(finders["en"], doc)
    assert ("Tarnby University", "ORG") in names
    assert not any(text.startswith("Professor") for text, _ in names)


def test_names_professor_alone_before_a_surname_is_cut(finders):
    doc = tagged("Professor/PROPN Kalder/PROPN said/VERB so/ADV ./PUNCT", "en")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert found(finders["en"], doc) == [("Kalder", "PERSON")]


def test_names_a_person_of_a_university_after_professor_end_to_end():
    text = (
        "The survey was led by Professor Wim Kalder of Tarnby University. Professor Ada Voss of "
        "the University of Lenholm said the numbers were worrying."
    )
    names = names_of(text, "en")
    assert {
        ("Wim Kalder", "PERSON"),
        ("Tarnby University", "ORG"),
        ("Ada Voss", "PERSON"),
        ("University of Lenholm", "ORG"),
    } <= names
    assert not any("Professor" in label for label, _ in names)


# --- a number after a spaced dash ---------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, words, name",
    [
        (
            "en",
            "the/DET Green/PROPN Harbour/PROPN Party/PROPN -/PUNCT 48/NUM",
            "Green Harbour Party",
        ),
        ("nl", "de/DET Groene/PROPN Havenpartij/PROPN -/PUNCT 12/NUM", "Groene Havenpartij"),
    ],
)
def test_names_a_number_after_a_spaced_dash_ends_the_name(finders, lang, words, name):
    doc = tagged(words, lang)
    doc.ents = [Span(doc, 1, len(doc), label="ORG")]
    assert found(finders[lang], doc) == [(name, "ORG")]


def test_names_a_spaced_hyphen_between_two_name_words_stays_inside(finders):
    # tokenised text writes "Kel-Mart" as "Kel - Mart": one name
    doc = tagged("at/ADP Kel/PROPN -/PUNCT Mart/PROPN stores/NOUN", "en")
    doc.ents = [Span(doc, 1, 4, label="ORG")]
    assert found(finders["en"], doc) == [("Kel - Mart", "ORG")]


def test_names_a_seat_count_after_a_dash_end_to_end():
    # the English model reads "Welsh National Party - 31" as one organisation
    names = names_of("The Welsh National Party - 31 seats - won the most votes.", "en")
    assert ("Welsh National Party", "ORG") in names
    assert not any(label[-1].isdigit() for label, _ in names)


# --- an occupation before a person's name; a name on a line of its own --------------------------


@pytest.mark.parametrize(
    "lang, words, label",
    [
        ("en", "Violinist/NOUN Mira/PROPN Tolsen/PROPN played/VERB ./PUNCT", "PERSON"),
        ("en", "Podcaster/PROPN Mira/PROPN Tolsen/PROPN spoke/VERB ./PUNCT", "ORG"),
        ("nl", "Violist/NOUN Mira/PROPN Tolsen/PROPN speelde/VERB ./PUNCT", "PERSON"),
        ("nl", "Onderzoeker/NOUN Mira/PROPN Tolsen/PROPN zei/VERB ./PUNCT", "ORG"),
    ],
)
def test_names_an_occupation_before_a_first_name_is_no_part_of_the_name(
    finders, lang, words, label
):
    # the model may take the whole run for an organisation: the occupation never types it
    doc = tagged(words, lang)
    doc.ents = [Span(doc, 0, 3, label=label)]
    assert found(finders[lang], doc) == [("Mira Tolsen", "PERSON")]


@pytest.mark.parametrize(
    "lang, word",
    [("en", "Protestor"), ("nl", "UCL-astronoom"), ("nl", "Demonstrant"), ("nl", "Lagerhuislid")],
)
def test_names_an_occupation_alone_names_nobody(finders, lang, word):
    doc = tagged(f"{word}/PROPN dressed/VERB up/ADP ./PUNCT", lang)
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert found(finders[lang], doc) == []


def test_names_a_name_on_a_line_of_its_own_ends_before_the_line_break(finders):
    words = ["Mira", "Tolsen", "\n\n\n", "Dozens", "of", "dice"]
    doc = Doc(tagged("x/X", "en").vocab, words=words)
    for token, pos in zip(doc, ["PROPN", "PROPN", "SPACE", "NOUN", "ADP", "NOUN"]):
        token.pos_ = pos
        token.lemma_ = token.lower_
        token.is_sent_start = token.i == 0
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert found(finders["en"], doc) == [("Mira Tolsen", "PERSON")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Scientist Mira Tolsen, who works at Tarnby University, led the study."),
        ("nl", "Wetenschapper Mira Tolsen van de Universiteit van Tarnby leidde het onderzoek."),
    ],
)
def test_names_an_occupation_before_a_person_end_to_end(lang, text):
    names = names_of(text, lang)
    assert ("Mira Tolsen", "PERSON") in names
    assert not any(label.startswith(("Scientist", "Wetenschapper")) for label, _ in names)


# --- a title that opens or ends a span the model took for an organisation ------------------------


@pytest.mark.parametrize(
    "lang, words",
    [
        ("en", "Assemblywoman/PROPN Mira/PROPN Tolsen/PROPN said/VERB so/ADV ./PUNCT"),
        ("nl", "Bisschop/PROPN Mira/PROPN Tolsen/PROPN zei/VERB dat/SCONJ ./PUNCT"),
    ],
)
def test_names_a_title_before_a_name_never_makes_it_an_organisation(finders, lang, words):
    doc = tagged(words, lang)
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert found(finders[lang], doc) == [("Mira Tolsen", "PERSON")]


def test_names_a_title_before_an_organisations_last_word_keeps_the_organisation(finders):
    doc = tagged("General/PROPN Tarnby/PROPN Company/PROPN rose/VERB ./PUNCT", "en")
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert found(finders["en"], doc) == [("General Tarnby Company", "ORG")]


def test_names_a_title_ending_an_organisation_before_a_name_is_cut(finders):
    doc = tagged(
        "Harbour/PROPN Watch/PROPN Commandant/PROPN Mira/PROPN Tolsen/PROPN spoke/VERB ./PUNCT",
        "en",
    )
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 3, 5, label="PERSON")]
    assert found(finders["en"], doc) == [("Harbour Watch", "ORG"), ("Mira Tolsen", "PERSON")]


@pytest.mark.parametrize(
    "words, cut",
    [
        ("Harbour/PROPN Watch/PROPN Commandant/PROPN Mira/PROPN Tolsen/PROPN", True),
        # "of the Director" is the office's own name, not a title of the person after it
        ("Office/PROPN of/ADP the/DET Director/PROPN Mira/PROPN Tolsen/PROPN", False),
        ("Harbour/PROPN Watch/PROPN Commandant/PROPN said/VERB so/ADV", False),
    ],
)
def test_names_which_title_at_an_organisations_end_belongs_to_the_name_after_it(
    finders, words, cut
):
    doc = tagged(words, "en")
    head = 4 if "Office" in words else 3
    assert finders["en"]._title_before_a_name(Span(doc, 0, head, label="ORG"), "ORG") is cut


def test_names_a_title_around_a_person_end_to_end():
    names = names_of(
        "Assemblywoman Mira Tolsen said the bill passed. Harbour Guard Commandant Jon Veldt "
        "spoke in Miami.",
        "en",
    )
    assert {("Mira Tolsen", "PERSON"), ("Jon Veldt", "PERSON")} <= names
    assert not any("Assemblywoman" in label or "Commandant" in label for label, _ in names)


# --- two names the model found apart on either side of "and" -------------------------------------


@pytest.mark.parametrize(
    "lang, words, first, second",
    [
        (
            "en",
            "with/ADP the/DET University/PROPN of/ADP Tarnby/PROPN and/CCONJ Velloren/PROPN "
            "Reef/PROPN Trust/PROPN ./PUNCT",
            "University of Tarnby",
            "Velloren Reef Trust",
        ),
        (
            "nl",
            "met/ADP de/DET Universiteit/PROPN van/ADP Tarnby/PROPN en/CCONJ Velloren/PROPN "
            "Rif/PROPN Stichting/PROPN ./PUNCT",
            "Universiteit van Tarnby",
            "Velloren Rif Stichting",
        ),
    ],
)
def test_names_two_names_the_model_found_apart_around_and_stay_two(
    finders, lang, words, first, second
):
    doc = tagged(words, lang)
    doc.ents = [Span(doc, 1, 5, label="ORG"), Span(doc, 6, 9, label="ORG")]
    names = [text for text, _ in found(finders[lang], doc)]
    assert first in names and second in names
    assert not any(f" {words.split()[5].split('/')[0]} " in name for name in names)


@pytest.mark.parametrize(
    "lang, words, name",
    [
        (
            "en",
            "the/DET Tarnby/PROPN Fire/PROPN and/CCONJ Rescue/PROPN Service/PROPN said/VERB",
            "Tarnby Fire and Rescue Service",
        ),
        (
            "nl",
            "het/DET Tarnby/PROPN Brandweer/PROPN en/CCONJ Redding/PROPN Instituut/PROPN zei/VERB",
            "Tarnby Brandweer en Redding Instituut",
        ),
    ],
)
def test_names_one_name_with_and_the_model_found_whole_stays_whole(finders, lang, words, name):
    doc = tagged(words, lang)
    doc.ents = [Span(doc, 1, 6, label="ORG")]
    assert (name, "ORG") in found(finders[lang], doc)


def test_names_a_known_place_after_and_stays_in_the_name(finders):
    # the model may end a court's name before "and Wales": a place coordinated inside the name
    doc = tagged(
        "the/DET High/PROPN Court/PROPN of/ADP Tarnby/PROPN and/CCONJ Wales/PROPN ruled/VERB",
        "en",
    )
    doc.ents = [Span(doc, 0, 5, label="ORG"), Span(doc, 6, 7, label="ORG")]
    assert ("High Court of Tarnby and Wales", "ORG") in found(finders["en"], doc)


def test_names_two_names_around_and_end_to_end():
    # the English model finds "the University of Oslo" and "Blue Reef Expeditions" apart; the Dutch
    # model finds no organisations of its own in such sentences: Dutch is tested on the finder
    text = "Scientists of the University of Oslo and Blue Reef Expeditions tagged the sharks."
    labels = {label for label, _ in names_of(text, "en")}
    assert "University of Oslo" in labels
    assert "Blue Reef Expeditions" in labels


# --- a one-word name in the plural after an article: a team, and the place before it its name ---


@pytest.mark.parametrize(
    "lang, opening, article, conj",
    [
        ("en", "Fans/NOUN cheered/VERB", "the/DET", "and/CCONJ"),
        ("nl", "Fans/NOUN juichten/VERB voor/ADP", "de/DET", "en/CCONJ"),
    ],
)
def test_names_a_place_before_a_teams_plural_nickname_is_part_of_its_name(
    finders, lang, opening, article, conj
):
    doc = tagged(
        f"{opening} {article} Harpoons/PROPN {conj} {article} Lenholm/PROPN Harpoons/PROPN ./PUNCT",
        lang,
    )
    n = len(doc)
    doc.ents = [
        Span(doc, n - 6, n - 5, label="PERSON"),
        Span(doc, n - 3, n - 2, label="LOCATION"),
        Span(doc, n - 2, n - 1, label="PERSON"),
    ]
    assert found(finders[lang], doc) == [("Harpoons", "ORG"), ("Lenholm Harpoons", "ORG")]


@pytest.mark.parametrize(
    "opening, name",
    [
        # a singular_ending (namewords.<lang>.tsv): "Harposs" is no plural of "Harpos"
        ("Fans/NOUN cheered/VERB", "Harposs"),
        # a family: the story also writes the singular alone
        ("Harpoon/PROPN said/VERB", "Harpoons"),
    ],
)
def test_names_a_name_that_is_no_teams_nickname_leaves_the_place_before_it(finders, opening, name):
    doc = tagged(
        f"{opening} the/DET {name}/PROPN and/CCONJ the/DET Lenholm/PROPN {name}/PROPN ./PUNCT", "en"
    )
    n = len(doc)
    doc.ents = [
        *([Span(doc, 0, 1, label="PERSON")] if doc[0].pos_ == "PROPN" else []),
        Span(doc, n - 5, n - 4, label="PERSON"),
        Span(doc, n - 3, n - 2, label="LOCATION"),
        Span(doc, n - 2, n - 1, label="PERSON"),
    ]
    names = found(finders["en"], doc)
    assert ("Lenholm", "LOCATION") in names
    assert not any(text.startswith("Lenholm ") for text, _ in names)


@pytest.mark.parametrize(
    "text",
    [
        "Ursula von der Leyen spoke in Brussels on Monday.",
        "Commission President Ursula von der Leyen said the bloc was united.",
    ],
)
def test_names_a_known_name_with_particles_is_found_whole(text):
    """The model cut "Ursula von der" from "Leyen", which it called a place."""
    names = names_of(text, "en")
    assert ("Ursula von der Leyen", "PERSON") in names
    assert not any(label in ("Leyen", "Ursula von") for label, _ in names)
