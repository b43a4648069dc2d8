"""A phrase the Dutch parser hangs inside a name ("het protest van Greenpeace tegen Shell", with
"Shell" as flat of "Greenpeace" and "tegen" as its case marker) is a phrase of the same head
when the name finder starts a name of its own there; a part of one name stays part of it."""

from __future__ import annotations

from spacy.tokens import Span

from extract.grammar.syntax import UD, prepositional_args
from tests.extract.extraction_helpers import parse, relations

# Het protest van Groenfront tegen Petrolia duurde een week .
ROWS = """
Het 1 det DET het
protest 7 nsubj NOUN protest
van 3 case ADP van
Groenfront 1 nmod PROPN Groenfront
tegen 5 case ADP tegen
Petrolia 3 flat PROPN Petrolia
duurde 7 ROOT VERB duren
. 7 punct PUNCT .
"""


def test_phrase_inside_a_name_is_the_heads() -> None:
    doc = parse(ROWS)
    doc.ents = [Span(doc, 3, 4, label="ORG"), Span(doc, 5, 6, label="ORG")]
    found = [(p, n.text) for p, n in prepositional_args(doc[1], UD)]
    assert found == [("van", "Groenfront"), ("tegen", "Petrolia")]


def test_part_of_one_name_stays_inside_it() -> None:
    """One name over both words ("Bank van Engeland" as a single name): no phrase of its own."""
    doc = parse(ROWS)
    doc.ents = [Span(doc, 3, 6, label="ORG")]
    found = [(p, n.text) for p, n in prepositional_args(doc[1], UD)]
    assert found == [("van", "Groenfront")]


def test_protest_against_the_name_after_it() -> None:
    found = relations(
        "Het protest van Greenpeace tegen Shell bij een booreiland duurde een week.", "nl"
    )
    assert ("Greenpeace", "PROTEST", "Shell") in found, found
