"""Issue 18 (dates4): a relation dated by the story's day (``date_source`` "story") is a date the
text gives, though not one of the relation's own clause. The graph keeps the source, merged and
projected edges say which date they show, and the edge's tooltip says "story's day"; so do an
event's tooltip and its row of nodes.csv for an event dated by the story's day."""

from __future__ import annotations

from graph.build import build_graph
from graph.export import csv_rows
from graph.views import aggregate
from graph.vis import node_title, vis_data

PEOPLE = [("kb:a", "PERSON"), ("kb:b", "PERSON"), ("kb:c", "COUNTRY")]


def _dated(day: str, source: str) -> dict:
    return {"date": day, "date_source": source}


def _graph(make_records):
    return build_graph(
        make_records(
            PEOPLE,
            [
                # a->b: the story's day, and the article's date on another telling
                ("r1", "kb:a", "kb:b", "CONSULT", _dated("2025-11-28", "story")),
                ("r2", "kb:a", "kb:b", "CONSULT", _dated("2025-12-02", "document")),
                # a->c: the story's day and a day the clause itself told, the same day
                ("r3", "kb:a", "kb:c", "ACCUSE", _dated("2025-11-28", "story")),
                ("r4", "kb:a", "kb:c", "ACCUSE", _dated("2025-11-28", "text")),
            ],
        )
    )


def test_the_graph_keeps_the_story_s_day_as_where_a_date_comes_from(make_records):
    G = _graph(make_records)
    assert G.edges["kb:a", "kb:b", "r1"]["date_source"] == "story"
    assert G.edges["kb:a", "kb:b", "r2"]["date_source"] == "document"


def test_a_merged_edge_takes_the_story_s_day_before_the_article_s_date(make_records):
    merged = aggregate(_graph(make_records))
    ab, ac = merged.edges["kb:a", "kb:b"], merged.edges["kb:a", "kb:c"]
    # the text's day wins over the later article date; its own clause's over the story's
    assert (ab["date"], ab["date_source"]) == ("2025-11-28", "story")
    assert (ac["date"], ac["date_source"]) == ("2025-11-28", "text")


def test_the_edge_tooltip_says_the_date_is_the_story_s_day(make_records):
    edges = {e["id"]: e for e in vis_data(_graph(make_records))["edges"]}
    assert "date: 2025-11-28 (story's day)" in edges["r1"]["title"].splitlines()
    assert "date: 2025-12-02 (article date)" in edges["r2"]["title"].splitlines()
    assert "date: 2025-11-28" in edges["r4"]["title"].splitlines()


def test_the_nodes_csv_says_an_event_s_date_is_the_story_s_day(make_records):
    records = make_records([*PEOPLE, ("event:d1:0", "EVENT")], [])
    [event] = [e for e in records["entities"] if e["type"] == "EVENT"]
    event["event"].update(date="2025-11-28", date_source="story")
    nodes, _ = csv_rows(build_graph(records))
    [row] = [row for row in nodes if row["id"] == "event:d1:0"]
    assert (row["event_date"], row["event_date_source"]) == ("2025-11-28", "story")


def test_an_event_s_tooltip_says_its_date_is_the_story_s_day(make_records):
    records = make_records([*PEOPLE, ("event:d1:0", "EVENT")], [])
    [event] = [e for e in records["entities"] if e["type"] == "EVENT"]
    titles = {}
    for source in ("story", "text"):
        event["event"].update(date="2025-11-28", date_source=source)
        titles[source] = node_title("event:d1:0", build_graph(records).nodes["event:d1:0"])
    assert "event: CONSULT (met) · 2025-11-28 (story's day)" in titles["story"].splitlines()
    # a date the text tells of the event itself is shown bare, not left out (review)
    assert "event: CONSULT (met) · 2025-11-28" in titles["text"].splitlines()
