"""A relational noun ("critic", "ally", "running mate", relationalnouns.<lang>.tsv) said of
someone in three more ways (issue 17): its owner a possessor ("X was Y's running mate"), its
holder a name set off after it ("Putin's fiercest critic, X"), or said in a capacity phrase
("X entered the race as the running mate of Y"); extract/grammar/patterns.py
``relational_noun``. On hand-built parses, then end to end in both languages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.grammar.patterns import relational_noun
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import EN_PREPS, NL_PREPS, parse, relations

EN_POSSESSOR = """
Walker 1 nsubj PROPN
was 1 ROOT AUX be
Soltys 5 poss PROPN
's 2 case PART
running 5 amod VERB run
mate 1 attr NOUN mate
. 1 punct PUNCT
"""

EN_APPOSED = """
Putin 3 poss PROPN
's 0 case PART
fiercest 3 amod ADJ
critic 7 nsubjpass NOUN critic
, 3 punct PUNCT
Navalny 3 appos PROPN
, 3 punct PUNCT
was 7 auxpass AUX be
jailed 7 ROOT VERB jail
. 7 punct PUNCT
"""

EN_CAPACITY = """
Cole 1 nsubj PROPN
entered 1 ROOT VERB enter
the 3 det DET
race 1 dobj NOUN race
as 1 prep ADP
the 7 det DET
running 7 amod VERB run
mate 4 pobj NOUN mate
of 7 prep ADP
Supra 8 pobj PROPN
. 1 punct PUNCT
"""

#: The capacity words as the lexicons have them (prepositions.<lang>.tsv).
EN_AS = replace(EN_PREPS, capacity=frozenset({"as"}))
NL_ALS = replace(NL_PREPS, capacity=frozenset({"als"}))

NL_CAPACITY = """
Smit 1 nsubj PROPN
trad 1 ROOT VERB treden
aan 1 compound:prt ADP
als 4 case ADP
bondgenoot 1 obl NOUN bondgenoot
van 6 case ADP
Jansen 4 nmod PROPN
. 1 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows, scheme, preps, noun, expected",
    [
        (EN_POSSESSOR, CLEAR, EN_PREPS, 5, [("Walker", "Soltys")]),
        (EN_APPOSED, CLEAR, EN_PREPS, 3, [("Navalny", "Putin")]),
        (EN_CAPACITY, CLEAR, EN_AS, 7, [("Cole", "Supra")]),
        (NL_CAPACITY, UD, NL_ALS, 4, [("Smit", "Jansen")]),
    ],
    ids=["possessor", "apposed name", "capacity (en)", "capacity (nl)"],
)
def test_relational_possessors_holder_and_owner(rows, scheme, preps, noun, expected):
    doc = parse(rows)
    found = [(c.actor.text, c.recipient.text) for c in relational_noun(doc[noun], scheme, preps)]
    assert found == expected


def test_relational_possessors_an_object_is_still_no_holder():
    # "Putin jailed Navalny's ally": neither is said to be the ally
    doc = parse("""
Putin 1 nsubj PROPN
jailed 1 ROOT VERB jail
Navalny 4 poss PROPN
's 2 case PART
ally 1 dobj NOUN ally
. 1 punct PUNCT
""")
    assert list(relational_noun(doc[4], CLEAR, EN_PREPS)) == []


CASES = [
    ("en", "In 2016, Ann Walker was Mark Soltys's running mate.", ("Ann Walker", "Mark Soltys")),
    (
        "en",
        "Tom Cole entered the convention as the running mate of Vern Supra.",
        ("Tom Cole", "Vern Supra"),
    ),
    (
        "en",
        "Geraldine Fox was the running mate of Walter Moss in 1984.",
        ("Geraldine Fox", "Walter Moss"),
    ),
    ("nl", "Jan Smit trad aan als bondgenoot van Piet Jansen.", ("Jan Smit", "Piet Jansen")),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, pair", CASES, ids=[c[1][:30] for c in CASES])
def test_relational_possessors_end_to_end(lang, text, pair):
    found = relations(text, lang)
    assert (pair[0], "COOPERATE", pair[1]) in found, sorted(found)


@pytest.mark.model
def test_relational_possessors_apposed_critic_end_to_end():
    found = relations("Putin's fiercest critic, Alexei Navalny, was jailed.", "en")
    assert ("Alexei Navalny", "ACCUSE", "Vladimir Putin") in found, sorted(found)
