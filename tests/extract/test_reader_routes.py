"""Pairs a reader connects that no route found (task routes3): a court's ruling against someone
(REJECT, as the dev gold codes it). The sentences are made up."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the support verb's noun with its "against" phrase: a ruling against someone
        (
            "On Monday, judge Victor Marrero issued a ruling against President Donald Trump.",
            "en",
            ("Victor Marrero", "REJECT", "Donald Trump"),
        ),
        # Dutch hangs "tegen Trump" on the support verb "deed", not on "uitspraak"
        (
            "Op maandag deed rechter Victor Marrero uitspraak tegen president Donald Trump.",
            "nl",
            ("Victor Marrero", "REJECT", "Donald Trump"),
        ),
    ],
)
def test_ruling_against_is_a_rejection(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in typed(text, lang)


def test_ruling_in_favour_rejects_no_one() -> None:
    found = typed("The Supreme Court of Puerto Rico issued a ruling in favor of the Senate.", "en")
    assert not [key for key in found if key[1] == "REJECT"]
