"""Issue 18 (task plans1): the act under a word of plan or intent, in shapes the route missed.

An English gerund in a prepositional phrase on a noun of intent ("has no intention of leaving")
or on a passive participle of planning ("is committed to leaving") is planned (negated under a
denied noun) and done by the noun's owner or the participle's subject, as an infinitive on the
same word is; a gerund on an active verb ("was accused of attacking", "responded by attacking")
is no plan. Dutch has no such gerund: its shapes here are a "dat" clause under "wil" whose present
form the lemma table lacked ("wil dat Nederland de EU verlaat"), and a "te" infinitive under a
planning verb whose object the parser hung on that verb ("Frankrijk dreigde Italië aan te vallen",
"dreigde Iran sancties op te leggen"): the object is the infinitive's, and the verb's subject does
it, unlike the object of a verb that asks ("vroeg Italië ... te openen"). The unit tests use
hand-built parses, so a new model cannot change what they check; the ``model`` tests run the real
pipelines on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extract.grammar.lemmas import lookup_lemma
from extract.grammar.phrases import mode_of
from extract.grammar.syntax import CLEAR, UD, objects, subjects
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed

# ----------------------------------------------------------------------------- hand-built parses

#: "Kaldor has {det} intention of leaving Borduria", as the English parser reads it.
_INTENTION_OF = """
Kaldor 1 nsubj PROPN
has 1 ROOT VERB have
{det} 3 {dep} {pos}
intention 1 dobj NOUN intention
of 3 prep ADP
leaving 4 pcomp VERB leave
Borduria 5 dobj PROPN
"""


@pytest.mark.parametrize(
    "det, dep, pos, mode",
    [("no", "det", "DET", "negated"), ("every", "det", "DET", "planned")],
)
def test_a_gerund_on_a_noun_of_intent_takes_its_mode(det, dep, pos, mode):
    doc = parse(_INTENTION_OF.format(det=det, dep=dep, pos=pos), "en")
    assert mode_of(doc[5], CLEAR, load_lexicon("en")) == mode


def test_a_gerund_on_a_noun_of_intent_is_done_by_the_verbs_subject():
    doc = parse(_INTENTION_OF.format(det="every", dep="det", pos="DET"), "en")
    assert [t.text for t in subjects(doc[5], CLEAR)] == ["Kaldor"]


#: "Kaldor is {participle} to leaving Borduria": a passive participle and its gerund.
_PARTICIPLE_TO = """
Kaldor 2 nsubjpass PROPN
is 2 auxpass AUX be
{participle} 2 ROOT VERB {lemma}
to 2 prep ADP
leaving 3 pcomp VERB leave
Borduria 4 dobj PROPN
"""


def test_a_gerund_on_a_participle_of_planning_is_planned_and_done_by_its_subject():
    doc = parse(_PARTICIPLE_TO.format(participle="committed", lemma="commit"), "en")
    assert mode_of(doc[4], CLEAR, load_lexicon("en")) == "planned"
    assert [t.text for t in subjects(doc[4], CLEAR)] == ["Kaldor"]


def test_a_gerund_on_a_participle_that_plans_nothing_borrows_no_subject():
    """'Kaldor was accused of leaving Borduria': the accusation plans no act."""
    doc = parse(
        _PARTICIPLE_TO.format(participle="accused", lemma="accuse").replace("to 2", "of 2"), "en"
    )
    assert mode_of(doc[4], CLEAR, load_lexicon("en")) == "asserted"
    assert subjects(doc[4], CLEAR) == []


def test_a_gerund_on_an_active_verb_is_no_plan():
    """'Kaldor insisted on leaving': only a noun, an adjective or a passive participle governs
    its gerund through a preposition here."""
    doc = parse(
        """
Kaldor 1 nsubj PROPN
asked 1 ROOT VERB ask
about 1 prep ADP
leaving 2 pcomp VERB leave
Borduria 3 dobj PROPN
""",
        "en",
    )
    assert mode_of(doc[3], CLEAR, load_lexicon("en")) == "asserted"


def test_a_dutch_present_form_the_table_lacked_has_its_lemma():
    assert lookup_lemma("nl", "verlaat") == "verlaten"


#: "Kaldor {verb} Borduria aan te vallen", with the infinitive hung as the Dutch parser hangs it.
_NL_OBJECT_ON_GOVERNOR = """
Kaldor 1 nsubj PROPN
{verb} 1 ROOT VERB {lemma}
Borduria 1 {obj} PROPN
aan 5 compound:prt ADP
te 5 mark ADP
vallen 1 {clause} VERB aanvallen
"""


@pytest.mark.parametrize("obj, clause", [("obj", "advcl"), ("obj", "xcomp"), ("nsubj", "xcomp")])
def test_a_dutch_planning_verbs_object_is_its_infinitives(obj, clause):
    """'Kaldor dreigde Borduria aan te vallen': Kaldor attacks Borduria, in the plan."""
    doc = parse(
        _NL_OBJECT_ON_GOVERNOR.format(verb="dreigde", lemma="dreigen", obj=obj, clause=clause),
        "nl",
    )
    assert [t.text for t in subjects(doc[5], UD)] == ["Kaldor"]
    assert [t.text for t in objects(doc[5], UD)] == ["Borduria"]
    assert mode_of(doc[5], UD, load_lexicon("nl")) == "planned"


def test_a_dutch_asking_verbs_object_does_its_infinitive():
    """'Kaldor vroeg Borduria aan te vallen': Borduria is asked to attack."""
    doc = parse(
        _NL_OBJECT_ON_GOVERNOR.format(verb="vroeg", lemma="vragen", obj="obj", clause="xcomp"),
        "nl",
    )
    assert [t.text for t in subjects(doc[5], UD)] == ["Borduria"]


# ----------------------------------------------------------------------------- real pipelines


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        (
            "en",
            "Tesco has no intention of leaving Thailand.",
            ("Tesco", "RETREAT", "Thailand"),
            "negated",
        ),
        (
            "en",
            "Russia has plans of attacking Ukraine.",
            ("Russia", "ASSAULT", "Ukraine"),
            "planned",
        ),
        (
            "en",
            "Britain is committed to leaving the EU.",
            ("United Kingdom", "CONCEDE", "European Union"),
            "planned",
        ),
        (
            "nl",
            "Frankrijk dreigde Duitsland sancties op te leggen.",
            ("France", "SANCTION", "Germany"),
            "planned",
        ),
        (
            "nl",
            "Frankrijk dreigde Duitsland aan te vallen.",
            ("France", "ASSAULT", "Germany"),
            "planned",
        ),
        (
            "nl",
            "Frankrijk beloofde Duitsland te steunen.",
            ("France", "AGREE", "Germany"),
            "planned",
        ),
        (
            "nl",
            "Hij wil dat Nederland de EU verlaat.",
            ("Netherlands", "CONCEDE", "European Union"),
            "planned",
        ),
    ],
)
def test_an_act_under_a_word_of_plan_is_drawn_in_its_mode(lang, text, expected, mode):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode


@pytest.mark.model
def test_an_accused_deed_is_no_plan_of_the_accused():
    found = typed("Iran was accused of attacking Saudi Arabia.", "en")
    assert not any(rel["mode"] == "planned" for rel in found.values()), found
