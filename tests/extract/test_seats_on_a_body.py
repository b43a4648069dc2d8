"""A seat held on a body ("a justice on the Supreme Court", "serves on the committee"): the rows
"serve on" and "sit on" of offices.en.tsv make "on" a seat preposition, to an organisation only
(titles.py ``_affiliation_relations`` and ``_seat_holding``). End to end on sentences of our
own."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jan Smit, a justice on the Supreme Court of Canada, resigned on Monday.",
            ("Jan Smit", "ROLE", "Supreme Court of Canada"),
        ),
        (
            "Jan Smit has served on the Senate Foreign Relations Committee since 2010.",
            ("Jan Smit", "ROLE", "Senate Foreign Relations Committee"),
        ),
    ],
)
def test_end_to_end_a_seat_on_a_body_is_a_role_in_it(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_title_on_a_country_is_no_seat():
    found = typed("Jan Smit, an expert on Iran, said the talks failed.", "en")
    assert ("Jan Smit", "ROLE", "Iran") not in found, sorted(found)
