"""Issue 18 (dates4): the explorer treats a date of the story's day (``date_source`` "story")
as a date the text gives: the timeline draws it solid on its day, and the details panel says
"story's day", so a reader sees it was not told of this relation itself."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import networkx as nx

from graph.build import build_graph
from ui.details import (
    edge_details,
    edge_header_html,
    mention_index,
    node_details,
    node_header_html,
    relations_html,
)
from ui.timeline import DATED, DOCUMENT_DATE_OPACITY, per_day

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_records.json"


def _story_dated(relation: str, day: str) -> dict:
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    rel = next(r for r in records["relations"] if r["id"] == relation)
    rel["date"], rel["date_source"] = day, "story"
    return records


def test_the_details_panel_says_the_date_is_the_story_s_day():
    records = _story_dated("r14", "2025-11-28")
    info = edge_details(build_graph(records), "r14", mention_index(records))
    assert info.date_source == "story"
    assert "2025-11-28 (story&#x27;s day)" in edge_header_html(info)
    [evidence] = info.evidence
    assert "story's day" in evidence.relation_facts
    table = relations_html([{"date": "2025-11-28", "date_source": "story"}], ["date"])
    assert "(story&#x27;s day)" in table


def test_the_panel_of_an_event_says_its_date_is_the_story_s_day():
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    [event] = [e for e in records["entities"] if e["type"] == "EVENT"]
    shown = {}
    for source in ("story", "text", "document", None):
        event["event"].update(date="2025-11-28", date_source=source)
        G = build_graph(records)
        shown[source] = node_header_html(node_details(G, event["id"], mention_index(records)))
    assert "event: CONSULT · 2025-11-28 (story&#x27;s day)" in shown["story"]
    assert "event: CONSULT · 2025-11-28 (in the text)" in shown["text"]
    assert "event: CONSULT · 2025-11-28 (article date)" in shown["document"]
    assert "event: CONSULT · 2025-11-28</div>" in shown[None]  # records of before date_source


def test_the_timeline_draws_the_story_s_day_solid_as_a_text_date():
    V = nx.MultiDiGraph()
    V.add_edge("a", "b", type="CONSULT", date="2025-11-28", date_source="story")
    V.add_edge("a", "b", type="CONSULT", date="2025-12-02", date_source="document")
    table = per_day(V, dt.date(2025, 11, 24), dt.date(2025, 12, 2))
    rows = {row.date.date(): (row.dated, row.opacity) for row in table.itertuples()}
    assert rows[dt.date(2025, 11, 28)] == (DATED["text"], 1.0)
    assert rows[dt.date(2025, 12, 2)] == (DATED["document"], DOCUMENT_DATE_OPACITY)
