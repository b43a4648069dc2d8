"""Issue 18 item 4 (dates7): an event the text dates only by its year ("the 2019 election", "de
verkiezingen van 2019") takes the day of the one event of its kind the text dates within that
year ("the election on Thursday"), and so do the relations that carry its date (a relation whose
own clause gives the year keeps it). The unit tests
call the dating step's helper on plain events; the end-to-end test runs the Dutch pipeline on
sentences written for it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.dating import _days_in_year
from tests.extract.extraction_helpers import records_of


def _event(eid: str, kind: str = "election") -> SimpleNamespace:
    return SimpleNamespace(id=eid, kind=kind)


def test_a_year_takes_the_one_day_of_its_kind_in_that_year():
    events = [_event("event:0"), _event("event:1")]
    dates = {"event:0": "2019", "event:1": "2019-12-12"}
    assert _days_in_year(events, dates) == {"event:0": "2019-12-12"}


@pytest.mark.parametrize(
    "events, dates",
    [
        # two days in that year: which one the year is, the text does not say
        (
            [_event("event:0"), _event("event:1"), _event("event:2")],
            {"event:0": "2019", "event:1": "2019-12-12", "event:2": "2019-05-23"},
        ),
        # another kind, or another year, tells another happening
        (
            [_event("event:0"), _event("event:1", "trial")],
            {"event:0": "2019", "event:1": "2019-12-12"},
        ),
        ([_event("event:0"), _event("event:1")], {"event:0": "2017", "event:1": "2019-12-12"}),
        # no text date at all stays none
        ([_event("event:0"), _event("event:1")], {"event:0": None, "event:1": "2019-12-12"}),
    ],
)
def test_no_day_where_the_text_gives_none_or_two(events, dates):
    assert _days_in_year(events, dates) == {}


@pytest.mark.model
def test_the_headlines_election_of_a_year_is_the_leads_thursday_nl():
    records = records_of(
        "Groene Partij wint zetels bij Duitse parlementsverkiezingen van 2019\n\nBERLIJN - De "
        "Groene Partij heeft bij de verkiezingen van donderdag 12 zetels gewonnen.\n\nDe CDU "
        "won drie zetels, terwijl de SPD er vier verloor.",
        "nl",
        "2019-12-16",
    )
    events = [e for e in records["entities"] if e["type"] == "EVENT"]
    assert events and {e["event"]["date"] for e in events} == {"2019-12-12"}
    # the body's results, told without a time of their own, carry the election's day
    results = [r for r in records["relations"] if r["trigger"] in ("won", "verloor")]
    assert len(results) == 2 and {r["date"] for r in results} == {"2019-12-12"}, results
