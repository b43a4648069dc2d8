"""A name joined by a hyphen to a past participle before its noun is the participle's agent
("Iran-backed rebels": SUPPORT Iran -> the rebels' group; "the Bernie Sanders-backed candidate
Joe Biden"), the English twin of the Dutch "de door Iran gesteunde rebellen" that
``passive_with_agent`` already reads; extract/grammar/patterns.py ``hyphened_agents``. On
hand-built parses, then end to end in both languages."""

from __future__ import annotations

import pytest

from extract.grammar.patterns import hyphened_agents, passive_with_agent
from extract.grammar.syntax import CLEAR
from tests.extract.extraction_helpers import EN_PREPS, parse, relations

# "Iran-backed rebels attacked Oman."
BACKED = """
Iran 2 npadvmod PROPN
- 2 punct PUNCT
backed 3 amod VERB back Aspect=Perf|Tense=Past|VerbForm=Part
rebels 4 nsubj NOUN rebel
attacked 4 ROOT VERB attack
Oman 4 dobj PROPN
. 4 punct PUNCT
"""


def _doc(rows: str):
    return parse(rows, spaces=[False, False, True, True, True, False, False])


def test_hyphened_agents_the_name_before_the_hyphen_is_the_agent():
    doc = _doc(BACKED)
    found = [(c.actor.text, c.recipient.text) for c in passive_with_agent(doc[2], CLEAR, EN_PREPS)]
    assert found == [("Iran", "rebels")]


def test_hyphened_agents_a_present_participle_has_none():
    rows = BACKED.replace(
        "Aspect=Perf|Tense=Past|VerbForm=Part", "Aspect=Prog|Tense=Pres|VerbForm=Part"
    )
    assert hyphened_agents(_doc(rows)[2]) == []


def test_hyphened_agents_a_spaced_dash_joins_nothing():
    doc = parse(BACKED)  # "Iran - backed": a space on each side
    assert hyphened_agents(doc[2]) == []


def test_hyphened_agents_a_peoples_adjective_is_read_but_names_no_agent_of_the_verb():
    # "British-backed rebels attacked Oman.": the word is read (the backing route takes it for
    # its country), but the verb route's resolver reads names only
    doc = _doc(BACKED.replace("Iran 2 npadvmod PROPN", "British 2 npadvmod ADJ"))
    assert [t.text for t in hyphened_agents(doc[2])] == ["British"]
    assert list(passive_with_agent(doc[2], CLEAR, EN_PREPS)) == []


def test_hyphened_agents_a_space_after_the_hyphen_joins_nothing():
    doc = parse(BACKED, spaces=[False, True, True, True, True, False, False])  # "Iran- backed"
    assert hyphened_agents(doc[2]) == []


CASES = [
    ("en", "Iran-backed Houthi rebels attacked Saudi Arabia on Monday.", ("Iran", "Houthis")),
    (
        "en",
        "Leftists voted for the Bernie Sanders-backed candidate Joe Biden.",
        ("Bernie Sanders", "Joe Biden"),
    ),
    ("nl", "Saoedi-Arabië bestookte maandag de door Iran gesteunde Houthi's.", ("Iran", "Houthis")),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, pair", CASES, ids=[c[1][:30] for c in CASES])
def test_hyphened_agents_end_to_end(lang, text, pair):
    found = relations(text, lang)
    assert (pair[0], "SUPPORT", pair[1]) in found, sorted(found)


@pytest.mark.model
def test_hyphened_agents_a_seat_word_is_no_act_end_to_end():
    # "the Yemen-based Houthi movement": where the movement sits (seats.en.tsv), no act of Yemen
    found = relations("The Yemen-based Houthi movement claimed the attack.", "en")
    assert ("Houthis", "LOCATED_IN", "Yemen") in found, sorted(found)
    assert not [r for r in found if r[0] == "Yemen" and r[1] != "CO_OCCURS"], sorted(found)
