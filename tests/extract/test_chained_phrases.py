"""Issue 17 (prepchain): which phrases of an event noun pass its target on. A preposition of
several words that the Dutch parser makes one ("op verzoek van Duitsland", its first word the case
marker with "verzoek" fixed to it) does not mark what its first word does ("op" a target), and an
act in the partner phrase ("with the support of the US", "met steun van de VS") is how the act is
done, not whom it is aimed at. On hand-built parses of the nominal route, then end to end in both
languages; all sentences written for this test."""

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

# "De uitzetting van diplomaten door Polen op verzoek van Duitsland begon maandag."
NL_UITZETTING = """
De 1 det DET
uitzetting 10 nsubj NOUN uitzetting
van 3 case ADP
diplomaten 1 nmod NOUN diplomaat
door 5 case ADP
Polen 3 nmod PROPN
op 9 case ADP
verzoek 6 fixed NOUN verzoek
van 6 fixed ADP
Duitsland 1 nmod PROPN
begon 10 ROOT VERB beginnen
maandag 10 obl NOUN maandag
. 10 punct PUNCT
"""
NL_UITZETTING_NAMES = [(5, 6, "COUNTRY", "pol"), (9, 10, "COUNTRY", "deu")]

# "Israel's attack on Gaza with the support of the United States lasted three days."
EN_ATTACK = """
Israel 2 poss PROPN
's 0 case PART
attack 12 nsubj NOUN attack
on 2 prep ADP
Gaza 3 pobj PROPN
with 2 prep ADP
the 7 det DET
support 5 pobj NOUN support
of 7 prep ADP
the 11 det DET
United 11 compound PROPN
States 8 pobj PROPN
lasted 12 ROOT VERB last
three 14 nummod NUM
days 12 npadvmod NOUN day
. 12 punct PUNCT
"""
EN_ATTACK_NAMES = [(0, 1, "COUNTRY", "isr"), (4, 5, "LOCATION", "gaza"), (10, 12, "COUNTRY", "usa")]

# "De aanval van Israël op Gaza met steun van de Verenigde Staten duurde drie dagen."
NL_AANVAL = """
De 1 det DET
aanval 12 nsubj NOUN aanval
van 3 case ADP
Israël 1 nmod PROPN
op 5 case ADP
Gaza 1 nmod PROPN
met 7 case ADP
steun 1 nmod NOUN steun
van 10 case ADP
de 10 det DET
Verenigde 7 nmod PROPN
Staten 10 flat PROPN
duurde 12 ROOT VERB duren
drie 14 nummod NUM
dagen 12 obl NOUN dag
. 12 punct PUNCT
"""
NL_AANVAL_NAMES = [(3, 4, "COUNTRY", "isr"), (5, 6, "LOCATION", "gaza"), (10, 12, "COUNTRY", "usa")]


