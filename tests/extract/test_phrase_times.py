"""Issue 18 item 4 (dates7): a time in an event noun's own phrase, after a preposition ("a rally
on Friday", "een bijeenkomst van vrijdag"), dates that event whatever the clause's first time is.
Hand-built parses for the rule, then the pipelines end to end on sentences written for the
tests."""

from __future__ import annotations

import pytest

from extract.grammar.timing import phrase_noun_times
from tests.extract.extraction_helpers import parse, records_of

EN_RALLY = """
Hale 1 nsubj PROPN
spoke 1 ROOT VERB speak
on 1 prep ADP
Wednesday 2 pobj PROPN
and 1 cc CCONJ
at 1 prep ADP
a 7 det DET
rally 5 pobj NOUN
on 7 prep ADP
Friday 8 pobj PROPN
. 1 punct PUNCT
"""

NL_RALLY = """
Hale 1 nsubj PROPN hale
sprak 1 ROOT VERB spreken
woensdag 1 obl PROPN woensdag
en 1 cc CCONJ en
op 7 case ADP op
een 7 det DET een
grote 7 amod ADJ groot
bijeenkomst 1 obl NOUN bijeenkomst
van 9 case ADP van
vrijdag 7 nmod PROPN vrijdag
. 1 punct PUNCT .
"""

#: A bare year in the noun's phrase says which one it is, not when: left to the clause.
NL_EDITION = """
Labour 1 nsubj PROPN labour
verloor 1 ROOT VERB verliezen
bij 4 case ADP bij
de 4 det DET de
verkiezingen 1 obl NOUN verkiezing
van 6 case ADP van
2019 4 nmod NUM 2019
. 1 punct PUNCT .
"""

#: A time that hangs on the verb is the clause's, not a noun's.
EN_VERB_TIME = """
Hale 1 nsubj PROPN
held 1 ROOT VERB hold
a 3 det DET
rally 1 dobj NOUN
on 1 prep ADP
Friday 4 pobj PROPN
. 1 punct PUNCT
"""


def _phrase_times(rows: str, lang: str) -> dict[str, str]:
    doc = parse(rows, lang)
    text = doc.text
    return {doc[i].text: text[s:e] for i, (s, e) in phrase_noun_times(doc, lang, {}).items()}


@pytest.mark.parametrize(
    "rows, lang, expected",
    [
        (EN_RALLY, "en", {"rally": "Friday"}),
        (NL_RALLY, "nl", {"bijeenkomst": "vrijdag"}),
        (NL_EDITION, "nl", {}),
        (EN_VERB_TIME, "en", {}),
    ],
)
def test_a_time_after_a_preposition_in_a_noun_phrase_is_that_nouns(rows, lang, expected):
    assert _phrase_times(rows, lang) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, trigger",
    [
        (
            "en",
            "Mayor Tom Hale announced the change on television on Wednesday and again at a "
            "rally on Friday in Ankara.",
            "rally",
        ),
        (
            "nl",
            "Burgemeester Tom Hale sprak woensdag op de televisie en op een bijeenkomst van "
            "vrijdag in Ankara over de wijziging.",
            "bijeenkomst",
        ),
    ],
)
def test_the_event_of_a_noun_takes_the_day_of_its_own_phrase(lang, text, trigger):
    # a Saturday's article: Wednesday is the 3rd, Friday the 5th
    records = records_of(text, lang, "2025-12-06")
    events = {
        e["event"]["trigger"]: e["event"]["date"]
        for e in records["entities"]
        if e["type"] == "EVENT"
    }
    assert events.get(trigger) == "2025-12-05", events
    joined = [
        r for r in records["relations"] if r["type"] == "PARTICIPANT" and r["trigger"] == trigger
    ]
    assert joined and all(r["date"] == "2025-12-05" for r in joined), joined
