"""Issue 18: "opened fire" is shooting, an attack (PLOVER ASSAULT), not a blaze.

"Fire" alone names a fire event (events.en.tsv); the "open fire" row of
``eventsenses.en.tsv`` reads it as "shooting" (nouns.en.tsv). Dutch "het vuur openen" makes no
fire event to begin with ("vuur" is no event noun; "brand" is). The sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of


def _events(text: str) -> list[tuple[str, str, str]]:
    """(label, PLOVER type, trigger) of each EVENT node extracted from ``text``."""
    records = records_of(text, "en")
    return [
        (e["label"], e["event"]["type"], e["event"]["trigger"])
        for e in records["entities"]
        if e["type"] == "EVENT"
    ]


@pytest.mark.model
def test_opening_fire_is_an_attack_not_a_fire():
    events = _events(
        "Gunman opens fire in Kandor superstore; more than 20 dead. A gunman opened fire in a "
        "Kandor supermarket on Saturday, killing 20 people. Police arrested Tom Rivers, 21, "
        "after the attack."
    )
    assert ("attack", "ASSAULT", "fire") in events, events
    assert not [e for e in events if e[0] == "fire"], events


@pytest.mark.model
def test_a_fire_that_broke_out_is_still_a_fire():
    events = _events(
        "Fire destroys Kandor superstore. A fire broke out in a Kandor supermarket on Saturday, "
        "killing 20 people. Police arrested Tom Rivers, 21, after the fire."
    )
    assert [e for e in events if e[0] == "fire"], events


@pytest.mark.model
def test_an_open_fire_is_a_fire():
    # the adjective is no verb of shooting: "an open fire", "banned open fires"
    events = _events(
        "An open fire spread to the roof of a house in Kandor on Sunday. Nobody was hurt in the "
        "fire."
    )
    assert [e for e in events if e[0] == "fire"], events
    assert not [e for e in events if e[1] == "ASSAULT"], events
