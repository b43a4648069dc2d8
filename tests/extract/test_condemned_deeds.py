"""A speaker who tells of someone a deed that condemns its doer accuses them: "X said Y broke
the law" is ACCUSE X -> Y, not a STATEMENT (docs/annotation.md: a reported act that is an
accusation gives its type; the deeds are the verb ``judge`` rows of phrases.<lang>.tsv, read by
extract/components/relations/speech.py ``_condemned_deed``). A claim asserts as "said" does; a
deed told as not done accuses no one. End to end in both languages."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "accused"),
    [
        ("en", "Senator Lena Marsh said Tomas Brandt broke the law.", "Lena Marsh", "Tomas Brandt"),
        (
            "en",
            "Senator Lena Marsh claimed that Tomas Brandt had misled voters.",
            "Lena Marsh",
            "Tomas Brandt",
        ),
        (
            "en",
            'Senator Lena Marsh said, "Tomas Brandt is hiding the figures."',
            "Lena Marsh",
            "Tomas Brandt",
        ),
        (
            "nl",
            "Senator Lena Marsh zei dat gouverneur Pieter Janssen de wet had overtreden.",
            "Lena Marsh",
            "Pieter Janssen",
        ),
        (
            "nl",
            "Senator Lena Marsh beweerde dat gouverneur Pieter Janssen de cijfers verzwijgt.",
            "Lena Marsh",
            "Pieter Janssen",
        ),
    ],
)
def test_a_condemned_deed_told_of_someone_accuses_them(lang, text, speaker, accused):
    found = typed(text, lang)
    assert (speaker, "ACCUSE", accused) in found, sorted(found)
    assert (speaker, "STATEMENT", accused) not in found


def test_a_body_named_inside_the_subject_is_accused():
    found = typed('Lena Marsh said, "Now the British government are breaking the law."', "en")
    assert ("Lena Marsh", "ACCUSE", "United Kingdom") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "speaker", "subject"),
    [
        ("Lena Marsh said Tomas Brandt did not break the law.", "Lena Marsh", "Tomas Brandt"),
        ("Lena Marsh said Tomas Brandt was in Paris.", "Lena Marsh", "Tomas Brandt"),
    ],
)
def test_a_denied_or_harmless_deed_is_only_spoken_of(text, speaker, subject):
    found = typed(text, "en")
    assert (speaker, "STATEMENT", subject) in found, sorted(found)
    assert (speaker, "ACCUSE", subject) not in found


def test_a_claim_of_no_condemned_deed_gives_nothing():
    found = typed("Senator Lena Marsh claimed that Tomas Brandt was in Paris.", "en")
    assert not [k for k in found if k[0] == "Lena Marsh" and k[2] == "Tomas Brandt"], sorted(found)


def test_a_body_not_named_in_its_phrase_is_not_accused():
    found = typed("Lena Marsh said the government had misled voters.", "en")
    assert not [k for k in found if k[0] == "Lena Marsh" and k[1] == "ACCUSE"], sorted(found)


def test_an_accusation_of_a_clause_is_aimed_at_its_subject_not_its_objects():
    found = typed(
        "Donald Trump alleged Joe Biden's plan would strip Medicare and Social Security.", "en"
    )
    assert ("Donald Trump", "ACCUSE", "Joe Biden") in found, sorted(found)
    assert not [
        k for k in found if k[0] == "Donald Trump" and k[2] in ("Medicare", "Social Security")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lena Marsh said the refugees from Syria had broken the law."),
        ("en", "Lena Marsh said the ambassador to China had misled Congress."),
        ("nl", "Lena Marsh zei dat de vluchtelingen uit Syrië de wet hadden overtreden."),
    ],
)
def test_a_name_in_another_phrase_of_the_subject_is_not_accused(lang, text):
    found = typed(text, lang)
    assert not [k for k in found if k[0] == "Lena Marsh" and k[1] == "ACCUSE"], sorted(found)


def test_a_possessor_inside_the_subject_is_accused():
    found = typed("Lena Marsh said members of Congress had abused their power.", "en")
    assert ("Lena Marsh", "ACCUSE", "Congress") in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        ("en", "Lena Marsh said Tomas Brandt violated no rules.", "Tomas Brandt"),
        (
            "nl",
            "Senator Lena Marsh zei dat gouverneur Pieter Janssen geen regels had overtreden.",
            "Pieter Janssen",
        ),
    ],
)
def test_a_deed_denied_on_its_object_accuses_no_one(lang, text, subject):
    found = typed(text, lang)
    assert ("Lena Marsh", "ACCUSE", subject) not in found, sorted(found)
