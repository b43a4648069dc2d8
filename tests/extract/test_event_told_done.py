"""An event that one of its mentions tells as done took place (``EventRelations._told_as_done``):
a participant another mention names in a clause of a plan or a doubt ("will likely lose the
case") takes part in it all the same, asserted. A past verb that takes the event noun as its
object ("announced the summit") does not tell it as done: the summit still lies ahead.
"""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of


def _participation(text: str, lang: str, name: str) -> set[str]:
    """The modes in which ``name`` takes part in an event of ``text``."""
    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    return {
        r["mode"]
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and label[r["source"]] == name
    }


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Tom Rivers filed a lawsuit against Kaldor Systems on Monday. The lawsuit was filed"
            " in a federal court. Anna Kessler said Kaldor Systems will likely lose the case in"
            " court.",
        ),
        (
            "nl",
            "Tom Rivers diende maandag een rechtszaak in tegen Kaldor Systems. De rechtszaak werd"
            " ingediend bij een federale rechtbank. Volgens Anna Kessler zal Kaldor Systems de"
            " zaak waarschijnlijk verliezen.",
        ),
    ],
)
def test_a_party_to_an_event_told_as_done_takes_part_in_it_asserted(lang, text):
    assert _participation(text, lang, "Kaldor Systems") == {"asserted"}


def test_an_event_a_past_verb_announced_still_lies_ahead():
    text = (
        "Tom Rivers announced the summit with Anna Kessler on Monday. Kessler will attend the"
        " summit in June."
    )
    assert "planned" in _participation(text, "en", "Anna Kessler")
