"""A threat or demand told in a finite complement is aimed at the complement's object unless the
complement's own subject is a name or a noun a name owns (extract/grammar/patterns.py
``subject_verb_complement``): "warned that tariffs would hit China" threatens China, while
"alleged Joe Biden's plan would strip Medicare" accuses Biden, not Medicare
(test_condemned_deeds.py)."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donald Trump warned that tariffs would hit China.",
            ("Donald Trump", "THREATEN", "China"),
        ),
        (
            "China warned that the sale would harm relations with the United States.",
            ("China", "THREATEN", "United States"),
        ),
        ("Russia demanded that the troops leave Ukraine.", ("Russia", "REQUEST", "Ukraine")),
    ],
)
def test_a_complement_with_a_common_noun_subject_keeps_its_object(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)
