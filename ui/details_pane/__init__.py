"""The details of what the reader clicks, drawn by the browser at once (issue 20: click ->
sentences at most 2x a bare Streamlit round trip).

A click on the canvas used to wait for a run of the canvas's fragment: the server's part is
small, but every message makes the browser re-render the page, 200-250 ms of CPU per click.
So the browser gets, once per corpus, view and filters, each drawn node's and edge's panel as
escaped HTML (:func:`panel_items`, made by ``ui.details.panel_html``, the same functions that
the panel's own blocks use), and a click draws the clicked item's panel from it in the same
frame (``frontend/pane.js``); the click still reruns the fragment, whose panel (with the buttons,
the corrections and the "Read the whole article" buttons) takes over when it arrives.

The component (:func:`pane`) is an element at the top of the details column, outside any
shadow root, so the page's tests and styles find its headings as they find the panel's.  The
panel below it sits in a container keyed by the selection (:func:`panel_key`): while the
browser shows a click's details, it hides a panel of another selection (one that is about to
be replaced), and hides its own drawing as soon as the panel of the same selection is there.

Data (ui.visnetwork's wire format; the items go only when the browser lacks them, as the
canvas's graph does): ``{hash, items: {"node:<id>" | "edge:<id>": {token, html}}, token, seq,
found}``; ``token`` is the selection the panel below shows, ``seq`` the last click the server
has seen (the canvas's state ``selection.seq``) and ``found`` the last choice in the find box
it has taken (ui.find): the browser's drawing of a click or a find gives way once the server
has answered it.  Its state ``missing`` asks for the items again.

A find draws its node's details the same way (issue 21: find -> details under 0.5 s): from
the items when the view draws the node, else from the one panel (:func:`node_item`) that the
find box gets with the run its choice causes, before that run's canvas and panel.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import networkx as nx
import streamlit as st

from ui import details
from ui.visnetwork import Selection, forget_sent, send_once, wire_data

FRONTEND = Path(__file__).resolve().parent / "frontend"
COMPONENT_NAME = "newsgraph.details"

#: The items go to the browser only while their HTML stays under this many characters: they go
#: again with every filter change, and a big view's hubs have long panels (200 nodes of a
#: 5,000-entity store: 3.2 MB; all 800 items of a 300-entity view: 1.8 MB; the sample: all).
#: The items left out (the least connected nodes, then edges) are drawn by the panel's run.
MAX_ITEMS_CHARS = 2_000_000
HEAVY_KEYS = ("items",)
PANEL_PREFIX = "ng-details-"
#: What the panel says while nothing is selected.
HINT = "Click a node or an edge to read the sentences behind it."


def token(selection: Selection | Mapping[str, Any] | None) -> str:
    """A short name of a selection that can be part of an element's key and CSS class.

    >>> token(None), token({"kind": "node", "id": "kb:putin"})
    ('none', 'n4322d3b94a49')
    """
    if not selection:
        return "none"
    kind, ident = str(selection.get("kind")), str(selection.get("id"))
    digest = hashlib.sha1(f"{kind}\0{ident}".encode()).hexdigest()[:12]
    return kind[:1] + digest


def panel_key(selection: Selection | Mapping[str, Any] | None) -> str:
    """The key of the container that holds the panel of ``selection`` (its CSS class is
    ``st-key-`` + this, which the browser's drawing of a click looks for)."""
    return PANEL_PREFIX + token(selection)


def panel_end(selection: Selection | Mapping[str, Any] | None) -> str:
    """The panel's last element: once the one of its selection is in the page, the panel is
    whole and takes over.  (Named by the selection: while a run replaces a panel, the new
    container holds the old one's elements until its own come, the old end among them.)

    >>> panel_end(None)
    '<i class="ng-panel-end ng-end-none"></i>'
    """
    return f'<i class="ng-panel-end ng-end-{token(selection)}"></i>'


def node_item(
    V: nx.MultiDiGraph, node: str, mentions: details.MentionIndex, hide_types: Collection[str] = ()
) -> dict[str, str] | None:
    """The panel of ``node`` as the items hold it (``{token, html}``), None when the view ``V``
    lacks it.  A node's panel depends on the view and ``hide_types`` alone, not on what is
    drawn: the same before and after a find adds the node to the drawing."""
    if node not in V:
        return None
    info = details.node_details(V, node, mentions, hide_types=hide_types)
    return {"token": token({"kind": "node", "id": node}), "html": details.panel_html(info)}


def panel_items(
    V: nx.MultiDiGraph,
    drawn: nx.Graph,
    mentions: details.MentionIndex,
    hide_types: Collection[str] = (),
    max_chars: int = MAX_ITEMS_CHARS,
) -> dict[str, dict[str, str]]:
    """Every drawn node's and edge's panel as ``{"node:<id>" | "edge:<id>": {token, html}}``,
    as the details panel shows them: a node from the view ``V`` (relations of ``hide_types``
    left out), an edge from the drawn graph with ``V`` to look its relations up in.  The
    best-connected nodes come first; once the HTML passes ``max_chars``, the rest is left out.
    """
    items: dict[str, dict[str, str]] = {}
    size = 0

    def add(kind: str, ident: str, info: details.NodeDetails | details.EdgeDetails) -> bool:
        nonlocal size
        html = details.panel_html(info)
        size += len(html)
        if size > max_chars:
            return False
        items[f"{kind}:{ident}"] = {"token": token({"kind": kind, "id": ident}), "html": html}
        return True

    for node in sorted(drawn, key=lambda n: (-drawn.degree(n), str(n))):
        if node in V and not add(
            "node", str(node), details.node_details(V, node, mentions, hide_types=hide_types)
        ):
            return items
    if drawn.is_multigraph():
        edges = ((u, v, k, str(k)) for u, v, k in drawn.edges(keys=True))
    else:
        edges = ((u, v, d.get("id", f"{u}->{v}"), None) for u, v, d in drawn.edges(data=True))
    for u, v, key, ident in edges:
        ident = ident or str(key)
        info = details.edge_details(drawn, ident, mentions, base=V, at=(u, v, key))
        if not add("edge", ident, info):
            return items
    return items


@st.cache_resource(max_entries=32, show_spinner=False)
def cached_items(
    content_hash: str,
    view: str,
    spec_key: str,
    hide_types: tuple[str, ...],
    _V: nx.MultiDiGraph,
    _drawn: nx.Graph,
    _mentions: details.MentionIndex,
) -> tuple[dict[str, dict[str, str]], str]:
    """:func:`panel_items` of what is shown and their hash, once per corpus, view and filters.
    Shared between sessions: read-only."""
    items = panel_items(_V, _drawn, _mentions, hide_types)
    text = json.dumps(items, sort_keys=True, ensure_ascii=False)
    return items, hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def component_js() -> str:
    """Our ES module (``frontend/pane.js``), small: Streamlit sends it with every rerun."""
    return (FRONTEND / "pane.js").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def component_css() -> str:
    """The pane's stylesheet (global: the pane is not in a shadow root)."""
    return (FRONTEND / "pane.css").read_text(encoding="utf-8")


_component_func = st.components.v2.component(
    COMPONENT_NAME, js=component_js(), css=component_css(), isolate_styles=False
)


def pane(
    items: Mapping[str, Mapping[str, str]] | None,
    items_hash: str,
    *,
    key: str,
    selection: Selection | None,
    seq: int,
    found: str | None = None,
) -> None:
    """Draw the pane: the browser's drawing of a click's details, above the panel of
    ``selection`` (the selection this run shows); ``seq`` is the last click this session has
    seen, ``found`` the last find box choice it has taken (ui.find.last_taken).  ``items``
    (from :func:`cached_items`) go when the browser lacks them; None sends none (a new
    page's first run: the graph comes first, ui.first_paint)."""
    data: dict[str, Any] = {"hash": items_hash if items is not None else "", "seq": int(seq)}
    if items is not None:
        data["items"] = dict(items)
    data["token"] = token(selection)
    data["found"] = found
    data["prefix"] = PANEL_PREFIX
    data["hint"] = HINT
    _component_func(
        key=key,
        data=wire_data(send_once(data, key, HEAVY_KEYS)),
        default={"missing": None},
        height="content",
        on_missing_change=partial(forget_sent, key),
    )


def click_seq(value: object) -> int | None:
    """The ``seq`` of a canvas selection state (a click's number in the page), if any.

    >>> click_seq({"kind": "node", "id": "a", "seq": 7}), click_seq(None)
    (7, None)
    """
    if isinstance(value, Mapping):
        seq = value.get("seq")
        if isinstance(seq, int) and not isinstance(seq, bool):
            return seq
    return None
