"""An act a coordinated subject does together is COOPERATE between its conjuncts (evtype6, issue
18): "Spain and Morocco will run joint patrols", "Nederland en Duitsland gaan samen een brigade
opbouwen". The words that make an act joint are the phrase lexicon's ``joint`` rows (lemma ``*``):
an adverb of the verb or an adjective of its object."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.relations.verbs import VerbRelations
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import key_in, load_lexicon
from tests.extract.extraction_helpers import parse, relations

EN_JOINT_OBJECT = """
Spain 4 nsubj PROPN
and 0 cc CCONJ
Morocco 0 conj PROPN
will 4 aux AUX
run 4 ROOT VERB run
joint 6 amod ADJ joint
patrols 4 dobj NOUN patrol
. 4 punct PUNCT
"""

# the same with another adjective: nothing joint
EN_OWN_OBJECT = EN_JOINT_OBJECT.replace("joint 6 amod ADJ joint", "new 6 amod ADJ new")
assert EN_OWN_OBJECT != EN_JOINT_OBJECT

NL_JOINT_ADVERB = """
Spanje 3 nsubj PROPN
en 2 cc CCONJ
Marokko 0 conj PROPN
gaan 3 ROOT VERB gaan
gezamenlijk 5 advmod ADJ gezamenlijk
patrouilleren 3 xcomp VERB patrouilleren
. 3 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows, lang, verb, expected",
    [
        (EN_JOINT_OBJECT, "en", 4, "COOPERATE"),
        (EN_OWN_OBJECT, "en", 4, None),
        (NL_JOINT_ADVERB, "nl", 5, "COOPERATE"),
        (NL_JOINT_ADVERB, "nl", 3, None),  # 'gaan' itself has no joint word
    ],
)
def test_joint_acts_a_joint_word_on_the_verb_or_its_object(rows, lang, verb, expected):
    route = SimpleNamespace(scheme=UD if lang == "nl" else CLEAR, lexicon=load_lexicon(lang))
    assert VerbRelations._joint_act(route, parse(rows)[verb]) == expected


@pytest.mark.parametrize(
    "lang, word, expected",
    [
        ("en", "Jointly", True),
        ("en", "joint", True),
        ("en", "together", False),
        ("nl", "Samen", True),
        ("nl", "gemeenschappelijk", True),
        ("nl", "samenwerking", False),
    ],
)
def test_joint_acts_words_are_found_whatever_their_case(lang, word, expected):
    # the sentence filter (key_in over joint_words) and the verb's own look (joint_act) agree
    lexicon = load_lexicon(lang)
    assert key_in(lexicon.joint_words, word) is expected
    assert key_in(lexicon.joint_words, word) is expected  # remembered: the same answer again
    assert (lexicon.joint_act(word) is not None) is expected


def test_joint_acts_lexicon_rows_per_language():
    assert load_lexicon("en").joint_act("jointly") == "COOPERATE"
    assert load_lexicon("nl").joint_act("samen") == "COOPERATE"
    assert load_lexicon("en").joint_act("together") is None


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, wanted",
    [
        (
            "en",
            "Kenya and Uganda will run joint patrols along Lake Victoria next year.",
            ("Kenya", "COOPERATE", "Uganda"),
        ),
        (
            "en",
            "Poland and Lithuania will jointly build a bridge over the Neman.",
            ("Poland", "COOPERATE", "Lithuania"),
        ),
        (
            "nl",
            "Kenia en Oeganda gaan volgend jaar gezamenlijk patrouilleren op het Victoriameer.",
            ("Kenya", "COOPERATE", "Uganda"),
        ),
        (
            "nl",
            "Polen en Litouwen gaan samen een brug over de Memel bouwen.",
            ("Poland", "COOPERATE", "Lithuania"),
        ),
    ],
)
def test_joint_acts_link_the_conjuncts_end_to_end(lang, text, wanted):
    assert wanted in relations(text, lang)


@pytest.mark.model
def test_joint_acts_nothing_without_a_joint_word():
    found = relations("Kenya and Uganda will run new patrols along Lake Victoria.", "en")
    assert not any(t == "COOPERATE" for _, t, _ in found)


# a joint word the lemmatizer got wrong still counts by its own form (see VerbRelations._joint_act)
NL_JOINT_BY_FORM = NL_JOINT_ADVERB.replace(
    "gezamenlijk 5 advmod ADJ gezamenlijk", "samen 5 advmod ADV saam"
)
assert NL_JOINT_BY_FORM != NL_JOINT_ADVERB


@pytest.mark.parametrize(
    "rows, lang, expected",
    [
        (EN_JOINT_OBJECT, "en", True),
        (EN_OWN_OBJECT, "en", False),
        (NL_JOINT_ADVERB, "nl", True),
        (NL_JOINT_BY_FORM, "nl", True),
    ],
)
def test_joint_acts_sentences_without_a_joint_word_are_skipped(rows, lang, expected):
    route = SimpleNamespace(lexicon=load_lexicon(lang))
    assert (VerbRelations._joint_sentences(route, parse(rows)) == {0}) is expected
    if expected:  # the skip never hides a joint act the verb has
        assert (
            VerbRelations._joint_act(
                SimpleNamespace(scheme=UD if lang == "nl" else CLEAR, lexicon=load_lexicon(lang)),
                parse(rows)[5 if lang == "nl" else 4],
            )
            == "COOPERATE"
        )
