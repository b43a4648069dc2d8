"""Verbs whose CAMEO reading is a rare sense (issue 18): English "return", "indicate", "quote",
"relate" and "change" alone say no act (data/build/verbs_en_overrides.tsv). Going back somewhere is
no retreat, indicating or quoting is a way of saying, records relating to a country name a topic,
changing a name supports no one; what is handed back keeps RETREAT, and the phrase rows keep
"indicated its willingness" and "changed its stand". A lemma CAMEO codes only by one or two of its
objects ("flee", "replace", "obtain") and "use" type no act alone (data/build/build_verbs_en.py
MIN_PATTERNS); weapons used stay a phrase. Nor do "draw", "fill", "show", "lead", "receive",
"suggest" and "acknowledge" (prec13), nor "identify" (prec14), nor "mourn", "grieve", "weep"
and "place" (prec15): drawing attention, filling a seat, a database showing, leading in the polls,
receiving votes, naming a victim, grief and placing are no acts
towards anyone; their phrases stay."""

from __future__ import annotations

import pytest

from extract.components.relations.verbs import WEAKEST_READING
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import relations


@pytest.fixture(scope="module")
def en():
    return load_lexicon("en")


# 'flee' ... 'use': lemmas CAMEO codes only by one or two objects, and 'use' (prec10); 'draw' ...
# 'acknowledge': rare senses read on untuned Wikinews text (prec13)
@pytest.mark.parametrize(
    "lemma",
    [
        *("indicate", "quote", "relate", "change", "flee", "replace", "obtain", "observe", "use"),
        *("draw", "fill", "show", "lead", "receive", "suggest", "acknowledge"),
        "identify",
        *("mourn", "grieve", "weep", "place"),
    ],
)
def test_verb_senses_lemma_alone_is_untyped(en, lemma):
    assert en.verb_type(lemma) is None


def test_verb_senses_return_alone_is_below_the_weakest_reading(en):
    type_, confidence = en.verb_type("return")
    assert type_ == "RETREAT" and confidence < WEAKEST_READING


def test_verb_senses_phrases_keep_their_type(en):
    assert en.phrase_type("indicate", "obj", "willingness") == "AGREE"
    assert en.phrase_type("return", "obj", "prisoners") == "RETREAT"
    assert en.phrase_type("change", "obj", "stand") == "SUPPORT"
    assert en.phrase_type("draw", "obj", "fire") == "ASSAULT"
    assert en.phrase_type("receive", "obj", "aid") == "AID"
    assert en.phrase_type("lead", "obj", "protest") == "PROTEST"
    assert en.phrase_type("suggest", "obj", "meeting") == "REQUEST"
    assert en.phrase_type("identify", "obj", "hostage") == "ASSAULT"
    assert en.phrase_type("place", "obj", "detention") == "COERCE"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source, type_, target",
    [
        (
            "After a week in a Belgian clinic, Angela Merkel returned to Italy.",
            "Angela Merkel",
            "RETREAT",
            "Italy",
        ),
        ("The minister of Peru later returned to Chile.", "Peru", "RETREAT", "Chile"),
        (
            "Joe Biden indicated to Mexico that the loan depended on reforms.",
            "Joe Biden",
            "AGREE",
            "Mexico",
        ),
        ("The BBC quoted Emmanuel Macron at length on Sunday.", "BBC", "ACCUSE", "Emmanuel Macron"),
        # CAMEO gives "change" no code of its own: only "change stand" is a phrase row
        (
            "Recep Tayyip Erdogan changed the name of Hagia Sophia.",
            "Recep Tayyip Erdoğan",
            "SUPPORT",
            "Hagia Sophia",
        ),
        ("Turkey changed the rules for Greece.", "Türkiye", "SUPPORT", "Greece"),
        (
            "Congress requested records relating to Brazil.",
            "Congress",
            "COOPERATE",
            "Brazil",
        ),
        # lemmas CAMEO codes only by one or two objects, and 'use' (prec10)
        ("Maria Lopez fled Venezuela with her two children.", "Maria Lopez", "AID", "Venezuela"),
        ("Ana Ruiz used Telegram to send the messages.", "Ana Ruiz", "ASSAULT", "Telegram"),
        (
            "Reuters obtained the letters of John Carter.",
            "Reuters",
            "AGREE",
            "John Carter",
        ),
        (
            "Anna Berg was replaced by Tom Olsen as head of the agency.",
            "Tom Olsen",
            "MOBILIZE",
            "Anna Berg",
        ),
        # rare senses of untuned Wikinews text (prec13)
        ("Ana Ruiz drew attention to the report of Oxfam.", "Ana Ruiz", "ASSAULT", "Oxfam"),
        (
            "In 2009 Maria Lopez was appointed to fill the seat of John Carter.",
            "Maria Lopez",
            "CONCEDE",
            "John Carter",
        ),
        (
            "Norway had twelve years of civil war leading up to Tom Olsen's presidency.",
            "Norway",
            "COOPERATE",
            "Tom Olsen",
        ),
        (
            "The Pirate Party received many votes with the ticket of Anna Berg.",
            "Pirate Party",
            "AID",
            "Anna Berg",
        ),
        ("The database of Reuters shows the ship of Oxfam.", "Reuters", "ACCUSE", "Oxfam"),
        (
            "Tom Olsen acknowledged faults with the system of Oxfam.",
            "Tom Olsen",
            "SUPPORT",
            "Oxfam",
        ),
        # prec14: naming who a victim was is no abduction
        (
            "The prison service of Oxfam did not identify Tom Olsen as the victim.",
            "Oxfam",
            "ASSAULT",
            "Tom Olsen",
        ),
        # prec15: grief is no accusation; a forecast placing a storm coerces no one
        (
            "The agency of Oxfam paused its broadcast to mourn the death of Tom Olsen.",
            "Oxfam",
            "ACCUSE",
            "Tom Olsen",
        ),
        (
            "The forecast of Reuters placed Anna Berg north of Oslo.",
            "Reuters",
            "COERCE",
            "Anna Berg",
        ),
    ],
)
def test_verb_senses_rare_sense_gives_no_act(text, source, type_, target):
    found = relations(text, "en")
    assert (source, type_, target) not in found, sorted(found)


@pytest.mark.model
def test_verb_senses_what_is_handed_back_stays_retreat():
    found = relations("Iran returned the seized tanker to the United Kingdom on Friday.", "en")
    assert ("Iran", "RETREAT", "United Kingdom") in found, sorted(found)


def test_verb_senses_weapons_used_stay_an_assault(en):
    assert en.phrase_type("use", "obj", "artillery") == "ASSAULT"


def test_verb_senses_calling_an_election_is_no_phrase_of_asking(en):
    # the media sense, "called the election for Biden": a winner declared (prec14)
    assert en.phrase_type("call", "obj", "election") == "NONE"
    assert en.phrase_type("call", "obj", "race") == "NONE"
    assert en.phrase_type("call", "prep", "for") == "REQUEST"


@pytest.mark.model
def test_verb_senses_a_network_calling_the_race_asks_nothing_of_the_winner():
    found = relations("The Harbour Post called the race for Olaf Brenner on Saturday.", "en")
    assert not any(t == "REQUEST" for _, t, _ in found), sorted(found)
    found = relations("Mara Quist called for talks with Olaf Brenner on Saturday.", "en")
    assert ("Mara Quist", "REQUEST", "Olaf Brenner") in found, sorted(found)
