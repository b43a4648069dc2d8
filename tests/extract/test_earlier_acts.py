"""A definite event noun that names no maker refers back to the act of its stem told before it
("Macron called for action ... Merkel criticised the call"): the verb it finds on hand-built
parses, then the relations end to end in both languages on sentences written for the tests."""

from __future__ import annotations

import pytest

from extract.grammar.earlier_acts import earlier_act, same_stem
from tests.extract.extraction_helpers import parse, relations

# --- the verb of the noun's stem --------------------------------------------------------------


@pytest.mark.parametrize(
    "verb, noun, expected",
    [
        ("oproepen", "oproep", True),
        ("call", "call", True),
        ("propose", "proposal", True),
        ("meet", "meeting", True),
        ("back", "call", False),
        ("steunen", "oproep", False),
        ("be", "bet", False),  # short words only when equal
    ],
)
def test_earlier_acts_same_stem(verb, noun, expected):
    assert same_stem(verb, noun) is expected


EN_CALL = """
Macron 1 nsubj PROPN
called 1 ROOT VERB call
for 1 prep ADP
action 2 pobj NOUN
. 1 punct PUNCT
Merkel 6 nsubj PROPN
criticised 6 ROOT VERB criticise
the 8 det DET
call 6 dobj NOUN
. 6 punct PUNCT
"""

NL_CALL = """
Macron 1 nsubj PROPN
riep 1 ROOT VERB oproepen
op 1 compound:prt ADP
tot 4 case ADP
actie 1 obl NOUN
. 1 punct PUNCT
Merkel 7 nsubj PROPN
steunde 7 ROOT VERB steunen
de 9 det DET
oproep 7 obj NOUN
. 7 punct PUNCT
"""

#: Three sentences between the act and the noun: beyond the window.
NL_FAR = """
Macron 1 nsubj PROPN
riep 1 ROOT VERB oproepen
. 1 punct PUNCT
Het 4 nsubj PRON
regende 4 ROOT VERB regenen
. 4 punct PUNCT
Het 7 nsubj PRON
waaide 7 ROOT VERB waaien
. 7 punct PUNCT
Het 10 nsubj PRON
sneeuwde 10 ROOT VERB sneeuwen
. 10 punct PUNCT
Merkel 13 nsubj PROPN
steunde 13 ROOT VERB steunen
de 15 det DET
oproep 13 obj NOUN
. 13 punct PUNCT
"""


def _lemmas(token):
    return [token.lemma_]


@pytest.mark.parametrize("rows, noun, verb", [(EN_CALL, 8, 1), (NL_CALL, 9, 1)])
def test_earlier_acts_noun_refers_to_the_verb_of_its_stem(rows, noun, verb):
    doc = parse(rows)
    found = earlier_act(doc[noun], _lemmas)
    assert found is not None and found.i == verb


def test_earlier_acts_nothing_beyond_the_window():
    doc = parse(NL_FAR)
    assert earlier_act(doc[15], _lemmas) is None


# --- end to end -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a stance on the act ("the call" is an EVENT node in English): aimed at its maker too
        (
            "en",
            "Emmanuel Macron called for G7 action on Thursday. Angela Merkel criticised the call.",
            ("Angela Merkel", "ACCUSE", "Emmanuel Macron"),
        ),
        (
            "nl",
            "Emmanuel Macron heeft donderdag opgeroepen tot actie van de G7. Angela Merkel "
            "bekritiseerde de oproep.",
            ("Angela Merkel", "ACCUSE", "Emmanuel Macron"),
        ),
        # support of any kind, through a passive agent
        (
            "en",
            "Emmanuel Macron called for G7 action on Thursday. The call was seconded by Angela "
            "Merkel.",
            ("Angela Merkel", "SUPPORT", "Emmanuel Macron"),
        ),
        (
            "nl",
            "Emmanuel Macron heeft donderdag opgeroepen tot actie van de G7. De oproep werd "
            "gesteund door Angela Merkel.",
            ("Angela Merkel", "SUPPORT", "Emmanuel Macron"),
        ),
    ],
)
def test_earlier_acts_stance_on_an_earlier_act_reaches_its_maker(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, f"{expected} not in {sorted(found)}"


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Greece and Cyprus met in Athens on Monday. The meeting was attended by Ben Carter.",
        ),
        (
            "nl",
            "Griekenland en Cyprus kwamen maandag bijeen in Athene. De bijeenkomst werd "
            "bijgewoond door Ben Carter.",
        ),
    ],
)
def test_earlier_acts_attending_the_earlier_act_is_no_act_towards_its_makers(lang, text):
    """Who attends a meeting takes part in it: no CONSULT with those who met before."""
    found = relations(text, lang)
    assert not {r for r in found if r[0] == "Ben Carter" and r[2] in ("Greece", "Cyprus")}, found


def test_earlier_acts_noun_of_a_verb_phrase_reaches_the_maker():
    """ "backed the call" is typed by its phrase (the noun is part of the act): with no name
    inside the noun, the act is aimed at whoever made the call."""
    found = relations(
        "Emmanuel Macron called for G7 action on Thursday. Angela Merkel backed the call.", "en"
    )
    assert any(r[0] == "Angela Merkel" and r[2] == "Emmanuel Macron" for r in found), found
