"""A time that ends a relative or participle clause on the subject is that clause's time, even
when the parser hung it on the main verb after it (extract/grammar/timing.py)."""

from __future__ import annotations

from extraction_helpers import parse, records_of

from extract.grammar.timing import clause_time_spans

# "On Saturday , aftershocks of a quake that hit the island on Wednesday have raised the toll",
# parsed with "on Wednesday" under "raised", as the English model parses such a sentence
DISPLACED = """
On 14 prep ADP
Saturday 0 pobj PROPN
, 14 punct PUNCT
aftershocks 14 nsubj NOUN
of 3 prep ADP
a 6 det DET
quake 4 pobj NOUN
that 8 nsubj PRON
hit 6 relcl VERB
the 10 det DET
island 8 dobj NOUN
on 14 prep ADP
Wednesday 11 pobj PROPN
have 14 aux AUX
raised 14 ROOT VERB
the 16 det DET
toll 14 dobj NOUN
"""


def _times_by_verb(doc, lang: str) -> dict[str, str]:
    spans = clause_time_spans(doc, lang, {})
    return {doc[verb].text: doc.text[start:end] for verb, (start, end) in spans.items()}


def test_a_time_between_the_subjects_relative_clause_and_the_verb_is_the_clauses():
    doc = parse(DISPLACED, "en")
    assert _times_by_verb(doc, "en") == {"raised": "Saturday", "hit": "Wednesday"}


def test_a_main_clause_without_a_time_of_its_own_keeps_the_one_its_subjects_clause_ends():
    # "aftershocks of a quake that hit the island on Wednesday have raised the toll"
    rows = DISPLACED.strip().splitlines()[3:]
    doc = parse(
        "\n".join(f"{w} {int(h) - 3} {rest}" for w, h, rest in (r.split(" ", 2) for r in rows)),
        "en",
    )
    assert doc[0].text == "aftershocks" and doc[11].text == "raised"
    assert _times_by_verb(doc, "en") == {"hit": "Wednesday", "raised": "Wednesday"}


def test_a_time_after_the_main_verb_stays_the_main_clauses():
    # "The quake that hit the island killed six people on Wednesday"
    doc = parse(
        """
The 1 det DET
quake 6 nsubj NOUN
that 3 nsubj PRON
hit 1 relcl VERB
the 5 det DET
island 3 dobj NOUN
killed 6 ROOT VERB
six 8 nummod NUM
people 6 dobj NOUN
on 6 prep ADP
Wednesday 9 pobj PROPN
""",
        "en",
    )
    assert _times_by_verb(doc, "en") == {"killed": "Wednesday"}


def test_a_time_after_a_verb_final_relative_clause_is_the_main_clauses():
    # "Volgens de politie heeft de man die de agent aanviel maandag een mes gebruikt": the
    # relative clause ends with its verb, so "maandag" lies outside it
    doc = parse(
        """
Volgens 2 case ADP
de 2 det DET
politie 13 obl NOUN
heeft 13 aux AUX
de 5 det DET
man 13 nsubj NOUN
die 9 nsubj PRON
de 8 det DET
agent 9 obj NOUN
aanviel 5 acl:relcl VERB
maandag 13 obl PROPN
een 12 det DET
mes 13 obj NOUN
gebruikt 13 ROOT VERB
""",
        "nl",
    )
    assert _times_by_verb(doc, "nl") == {"gebruikt": "maandag"}


def _events(text: str, lang: str) -> list[dict]:
    records = records_of(text, lang, "2019-10-22")  # a Tuesday
    return [e for e in records["entities"] if e["type"] == "EVENT"]


def test_an_earthquake_is_dated_by_its_own_clause_and_told_again_as_one_event_en():
    events = _events(
        "On Saturday, aftershocks of a strong earthquake that hit the island of Mindanao on "
        "Wednesday night have raised the death toll. The earthquake that hit Mindanao on "
        "Wednesday destroyed dozens of schools.",
        "en",
    )
    quakes = [e for e in events if "earthquake" in e["aliases"]]
    assert len(quakes) == 1, quakes
    assert quakes[0]["event"]["date"] == "2019-10-16"
    assert quakes[0]["mentions"] == 2


def test_an_earthquake_is_dated_by_its_own_clause_nl():
    events = _events(
        "Zaterdag meldde de regering dat de aardbeving die woensdag het eiland Mindanao trof "
        "zes doden eiste.",
        "nl",
    )
    quakes = [e for e in events if "aardbeving" in e["aliases"]]
    assert [e["event"]["date"] for e in quakes] == ["2019-10-16"]


def test_a_quake_owned_by_the_day_it_was_told_on_is_that_quake():
    events = _events(
        "A strong earthquake hit the island of Mindanao on Wednesday. On Saturday, officials "
        "said Wednesday's quake damaged forty schools.",
        "en",
    )
    quakes = [e for e in events if {"earthquake", "quake"} & set(e["aliases"])]
    assert [sorted(e["aliases"]) for e in quakes] == [["earthquake", "quake"]]
    assert quakes[0]["event"]["date"] == "2019-10-16"


def test_a_quake_owned_by_another_day_is_another_quake():
    events = _events(
        "A strong earthquake hit the island of Mindanao on Wednesday. On Saturday, officials "
        "said Friday's quake damaged forty schools.",
        "en",
    )
    quakes = [e for e in events if {"earthquake", "quake"} & set(e["aliases"])]
    assert [e["aliases"] for e in quakes] == [["earthquake"]]  # Friday's is not Wednesday's


def test_a_clause_hung_on_the_measure_of_an_event_noun_describes_the_event():
    from extract.grammar.timing import described_time_span

    # "a quake with magnitude 6.3 that hit the coast on Monday": the parser hangs the clause
    # on the measure; a noun without a number ("the attack on the embassy that opened in
    # 2010") keeps its clause
    rows = """
a 1 det DET
quake 1 ROOT NOUN
with 1 prep ADP
magnitude 2 pobj NOUN
6.3 3 nummod NUM
that 6 nsubj PRON
hit 3 relcl VERB
the 8 det DET
coast 6 dobj NOUN
"""
    doc = parse(rows, "en")
    assert described_time_span(doc[1], {6: (40, 46)}) == (40, 46)
    doc = parse(rows.replace("6.3 3 nummod NUM", "new 3 amod ADJ"), "en")
    assert described_time_span(doc[1], {6: (40, 46)}) is None
