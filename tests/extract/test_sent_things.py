"""Sending is aid only for what aid is (issue 18): Dutch "sturen"/"zenden" alone weigh as little
as English "send" (data/lexicons/verbs.nl.tsv), so a letter, an envoy or goods sent make no AID
edge, while aid, money or troops sent keep their type from the phrase rows."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "lang, text, source, target",
    [
        (
            "nl",
            "Frankrijk stuurde dinsdag een brief aan Italië over de begroting.",
            "France",
            "Italy",
        ),
        ("nl", "Duitsland zond vorige week een gezant naar Brazilië.", "Germany", "Brazil"),
        ("en", "France sent a letter to Italy about the budget on Tuesday.", "France", "Italy"),
    ],
)
def test_sending_a_letter_or_envoy_is_no_aid(lang, text, source, target):
    found = relations(text, lang)
    assert (source, "AID", target) not in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, source, target, type_",
    [
        ("nl", "Japan stuurde dinsdag noodhulp naar Turkije.", "Japan", "Türkiye", "AID"),
        ("nl", "Noorwegen stuurde geld naar Jemen.", "Norway", "Yemen", "AID"),
        ("en", "Japan sent emergency aid to Turkey on Tuesday.", "Japan", "Türkiye", "AID"),
    ],
)
def test_sending_aid_or_money_stays_aid(lang, text, source, target, type_):
    found = relations(text, lang)
    assert (source, type_, target) in found, sorted(found)
