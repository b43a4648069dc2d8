"""The event finder (newsgraph_events) on hand-built Dutch parses, with the shipped lexicon and
knowledge base, so a new parser cannot quietly change what these tests check."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extract.components.events import EventFinder
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from extract.relations.grammar import load_grammar
from extract.relations.syntax import UD


@pytest.fixture(scope="module")
def events() -> EventFinder:
    return EventFinder("events", load_lexicon("nl"), load_kb(), UD, load_grammar("nl"))


def meeting_clause(first: str, second: str, second_dep: str) -> Doc:
    """'<first> had <second> een ontmoeting .' with <first> hung on 'had' as an adverbial."""
    return Doc(
        spacy.blank("nl").vocab,
        words=[first, "had", second, "een", "ontmoeting", "."],
        heads=[1, 1, 1, 4, 1, 1],
        deps=["advmod", "ROOT", second_dep, "det", "obj", "punct"],
        pos=["ADV", "AUX", "PROPN", "DET", "NOUN", "PUNCT"],
    )


@pytest.mark.parametrize("dep", ["nsubj", "obl"])
def test_a_clause_with_only_a_time_word_for_subject_takes_the_name_before_its_verb(events, dep):
    # "Zelensky had maandag een ontmoeting" parsed with "Zelensky" as an adverbial and "maandag"
    # as subject (or not as subject at all): the name before the verb is the one acting.
    doc = meeting_clause("Zelensky", "maandag", dep)
    assert [t.text for t in events._displaced_subjects(doc[1])] == ["Zelensky"]


def test_a_clause_with_a_real_subject_keeps_it(events):
    doc = meeting_clause("Zelensky", "Macron", "nsubj")
    assert events._displaced_subjects(doc[1]) == []
