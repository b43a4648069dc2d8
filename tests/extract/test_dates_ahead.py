"""Issue 18 item 4 (dates5): a day told without its year that lies just ahead of the document
date is the coming one, and an act whose date from the text lies ahead is not yet done.

The sentences are written for these tests (none comes from the yardstick, the probes or the
corpora). The unit tests call the date resolver; the ``model`` tests run the real pipelines and
check the date and mode a reader would see on the edge.
"""

from __future__ import annotations

import pytest

from extract.components.dating import after_document
from extract.dates import find_time_mentions
from tests.extract.extraction_helpers import typed

# ----------------------------------------------------------------------------- dates (no model)


@pytest.mark.parametrize(
    "lang, text, doc_date, expected",
    [
        # next week, across the month's end: not the same day of last year
        ("nl", "Hij treedt op 2 augustus af.", "2019-07-28", "2019-08-02"),
        ("en", "The vote is on August 2.", "2019-07-28", "2019-08-02"),
        # six weeks ahead, across the year's end
        ("en", "The summit opens on 10 January.", "2019-12-20", "2020-01-10"),
        ("nl", "De top begint op 10 januari.", "2019-12-20", "2020-01-10"),
        # further ahead: last year's, as before (a past act told by its day)
        ("en", "Kenya closed the border on 4 March.", "2025-12-03", "2025-03-04"),
        ("nl", "Kenia sloot de grens op 4 maart.", "2025-12-03", "2025-03-04"),
        # a day just behind stays behind, and a year said stays said
        ("en", "Kenya closed the border on 26 July.", "2019-07-28", "2019-07-26"),
        ("nl", "Kenia sloot de grens op 2 augustus 2018.", "2019-07-28", "2018-08-02"),
    ],
)
def test_a_day_without_its_year_just_ahead_is_the_coming_one(lang, text, doc_date, expected):
    found = find_time_mentions(text, lang, doc_date)
    assert [m.value for m in found] == [expected]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # the month that begins next week is the coming one ...
        ("en", "Parliament is suspended for parts of August and October.", ["2019-08", "2018-10"]),
        ("nl", "Het parlement ligt in augustus en oktober stil.", ["2019-08", "2018-10"]),
        # ... one that begins more than six weeks ahead is last year's, as before
        ("en", "Kenya closed the border in November.", ["2018-11"]),
    ],
)
def test_a_month_alone_just_ahead_is_the_coming_one(lang, text, expected):
    assert [m.value for m in find_time_mentions(text, lang, "2019-07-28")] == expected


@pytest.mark.parametrize(
    "value, doc_date, expected",
    [
        ("2019-08-12", "2019-08-05", True),
        ("2019-08", "2019-08-05", False),  # the document's own month: neither ahead nor behind
        ("2019", "2019-08-05", False),
        ("2020", "2019-08-05", True),
        ("2019-08-05", "2019-08-05", False),
        ("2019-07-31", "2019-08-05", False),
    ],
)
def test_a_date_is_after_the_document_only_at_its_own_precision(value, doc_date, expected):
    assert after_document(value, doc_date) is expected


# ----------------------------------------------------------------------------- end to end (model)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Kenya meets Somalia in Nairobi on 12 August 2019."),
        ("nl", "Kenia ontmoet Somalië op 12 augustus 2019 in Nairobi."),
    ],
)
def test_an_act_dated_after_the_article_is_planned(lang, text):
    found = typed(text, lang, "2019-08-05")
    meeting = found[("Kenya", "CONSULT", "Somalia")]
    assert (meeting["date"], meeting["mode"]) == ("2019-08-12", "planned")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Kenya met Somalia in Nairobi on 2 August 2019."),
        ("nl", "Kenia ontmoette Somalië op 2 augustus 2019 in Nairobi."),
    ],
)
def test_an_act_dated_before_the_article_stays_asserted(lang, text):
    found = typed(text, lang, "2019-08-05")
    meeting = found[("Kenya", "CONSULT", "Somalia")]
    assert (meeting["date"], meeting["mode"]) == ("2019-08-02", "asserted")
