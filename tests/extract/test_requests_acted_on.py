"""A request one complies with or turns down was made to that one (issue 18, typed pairs):
"will comply with the request of X to dissolve parliament", "zal ingaan op het verzoek van X om
... te ontbinden" is a REQUEST from X to whoever complies, whatever act the request's own clause
names; the act asked for is not aimed at the requester."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "King Willem-Alexander said he will comply with the request of Prime Minister "
            "Mark Rutte to dissolve parliament.",
        ),
        (
            "nl",
            "Koning Willem-Alexander zei dat hij zal ingaan op het verzoek van premier Mark Rutte "
            "om het parlement te ontbinden.",
        ),
    ],
)
def test_a_request_complied_with_was_made_to_whoever_complies(lang, text):
    found = relations(text, lang)
    assert ("Mark Rutte", "REQUEST", "Willem-Alexander") in found, sorted(found)
    assert ("Willem-Alexander", "AGREE", "Mark Rutte") in found, sorted(found)


def test_a_request_turned_down_was_made_to_whoever_turns_it_down():
    found = relations("Angela Merkel rejected the request of Boris Johnson.", "en")
    assert ("Boris Johnson", "REQUEST", "Angela Merkel") in found, sorted(found)
    assert ("Angela Merkel", "REJECT", "Boris Johnson") in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, teller",
    [
        ("en", "Reuters reported the request of Boris Johnson on Monday.", "Reuters"),
        ("nl", "Reuters meldde maandag het verzoek van Boris Johnson.", "Reuters"),
    ],
)
def test_telling_of_a_request_is_no_answer_to_it(lang, text, teller):
    # a speech verb's subject tells of the request; the request was not made to it
    found = relations(text, lang)
    assert ("Boris Johnson", "REQUEST", teller) not in found, sorted(found)
