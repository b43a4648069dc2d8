"""dates10: a bare month that opens a clause told in the past is read backwards even where the act the
clause wants lies ahead ("In June, X unsuccessfully sought the nomination": last June's seeking);
told in the future it is read forwards. End to end on sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In June, Jo Smith unsuccessfully sought the nomination of the Harbor Party.", "2019-06"),
        ("Jo Smith will seek the nomination of the Harbor Party in June.", "2020-06"),
        # a time after the past verb may be the plan's target: read forward
        ("Jo Smith sought the nomination of the Harbor Party for June.", "2020-06"),
    ],
)
def test_a_month_of_a_past_clause_is_read_backwards(text, expected):
    found = typed(text, "en", "2020-01-10", participants=True)
    assert found["Jo Smith", "PARTICIPANT", "election"]["date"] == expected
