"""Issue 18 (dates4): a date phrase inside an event noun's phrase is the event's date, whichever
word the parser hung it on: after a place inside the phrase, when the clause already took an
earlier time ("On Tuesday, Kenya criticised the talks in Geneva on Monday": the criticism is
Tuesday's, the talks Monday's), and after an edition's noun, whose year the day tells finely
("following the 2020 election on November 3"). extract/grammar/timing.py ``phrase_noun_times``.

End to end on texts written for the tests."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of


def _event(records: dict, noun: str) -> dict:
    return next(e for e in records["entities"] if e["type"] == "EVENT" and noun in e["aliases"])


@pytest.mark.model
def test_a_later_time_after_an_event_noun_s_phrase_is_the_event_s_not_the_clause_s():
    records = records_of(
        "On Tuesday, Kenya criticised the talks in Geneva on Monday.", "en", "2025-12-03"
    )
    talks = _event(records, "talks")
    assert talks["event"]["date"] == "2025-12-01"
    criticised = [r for r in records["relations"] if r["trigger"] == "criticised"]
    assert criticised and all(r["date"] == "2025-12-02" for r in criticised), criticised


@pytest.mark.model
def test_a_day_after_an_edition_s_noun_is_the_edition_s_day():
    text = (
        "Jane Smith gave the team of Joe Biden permission to access the resources for a "
        "transition process following the 2020 US Presidential Election on November 3."
    )
    records = records_of(text, "en", "2020-11-24")
    election = _event(records, "Election")
    assert (election["event"]["date"], election["event"]["date_source"]) == ("2020-11-03", "text")
