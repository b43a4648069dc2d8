"""Issue 18 (evtype17): support its modifier makes material ("humanitarian support", "financiële
steun") is AID by the PLOVER manual, support alone stays SUPPORT; and a protest against a thing is
aimed at the maker its "by" phrase names ("in protest against cuts by Uber")."""

from __future__ import annotations

import pytest

from extract.grammar.event_nouns import noun_event_of
from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed

# "Japan gave humanitarian support to Kenya."
GAVE_HUMANITARIAN_SUPPORT = """
Japan 1 nsubj PROPN
gave 1 ROOT VERB give
humanitarian 3 amod ADJ
support 1 dobj NOUN support
to 1 prep ADP
Kenya 4 pobj PROPN
"""

# "Japan gave support to Kenya."
GAVE_SUPPORT = """
Japan 1 nsubj PROPN
gave 1 ROOT VERB give
support 1 dobj NOUN support
to 1 prep ADP
Kenya 3 pobj PROPN
"""

# "Japan verleende financiële steun aan Kenia."
VERLEENDE_STEUN = """
Japan 1 nsubj PROPN
verleende 1 ROOT VERB verlenen
financiële 3 amod ADJ financieel
steun 1 obj NOUN steun
aan 5 case ADP
Kenia 1 obl PROPN
"""


def _noun_type(lexicon):
    def of(noun):
        found = noun_event_of(noun, lexicon)
        return found.type if found else None

    return of


def test_material_support_is_aid_and_support_alone_is_not():
    en = load_lexicon("en")
    doc = parse(GAVE_HUMANITARIAN_SUPPORT, "en")
    assert noun_event_of(doc[3], en).type == "AID"
    assert noun_event_of(parse(GAVE_SUPPORT, "en")[2], en).type == "SUPPORT"
    nl = load_lexicon("nl")
    assert noun_event_of(parse(VERLEENDE_STEUN, "nl")[3], nl).type == "AID"


def test_a_support_verb_takes_the_type_of_its_modified_noun():
    en = load_lexicon("en")
    doc = parse(GAVE_HUMANITARIAN_SUPPORT, "en")
    found = phrase_type(doc[1], ["give"], CLEAR, en, _noun_type(en))
    assert found is not None and found[0] == "AID", found
    doc = parse(GAVE_SUPPORT, "en")
    found = phrase_type(doc[1], ["give"], CLEAR, en, _noun_type(en))
    assert found is not None and found[0] == "SUPPORT", found
    nl = load_lexicon("nl")
    doc = parse(VERLEENDE_STEUN, "nl")
    found = phrase_type(doc[1], ["verlenen"], UD, nl, _noun_type(nl))
    assert found is not None and found[0] == "AID", found


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "The Red Cross gave humanitarian support to Sudan in the form of tents.",
            ("Red Cross", "AID", "Sudan"),
        ),
        (
            "en",
            "Japan's military support to the Philippines grew this year.",
            ("Japan", "AID", "Philippines"),
        ),
        (
            "nl",
            "Japan verleende maandag financiële steun aan Kenia.",
            ("Japan", "AID", "Kenya"),
        ),
        (
            "nl",
            "De militaire steun van Japan aan de Filipijnen groeide dit jaar.",
            ("Japan", "AID", "Philippines"),
        ),
    ],
)
def test_material_support_end_to_end(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert (expected[0], "SUPPORT", expected[2]) not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Japan gave support to Kenya."),
        ("nl", "Japan sprak steun uit voor Kenia."),
    ],
)
def test_support_alone_stays_support(lang, text):
    found = typed(text, lang)
    assert ("Japan", "SUPPORT", "Kenya") in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "The union GMB stopped work on Monday in protest against pay cuts by Amazon.",
            ("GMB", "PROTEST", "Amazon"),
        ),
        (
            "nl",
            "Vakbond FNV legde maandag het werk neer uit protest tegen loonsverlagingen door Uber.",
            ("FNV", "PROTEST", "Uber"),
        ),
    ],
)
def test_a_protest_against_a_thing_is_aimed_at_its_maker(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
