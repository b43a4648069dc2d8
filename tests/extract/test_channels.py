"""A platform named as the channel of an act is no party to it (issue 18): "praised the
endorsement on Twitter", "vroeg op Twitter om tips", "thanked her supporters via Instagram";
material acts keep it ("sanctions on TikTok")."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.relation import Relation
from extract.grammar.argument_words import load_grammar
from tests.extract.extraction_helpers import hand_resolver, relations

EN_ASKED = """
Solberg 1 nsubj PROPN
asked 1 ROOT VERB ask
on 1 prep ADP
Twitter 2 pobj PROPN
for 1 prep ADP
tips 4 pobj NOUN
"""

EN_CRITICISED = """
Solberg 1 nsubj PROPN
criticised 1 ROOT VERB criticise
Twitter 1 dobj PROPN
on 1 prep ADP
Monday 3 pobj PROPN
"""

NL_ASKED = """
Solberg 1 nsubj PROPN
vroeg 1 ROOT VERB vragen
op 3 case ADP
Twitter 1 obl PROPN
om 5 case ADP
tips 1 obl NOUN
"""


def _context(rows: str, lang: str, solberg: int, twitter: int) -> _Context:
    names = [
        (solberg, solberg + 1, "PERSON", "kb:erna_solberg"),
        (twitter, twitter + 1, "ORG", "kb:twitter"),
    ]
    resolver, doc = hand_resolver(rows, lang, names)
    return _Context(doc, resolver, {})


def _act(type_: str) -> Relation:
    return Relation("kb:erna_solberg", "kb:twitter", type_, "asked", 1, 2, 0, 0.6)


@pytest.mark.parametrize(
    "rows, lang, twitter, type_, expected",
    [
        (EN_ASKED, "en", 3, "REQUEST", True),
        (NL_ASKED, "nl", 3, "REQUEST", True),
        (EN_ASKED, "en", 3, "SANCTION", False),  # a material act keeps its target
        (EN_CRITICISED, "en", 2, "ACCUSE", False),  # the object is a party
        (NL_ASKED, "nl", 3, "ROLE", False),
    ],
)
def test_channels_a_platform_after_a_channel_preposition_is_no_party(
    rows, lang, twitter, type_, expected
):
    ctx = _context(rows, lang, 0, twitter)
    grammar = load_grammar(lang)
    assert "twitter" in grammar.platforms
    found = ctx.channel_as_party(_act(type_), grammar.platforms, grammar.prepositions.channel)
    assert found is expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Erna Solberg asked on Twitter for tips on restaurants."),
        ("en", "Joe Biden praised the endorsement by Elizabeth Warren on Twitter."),
        ("nl", "Erna Solberg vroeg op Twitter om tips voor restaurants."),
        ("nl", "Mark Rutte prees op Twitter de steun van Duitsland."),
    ],
)
def test_channels_no_act_is_aimed_at_the_platform_it_is_told_on(lang, text):
    found = relations(text, lang)
    assert not any("Twitter" in (r[0], r[2]) or "X (Twitter)" in (r[0], r[2]) for r in found), (
        sorted(found)
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "The European Union imposed sanctions on TikTok.",
            ("European Union", "SANCTION", "TikTok"),
        ),
        (
            "en",
            "Donald Trump criticised Twitter on Monday.",
            ("Donald Trump", "ACCUSE", "X (Twitter)"),
        ),
        (
            "nl",
            "Donald Trump bekritiseerde maandag Twitter.",
            ("Donald Trump", "ACCUSE", "X (Twitter)"),
        ),
    ],
)
def test_channels_a_platform_acted_on_stays_a_party(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)
