"""A relational noun right before a person's name is that name's title ("Biden's running mate
Kamala Harris": COOPERATE from Harris to Biden, the dev gold's house style for running mates),
also where the parser made the noun and the name two subjects of one verb, which made the name
an object of the verb (syntax.py ``titled_name``). On a hand-built parse, then end to end."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract.grammar.syntax import titled_name
from tests.extract.extraction_helpers import parse, typed

# "Smit 's running mate Anna Kowalski visited Ohio ." as the English model parses it
TWO_SUBJECTS = """
Smit 3 poss PROPN
's 0 case PART
running 3 amod NOUN
mate 6 nsubj NOUN
Anna 5 compound PROPN
Kowalski 6 nsubj PROPN
visited 6 ROOT VERB visit
Ohio 6 dobj PROPN
. 6 punct PUNCT
"""


def _doc(rows: str):
    doc = parse(rows)
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 4, 6, label="PERSON")]
    return doc


def test_a_noun_subject_right_before_a_subject_name_is_its_title():
    doc = _doc(TWO_SUBJECTS)
    assert titled_name(doc[3]) == doc[5]


def test_a_noun_before_a_name_of_another_clause_is_no_title():
    doc = _doc(TWO_SUBJECTS.replace("Kowalski 6 nsubj PROPN", "Kowalski 6 dobj PROPN"))
    assert titled_name(doc[3]) is None


@pytest.mark.model
def test_end_to_end_a_running_mate_before_the_name_cooperates_with_the_owner():
    found = typed("Biden's running mate Kamala Harris visited Ohio.", "en")
    assert ("Kamala Harris", "COOPERATE", "Joe Biden") in found, sorted(found)
    assert ("Joe Biden", "CONSULT", "Kamala Harris") not in found, sorted(found)
