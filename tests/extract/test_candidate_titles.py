"""Dutch "presidentskandidaat" is a title ("presidential candidate"): listed after another title
before one name ("de Amerikaanse senator en presidentskandidaat X") both are that person's, so
the country word on the first holds for him, as in "de Amerikaanse senator X". All sentences
written for this test."""

from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import typed


def test_presidentskandidaat_is_a_title():
    assert load_lexicon("nl").roles["presidentskandidaat"] == "presidential candidate"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hij zit een straf uit voor de moord op de Amerikaanse senator en presidentskandidaat "
        "John Smith.",
        "Gisteren sprak de Amerikaanse senator en presidentskandidaat John Smith in Chicago.",
    ],
)
def test_a_title_listed_before_the_candidate_is_his(text):
    assert ("John Smith", "ROLE", "United States") in typed(text, "nl")
