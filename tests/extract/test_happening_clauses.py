"""Issue 18 (dates9): a relative clause that tells a happening ("which went into effect on
Tuesday", "die op dinsdag was ingegaan"), hung on a noun of an event noun's own phrase, dates the
event: the parser hangs it on the nearest noun ("the suspension of the Parliament of Ruritania,
which went into effect on Tuesday"). A clause of any other verb there is that noun's own ("which
opened in 2010"). End to end in both languages, on sentences written for the tests; the verbs
are ``happenings.<lang>.txt``."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of


def _event_dates(text: str, lang: str) -> list[str | None]:
    """The dates of the events extracted from ``text``, an article of Friday 13 September 2019."""
    records = records_of(text, lang, date="2019-09-13")
    return [e["event"]["date"] for e in records["entities"] if "event" in e]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "On Wednesday, the court ruled against the suspension of the Parliament of Ruritania, "
            "which went into effect on Tuesday.",
            "en",
        ),
        (
            "Het hof noemde woensdag de schorsing van het Britse parlement, die op dinsdag was "
            "ingegaan, onrechtmatig.",
            "nl",
        ),
    ],
)
def test_a_clause_that_tells_the_happening_dates_the_event(text, lang):
    assert _event_dates(text, lang) == ["2019-09-10"]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "On Wednesday, the court ruled against the suspension of the Parliament of Ruritania, "
            "which opened on Tuesday.",
            "en",
        ),
        (
            "Het hof noemde woensdag de schorsing van het Britse parlement, dat op dinsdag was "
            "opgericht, onrechtmatig.",
            "nl",
        ),
    ],
)
def test_a_clause_of_another_verb_is_the_nouns_own(text, lang):
    assert _event_dates(text, lang) == ["2019-09-11"]
