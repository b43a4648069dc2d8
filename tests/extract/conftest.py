"""Fixtures the extraction tests share: the event finder of each language, on hand-built parses
(UD labels for Dutch, ClearNLP labels for English, as the two pipelines' parsers give them)."""

from __future__ import annotations

import pytest

from extract.components.events import EventFinder
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon


@pytest.fixture(scope="module")
def en_events() -> EventFinder:
    return EventFinder("events", load_lexicon("en"), load_kb(), CLEAR, load_grammar("en"))


@pytest.fixture(scope="module")
def nl_events() -> EventFinder:
    return EventFinder("events", load_lexicon("nl"), load_kb(), UD, load_grammar("nl"))
