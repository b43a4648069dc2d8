"""Raising a matter with someone ("raised the issue with X", "kaartte het aan bij X") consults
them (PLOVER CONSULT), not AGREE, the CAMEO reading of the bare verb "raise"."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import assert_typed_only


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Prime Minister Anna Berg raised the matter with President Tom Rivers on Monday.",
            "en",
            ("Anna Berg", "CONSULT", "Tom Rivers"),
        ),
        (
            "Anna Berg said she raised it with Tom Rivers during the summit.",
            "en",
            ("Anna Berg", "CONSULT", "Tom Rivers"),
        ),
        (
            "Minister Anna Berg heeft de kwestie aangekaart bij president Tom Rivers.",
            "nl",
            ("Anna Berg", "CONSULT", "Tom Rivers"),
        ),
    ],
)
def test_raising_a_matter_with_someone_consults_them(text, lang, expected):
    assert_typed_only(text, lang, expected)
