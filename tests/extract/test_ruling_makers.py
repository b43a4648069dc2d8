"""A stance on a court's ruling is aimed at whoever made it, named in the ruling's own phrase:
"disregarded the Supreme Court's ruling", "verzette zich tegen de uitspraak van X" (REJECT;
annotation.md: an appeal is REJECT towards whoever made the ruling). The ruling is an EVENT of
no act between its participants (a trial), so the stance reached no one before (task routes5,
actnouns.<lang>.tsv). The sentences are made up."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Jan Smit rejected the Supreme Court's ruling.",
            "en",
            ("Jan Smit", "REJECT", "Supreme Court"),
        ),
        # a participle clause: the main clause's subject disregards
        (
            "Jan Smit signed the order, disregarding the Supreme Court's ruling.",
            "en",
            ("Jan Smit", "REJECT", "Supreme Court"),
        ),
        (
            "Jan Smit criticized the verdict of the Supreme Court.",
            "en",
            ("Jan Smit", "ACCUSE", "Supreme Court"),
        ),
        (
            "Jan Smit negeerde de uitspraak van het Hooggerechtshof.",
            "nl",
            ("Jan Smit", "REJECT", "Hooggerechtshof"),
        ),
        (
            "Jan Smit verzette zich tegen de uitspraak van Emmanuel Macron.",
            "nl",
            ("Jan Smit", "REJECT", "Emmanuel Macron"),
        ),
    ],
)
def test_stance_on_a_ruling_is_aimed_at_its_maker(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    found = typed(text, lang, participants=True)
    assert expected in found, sorted(found)
    # the one who takes the stance takes no part in the ruling
    assert not [k for k in found if k[0] == expected[0] and k[1] == "PARTICIPANT"], sorted(found)


def test_stance_on_a_trial_is_not_aimed_at_whom_it_tries() -> None:
    """'the trial of X': X is tried, no maker (the noun is no act noun)."""
    found = typed("Jan Smit criticized the trial of Tom Vale.", "en")
    assert not [k for k in found if k[0] == "Jan Smit" and k[2] == "Tom Vale"], sorted(found)


def test_a_participle_set_off_by_a_comma_is_its_clause_subject_s_doing() -> None:
    """'would use an executive order ..., disregarding the ruling': the parser makes the
    participle an open complement of 'use', whose object would control it (the order would
    disregard); set off by a comma it is a free adjunct, done by the clause's subject."""
    found = typed(
        "Jan Smit would use an executive order to add the question to the census, "
        "disregarding the Supreme Court's ruling.",
        "en",
    )
    assert ("Jan Smit", "REJECT", "Supreme Court") in found, sorted(found)
