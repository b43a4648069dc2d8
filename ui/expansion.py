"""The reader's steps in the explorer (issue 21, item 2): show a node's neighbours, hide a
node, pin it in place; undo and redo each step; list what is hidden, pinned and expanded.

The steps live in session state under :data:`ui.keys.HIDDEN`, :data:`ui.keys.EXPANDED` and
:data:`ui.keys.PINNED` (lists of node ids; :mod:`ui.urlstate` puts them into the URL), with
the undo and redo history under :data:`ui.keys.STEPS_UNDO` / :data:`ui.keys.STEPS_REDO`:
snapshots of the three lists. :func:`with_steps` puts hidden and expanded into the filter
spec, so :func:`graph.views.displayed_graph` draws them (and the exports write them); pinned
nodes only hold still on the canvas (:mod:`ui.visnetwork`).

The functions on a state mapping are pure and tested without Streamlit; the widgets
(:func:`node_buttons`, :func:`steps_bar`) and the canvas's right-click menu
(:func:`on_canvas_action`) call them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping, MutableMapping
from typing import Any

import networkx as nx

from graph.expansion import EXPANSION_LIMIT, expansion
from graph.filters import FilterSpec
from ui import keys

#: action -> (the list it changes, True: adds the node / False: removes it)
ACTIONS: dict[str, tuple[str, bool]] = {
    "expand": (keys.EXPANDED, True),
    "collapse": (keys.EXPANDED, False),
    "hide": (keys.HIDDEN, True),
    "show": (keys.HIDDEN, False),
    "pin": (keys.PINNED, True),
    "unpin": (keys.PINNED, False),
}
STEP_KEYS = (keys.HIDDEN, keys.EXPANDED, keys.PINNED)
NOTHING_TO_ADD = "No more neighbours to show with the current filters."
#: Steps kept for undo; older ones are forgotten.
MAX_HISTORY = 100
#: At most this many nodes per list (a URL is typed by anyone; ui.urlstate caps it too).
MAX_NODES = 50

Snapshot = tuple[tuple[str, ...], ...]
State = MutableMapping[str, Any]


def _ids(state: Mapping[str, Any], key: str) -> list[str]:
    value = state.get(key) or ()
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def snapshot(state: Mapping[str, Any]) -> Snapshot:
    """The hidden, expanded and pinned nodes of ``state``, as one value to keep for undo."""
    return tuple(tuple(_ids(state, key)) for key in STEP_KEYS)


def _restore(state: State, snap: Snapshot) -> None:
    for key, ids in zip(STEP_KEYS, snap, strict=True):
        state[key] = list(ids)


def _record(state: State, before: Snapshot) -> None:
    """A step was taken: ``before`` can be gone back to; what was undone cannot be redone."""
    history = list(state.get(keys.STEPS_UNDO) or ())
    history.append(before)
    state[keys.STEPS_UNDO] = history[-MAX_HISTORY:]
    state[keys.STEPS_REDO] = []


def take_step(state: State, action: str, node: str) -> bool:
    """Do ``action`` (:data:`ACTIONS`) on ``node``; False (and nothing recorded) when it
    changes nothing, e.g. hiding a hidden node.

    Hiding a node also takes it off the pinned and expanded lists, so that restoring it
    brings back the node alone.

    >>> state = {}
    >>> take_step(state, "hide", "kb:putin"), take_step(state, "hide", "kb:putin")
    (True, False)
    >>> state["hidden"], undo(state), state["hidden"], redo(state), state["hidden"]
    (['kb:putin'], True, [], True, ['kb:putin'])
    """
    if action not in ACTIONS or not isinstance(node, str) or not node:
        return False
    key, add = ACTIONS[action]
    before = snapshot(state)
    ids = _ids(state, key)
    if add == (node in ids) or (add and len(ids) >= MAX_NODES):
        return False
    state[key] = [*ids, node] if add else [n for n in ids if n != node]
    if action == "hide":
        for other in (keys.EXPANDED, keys.PINNED):
            state[other] = [n for n in _ids(state, other) if n != node]
    _record(state, before)
    return True


def expand(state: State, node: str, added: int | None = None) -> bool:
    """Show ``node``'s neighbours as a step (:func:`take_step`); ``added`` (how many nodes that
    adds, when counted) leaves a notice for the reader when the canvas gets none, or only the
    most linked (:func:`expansion_notice`).  From the details, the canvas's menu or a find.

    >>> state = {}
    >>> expand(state, "kb:putin", added=412), state["expanded"], state["_steps_notice"]
    (True, ['kb:putin'], 'Showing the 50 most linked of 412 neighbours.')
    >>> expand(state, "kb:putin", added=412)  # already expanded: no step, no new notice
    False
    """
    if not take_step(state, "expand", node):
        return False
    notice = expansion_notice(added) if added is not None else ""
    if notice:
        state[keys.STEPS_NOTICE] = notice
    return True


def clear(state: State, key: str) -> bool:
    """Empty one list (show every hidden node, unpin all, collapse all) as one step."""
    if key not in STEP_KEYS or not _ids(state, key):
        return False
    before = snapshot(state)
    state[key] = []
    _record(state, before)
    return True


def undo(state: State) -> bool:
    """Go back one step; False when there is none."""
    history = list(state.get(keys.STEPS_UNDO) or ())
    if not history:
        return False
    state[keys.STEPS_REDO] = [*(state.get(keys.STEPS_REDO) or ()), snapshot(state)]
    _restore(state, history.pop())
    state[keys.STEPS_UNDO] = history
    return True


def redo(state: State) -> bool:
    """Take again the step last undone; False when there is none."""
    undone = list(state.get(keys.STEPS_REDO) or ())
    if not undone:
        return False
    state[keys.STEPS_UNDO] = [*(state.get(keys.STEPS_UNDO) or ()), snapshot(state)]
    _restore(state, undone.pop())
    state[keys.STEPS_REDO] = undone
    return True


def can_undo(state: Mapping[str, Any]) -> bool:
    return bool(state.get(keys.STEPS_UNDO))


def can_redo(state: Mapping[str, Any]) -> bool:
    return bool(state.get(keys.STEPS_REDO))


def prune(state: State, known: Any) -> bool:
    """Drop ids that ``known`` (the view's nodes) lacks, e.g. from a link to another corpus;
    not a step. True when anything went."""
    changed = False
    for key in STEP_KEYS:
        ids = _ids(state, key)
        kept = [n for n in dict.fromkeys(ids) if n in known][:MAX_NODES]
        if kept != list(state.get(key) or ()):
            state[key] = kept
            changed = True
    return changed


def is_hidden(state: Mapping[str, Any], node: str) -> bool:
    """True when the reader hid ``node``."""
    return node in _ids(state, keys.HIDDEN)


def with_steps(spec: FilterSpec, state: Mapping[str, Any]) -> FilterSpec:
    """``spec`` with the hidden and expanded nodes of ``state``: what the graph draws.

    >>> with_steps(FilterSpec(), {"hidden": ["a"], "expanded": ["b"], "pinned": ["c"]}).hidden
    ('a',)
    """
    hidden, expanded = tuple(_ids(state, keys.HIDDEN)), tuple(_ids(state, keys.EXPANDED))
    if not hidden and not expanded:
        return spec
    return dataclasses.replace(spec, hidden=hidden, expanded=expanded)


def adds(V: nx.Graph, spec: FilterSpec, displayed: Collection[Any], node: str) -> int:
    """How many nodes showing ``node``'s neighbours adds to the ``displayed`` ones."""
    return len(expansion(V, spec, displayed, node))


def label_of(V: nx.Graph, node: str) -> str:
    """A node's label (its id when the view lacks it), for the lists of hidden and pinned.

    >>> G = nx.Graph()
    >>> G.add_node("kb:putin", label="Vladimir Putin")
    >>> label_of(G, "kb:putin"), label_of(G, "kb:gone")
    ('Vladimir Putin', 'kb:gone')
    """
    return str(V.nodes[node].get("label") or node) if node in V else node


def as_action(value: object) -> tuple[str, str] | None:
    """``(action, node)`` of the canvas's right-click menu (component state ``action``:
    ``{action, id, seq}``), checked because it comes from the browser; else None.

    >>> as_action({"action": "hide", "id": "kb:putin", "seq": 3})
    ('hide', 'kb:putin')
    >>> as_action({"action": "delete", "id": "kb:putin"}) is None
    True
    """
    if not isinstance(value, Mapping):
        return None
    action, node = value.get("action"), value.get("id")
    if action not in ACTIONS or not isinstance(node, str) or not node or len(node) > 300:
        return None
    return action, node


def step_summary(state: Mapping[str, Any]) -> str:
    """One line on what the reader's steps change, for the PNG caption and the page.

    >>> step_summary({"hidden": ["a", "b"], "expanded": ["c"]})
    '2 hidden, 1 expanded'
    """
    parts = []
    for key, word in ((keys.HIDDEN, "hidden"), (keys.EXPANDED, "expanded")):
        n = len(_ids(state, key))
        if n:
            parts.append(f"{n} {word}")
    return ", ".join(parts)


# --------------------------------------------------------------------------- widgets


def _after_step() -> None:
    """The steps change what the explorer fragment draws (the counts, the steps bar, the canvas
    and its notices, the URL) and nothing outside it: that fragment alone reruns, also after a
    step taken in the canvas's own fragment inside it (the details' buttons, the right-click
    menu), instead of the whole page with its sidebar (issue 21)."""
    import streamlit as st

    st.rerun(scope=keys.EXPLORER)


def _take(action: str, node: str, adds: Callable[[str], int] | None = None) -> None:
    """Button callback: take one step; for an expansion, ``adds`` counts the nodes it adds
    (none: a notice says so, and the node still counts as expanded)."""
    import streamlit as st

    if action == "expand":
        taken = expand(st.session_state, node, adds(node) if adds is not None else None)
    else:
        taken = take_step(st.session_state, action, node)
    if taken:
        _after_step()


def _do(change: Callable[[State], bool], *args: Any) -> None:
    """Button callback: undo, redo or clear."""
    import streamlit as st

    if change(st.session_state, *args):
        _after_step()


def on_canvas_action(component_key: str, adds: Callable[[str], int] | None = None) -> None:
    """Component callback: a step chosen in the canvas's right-click menu."""
    import streamlit as st

    state = st.session_state.get(component_key) or {}
    step = as_action(state.get("action"))
    if step is not None:
        _take(*step, adds=adds)


def expansion_notice(count: int, limit: int = EXPANSION_LIMIT) -> str:
    """What the reader is told about an expansion that would add ``count`` nodes: nothing
    when they all fit on screen.

    >>> expansion_notice(0) == NOTHING_TO_ADD, expansion_notice(3)
    (True, '')
    >>> expansion_notice(412, limit=50)
    'Showing the 50 most linked of 412 neighbours.'
    """
    if count == 0:
        return NOTHING_TO_ADD
    if count > limit:
        return f"Showing the {limit} most linked of {count} neighbours."
    return ""


def canvas_steps(state: Mapping[str, Any]) -> dict[str, list[str]]:
    """What the canvas needs of the steps: pinned nodes hold still, and the right-click menu
    offers "Unpin" and "Collapse" where they apply.

    >>> canvas_steps({"pinned": ["a"]})
    {'pinned': ['a'], 'expanded': []}
    """
    return {"pinned": _ids(state, keys.PINNED), "expanded": _ids(state, keys.EXPANDED)}


def node_buttons(
    node: str, on_screen: bool, adds: Callable[[str], int] | None = None, where: str = "details"
) -> None:
    """The details panel's row for a node: show or collapse its neighbours (``adds`` counts
    what an expansion adds, for a notice when nothing), hide it, pin or unpin it."""
    import streamlit as st

    state = st.session_state
    expanded = node in _ids(state, keys.EXPANDED)
    pinned = node in _ids(state, keys.PINNED)
    with st.container(horizontal=True, key=f"node-steps-{where}"):
        if expanded:
            st.button(
                "Collapse neighbours",
                key=f"collapse-{where}",
                icon=":material/unfold_less:",
                help="Take back the neighbours this node's expansion showed",
                on_click=_take,
                args=("collapse", node),
            )
        else:
            st.button(
                "Show neighbours",
                key=f"expand-{where}",
                icon=":material/unfold_more:",
                help="Show the nodes one relation away, over the types the filters let in",
                on_click=_take,
                args=("expand", node),
                kwargs={"adds": adds},
            )
        if is_hidden(state, node):
            st.button(
                "Show again",
                key=f"show-{where}",
                icon=":material/visibility:",
                help="You hid this node: put it back on the graph",
                on_click=_take,
                args=("show", node),
            )
        else:
            st.button(
                "Hide",
                key=f"hide-{where}",
                icon=":material/visibility_off:",
                help="Take this node off the graph (undo, or restore it from the Hidden list)",
                on_click=_take,
                args=("hide", node),
                disabled=not on_screen,
            )
        st.button(
            "Unpin" if pinned else "Pin",
            key=f"pin-{where}",
            icon=":material/push_pin:",
            help="Hold this node where it is on the canvas",
            on_click=_take,
            args=("unpin" if pinned else "pin", node),
            disabled=not on_screen,
        )


def steps_bar(label_of: Callable[[str], str]) -> None:
    """Above the canvas, once the reader took a step: undo, redo, and the hidden, pinned and
    expanded nodes, each listed with a button that restores it."""
    import streamlit as st

    state = st.session_state
    notice = state.pop(keys.STEPS_NOTICE, None)
    if notice:
        st.toast(notice, icon=":material/info:")
    lists = {key: _ids(state, key) for key in STEP_KEYS}
    if not any(lists.values()) and not can_undo(state) and not can_redo(state):
        return
    with st.container(horizontal=True, vertical_alignment="center", key="steps-bar"):
        st.button(
            "Undo",
            key="steps-undo",
            icon=":material/undo:",
            type="tertiary",
            disabled=not can_undo(state),
            on_click=_do,
            args=(undo,),
        )
        st.button(
            "Redo",
            key="steps-redo",
            icon=":material/redo:",
            type="tertiary",
            disabled=not can_redo(state),
            on_click=_do,
            args=(redo,),
        )
        for key, title, restore, undo_action in (
            (keys.HIDDEN, "Hidden", "Show", "show"),
            (keys.PINNED, "Pinned", "Unpin", "unpin"),
            (keys.EXPANDED, "Expanded", "Collapse", "collapse"),
        ):
            ids = lists[key]
            if not ids:
                continue
            with st.popover(f"{title} ({len(ids)})", key=f"steps-{key}"):
                for node in ids:
                    left, right = st.columns([3, 1], vertical_alignment="center")
                    left.text(label_of(node))
                    right.button(
                        restore,
                        key=f"steps-{undo_action}-{node}",
                        on_click=_take,
                        args=(undo_action, node),
                    )
                st.button(
                    f"{restore} all",
                    key=f"steps-clear-{key}",
                    on_click=_do,
                    args=(clear, key),
                )
