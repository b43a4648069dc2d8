"""A big corpus opens on its best-connected part, with a line saying so (issue 20, item 4)."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from bench.app_bench import synthetic_records
from graph.expansion import EXPANSION_LIMIT
from tests.app.mounted import find, find_data, graph_data
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


def showing(at: AppTest) -> str:
    """The line above the graph that counts what it shows."""
    [line] = [c.value for c in at.caption if " — showing " in c.value]
    return line.split(" — ")[1]


def big_app_with_a_left_out_node(tmp_path, monkeypatch) -> tuple[AppTest, set, str, set]:
    """The app on a corpus bigger than its default view: the app, the nodes that view draws,
    one node it leaves out, and that node's neighbours."""
    records = synthetic_records(
        filter_state.DEFAULT_NODE_LIMIT + 150, 2 * filter_state.DEFAULT_NODE_LIMIT + 300
    )
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    core = {n["id"] for n in graph_data(at)["nodes"]}
    left_out = next(e["id"] for e in records["entities"] if e["id"] not in core)
    neighbours = {r["target"] for r in records["relations"] if r["source"] == left_out}
    neighbours |= {r["source"] for r in records["relations"] if r["target"] == left_out}
    return at, core, left_out, neighbours


def test_finding_a_node_the_big_view_leaves_out_adds_it_to_that_view(tmp_path, monkeypatch):
    """Issue 21 item 1 on a big corpus: the found node is not among the best-connected that the
    view draws (so the focus never happened, and later the whole page reran to set it as the
    actor filter). It joins the view with its neighbours, as an expanded node that Undo takes
    back; the filters stay as they were."""
    at, core, left_out, neighbours = big_app_with_a_left_out_node(tmp_path, monkeypatch)
    assert 0 < len(neighbours) <= EXPANSION_LIMIT

    find(at, left_out)
    assert not at.exception
    data = graph_data(at)
    drawn = {n["id"] for n in data["nodes"]}
    assert drawn == core | {left_out} | neighbours, "the view drawn before, and the found node"
    assert (data["focus"]["kind"], data["focus"]["id"]) == ("node", left_out)
    assert at.session_state[keys.SELECTION] == {"kind": "node", "id": left_out}
    assert showing(at).startswith(f"showing {len(drawn)} nodes")
    assert at.session_state[keys.EXPANDED] == [left_out]
    assert "1 expanded" in data["caption"], "the PNG's caption names the step"
    assert at.multiselect(key=keys.ACTORS).value == [], "the filters stay as they were"
    assert not any(b.label.startswith("Actors:") for b in at.button)
    assert [c for c in at.caption if "too many to draw at once" in c.value]
    # Undo takes the found node off again; it stays selected, and its details say why
    next(b for b in at.button if b.key == "steps-undo").click().run()
    assert {n["id"] for n in graph_data(at)["nodes"]} == core
    assert showing(at).startswith(f"showing {len(core)} nodes")
    assert at.session_state[keys.SELECTION] == {"kind": "node", "id": left_out}
    # a node the default view draws is only focused: no step, the view stays as it was
    inside = sorted(core)[0]
    find(at, inside)
    assert at.session_state[keys.EXPANDED] == []
    assert {n["id"] for n in graph_data(at)["nodes"]} == core
    assert graph_data(at)["focus"]["id"] == inside


def test_finding_a_node_the_big_view_leaves_out_sends_the_find_box_what_it_adds(
    tmp_path, monkeypatch
):
    """Issue 21: find -> focus under 0.5 s. The run that takes the find sends the find box, ahead
    of the canvas, the node and its neighbours that it adds to the drawing and their edges, as
    the canvas's own data of that run has them, so the browser draws and centres on them
    without waiting for that data (the whole graph again). A drawn node needs none."""
    at, core, left_out, neighbours = big_app_with_a_left_out_node(tmp_path, monkeypatch)

    find(at, left_out)
    show = find_data(at)["show"]
    assert show["id"] == left_out
    data = graph_data(at)
    nodes = {n["id"]: n for n in data["nodes"]}
    added = {n["id"]: n for n in show["add"]["nodes"]}
    assert set(added) == {left_out} | (neighbours - core), "the node and what it brings"
    assert all(added[n] == nodes[n] for n in added), "drawn as the canvas will draw them"
    wanted = [e for e in data["edges"] if e["from"] in added or e["to"] in added]
    assert sorted(show["add"]["edges"], key=lambda e: e["id"]) == sorted(
        wanted, key=lambda e: e["id"]
    )
    assert {e["from"] for e in wanted} | {e["to"] for e in wanted} >= {left_out} | neighbours

    inside = sorted(core)[0]
    find(at, inside)
    assert "add" not in find_data(at)["show"]


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


