"""A bare noun of a body compounded with a title before a name ("committee member X", "court
spokesman X") stands for the one body of that noun's name the story gives, as "the committee"
would (coreference.py ``_bare_title_modifier``; the nouns of ``descriptions.<lang>.tsv`` whose
refers is ``name``). End to end on sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The House Ethics Committee met on Monday. Republican committee member Jan Smit said "
            "the talks failed.",
            ("Jan Smit", "ROLE", "House Ethics Committee"),
        ),
        (
            "The Supreme Court of Ruritania ruled on Monday. Court spokesman Jan Smit said the "
            "ruling was final.",
            ("Jan Smit", "ROLE", "Supreme Court of Ruritania"),
        ),
    ],
)
def test_end_to_end_a_bare_body_noun_before_a_title_is_the_named_body(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_bare_body_noun_stands_for_no_body_of_another_name():
    found = typed(
        "Acme Corporation met on Monday. Republican committee member Jan Smit said the talks "
        "failed.",
        "en",
    )
    assert ("Jan Smit", "ROLE", "Acme Corporation") not in found, sorted(found)
