"""Who declares or classifies an event ("upgraded the storm to a hurricane", "riep de epidemie uit
tot pandemie", "had de epidemie tot pandemie verklaard") speaks of it (STATEMENT towards the
event, as the gold draws an agency reporting on a disaster) and takes no part in it; who declares
a state of emergency still takes part in the emergency."""

from __future__ import annotations

import pytest

from extract.grammar.event_roles import load_event_roles
from tests.extract.extraction_helpers import records_of


def _towards_events(text: str, lang: str, source: str) -> set[str]:
    """The types of the relations from the entity labelled ``source`` to an EVENT node."""
    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    return {
        r["type"]
        for r in records["relations"]
        if label[r["source"]] == source and r["target"].startswith("event:")
    }


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Tropical Storm Nadia struck Cuba on Friday. The National Hurricane Center upgraded "
            "the storm to a hurricane on Sunday.",
        ),
        (
            "en",
            "The Red Fever epidemic killed 40 people in Ruritania. The World Health Organization "
            "classified the epidemic as a pandemic on Monday.",
        ),
        (
            "nl",
            "De epidemie van Rode Koorts doodde 40 mensen in Ruritanië. De "
            "Wereldgezondheidsorganisatie riep de epidemie maandag uit tot pandemie.",
        ),
        (
            "nl",
            "De epidemie van Rode Koorts doodde 40 mensen in Ruritanië. De "
            "Wereldgezondheidsorganisatie had de epidemie maandag tot pandemie verklaard.",
        ),
    ],
)
def test_who_declares_what_an_event_is_speaks_of_it_and_takes_no_part(lang, text):
    source = "National Hurricane Center" if "Hurricane" in text else "World Health Organization"
    assert _towards_events(text, lang, source) == {"STATEMENT"}


def test_the_classifying_verbs_are_read_with_their_preposition():
    assert ("upgrade", "to") in load_event_roles("en").classifies
    assert ("declare", "") in load_event_roles("en").classifies
    assert ("uitroepen", "tot") in load_event_roles("nl").classifies


def test_who_declares_a_state_of_emergency_still_takes_part_in_it():
    text = (
        "Hurricane Nadia is approaching the coast of Florida. Governor Jane Miller declared a "
        "state of emergency on Thursday."
    )
    assert "PARTICIPANT" in _towards_events(text, "en", "Jane Miller")
