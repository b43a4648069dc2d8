"""A preposition the English parser coordinated with another ("sanctions on Iran and on
Syria", with "on Syria" hung on the first "on") is a phrase of the same head:
extract/grammar/syntax.py `_coordinated_prepositions`, read by `prepositional_args`."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
def test_coordinated_prepositions_each_phrase_is_the_verbs():
    found = typed("The EU imposed sanctions on Iran and on Syria.", "en")
    assert ("European Union", "SANCTION", "Iran") in found, sorted(found)
    assert ("European Union", "SANCTION", "Syria") in found, sorted(found)
