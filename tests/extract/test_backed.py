"""A backer towards the name a backing participle describes (backers.<lang>.tsv, read by
extract/components/relations/backing.py). The sentences are made up."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_country_word_before_hyphen_backs_the_name_beside_the_noun() -> None:
    found = typed(
        "Norway condemned the raid. Ole Berg led the Harbor Guard (HG), a Norwegian-backed "
        "militia.",
        "en",
    )
    assert ("Norway", "SUPPORT", "Harbor Guard") in found


def test_named_backer_supports_the_name_after_the_noun() -> None:
    found = typed("Voters may prefer the Joe Biden-backed candidate Maria Lopez.", "en")
    assert ("Joe Biden", "SUPPORT", "Maria Lopez") in found


def test_dutch_backer_after_door_supports_the_name_before_the_comma() -> None:
    found = typed(
        "Noorwegen veroordeelde de aanval. Ole Berg was commandant van de Havenwacht (HW), "
        "een door Noorwegen gesteunde militie.",
        "nl",
    )
    assert ("Norway", "SUPPORT", "HW") in found


def test_a_backed_common_noun_beside_no_name_gives_nothing() -> None:
    found = typed("Norway condemned the raid. A Norwegian-backed militia fled.", "en")
    assert not [key for key in found if key[1] == "SUPPORT"]