def _nominal(rows: str, lang: str, names, **swap: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of each relation the nominal route finds on a hand-built parse;
    ``swap`` replaces a word's line."""
    for old, new in swap.items():
        rows = rows.replace(old, new)
    resolver, doc = hand_resolver(rows, lang, names)
    lexicon, grammar = load_lexicon(lang), load_grammar(lang)
    tagger = RelationTagger("t", lang, lexicon, load_kb(), UD if lang == "nl" else CLEAR, grammar)
    ctx = _Context(doc, resolver, {})
    return {(r.source, r.type, r.target) for r in tagger._nominal_relations(ctx)}


def test_a_multiword_preposition_marks_no_target():
    found = _nominal(NL_UITZETTING, "nl", NL_UITZETTING_NAMES)
    assert not [r for r in found if r[0] == "pol" and r[2] == "deu"], found


def test_a_one_word_preposition_still_marks_the_target():
    # "De uitzetting van diplomaten door Polen op Duitsland ...": with "verzoek van" gone, "op"
    # marks the target again (the same parse, the fixed words made plain determiners)
    rows = NL_UITZETTING.replace("verzoek 6 fixed NOUN verzoek", "het 9 det DET").replace(
        "van 6 fixed ADP", "hele 9 amod ADJ"
    )
    assert ("pol", "COERCE", "deu") in _nominal(rows, "nl", NL_UITZETTING_NAMES)


@pytest.mark.parametrize(
    "rows, lang, names",
    [(EN_ATTACK, "en", EN_ATTACK_NAMES), (NL_AANVAL, "nl", NL_AANVAL_NAMES)],
)
def test_an_act_in_the_partner_phrase_is_no_target(rows, lang, names):
    found = _nominal(rows, lang, names)
    assert ("isr", "ASSAULT", "gaza") in found
    assert ("isr", "ASSAULT", "usa") not in found


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Israel's attack on Gaza with the support of the United States lasted three days."),
        ("nl", "De aanval van Israël op Gaza met steun van de Verenigde Staten duurde drie dagen."),
    ],
)
def test_supported_attack_end_to_end(lang, text):
    found = typed(text, lang)
    assert ("Israel", "ASSAULT", "Gaza Strip") in found
    assert ("Israel", "ASSAULT", "United States") not in found


@pytest.mark.model
def test_expulsion_on_request_end_to_end():
    found = typed(
        "Het hof oordeelde over de uitzetting van de diplomaten door Polen op verzoek van "
        "Duitsland.",
        "nl",
    )
    assert not [k for k in found if k[0] == "Poland" and k[2] == "Germany"], found


# "Schatz filed a lawsuit against Pierluisi on behalf of the Senate."
EN_BEHALF = """
Schatz 1 nsubj PROPN
filed 1 ROOT VERB file
a 3 det DET
lawsuit 1 dobj NOUN lawsuit
against 3 prep ADP
Pierluisi 4 pobj PROPN
on 1 prep ADP
behalf 6 pobj NOUN behalf
of 7 prep ADP
the 10 det DET
Senate 8 pobj PROPN
. 1 punct PUNCT
"""
EN_BEHALF_NAMES = [
    (0, 1, "PERSON", "schatz"),
    (5, 6, "PERSON", "pierluisi"),
    (10, 11, "ORG", "senate"),
]


def _verbal(rows: str, lang: str, names, **swap: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of each relation the verb route finds on a hand-built parse."""
    for old, new in swap.items():
        rows = rows.replace(old, new)
    resolver, doc = hand_resolver(rows, lang, names)
    lexicon, grammar = load_lexicon(lang), load_grammar(lang)
    tagger = RelationTagger("t", lang, lexicon, load_kb(), UD if lang == "nl" else CLEAR, grammar)
    return {
        (r.source, r.type, r.target) for r in tagger._verb_relations(_Context(doc, resolver, {}))
    }


def test_on_behalf_of_names_no_target():
    found = _verbal(EN_BEHALF, "en", EN_BEHALF_NAMES)
    assert ("schatz", "ACCUSE", "pierluisi") in found
    assert not [r for r in found if r[2] == "senate"], found


def test_another_noun_in_that_phrase_still_passes_the_target():
    # "... on members of the Senate": the chain reads through any other noun as before
    found = _verbal(
        EN_BEHALF,
        "en",
        EN_BEHALF_NAMES,
        **{"behalf 6 pobj NOUN behalf": "members 6 pobj NOUN member"},
    )
    assert ("schatz", "ACCUSE", "senate") in found


@pytest.mark.model
def test_on_behalf_end_to_end():
    found = typed(
        "Senator Thomas Rivera Schatz filed the lawsuit against Pedro Pierluisi on behalf of the "
        "Senate.",
        "en",
    )
    assert ("Thomas Rivera Schatz", "ACCUSE", "Pedro Pierluisi") in found
    assert not [k for k in found if k[0] == "Thomas Rivera Schatz" and k[2] == "Senate"], found
