"""A death named by its noun after the dying was told with a time ("X died on Friday ... By the
time of his death"), in a sentence without a time of its own, happened then, not at a time
another sentence between gives (``actpairs.<lang>.tsv``, extract/grammar/earlier_acts.py
``earlier_act``, asked by extract/components/events.py)."""

from __future__ import annotations

from extraction_helpers import records_of


def _death_dates(text: str, date: str) -> list[str | None]:
    records = records_of(text, "en", date)
    return [
        e["event"]["date"]
        for e in records["entities"]
        if e["type"] == "EVENT" and "death" in [a.lower() for a in e["aliases"]]
    ]


def test_a_death_without_a_time_of_its_own_is_dated_by_the_dying():
    text = (
        "On Friday, Maria Lopez, the mayor of Riverton, died aged 79. "
        "Lopez became mayor in 1990 after defeating her rival. "
        "By the time of her death, she was the longest serving mayor of the state."
    )
    assert _death_dates(text, "2019-08-11") == ["2019-08-09"]  # a Sunday: Friday the 9th
