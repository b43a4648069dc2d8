"""An act noun whose type depends on whether a state makes it (``state`` column of
``nouns.<lang>.tsv``): protesters' blockades and boycotts are PROTEST, a country's blockade
restricts movement (COERCE), its boycott reduces relations (SANCTION) and its protest is an
official complaint (ACCUSE), as the PLOVER manual codes them. Sentences written for this test."""

from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import relations


@pytest.mark.parametrize(
    "lang, noun, by_others, by_state",
    [
        ("en", "blockade", "PROTEST", "COERCE"),
        ("en", "boycott", "PROTEST", "SANCTION"),
        ("en", "protest", "PROTEST", "ACCUSE"),
        ("en", "march", "PROTEST", "PROTEST"),
        ("nl", "blokkade", "PROTEST", "COERCE"),
        ("nl", "zeeblokkade", "PROTEST", "COERCE"),  # a closed compound takes its head's types
        ("nl", "boycot", "PROTEST", "SANCTION"),
        ("nl", "wegblokkade", "PROTEST", "PROTEST"),
    ],
)
def test_the_type_of_a_noun_by_its_maker(lang, noun, by_others, by_state):
    event = load_lexicon(lang).noun_event(noun)
    assert event is not None
    assert (event.type_for(False), event.type_for(True)) == (by_others, by_state)


@pytest.mark.parametrize(
    "lang, text, source, target, expected, not_expected",
    [
        (
            "en",
            "The blockade of Yemen by Saudi Arabia has lasted for months.",
            "Saudi Arabia",
            "Yemen",
            "COERCE",
            "PROTEST",
        ),
        (
            "en",
            "The blockade of TotalEnergies by Greenpeace lasted two days.",
            "Greenpeace",
            "TotalEnergies",
            "PROTEST",
            "COERCE",
        ),
        (
            "nl",
            "De zeeblokkade van Jemen door Saoedi-Arabië duurt al maanden.",
            "Saudi Arabia",
            "Yemen",
            "COERCE",
            "PROTEST",
        ),
    ],
)
def test_a_states_blockade_end_to_end(lang, text, source, target, expected, not_expected):
    found = {k[1] for k in relations(text, lang) if (k[0], k[2]) == (source, target)}
    assert expected in found and not_expected not in found, found
