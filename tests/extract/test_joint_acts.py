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
        ("en", "Together", True),
        ("en", "apart", False),
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
    assert load_lexicon("en").joint_act("together") == "COOPERATE"
    assert load_lexicon("en").joint_act("apart") is None


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, wanted",
    [
        # joint acts still to come: PLOVER codes planned cooperation as AGREE
        (
            "en",
            "Kenya and Uganda will run joint patrols along Lake Victoria next year.",
            ("Kenya", "AGREE", "Uganda"),
        ),
        (
            "en",
            "Poland and Lithuania will jointly build a bridge over the Neman.",
            ("Poland", "AGREE", "Lithuania"),
        ),
        (
            "nl",
            "Kenia en Oeganda gaan volgend jaar gezamenlijk patrouilleren op het Victoriameer.",
            ("Kenya", "AGREE", "Uganda"),
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


# --- a partner phrase after a joint word: a co-actor, not a target -------------------------------

EN_TOGETHER_WITH = """
Chile 1 nsubj PROPN
fought 1 ROOT VERB fight
rebels 1 dobj NOUN rebel
together 4 advmod ADV together
with 1 prep ADP
Peru 4 pobj PROPN
"""

# the same partner phrase without the joint word: no co-actor
EN_WITH = EN_TOGETHER_WITH.replace("together 4 advmod ADV together", "then 4 advmod ADV then")
assert EN_WITH != EN_TOGETHER_WITH

NL_TOGETHER_WITH = """
Chili 1 nsubj PROPN
bestreed 1 ROOT VERB bestrijden
rebellen 1 obj NOUN rebel
samen 1 advmod ADV samen
met 5 case ADP
Peru 3 obl:arg PROPN
"""

# "werkt samen met Peru": the joint word is the verb's own particle (samenwerken), Peru its partner
NL_WORKS_WITH = """
Chili 1 nsubj PROPN
werkt 1 ROOT VERB werken
samen 1 compound:prt ADV samen
met 4 case ADP
Peru 2 obl:arg PROPN
"""


@pytest.mark.parametrize(
    "rows, lang, lemmas, expected",
    [
        (EN_TOGETHER_WITH, "en", ["fight"], ["Peru"]),
        (EN_WITH, "en", ["fight"], []),
        (NL_TOGETHER_WITH, "nl", ["bestrijden"], ["Peru"]),
        (NL_WORKS_WITH, "nl", ["samenwerken", "werken"], []),
    ],
)
def test_joint_acts_a_partner_after_a_joint_word_is_a_coactor(rows, lang, lemmas, expected):
    from extract.grammar.argument_words import load_grammar

    route = SimpleNamespace(
        scheme=UD if lang == "nl" else CLEAR,
        lexicon=load_lexicon(lang),
        preps=load_grammar(lang).prepositions,
    )
    doc = parse(rows)
    assert [t.text for t in VerbRelations._coactors(route, doc[1], lemmas)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, wanted, unwanted",
    [
        (
            "en",
            "Together with France, Germany sent troops to Mali.",
            ("Germany", "COOPERATE", "France"),
            ("Germany", "MOBILIZE", "France"),
        ),
        (
            "nl",
            "Samen met Frankrijk stuurde Duitsland troepen naar Mali.",
            ("Germany", "COOPERATE", "France"),
            ("Germany", "MOBILIZE", "France"),
        ),
    ],
)
def test_joint_acts_a_coactor_end_to_end(lang, text, wanted, unwanted):
    found = relations(text, lang)
    assert wanted in found
    assert unwanted not in found
    assert ("Germany", "MOBILIZE", "Mali") in found  # the act itself keeps its target
