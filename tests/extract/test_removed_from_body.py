"""Issue 18 (evtype15): a passive that cuts ties or removes, with no agent phrase, is done by the
body one is removed from ("Gabon was suspended from the African Union": SANCTION African Union ->
Gabon; "werd geschorst uit de Afrikaanse Unie"). The prepositions are data (role ``expelling``:
"from", "uit"); only acts of EXPELLING_ACTS read them ("troops were withdrawn from Mali" is no act
of Mali's). Checked on parses built by hand and end to end on sentences of our own."""

from __future__ import annotations

import pytest

from extract.grammar.argument_words import load_grammar
from extract.grammar.patterns import passive_from_body
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import parse, relations

EN_SUSPENDED_FROM = """
Chad 2 nsubjpass PROPN
was 2 auxpass AUX be
suspended 2 ROOT VERB suspend
from 2 prep ADP
ECOWAS 3 pobj PROPN
. 2 punct PUNCT
"""

NL_GESCHORST_UIT = """
Tsjaad 2 nsubj:pass PROPN
werd 2 aux:pass AUX worden
geschorst 2 ROOT VERB schorsen
uit 4 case ADP
ECOWAS 2 obl PROPN
. 2 punct PUNCT
"""


def _pairs(rows: str, lang: str) -> list[tuple[str, str]]:
    doc = parse(rows, lang)
    preps = load_grammar(lang).prepositions
    scheme = CLEAR if lang == "en" else UD
    return [(c.actor.text, c.recipient.text) for c in passive_from_body(doc[2], scheme, preps)]


@pytest.mark.parametrize(
    "rows, lang, expected",
    [
        (EN_SUSPENDED_FROM, "en", [("ECOWAS", "Chad")]),
        (NL_GESCHORST_UIT, "nl", [("ECOWAS", "Tsjaad")]),
    ],
    ids=["en", "nl"],
)
def test_removed_from_body_the_body_removes(rows, lang, expected):
    assert _pairs(rows, lang) == expected


def test_removed_from_body_not_with_an_agent_phrase():
    # "was suspended from ECOWAS by the court": the court acts (passive_with_agent)
    rows = EN_SUSPENDED_FROM.replace(
        ". 2 punct PUNCT", "by 2 agent ADP\nMali 6 pobj PROPN\n. 2 punct PUNCT"
    )
    assert _pairs(rows, "en") == []


def test_removed_from_body_not_for_another_preposition():
    assert _pairs(EN_SUSPENDED_FROM.replace("from 2 prep ADP", "in 2 prep ADP"), "en") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Niger was suspended from the African Union after the coup.",
            ("African Union", "SANCTION", "Niger"),
        ),
        (
            "nl",
            "Niger werd na de staatsgreep geschorst uit de Afrikaanse Unie.",
            ("African Union", "SANCTION", "Niger"),
        ),
    ],
)
def test_removed_from_body_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.model
def test_removed_from_body_a_withdrawal_is_no_act_of_the_place_left():
    found = relations("French troops were withdrawn from Mali in 2022.", "en")
    assert not [k for k in found if k[0] == "Mali"], sorted(found)
