"""Issue 18 item 3 (dates9): a bare year that says which edition a thing is ("the party's 1996
nominee", "the 2019 budget") dates no act of its clause or story; the edition of an event ("the
2016 election") is the event's time and its clause's (how an edition gives way to a finer time:
test_edition_years.py). End to end on sentences written for the tests, in English: Dutch writes
the year after the noun ("de kandidaat van 1996")."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    "text",
    [
        "The party's 1996 nominee, Jo Smith, criticised Ann Lee.",
        "Jo Smith criticised the 2019 budget of Ann Lee.",
        # a year before a name that names no event: the model of a car (dates10)
        "Jo Smith criticised Ann Lee over a recalled 2005 Opel Zafira.",
        "Jo Smith criticised Ann Lee over the 2019 Ford Focus.",
    ],
)
def test_the_edition_of_a_thing_dates_no_act(text):
    found = typed(text, "en", date="2020-06-19")
    # no date from the text: the records write the document's
    assert found["Jo Smith", "ACCUSE", "Ann Lee"]["date"] == "2020-06-19"


def test_the_edition_of_an_event_dates_the_act_of_its_clause():
    found = typed("In the 2016 election, Jo Smith criticised Ann Lee.", "en", date="2020-06-19")
    assert found["Jo Smith", "ACCUSE", "Ann Lee"]["date"] == "2016"


def test_the_edition_of_a_named_event_dates_the_act_of_its_clause():
    found = typed(
        "At the 2016 Summer Olympics, Jo Smith criticised Ann Lee.", "en", date="2020-06-19"
    )
    assert found["Jo Smith", "ACCUSE", "Ann Lee"]["date"] == "2016"
