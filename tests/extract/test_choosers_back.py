"""Issue 18 (typing9): a pair found with another type than the gold's (cell SUPPORT -> ROLE, in
three sets). Nominating or choosing someone for an office or a candidacy backs them (PLOVER
SUPPORT, CAMEO's endorse and nominate; docs/annotation.md, "Choosing someone for an office"):
Dutch "nomineren" and "kiezen" as English "nominate" and "choose", rows of verbs.nl.tsv.

All sentences written for this test.
"""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "De Groene Partij nomineerde Maria Lopez voor het presidentschap.",
            ("Groene Partij", "SUPPORT", "Maria Lopez"),
        ),
        (
            "De Senaat van Ruritanië heeft Maria Lopez tot voorzitter gekozen.",
            ("Senaat van Ruritanië", "SUPPORT", "Maria Lopez"),
        ),
    ],
)
def test_a_body_that_nominates_or_chooses_someone_backs_them(text, expected):
    found = typed(text, "nl")
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Green Party nominated Maria Lopez for president.",
            ("Green Party", "SUPPORT", "Maria Lopez"),
        ),
        (
            "The Senate of Ruritania chose Maria Lopez as its speaker.",
            ("Senate of Ruritania", "SUPPORT", "Maria Lopez"),
        ),
    ],
)
def test_english_reads_the_same(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)
