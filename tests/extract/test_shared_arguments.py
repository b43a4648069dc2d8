"""Arguments across clauses and conjuncts (issue 17), in extract/grammar/patterns.py:
coordinated passives sharing their subject and agent (``shared_passive``) and coordinated verbs
sharing an object (``shared_object``); and in extract/grammar/arguments.py: a relative clause on
a noun in apposition to a name describes the name (``ArgumentResolver._apposed_to_name``), whose
possessive pronoun in the clause is not taken for the subject (extract/components/relations/
nominal.py). Hand-built parses in Dutch (UD) and English (ClearNLP), then end to end; the
relation's type is always the verb of its own clause."""

from __future__ import annotations

import pytest

from extract.grammar.patterns import shared_object, shared_passive
from extract.grammar.syntax import CLEAR, UD, is_passive, labelled_arcs
from tests.extract.extraction_helpers import (
    EN_PREPS,
    NL_PREPS,
    hand_resolver,
    parse,
    relations,
    with_morph,
)
from tests.extract.test_patterns import pairs

PAST = "Aspect=Perf|Tense=Past|VerbForm=Part"


# "Kuwait was attacked and occupied by Iraq": the agent on the last conjunct
EN_ATTACKED_AND_OCCUPIED = """
Kuwait 2 nsubjpass PROPN
was 2 auxpass AUX be
attacked 2 ROOT VERB attack
and 2 cc CCONJ
occupied 2 conj VERB occupy
by 4 agent ADP
Iraq 5 pobj PROPN
"""

# "Kuwait was attacked in May and occupied by Iraq": words of the first verb stand between
EN_ATTACKED_IN_MAY = """
Kuwait 2 nsubjpass PROPN
was 2 auxpass AUX be
attacked 2 ROOT VERB attack
in 2 prep ADP
May 3 pobj PROPN
and 2 cc CCONJ
occupied 2 conj VERB occupy
by 6 agent ADP
Iraq 7 pobj PROPN
"""

# "Koeweit werd door Irak aangevallen en bezet": the agent before the first conjunct
NL_ATTACKED_AND_OCCUPIED = """
Koeweit 4 nsubj:pass PROPN
werd 4 aux:pass AUX worden
door 3 case ADP
Irak 4 obl:agent PROPN
aangevallen 4 ROOT VERB aanvallen
en 6 cc CCONJ
bezet 4 conj VERB bezetten
"""

# "Irak viel Koeweit binnen en werd door de VN veroordeeld": a passive conjunct of an active verb
NL_INVADED_AND_CONDEMNED = """
Irak 1 nsubj PROPN
viel 1 ROOT VERB vallen
Koeweit 1 obj PROPN
binnen 1 compound:prt ADP
en 8 cc CCONJ
werd 8 aux:pass AUX worden
door 7 case ADP
VN 8 obl:agent PROPN
veroordeeld 1 conj VERB veroordelen
"""

# "Kuwait was attacked and Iraq won": a conjunct with a subject of its own is a clause of its own
EN_ATTACKED_AND_IRAQ_WON = """
Kuwait 2 nsubjpass PROPN
was 2 auxpass AUX be
attacked 2 ROOT VERB attack
and 2 cc CCONJ
Iraq 5 nsubj PROPN
won 2 conj VERB win
"""


@pytest.mark.parametrize(
    "rows, scheme, preps, verb, expected",
    [
        (EN_ATTACKED_AND_OCCUPIED, CLEAR, EN_PREPS, 2, [("Iraq", "Kuwait")]),
        (EN_ATTACKED_AND_OCCUPIED, CLEAR, EN_PREPS, 4, [("Iraq", "Kuwait")]),
        (EN_ATTACKED_IN_MAY, CLEAR, EN_PREPS, 2, []),
        (EN_ATTACKED_IN_MAY, CLEAR, EN_PREPS, 6, [("Iraq", "Kuwait")]),
        (NL_ATTACKED_AND_OCCUPIED, UD, NL_PREPS, 6, [("Irak", "Koeweit")]),
        (NL_INVADED_AND_CONDEMNED, UD, NL_PREPS, 8, [("VN", "Irak")]),
        (EN_ATTACKED_AND_IRAQ_WON, CLEAR, EN_PREPS, 5, []),
    ],
)
def test_patterns_coordinated_passives_share_subject_and_agent(rows, scheme, preps, verb, expected):
    doc = parse(rows)
    for token in doc:
        if token.pos_ == "VERB":
            token.set_morph(PAST)
    assert pairs(shared_passive(doc[verb], scheme, preps)) == expected


