"""Constructions that link two actors within one sentence (issue 17): raising and control verbs,
a copula with a relational noun, "respectively" lists and a refused agreement.

Each construction is checked on a hand-built parse (so a new model cannot change what is
checked) and end to end on sentences of our own in both languages.
"""

from __future__ import annotations

import pytest

from extract.grammar.syntax import CLEAR, UD, objects, subjects
from tests.extract.extraction_helpers import parse, relations

# --- raising and control: the subject of the embedded act ------------------------------------

EN_EXPECTED = """
Kenya 2 nsubjpass PROPN
is 2 auxpass AUX be
expected 2 ROOT VERB expect
to 4 aux PART
sanction 2 xcomp VERB sanction
Uganda 4 dobj PROPN
. 2 punct PUNCT
"""

EN_LIKELY = """
Kenya 1 nsubj PROPN
is 1 ROOT AUX be
likely 1 acomp ADJ
to 4 aux PART
sanction 2 xcomp VERB sanction
Uganda 4 dobj PROPN
. 1 punct PUNCT
"""

NL_WANTS = """
Kenia 1 nsubj PROPN
wil 1 ROOT VERB willen
Oeganda 1 nsubj PROPN
straffen 1 xcomp VERB straffen
. 1 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows",
    [EN_EXPECTED, EN_LIKELY],
    ids=["passive raising verb", "raising adjective"],
)
def test_constructions_raised_subject_is_the_embedded_acts_subject(rows):
    doc = parse(rows)
    assert [t.text for t in subjects(doc[4], CLEAR)] == ["Kenya"]
    assert [t.text for t in objects(doc[4], CLEAR)] == ["Uganda"]


def test_constructions_a_passive_governor_without_open_clause_lends_no_subject():
    # "Uganda was attacked to punish Kenya": a purpose clause's subject is the unnamed attacker,
    # not the passive subject
    doc = parse("""
Uganda 2 nsubjpass PROPN
was 2 auxpass AUX be
attacked 2 ROOT VERB attack
to 4 aux PART
punish 2 advcl VERB punish
Kenya 4 dobj PROPN
""")
    assert subjects(doc[4], CLEAR) == []


def test_constructions_second_subject_of_a_modal_verb_is_the_infinitives_object():
    doc = parse(NL_WANTS)
    assert [t.text for t in subjects(doc[3], UD)] == ["Kenia"]
    assert [t.text for t in objects(doc[3], UD)] == ["Oeganda"]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Kenya is expected to sanction Uganda.", ("Kenya", "SANCTION", "Uganda")),
        ("en", "Kenya was asked to support Uganda.", ("Kenya", "SUPPORT", "Uganda")),
        ("en", "Kenya is ready to support Uganda.", ("Kenya", "SUPPORT", "Uganda")),
        ("en", "Kenya is due to meet Uganda on Monday.", ("Kenya", "CONSULT", "Uganda")),
        ("nl", "Kenia wil Oeganda straffen.", ("Kenya", "COERCE", "Uganda")),
        ("nl", "Kenia gaat Oeganda steunen.", ("Kenya", "SUPPORT", "Uganda")),
    ],
)
def test_constructions_raised_subject_end_to_end(lang, text, expected):
    assert expected in relations(text, lang)
