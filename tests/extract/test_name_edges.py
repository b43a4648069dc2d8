"""Words at a name's edges (issue 19): the verb that opens a question is no part of the name
after it (interviews ask "Will Rocky Linux ...?", and the model takes the auxiliary into the
name), and "and" cuts a run of capitalised words only before a name of its own."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extract.components.names import _listed_apart, _strip_edges
from tests.extract.extraction_helpers import parse, records_of

QUESTION = """
Has 3 aux AUX have
Zaldor 2 compound PROPN
Motors 3 nsubj PROPN
paid 3 ROOT VERB pay
? 3 punct PUNCT
"""

STATEMENT = """
Will 1 compound PROPN
Smith 2 nsubj PROPN
said 2 ROOT VERB say
so 2 advmod ADV
. 2 punct PUNCT
"""


def test_names_the_auxiliary_that_opens_a_question_is_cut_off():
    doc = parse(QUESTION)
    assert _strip_edges(doc[0:3]).text == "Zaldor Motors"


TAGGED_QUESTION = """
( 8 punct PUNCT
( 8 punct PUNCT
WN 8 npadvmod PROPN
) 8 punct PUNCT
) 8 punct PUNCT
Will 8 aux AUX will
Zaldor 7 compound PROPN
Linux 8 nsubj PROPN
ship 8 ROOT VERB ship
? 8 punct PUNCT
"""


def test_names_a_question_after_a_speakers_tag_is_still_a_question():
    doc = parse(TAGGED_QUESTION)
    assert _strip_edges(doc[5:8]).text == "Zaldor Linux"


def test_names_a_first_name_that_is_also_an_auxiliary_stays():
    doc = parse(STATEMENT)
    assert _strip_edges(doc[0:2]).text == "Will Smith"


def test_names_an_auxiliary_mid_question_or_alone_is_left_as_it_is():
    doc = parse(QUESTION)
    assert _strip_edges(doc[0:1]).text == "Has"  # one word: nothing left to be the name
    assert _strip_edges(doc[1:3]).text == "Zaldor Motors"


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("en", "Would Zaldor Group sell the plant in Vexburg?", "Zaldor Group"),
        ("en", "Is Zaldor Bank still open on Sundays?", "Zaldor Bank"),
        ("nl", "Heeft Zaldor Motors de boete al betaald?", "Zaldor Motors"),
        ("nl", "Zal Zaldor Bank de lening terugbetalen?", "Zaldor Bank"),
        ("en", "((WN))  Will Zaldor Linux ship a new version this year?", "Zaldor Linux"),
        ("nl", "((WN))  Zal Zaldor Bank de lening terugbetalen?", "Zaldor Bank"),
    ],
)
def test_names_a_question_names_the_body_without_its_verb(lang, text, name):
    labels = {e["label"] for e in records_of(text, lang)["entities"]}
    assert name in labels
    assert not any(label.endswith(" " + name) for label in labels)


def _words(text: str) -> Doc:
    return Doc(spacy.blank("en").vocab, words=text.split())


@pytest.mark.parametrize(
    "text, parts",
    [
        # two companies listed: each ends in a body's word and the second has two words
        (
            "Shanghai Airlines and Xiamen Airlines",
            ["Shanghai Airlines", "Xiamen Airlines"],
        ),
        # a team's name: one word after "and" names nothing alone, so nothing is cut off
        ("Vexlo Trust and Safety", ["Vexlo Trust and Safety"]),
        ("Vexlo Trust en Safety", ["Vexlo Trust en Safety"]),
    ],
)
def test_names_a_run_is_cut_at_and_only_before_a_name_of_its_own(text, parts):
    doc = _words(text)
    assert [doc[s:e].text for s, e in _listed_apart(doc, [(0, len(doc))])] == parts