def test_a_big_view_whose_shown_part_fits_says_nothing_is_left_out(tmp_path, monkeypatch):
    """More entities than the limit, but only a few linked by the relations shown by default
    (the rest only co-occur, hidden): everything shown fits, so no line may claim that the
    view was cut to its best-connected part."""
    n = filter_state.DEFAULT_NODE_LIMIT + 150
    records = synthetic_records(n, n)  # a ring through every entity
    typed = 20
    for relation in records["relations"][typed:]:
        relation["type"] = "CO_OCCURS"
    path = tmp_path / "cooccurring.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    assert len(graph_data(at)["nodes"]) == typed + 1, "the typed part of the ring, all of it"
    assert not [c for c in at.caption if "too many to draw at once" in c.value]


def test_finding_a_node_with_more_neighbours_than_the_canvas_takes_says_so(tmp_path, monkeypatch):
    """Issue 21: the details' "Show neighbours" says when only the most linked are shown, a find
    that adds a left-out node with its neighbours did not. A big view of 200 nodes with 60
    neighbours each (drawn) and one with 55 neighbours of its own (left out)."""
    core = 200
    hub, leaves = core, range(core + 1, core + 56)
    pairs = [(i, (i + k) % core) for i in range(core) for k in range(1, 31)]
    pairs += [(hub, leaf) for leaf in leaves]
    records = synthetic_records(core + 1 + len(leaves), 0, pairs=pairs)
    path = tmp_path / "hub.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    drawn = {n["id"] for n in graph_data(at)["nodes"]}
    assert drawn == {f"syn:{i}" for i in range(core)}
    assert not at.toast

    find(at, f"syn:{hub}")
    assert not at.exception
    assert [t.value for t in at.toast] == [
        f"Showing the {EXPANSION_LIMIT} most linked of {len(leaves)} neighbours."
    ]
    now = {n["id"] for n in graph_data(at)["nodes"]}
    assert now - drawn == {f"syn:{hub}"} | {f"syn:{leaf}" for leaf in leaves[:EXPANSION_LIMIT]}


def test_a_big_view_is_counted_once_for_its_filters_not_again_on_each_find(tmp_path, monkeypatch):
    """Issue 21, find -> focus: whether a big view is cut to its best-connected part needs a
    count of what its filters draw, a pass over the whole view. A run asked twice and every find
    or step asked again, with the same filters; the count is kept per filters, so the note and
    the view are as before and only a changed filter counts anew."""
    records = synthetic_records(
        filter_state.DEFAULT_NODE_LIMIT + 150, 2 * filter_state.DEFAULT_NODE_LIMIT + 300
    )
    path = tmp_path / "counted.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    counted = []
    count = filter_state._shown_node_count
    monkeypatch.setattr(
        filter_state, "_shown_node_count", lambda V, spec: counted.append(spec) or count(V, spec)
    )
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    core = {n["id"] for n in graph_data(at)["nodes"]}
    assert len(core) == filter_state.DEFAULT_NODE_LIMIT
    assert [c for c in at.caption if "too many to draw at once" in c.value]
    left_out = next(e["id"] for e in records["entities"] if e["id"] not in core)
    find(at, left_out)
    assert left_out in {n["id"] for n in graph_data(at)["nodes"]}
    next(b for b in at.button if b.key == "steps-undo").click().run()
    assert {n["id"] for n in graph_data(at)["nodes"]} == core
    assert len(counted) == 1, "one count for one set of filters"
    at.session_state[keys.MIN_MENTIONS] = 2  # the sidebar's widget, as a whole-page run sets it
    at.run()
    assert len(counted) == 2, "a changed filter is counted anew"
