"""Issue 18 (dates4): a deadline right after an event noun ("talks by Friday", "een akkoord
uiterlijk 15 januari") is the day the event is planned for, whichever word the parser hung the
deadline on; its participants take part then, planned. An act told as done in its clause ("agreed
to hold talks by Friday") is not dated by it. extract/grammar/timing.py ``deadline_noun_times``,
extract/components/dating.py ``settled_dates``.

End to end on texts written for the tests, in an article of Wednesday 3 December 2025."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of

WEDNESDAY = "2025-12-03"


def _event_and_parts(records: dict, noun: str) -> tuple[dict, dict[str, dict]]:
    label = {e["id"]: e["label"] for e in records["entities"]}
    event = next(e for e in records["entities"] if e["type"] == "EVENT" and noun in e["aliases"])
    parts = {
        label[r["source"]]: r
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r["target"] == event["id"]
    }
    return event, parts


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, noun, day",
    [
        ("en", "Kenya wants a ceasefire with Somalia by 15 January.", "ceasefire", "2026-01-15"),
        ("en", "Kenya and Somalia agreed to hold talks by Friday.", "talks", "2025-12-05"),
        (
            "nl",
            "Kenia en Somalië willen een akkoord uiterlijk 15 januari.",
            "akkoord",
            "2026-01-15",
        ),
    ],
)
def test_a_deadline_after_an_event_noun_is_the_event_s_planned_day(lang, text, noun, day):
    records = records_of(text, lang, WEDNESDAY)
    event, parts = _event_and_parts(records, noun)
    assert (event["event"]["date"], event["event"]["date_source"]) == (day, "text")
    assert parts, "no participants"
    for name, rel in parts.items():
        assert (rel["date"], rel["mode"]) == (day, "planned"), name


@pytest.mark.model
def test_an_act_told_as_done_is_not_dated_by_the_deadline_of_the_event_it_agrees_on():
    records = records_of("Kenya and Somalia agreed to hold talks by Friday.", "en", WEDNESDAY)
    agreed = [r for r in records["relations"] if r["trigger"] == "agreed"]
    assert agreed, records["relations"]
    for rel in agreed:
        assert (rel["date"], rel["date_source"], rel["mode"]) == (WEDNESDAY, "document", "asserted")


@pytest.mark.model
def test_a_deadline_after_a_verb_is_not_the_day_of_the_event_noun_before_it():
    # the talks are to end by Friday: Friday is not the talks' day
    records = records_of("Kenya said the talks with Somalia must end by Friday.", "en", WEDNESDAY)
    event, _ = _event_and_parts(records, "talks")
    assert event["event"]["date"] != "2025-12-05"


def test_the_saying_of_an_act_to_come_is_not_dated_by_its_deadline():
    records = records_of(
        "Virus outbreak in Zenda\n\nOn Monday, health officials in Zenda reported 200 new "
        "cases.\n\nAccording to the Freedonia health ministry, the virus may cause 5,000 more "
        "deaths in Zenda by Friday.",
        "en",
        "2025-12-03",
    )
    label = {e["id"]: e["label"] for e in records["entities"]}
    said = [
        r
        for r in records["relations"]
        if r["type"] == "STATEMENT" and label[r["source"]] == "Freedonia health ministry"
    ]
    assert said, records["relations"]
    # the ministry spoke on the article's day, not on the Friday its forecast names
    assert all((r["date"], r["mode"]) == ("2025-12-03", "asserted") for r in said), said
