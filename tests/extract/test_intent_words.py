"""Issue 18: words of intent that plan the act they govern ("his intent to meet", "a plot to
attack", "is determined to attack", "een complot om aan te vallen"), so the act comes out
planned, not asserted. The words are ``governor`` rows of ``data/lexicons/modality.<lang>.tsv``;
these tests run the real pipelines on sentences written for them."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Jane Doe is determined to attack Russia.", ("Jane Doe", "ASSAULT", "Russia")),
        ("en", "Jane Doe revealed a plot to attack Russia.", ("Jane Doe", "ASSAULT", "Russia")),
        (
            "en",
            "Jane Doe announced her intent to meet Vladimir Putin.",
            ("Vladimir Putin", "PARTICIPANT", "meeting"),
        ),
        (
            "nl",
            "Oekraïne smeedde een complot om Rusland aan te vallen.",
            ("Ukraine", "ASSAULT", "Russia"),
        ),
    ],
)
def test_intent_words_plan_the_act_they_govern(lang, text, expected):
    found = typed(text, lang, participants=True)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == "planned"
