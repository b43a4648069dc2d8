"""Issue 18 (evtype15): lifting a measure that is a happening of no one's making ("the state of
emergency in Lima": an event of type CO_OCCURS) is a concession to the place it holds in, the
event's location, as "lifted the curfew in Cusco" already was; not a stance on the event, which
gave nothing (PLOVER CONCEDE: removing curfews, easing restrictions). Dutch ("hief de noodtoestand
in Lima op") already read it so. Checked on events built by hand and end to end on English
sentences of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.events import EventMention
from extract.components.relations.verbs import VerbRelations
from tests.extract.extraction_helpers import relations


def _event(type_: str) -> EventMention:
    return EventMention(
        id="event:0",
        kind="other",
        type=type_,
        trigger="emergency",
        trigger_start=0,
        trigger_end=9,
        sentence=0,
        location="kb:lima",
    )


@pytest.mark.parametrize(
    "type_, expected",
    [("CO_OCCURS", True), ("SANCTION", False)],
    ids=["happening", "someones-act"],
)
def test_lifted_happenings_only_an_event_of_no_ones_making_is_a_happening(type_, expected):
    ctx = SimpleNamespace(events={"event:0": _event(type_)})
    assert VerbRelations._happenings_only(["event:0"], ctx) is expected


def test_lifted_happenings_a_name_is_no_happening():
    ctx = SimpleNamespace(events={"event:0": _event("CO_OCCURS")})
    assert not VerbRelations._happenings_only(["event:0", "kb:peru"], ctx)
    assert not VerbRelations._happenings_only([], ctx)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Ecuador lifted the state of emergency in Guayaquil on Monday.",
            ("Ecuador", "CONCEDE", "Guayaquil"),
        ),
        (
            "en",
            "Bolivia did not lift the state of emergency in Santa Cruz.",
            ("Bolivia", "CONCEDE", "Santa Cruz"),
        ),
    ],
)
def test_lifted_happenings_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)
