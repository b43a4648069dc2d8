"""A promise is not aimed at what its complement says something is (extract/components/relations/
verbs.py ``_states_what_it_is``): "I pledge that this Congress will be transparent" promises the
Congress nothing, while "pledged that Russia would receive drones" and an accusation ("complained
that Russia was aggressive") keep their target."""

from __future__ import annotations

import pytest

from extract.components.relations.verbs import _states_what_it_is
from extract.grammar.patterns import subject_verb_complement
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import EN_PREPS, NL_PREPS, parse, typed

# "Iran beloofde dat het Congres transparant zal zijn", parsed as the Dutch model parsed the
# yardstick's Pelosi quote: the copula "zijn" heads the complement.
NL_COPULAR = """
Iran 1 nsubj PROPN
beloofde 1 ROOT VERB beloven
dat 7 mark SCONJ
het 4 det DET
Congres 7 nsubj NOUN congres
transparant 7 xcomp ADJ
zal 7 aux AUX zullen
zijn 1 ccomp AUX zijn
"""
EN_COPULAR = """
Iran 1 nsubj PROPN
pledged 1 ROOT VERB pledge
that 5 mark SCONJ
Congress 5 nsubj PROPN
will 5 aux AUX
be 1 ccomp AUX be
transparent 5 acomp ADJ
"""
EN_ACT = """
Iran 1 nsubj PROPN
pledged 1 ROOT VERB pledge
that 5 mark SCONJ
Russia 5 nsubj PROPN
would 5 aux AUX
receive 1 ccomp VERB receive
drones 5 dobj NOUN drone
"""


@pytest.mark.parametrize(
    "rows, scheme, preps, type_, skipped",
    [
        (NL_COPULAR, UD, NL_PREPS, "AGREE", True),
        (EN_COPULAR, CLEAR, EN_PREPS, "AGREE", True),
        (EN_COPULAR, CLEAR, EN_PREPS, "ACCUSE", False),
        (EN_ACT, CLEAR, EN_PREPS, "AGREE", False),
    ],
)
def test_copular_complements_subject_of_a_copula_is_no_target(rows, scheme, preps, type_, skipped):
    doc = parse(rows)
    candidates = list(subject_verb_complement(doc[1], scheme, preps))
    subjects = [c for c in candidates if c.recipient.dep_ == "nsubj"]
    assert subjects, candidates
    assert all(_states_what_it_is(c, type_, scheme) == skipped for c in subjects)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Iran pledged that this Congress will be transparent.", ("Iran", "AGREE", "Congress")),
        ("Iran pledged that Russia would be stronger.", ("Iran", "AGREE", "Russia")),
    ],
)
def test_copular_complements_a_promise_gives_nothing_to_what_it_describes(text, wrong):
    found = typed(text, "en")
    assert wrong not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iran pledged that Russia would receive drones.", ("Iran", "AGREE", "Russia")),
        ("Ukraine complained that Russia was aggressive.", ("Ukraine", "ACCUSE", "Russia")),
    ],
)
def test_copular_complements_an_act_or_an_accusation_keeps_its_target(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)
