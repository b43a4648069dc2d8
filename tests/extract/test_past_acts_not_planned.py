"""Issue 18, item 3: an act told in the past tense is not planned because of a later date.

An act told as done whose date lies after the document's is planned ("the trial opens on 4
February" in an article of 1 February). But a verb in the past tense or the perfect may take its
date from the event or time told before it ("The election is scheduled for March 24. The party
nominated her"): that date is borrowed, and the nomination happened. Such a verb keeps its mode;
the event noun's relations keep the date's reading (taking part in the election lies ahead).
"""

from __future__ import annotations

import pytest

from extract.grammar.timing import past_tense
from tests.extract.extraction_helpers import parse, typed

# ----------------------------------------------------------------------------- hand-built parses


@pytest.mark.parametrize(
    "rows, index, past",
    [
        # "nominated": a finite verb in the past
        ("Party 1 nsubj PROPN\nnominated 1 ROOT VERB nominate Tense=Past|VerbForm=Fin", 1, True),
        # "has met": the perfect
        (
            "Kenya 2 nsubj PROPN\nhas 2 aux AUX have Tense=Pres|VerbForm=Fin\n"
            "met 2 ROOT VERB meet Tense=Past|VerbForm=Part",
            2,
            True,
        ),
        # "meets": the present
        ("Kenya 1 nsubj PROPN\nmeets 1 ROOT VERB meet Tense=Pres|VerbForm=Fin", 1, False),
        # "will meet": a future, for the mode reading
        (
            "Kenya 2 nsubj PROPN\nwill 2 aux AUX will VerbForm=Fin\n"
            "meet 2 ROOT VERB meet VerbForm=Inf",
            2,
            False,
        ),
    ],
)
def test_past_tense_reads_the_finite_verb_and_the_perfect(rows, index, past):
    assert past_tense(parse(rows, "en")[index]) is past


# ----------------------------------------------------------------------------- the pipelines


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        (
            "en",
            "Thailand's general election is scheduled for March 24. The Thai Raksa Chart Party "
            "nominated Ubolratana for the election.",
            ("Thai Raksa Chart Party", "SUPPORT", "Ubolratana"),
            "asserted",
        ),
        (
            "nl",
            "Het debat tussen Biden en Trump staat gepland voor 15 oktober. Biden bekritiseerde "
            "Trump in het debat.",
            ("Joe Biden", "ACCUSE", "Donald Trump"),
            "asserted",
        ),
        # taking part in the event still lies ahead
        (
            "nl",
            "Het debat tussen Biden en Trump staat gepland voor 15 oktober. Biden bekritiseerde "
            "Trump in het debat.",
            ("Joe Biden", "PARTICIPANT", "debat"),
            "planned",
        ),
    ],
)
def test_a_past_act_dated_after_the_article_is_not_planned(lang, text, expected, mode):
    found = typed(text, lang, date="2019-02-20", participants=True)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode
