"""A month or year named after another ("the next month", "later that month", "dat jaar", "de
maand erna") is counted from the last time told before it that names one, as "the next day" is
from the last day (extract/dates.py; the ``sequel`` rows of data/lexicons/time.<lang>.tsv)."""

from __future__ import annotations

import pytest
from extraction_helpers import typed

from extract.dates import find_time_mentions, relative_days
from extract.lexicon import load_lexicon


def _values(text: str, lang: str, doc_date: str = "2020-07-25") -> list[tuple[str, str | None]]:
    days = relative_days(load_lexicon(lang).times)
    return [(m.text, m.value) for m in find_time_mentions(text, lang, doc_date, days)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The minister resigned in March 2019. The next month, the party chose a successor.",
            "en",
            [("March 2019", "2019-03"), ("The next month", "2019-04")],
        ),
        (
            "The talks began on 3 August 2019 and ended later that month.",
            "en",
            [("3 August 2019", "2019-08-03"), ("that month", "2019-08")],
        ),
        (
            "The strike of 2016 failed. The year before, the union had won.",
            "en",
            [("2016", "2016"), ("The year before", "2015")],
        ),
        (
            "De minister trad in maart 2019 af. De maand erna koos de partij een opvolger.",
            "nl",
            [("maart 2019", "2019-03"), ("De maand erna", "2019-04")],
        ),
        (
            "De staking begon op 3 augustus 2018. Dat jaar won de bond niets.",
            "nl",
            [("3 augustus 2018", "2018-08-03"), ("Dat jaar", "2018")],
        ),
    ],
)
def test_a_month_or_year_after_another_is_counted_from_it(text, lang, expected):
    assert _values(text, lang) == expected


def test_next_month_without_an_article_still_counts_from_the_document_date():
    assert _values("The party will meet next month.", "en") == [("next month", "2020-08")]
    assert _values("De partij komt volgende maand bijeen.", "nl") == [("volgende maand", "2020-08")]


def test_a_month_sequel_without_a_month_told_before_it_has_no_date():
    assert _values("In 2019 the party split. The next month, it merged.", "en") == [
        ("2019", "2019"),
        ("The next month", None),
    ]


def test_an_accusation_the_month_after_a_dated_one_is_dated_by_it_en():
    relations = typed(
        "Germany expelled two Russian diplomats in March 2019. The next month, Germany "
        "accused Russia of spying.",
        "en",
        "2020-07-25",
    )
    accused = [r for (_, kind, _), r in relations.items() if r["trigger"] == "accused"]
    assert accused and {r["date"] for r in accused} == {"2019-04"}
