"""A wanted notice for someone not held ('opsporingsbevel', like 'arrestatiebevel') is a threat
of arrest (PLOVER THREATEN 'arrest'), active, passive or as a noun (evtype16, issue 18)."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rusland vaardigde vorige week een opsporingsbevel uit tegen de Letse minister "
            "Baiba Braže.",
            ("Russia", "THREATEN", "Baiba Braže"),
        ),
        (
            "Tegen de Estse premier Kaja Kallas werd door Rusland een opsporingsbevel "
            "uitgevaardigd.",
            ("Russia", "THREATEN", "Kaja Kallas"),
        ),
    ],
)
def test_dutch_wanted_notice_is_a_threat_of_arrest(text, expected):
    found = typed(text, "nl")
    assert expected in found, sorted(found)
    assert (expected[0], "COERCE", expected[2]) not in found
