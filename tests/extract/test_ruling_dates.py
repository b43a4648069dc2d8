"""A court's ruling named by its noun after the judging was told with a time ("het hof heeft
woensdag geoordeeld ... om een uitspraak gevraagd"), in a sentence without a time of its own, was
given then (``actpairs.nl.tsv``, extract/grammar/earlier_acts.py ``earlier_act``, asked by
extract/components/events.py)."""

from __future__ import annotations

from extraction_helpers import records_of


def _dates_of(text: str, noun: str, date: str) -> list[str | None]:
    records = records_of(text, "nl", date)
    return [
        e["event"]["date"]
        for e in records["entities"]
        if e["type"] == "EVENT" and noun in [a.lower() for a in e["aliases"]]
    ]


def test_a_ruling_without_a_time_of_its_own_is_dated_by_the_judging():
    text = (
        "Het gerechtshof in Arnhem heeft woensdag geoordeeld dat de sluiting van de haven van "
        "Harlingen onrechtmatig is. De haven werd in 2017 gesloten. Het hof was om een "
        "uitspraak over de sluiting gevraagd door Anna de Wit en twaalf andere vissers. De "
        "provincie betreurde de uitspraak van het hof."
    )
    assert _dates_of(text, "uitspraak", "2019-09-13") == ["2019-09-11"]  # a Friday
