"""Raising a matter with someone ("heeft de kwestie aangekaart bij X") consults them (PLOVER
CONSULT). English "raise ... with" is left to the verb's CAMEO reading: a row for the bare "with"
phrase also typed "raised tensions with Ukraine" and "raised tariffs ... with immediate effect"
as CONSULT (stop 58's last read); the matter nouns would need object rows."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import assert_typed_only


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Minister Anna Berg heeft de kwestie aangekaart bij president Tom Rivers.",
            "nl",
            ("Anna Berg", "CONSULT", "Tom Rivers"),
        ),
    ],
)
def test_raising_a_matter_with_someone_consults_them(text, lang, expected):
    assert_typed_only(text, lang, expected)
