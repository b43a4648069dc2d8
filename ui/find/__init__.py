"""The find box: one search over every node's label and aliases in any language ("Poetin",
"Zelenski", "Kremlin"); choosing a name focuses the graph on that node (issue 21).

A Streamlit custom component (v2, ``frontend/find.js``) instead of a selectbox: the selectbox
was sent every name (5,000 on a big store, 178 kB) with each run of the explorer and took
0.5-1.5 s in the browser to close its list on Enter.  The component gets the names once per
session and view (:func:`payload`: the list goes only when the browser lacks its hash, as the
canvas's graph does, ui.visnetwork), matches them in the browser as the reader types, and
sets its state ``chosen`` to ``{id, seq}`` on Enter or a click.  A node the canvas draws is
centred in the browser at once, and the details pane (ui.details_pane) draws its details from
the panels it holds; the server then selects it (:func:`take_chosen`).  A node the view left
out has no panel in the page: the run that takes the choice sends the box that node's panel
(data ``show``: ``{seq, token, html}``, from the ``panel`` callable of :func:`find_box`), which
the box has the details pane draw at once, before the canvas and the panel of that run come
(issue 21: find -> details under 0.5 s).  When that run adds the node to the drawing (as an
expanded node, beside it), ``show`` carries the nodes and edges it adds (``add``, from the
``adds`` callable, :func:`additions`), and the box has the canvas draw them and centre on the
node at once: the canvas's own update of that run (the whole graph, 100 kB on a big view)
takes the browser 0.1-0.3 s more to apply, and the focus no longer waits for it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Mapping, MutableMapping, Sequence
from pathlib import Path
from typing import Any

import streamlit as st

FRONTEND = Path(__file__).resolve().parent / "frontend"
COMPONENT_NAME = "newsgraph.find"
#: The list under the box shows at most this many names (the rest: "type more").
LIMIT = 50
_SENT = "_find_sent:"  # session state: the hash of the names this session's browser holds
_DONE = "_find_done:"  # session state: the seq of the last choice taken
_SHOW = "_find_show:"  # session state: (node, seq) of a choice taken whose panel is not sent

_component_func = st.components.v2.component(
    COMPONENT_NAME,
    js=(FRONTEND / "find.js").read_text(encoding="utf-8"),
    css=(FRONTEND / "find.css").read_text(encoding="utf-8"),
    isolate_styles=False,  # the box in the page: "/" and the keyboard reach it like any input
)


def rows_text(names: Mapping[str, str]) -> str:
    """The names as the component gets them: JSON text of ``[[id, text], ...]`` in their order.

    >>> rows_text({"kb:putin": "Vladimir Putin (PERSON) · Poetin"})
    '[["kb:putin", "Vladimir Putin (PERSON) · Poetin"]]'
    """
    return json.dumps([[str(n), str(text)] for n, text in names.items()], ensure_ascii=False)


#: The last names seen, their text and hash: the explorer's runs pass the same cached dict
#: (ui.filter_state.cached_options), and writing and hashing 5,000 names cost 10 ms a run.
_last: tuple[Mapping[str, str] | None, str, str] = (None, "", "")


def _rows(names: Mapping[str, str]) -> tuple[str, str]:
    """:func:`rows_text` of ``names`` and its hash, from :data:`_last` when it is that dict."""
    global _last
    last = _last
    if last[0] is names:
        return last[1], last[2]
    text = rows_text(names)
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
    _last = (names, text, digest)
    return text, digest


def additions(
    vis: Mapping[str, Sequence[Mapping[str, Any]]], before: Collection[Any]
) -> dict[str, list[Mapping[str, Any]]] | None:
    """What a view's vis payload (``{nodes, edges}``, graph.vis) draws beyond the nodes
    ``before`` (what the canvas drew): its other nodes, and every edge with an end among them;
    None when it draws no other node.

    >>> vis = {"nodes": [{"id": "a"}, {"id": "x"}, {"id": "y"}],
    ...        "edges": [{"id": "r1", "from": "x", "to": "a"}, {"id": "r2", "from": "a", "to": "b"},
    ...                  {"id": "r3", "from": "y", "to": "x"}]}
    >>> added = additions(vis, {"a", "b"})
    >>> [n["id"] for n in added["nodes"]], [e["id"] for e in added["edges"]]
    (['x', 'y'], ['r1', 'r3'])
    >>> additions(vis, {"a", "x", "y"}) is None
    True
    """
    nodes = [n for n in vis.get("nodes", ()) if n.get("id") not in before]
    if not nodes:
        return None
    new = {n["id"] for n in nodes}
    edges = [e for e in vis.get("edges", ()) if e.get("from") in new or e.get("to") in new]
    return {"nodes": nodes, "edges": edges}


def payload(
    state: MutableMapping[str, Any],
    key: str,
    names: Mapping[str, str],
    *,
    label: str = "Find",
    placeholder: str = "",
    panel: Callable[[str], Mapping[str, str] | None] | None = None,
    adds: Callable[[str], Mapping[str, Any] | None] | None = None,
) -> dict[str, Any]:
    """The component's data for this run: the names only when ``state`` (the session) has not
    sent their hash to the browser yet, otherwise their hash alone; and, once after a choice
    taken (:func:`take_chosen`), the chosen node's ``panel`` (``{token, html}``) as ``show``,
    with its ``id`` and what the run adds to the drawing for it (``adds``: :func:`additions`),
    if anything, as ``add``.

    >>> state = {}
    >>> first = payload(state, "find", {"a": "A (ORG)"})
    >>> sorted(first), first["rows"]
    (['hash', 'label', 'limit', 'placeholder', 'rows'], '[["a", "A (ORG)"]]')
    >>> "rows" in payload(state, "find", {"a": "A (ORG)"})
    False
    >>> "rows" in payload(state, "find", {"b": "B (ORG)"})
    True
    >>> state[_SHOW + "find"] = ("b", "7")
    >>> def panel(node):
    ...     return {"token": "t", "html": node}
    >>> payload(state, "find", {"b": "B (ORG)"}, panel=panel)["show"]
    {'token': 't', 'html': 'b', 'seq': '7', 'id': 'b'}
    >>> "show" in payload(state, "find", {"b": "B (ORG)"}, panel=panel)
    False
    >>> state[_SHOW + "find"] = ("b", "8")
    >>> def adds(node):
    ...     return {"nodes": [{"id": node}], "edges": []}
    >>> payload(state, "find", {"b": "B (ORG)"}, panel=panel, adds=adds)["show"]["add"]
    {'nodes': [{'id': 'b'}], 'edges': []}
    """
    text, digest = _rows(names)
    data: dict[str, Any] = {
        "hash": digest,
        "label": label,
        "placeholder": placeholder,
        "limit": LIMIT,
    }
    if state.get(_SENT + key) != digest:
        data["rows"] = text
        state[_SENT + key] = digest
    pending = state.pop(_SHOW + key, None)
    item = panel(pending[0]) if pending and panel is not None else None
    if item:
        data["show"] = {**item, "seq": pending[1], "id": pending[0]}
        added = adds(pending[0]) if adds is not None else None
        if added:
            data["show"]["add"] = added
    return data


def forget_sent(state: MutableMapping[str, Any], key: str) -> None:
    """The browser lacks the names (a new page on the same session): send them again."""
    state.pop(_SENT + key, None)


def take_chosen(state: MutableMapping[str, Any], key: str, names: Mapping[str, str]) -> str | None:
    """The node the reader chose in the box since the last call, once; None if none (or one
    the names do not list: component state comes from the browser, so it is checked).

    >>> state = {"find": {"chosen": {"id": "a", "seq": "1"}}}
    >>> take_chosen(state, "find", {"a": "A"}), take_chosen(state, "find", {"a": "A"})
    ('a', None)
    >>> state["find"] = {"chosen": {"id": "zz", "seq": "2"}}
    >>> take_chosen(state, "find", {"a": "A"}) is None
    True
    """
    value = state.get(key)
    chosen = value.get("chosen") if isinstance(value, Mapping) else None
    if not isinstance(chosen, Mapping):
        return None
    node, seq = chosen.get("id"), chosen.get("seq")
    if not isinstance(node, str) or seq is None or state.get(_DONE + key) == str(seq):
        return None
    state[_DONE + key] = str(seq)
    if node not in names:
        return None
    state[_SHOW + key] = (node, str(seq))
    return node


def last_taken(state: Mapping[str, Any], key: str) -> str | None:
    """The seq of the last choice :func:`take_chosen` took (the details pane's drawing of that
    find gives way once the server has answered it).

    >>> last_taken({_DONE + "find": "7"}, "find"), last_taken({}, "find")
    ('7', None)
    """
    seq = state.get(_DONE + key)
    return seq if isinstance(seq, str) else None


def find_box(
    names: Mapping[str, str],
    *,
    key: str,
    label: str,
    placeholder: str,
    panel: Callable[[str], Mapping[str, str] | None] | None = None,
    adds: Callable[[str], Mapping[str, Any] | None] | None = None,
) -> None:
    """Draw the box over ``names`` ({node id: what it shows and matches}, most mentioned
    first); the reader's choice reruns the enclosing fragment, which takes it with
    :func:`take_chosen`.  ``panel``: a node's details as the details pane draws them
    (ui.details_pane.node_item), sent once after a choice; ``adds``: what the run that took
    the choice adds to the drawing for that node (:func:`additions`), sent with them."""
    _component_func(
        key=key,
        data=payload(
            st.session_state,
            key,
            names,
            label=label,
            placeholder=placeholder,
            panel=panel,
            adds=adds,
        ),
        default={"chosen": None, "missing": None},
        height="content",
        on_chosen_change=_ignore,
        on_missing_change=lambda: forget_sent(st.session_state, key),
    )


def _ignore() -> None:
    """Streamlit needs a callback to register a state key; the choice is taken in the run."""
