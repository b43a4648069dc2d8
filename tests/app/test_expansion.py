"""The reader's steps in the explorer (ui.expansion): expand, hide, pin, undo and redo, as pure
functions on a session-state mapping, and the same steps in the app (AppTest)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from graph.filters import FilterSpec
from tests.app.mounted import graph_data
from tests.browser.support import ROOT, SAMPLE_RECORDS
from ui import expansion, keys, urlstate


def test_each_step_can_be_undone_and_redone_in_order():
    state: dict = {}
    assert expansion.take_step(state, "expand", "kb:zelensky")
    assert expansion.take_step(state, "hide", "kb:europe")
    assert expansion.take_step(state, "pin", "kb:macron")
    assert (state[keys.EXPANDED], state[keys.HIDDEN], state[keys.PINNED]) == (
        ["kb:zelensky"],
        ["kb:europe"],
        ["kb:macron"],
    )
    assert expansion.undo(state) and state[keys.PINNED] == []
    assert expansion.undo(state) and state[keys.HIDDEN] == []
    assert expansion.redo(state) and state[keys.HIDDEN] == ["kb:europe"]
    assert expansion.can_redo(state)
    # a new step forgets what was undone
    assert expansion.take_step(state, "show", "kb:europe")
    assert not expansion.can_redo(state) and not expansion.redo(state)
    assert expansion.undo(state) and expansion.undo(state) and expansion.undo(state)
    assert not expansion.undo(state)
    assert expansion.snapshot(state) == ((), (), ())


def test_a_step_that_changes_nothing_is_not_recorded():
    state: dict = {keys.HIDDEN: ["a"]}
    assert not expansion.take_step(state, "hide", "a")
    assert not expansion.take_step(state, "unpin", "a")
    assert not expansion.take_step(state, "explode", "a")
    assert not expansion.take_step(state, "hide", "")
    assert not expansion.can_undo(state)


def test_hiding_a_node_also_unpins_and_collapses_it():
    state: dict = {keys.EXPANDED: ["a", "b"], keys.PINNED: ["a"]}
    assert expansion.take_step(state, "hide", "a")
    assert state[keys.EXPANDED] == ["b"] and state[keys.PINNED] == []
    assert expansion.undo(state)
    assert state[keys.EXPANDED] == ["a", "b"] and state[keys.PINNED] == ["a"]


def test_clearing_a_list_is_one_step():
    state: dict = {keys.HIDDEN: ["a", "b"]}
    assert expansion.clear(state, keys.HIDDEN) and state[keys.HIDDEN] == []
    assert not expansion.clear(state, keys.HIDDEN)
    assert expansion.undo(state) and state[keys.HIDDEN] == ["a", "b"]


def test_history_and_lists_are_bounded():
    state: dict = {}
    for i in range(expansion.MAX_NODES + 5):
        expansion.take_step(state, "hide", f"n{i}")
    assert len(state[keys.HIDDEN]) == expansion.MAX_NODES
    for i in range(expansion.MAX_HISTORY + 5):
        expansion.take_step(state, "pin" if i % 2 == 0 else "unpin", "x")
    assert len(state[keys.STEPS_UNDO]) == expansion.MAX_HISTORY


def test_the_spec_draws_hidden_and_expanded_but_not_pinned():
    state = {keys.HIDDEN: ["a"], keys.EXPANDED: ["b"], keys.PINNED: ["c"]}
    spec = expansion.with_steps(FilterSpec(radius=2), state)
    assert (spec.hidden, spec.expanded, spec.radius) == (("a",), ("b",), 2)
    assert expansion.with_steps(FilterSpec(), {keys.PINNED: ["c"]}) == FilterSpec()


def test_ids_the_view_lacks_are_pruned_without_a_step():
    state = {keys.HIDDEN: ["a", "ghost", "a"], keys.PINNED: ["b"]}
    assert expansion.prune(state, {"a", "b"})
    assert state[keys.HIDDEN] == ["a"] and state[keys.PINNED] == ["b"]
    assert not expansion.can_undo(state)
    assert not expansion.prune(state, {"a", "b"})


@pytest.mark.parametrize(
    "value",
    [None, "hide", {"action": "hide"}, {"action": "drop", "id": "a"}, {"action": "pin", "id": 3}],
)
def test_a_malformed_canvas_action_is_ignored(value):
    assert expansion.as_action(value) is None


def test_steps_survive_a_link_and_hostile_ones_do_not():
    state = {keys.HIDDEN: ["kb:kremlin"], keys.EXPANDED: ["kb:putin"], keys.PINNED: []}
    params = urlstate.to_params(state)
    assert params == {"hidden": ["kb:kremlin"], "expanded": ["kb:putin"]}
    assert urlstate.from_params(params) == {
        keys.HIDDEN: ["kb:kremlin"],
        keys.EXPANDED: ["kb:putin"],
    }
    assert urlstate.from_params({"hidden": "kb:kremlin\x00", "pinned": ["x" * 400]}) == {}


# --------------------------------------------------------------------------- in the app


@pytest.fixture
def app(monkeypatch) -> AppTest:
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(SAMPLE_RECORDS))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["actors"] = "kb:zelensky"
    at.query_params["radius"] = "0"
    return at.run()


def drawn_nodes(at: AppTest) -> set[str]:
    return {n["id"] for n in graph_data(at)["nodes"]}


def button(at: AppTest, key: str):
    return next(b for b in at.button if b.key == key)


def test_the_details_buttons_expand_hide_and_pin_and_undo_takes_them_back(app):
    at = app
    assert drawn_nodes(at) == {"kb:zelensky"}
    at.session_state[keys.SELECTION] = {"kind": "node", "id": "kb:zelensky"}
    at.run()
    button(at, "expand-details").click()
    at.run()
    expanded = drawn_nodes(at)
    assert {"kb:zelensky", "kb:macron"} <= expanded and len(expanded) > 2
    assert at.session_state[keys.EXPANDED] == ["kb:zelensky"]

    at.session_state[keys.SELECTION] = {"kind": "node", "id": "kb:macron"}
    at.run()
    button(at, "hide-details").click()
    at.run()
    assert drawn_nodes(at) == expanded - {"kb:macron"}
    # the still selected node says the reader hid it, and offers it back
    assert any("You hid this entity" in info.value for info in at.info)
    assert [b.key for b in at.button if b.key == "show-details"] == ["show-details"]

    at.session_state[keys.SELECTION] = {"kind": "node", "id": "kb:europe"}
    at.run()
    button(at, "pin-details").click()
    at.run()
    assert graph_data(at)["pinned"] == ["kb:europe"]
    assert drawn_nodes(at) == expanded - {"kb:macron"}  # pinning draws nothing new

    button(at, "steps-undo").click()
    at.run()
    assert graph_data(at)["pinned"] == []
    button(at, "steps-undo").click()
    at.run()
    assert drawn_nodes(at) == expanded
    button(at, "steps-redo").click()
    at.run()
    assert "kb:macron" not in drawn_nodes(at)
    # the hidden list restores it
    button(at, "steps-show-kb:macron").click()
    at.run()
    assert drawn_nodes(at) == expanded


def test_showing_neighbours_that_are_all_drawn_says_so(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(SAMPLE_RECORDS))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["actors"] = "kb:zelensky"  # radius 1: Macron's one neighbour is drawn
    at.query_params["selection"] = "node:kb:macron"
    at.run()
    before = drawn_nodes(at)
    assert "kb:macron" in before
    button(at, "expand-details").click()
    at.run()
    assert [t.value for t in at.toast] == ["No more neighbours to show with the current filters."]
    assert drawn_nodes(at) == before
    # it still counts as a step, and the panel offers to collapse it
    assert at.session_state[keys.EXPANDED] == ["kb:macron"]
    assert [b.key for b in at.button if b.key == "collapse-details"] == ["collapse-details"]
