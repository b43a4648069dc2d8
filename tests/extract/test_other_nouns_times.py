"""A time named in a clause that describes another noun dates no event of the sentence
(``describes_another_noun``, read by the records writer where an event noun has no time of its
own): in "De NTSB is een onderzoek begonnen naar de crash van het toestel, dat in 1977 werd
gebouwd" the year is the plane's. End to end in both languages."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of


def event_dates(text: str, lang: str) -> dict[str, str | None]:
    records = records_of(text, lang, date="2019-09-10")
    return {e["event"]["trigger"]: e["event"]["date"] for e in records["entities"] if "event" in e}


@pytest.mark.parametrize(
    "text, lang, trigger",
    [
        (
            "The FAA grounded the plane, which was built in 1977, and began an investigation.",
            "en",
            "investigation",
        ),
        (
            "De NTSB en de FAA zijn een onderzoek begonnen naar de crash van het toestel, dat in "
            "1977 werd gebouwd.",
            "nl",
            "onderzoek",
        ),
    ],
)
def test_a_year_in_a_clause_on_another_noun_dates_no_event(text, lang, trigger):
    found = event_dates(text, lang)
    assert trigger in found, found
    assert found[trigger] != "1977", found


@pytest.mark.parametrize(
    "text, lang, trigger",
    [
        ("The attack, which was carried out in 2015, killed ten people in Paris.", "en", "attack"),
        (
            "Rusland noemde de aanval op Oekraïne, die in 2015 begon, een vergissing.",
            "nl",
            "aanval",
        ),
    ],
)
def test_a_year_in_a_clause_on_the_event_noun_still_dates_it(text, lang, trigger):
    found = event_dates(text, lang)
    assert found.get(trigger) == "2015", found
