"""Issue 18, item 3: a plan, threat or request that is itself denied denies the act it governs.

"Siemens does not intend to withdraw from Iran" tells no planned withdrawal but one that will not
happen; so do "did not announce plans to withdraw" (the plan noun is the denied verb's object) and
"will not be able to attack" (the adjective is the denied copula's predicate). A Dutch adverbial
phrase of mode ("van plan") still counts when the parser hangs a name after it. The unit tests use
hand-built parses; the ``model`` tests run the pipelines on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extract.grammar.phrases import mode_of
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed

# ----------------------------------------------------------------------------- hand-built parses


@pytest.mark.parametrize("negation, mode", [(True, "negated"), (False, "planned")])
def test_a_denied_intent_denies_the_act_it_governs(negation, mode):
    """'Siemens does (not) intend to withdraw from Iran'."""
    rows = f"""
Siemens 3 nsubj PROPN
does 3 aux AUX do
{"not 3 neg PART" if negation else "really 3 advmod ADV"}
intend 3 ROOT VERB intend
to 5 aux PART
withdraw 3 xcomp VERB withdraw
from 5 prep ADP
Iran 6 pobj PROPN
"""
    doc = parse(rows, "en")
    assert mode_of(doc[5], CLEAR, load_lexicon("en")) == mode


@pytest.mark.parametrize("negation, mode", [(True, "negated"), (False, "planned")])
def test_a_plan_noun_of_a_denied_verb_denies_the_act(negation, mode):
    """'Siemens did (not) announce plans to withdraw': the plan noun is the denied verb's
    object."""
    rows = f"""
Siemens 3 nsubj PROPN
did 3 aux AUX do
{"not 3 neg PART" if negation else "indeed 3 advmod ADV"}
announce 3 ROOT VERB announce
plans 3 dobj NOUN plan
to 6 aux PART
withdraw 4 acl VERB withdraw
"""
    doc = parse(rows, "en")
    assert mode_of(doc[6], CLEAR, load_lexicon("en")) == mode


def test_a_denied_verb_after_the_plan_noun_does_not_deny_it():
    """'Plans to withdraw were not announced' is no plan noun the denied verb has as object; the
    noun before the verb is left to the rules it had (here: planned)."""
    doc = parse(
        """
Plans 4 nsubjpass NOUN plan
to 2 aux PART
withdraw 0 acl VERB withdraw
were 4 auxpass AUX be
welcomed 4 ROOT VERB welcome
""",
        "en",
    )
    assert mode_of(doc[2], CLEAR, load_lexicon("en")) == "planned"


@pytest.mark.parametrize("negation, mode", [(True, "negated"), (False, "planned")])
def test_a_dutch_denied_intent_denies_the_act(negation, mode):
    """'Rusland wil Oekraïne (niet) aanvallen', with 'wil' the root and the act its open
    complement."""
    rows = f"""
Rusland 1 nsubj PROPN
wil 1 ROOT VERB willen
{"niet 1 advmod ADV" if negation else "echt 1 advmod ADV"}
Oekraïne 4 obj PROPN
aanvallen 1 xcomp VERB aanvallen
"""
    doc = parse(rows, "nl")
    assert mode_of(doc[4], UD, load_lexicon("nl")) == mode


@pytest.mark.parametrize("name, mode", [("Macron 3 appos PROPN", "planned"), ("", "planned")])
def test_a_dutch_mode_phrase_counts_with_a_name_hung_after_it(name, mode):
    """'Poetin is van plan Macron te ontmoeten', read with 'Macron' an apposition of 'plan'."""
    rows = f"""
Poetin 6 nsubj PROPN
is 6 aux AUX zijn
van 3 case ADP
plan 6 obl NOUN plan
{name or "nu 6 advmod ADV"}
te 6 mark ADP
ontmoeten 6 ROOT VERB ontmoeten
"""
    doc = parse(rows, "nl")
    assert mode_of(doc[6], UD, load_lexicon("nl")) == mode


def test_a_phrase_that_is_no_mode_phrase_sets_no_mode():
    """'Poetin is in Parijs Macron te ontmoeten': 'in Parijs' is a place, not a plan."""
    doc = parse(
        """
Poetin 6 nsubj PROPN
is 6 aux AUX zijn
in 3 case ADP
Parijs 6 obl PROPN
Macron 3 appos PROPN
te 6 mark ADP
ontmoeten 6 ROOT VERB ontmoeten
""",
        "nl",
    )
    assert mode_of(doc[6], UD, load_lexicon("nl")) == "asserted"


# ----------------------------------------------------------------------------- the pipelines


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        (
            "en",
            "Siemens does not intend to withdraw from Iran.",
            ("Siemens", "RETREAT", "Iran"),
            "negated",
        ),
        ("en", "Siemens intends to withdraw from Iran.", ("Siemens", "CONCEDE", "Iran"), "planned"),
        (
            "en",
            "Germany did not ask Russia to withdraw from Ukraine.",
            ("Russia", "RETREAT", "Ukraine"),
            "negated",
        ),
        (
            "en",
            "Russia did not threaten to attack Ukraine.",
            ("Russia", "ASSAULT", "Ukraine"),
            "negated",
        ),
        (
            "en",
            "Siemens did not announce plans to withdraw from Iran.",
            ("Siemens", "RETREAT", "Iran"),
            "negated",
        ),
        # the meeting's participants take the plan's mode (its partner is left to the parse)
        (
            "nl",
            "Poetin is van plan Macron te ontmoeten.",
            ("Vladimir Putin", "PARTICIPANT", "meeting"),
            "planned",
        ),
    ],
)
def test_denied_and_undenied_plans_in_sentences(lang, text, expected, mode):
    found = typed(text, lang, participants=True)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode
