"""Issue 17 (recall8): in a story of a fire, an organisation whose name marks it as a responder
to fires ("Fire and Rescue", "brandweer": ``responder`` rows of ``eventroles.<lang>.tsv``) and
that is the subject of a clause takes part in the fire, named in that sentence or not; one only
mentioned does not, nor does it take part in a story of another kind. Checked on hand-built
parses and end to end on sentences of our own in both languages."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.events import EventMention
from extract.components.relations.context import _Context
from extract.components.relations.events import EventRelations
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import hand_resolver, typed

# "Ostby Fire and Rescue requested help ."
EN_SUBJECT = """
Ostby 1 compound PROPN
Fire 4 nsubj PROPN
and 1 cc CCONJ
Rescue 1 conj PROPN
requested 4 ROOT VERB request
help 4 dobj NOUN
"""

# "a robot from Ostby Fire and Rescue was ordered": only mentioned
EN_MENTIONED = """
a 1 det DET
robot 8 nsubjpass NOUN
from 1 prep ADP
Ostby 4 compound PROPN
Fire 2 pobj PROPN
and 4 cc CCONJ
Rescue 4 conj PROPN
was 8 auxpass AUX
ordered 8 ROOT VERB order
"""

# "de brandweer van Ostby vroeg hulp"
NL_SUBJECT = """
de 1 det DET
brandweer 4 nsubj NOUN
van 3 case ADP
Ostby 1 nmod PROPN
vroeg 4 ROOT VERB vragen
hulp 4 obj NOUN
"""


def _responders(rows: str, lang: str, names, kind: str = "fire") -> list[tuple[str, str, str]]:
    """(source, type, target) of the responder relations of a hand-built parse in a story of
    one event of ``kind``, told elsewhere (mentions outside the sentence)."""
    resolver, doc = hand_resolver(rows, lang, names)
    found = EventRelations()
    found.scheme, found.lang = (UD if lang == "nl" else CLEAR), lang
    ctx = _Context(doc, resolver, {})
    event = EventMention("event:0", kind, "CO_OCCURS", kind, 0, 1, 0, mentions=[0, 0])
    return [(r.source, r.type, r.target) for r in found._responders(ctx, [event])]


@pytest.mark.parametrize(
    "rows, lang, names, expected",
    [
        (
            EN_SUBJECT,
            "en",
            [(0, 4, "ORG", "ostby_fire")],
            [("ostby_fire", "PARTICIPANT", "event:0")],
        ),
        (EN_MENTIONED, "en", [(3, 7, "ORG", "ostby_fire")], []),
        (
            NL_SUBJECT,
            "nl",
            [(1, 4, "ORG", "ostby_fire")],
            [("ostby_fire", "PARTICIPANT", "event:0")],
        ),
    ],
    ids=["en-subject", "en-only-mentioned", "nl-subject"],
)
def test_a_fire_service_acting_in_a_fire_story_takes_part(rows, lang, names, expected):
    assert _responders(rows, lang, names) == expected


def test_a_fire_service_takes_no_part_in_a_story_of_another_kind():
    assert _responders(EN_SUBJECT, "en", [(0, 4, "ORG", "ostby_fire")], kind="attack") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "A fire broke out on Tuesday at a hotel near Dolgellau. North Wales Fire and Rescue "
            "Service were called to the building at noon. The fire destroyed the roof.",
            ("North Wales Fire and Rescue Service", "PARTICIPANT", "fire in Dolgellau"),
        ),
        (
            "nl",
            "Op dinsdag brak brand uit in een parkeergarage bij Stavanger. De brandweer van "
            "Rogaland vroeg andere korpsen om hulp. De brand verwoestte het gebouw.",
            ("brandweer van Rogaland", "PARTICIPANT", "fire in Stavanger"),
        ),
    ],
    ids=["en", "nl"],
)
def test_responders_end_to_end(lang, text, expected):
    assert expected in typed(text, lang, participants=True)
