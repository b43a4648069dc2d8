"""A speaker who says an act is unlawful ("onrechtmatig", as English "unlawful") accuses its
maker (judge rows of phrases.nl.tsv, PLOVER ACCUSE)."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import assert_typed_only


@pytest.mark.model
def test_dutch_saying_an_act_is_unlawful_accuses_its_maker():
    assert_typed_only(
        "De Raad van State zei woensdag dat het besluit van premier Jan Smit onrechtmatig is.",
        "nl",
        ("Raad van State", "ACCUSE", "Jan Smit"),
    )
