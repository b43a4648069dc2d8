"""Issue 18 (typing6): Dutch "staken" is two verbs. With an act of force as its object it ends
that act ("heeft de aanvallen op Gaza gestaakt": PLOVER RETREAT ceasefire, as "halted its attacks"
and "suspended its airstrikes"); with aid or talks as its object it cuts ties (SANCTION, as
"halted its aid"); without an object it is going on strike, a PROTEST at whom its "bij" or
"tegen" phrase names ("staakte bij PostNL"). Sentences written for this test."""

from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "Israël heeft de aanvallen op Gaza gestaakt.", ("Israel", "RETREAT", "Gaza Strip")),
        (
            "nl",
            "Rusland heeft zondag de beschietingen van Kiev gestaakt.",
            ("Russia", "RETREAT", "Kyiv"),
        ),
        ("en", "Russia stopped the shelling of Kyiv.", ("Russia", "RETREAT", "Kyiv")),
        ("en", "Israel suspended its airstrikes on Lebanon.", ("Israel", "RETREAT", "Lebanon")),
        ("en", "Russia ceased its attacks on Kharkiv on Sunday.", ("Russia", "RETREAT", "Kharkiv")),
    ],
)
def test_ending_an_act_of_force_is_a_retreat(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "De Verenigde Staten hebben de hulp aan Oeganda gestaakt.",
            ("United States", "SANCTION", "Uganda"),
        ),
        (
            "en",
            "The United States halted its aid to Uganda.",
            ("United States", "SANCTION", "Uganda"),
        ),
    ],
)
def test_stopping_aid_cuts_ties(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert not [k for k in found if k[1] == "RETREAT"], sorted(found)


def test_striking_at_a_company_is_a_protest():
    found = typed("De vakbond FNV staakte dinsdag bij PostNL.", "nl")
    assert ("FNV", "PROTEST", "PostNL") in found, sorted(found)
    assert not [k for k in found if k[1] == "RETREAT"], sorted(found)


def test_the_readings_of_staken_are_data():
    lexicon = load_lexicon("nl")
    assert lexicon.phrase_type("staken", "obj", "aanvallen") == "RETREAT"
    assert lexicon.phrase_type("staken", "obj", "hulp") == "SANCTION"
    assert lexicon.phrase_type("staken", "prep", "bij") == "PROTEST"
    assert lexicon.phrase_type("staken", "prep", "tegen") == "PROTEST"
