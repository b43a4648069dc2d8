"""A phrase the Dutch parser hangs inside a name ("het protest van Greenpeace tegen Shell", with
"Shell" as flat of "Greenpeace" and "tegen" as its case marker) is a phrase of the same head
when the name finder starts a name of its own there; a part of one name stays part of it. A
preposition the parser hangs on the head as part of a name ("Activisten van Amnesty
International", "van" as flat of "Activisten") is still the preposition of the name after it."""

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


# Activisten van Groenfront bezetten de haven .
STRAY = """
Activisten 4 nsubj NOUN activist
van 0 flat ADP van
Groenfront 0 nmod PROPN Groenfront
Noord 0 flat PROPN Noord
bezetten 4 ROOT VERB bezetten
de 6 det DET de
haven 4 obj NOUN haven
. 4 punct PUNCT .
"""


def test_preposition_hung_on_the_head_as_a_name_part() -> None:
    """'Activisten van Groenfront Noord', with 'van' as flat of 'Activisten': the phrase is still
    'van Groenfront'."""
    doc = parse(STRAY)
    found = [(p, n.text) for p, n in prepositional_args(doc[0], UD)]
    assert found == [("van", "Groenfront")]


def test_activists_of_a_group_protest_for_it() -> None:
    found = relations(
        "Activisten van Amnesty International demonstreerden bij de ambassade van Iran.", "nl"
    )
    assert ("Amnesty International", "PROTEST", "Iran") in found, found
