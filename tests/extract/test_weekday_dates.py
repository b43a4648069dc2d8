"""Issue 18 item 4 (dates5): a weekday followed by the date it names ("on Tuesday, January 21",
"dinsdag 7 januari") is dated by the date, also when the date has no year.

The clause's time is matched before the document date is known, so a date without its year has
no value yet; it still names the day, and the weekday beside it gives way to it. The sentences
are written for these tests (none comes from the yardstick, the probes or the corpora).
"""

from __future__ import annotations

import pytest

from extract.grammar.timing import clause_time_spans, time_span_of
from tests.extract.extraction_helpers import parse, typed


@pytest.mark.parametrize(
    ("lang", "rows", "expected"),
    [
        (
            "en",
            """
Kenya 1 nsubj PROPN
met 1 ROOT VERB
Somalia 1 dobj PROPN
on 1 prep ADP
Tuesday 3 pobj PROPN
, 4 punct PUNCT
January 4 appos PROPN
7 6 nummod NUM
""",
            "January 7",
        ),
        (
            "nl",
            """
Kenia 1 nsubj PROPN
ontmoette 1 ROOT VERB
Somalië 1 obj PROPN
dinsdag 1 obl PROPN
7 5 nummod NUM
januari 3 appos PROPN
""",
            "7 januari",
        ),
        # with its year, as before
        (
            "en",
            """
Kenya 1 nsubj PROPN
met 1 ROOT VERB
Somalia 1 dobj PROPN
on 1 prep ADP
Tuesday 3 pobj PROPN
, 4 punct PUNCT
January 4 appos PROPN
7 6 nummod NUM
2020 6 nummod NUM
""",
            "January 7 2020",
        ),
    ],
)
def test_a_weekday_gives_way_to_the_date_after_it(lang, rows, expected):
    doc = parse(rows, lang)
    spans = clause_time_spans(doc, lang, {})
    assert doc.text[slice(*time_span_of(doc[1], spans))] == expected


def test_a_weekday_keeps_its_clause_when_the_date_is_further_on():
    # "on Tuesday, after the talks of 7 January": words between, so another time
    doc = parse(
        """
Kenya 1 nsubj PROPN
met 1 ROOT VERB
Somalia 1 dobj PROPN
on 1 prep ADP
Tuesday 3 pobj PROPN
after 1 prep ADP
talks 5 pobj NOUN
of 6 prep ADP
January 7 pobj PROPN
7 8 nummod NUM
""",
        "en",
    )
    spans = clause_time_spans(doc, "en", {})
    assert doc.text[slice(*time_span_of(doc[1], spans))] == "Tuesday"


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Kenya met Somalia in Nairobi on Tuesday, January 7."),
        ("nl", "Kenia ontmoette Somalië dinsdag 7 januari in Nairobi."),
    ],
)
def test_the_day_a_weekday_and_its_date_name_is_the_dates(lang, text):
    # the article is of Wednesday 15 January: the Tuesday before it would be the 14th
    meeting = typed(text, lang, "2020-01-15")[("Kenya", "CONSULT", "Somalia")]
    assert meeting["date"] == "2020-01-07"
