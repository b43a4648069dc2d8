"""ROLE from a party's ticket to each candidate it names (titles.py ``_ticket_relations``, the nouns
of ``tickets.<lang>.txt``), end to end on sentences of our own."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract.components.relations.titles import _headed_by
from extract.grammar.argument_words import load_grammar
from tests.extract.extraction_helpers import parse, typed


def test_the_ticket_nouns_are_read_for_both_languages():
    assert "ticket" in load_grammar("en").tickets
    assert "kandidatenduo" in load_grammar("nl").tickets


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the party named before the noun
        "In 2016, the Liberty Party ticket of Anna Kowalski for president and Brian Doyle for "
        "vice president received 900 votes.",
        # the party that nominates it
        "The Liberty Party nominated a ticket of Anna Kowalski for president and Brian Doyle for "
        "vice president.",
        # the party a description stands for
        "The Liberty Party was founded in 1990. In 2016, the party's ticket of Anna Kowalski for "
        "President and Brian Doyle for Vice President received 900 votes.",
    ],
)
def test_end_to_end_each_candidate_of_a_ticket_holds_a_role_in_its_party(text):
    found = typed(text, "en")
    assert ("Anna Kowalski", "ROLE", "Liberty Party") in found, sorted(found)
    assert ("Brian Doyle", "ROLE", "Liberty Party") in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_ticket_of_no_party_gives_no_role():
    found = typed("Anna Kowalski bought a ticket of the Liberty Party at the station.", "en")
    assert ("Anna Kowalski", "ROLE", "Liberty Party") not in found, sorted(found)


def test_a_description_of_a_ticket_stands_only_for_a_name_it_heads():
    doc = parse(
        """
Wikinews 5 nsubj PROPN
and 0 cc CCONJ
the 4 det DET
Liberty 4 compound PROPN
Party 0 conj PROPN party
met 5 ROOT VERB meet
the 7 det DET
party 5 dobj NOUN
"""
    )
    doc.ents = [
        Span(doc, 0, 1, label="ORG", kb_id="wikinews"),
        Span(doc, 3, 5, label="ORG", kb_id="liberty_party"),
    ]
    assert _headed_by("liberty_party", doc[7], doc.ents)
    assert not _headed_by("wikinews", doc[7], doc.ents)
