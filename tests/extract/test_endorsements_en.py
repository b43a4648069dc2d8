"""Issue 18 (evtype12): endorsing someone's bid, decision, proposal or move backs its maker
(PLOVER SUPPORT), as backing it already did (phrases_en_overrides: back + bid)."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Poland endorsed Lithuania's move to close two border crossings.",
            ("Poland", "SUPPORT", "Lithuania"),
        ),
        (
            "Germany endorsed Ukraine's bid to open accession talks with the bloc.",
            ("Germany", "SUPPORT", "Ukraine"),
        ),
    ],
    ids=["move", "bid"],
)
def test_endorsing_an_act_supports_its_maker(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)
