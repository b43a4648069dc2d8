"""A successor named after the noun ("his successor, X", "zijn opvolger, X") holds the offices
of the one it succeeds: ROLE to the country or body of the predecessor's title (task routes5,
successors.<lang>.txt). The sentences are made up."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a possessive pronoun for the predecessor, named in the sentence before
        (
            "Burundian President Tom Vale died on Monday. His term was to end in August, in "
            "favor of his elected successor, Jan Kolar.",
            "en",
        ),
        # a named possessor
        (
            "President Tom Vale of Burundi died. Before the burial, Vale's successor, Jan Kolar, "
            "attended prayers.",
            "en",
        ),
        # Dutch hangs the name on the noun as a parataxis, not an apposition
        (
            "De president van Burundi, Tom Vale, is maandag overleden. Zijn termijn zou in "
            "augustus eindigen, ten gunste van zijn gekozen opvolger, Jan Kolar.",
            "nl",
        ),
    ],
)
def test_successor_holds_the_predecessor_s_office(text: str, lang: str) -> None:
    found = typed(text, lang)
    assert ("Tom Vale", "ROLE", "Burundi") in found, sorted(found)
    assert ("Jan Kolar", "ROLE", "Burundi") in found, sorted(found)
    # no position held for the predecessor
    assert not [k for k in found if k[0] == "Jan Kolar" and k[2] == "Tom Vale"], sorted(found)


def test_successor_of_someone_without_an_office_holds_none() -> None:
    found = typed("Tom Vale retired in May. His successor, Jan Kolar, arrived in June.", "en")
    assert not [k for k in found if k[0] == "Jan Kolar" and k[1] == "ROLE"], sorted(found)
