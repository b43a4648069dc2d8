"""Issue 18 (typing5): a verb of going somewhere (travel, fly, reizen, vliegen; the phrase
lexicon's ``trip`` part) is CONSULT only for a trip made to meet: a purpose phrase of meeting ("for
talks with", "voor overleg met", "on a state visit"), a purpose clause ("to meet", "om ... te
ontmoeten") or a meeting that follows it. A bare trip to a place meets no one, so it gives no
CONSULT with the place. On hand-built parses, then end to end in both languages; all sentences
written for this test."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed

# "Rutte flew to Ankara for talks."
EN_FOR_TALKS = """
Rutte 1 nsubj PROPN
flew 1 ROOT VERB fly
to 1 prep ADP
Ankara 2 pobj PROPN
for 1 prep ADP
talks 4 pobj NOUN talk
. 1 punct PUNCT
"""

# "Rutte flew to Ankara on Monday."
EN_BARE = """
Rutte 1 nsubj PROPN
flew 1 ROOT VERB fly
to 1 prep ADP
Ankara 2 pobj PROPN
on 1 prep ADP
Monday 4 pobj PROPN
. 1 punct PUNCT
"""

# "Scholz travelled to Beijing to meet Xi."
EN_TO_MEET = """
Scholz 1 nsubj PROPN
travelled 1 ROOT VERB travel
to 1 prep ADP
Beijing 2 pobj PROPN
to 5 aux PART
meet 1 advcl VERB meet
Xi 5 dobj PROPN
. 1 punct PUNCT
"""

# "Schoof reisde naar Warschau voor overleg."
NL_VOOR_OVERLEG = """
Schoof 1 nsubj PROPN
reisde 1 ROOT VERB reizen
naar 3 case ADP
Warschau 1 obl PROPN
voor 5 case ADP
overleg 1 obl NOUN overleg
. 1 punct PUNCT
"""

# "Schoof reisde naar Warschau om Tusk te ontmoeten."
NL_OM_TE = """
Schoof 1 nsubj PROPN
reisde 1 ROOT VERB reizen
naar 3 case ADP
Warschau 1 obl PROPN
om 7 mark ADP
Tusk 7 obj PROPN
te 7 mark ADP
ontmoeten 1 advcl VERB ontmoeten
. 1 punct PUNCT
"""

# "Schoof reisde maandag naar Warschau."
NL_BARE = """
Schoof 1 nsubj PROPN
reisde 1 ROOT VERB reizen
maandag 1 obl NOUN maandag
naar 4 case ADP
Warschau 1 obl PROPN
. 1 punct PUNCT
"""


def _tagger(lang: str) -> RelationTagger:
    return RelationTagger(
        "t", lang, load_lexicon(lang), load_kb(), UD if lang == "nl" else CLEAR, load_grammar(lang)
    )


@pytest.mark.parametrize(
    "rows, lang, meets",
    [
        (EN_FOR_TALKS, "en", True),
        (EN_TO_MEET, "en", True),
        (EN_BARE, "en", False),
        (NL_VOOR_OVERLEG, "nl", True),
        (NL_OM_TE, "nl", True),
        (NL_BARE, "nl", False),
    ],
)
def test_a_trip_consults_only_when_made_to_meet(rows, lang, meets):
    tagger = _tagger(lang)
    verb = parse(rows, lang)[1]
    lemmas = tagger._verb_lemmas(verb)
    assert tagger._trip_without_meeting(verb, lemmas, "CONSULT") is not meets


def test_a_verb_that_is_no_trip_keeps_its_consult():
    # "Rutte visited Ankara on Monday": visiting is the meeting itself
    tagger = _tagger("en")
    verb = parse(EN_BARE.replace("flew 1 ROOT VERB fly", "visited 1 ROOT VERB visit"), "en")[1]
    assert not tagger._trip_without_meeting(verb, ["visit"], "CONSULT")


@pytest.mark.parametrize(
    "text, lang, source, place",
    [
        ("Mark Rutte flew to Turkey on Monday.", "en", "Mark Rutte", "Türkiye"),
        ("Olaf Scholz travelled to China last week.", "en", "Olaf Scholz", "China"),
        ("Olaf Scholz reisde vorige week naar China.", "nl", "Olaf Scholz", "China"),
        ("Mark Rutte vloog maandag naar Turkije.", "nl", "Mark Rutte", "Türkiye"),
    ],
)
def test_a_bare_trip_gives_no_consult_with_the_place(text, lang, source, place):
    found = typed(text, lang)
    assert (source, "CONSULT", place) not in found, sorted(found)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Prime Minister Mark Rutte flew to Ankara for talks with President Recep Tayyip "
            "Erdogan.",
            "en",
            ("Mark Rutte", "CONSULT", "Recep Tayyip Erdoğan"),
        ),
        (
            "Olaf Scholz travelled to Beijing to meet Xi Jinping.",
            "en",
            ("Olaf Scholz", "CONSULT", "Xi Jinping"),
        ),
        (
            "Premier Dick Schoof reisde maandag af naar Warschau voor overleg met de Poolse "
            "premier Donald Tusk.",
            "nl",
            ("Dick Schoof", "CONSULT", "Donald Tusk"),
        ),
        (
            "Olaf Scholz reisde naar Peking om Xi Jinping te ontmoeten.",
            "nl",
            ("Olaf Scholz", "CONSULT", "Xi Jinping"),
        ),
    ],
)
def test_a_trip_made_to_meet_still_consults(text, lang, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The airline Skyways flew fighters and ammunition to Sudan for the army.",
            "en",
            ("Skyways", "AID", "Sudan"),
        ),
        (
            "Field kitchens and doctors were flown to Chad by Morocco after the storm.",
            "en",
            ("Morocco", "AID", "Chad"),
        ),
        (
            "Marokko vloog veldkeukens en artsen naar Tsjaad na de storm.",
            "nl",
            ("Morocco", "AID", "Chad"),
        ),
    ],
)
def test_a_verb_of_going_that_carries_something_is_a_transport(text, lang, expected):
    # what is flown somewhere is brought there (CAMEO: flying supplies is AID), no visit
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert (expected[0], "CONSULT", expected[2]) not in found, sorted(found)


def test_a_day_the_parser_takes_for_an_object_is_nothing_carried():
    # "maandag" as the verb's object: Rutte flies himself, no transport
    found = typed("Mark Rutte vloog maandag naar Turkije.", "nl")
    assert not [k for k in found if k[0] == "Mark Rutte" and k[1] in ("AID", "CONSULT")]
