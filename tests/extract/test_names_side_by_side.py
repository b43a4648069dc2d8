"""Two people's surnames side by side, where a Dutch verb comes last ("volgens hem had Harris
Biden aangevallen"), are two people, each the one of that surname the document names in full
(issue 19: one gold entity, one node). End to end, sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of

pytestmark = pytest.mark.model


def _people(text: str, lang: str) -> dict[str, set[str]]:
    """Person label -> the forms its mentions write."""
    records = records_of(text, lang)
    by_id = {e["id"]: e for e in records["entities"] if e["type"] == "PERSON"}
    out: dict[str, set[str]] = {}
    for m in records["mentions"]:
        if m["entity"] in by_id:
            out.setdefault(by_id[m["entity"]]["label"], set()).add(m["text"])
    return out


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Joe Biden koos Kamala Harris als running mate. Volgens Trump had Harris Biden "
            "aangevallen tijdens de debatten.",
            "nl",
        ),
        (
            "Joe Biden picked Kamala Harris on Tuesday. Trump said Harris Biden attacked in the "
            "debates was unfair.",
            "en",
        ),
    ],
)
def test_two_surnames_side_by_side_are_the_two_people(text, lang):
    people = _people(text, lang)
    assert not any("Harris Biden" in forms for forms in people.values()), people
    harris = next(forms for label, forms in people.items() if "Kamala Harris" in forms)
    biden = next(forms for label, forms in people.items() if "Joe Biden" in forms)
    assert "Harris" in harris and "Biden" in biden


def test_a_name_whose_first_word_opens_another_name_stays_one():
    # "Jordan" is a first name of the document ("Jordan Peele"): "Jordan Smith" is a person
    people = _people(
        "Michael Jordan and Jordan Peele met Anna Smith on Monday. Later Jordan Smith joined them.",
        "en",
    )
    assert any("Jordan Smith" in forms for forms in people.values()), people
