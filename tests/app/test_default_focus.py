"""A big corpus opens on its best-connected part, with a line saying so (issue 20, item 4)."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from bench.app_bench import synthetic_records
from tests.app.mounted import graph_data
from ui import actor_picker, filter_state, keys

ROOT = Path(__file__).resolve().parents[2]


def test_a_big_view_is_drawn_as_its_best_connected_part_and_says_so(tmp_path, monkeypatch):
    records = synthetic_records(
        filter_state.DEFAULT_NODE_LIMIT + 150, 2 * filter_state.DEFAULT_NODE_LIMIT + 300
    )
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    nodes = graph_data(at)["nodes"]
    assert 0 < len(nodes) <= filter_state.DEFAULT_NODE_LIMIT
    notes = [c.value for c in at.caption if "too many to draw at once" in c.value]
    assert notes and f"showing the {filter_state.DEFAULT_NODE_LIMIT} best connected" in notes[0]
    degree: dict[str, int] = {}
    for r in records["relations"]:
        for end in (r["source"], r["target"]):
            degree[end] = degree.get(end, 0) + 1
    top = max(degree, key=degree.get)
    assert top in {n["id"] for n in nodes}, "the best-connected entity is on screen"
    assert not any((chip.key or "").startswith("chip-") for chip in at.button), (
        "no filter chip the user did not set"
    )
    # A value the user sets is honoured, and the line goes away.
    at.number_input(key=keys.TOP_K).set_value(filter_state.DEFAULT_NODE_LIMIT + 100).run()
    assert len(graph_data(at)["nodes"]) > filter_state.DEFAULT_NODE_LIMIT
    assert not [c for c in at.caption if "too many to draw at once" in c.value]


def test_finding_a_node_the_big_view_leaves_out_centres_the_graph_on_it(tmp_path, monkeypatch):
    """Issue 21 item 1 on a big corpus: the found node was not drawn (it is not among the
    best-connected), so the focus never happened; now the graph centres on it, visibly."""
    records = synthetic_records(
        filter_state.DEFAULT_NODE_LIMIT + 150, 2 * filter_state.DEFAULT_NODE_LIMIT + 300
    )
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    drawn = {n["id"] for n in graph_data(at)["nodes"]}
    left_out = next(e for e in records["entities"] if e["id"] not in drawn)
    at.selectbox(key=keys.FIND).set_value(left_out["id"]).run()
    assert not at.exception
    data = graph_data(at)
    assert left_out["id"] in {n["id"] for n in data["nodes"]}
    assert (data["focus"]["kind"], data["focus"]["id"]) == ("node", left_out["id"])
    assert at.multiselect(key=keys.ACTORS).value == [left_out["id"]], (
        "the centring shows as the actor filter"
    )
    assert any(b.label.startswith("Actors:") for b in at.button), "with its chip, removable"
    assert not [c for c in at.caption if "too many to draw at once" in c.value]
    # a node the default view draws is only focused: the filters stay as they were
    at.button(key="chip-reset").click().run()
    core = {n["id"] for n in graph_data(at)["nodes"]}
    inside = sorted(core)[0]
    at.selectbox(key=keys.FIND).set_value(inside).run()
    assert at.multiselect(key=keys.ACTORS).value == []
    assert graph_data(at)["focus"]["id"] == inside


def test_the_actor_picker_lists_the_most_mentioned_and_takes_any_name_typed(tmp_path, monkeypatch):
    """Issue 21: the picker listed every node (5,000 names sent with every page run, before the
    graph); it lists the most mentioned, and an actor not listed is found by a name typed in
    full, also an alias in another language."""
    records = synthetic_records(
        filter_state.DEFAULT_NODE_LIMIT + 150, 2 * filter_state.DEFAULT_NODE_LIMIT + 300
    )
    mentions = {e["id"]: e["mentions"] for e in records["entities"]}
    rare = min(records["entities"], key=lambda e: (e["mentions"], e["id"]))
    rare["aliases"] = [rare["label"], "Akteur Zeldzaam"]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    picker = at.multiselect(key=keys.ACTORS)
    assert len(picker.options) == actor_picker.LISTED < len(records["entities"])
    listed = {n for n in mentions if picker.format_func(n) in picker.options}
    assert len(listed) == actor_picker.LISTED
    assert min(mentions[n] for n in listed) >= max(
        mentions[n] for n in mentions if n not in listed
    ), "the most mentioned are listed"
    assert rare["id"] not in listed

    picker.set_value(["akteur zeldzaam"]).run()  # typed in full, any case, then Enter
    assert not at.exception
    assert at.multiselect(key=keys.ACTORS).value == [rare["id"]]
    assert rare["id"] in {n["id"] for n in graph_data(at)["nodes"]}, "the graph centres on it"
    assert any(b.label.startswith("Actors:") for b in at.button)

    at.multiselect(key=keys.ACTORS).set_value([rare["id"], "Nobody Here"]).run()
    assert at.multiselect(key=keys.ACTORS).value == [rare["id"]]
    assert "No actor is named Nobody Here." in [c.value for c in at.sidebar.caption]
