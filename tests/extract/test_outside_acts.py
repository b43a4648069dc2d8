"""Acts done from outside an event to its people (extract/components/events.py OUTSIDE_ACTS):
whoever arrests or attacks someone at a protest takes no part in the protest. On hand-built
parses, then end to end in both languages."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.events import EventFinder
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations

# "Chile arrested Lopez at the protest."
ARRESTED_AT = """
Chile 1 nsubj PROPN
arrested 1 ROOT VERB arrest
Lopez 1 dobj PROPN
at 1 prep ADP
the 5 det DET
protest 3 pobj NOUN protest
. 1 punct PUNCT
"""

# "Chile joined Lopez at the protest."
JOINED_AT = ARRESTED_AT.replace("arrested 1 ROOT VERB arrest", "joined 1 ROOT VERB join")


def _protest_participants(rows: str) -> list[tuple[str, str]]:
    doc = parse(rows)
    doc.ents = [
        Span(doc, 0, 1, label="COUNTRY", kb_id="chile"),
        Span(doc, 2, 3, label="PERSON", kb_id="lopez"),
    ]
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    finder = EventFinder("events", load_lexicon("en"), load_kb(), CLEAR, load_grammar("en"))
    (event,) = [e for e in finder.find(doc) if e.kind == "protest"]
    return sorted((p.entity, p.role) for p in event.participants)


def test_outside_acts_the_arrester_is_no_protester():
    assert _protest_participants(ARRESTED_AT) == [("lopez", "target")]


def test_outside_acts_one_who_joins_a_protest_takes_part():
    assert ("chile", "source") in _protest_participants(JOINED_AT)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, arrester, arrested",
    [
        ("en", "Uganda arrested Bobi Wine at the rally in Kampala.", "Uganda", "Bobi Wine"),
        (
            "nl",
            "Oeganda arresteerde Bobi Wine bij de betoging in Kampala.",
            "Uganda",
            "Bobi Wine",
        ),
    ],
)
def test_outside_acts_end_to_end(lang, text, arrester, arrested):
    found = relations(text, lang)
    assert (arrester, "COERCE", arrested) in found, sorted(found)
    assert (arrester, "PROTEST", arrested) not in found, sorted(found)
