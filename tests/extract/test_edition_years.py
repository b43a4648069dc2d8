"""A bare year written before a noun ("the 2020 convention") says which edition the noun is: it
gives way to a day, week or month its clause also tells, but not to a limit ("until June")
(extract/grammar/timing.py, ``edition_of``)."""

from __future__ import annotations

from extraction_helpers import parse, typed

from extract.grammar.timing import clause_time_spans


def _times_by_verb(doc, lang: str) -> dict[str, str]:
    spans = clause_time_spans(doc, lang, {})
    return {doc[verb].text: doc.text[start:end] for verb, (start, end) in spans.items()}


def test_a_year_before_a_noun_gives_way_to_the_day_its_clause_tells():
    # "At the 2020 convention on June 20 the party nominated Smith"
    doc = parse(
        """
At 9 prep ADP
the 3 det DET
2020 3 nummod NUM
convention 0 pobj NOUN
on 9 prep ADP
June 4 pobj PROPN
20 5 nummod NUM
the 8 det DET
party 9 nsubj NOUN
nominated 9 ROOT VERB
Smith 9 dobj PROPN
""",
        "en",
    )
    assert _times_by_verb(doc, "en") == {"nominated": "June 20"}


def test_a_year_before_a_noun_stays_when_the_clause_tells_only_a_limit():
    # "In the 2016 election he stayed until June": June is a limit, the clause is 2016's
    doc = parse(
        """
In 5 prep ADP
the 3 det DET
2016 3 nummod NUM
election 0 pobj NOUN
he 5 nsubj PRON
stayed 5 ROOT VERB
until 5 prep ADP
June 6 pobj PROPN
""",
        "en",
    )
    assert _times_by_verb(doc, "en") == {"stayed": "2016"}


def test_a_year_of_its_own_keeps_its_clause():
    # "In 2016 the party nominated Smith in June": the first time of the clause, as before
    doc = parse(
        """
In 4 prep ADP
2016 0 pobj NUM
the 3 det DET
party 4 nsubj NOUN
nominated 4 ROOT VERB
Smith 4 dobj PROPN
in 4 prep ADP
June 6 pobj PROPN
""",
        "en",
    )
    assert _times_by_verb(doc, "en") == {"nominated": "2016"}


def test_a_meeting_at_a_summit_of_a_year_is_dated_by_its_weekday_en():
    relations = typed(
        "During the 2019 summit on Tuesday, Emmanuel Macron met Angela Merkel in Biarritz.",
        "en",
        "2019-08-30",  # a Friday
    )
    meetings = [r for (_, kind, _), r in relations.items() if kind == "CONSULT"]
    assert meetings and {r["date"] for r in meetings} == {"2019-08-27"}
    assert {r["date_source"] for r in meetings} == {"text"}
