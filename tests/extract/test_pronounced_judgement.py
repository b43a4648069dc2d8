"""A court that pronounces judgement makes no statement: 'sprak het vonnis uit' is no STATEMENT
from the judge to the trial (phrases.nl.tsv: uitspreken with vonnis, uitspraak, straf, ... is
NONE), while 'sprak zijn steun uit' stays SUPPORT (issue 18)."""

from __future__ import annotations

import pytest

from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations

PRONOUNCED = """
Jansen 1 nsubj PROPN
sprak 1 ROOT VERB spreken
het 3 det DET
vonnis 1 obj NOUN vonnis
uit 1 compound:prt ADP
. 1 punct PUNCT
"""


@pytest.mark.parametrize("noun", ["vonnis", "doodvonnis", "straf"])
def test_pronounced_judgement_the_verdict_makes_the_phrase_no_event(noun):
    doc = parse(PRONOUNCED.replace("vonnis 1 obj NOUN vonnis", f"{noun} 1 obj NOUN {noun}"), "nl")
    found = phrase_type(doc[1], ["uitspreken"], UD, load_lexicon("nl"), lambda n: None)
    assert found is not None and found[:2] == ("NONE", "obj"), found


def test_pronounced_judgement_support_spoken_out_keeps_its_type():
    doc = parse(PRONOUNCED.replace("vonnis 1 obj NOUN vonnis", "steun 1 obj NOUN steun"), "nl")
    found = phrase_type(doc[1], ["uitspreken"], UD, load_lexicon("nl"), lambda n: None)
    assert found is not None and found[0] == "SUPPORT", found


@pytest.mark.model
def test_pronounced_judgement_draws_no_statement_to_the_trial():
    found = relations(
        "De Amerikaanse rechter Mark Peters sprak het vonnis uit over Tom Smit.", "nl"
    )
    assert not any(t == "STATEMENT" for _, t, _ in found), sorted(found)
