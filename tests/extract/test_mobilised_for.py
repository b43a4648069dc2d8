"""Issue 18 (evtype15): a mobilisation done for an act of force is aimed at whom or where that act
is aimed, named in the same phrase ("Israel called up reservists for the offensive in Gaza":
MOBILIZE Israel -> Gaza; PLOVER MOBILIZE: the recipient is whom the actor mobilises against).
Checked on an event built by hand and end to end on sentences of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.events import EventMention, Participant
from extract.components.relations.speech import SpeechAndStance
from tests.extract.extraction_helpers import parse, relations

EN_FOR_AN_OFFENSIVE = """
Israel 1 nsubj PROPN
mobilised 1 ROOT VERB mobilise
reservists 1 dobj NOUN reservist
for 1 prep ADP
an 5 det DET
offensive 3 pobj NOUN offensive
against 5 prep ADP
Hamas 6 pobj PROPN
. 1 punct PUNCT
"""


def _aimed(event_type: str, participants: list[Participant]) -> list[tuple[str, str, str]]:
    doc = parse(EN_FOR_AN_OFFENSIVE, "en")
    event = EventMention(
        id="e1",
        kind="attack",
        type=event_type,
        trigger="offensive",
        trigger_start=0,
        trigger_end=0,
        sentence=0,
        mentions=[5],
        participants=participants,
    )
    ctx = SimpleNamespace(
        relation=lambda source, target, type_, *args, **kw: (source, type_, target)
    )
    clause = {"mode": "asserted", "reporter": None}  # read once per clause; given here
    return list(
        SpeechAndStance()._for_an_act(doc[1], "MOBILIZE", "isr", event, doc[5], 0.6, clause, ctx)
    )


def test_mobilised_for_an_attack_is_aimed_at_its_target():
    found = _aimed("ASSAULT", [Participant("hamas", "target", 7, 0)])
    assert found == [("isr", "MOBILIZE", "hamas")]


def test_mobilised_for_an_attack_without_a_target_is_aimed_at_its_place():
    found = _aimed("ASSAULT", [Participant("gaza", "location", 7, 0)])
    assert found == [("isr", "MOBILIZE", "gaza")]


def test_mobilised_for_an_event_that_is_no_act_of_force_is_aimed_at_no_one():
    # "sent troops for the summit in Cairo": Cairo is no one mobilised against
    assert _aimed("CONSULT", [Participant("cairo", "location", 7, 0)]) == []


def test_mobilised_for_an_attack_a_name_outside_the_phrase_is_no_target():
    assert _aimed("ASSAULT", [Participant("egypt", "target", 0, 0)]) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Israel called up 60,000 reservists for an offensive against Hamas.",
            ("Israel", "MOBILIZE", "Hamas"),
        ),
        (
            "Israel mobilised 60,000 reservists for the offensive in Gaza.",
            ("Israel", "MOBILIZE", "Gaza Strip"),
        ),
    ],
)
def test_mobilised_for_end_to_end(text, expected):
    found = relations(text, "en")
    assert expected in found, sorted(found)
