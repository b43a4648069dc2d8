"""A verb with a name for indirect object whose direct object the parser hung on the name as
its apposition ("granted Mira Solis a full pardon") or on the verb as a bare noun phrase ("gave
Solis a pardon"): the noun is the verb's object, so the act reads as with "to"
(extract/grammar/syntax.py `_object_after_dative`). Not a noun set off by a comma."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    "text",
    [
        "Trump granted Mira Solis a full and unconditional pardon.",
        "Trump gave Mira Solis a pardon.",
    ],
    ids=["apposition", "bare-noun"],
)
@pytest.mark.model
def test_dative_objects_the_noun_after_the_name_is_the_act(text):
    found = typed(text, "en")
    assert ("Donald Trump", "CONCEDE", "Mira Solis") in found, sorted(found)


@pytest.mark.model
def test_dative_objects_the_same_act_with_to():
    found = typed("Trump granted a full and unconditional pardon to Mira Solis.", "en")
    assert ("Donald Trump", "CONCEDE", "Mira Solis") in found, sorted(found)


@pytest.mark.model
def test_dative_objects_the_name_takes_part_in_the_act_as_its_target():
    """The event the noun names is given to the name: PARTICIPANT, as with "to"."""
    found = typed("Trump granted Mira Solis a full pardon.", "en", participants=True)
    assert ("Mira Solis", "PARTICIPANT", "pardon") in found, sorted(found)
