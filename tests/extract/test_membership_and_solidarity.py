"""Issue 17 (routes2): routes that drew no relation. A verb of membership with its preposition
("belongs to", "behoort tot", "joined the party", "sloot zich aan bij") gives ROLE from the person
to the organisation (offices rows), and standing with or beside someone is SUPPORT
(English phrase rows; "stands with" no longer takes the lemma's THREATEN)."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations, typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Anna Berg belongs to the Green Party.", "en", ("Anna Berg", "ROLE", "Green Party")),
        (
            "Anna Berg, who belongs to the Labour Party, voted against the bill.",
            "en",
            ("Anna Berg", "ROLE", "Labour Party"),
        ),
        ("Anna Berg joined the Labour Party in 2010.", "en", ("Anna Berg", "ROLE", "Labour Party")),
        ("Piet Jansen behoort tot de PvdA.", "nl", ("Piet Jansen", "ROLE", "PvdA")),
        (
            "Piet Jansen, die tot de VVD behoort, stemde tegen het voorstel.",
            "nl",
            ("Piet Jansen", "ROLE", "VVD"),
        ),
        (
            "Piet Jansen sloot zich vorig jaar aan bij de PvdA.",
            "nl",
            ("Piet Jansen", "ROLE", "PvdA"),
        ),
    ],
    ids=["belongs-en", "who-belongs-en", "joined-en", "behoort-nl", "die-nl", "aansluiten-nl"],
)
def test_membership_verbs_give_role(text, lang, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.model
def test_a_place_that_belongs_to_a_country_is_no_role():
    found = relations("The small island belongs to Greece.", "en")
    assert not any(t == "ROLE" for _, t, _ in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Macron said France stands with Ukraine.", "en", ("France", "SUPPORT", "Ukraine")),
        ("Poland stands beside Lithuania, Tusk said.", "en", ("Poland", "SUPPORT", "Lithuania")),
    ],
    ids=["with-en", "beside-en"],
)
def test_standing_with_someone_supports_them(text, lang, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)
    assert (expected[0], "THREATEN", expected[2]) not in found, sorted(found)
