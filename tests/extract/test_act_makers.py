"""Issue 18 (bymaker): a reaction to an act is aimed at the act's maker named in its noun phrase.

"Endorsed Kenya's plan" already reached Kenya (evtype6). The maker may also be named by the act
noun's agent phrase ("rejected a demand by the IAEA", "verwierp een eis door het IAEA"), which
the argument route skipped because the same phrase names the actor of a passive verb. Checked on
parses built by hand and end to end on sentences of our own, in both languages.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from bench.quality.match import pred_docs
from bench.quality.metrics import typing_prediction
from extract.components.relations.arguments import Arguments
from extract.grammar.argument_words import load_grammar
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, records_of

EN_DEMAND_BY = """
Iran 1 nsubj PROPN
rejected 1 ROOT VERB reject
a 3 det DET
demand 1 dobj NOUN demand
by 3 prep ADP
Egypt 4 pobj PROPN
. 1 punct PUNCT
"""

NL_EIS_DOOR = """
Iran 1 nsubj PROPN
verwierp 1 ROOT VERB verwerpen
een 3 det DET
eis 1 obj NOUN eis
door 5 case ADP
Egypte 3 nmod PROPN
. 1 punct PUNCT
"""


class _Route(Arguments):
    """The argument route alone, with one language's lexicons."""

    def __init__(self, lang: str) -> None:
        self.lexicon = load_lexicon(lang)
        self.grammar = load_grammar(lang)
        self.preps = self.grammar.prepositions


@pytest.mark.parametrize(
    "rows, lang, noun, expected",
    [
        (EN_DEMAND_BY, "en", "demand", ["egy"]),
        (NL_EIS_DOOR, "nl", "eis", ["egy"]),
        # a general act noun (actnouns.<lang>.tsv) names an act too
        (EN_DEMAND_BY, "en", "decision", ["egy"]),
        (NL_EIS_DOOR, "nl", "besluit", ["egy"]),
        # a noun that names no act has no maker in its "by" phrase ("a ship by Egypt")
        (EN_DEMAND_BY, "en", "ship", []),
        (NL_EIS_DOOR, "nl", "schip", []),
    ],
    ids=["en", "nl", "en-act-noun", "nl-act-noun", "en-no-act", "nl-no-act"],
)
def test_arguments_an_act_nouns_agent_phrase_names_its_maker(rows, lang, noun, expected):
    old = "demand 1 dobj NOUN demand" if lang == "en" else "eis 1 obj NOUN eis"
    new = old.replace("demand", noun) if lang == "en" else old.replace("eis", noun)
    resolver, doc = hand_resolver(
        rows.replace(old, new), lang, [(0, 1, "COUNTRY", "irn"), (5, 6, "COUNTRY", "egy")]
    )
    assert _Route(lang)._act_agents(doc[3], SimpleNamespace(resolver=resolver)) == expected


def typed_as(text: str, lang: str, source: str, target: str) -> str:
    """The type the yardstick's event typing reads between ``source`` and ``target``."""
    return typing_prediction(pred_docs(records_of(text, lang))["t"], source, target)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, source, target, expected",
    [
        # the maker in the act noun's agent phrase
        ("en", "Chile rejected a demand by Bolivia for access to the sea.", "Chile", "Bolivia",
         "REJECT"),
        ("nl", "Chili verwierp dinsdag een eis door Bolivia tot toegang tot de zee.", "Chili",
         "Bolivia", "REJECT"),
        ("en", "Chile criticised the decision by Bolivia to close the border.", "Chile",
         "Bolivia", "ACCUSE"),
        ("nl", "Chili bekritiseerde de beslissing door Bolivia tot sluiting van de grens.",
         "Chili", "Bolivia", "ACCUSE"),
        ("en", "Chile backed a plan by Bolivia to build a port.", "Chile", "Bolivia", "SUPPORT"),
        # a thing that is no act has no maker to react to
        ("en", "Chile rejected a ship built by Peru.", "Chile", "Peru", "NONE"),
        # what a clause on the object says an actor did to it (a typed verb): its participle's
        # agent, its relative clause's subject (in Dutch by agreement with the plural noun)
        ("en", "Chile refused to accept the refugees sent by Peru.", "Chile", "Peru", "REJECT"),
        ("en", "Chile rejected the plan that Peru had proposed.", "Chile", "Peru", "REJECT"),
        ("nl", "Chili weigerde de vluchtelingen op te nemen die Peru had gestuurd.", "Chili",
         "Peru", "REJECT"),
        ("nl", "Chili weigerde de door Peru gestuurde vluchtelingen.", "Chili", "Peru",
         "REJECT"),
    ],
)  # fmt: skip
def test_sentences_a_reaction_reaches_the_acts_maker(lang, text, source, target, expected):
    assert typed_as(text, lang, source, target) == expected
