"""The graph component: vis-network inside a Streamlit custom component (v2).

The component has no iframe and no build step: its JavaScript is ``frontend/network.js``;
``vis-network.min.js`` from the installed pyvis wheel is a file of this server (its folder is
served as a components v1 folder, :func:`vis_url`) that the browser fetches once and then
takes from its cache, so nothing is loaded from a CDN, the app works offline, and a new page
no longer waits for 470 kB of library in its websocket messages (nor the server for encoding
and hashing them).  A click on a node or an edge sets the component
state ``selection`` to ``{"kind": "node" | "edge", "id": ...}``; clicking the background
sets it to ``None``.  When the reader opens the tab that the data's ``positions_tab`` names
(the Export tab), it sets the state ``positions`` to ``{node id: [x, y]}``, where the nodes are
on the canvas (also where the reader dragged them; :func:`as_positions` checks it), so that
exports can place the nodes where the reader saw them (through :func:`positions_reporter` where
one is drawn for the canvas); the tab's own rerun carries them, so no
rerun of their own lands under the reader's typing or clicks (a report on a timer after drawing
did).  When the data
says ``report_drawn`` (a new page's first run, ui.first_paint), it sets the state ``drawn`` once
the graph is on screen, and the rerun that causes draws the rest of the page; the report says
where the browser's physics settled the nodes, which this server keeps for the view (by its
data's hash, :func:`settled_layout`) and sends to the next page that draws it (data
``settled``), so that page draws them there at once instead of running the physics again.
Its "PNG" button draws the network at twice the pixel ratio with the legend and ``caption``
(plain text, drawn with fillText) and downloads it.  Its zoom buttons (−, +) and "Fit" move
the view; the canvas takes the keyboard's focus (arrow keys pan, + and - zoom).

The reader's steps (:mod:`ui.expansion`): a right-click on a node (or the menu key on the
selected one) opens a menu to show its neighbours, hide it or pin it; the choice sets the state
``action`` to ``{"action", "id", "seq"}``.  The data's ``pinned`` nodes hold still on the canvas
and ``expanded`` tells the menu to offer "Collapse".  Labels, the legend, the menu and the PNG
take the page's theme colours, so the canvas reads in light and dark mode alike.

What a rerun sends: Streamlit skips an element whose definition and data are unchanged, but
sends all of it again when anything in it changes, and a find or a table row changes the
focus request.  So the heavy part goes only when the browser lacks it: the graph (nodes, edges,
options, legend; 5 MB at 5,000 entities) only when its hash differs from the one this session
last sent.  Otherwise the
data is "lean": the hash, the focus request, caption and file name.  The browser keeps the
last graph per component (also across remounts) and, if it ever lacks what a lean message
refers to, asks for it (state ``missing``), and the next run sends everything again.
:func:`held_payload` says what the browser holds.

Only :func:`network`, :func:`positions_reporter`, :func:`mount_data` and :func:`held_payload`
are public; the registered
component callable stays private, as in Streamlit's component template.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Collection, Mapping, MutableMapping
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Literal, TypedDict

import streamlit as st
from streamlit.components.v1 import declare_component

from graph.style import legend
from graph.vis import BASE_OPTIONS, EDGE_LABEL_LIMIT, PHYSICS_NODE_LIMIT, straight_options

FRONTEND = Path(__file__).resolve().parent / "frontend"
#: The vis library of the installed pyvis wheel, found without importing pyvis (its IPython and
#: Jinja would cost a new server's first page ~0.5 s).
VIS_JS = (
    Path(importlib.util.find_spec("pyvis").origin).resolve().parent
    / "templates"
    / "lib"
    / "vis-9.1.2"
    / "vis-network.min.js"
)
COMPONENT_NAME = "newsgraph.network"

#: The vis library's folder is served by Streamlit's component server as a components v1
#: folder, never drawn as a component of its own: GET ``component/<name>/<file>`` answers with
#: the file, so the browser fetches and caches it like any script, off the websocket.
VIS_FILES_NAME = "vislib"


@lru_cache(maxsize=1)
def vis_url() -> str:
    """The library's address, relative to the app's page (the component resolves it against
    the page's base URI, so a ``server.baseUrlPath`` is kept); ``v`` names its content, so the
    browser's cached copy is used only while the file is the same.

    Declares the folder the first time, from a script run (Streamlit registers a component
    folder only there).
    """
    files = declare_component(VIS_FILES_NAME, path=str(VIS_JS.parent))
    version = hashlib.sha256(VIS_JS.read_bytes()).hexdigest()[:16]
    return f"component/{files.name}/{VIS_JS.name}?v={version}"


DEFAULT_HEIGHT = 620


class Selection(TypedDict):
    """What the user clicked: a node id or an edge id of the current view."""

    kind: Literal["node", "edge"]
    id: str


def needs_server_layout(n_nodes: int) -> bool:
    """True when a view is too big for in-browser physics and needs ``graph.layout`` positions.

    >>> needs_server_layout(120), needs_server_layout(800)
    (False, True)
    """
    return n_nodes > PHYSICS_NODE_LIMIT


def as_selection(value: object) -> Selection | None:
    """The selection in ``value`` if it is a well-formed ``{kind, id}``, else None.

    Component state comes from the browser, so it is checked before use.

    >>> as_selection({"kind": "node", "id": "kb:putin"})
    {'kind': 'node', 'id': 'kb:putin'}
    >>> as_selection({"kind": "table", "id": 3}) is None
    True
    """
    if not isinstance(value, Mapping):
        return None
    kind, ident = value.get("kind"), value.get("id")
    if kind not in ("node", "edge") or not isinstance(ident, str) or not ident:
        return None
    return Selection(kind=kind, id=ident)


#: At most this many node positions are taken from the browser.
MAX_POSITIONS = 200_000


def as_positions(value: object) -> dict[str, tuple[float, float]]:
    """The well-formed ``{id: [x, y]}`` entries of ``value`` (component state comes from the
    browser, so it is checked before use); anything else gives ``{}``.

    >>> as_positions({"kb:a": [1, 2.5], "kb:b": ["x", 1], "kb:c": [1e400, 0], 3: [0, 0]})
    {'kb:a': (1.0, 2.5)}
    >>> as_positions("no")
    {}
    """
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, tuple[float, float]] = {}
    for ident, xy in value.items():
        if len(out) >= MAX_POSITIONS:
            break
        if not isinstance(ident, str) or not isinstance(xy, list | tuple) or len(xy) != 2:
            continue
        if not all(isinstance(c, int | float) and not isinstance(c, bool) for c in xy):
            continue
        x, y = float(xy[0]), float(xy[1])
        if math.isfinite(x) and math.isfinite(y):
            out[ident] = (x, y)
    return out


def mount_data(
    payload: Mapping[str, Any],
    data_hash: str,
    *,
    height: int = DEFAULT_HEIGHT,
    caption: str = "",
    png_name: str = "newsgraph.png",
    positions_tab: str = "",
    settled: Mapping[str, tuple[float, float]] | None = None,
) -> dict[str, Any]:
    """The JSON the component receives: vis nodes/edges, options and the physics decision.

    ``payload`` is ``graph.vis.vis_data(...)``. ``legend`` lists the entity types, the
    relation types (by family) and the line styles of the modes on screen, for the on-canvas
    legend.  When every node already has ``x``/``y``
    (server-side layout) physics stays off; otherwise the browser runs at most 200
    stabilisation iterations and then freezes.  ``data_hash`` lets the browser keep the
    existing network when nothing changed.  ``caption`` (plain text: source, filters, dates,
    counts) goes under the PNG the component's button downloads as ``png_name``.  The browser
    reports where the nodes are (state ``positions``) as the reader opens the page's tab named
    ``positions_tab`` (the exports' tab; none when empty).  ``settled``: where an earlier
    page's physics settled these nodes (:func:`settled_layout`); sent only when it places every
    node of a graph the browser lays out, which then draws them there without physics.

    The selection is deliberately not part of the data: a click then leaves the data
    unchanged, so Streamlit resends nothing and the browser keeps the network as it is
    (the browser highlights the clicked item itself).

    >>> data = mount_data({"nodes": [{"id": "a", "entity_type": "ORG"}], "edges": []}, "h1")
    >>> data["physics"], data["hash"], [row["label"] for row in data["legend"]]
    (True, 'h1', ['org'])
    >>> big = mount_data({"nodes": [{"id": "a", "x": 0, "y": 1}], "edges": []}, "h2")
    >>> big["physics"], big["options"]["edges"]["smooth"]
    (False, False)
    """
    nodes = list(payload.get("nodes", ()))
    edges = list(payload.get("edges", ()))
    positioned = bool(nodes) and all("x" in n and "y" in n for n in nodes)
    # big graph, no physics: straight edges draw faster and read better
    options = straight_options() if positioned else BASE_OPTIONS
    extra = {}
    if settled and not positioned and all(n.get("id") in settled for n in nodes):
        extra["settled"] = {n["id"]: list(settled[n["id"]]) for n in nodes}
    return {
        **extra,
        "hash": data_hash,
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "physics": not positioned,
        "positioned": positioned,
        "height": int(height),
        "legend": legend(
            {str(n.get("entity_type") or "") for n in nodes},
            {str(e.get("relation") or "") for e in edges},
            {str(e.get("mode") or "") for e in edges},
        ),
        "edge_label_limit": EDGE_LABEL_LIMIT,
        "caption": str(caption),
        "png_name": str(png_name),
        "positions_tab": str(positions_tab),
    }


@lru_cache(maxsize=1)
def component_js() -> str:
    """Our ES module (``frontend/network.js``), the component's inline script: small,
    because Streamlit sends it with every rerun."""
    return (FRONTEND / "network.js").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def component_css() -> str:
    """The component's stylesheet (canvas box and tooltip)."""
    return (FRONTEND / "network.css").read_text(encoding="utf-8")


_component_func = st.components.v2.component(
    COMPONENT_NAME, js=component_js(), css=component_css(), isolate_styles=True
)


def network(
    data: Mapping[str, Any],
    *,
    key: str,
    on_select: Callable[[], None] | None = None,
    on_positions: Callable[[], None] | None = None,
    on_action: Callable[[], None] | None = None,
) -> Selection | None:
    """Draw the network described by ``mount_data(...)`` and return the current selection.

    ``key`` names the component in ``st.session_state``; ``on_select`` runs (as a Streamlit
    callback, before the rerun) whenever the user clicks a node, an edge or the background;
    ``on_positions`` when the browser reports where the nodes are (state ``positions``, sent
    as the reader opens the data's ``positions_tab``);
    ``on_action`` when the reader picks a step in a node's right-click menu (state
    ``action``: ``{action, id, seq}``, see :func:`ui.expansion.as_action`).
    """
    result = _component_func(
        key=key,
        data=wire_data(_to_send(data, key)),
        default={
            "selection": None,
            "positions": None,
            "missing": None,
            "action": None,
            "drawn": None,
        },
        height="content",
        on_selection_change=on_select or _ignore,
        on_positions_change=on_positions or _ignore,
        on_action_change=on_action or _ignore,
        on_missing_change=partial(forget_sent, key),
        on_drawn_change=partial(remember_drawn, key),  # data["report_drawn"]
    )
    return as_selection(result.get("selection"))


def positions_reporter(*, key: str, on_positions: Callable[[], None] | None = None) -> None:
    """An empty element that carries the canvas' positions (its state ``positions``, as
    described in :func:`network`) in place of the canvas itself; a page has one canvas.

    The canvas and the details panel rerun as a fragment of their own on a click; a report
    from there would rerun only that fragment, beside the Export tab's own rerun, and the
    downloads went missing.  Drawn outside that fragment (in the explorer, with the tabs),
    the report reruns what the tab reruns, as before.  ``on_positions`` runs when it
    reports.
    """
    _component_func(
        key=key,
        data=wire_data({"positions_reporter": True}),
        default={"positions": None},
        height="content",
        on_positions_change=on_positions or _ignore,
    )


#: The parts of mount_data(...) sent only when the browser lacks them.
HEAVY_KEYS = ("nodes", "edges", "options", "legend", "settled")
_HELD = "_visnetwork_held:"  # session state: {"hash": ..., "data": ...} the browser was sent
_SESSION = "_visnetwork_session"  # session state: this session's token (see _to_send)


def _to_send(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    """``data`` as this rerun sends it: whole when the browser lacks it, else lean (see the
    module's docstring), with where the vis library is (``vis_url``) and this session's token
    (``session``: a page that meets a new one, a restarted server, reports the canvas's
    positions again, as the new session holds none)."""
    out = send_once(data, key, HEAVY_KEYS)
    out["vis_url"] = vis_url()
    out["session"] = st.session_state.setdefault(_SESSION, uuid.uuid4().hex[:12])
    return out


def send_once(data: Mapping[str, Any], key: str, heavy: Collection[str]) -> dict[str, Any]:
    """``data`` of component ``key`` as this rerun sends it: whole when the browser lacks it,
    else without its ``heavy`` parts and marked ``lean`` (the browser holds them under the
    same ``hash``).  Also for other components that send big data once (ui.details_pane)."""
    state = st.session_state
    held = state.get(_HELD + key)
    if isinstance(held, Mapping) and held.get("hash") == data.get("hash"):
        out = {name: value for name, value in data.items() if name not in heavy}
        out["lean"] = True
    else:
        out = dict(data)
        state[_HELD + key] = {"hash": data.get("hash"), "data": dict(data)}
    return out


#: How many views' settled layouts the server keeps (the least recently drawn go first).
SETTLED_VIEWS = 64
#: A settled layout whose coordinates go beyond this is not kept (vis's are a few thousand).
SETTLED_BOUND = 1e6


@st.cache_resource(show_spinner=False)
def _settled_layouts() -> tuple[OrderedDict[str, dict[str, tuple[float, float]]], threading.Lock]:
    """Every session's store of settled layouts, by data hash, and its lock (sessions run in
    threads of their own)."""
    return OrderedDict(), threading.Lock()


def settled_layout(data_hash: str) -> dict[str, tuple[float, float]] | None:
    """Where the browser's physics settled the nodes of the vis data hashed ``data_hash``, as
    the first page that drew it reported (``drawn``); None when no page did yet.

    vis lays a graph out from a fixed seed (graph.vis ``randomSeed``), so a new page would
    settle the nodes at the same places: given them it draws at once, without 200 physics
    iterations (issue 20: page load -> graph drawn, about 0.1-0.2 s of a new page's wait)."""
    layouts, lock = _settled_layouts()
    with lock:
        found = layouts.get(data_hash)
        if found is not None:
            layouts.move_to_end(data_hash)
        return found


def remember_drawn(key: str, state: MutableMapping[str, Any] | None = None) -> None:
    """Callback: component ``key`` reported its graph drawn; keep where its nodes settled for
    the pages that draw the same data next (:func:`settled_layout`).  The report comes from a
    browser, so it is kept only when it places exactly the nodes this session was sent under
    that hash, within :data:`SETTLED_BOUND`."""
    state = st.session_state if state is None else state
    drawn = (state.get(key) or {}).get("drawn")
    held = held_payload(state, key)
    if not isinstance(drawn, Mapping) or held is None or drawn.get("hash") != held.get("hash"):
        return
    positions = as_positions(drawn.get("positions"))
    if held.get("positioned") or set(positions) != {n.get("id") for n in held.get("nodes", ())}:
        return
    if any(abs(c) > SETTLED_BOUND for xy in positions.values() for c in xy):
        return
    layouts, lock = _settled_layouts()
    with lock:
        layouts[str(held["hash"])] = positions
        layouts.move_to_end(str(held["hash"]))
        while len(layouts) > SETTLED_VIEWS:
            layouts.popitem(last=False)


def forget_sent(key: str, state: MutableMapping[str, Any] | None = None) -> None:
    """Callback: the browser lacks what a lean message of component ``key`` referred to (a
    lost message, a new page on the same session): the next run sends it all again."""
    state = st.session_state if state is None else state
    if _HELD + key in state:
        del state[_HELD + key]


def held_payload(state: Mapping[str, Any], key: str) -> dict[str, Any] | None:
    """The whole ``mount_data(...)`` the browser holds for component ``key``: what the last
    non-lean message of this session carried (tests use it to read a lean message's graph)."""
    held = state.get(_HELD + key)
    return (
        dict(held["data"])
        if isinstance(held, Mapping) and isinstance(held.get("data"), Mapping)
        else None
    )


def wire_data(data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` as handed to Streamlit: lists as tuples, dicts as JSON text (the same JSON).

    Streamlit asks of every top-level list or dict in a component's data whether it is a
    dataframe, and importing pandas to answer cost a fresh server 1.7 s before the first
    graph; tuples and strings are answered without it. The component parses the text back.

    ``json_keys`` names the values sent as JSON text, so the component parses exactly those.

    >>> wire_data({"nodes": [{"id": "a"}], "options": {"a": 1}, "hash": "h"})
    {'nodes': ({'id': 'a'},), 'options': '{"a": 1}', 'hash': 'h', 'json_keys': ('options',)}
    """
    wired: dict[str, Any] = {
        key: tuple(value)
        if isinstance(value, list)
        else json.dumps(value)
        if isinstance(value, dict)
        else value
        for key, value in data.items()
    }
    wired["json_keys"] = tuple(key for key, value in data.items() if isinstance(value, dict))
    return wired


def _ignore() -> None:
    """Streamlit needs a callback to register a state key; this one does nothing."""