@pytest.mark.parametrize(
    "rows, scheme, passives, conjuncts",
    [
        (EN_ATTACKED_AND_OCCUPIED, CLEAR, ["attacked"], (["occupied"], ["attacked"])),
        (NL_ATTACKED_AND_OCCUPIED, UD, ["aangevallen"], (["bezet"], ["aangevallen"])),
        (NL_INVADED_AND_CONDEMNED, UD, ["veroordeeld"], (["veroordeeld"], ["viel"])),
    ],
)
def test_syntax_passives_and_conjuncts_are_looked_up_per_document(
    rows, scheme, passives, conjuncts
):
    """The verbs with a passive auxiliary, and the conjuncts and the verbs they hang on, which
    the shared-argument patterns ask of every verb, are read from the document's arcs."""
    doc = parse(rows)
    assert [t.text for t in doc if is_passive(t, scheme)] == passives
    found = labelled_arcs(doc, scheme.conj)
    assert tuple([doc[i].text for i in sorted(part)] for part in found) == conjuncts


def test_syntax_passive_look_up_follows_a_retokenised_document():
    """Merging words changes the indices: the answer is the new document's, not a stale one."""
    doc = parse(NL_ATTACKED_AND_OCCUPIED)
    assert [t.i for t in doc if is_passive(t, UD)] == [4]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[2:4])  # "door Irak" as one token
    assert [t.text for t in doc if is_passive(t, UD)] == ["aangevallen"]
    assert [t.i for t in doc if is_passive(t, UD)] == [3]


# "Iraq attacked and occupied Kuwait": the object after the last conjunct
EN_RIGHT_SHARED = """
Iraq 1 nsubj PROPN
attacked 1 ROOT VERB attack
and 1 cc CCONJ
occupied 1 conj VERB occupy
Kuwait 3 dobj PROPN
"""

# "Irak heeft Koeweit aangevallen en bezet": the object before the first
NL_LEFT_SHARED = """
Irak 3 nsubj PROPN
heeft 3 aux AUX hebben
Koeweit 3 obj PROPN
aangevallen 3 ROOT VERB aanvallen
en 5 cc CCONJ
bezet 3 conj VERB bezetten
"""

# "Russia attacked and Ukraine defended Kyiv": two clauses
EN_TWO_CLAUSES = """
Russia 1 nsubj PROPN
attacked 1 ROOT VERB attack
and 1 cc CCONJ
Ukraine 4 nsubj PROPN
defended 1 conj VERB defend
Kyiv 4 dobj PROPN
"""


