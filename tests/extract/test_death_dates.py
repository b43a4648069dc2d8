"""A death named by its noun after the dying was told with a time ("X died on Monday ... his
death") happened then, not when the noun's own clause tells something else of it ("announced his
death on Tuesday") nor at a time another sentence gives (``actpairs.<lang>.tsv``,
extract/grammar/earlier_acts.py, extract/components/events.py ``_act_told_before``)."""

from __future__ import annotations

from extraction_helpers import records_of


def _death_dates(text: str, date: str) -> list[str | None]:
    records = records_of(text, "en", date)
    return [
        e["event"]["date"]
        for e in records["entities"]
        if e["type"] == "EVENT" and "death" in [a.lower() for a in e["aliases"]]
    ]


ANNOUNCED = (
    "Maria Lopez, the mayor of Riverton, died on Monday. "
    "The town council on Wednesday announced her death."
)


def test_an_announced_death_is_dated_by_the_dying_not_the_announcement():
    assert _death_dates(ANNOUNCED, "2019-08-09") == ["2019-08-05"]  # a Friday: Monday the 5th


def test_who_died_took_part_in_the_death_on_the_day_of_the_dying():
    records = records_of(ANNOUNCED, "en", "2019-08-09")
    death = next(e["id"] for e in records["entities"] if "death" in e["aliases"])
    lopez = next(e["id"] for e in records["entities"] if e["label"] == "Maria Lopez")
    parts = [
        (r["source"], r["date"])
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r["target"] == death
    ]
    assert parts == [(lopez, "2019-08-05")]


def test_a_death_without_a_time_of_its_own_is_dated_by_the_dying():
    text = (
        "On Friday, Maria Lopez, the mayor of Riverton, died aged 79. "
        "Lopez became mayor in 1990 after defeating her rival. "
        "By the time of her death, she was the longest serving mayor of the state."
    )
    assert _death_dates(text, "2019-08-11") == ["2019-08-09"]  # a Sunday: Friday the 9th
