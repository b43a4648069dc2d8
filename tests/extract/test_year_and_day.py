"""Issue 18 item 4 (dates7): an event the text dates only by its year ("the 2019 election", "de
verkiezingen van 2019") takes the day of the one event of its kind the text dates within that
year ("the election on Thursday"), and so do the relations that carry its date (a relation whose
own clause gives the year keeps it). dates11: an event of a year other than the document's ("the
1971 assassination") takes the one month the text gives in that year ("was killed in May 1971"),
and so does a relation whose time is the event's own year. The unit tests call the dating
step's helpers on plain events; the end-to-end tests run the pipeline on sentences written for
them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.dating import _days_in_year, _months_in_year
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


def test_a_year_before_the_documents_takes_the_one_month_the_text_gives_in_it():
    dates = {"event:0": "1971", "event:1": None}
    text_dates = ["1963", "1971-05", "1971-05-04", "2019-08-31"]
    assert _months_in_year(dates, text_dates, "2019-09-03") == {"event:0": "1971-05"}


@pytest.mark.parametrize(
    "dates, text_dates",
    [
        # two months in that year: which one the event is, the text does not say
        ({"event:0": "1971"}, ["1971-05", "1971-09-01"]),
        # the document's own year is that of most of the story's acts
        ({"event:0": "2019"}, ["2019-05"]),
        # a finer date of another year says nothing of this one
        ({"event:0": "1971"}, ["1972-05"]),
    ],
)
def test_no_month_where_the_year_is_the_documents_or_has_two(dates, text_dates):
    assert _months_in_year(dates, text_dates, "2019-09-03") == {}


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Jon Brask stabbed in prison\n\nJon Brask is serving a life sentence for the 1971 "
            "assassination of senator Ada Morrow.\n\nMorrow was killed in May 1971 while she "
            "campaigned for governor.",
        ),
        (
            "nl",
            "Jon Brask neergestoken in gevangenis\n\nJon Brask zit een levenslange straf uit voor "
            "de moord in 1971 op senator Ada Morrow.\n\nMorrow werd in mei 1971 gedood, toen ze "
            "campagne voerde voor het gouverneurschap.",
        ),
    ],
)
def test_an_old_attack_of_a_year_is_the_month_the_story_tells_later(lang, text):
    records = records_of(text, lang, "2019-09-03")
    attack = [e for e in records["entities"] if e["type"] == "EVENT" and e["label"] == "attack"]
    assert len(attack) == 1 and attack[0]["event"]["date"] == "1971-05"
    # the killer's part in it carries the event's month, not the year of its own phrase
    label = {e["id"]: e["label"] for e in records["entities"]}
    brask = [
        r
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and label[r["source"]] == "Jon Brask"
    ]
    assert brask and {r["date"] for r in brask} == {"1971-05"}
