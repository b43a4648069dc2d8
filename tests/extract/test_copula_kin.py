"""A copula with a kin noun gives FAMILY, as the apposition does: "X was de broer van Y", "X is
the wife of Y" (also when Y carries a title: "de broer van de Amerikaanse president Y"); a kin
noun without a named relative gives none. All sentences written for this test."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, pair",
    [
        ("nl", "Jan Smit was de broer van Piet Smit.", ("Jan Smit", "Piet Smit")),
        (
            "nl",
            "Jan Smit was de broer van de Amerikaanse president Piet Smit.",
            ("Jan Smit", "Piet Smit"),
        ),
        ("en", "John Smith was the brother of Peter Smith.", ("John Smith", "Peter Smith")),
    ],
)
def test_a_copula_kin_noun_gives_family(lang, text, pair):
    found = typed(text, lang)
    assert (pair[0], "FAMILY", pair[1]) in found, sorted(found)


@pytest.mark.model
def test_a_kin_noun_without_a_relative_gives_none():
    found = typed("Jan Smit was de broer van een bekende schrijver.", "nl")
    assert not [k for k in found if k[1] == "FAMILY"], sorted(found)
