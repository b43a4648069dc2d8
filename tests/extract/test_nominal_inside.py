"""Issue 18 (evtype12): an event noun whose phrase names nobody is aimed at whom the verb route
would read inside that phrase: a strike "on a hospital in Kyiv" at Kyiv, the place of the thing
it hits, and a rejection "of a demand by Egypt" at Egypt, the maker of the act it rejects. On
hand-built parses, then end to end in both languages."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, relations

# "Russia's strike on a hospital in Kyiv killed ten people."
EN_STRIKE = """
Russia 2 poss PROPN
's 0 case PART
strike 8 nsubj NOUN strike
on 2 prep ADP
a 5 det DET
hospital 3 pobj NOUN hospital
in 5 prep ADP
Kyiv 6 pobj PROPN
killed 8 ROOT VERB kill
ten 10 nummod NUM
people 8 dobj NOUN person
. 8 punct PUNCT
"""

# "Iran's rejection of a demand by Egypt worried Qatar."
EN_REJECTION = """
Iran 2 poss PROPN
's 0 case PART
rejection 8 nsubj NOUN rejection
of 2 prep ADP
a 5 det DET
demand 3 pobj NOUN demand
by 5 prep ADP
Egypt 6 pobj PROPN
worried 8 ROOT VERB worry
Qatar 8 dobj PROPN
. 8 punct PUNCT
"""

# "De aanval van Rusland op een ziekenhuis in Kyiv doodde tien mensen."
NL_AANVAL = """
De 1 det DET
aanval 10 nsubj NOUN aanval
van 3 case ADP
Rusland 1 nmod PROPN
op 6 case ADP
een 6 det DET
ziekenhuis 1 nmod NOUN ziekenhuis
in 8 case ADP
Kyiv 6 nmod PROPN
doodde 10 ROOT VERB doden
tien 11 nummod NUM
mensen 10 obj NOUN mens
. 10 punct PUNCT
"""


def _nominal(rows: str, lang: str, names: list[tuple[int, int, str, str]], **swap: str):
    """(source, type, target) of each relation the nominal route finds on a hand-built parse;
    ``swap`` replaces a word's line ("hospital": "hospital 3 pobj NOUN hospital" -> ...)."""
    for old, new in swap.items():
        rows = rows.replace(old, new)
    resolver, doc = hand_resolver(rows, lang, names)
    lexicon, grammar = load_lexicon(lang), load_grammar(lang)
    tagger = RelationTagger("t", lang, lexicon, load_kb(), UD if lang == "nl" else CLEAR, grammar)
    ctx = _Context(doc, resolver, {})
    return {(r.source, r.type, r.target) for r in tagger._nominal_relations(ctx)}


EN_STRIKE_NAMES = [(0, 1, "COUNTRY", "rus"), (7, 8, "LOCATION", "kyiv")]
EN_REJECTION_NAMES = [(0, 1, "COUNTRY", "irn"), (7, 8, "COUNTRY", "egy"), (9, 10, "COUNTRY", "qat")]
NL_AANVAL_NAMES = [(3, 4, "COUNTRY", "rus"), (8, 9, "LOCATION", "kyiv")]


@pytest.mark.parametrize(
    "rows, lang, names, expected",
    [
        (EN_STRIKE, "en", EN_STRIKE_NAMES, {("rus", "ASSAULT", "kyiv")}),
        (NL_AANVAL, "nl", NL_AANVAL_NAMES, {("rus", "ASSAULT", "kyiv")}),
        (EN_REJECTION, "en", EN_REJECTION_NAMES, {("irn", "REJECT", "egy")}),
    ],
    ids=["en-strike", "nl-aanval", "en-rejection"],
)
def test_nominal_an_act_is_aimed_inside_a_phrase_that_names_nobody(rows, lang, names, expected):
    assert _nominal(rows, lang, names) == expected


def test_nominal_people_in_a_place_are_no_place_struck():
    # "a strike on fighters in Kyiv" is aimed at the fighters, not at Kyiv
    swap = {"hospital 3 pobj NOUN hospital": "fighters 3 pobj NOUN fighter"}
    assert _nominal(EN_STRIKE, "en", EN_STRIKE_NAMES, **swap) == set()


def test_nominal_a_thing_by_someone_is_no_act_rejected():
    # "Iran's rejection of a ship by Egypt": a ship names no act, so it has no maker
    swap = {"demand 3 pobj NOUN demand": "ship 3 pobj NOUN ship"}
    assert _nominal(EN_REJECTION, "en", EN_REJECTION_NAMES, **swap) == set()


def test_nominal_an_act_that_is_no_strike_is_not_aimed_at_the_place():
    # a visit is not aimed at the place of what it visits through this rule
    swap = {"strike 8 nsubj NOUN strike": "visit 8 nsubj NOUN visit"}
    found = _nominal(EN_STRIKE, "en", EN_STRIKE_NAMES, **swap)
    assert ("rus", "CONSULT", "kyiv") not in found


# --- end to end, both languages ---------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Turkey's air strike on a power plant in Aleppo was criticised by Syria.",
            ("Türkiye", "ASSAULT", "Aleppo"),
        ),
        (
            "nl",
            "De aanval van Rusland op een ziekenhuis in Kyiv werd door Polen veroordeeld.",
            ("Russia", "ASSAULT", "Kyiv"),
        ),
    ],
)
def test_nominal_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)
