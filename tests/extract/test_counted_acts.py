"""Issue 17 (prepchain): a verb's object that only counts the act its phrase is made of ("a wave
of attacks", "een golf van aanvallen", "a series of strikes") is aimed where that act is: the
counted noun's own phrase names the target ("launched a wave of attacks on Kyiv"), as it does
when the act noun is the object itself. On hand-built parses, then end to end in both languages;
all sentences written for this test."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, typed

# "Hamas carried out a wave of attacks on Tel Aviv."
EN_WAVE = """
Hamas 1 nsubj PROPN
carried 1 ROOT VERB carry
out 1 prt ADP
a 4 det DET
wave 1 dobj NOUN wave
of 4 prep ADP
attacks 5 pobj NOUN attack
on 6 prep ADP
Tel 9 compound PROPN
Aviv 7 pobj PROPN
. 1 punct PUNCT
"""
EN_NAMES = [(0, 1, "ORG", "hamas"), (8, 10, "LOCATION", "tel_aviv")]

# "Rusland voerde een golf van aanvallen op Kiev uit."
NL_GOLF = """
Rusland 1 nsubj PROPN
voerde 1 ROOT VERB voeren
een 3 det DET
golf 1 obj NOUN golf
van 5 case ADP
aanvallen 3 nmod NOUN aanval
op 7 case ADP
Kiev 5 nmod PROPN
uit 1 compound:prt ADP
. 1 punct PUNCT
"""
NL_NAMES = [(0, 1, "COUNTRY", "rus"), (7, 8, "LOCATION", "kyiv")]


def _verb_relations(rows: str, lang: str, names, act: int, **swap: str):
    """(source, type, target) of each relation the verb route finds on a hand-built parse whose
    word ``act`` is an event noun's node ("event:act"), as the event finder makes it; ``swap``
    replaces a word's line."""
    for old, new in swap.items():
        rows = rows.replace(old, new)
    resolver, doc = hand_resolver(rows, lang, names)
    resolver.events[act] = "event:act"
    lexicon, grammar = load_lexicon(lang), load_grammar(lang)
    tagger = RelationTagger("t", lang, lexicon, load_kb(), UD if lang == "nl" else CLEAR, grammar)
    ctx = _Context(doc, resolver, {})
    return {(r.source, r.type, r.target) for r in tagger._verb_relations(ctx)}


@pytest.mark.parametrize(
    "rows, lang, names, act, expected",
    [
        (EN_WAVE, "en", EN_NAMES, 6, ("hamas", "ASSAULT", "tel_aviv")),
        (NL_GOLF, "nl", NL_NAMES, 5, ("rus", "ASSAULT", "kyiv")),
    ],
)
def test_a_counted_act_is_aimed_where_its_phrase_says(rows, lang, names, act, expected):
    assert expected in _verb_relations(rows, lang, names, act)


@pytest.mark.parametrize(
    "rows, lang, names, act, swap, expected",
    [
        (
            EN_WAVE,
            "en",
            EN_NAMES,
            6,
            {"wave 1 dobj NOUN wave": "review 1 dobj NOUN review"},
            ("hamas", "ASSAULT", "tel_aviv"),
        ),
        (
            NL_GOLF,
            "nl",
            NL_NAMES,
            5,
            {"golf 1 obj NOUN golf": "evaluatie 1 obj NOUN evaluatie"},
            ("rus", "ASSAULT", "kyiv"),
        ),
    ],
)
def test_an_object_that_does_not_count_the_act_is_not_passed_through(
    rows, lang, names, act, swap, expected
):
    # "carried out a review of attacks on Tel Aviv": a review of attacks is no attack on Tel
    # Aviv; only the count nouns of chainnouns.<lang>.tsv pass to the act noun they count
    assert expected not in _verb_relations(rows, lang, names, act, **swap)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Hamas carried out a wave of attacks on Tel Aviv.",
            ("Hamas", "ASSAULT", "Tel Aviv"),
        ),
        ("en", "Russia launched a wave of attacks on Kyiv.", ("Russia", "ASSAULT", "Kyiv")),
        ("nl", "Rusland lanceerde een golf van aanvallen op Kiev.", ("Russia", "ASSAULT", "Kyiv")),
        (
            "nl",
            "Israël voerde een nieuwe golf van luchtaanvallen op Beiroet uit.",
            ("Israel", "ASSAULT", "Beirut"),
        ),
    ],
)
def test_counted_acts_end_to_end(lang, text, expected):
    assert expected in typed(text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia condemned the wave of attacks on Belgorod."),
        ("nl", "Rusland veroordeelde de golf van aanvallen op Belgorod."),
    ],
)
def test_a_stance_on_a_counted_act_is_no_act_on_its_target(lang, text):
    # condemning attacks is a stance on them, not an attack on Belgorod by the condemner
    assert not [k for k in typed(text, lang) if k[1] == "ASSAULT"]
