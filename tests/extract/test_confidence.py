"""How sure extraction says it is of a relation, per route (``CONFIDENCE``), end to end.

The values follow each route's share right on the dev split of the yardstick (issue 18): the
explorer's confidence filter and its calibration table quote them, so a route's relations must
land in the band that its measured share belongs to.
"""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

pytestmark = pytest.mark.model


def confidence(text: str, lang: str, source: str, type_: str, target: str) -> float:
    return typed(text, lang)[(source, type_, target)]["confidence"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "President Trump visited Ottawa on Monday."),
        ("nl", "President Trump bezocht maandag Ottawa."),
    ],
)
def test_confidence_a_title_whose_country_the_knowledge_base_gives_is_among_the_surest(lang, text):
    # right 25 times in 26 on the dev split: shown with the titles and places, from 0.8
    assert confidence(text, lang, "Donald Trump", "ROLE", "United States") >= 0.8


@pytest.mark.parametrize(
    "lang, together, apart",
    [
        ("en", "Erdogan and Macron met on Tuesday.", "Erdogan met Macron on Tuesday."),
        ("nl", "Erdogan en Macron ontmoetten elkaar dinsdag.", "Erdogan ontmoette Macron dinsdag."),
    ],
)
def test_confidence_two_subjects_of_a_symmetric_act_are_trusted_as_a_subject_and_its_object(
    lang, together, apart
):
    ends = ("Recep Tayyip Erdoğan", "CONSULT", "Emmanuel Macron")
    assert confidence(together, lang, *ends) == confidence(apart, lang, *ends)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Erdogan told Macron on Tuesday that the talks would go on."),
        ("nl", "Erdogan vertelde Macron dinsdag dat de gesprekken doorgaan."),
    ],
)
def test_confidence_whom_a_speaker_addresses_is_among_the_surest(lang, text):
    # right 17 times in 17 on the dev split
    ends = ("Recep Tayyip Erdoğan", "STATEMENT", "Emmanuel Macron")
    assert confidence(text, lang, *ends) >= 0.8


@pytest.mark.parametrize(
    "lang, text, type_",
    [
        ("en", "Erdogan collaborated with Macron on Tuesday.", "COOPERATE"),
        ("nl", "Erdogan onderhandelde dinsdag met Macron.", "CONSULT"),
    ],
)
def test_confidence_an_act_read_from_a_verb_and_its_preposition_stays_below_the_verbs_band(
    lang, text, type_
):
    # right 21 times in 39 on the dev split: the band 0.5-0.7, not 0.7-0.8 (right 85%)
    assert 0.5 <= confidence(text, lang, "Recep Tayyip Erdoğan", type_, "Emmanuel Macron") < 0.7
