"""Streaming GEXF 1.2 and GraphML writers for flattened knowledge-graph attributes.

networkx's writers build the whole XML tree in memory (one Element per attribute value): on
the 200,000-relation benchmark graph that took about 20 s and more than 2 GB. These write
the same documents element by element to a binary file, in two passes: the first collects
attribute names and types, the second writes. networkx reads the output back
(``nx.read_gexf`` / ``nx.read_graphml``), which the round-trip tests check.

Flattening (:func:`node_attrs`, :func:`edge_records`): lists become '; '-joined strings,
dicts JSON strings, ``None`` is left out; an entity's ``type`` is written as ``entity_type``
and a relation's as ``relation_type`` (GEXF reads an edge ``type`` as directed/undirected);
other names the formats reserve get a trailing underscore. Each edge also carries
``relation_id``, ``label`` (the relation's display label) and ``evidence`` (its sentences'
text, one per line). Characters XML 1.0 forbids (control characters, lone surrogates) are
dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any, TypedDict

import networkx as nx

from graph.style import relation_style

LIST_SEPARATOR = "; "
RESERVED_NODE = frozenset({"id", "pid", "start", "end", "viz", "parents", "spells", "slices"})
RESERVED_EDGE = frozenset({"id", "key", "label", "start", "end", "spells", "slices", "weight"})
# names the writers fill themselves, so an attribute of that name is renamed
_OWN_EDGE = frozenset({"relation_id", "evidence"})


class NodeViz(TypedDict):
    """How a node looks: colour (0-255), size and position (y pointing up, as in Gephi)."""

    r: int
    g: int
    b: int
    size: float
    x: float
    y: float


class EdgeViz(TypedDict, total=False):
    """How an edge looks: colour (0-255) and thickness, and its line (GEXF viz:shape: solid,
    dotted or dashed; absent is solid)."""

    r: int
    g: int
    b: int
    thickness: float
    shape: str


class Viz(TypedDict):
    """Looks of every node (by node id) and every edge (by edge id, as :func:`edge_records`)."""

    nodes: dict[Any, NodeViz]
    edges: dict[str, EdgeViz]


#: GraphML attribute names the viz attributes take (nodes, edges).
GRAPHML_NODE_VIZ = ("r", "g", "b", "size", "x", "y")
GRAPHML_EDGE_VIZ = ("r", "g", "b")

_NEEDS_WORK = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]')
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _attr_escape(text: str) -> str:
    """Escape for a double-quoted XML attribute, keeping newlines and tabs as references."""
    if not _NEEDS_WORK.search(text):
        return text
    text = _BAD_XML.sub("", text)
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


def _text_escape(text: str) -> str:
    """Escape for XML element content."""
    if not _NEEDS_WORK.search(text):
        return text
    text = _BAD_XML.sub("", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def flat_value(value: Any) -> bool | int | float | str:
    """A value GEXF/GraphML can type: scalars as they are, lists joined, dicts as JSON.

    >>> flat_value(["a", "b"]), flat_value({"type": "CONSULT"}), flat_value(2)
    ('a; b', '{"type": "CONSULT"}', 2)
    """
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return LIST_SEPARATOR.join(str(v) for v in items)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def node_attrs(data: dict) -> dict[str, Any]:
    """Flattened attributes of one node (``label`` kept: it is GEXF's node label)."""
    out = {}
    for name, value in data.items():
        if value is None:
            continue
        if name == "type":
            name = "entity_type"
        elif name in RESERVED_NODE:
            name += "_"
        out[name] = flat_value(value)
    return out


def evidence(G: nx.Graph, sentence_ids: Any) -> str:
    """Texts of the given sentence ids, one per line (ids without text are skipped)."""
    sentences = G.graph.get("sentences") or {}
    texts = (sentences.get(sid, {}).get("text") for sid in sentence_ids or ())
    return "\n".join(t for t in texts if t)


def edge_records(
    G: nx.Graph, flatten: bool = True
) -> Iterator[tuple[Any, Any, str, dict[str, Any]]]:
    """``(u, v, edge id, flattened attributes)`` for every edge of ``G``.

    The edge id is the key in a multigraph, else the edge's ``id`` attribute or 'u->v'.
    The attributes hold ``weight`` (default 1.0) and ``label`` for the formats' own fields.
    ``flatten=False`` is for the schema pass: the same names, with lists and dicts left as they
    are and the evidence empty (they are strings either way), which saves building the text.
    """
    if G.is_multigraph():
        edges: Iterable = G.edges(keys=True, data=True)
    else:
        edges = ((u, v, d.get("id", f"{u}->{v}"), d) for u, v, d in G.edges(data=True))
    for u, v, k, d in edges:
        out: dict[str, Any] = {}
        for name, value in d.items():
            if value is None or name == "id":
                continue
            if name == "type":
                name = "relation_type"
            elif name == "weight":
                value = float(value)
            elif name in RESERVED_EDGE or name in _OWN_EDGE:
                name += "_"
            out[name] = flat_value(value) if flatten else value
        out.setdefault("weight", 1.0)
        out["relation_id"] = str(k)
        out["label"] = relation_style(d.get("type"))["label"]
        out["evidence"] = evidence(G, d.get("sentences")) if flatten else ""
        yield u, v, str(k), out


# --------------------------------------------------------------------------- typing


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _merge_kind(old: str | None, new: str) -> str:
    if old is None or old == new:
        return new
    if {old, new} == {"long", "double"}:
        return "double"
    return "string"


def _schema(records: Iterable[dict[str, Any]], skip: frozenset = frozenset()) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for attrs in records:
        for name, value in attrs.items():
            if name not in skip:
                kind = _kind(value)
                if kinds.get(name) != kind:
                    kinds[name] = _merge_kind(kinds.get(name), kind)
    return kinds


def _format(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("long", "double") and not isinstance(value, bool):
        return repr(float(value)) if kind == "double" else str(int(value))
    return str(value)


class _Out:
    """Buffered UTF-8 writer: collects str pieces and writes them in large chunks."""

    def __init__(self, fh: IO[bytes], limit: int = 1 << 16) -> None:
        self.fh, self.parts, self.size, self.limit = fh, [], 0, limit

    def __call__(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= self.limit:
            self.flush()

    def flush(self) -> None:
        self.fh.write("".join(self.parts).encode("utf-8", errors="replace"))
        self.parts, self.size = [], 0


# --------------------------------------------------------------------------- GEXF


def _gexf_node_viz(look: NodeViz | None) -> str:
    if not look:
        return ""
    return (
        f'        <viz:color r="{look["r"]}" g="{look["g"]}" b="{look["b"]}" a="1.0" />\n'
        f'        <viz:size value="{float(look["size"])!r}" />\n'
        f'        <viz:position x="{float(look["x"])!r}" y="{float(look["y"])!r}" z="0.0" />\n'
    )


def _gexf_edge_viz(look: EdgeViz | None) -> str:
    if not look:
        return ""
    shape = look.get("shape")
    return (
        f'        <viz:color r="{look["r"]}" g="{look["g"]}" b="{look["b"]}" a="1.0" />\n'
        f'        <viz:thickness value="{float(look["thickness"])!r}" />\n'
        + (
            f'        <viz:shape value="{_attr_escape(shape)}" />\n'
            if shape and shape != "solid"
            else ""
        )
    )


def graph_text(G: nx.Graph) -> dict[str, str]:
    """Graph-level attributes the XML formats carry, as text: the corrections applied
    (``G.graph["corrections"]``, a JSON list), when there are any."""
    corrections = G.graph.get("corrections")
    return {"corrections": json.dumps(corrections, ensure_ascii=False)} if corrections else {}


def write_gexf(G: nx.Graph, fh: IO[bytes], viz: Viz | None = None) -> None:
    """Write ``G`` as GEXF 1.2 (what Gephi opens) to the binary file ``fh``, with ``viz``'s
    colours, sizes and positions when given."""
    node_viz = (viz or {}).get("nodes") or {}
    edge_viz = (viz or {}).get("edges") or {}
    node_skip = frozenset({"label"})
    edge_skip = frozenset({"label", "weight"})
    node_kinds = _schema(node_attrs(d) for _, d in G.nodes(data=True))
    edge_kinds = _schema(attrs for *_, attrs in edge_records(G, flatten=False))
    for name in node_skip:
        node_kinds.pop(name, None)
    for name in edge_skip:
        edge_kinds.pop(name, None)
    node_ids = {name: str(i) for i, name in enumerate(node_kinds)}
    edge_ids = {name: str(i) for i, name in enumerate(edge_kinds)}
    out = _Out(fh)
    out(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<gexf xmlns="http://www.gexf.net/1.2draft" '
        'xmlns:viz="http://www.gexf.net/1.2draft/viz" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.2draft '
        'http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
        f'  <meta lastmodifieddate="{dt.date.today().isoformat()}">\n'
        "    <creator>newsgraph</creator>\n"
        + "".join(
            f"    <description>{_text_escape(name)}: {_text_escape(value)}</description>\n"
            for name, value in graph_text(G).items()
        )
        + "  </meta>\n"
        f'  <graph defaultedgetype="{"directed" if G.is_directed() else "undirected"}" '
        'mode="static" name="">\n'
    )
    for cls, ids, kinds in (("node", node_ids, node_kinds), ("edge", edge_ids, edge_kinds)):
        out(f'    <attributes mode="static" class="{cls}">\n')
        for name, kind in kinds.items():
            out(
                f'      <attribute id="{ids[name]}" title="{_attr_escape(name)}" type="{kind}" />\n'
            )
        out("    </attributes>\n")
    out("    <nodes>\n")
    for n, d in G.nodes(data=True):
        attrs = node_attrs(d)
        label = attrs.pop("label", n)
        out(
            f'      <node id="{_attr_escape(str(n))}" label="{_attr_escape(str(label))}">\n'
            "        <attvalues>\n"
        )
        for name, value in attrs.items():
            out(
                f'          <attvalue for="{node_ids[name]}" '
                f'value="{_attr_escape(_format(value, node_kinds[name]))}" />\n'
            )
        out("        </attvalues>\n" + _gexf_node_viz(node_viz.get(n)) + "      </node>\n")
    out("    </nodes>\n    <edges>\n")
    for u, v, key, attrs in edge_records(G):
        label = attrs.pop("label")
        weight = attrs.pop("weight")
        out(
            f'      <edge source="{_attr_escape(str(u))}" target="{_attr_escape(str(v))}" '
            f'id="{_attr_escape(key)}" label="{_attr_escape(label)}" weight="{weight!r}">\n'
            "        <attvalues>\n"
        )
        for name, value in attrs.items():
            out(
                f'          <attvalue for="{edge_ids[name]}" '
                f'value="{_attr_escape(_format(value, edge_kinds[name]))}" />\n'
            )
        out("        </attvalues>\n" + _gexf_edge_viz(edge_viz.get(key)) + "      </edge>\n")
    out("    </edges>\n  </graph>\n</gexf>\n")
    out.flush()


# --------------------------------------------------------------------------- GraphML


def _graphml_node_attrs(d: dict, look: NodeViz | None) -> dict[str, Any]:
    attrs = {
        (name + "_" if name in GRAPHML_NODE_VIZ else name): value
        for name, value in node_attrs(d).items()
    }
    if look:
        attrs.update({name: look[name] for name in GRAPHML_NODE_VIZ})  # type: ignore[literal-required]
    return attrs


def _graphml_edges(
    G: nx.Graph, edge_viz: dict[str, EdgeViz], flatten: bool = True
) -> Iterator[tuple[Any, Any, str, dict]]:
    for u, v, key, attrs in edge_records(G, flatten):
        attrs = {
            (name + "_" if name in GRAPHML_EDGE_VIZ else name): value
            for name, value in attrs.items()
        }
        look = edge_viz.get(key)
        if look:
            attrs.update({name: look[name] for name in GRAPHML_EDGE_VIZ})  # type: ignore[literal-required]
        yield u, v, key, attrs


def write_graphml(G: nx.Graph, fh: IO[bytes], viz: Viz | None = None) -> None:
    """Write ``G`` as GraphML to the binary file ``fh`` (edge id = relation id), with
    ``viz``'s colours, sizes and positions as the attributes r, g, b, size, x, y."""
    node_viz = (viz or {}).get("nodes") or {}
    edge_viz = (viz or {}).get("edges") or {}
    node_kinds = _schema(_graphml_node_attrs(d, node_viz.get(n)) for n, d in G.nodes(data=True))
    edge_kinds = _schema(attrs for *_, attrs in _graphml_edges(G, edge_viz, flatten=False))
    node_keys = {name: f"n{i}" for i, name in enumerate(node_kinds)}
    edge_keys = {name: f"e{i}" for i, name in enumerate(edge_kinds)}
    out = _Out(fh)
    out(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for cls, keys, kinds in (("node", node_keys, node_kinds), ("edge", edge_keys, edge_kinds)):
        for name, kind in kinds.items():
            out(
                f'  <key id="{keys[name]}" for="{cls}" attr.name="{_attr_escape(name)}" '
                f'attr.type="{kind}" />\n'
            )
    graph_data = graph_text(G)
    for i, name in enumerate(graph_data):
        out(
            f'  <key id="g{i}" for="graph" attr.name="{_attr_escape(name)}" attr.type="string" />\n'
        )
    out(f'  <graph edgedefault="{"directed" if G.is_directed() else "undirected"}">\n')
    for i, value in enumerate(graph_data.values()):
        out(f'    <data key="g{i}">{_text_escape(value)}</data>\n')
    for n, d in G.nodes(data=True):
        out(f'    <node id="{_attr_escape(str(n))}">\n')
        for name, value in _graphml_node_attrs(d, node_viz.get(n)).items():
            out(
                f'      <data key="{node_keys[name]}">'
                f"{_text_escape(_format(value, node_kinds[name]))}</data>\n"
            )
        out("    </node>\n")
    for u, v, key, attrs in _graphml_edges(G, edge_viz):
        out(
            f'    <edge source="{_attr_escape(str(u))}" target="{_attr_escape(str(v))}" '
            f'id="{_attr_escape(key)}">\n'
        )
        for name, value in attrs.items():
            out(
                f'      <data key="{edge_keys[name]}">'
                f"{_text_escape(_format(value, edge_kinds[name]))}</data>\n"
            )
        out("    </edge>\n")
    out("  </graph>\n</graphml>\n")
    out.flush()
