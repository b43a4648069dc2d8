"""The vis-network payload of a graph: ``{"nodes": [...], "edges": [...]}``, as pyvis' ``from_nx``
makes it (:func:`_network_data` does what it did without importing pyvis, whose IPython and
Jinja cost a new server's first page ~0.5 s).

Tooltips (``title``) are plain text: vis-network shows a string title as text, so article
sentences are never interpreted as HTML. Node ``id`` is the entity id; edge ``id`` is the
relation id (the key) in a MultiDiGraph, or the aggregated edge's ``id`` ('u->v').
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.build import edge_mode
from graph.metrics import weighted_degree
from graph.style import (
    entity_colour,
    entity_shape,
    hedged_date,
    mode_style,
    relation_style,
)

MIN_SIZE, MAX_SIZE = 8.0, 30.0
#: Above this many nodes the browser does not simulate physics; positions come from the server.
PHYSICS_NODE_LIMIT = 500
#: Above this many edges, edge labels show on hover and for the selected node's edges only.
EDGE_LABEL_LIMIT = 40

#: vis-network options shared by the explorer's canvas and the HTML snapshot; colours and
#: sizes come with each node.
BASE_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    # the same data always gets the same layout, also after the component remounts
    "layout": {"randomSeed": 42, "improvedLayout": True},
    "nodes": {"shape": "dot", "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        "smooth": {"type": "continuous"},
        "font": {"size": 13, "align": "middle", "strokeWidth": 4, "strokeColor": "#ffffff"},
        "color": {"inherit": False},
        "selectionWidth": 2,
    },
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {
            "gravitationalConstant": -60,
            "springLength": 110,
            "avoidOverlap": 0.4,
        },
        "minVelocity": 1.0,
    },
}


def straight_options() -> dict[str, Any]:
    """:data:`BASE_OPTIONS` for a big graph drawn at server positions: straight edges.

    >>> straight_options()["edges"]["smooth"], BASE_OPTIONS["edges"]["smooth"]["type"]
    (False, 'continuous')
    """
    return {**BASE_OPTIONS, "edges": {**BASE_OPTIONS["edges"], "smooth": False}}


#: Evidence sentences quoted in an edge tooltip; the app shows all of them on click.
TOOLTIP_SENTENCES = 3
_TOOLTIP_CHARS = 300


def _clip(text: str, limit: int = _TOOLTIP_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def node_title(node: Any, d: dict) -> str:
    """Plain-text tooltip of a node: label, type and country, mentions, aliases, dates."""
    lines = [_clip(d.get("label", node), 120)]
    kind = d.get("type") or "?"
    lines.append(f"{kind} · {d['country']}" if d.get("country") else kind)
    event = d.get("event")
    if event:
        line = f"event: {event.get('type')} ({_clip(event.get('trigger', ''), 60)})"
        if event.get("date"):
            # as an edge's date: the story's day or the article's date says so (review: a date
            # the text tells was left out, the surer one)
            line += f" · {hedged_date(event['date'], event.get('date_source'))}"
        lines.append(line)
    lines.append(f"mentions: {d.get('mentions', 0)}")
    aliases = [a for a in d.get("aliases") or () if a != d.get("label")]
    if aliases:
        lines.append("also: " + _clip(", ".join(aliases), 160))
    first, last = d.get("first_date"), d.get("last_date")
    if first:
        lines.append(f"dates: {first}" + (f" – {last}" if last and last != first else ""))
    lines.append(f"id: {node}")
    return "\n".join(lines)


def edge_title(G: nx.Graph, u: Any, v: Any, d: dict) -> str:
    """Plain-text tooltip of an edge: who -> whom, type and mode, who reports it, trigger,
    date (and whether it is only the article's), and evidence sentences."""
    label = lambda n: G.nodes[n].get("label", str(n)) if n in G else str(n)  # noqa: E731
    kind = relation_style(d.get("type"))["label"]
    head = f"{_clip(label(u), 60)} → {_clip(label(v), 60)}: {kind}"
    mode = edge_mode(d)
    if mode != "asserted":
        head += f" ({mode})"
    lines = [head]
    modes = d.get("modes") or {}
    if len(modes) > 1:
        lines.append("modes: " + ", ".join(f"{m} ×{n}" for m, n in modes.items()))
    if d.get("reported_by"):
        verb = f" ({_clip(d['speech_verb'], 40)})" if d.get("speech_verb") else ""
        lines.append(f"reported by: {_clip(label(d['reported_by']), 60)}{verb}")
    if d.get("types") and len(d["types"]) > 1:
        counts = (f"{relation_style(t)['label']} ×{n}" for t, n in d["types"].items())
        lines.append(", ".join(counts))
    if d.get("trigger"):
        lines.append(f"trigger: {_clip(d['trigger'], 80)}")
    if d.get("detail"):
        lines.append(f"detail: {_clip(d['detail'], 80)}")
    if d.get("role"):
        lines.append(f"role: {d['role']}")
    if d.get("date"):
        # the article's date and the story's day say so; a date of the relation's clause not
        lines.append(f"date: {hedged_date(d['date'], d.get('date_source'))}")
    if d.get("weight", 1.0) != 1.0:
        lines.append(f"relations: {d['weight']:g}")
    sentences = G.graph.get("sentences") or {}
    ids = list(d.get("sentences") or ())
    for sid in ids[:TOOLTIP_SENTENCES]:
        text = sentences.get(sid, {}).get("text")
        lines.append(f"“{_clip(text)}”" if text else f"[{sid}]")
    if len(ids) > TOOLTIP_SENTENCES:
        lines.append(f"… and {len(ids) - TOOLTIP_SENTENCES} more sentences")
    return "\n".join(lines)


def node_sizes(G: nx.Graph, values: dict[Any, float] | None = None) -> dict[Any, float]:
    """Node sizes between MIN_SIZE and MAX_SIZE, by sqrt of ``values`` (weighted degree)."""
    values = weighted_degree(G) if values is None else values
    top = max(values.values(), default=0.0) or 1.0
    span = MAX_SIZE - MIN_SIZE
    return {n: round(MIN_SIZE + span * math.sqrt(max(values.get(n, 0.0), 0.0) / top), 1) for n in G}


def _display_graph(G: nx.Graph, positions: dict | None, sizes: dict[Any, float]) -> nx.MultiDiGraph:
    """A fresh graph holding only vis-network attributes (pyvis copies every attribute)."""
    D = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        attrs: dict[str, Any] = {
            "label": str(d.get("label", n)),
            "title": node_title(n, d),
            "color": entity_colour(d.get("type")),
            "size": sizes.get(n, MIN_SIZE),
            # not "group": pyvis drops the colour of a node that has a group
            "entity_type": d.get("type") or "",
            "shape": entity_shape(d.get("type")),
        }
        if positions and n in positions:
            attrs["x"], attrs["y"] = float(positions[n][0]), float(positions[n][1])
        D.add_node(n, **attrs)
    if G.is_multigraph():
        edges = ((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        edges = ((u, v, d.get("id", f"{u}->{v}"), d) for u, v, d in G.edges(data=True))
    for u, v, k, d in edges:
        style = relation_style(d.get("type"))
        mode = edge_mode(d)
        drawn = mode_style(mode, d.get("type"))
        weight = float(d.get("weight", 1.0))
        D.add_edge(
            u,
            v,
            key=k,
            id=str(k),
            title=edge_title(G, u, v, d),
            color=style["color"],
            label=drawn["label"] if weight <= 1 else f"{drawn['label']} ×{weight:g}",
            relation=d.get("type") or "",
            family=style["family"],
            mode=mode,
            dashes=drawn["dashes"],
            weight=round(1.0 + 2.0 * math.log2(max(weight, 1.0)), 2),
        )
    return D


def _network_data(D: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """The nodes and edges pyvis' ``Network(directed=True).from_nx(D)`` gave for a display
    graph, key for key: nodes in the order the edges first reach them, then the isolated ones;
    a linked node's size truncated to an int (pyvis did); an empty label becomes the id; an
    edge's ``weight`` becomes its ``width`` and it points "to" its target. ``D`` is not changed.

    >>> D = nx.MultiDiGraph()
    >>> D.add_node("b", label="B", size=12.7, color="#111", shape="dot")
    >>> D.add_node("c", label="", size=9.5, color="#222", shape="box")
    >>> _ = D.add_edge("b", "b", id="r1", weight=2.0)
    >>> nodes, edges = _network_data(D)
    >>> nodes
    [{'color': '#111', 'size': 12, 'id': 'b', 'label': 'B', 'shape': 'dot'}, \
{'color': '#222', 'size': 9.5, 'id': 'c', 'label': 'c', 'shape': 'box'}]
    >>> edges
    [{'id': 'r1', 'width': 2.0, 'from': 'b', 'to': 'b', 'arrows': 'to'}]
    """
    nodes: dict[Any, dict] = {}

    def add(n: Any, linked: bool) -> None:
        if n in nodes:
            return
        attrs = dict(D.nodes[n])
        label, shape = attrs.pop("label", None), attrs.pop("shape", "dot")
        attrs = {"color": attrs.pop("color", "#97c2fc"), **attrs}
        size = attrs.get("size", 10)
        attrs["size"] = int(size) if linked else size
        nodes[n] = {**attrs, "id": n, "label": label or n, "shape": shape}

    edges = []
    for u, v, d in D.edges(data=True):
        add(u, True)
        add(v, True)
        edge = dict(d)
        if "value" not in edge or "width" not in edge:
            edge["width"] = edge.pop("weight", 1)
        edge["from"], edge["to"] = u, v
        edge.setdefault("arrows", "to")
        edges.append(edge)
    for n in nx.isolates(D):
        add(n, False)
    return list(nodes.values()), edges


def vis_data(
    G: nx.Graph, positions: dict | None = None, sizes: dict[Any, float] | None = None
) -> dict[str, list[dict]]:
    """vis-network ``{"nodes", "edges"}`` of ``G`` (any view), as pyvis' ``from_nx`` made it.

    Nodes: id, label, title (plain text), color and shape (by entity type), size (by weighted
    degree, or ``sizes``), entity_type, x/y when ``positions`` has them. Edges: id (unique),
    from, to, title, color (by relation family) and label (by relation type, worded for the
    mode: "not agree"), relation, family, mode, dashes (the mode's pattern, co-occurrence's own;
    False for an asserted relation), width (from weight), arrows (none for co-occurrence),
    smooth (curved apart where edges share two nodes).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("kb:a", label="<b>A</b>", type="PERSON")
    >>> G.add_node("kb:b", label="B", type="COUNTRY")
    >>> _ = G.add_edge("kb:a", "kb:b", key="r1", type="CONSULT")
    >>> data = vis_data(G)
    >>> [e["id"] for e in data["edges"]], data["nodes"][0]["title"].splitlines()[0]
    (['r1'], '<b>A</b>')
    """
    sizes = node_sizes(G) if sizes is None else sizes
    D = _display_graph(G, positions, sizes)
    nodes, edges = _network_data(D)
    curves = edge_curves((e["from"], e["to"], e["id"]) for e in edges)
    for e in edges:
        # co-occurrence has no direction: two names in one sentence
        e["arrows"] = "" if e.get("relation") == "CO_OCCURS" else "to"
        if e["id"] in curves:
            e["smooth"] = curves[e["id"]]
    if positions:
        for n in nodes:
            if "x" in n:
                n["physics"] = False
    return {"nodes": nodes, "edges": edges}


def edge_curves(edges: Iterable[tuple[Any, Any, str]]) -> dict[str, dict[str, Any]]:
    """vis ``smooth`` settings that draw edges sharing two nodes apart, by edge id.

    An edge alone between its two nodes is left to the default. The others take slots on
    alternating sides of the line between the nodes, further out as there are more; opposite
    edges (a->b, b->a) both bend clockwise, which puts them on opposite sides.

    >>> curves = edge_curves([("a", "b", "e1"), ("b", "a", "e2"), ("a", "c", "e3")])
    >>> curves["e1"] == curves["e2"], sorted(curves)
    (True, ['e1', 'e2'])
    >>> curves["e1"]
    {'enabled': True, 'type': 'curvedCW', 'roundness': 0.2}
    >>> edge_curves([("a", "b", "e1"), ("a", "b", "e2")])["e2"]["type"]
    'curvedCCW'
    """
    by_pair: dict[tuple[str, str], list[tuple[Any, str]]] = {}
    for u, v, ident in edges:
        pair = tuple(sorted((str(u), str(v))))
        by_pair.setdefault(pair, []).append((str(u), ident))
    curves: dict[str, dict[str, Any]] = {}
    for (first, _), members in by_pair.items():
        if len(members) < 2:
            continue
        for slot, (source, ident) in enumerate(members):
            clockwise = slot % 2 == 0  # seen along first -> second
            if source != first:
                clockwise = not clockwise  # the same side, seen along the edge's own direction
            curves[ident] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.2 + 0.15 * (slot // 2), 2),
            }
    return curves


def vis_data_hash(data: dict) -> str:
    """Stable hex digest of a vis payload (to skip redrawing an unchanged graph).

    >>> vis_data_hash({"nodes": [], "edges": []}) == vis_data_hash({"edges": [], "nodes": []})
    True
    """
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()
