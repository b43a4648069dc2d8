"""Issue 18 item 4 (dates7): an event noun made from a verb whose stem changes at the ending
("de ontbinding" of "ontbond", "the prorogation" of "prorogued") is the act that verb tells, and
takes the time that clause gives. The endings are data (``nominals.<lang>.tsv``); the sentences
are written for these tests."""

from __future__ import annotations

import pytest

from extract.grammar.earlier_acts import earlier_act, nominal_endings, same_stem
from tests.extract.extraction_helpers import parse, records_of


@pytest.mark.parametrize(
    "lang, verb, noun",
    [
        ("nl", "veroordelen", "veroordeling"),
        ("nl", "ontbinden", "ontbinding"),
        ("nl", "arresteren", "arrestatie"),
        ("en", "prorogue", "prorogation"),
        ("en", "decide", "decision"),
        ("en", "detain", "detention"),
    ],
)
def test_a_noun_shares_the_stem_of_its_verb_by_the_language_endings(lang, verb, noun):
    assert not same_stem(verb, noun)  # more than a last letter apart
    assert same_stem(verb, noun, nominal_endings(lang))


@pytest.mark.parametrize(
    "lang, verb, noun",
    [
        ("nl", "steunen", "stemming"),  # both endings cut, the stems still differ
        ("en", "sue", "sation"),  # a stem of a letter or two says nothing
        ("en", "invade", "decision"),
    ],
)
def test_other_words_do_not_share_a_stem_by_their_endings(lang, verb, noun):
    assert not same_stem(verb, noun, nominal_endings(lang))


def test_a_language_without_the_table_has_no_endings():
    assert nominal_endings("xx") == ()


NL_RULING = """
De 1 det DET de
rechtbank 2 nsubj NOUN rechtbank
veroordeelde 2 ROOT VERB veroordelen
Claes 2 obj PROPN claes
. 2 punct PUNCT .
Vos 6 nsubj PROPN vos
bekritiseerde 6 ROOT VERB bekritiseren
de 8 det DET de
veroordeling 6 obj NOUN veroordeling
. 6 punct PUNCT .
"""


def test_the_nominalisation_refers_back_to_the_verb_it_is_made_from():
    doc = parse(NL_RULING, "nl")
    found = earlier_act(doc[8], lambda token: [token.lemma_])
    assert found is not None and found.i == 2


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, trigger",
    [
        (
            "nl",
            "De ontbinding van het parlement door president Marcelo Rebelo de Sousa kwam als "
            "een verrassing.\n\nRebelo de Sousa ontbond het parlement op dinsdag na een "
            "stemming over de begroting.",
            "ontbinding",
        ),
        (
            "en",
            "The prorogation of Parliament by Prime Minister Tom Hale angered the opposition."
            "\n\nHale prorogued Parliament on Tuesday for five weeks.",
            "prorogation",
        ),
        (
            "en",
            "The detention of Anna Berg by the Syldavian police drew protests.\n\nThe police "
            "detained Berg on Tuesday at the airport.",
            "detention",
        ),
    ],
)
def test_the_event_noun_takes_the_day_its_verb_is_told_on(lang, text, trigger):
    records = records_of(text, lang, "2025-12-05")
    events = {
        e["event"]["trigger"]: e["event"]["date"]
        for e in records["entities"]
        if e["type"] == "EVENT"
    }
    assert events.get(trigger) == "2025-12-02", events
    dated = [
        r for r in records["relations"] if r["type"] == "PARTICIPANT" and r["trigger"] == trigger
    ]
    assert dated and all(r["date"] == "2025-12-02" and r["date_source"] == "text" for r in dated)
