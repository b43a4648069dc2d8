"""A party's nominee holds a ROLE in the party also where a verb or "as" says it of them ("X
became the Harbor Party's presumptive nominee", "ran for governor as the Harbor Party nominee",
"werd de genomineerde van de Havenpartij"), as the apposition "X, the Harbor Party's nominee,"
gives it: the noun is a role (roles.<lang>.tsv), and the predicated-role route reads it. All
sentences written for this test."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, party",
    [
        (
            "en",
            "Tom Reyes became the Harbor Party's presumptive nominee for the election.",
            "Harbor Party",
        ),
        ("en", "In 2018, Tom Reyes ran for governor as the Harbor Party nominee.", "Harbor Party"),
        ("nl", "Tom Reyes werd de vermoedelijke genomineerde van de Havenpartij.", "Havenpartij"),
    ],
)
def test_a_predicated_nominee_holds_a_role_in_the_party(lang, text, party):
    found = typed(text, lang)
    assert ("Tom Reyes", "ROLE", party) in found, sorted(found)
