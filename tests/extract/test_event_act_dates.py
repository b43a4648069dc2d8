"""An act told in the clause of a dated event, whose own clause names no time, happened when the
event did (``extract/components/dating.py`` ``_clause_events``): "At the summit, Macron
criticised Merkel" takes the summit's date, not the latest year told before it nor the document
date. On hand-built parses and end to end in both languages."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.dating import _clause_events
from extract.components.events import EventMention
from tests.extract.extraction_helpers import parse, records_of

#: "Macron criticised Merkel at the summit" (ClearNLP labels)
AT_THE_SUMMIT = """
Macron 1 nsubj PROPN
criticised 1 ROOT VERB criticise
Merkel 1 dobj PROPN
at 1 prep ADP
the 5 det DET
summit 3 pobj NOUN
"""

#: "Macron criticised Merkel, who attended the summit": the summit is another clause's
IN_ANOTHER_CLAUSE = """
Macron 1 nsubj PROPN
criticised 1 ROOT VERB criticise
Merkel 1 dobj PROPN
who 4 nsubj PRON
attended 2 relcl VERB attend
the 6 det DET
summit 4 dobj NOUN
"""


def _event(eid: str, token: int) -> EventMention:
    return EventMention(eid, "meeting", "CONSULT", "summit", 0, 0, 0, mentions=[token])


def _with(doc, events, trigger: int):
    doc._.events = events
    doc._.relations = [SimpleNamespace(type="ACCUSE", trigger_start=doc[trigger].idx)]
    return doc


def test_an_act_in_the_clause_of_a_dated_event_takes_its_date():
    doc = _with(parse(AT_THE_SUMMIT), [_event("event:0", 5)], 1)
    assert _clause_events(doc, {"event:0": "2019-03-03"}) == {doc[1].idx: "2019-03-03"}


def test_an_undated_event_dates_no_act():
    doc = _with(parse(AT_THE_SUMMIT), [_event("event:0", 5)], 1)
    assert _clause_events(doc, {"event:0": None}) == {}


def test_an_event_of_another_clause_dates_no_act():
    doc = _with(parse(IN_ANOTHER_CLAUSE), [_event("event:0", 6)], 1)
    assert _clause_events(doc, {"event:0": "2019-03-03"}) == {}


def test_two_events_of_two_dates_in_one_clause_date_no_act():
    rows = AT_THE_SUMMIT.strip() + "\nand 5 cc CCONJ\ntalks 5 conj NOUN talk\n"
    doc = _with(parse(rows), [_event("event:0", 5), _event("event:1", 7)], 1)
    dates = {"event:0": "2019-03-03", "event:1": "2019-03-05"}
    assert _clause_events(doc, dates) == {}


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "The summit of European leaders was held in Brussels on 3 March. In 2015, Merkel had "
            "visited Paris. At the summit, Macron sharply criticised Merkel.",
            "en",
        ),
        (
            "De top van Europese leiders werd op 3 maart in Brussel gehouden. In 2015 had Merkel "
            "Parijs bezocht. Tijdens de top bekritiseerde Macron Merkel scherp.",
            "nl",
        ),
    ],
)
def test_an_act_at_an_event_told_earlier_has_the_events_date(text, lang):
    records = records_of(text, lang, date="2019-09-10")
    names = {e["id"]: e["label"] for e in records["entities"]}
    acts = [
        r
        for r in records["relations"]
        if r["type"] == "ACCUSE" and "Macron" in names.get(r["source"], "")
    ]
    assert acts, records["relations"]
    assert all((r["date"], r["date_source"]) == ("2019-03-03", "text") for r in acts), acts
