"""A view's layout is settled once per server (ui.visnetwork.settled_layout): the first page
that draws it reports where the browser's physics settled the nodes, and a new page of the same
view is sent those places, so it draws at once instead of running 200 physics iterations."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.mounted import graph_data
from ui import keys, visnetwork

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"
HELD = visnetwork._HELD + keys.GRAPH  # what this session sent the canvas (ui.visnetwork)


@pytest.fixture(autouse=True)
def no_settled_layouts():
    """Each test starts on a server that has not drawn any view yet."""
    visnetwork._settled_layouts.clear()
    yield
    visnetwork._settled_layouts.clear()


def session(data: dict, drawn: object) -> dict:
    """Session state after the canvas was sent ``data`` whole and reported ``drawn``."""
    return {HELD: {"hash": data["hash"], "data": data}, keys.GRAPH: {"drawn": drawn}}


def graph(*ids: str, positioned: bool = False) -> dict:
    nodes = [{"id": i, **({"x": 0, "y": 0} if positioned else {})} for i in ids]
    return visnetwork.mount_data({"nodes": nodes, "edges": []}, "h1")


def test_settled_layout_keeps_the_places_a_drawn_report_gives_for_the_nodes_it_was_sent():
    data = graph("kb:a", "kb:b")
    report = {"hash": "h1", "seq": 3, "positions": {"kb:a": [-12.5, 40], "kb:b": [88, -3.2]}}
    visnetwork.remember_drawn(keys.GRAPH, session(data, report))
    assert visnetwork.settled_layout("h1") == {"kb:a": (-12.5, 40.0), "kb:b": (88.0, -3.2)}
    assert visnetwork.settled_layout("h2") is None


@pytest.mark.parametrize(
    "report",
    [
        {"hash": "h0", "positions": {"kb:a": [1, 2], "kb:b": [3, 4]}},  # another graph's
        {"hash": "h1", "positions": {"kb:a": [1, 2]}},  # a node missing
        {"hash": "h1", "positions": {"kb:a": [1, 2], "kb:b": [3, 4], "kb:c": [5, 6]}},
        {"hash": "h1", "positions": {"kb:a": [1, 2], "kb:b": ["x", 4]}},  # not a number
        {"hash": "h1", "positions": {"kb:a": [1, 2], "kb:b": [3, 1e9]}},  # far off any canvas
        {"hash": "h1"},  # no positions: the server placed the nodes
        None,
    ],
)
def test_settled_layout_ignores_a_report_that_does_not_place_exactly_the_nodes_sent(report):
    visnetwork.remember_drawn(keys.GRAPH, session(graph("kb:a", "kb:b"), report))
    assert visnetwork.settled_layout("h1") is None


def test_settled_layout_is_not_kept_for_a_graph_the_server_placed():
    report = {"hash": "h1", "positions": {"kb:a": [1, 2]}}
    visnetwork.remember_drawn(keys.GRAPH, session(graph("kb:a", positioned=True), report))
    assert visnetwork.settled_layout("h1") is None


def test_settled_layout_forgets_the_least_recently_drawn_views_first(monkeypatch):
    monkeypatch.setattr(visnetwork, "SETTLED_VIEWS", 2)
    for name in ("h1", "h2", "h3"):
        data = visnetwork.mount_data({"nodes": [{"id": "kb:a"}], "edges": []}, name)
        report = {"hash": name, "positions": {"kb:a": [1, 2]}}
        visnetwork.remember_drawn(keys.GRAPH, session(data, report))
        if name == "h2":
            assert visnetwork.settled_layout("h1")  # drawn again: h2 goes first
    assert [visnetwork.settled_layout(h) is not None for h in ("h1", "h2", "h3")] == [
        True,
        False,
        True,
    ]


def test_mount_data_sends_a_settled_layout_only_when_it_places_every_node():
    nodes = {"nodes": [{"id": "kb:a"}, {"id": "kb:b"}], "edges": []}
    both = {"kb:a": (1.0, 2.0), "kb:b": (3.0, 4.0)}
    assert visnetwork.mount_data(nodes, "h", settled=both)["settled"] == {
        "kb:a": [1.0, 2.0],
        "kb:b": [3.0, 4.0],
    }
    assert "settled" not in visnetwork.mount_data(nodes, "h", settled={"kb:a": (1.0, 2.0)})
    assert "settled" not in visnetwork.mount_data(nodes, "h")
    placed = {"nodes": [{"id": "kb:a", "x": 0, "y": 0}], "edges": []}
    assert "settled" not in visnetwork.mount_data(placed, "h", settled=both)


def test_app_sends_a_new_session_the_places_an_earlier_page_settled_the_nodes_at(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    first = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    data = graph_data(first)
    assert "settled" not in data  # nothing drew this view yet: the browser lays it out
    places = {n["id"]: [10.0 * i, -5.0 * i] for i, n in enumerate(data["nodes"])}
    held = first.session_state[HELD]
    report = {"hash": data["hash"], "seq": 1, "positions": places}
    visnetwork.remember_drawn(keys.GRAPH, {HELD: held, keys.GRAPH: {"drawn": report}})
    second = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    again = graph_data(second)
    assert again["hash"] == data["hash"] and again["settled"] == places
    # a filter changes the view: its nodes have not settled anywhere yet
    second.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"]).run()
    assert "settled" not in graph_data(second)
