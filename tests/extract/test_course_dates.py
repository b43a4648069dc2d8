"""An event noun whose own phrase ends in a relative clause telling when the happening took place
or took effect ("the suspension of the parliament, which went into effect on Tuesday", "de
schorsing van het parlement, die dinsdag inging"), hung by the parser on the noun of that
phrase, happened then, not at the time of the clause the noun stands in
(``courseverbs.<lang>.tsv``, extract/grammar/happenings.py ``tells_course``,
extract/grammar/timing.py ``course_time_span``); and a participant told by the event's own noun
takes the event's date (extract/components/dating.py)."""

from __future__ import annotations

import pytest
from extraction_helpers import records_of

TEXTS = {
    "en": (
        "On Wednesday, the High Court of Kenya issued an opinion on the suspension of the "
        "Parliament of Kenya which went into effect on Tuesday, finding it unlawful."
    ),
    "nl": (
        "Het Hooggerechtshof van Kenia heeft woensdag geoordeeld dat de schorsing van het "
        "parlement van Kenia, die dinsdag inging, onrechtmatig is."
    ),
}
OTHER_CLAUSE = {
    "en": (
        "On Wednesday, the High Court of Kenya issued an opinion on the suspension of "
        "Senator Mary Otieno who spoke on Tuesday, finding it unlawful."
    ),
    "nl": (
        "Het Hooggerechtshof van Kenia heeft woensdag geoordeeld dat de schorsing van "
        "senator Mary Otieno, die dinsdag sprak, onrechtmatig is."
    ),
}
NOUNS = {"en": "suspension", "nl": "schorsing"}
DATE = "2025-12-05"  # a Friday: Tuesday is 2 December, Wednesday 3 December


def _event(records: dict, noun: str) -> dict:
    return next(
        e
        for e in records["entities"]
        if e["type"] == "EVENT" and noun in [a.lower() for a in e["aliases"]]
    )


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_clause_telling_when_the_event_took_effect_dates_it(lang):
    records = records_of(TEXTS[lang], lang, DATE)
    event = _event(records, NOUNS[lang])
    assert event["event"]["date"] == "2025-12-02"
    parts = [
        r for r in records["relations"] if r["type"] == "PARTICIPANT" and r["target"] == event["id"]
    ]
    assert parts and {r["date"] for r in parts} == {"2025-12-02"}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_clause_of_another_verb_on_the_phrase_noun_is_that_noun_s(lang):
    event = _event(records_of(OTHER_CLAUSE[lang], lang, DATE), NOUNS[lang])
    assert event["event"]["date"] == "2025-12-03"
