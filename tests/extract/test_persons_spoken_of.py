"""A speaker speaks of the named person the clause it reports is about: "X said Y was
arrested" is STATEMENT X -> Y (docs/annotation.md: the speaker's STATEMENT goes to "the subject
they speak about"; extract/components/relations/speech.py ``_persons_spoken_of``). Not when the
clause tells an act between named ends (that act is the relation, reported by the speaker), and
not to a country the clause is about. End to end in both languages."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "subject"),
    [
        (
            "en",
            "Governor Lena Marsh said Tomas Brandt had been arrested.",
            "Lena Marsh",
            "Tomas Brandt",
        ),
        (
            "nl",
            "Gouverneur Lena Marsh zei dat Pieter Janssen was gearresteerd.",
            "Lena Marsh",
            "Pieter Janssen",
        ),
    ],
)
def test_the_speaker_speaks_of_the_person_the_clause_is_about(lang, text, speaker, subject):
    found = typed(text, lang)
    assert (speaker, "STATEMENT", subject) in found


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "subject"),
    [
        ("en", "Lena Marsh said Tomas Brandt attacked Karl Weber.", "Lena Marsh", "Tomas Brandt"),
        (
            "nl",
            "Lena Marsh zei dat Pieter Janssen de journalist Karl Weber had aangevallen.",
            "Lena Marsh",
            "Pieter Janssen",
        ),
    ],
)
def test_an_act_told_in_the_clause_is_the_relation_not_a_statement(lang, text, speaker, subject):
    found = typed(text, lang)
    assert (speaker, "STATEMENT", subject) not in found
    assert (subject, "ASSAULT", "Karl Weber") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lena Marsh said Germany was disappointed."),
        ("nl", "Lena Marsh zei dat Duitsland teleurgesteld was."),
    ],
)
def test_no_statement_to_a_country_the_clause_is_about(lang, text):
    found = typed(text, lang)
    assert not [k for k in found if k[0] == "Lena Marsh" and k[1] == "STATEMENT"]
