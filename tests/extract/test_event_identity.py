"""One event node per happening: which earlier event a definite event noun joins (issue 17 item
8), on hand-built parses in both schemes. A bare definite ("the referendum") is the story's main
event of its kind; one with words of its own ("the independence election") the event named by
its word. Whoever narrows the first (see ``EventFinder._refers_back``) must keep both."""

from __future__ import annotations

from spacy.tokens import Doc

import extract.pipeline  # noqa: F401  (registers the Doc extensions the finder reads)
from tests.extract.extraction_helpers import parse


def parsed(rows: str) -> Doc:
    doc = parse(rows)
    doc.ents = []
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    return doc


def told(doc: Doc, finder) -> list[list[str]]:
    """The words that name each event the finder finds in ``doc`` (passing ones too)."""
    return [[doc[i].text for i in sorted(e.mentions)] for e in finder.find(doc, passing=True)]


# --- a definite noun refers back: to its kind's main event, or to the event of its own word -----

EN_ELECTION_THEN = """
Britain 1 nsubj PROPN
held 1 ROOT VERB hold
an 3 det DET
election 1 dobj NOUN election
. 1 punct PUNCT
The 7 det DET
{modifier} 7 compound NOUN {modifier}
{noun} 8 nsubj NOUN {noun}
ended 8 ROOT VERB end
. 8 punct PUNCT
"""


def test_a_bare_definite_noun_refers_back_to_the_event_of_its_kind(en_events):
    # "the referendum" after "an election": the story's election told again ("the new
    # referendum": an adjective says no more which one it is)
    rows = EN_ELECTION_THEN.format(modifier="new", noun="referendum")
    doc = parsed(rows.replace("new 7 compound NOUN", "new 7 amod ADJ"))
    assert told(doc, en_events) == [["election", "referendum"]]


def test_a_definite_noun_with_words_of_its_own_joins_an_event_of_its_word(en_events):
    # "an election ... the independence election": the election told before, named by the same word
    doc = parsed(EN_ELECTION_THEN.format(modifier="independence", noun="election"))
    assert told(doc, en_events) == [["election", "election"]]


NL_ELECTION_THEN = """
Nederland 1 nsubj PROPN
hield 1 ROOT VERB houden
een 3 det DET
verkiezing 1 obj NOUN verkiezing
. 1 punct PUNCT
De 6 det DET
{noun} 10 nsubj NOUN {noun}
over 9 case ADP
de 9 det DET
begroting 6 nmod NOUN begroting
verliep 10 ROOT VERB verlopen
. 10 punct PUNCT
"""

NL_BARE = """
Nederland 1 nsubj PROPN
hield 1 ROOT VERB houden
een 3 det DET
verkiezing 1 obj NOUN verkiezing
. 1 punct PUNCT
De 6 det DET
stemming 7 nsubj NOUN stemming
verliep 7 ROOT VERB verlopen
. 7 punct PUNCT
"""


def test_a_bare_definite_noun_refers_back_to_the_event_of_its_kind_nl(nl_events):
    # "een verkiezing ... de stemming": the story's election told again
    assert told(parsed(NL_BARE), nl_events) == [["verkiezing", "stemming"]]


def test_a_definite_noun_with_words_of_its_own_joins_an_event_of_its_word_nl(nl_events):
    # "een verkiezing ... de verkiezing over de begroting": the election told before
    doc = parsed(NL_ELECTION_THEN.format(noun="verkiezing"))
    assert told(doc, nl_events) == [["verkiezing", "verkiezing"]]