@pytest.mark.parametrize(
    "rows, scheme, verb, expected",
    [
        (EN_RIGHT_SHARED, CLEAR, 1, [("Iraq", "Kuwait")]),
        (EN_RIGHT_SHARED, CLEAR, 3, []),  # it has an object of its own
        (NL_LEFT_SHARED, UD, 5, [("Irak", "Koeweit")]),
        (NL_LEFT_SHARED, UD, 3, []),
        (EN_TWO_CLAUSES, CLEAR, 1, []),
    ],
)
def test_patterns_coordinated_verbs_share_an_object(rows, scheme, verb, expected):
    doc = parse(rows)
    preps = NL_PREPS if scheme is UD else EN_PREPS
    assert pairs(shared_object(doc[verb], scheme, preps)) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Kuwait was attacked and occupied by Iraq in 1990.", "en", ("Iraq", "ASSAULT", "Kuwait")),
        ("Kuwait was attacked and occupied by Iraq in 1990.", "en", ("Iraq", "COERCE", "Kuwait")),
        (
            "Koeweit werd in 1990 door Irak aangevallen en bezet.",
            "nl",
            ("Iraq", "COERCE", "Kuwait"),
        ),
        (
            "Iraq invaded Kuwait and was condemned by the United Nations.",
            "en",
            ("United Nations", "ACCUSE", "Iraq"),
        ),
        (
            "Irak viel Koeweit binnen en werd door de Verenigde Naties veroordeeld.",
            "nl",
            ("United Nations", "ACCUSE", "Iraq"),
        ),
        ("Iraq attacked and occupied Kuwait in 1990.", "en", ("Iraq", "ASSAULT", "Kuwait")),
        ("Hamas heeft Israël aangevallen en bedreigd.", "nl", ("Hamas", "THREATEN", "Israel")),
    ],
)
def test_shared_arguments_end_to_end(text, lang, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


# "Merkel, the chancellor who met Macron": the clause describes Merkel
EN_APPOSED_RELATIVE = """
Merkel 0 ROOT PROPN
, 0 punct PUNCT
the 3 det DET
chancellor 0 appos NOUN
who 5 nsubj PRON
met 3 relcl VERB meet
Macron 5 dobj PROPN
"""

# "Avenatti, de advocaat die Daniels vertegenwoordigde"
NL_APPOSED_RELATIVE = """
Avenatti 0 ROOT PROPN
, 0 punct PUNCT
de 3 det DET
advocaat 0 appos NOUN
die 6 nsubj PRON
Daniels 6 obj PROPN
vertegenwoordigde 3 acl:relcl VERB vertegenwoordigen
"""


@pytest.mark.parametrize(
    "rows, lang, names",
    [
        (EN_APPOSED_RELATIVE, "en", [(0, 1, "PERSON", "kb:merkel"), (6, 7, "PERSON", "kb:macron")]),
        (
            NL_APPOSED_RELATIVE,
            "nl",
            [(0, 1, "PERSON", "kb:avenatti"), (5, 6, "PERSON", "kb:daniels")],
        ),
    ],
)
def test_arguments_relative_pronoun_on_an_apposition_stands_for_the_name(rows, lang, names):
    resolver, doc = hand_resolver(rows, lang, names)
    with_morph(doc, t4="PronType=Rel")
    assert resolver.actors(doc[4]) == [names[0][3]]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Angela Merkel, the German chancellor who met Emmanuel Macron on Monday, criticised "
            "Russia.",
            "en",
        ),
        (
            "Angela Merkel, de Duitse kanselier die Emmanuel Macron ontmoette, bekritiseerde "
            "Rusland.",
            "nl",
        ),
    ],
)
def test_shared_arguments_relative_clause_on_a_title_is_the_named_persons(text, lang):
    found = relations(text, lang)
    assert ("Angela Merkel", "CONSULT", "Emmanuel Macron") in found, sorted(found)
    assert ("Germany", "CONSULT", "Emmanuel Macron") not in found


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Michael Avenatti, the lawyer who represented Stormy Daniels in her lawsuit against "
            "Donald Trump, was convicted.",
            "en",
        ),
        (
            "Michael Avenatti, de advocaat die Stormy Daniels bijstond in haar rechtszaak tegen "
            "Donald Trump, werd veroordeeld.",
            "nl",
        ),
    ],
)
def test_shared_arguments_her_lawsuit_is_not_the_clause_subjects(text, lang):
    # the relative clause's subject is Avenatti; "her" names the lawsuit's owner, who is not he
    found = relations(text, lang)
    assert not [r for r in found if r[0] == "Michael Avenatti" and r[2] == "Donald Trump"], found
    if lang == "nl":
        assert ("Michael Avenatti", "SUPPORT", "Stormy Daniels") in found, sorted(found)
