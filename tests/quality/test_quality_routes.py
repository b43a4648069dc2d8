"""``--wrong`` names the rule (``CONFIDENCE`` entry) that made each relation, by watching the
relation factory while extracting (``bench.quality.routes``)."""

from __future__ import annotations

import pytest

from bench.quality.routes import UNKNOWN, Routes, noting_routes
from extract.components.relations.context import _Context
from tests.extract.extraction_helpers import records_of


def test_routes_a_record_is_found_by_its_ends_then_by_its_trigger():
    routes = Routes()
    routes.note("met", "CONSULT", "kb:a", "kb:b", "subject_verb_object")
    routes.note("met", "CONSULT", "kb:a", "kb:c", "coordinated_subjects")
    rel = {"trigger": "met", "type": "CONSULT", "source": "kb:a", "target": "kb:c"}
    assert routes.of(rel) == "coordinated_subjects"
    assert routes.of({**rel, "target": "event:1"}) == "subject_verb_object"
    assert routes.of({**rel, "type": "AGREE"}) == UNKNOWN


def test_routes_the_watch_ends_with_the_block():
    original = _Context.relation
    with noting_routes():
        assert _Context.relation is not original
    assert _Context.relation is original


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "President Trump met Erdogan on Tuesday."),
        ("nl", "President Trump ontmoette Erdogan dinsdag."),
    ],
)
def test_routes_each_relation_is_named_by_its_rule(lang, text):
    with noting_routes() as routes:
        records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    rules = {
        (label[r["source"]], r["type"], label[r["target"]]): routes.of(r)
        for r in records["relations"]
        if r["type"] != "CO_OCCURS"
    }
    assert rules[("Donald Trump", "CONSULT", "Recep Tayyip Erdoğan")] == "subject_verb_object"
    assert rules[("Donald Trump", "ROLE", "United States")] == "title_kb"
