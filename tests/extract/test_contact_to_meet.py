"""A verb of contacting someone ("reach out") made to meet consults whom it reaches (PLOVER
CONSULT), as a trip made to meet does; without a meeting it keeps its particle phrase's type."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import assert_typed_only


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Daily Courier reached out to Tom Rivers to discuss the campaign.",
            ("Daily Courier", "CONSULT", "Tom Rivers"),
        ),
        (
            "The Daily Courier reached out to Tom Rivers for talks on the campaign.",
            ("Daily Courier", "CONSULT", "Tom Rivers"),
        ),
        (
            "Senator Anna Berg reached out to Tom Rivers for help.",
            ("Anna Berg", "REQUEST", "Tom Rivers"),
        ),
    ],
)
def test_reaching_out_to_meet_is_a_consultation(text, expected):
    assert_typed_only(text, "en", expected)
