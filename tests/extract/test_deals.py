"""A business deal connects the companies (issue 17): a takeover, purchase, sale or merger
between two organisations, or a country and an organisation, is AGREE with the object as target
(the deals lexicon, ``deals.<lang>.tsv``), though the verb's COOPERATE reading is not read from an
object; never towards a person."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.relations.verbs import VerbRelations
from extract.grammar.argument_words import load_grammar
from tests.extract.extraction_helpers import assert_typed_only, typed

TYPES = {"fb": "ORG", "wa": "ORG", "nl": "COUNTRY", "ann": "PERSON"}


@pytest.mark.parametrize(
    "lang, lemmas, source, target, expected",
    [
        ("en", ["acquire"], "fb", "wa", "AGREE"),
        ("en", ["take over", "take"], "nl", "wa", "AGREE"),
        ("en", ["acquire"], "fb", "ann", None),
        ("en", ["appoint"], "fb", "wa", None),
        ("nl", ["overnemen"], "fb", "wa", "AGREE"),
        ("nl", ["kopen"], "ann", "wa", None),
        ("nl", ["kopen"], "fb", "ann", None),
        ("nl", ["verkopen"], "fb", "nl", None),
    ],
)
def test_deals_only_between_organisations(lang, lemmas, source, target, expected):
    route = SimpleNamespace(grammar=load_grammar(lang))
    ctx = SimpleNamespace(resolver=SimpleNamespace(type_of=TYPES.get))
    assert VerbRelations._deal(route, lemmas, source, target, ctx) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Google acquired Fitbit on Monday.", ("Alphabet", "AGREE", "Fitbit")),
        ("en", "Shell merged with BG Group last year.", ("Shell", "AGREE", "BG Group")),
        ("nl", "Facebook nam WhatsApp over in 2014.", ("Meta Platforms", "AGREE", "WhatsApp")),
        ("nl", "Shell fuseerde vorig jaar met BG Group.", ("Shell", "AGREE", "BG Group")),
        (
            "nl",
            "WhatsApp werd in 2014 door Facebook overgenomen.",
            ("Meta Platforms", "AGREE", "WhatsApp"),
        ),
    ],
)
def test_deals_connect_the_companies(lang, text, expected):
    assert_typed_only(text, lang, expected)


@pytest.mark.model
def test_deals_never_towards_a_person():
    """A club that buys a player makes no deal with him (without the guard: AGREE)."""
    found = typed("Juventus acquired Cristiano Ronaldo in 2018.", "en")
    assert ("Juventus", "AGREE", "Cristiano Ronaldo") not in found, sorted(found)


@pytest.mark.model
def test_deals_not_with_a_name_compared():
    """A rival the sales are compared with is no party to them (without the party check:
    AGREE)."""
    found = typed("Apple sold more phones than Samsung in 2019.", "en")
    assert not [k for k in found if k[1] == "AGREE"], sorted(found)
