"""``--wrong``: the wrong predicted relations between gold entities, each with its cause."""

from __future__ import annotations

from collections import Counter

from bench.quality.corpus import Gold
from bench.quality.match import PredDoc
from bench.quality.wrong import (
    judged,
    right_counts,
    rule_table,
    sentence_at,
    table,
    wrong_relations,
)

TEXT = (
    "Putin met Trump in Alaska. Iraqi militias threatened Kushner. "
    "Trump accused Putin of lying. Kushner praised Alaska."
)

GOLD = Gold(
    "a1",
    "en",
    "a",
    [
        {"id": "putin", "type": "PERSON", "forms": ["Putin"]},
        {"id": "trump", "type": "PERSON", "forms": ["Trump"]},
        {"id": "kushner", "type": "PERSON", "forms": ["Kushner"]},
        {"id": "militia", "type": "ORG", "forms": ["Iraqi militias"]},
        {"id": "IRQ", "type": "COUNTRY", "forms": ["Iraq", "Iraqi"]},
        {"id": "alaska", "type": "LOCATION", "forms": ["Alaska"]},
    ],
    [
        {
            "source": "putin",
            "target": "trump",
            "types": ["CONSULT"],
            "directed": False,
            "evidence": "Putin met Trump in Alaska.",
        },
        {
            "source": "militia",
            "target": "kushner",
            "types": ["THREATEN"],
            "directed": True,
            "evidence": "Iraqi militias threatened Kushner.",
        },
        {
            "source": "trump",
            "target": "putin",
            "types": ["ACCUSE"],
            "directed": True,
            "evidence": "Trump accused Putin of lying.",
        },
    ],
)


def _node(nid: str, label: str, type_: str = "PERSON") -> dict:
    return {"id": nid, "label": label, "type": type_, "forms": {label}, "mentions": {label}}


def _rel(source: str, target: str, type_: str, trigger: str, **extra) -> dict:
    return {
        "source": source,
        "target": target,
        "type": type_,
        "trigger": trigger,
        "trigger_start": TEXT.index(trigger),
        "confidence": 0.6,
        **extra,
    }


PRED = PredDoc(
    "a1",
    nodes={
        "p": _node("p", "Putin"),
        "t": _node("t", "Trump"),
        "k": _node("k", "Kushner"),
        "i": _node("i", "Iraqi", "COUNTRY"),
        "a": _node("a", "Alaska", "LOCATION"),
    },
    relations=[
        _rel("t", "p", "CONSULT", "met"),  # right: CONSULT holds both ways
        _rel("p", "t", "ACCUSE", "accused"),  # the gold accuser is Trump
        _rel("p", "t", "SUPPORT", "met"),  # the gold links them, as CONSULT
        _rel("i", "k", "THREATEN", "threatened"),  # the militias, not Iraq, threatened
        _rel("k", "a", "SUPPORT", "praised", reported_by="t"),  # no such gold relation
        _rel("k", "a", "CO_OCCURS", "praised"),  # untyped: never listed
    ],
)


def test_wrong_names_each_wrong_relation_with_its_cause():
    found = wrong_relations(GOLD, PRED, TEXT)
    got = [(w.source, w.rel["type"], w.target, w.cause, w.route) for w in found]
    assert got == [
        ("putin", "ACCUSE", "trump", "direction", "direct"),
        ("putin", "SUPPORT", "trump", "type", "direct"),
        ("IRQ", "THREATEN", "kushner", "end", "direct"),
        ("kushner", "SUPPORT", "alaska", "not in gold", "reported"),
    ]
    assert found[2].sentence == "Iraqi militias threatened Kushner."


def test_wrong_end_needs_the_gold_evidence_to_hold_the_trigger():
    # the same Iraq -> Kushner threat, said in a sentence the gold relation is not about
    text = TEXT + " Iraqi leaders threatened Kushner too."
    rel = {**PRED.relations[3], "trigger_start": text.rindex("threatened")}
    pred = PredDoc("a1", nodes=PRED.nodes, relations=[rel])
    assert [w.cause for w in wrong_relations(GOLD, pred, text)] == ["not in gold"]


def test_wrong_table_counts_by_cause_and_sets_wrong_against_right():
    found = wrong_relations(GOLD, PRED, TEXT)
    right = right_counts(GOLD, PRED)
    assert right == Counter({("direct", "CONSULT", "met"): 1})
    text = table("en", found, right)
    assert "wrong relations between gold entities, en: 4 of 5" in text
    assert "by cause: direction 1, type 1, end 1, not in gold 1" in text
    assert "  1 / 0   direct THREATEN threatened" in text
    assert "Iraqi militias threatened Kushner." in text


def test_sentence_at_cuts_at_sentence_ends_and_line_breaks():
    text = "First one. Second one!\nThird one"
    assert sentence_at(text, text.index("Second")) == "Second one!"
    assert sentence_at(text, text.index("Third")) == "Third one"
    assert sentence_at(text, None) == ""


def test_wrong_judged_keeps_the_typed_relations_between_gold_entities_with_their_verdict():
    got = [(rel["source"], rel["type"], ok) for rel, ok in judged(GOLD, PRED)]
    assert got == [
        ("t", "CONSULT", True),
        ("p", "ACCUSE", False),
        ("p", "SUPPORT", False),
        ("i", "THREATEN", False),
        ("k", "SUPPORT", False),
    ]


def test_wrong_rule_table_gives_each_rules_share_right_most_wrong_first():
    rows = [
        ("title", 0.9, True),
        ("subject_verb_object", 0.75, True),
        ("subject_verb_object", 0.45, False),
        ("subject_verb_object", 0.6, False),
        ("title", 0.9, True),
    ]
    lines = rule_table("en", rows).splitlines()
    assert lines[1].split() == ["2", "/", "1", "0.33", "0.60", "subject_verb_object"]
    assert lines[2].split() == ["0", "/", "2", "1.00", "0.90", "title"]
