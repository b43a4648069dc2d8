"""The timing step's last word (``newsgraph_dating``, :mod:`extract.components.dating`): the date
and mode each relation is written with, and each event's date, settled before the records
writer copies them. On hand-built parses in both languages, with sentences written for these
tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.dating import Dated, Dating
from extract.components.events import EventMention
from extract.dates import relative_days
from extract.documents import DOCUMENT_KEY
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse

#: "Kenya reopens the border on 4 February." (ClearNLP labels), the verb's tense to fill in
REOPENS_EN = """
Kenya 1 nsubj PROPN
{verb} 1 ROOT VERB reopen VerbForm=Fin|Tense={tense}
the 3 det DET
border 1 dobj NOUN
on 1 prep ADP
4 6 nummod NUM
February 4 pobj PROPN
. 1 punct PUNCT
"""

#: "Kenia heropent de grens op 4 februari." (UD labels)
REOPENS_NL = """
Kenia 1 nsubj PROPN
{verb} 1 ROOT VERB heropenen VerbForm=Fin|Tense={tense}
de 3 det DET
grens 1 obj NOUN
op 5 case ADP
4 1 obl NUM
februari 5 flat NOUN
. 1 punct PUNCT
"""

#: "Labour lost the 2019 election, the election of 12 December 2019." (ClearNLP labels)
ELECTIONS_EN = """
Labour 1 nsubj PROPN
lost 1 ROOT VERB lose VerbForm=Fin|Tense=Past
the 4 det DET
2019 4 nmod NUM
election 1 dobj NOUN
, 4 punct PUNCT
the 7 det DET
election 4 appos NOUN
of 7 prep ADP
12 8 pobj NUM
December 9 npadvmod PROPN
2019 9 nummod NUM
. 1 punct PUNCT
"""


def _dated(doc, lang: str, date: str, events: list, relations: list):
    """``doc`` through the dating component, as an article of ``date``."""
    doc.user_data[DOCUMENT_KEY] = {"date": date}
    doc._.events = events
    doc._.relations = relations
    days = relative_days(load_lexicon(lang).times)
    return Dating("newsgraph_dating", lang=lang, relative_days=days)(doc)


def _span(doc, first: int, last: int) -> tuple[int, int]:
    """The character span of tokens ``first`` to ``last``."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _act(doc, trigger: int, **fields) -> SimpleNamespace:
    """A relation on the word ``trigger``, told as asserted, with no time of its own."""
    token = doc[trigger]
    return SimpleNamespace(
        **{
            "type": "SEIZE",
            "target": "kb:border",
            "event": None,
            "negated": False,
            "mode": "asserted",
            "time_span": None,
            "trigger_start": token.idx,
            "trigger_end": token.idx + len(token.text),
            **fields,
        }
    )


@pytest.mark.parametrize(
    "lang, rows, verb",
    [("en", REOPENS_EN, "reopens"), ("nl", REOPENS_NL, "heropent")],
)
def test_an_act_told_as_done_with_a_date_ahead_is_planned(lang, rows, verb):
    doc = parse(rows.format(verb=verb, tense="Pres"), lang=lang)
    doc = _dated(doc, lang, "2020-02-01", [], [_act(doc, 1, time_span=_span(doc, 5, 6))])
    assert doc._.relation_dates == [Dated("2020-02-04", "planned")]


@pytest.mark.parametrize(
    "lang, rows, verb",
    [("en", REOPENS_EN, "reopened"), ("nl", REOPENS_NL, "heropende")],
)
def test_an_act_its_verb_tells_in_the_past_keeps_its_mode(lang, rows, verb):
    doc = parse(rows.format(verb=verb, tense="Past"), lang=lang)
    doc = _dated(doc, lang, "2020-02-01", [], [_act(doc, 1, time_span=_span(doc, 5, 6))])
    assert doc._.relation_dates == [Dated("2020-02-04", "asserted")]


def test_an_act_with_no_time_of_its_own_has_no_date_from_the_text():
    doc = parse(REOPENS_EN.format(verb="reopened", tense="Past"), lang="en")
    doc = _dated(doc, "en", "2020-02-01", [], [_act(doc, 1, told_span=None)])
    assert doc._.relation_dates == [Dated(None, "asserted")]


def test_a_year_alone_takes_the_day_of_its_kind_and_so_does_the_act_of_its_event():
    doc = parse(ELECTIONS_EN, lang="en")
    events = [
        EventMention(
            "event:0", "election", "OTHER", "election", 0, 0, 0, [4], time_span=_span(doc, 3, 3)
        ),
        EventMention(
            "event:1", "election", "OTHER", "election", 0, 0, 0, [7], time_span=_span(doc, 9, 11)
        ),
    ]
    doc = _dated(doc, "en", "2019-12-16", events, [_act(doc, 1, event="event:0")])
    assert doc._.event_dates == {"event:0": "2019-12-12", "event:1": "2019-12-12"}
    assert doc._.relation_dates == [Dated("2019-12-12", "asserted")]


@pytest.mark.parametrize("lang, rows", [("en", REOPENS_EN), ("nl", REOPENS_NL)])
def test_a_participant_of_an_undated_event_takes_the_time_told_before_it(lang, rows):
    # the event names no time and its sentence none either; the sentence before told one
    doc = parse(rows.format(verb="x", tense="Past"), lang=lang)
    event = EventMention(
        "event:0", "agreement", "AGREE", "border", 0, 0, 0, [3], sentence_time=False
    )
    told = _act(doc, 3, type="PARTICIPANT", event="event:0", told_span=_span(doc, 5, 6))
    doc = _dated(doc, lang, "2020-02-10", [event], [told])
    assert doc._.relation_dates == [Dated("2020-02-04", "asserted")]
    # the event itself is not dated by the story's day: its own sentence tells that day, and the
    # event was judged not timed by it (sentence_time=False)
    assert doc._.event_dates == {"event:0": None}


#: "Kern approved the attacks of {day} December this week ." (ClearNLP labels)
APPROVED_EN = """
Kern 1 nsubj PROPN
approved 1 ROOT VERB approve VerbForm=Fin|Tense=Past
the 3 det DET
attacks 1 dobj NOUN
of 3 prep ADP
{day} 4 pobj NUM
December 5 npadvmod PROPN
this 8 det DET
week 1 npadvmod NOUN
. 1 punct PUNCT
"""


@pytest.mark.parametrize("day, date", [("31", "2019-12-31"), ("20", "2020-01-05")])
def test_an_act_told_this_week_takes_the_day_of_its_event_in_that_week(day, date):
    # "this week" in an article of Sunday 5 January resolves to that day; the attacks of 31
    # December lie in the week, those of 20 December do not
    doc = parse(APPROVED_EN.format(day=day), lang="en")
    event = EventMention(
        "event:0", "attack", "ASSAULT", "attacks", 0, 0, 0, [3], time_span=_span(doc, 5, 6)
    )
    act = _act(doc, 1, type="PARTICIPANT", target="event:0", time_span=_span(doc, 7, 8))
    doc = _dated(doc, "en", "2020-01-05", [event], [act])
    assert doc._.relation_dates == [Dated(date, "asserted")]
