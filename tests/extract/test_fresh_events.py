"""Events of news the finder was not written on (issue 17; bench/probes/events_fresh_en): a meeting
verb in a passive without agent is how something was received, and the event nouns added for
stampedes, burials, unrest and peacekeeping missions, in English and Dutch."""

from __future__ import annotations

import pytest

from extract.components.events import EventFinder
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.test_events import described, events_of, parsed


@pytest.fixture(scope="module")
def en_events() -> EventFinder:
    return EventFinder("events", load_lexicon("en"), load_kb(), CLEAR, load_grammar("en"))


def test_a_passive_meeting_verb_without_agent_is_no_meeting(en_events):
    # "The plan was met with protests in Lisbon": the plan met no one
    doc = parsed(
        """
The 1 det DET
plan 3 nsubjpass NOUN
was 3 auxpass AUX be
met 3 ROOT VERB meet
with 3 prep ADP
anger 4 pobj NOUN
in 3 prep ADP
Lisbon 6 pobj PROPN
. 3 punct PUNCT
""",
        {7: ("LOCATION", "lisbon")},
    )
    assert [e.kind for e in en_events.find(doc)] == []


def test_a_passive_meeting_verb_with_its_agent_stays_a_meeting(en_events):
    doc = parsed(
        """
Holt 2 nsubjpass PROPN
was 2 auxpass AUX be
met 2 ROOT VERB meet
by 2 agent ADP
Berg 3 pobj PROPN
. 2 punct PUNCT
""",
        {0: ("PERSON", "holt"), 4: ("PERSON", "berg")},
    )
    assert described(en_events.find(doc)) == [
        ("meeting", "CONSULT", [("berg", "source"), ("holt", "target")], None)
    ]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "The United Nations began a peacekeeping mission in Mali in 2014.",
            [("mission in Mali", "2014", [("United Nations", "source")])],
        ),
        (
            "nl",
            "De Verenigde Naties begonnen in 2014 een vredesmissie in Mali.",
            [("vredesmissie in Mali", "2014", [("United Nations", "source")])],
        ),
        (
            "en",
            "The burial of Pedro Alvarez was delayed by three hours.",
            [("burial", "2025-12-03", [("Pedro Alvarez", "source")])],
        ),
        (
            "nl",
            "De teraardebestelling van Pedro Alvarez werd drie uur uitgesteld.",
            [("teraardebestelling", "2025-12-03", [("Pedro Alvarez", "source")])],
        ),
        (
            "en",
            "A stampede at a stadium in Lagos killed twelve people on Monday. The police said "
            "the stampede began when the gates opened.",
            [("disaster in Lagos", "2025-12-01", [])],
        ),
        (
            "en",
            "The unrest in Madrid lasted until Monday, when the unrest ended.",
            [("protest in Madrid", "2025-12-01", [])],
        ),
        (
            "nl",
            "De onlusten in Madrid duurden tot maandag, toen de onlusten eindigden.",
            [("protest in Madrid", "2025-12-01", [])],
        ),
        (
            "en",
            "The new law was met with protests in Lisbon.",
            [("protest in Lisbon", "2025-12-03", [])],
        ),
    ],
)
def test_end_to_end_fresh_event_words(lang, text, expected):
    assert events_of(text, lang) == expected
