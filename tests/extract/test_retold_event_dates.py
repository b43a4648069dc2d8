"""An event noun that no time near its first mention dates takes the time of a clause of another
sentence that tells the same act by a verb of its stem, when that clause names no actor outside
the event's own (``EventFinder._retold_time``): "protested against her sentencing. Berg was
sentenced on 12 May" dates the sentencing 12 May; "Olsen was sentenced on 12 May" is another
sentencing. End to end in both languages, with sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of


def _event_date(text: str, lang: str, trigger: str) -> tuple[str, str | None]:
    records = records_of(text, lang, date="2019-09-10")
    dates = {e["event"]["trigger"]: e["event"]["date"] for e in records["entities"] if "event" in e}
    assert trigger in dates, dates
    return trigger, dates[trigger]


@pytest.mark.parametrize(
    "text, lang, trigger",
    [
        (
            "Supporters of Anna Berg protested against her sentencing. Berg was sentenced on "
            "12 May to two years in prison.",
            "en",
            "sentencing",
        ),
        (
            "De vakbond veroordeelde de aanval op Anna Berg. Onbekenden vielen Berg op 12 mei aan "
            "in Oslo.",
            "nl",
            "aanval",
        ),
    ],
)
def test_a_later_clause_that_tells_the_act_dates_its_event(text, lang, trigger):
    assert _event_date(text, lang, trigger) == (trigger, "2019-05-12")


@pytest.mark.parametrize(
    "text, lang, trigger",
    [
        (
            # a paragraph apart: a lead without a time names no story's day (test_story_day.py)
            "Supporters of Anna Berg protested against her sentencing.\n\nTom Olsen was sentenced "
            "on 12 May to two years in prison.",
            "en",
            "sentencing",
        ),
        (
            "De vakbond veroordeelde de aanval op Anna Berg.\n\nOnbekenden vielen Tom Olsen op 12 "
            "mei aan in Oslo.",
            "nl",
            "aanval",
        ),
    ],
)
def test_the_same_act_done_to_another_is_another_event(text, lang, trigger):
    assert _event_date(text, lang, trigger) != (trigger, "2019-05-12")
