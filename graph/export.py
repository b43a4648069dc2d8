"""Exports of any graph or view: HTML snapshot, PNG, GraphML, GEXF, JSON node-link, CSV zip.

:func:`export_bytes` renders one format in memory (for a download button); :func:`write_export`
writes it atomically (:func:`records.files.write_atomic`). GraphML and GEXF get a flattened copy
(:func:`flatten`, written by the streaming writers in :mod:`graph.xmlwriters`): lists become
'; '-joined strings, dicts JSON strings, missing values are left out, and attribute names
the formats reserve are renamed (entity ``type`` -> ``entity_type``, relation ``type`` ->
``relation_type``), because GEXF reads an edge's ``type`` as directed/undirected. The HTML
snapshot inlines vis-network from the installed pyvis wheel and contains no external URL, so
it works offline.

Snapshots look like the screen: every export takes ``positions`` (``{node: (x, y)}`` in
vis-network pixels, y pointing down, e.g. what the explorer's canvas settled on) and a
``caption`` (plain text: source, filters, dates, counts; :func:`caption_text`). Nodes without a
given position are placed by :func:`graph.layout.positions` around the given ones. The HTML
snapshot draws the :mod:`graph.vis` payload with the canvas' options at those positions and
shows a clicked node's or edge's sentences; GEXF and GraphML carry colours, sizes and
positions (:func:`viz_attributes`, y pointing up as in Gephi); the PNG draws edge labels, a
legend and the caption.

Corrections a user made (``G.graph["corrections"]``, :mod:`records.corrections`) are already in
the graph; every export also says which: the JSON's graph data and the HTML snapshot's data list
them, GraphML as a graph attribute, GEXF in its description, the CSV zip as
``corrections.csv``, and the caption (HTML, PNG) counts them.
"""

from __future__ import annotations

import csv
import io
import json
import math
import warnings
import zipfile
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from graph import xmlwriters
from graph._gc import paused_gc
from graph.build import edge_mode
from graph.errors import ExportError
from graph.layout import positions as layout_positions
from graph.style import entity_colour, entity_shape, legend, mode_style, relation_style
from graph.vis import (
    BASE_OPTIONS,
    EDGE_LABEL_LIMIT,
    PHYSICS_NODE_LIMIT,
    node_sizes,
    straight_options,
    vis_data,
)
from records.corrections import ACTION_FIELDS
from records.files import write_atomic

Positions = dict[Any, tuple[float, float]]
#: Hears the name of each step of an export as it begins (a progress bar's, e.g. the CLI's).
Progress = Callable[[str], None]

#: The steps of each format's export, in order, as :func:`export_bytes` reports them: placing
#: the nodes of a 4,000-node view and drawing its PNG take most of a minute.
EXPORT_STEPS: dict[str, tuple[str, ...]] = {
    "html": ("layout", "evidence", "page"),
    "png": ("layout", "edges", "nodes", "edge labels", "node labels", "legend", "PNG encoding"),
    "graphml": ("layout", "XML"),
    "gexf": ("layout", "XML"),
    "json": ("JSON",),
    "csv": ("CSV",),
}

#: format name -> (file extension, MIME type)
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "html": (".html", "text/html"),
    "png": (".png", "image/png"),
    "graphml": (".graphml", "application/graphml+xml"),
    "gexf": (".gexf", "application/gexf+xml"),
    "json": (".json", "application/json"),
    "csv": (".zip", "application/zip"),
}

LIST_SEPARATOR = xmlwriters.LIST_SEPARATOR
evidence = xmlwriters.evidence


def check_format(fmt: str) -> str:
    """Return ``fmt`` (lower-cased) if it is a known export format, else raise ExportError.

    >>> check_format("GEXF")
    'gexf'
    >>> check_format("pdf")
    Traceback (most recent call last):
    ...
    graph.errors.ExportError: unknown export format 'pdf'; expected one of csv, gexf, ...
    """
    name = str(fmt).lower()
    if name not in EXPORT_FORMATS:
        raise ExportError(
            f"unknown export format {fmt!r}; expected one of {', '.join(sorted(EXPORT_FORMATS))}"
        )
    return name


# --------------------------------------------------------------------------- looks


def full_positions(G: nx.Graph, positions: Positions | None = None) -> Positions:
    """A position for every node of ``G``: the given ones kept exactly, the others laid out
    around them (:func:`graph.layout.positions`); vis-network pixels, y pointing down.

    >>> G = nx.DiGraph([("a", "b"), ("b", "c")])
    >>> pos = full_positions(G, {"a": (0, 0), "b": (100, 0), "zz": (5, 5)})
    >>> pos["a"], pos["b"], sorted(pos)
    ((0.0, 0.0), (100.0, 0.0), ['a', 'b', 'c'])
    """
    known = {n: (float(xy[0]), float(xy[1])) for n, xy in (positions or {}).items() if n in G}
    if len(known) == G.number_of_nodes():
        return known
    return layout_positions(G, previous=known)


def rgb(colour: str) -> tuple[int, int, int]:
    """'#rrggbb' as three integers.

    >>> rgb("#4e79a7")
    (78, 121, 167)
    """
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def _edge_items(G: nx.Graph):
    """``(u, v, edge id, data)`` with the ids :func:`graph.xmlwriters.edge_records` uses."""
    if G.is_multigraph():
        return ((u, v, str(k), d) for u, v, k, d in G.edges(keys=True, data=True))
    return ((u, v, str(d.get("id", f"{u}->{v}")), d) for u, v, d in G.edges(data=True))


def viz_attributes(G: nx.Graph, positions: Positions | None = None) -> xmlwriters.Viz:
    """Colours, sizes and positions of ``G``'s nodes and edges, as the screen draws them.

    Colours come from :mod:`graph.style`, sizes from :func:`graph.vis.node_sizes`, positions
    from :func:`full_positions` with y flipped (Gephi's y points up, the canvas' down).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", type="PERSON")
    >>> _ = G.add_edge("a", "a", key="r1", type="ASSAULT")
    >>> viz = viz_attributes(G, {"a": (3.0, 4.0)})
    >>> (viz["nodes"]["a"]["r"], viz["nodes"]["a"]["x"], viz["nodes"]["a"]["y"],
    ...  viz["edges"]["r1"]["r"])
    (78, 3.0, -4.0, 214)
    """
    pos = full_positions(G, positions)
    sizes = node_sizes(G)
    nodes: dict[Any, xmlwriters.NodeViz] = {}
    for n, d in G.nodes(data=True):
        r, g, b = rgb(entity_colour(d.get("type")))
        x, y = pos.get(n, (0.0, 0.0))
        nodes[n] = {
            "r": r,
            "g": g,
            "b": b,
            "size": float(sizes.get(n, 0.0)),
            "x": round(float(x), 2),
            "y": round(-float(y), 2) + 0.0,
        }
    edges: dict[str, xmlwriters.EdgeViz] = {}
    for _, _, ident, d in _edge_items(G):
        r, g, b = rgb(relation_style(d.get("type"))["color"])
        weight = float(d.get("weight", 1.0) or 1.0)
        line = "dashed" if d.get("type") == "CO_OCCURS" else _LINES.get(edge_mode(d), "dashed")
        edges[ident] = {
            "r": r,
            "g": g,
            "b": b,
            "thickness": round(1.0 + 2.0 * math.log2(max(weight, 1.0)), 2),
        }
        if line != "solid":  # as the canvas draws it: negated dotted, other modes dashed
            edges[ident]["shape"] = line
    return {"nodes": nodes, "edges": edges}


def date_range(G: nx.Graph) -> tuple[str | None, str | None]:
    """Earliest and latest date of ``G``'s relations (ISO strings), or (None, None).

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", date="2025-12-02")
    >>> _ = G.add_edge("a", "b", date="2025-11-30", first_date="2025-11-01")
    >>> date_range(G)
    ('2025-11-01', '2025-12-02')
    """
    dates = []
    for *_, d in G.edges(data=True):
        dates.extend(str(d[k])[:10] for k in ("first_date", "date") if d.get(k))
    return (min(dates), max(dates)) if dates else (None, None)


def caption_text(G: nx.Graph, source: str = "", filters: Any = ()) -> str:
    """The caption of a snapshot, plain text: source, filters, date range and counts.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", date="2025-12-02")
    >>> caption_text(G, "sample.json", ["Actors: Putin"])
    'Source: sample.json · Filters: Actors: Putin · Dates: 2025-12-02 · 2 nodes, 1 relation'
    >>> caption_text(nx.DiGraph())
    'Filters: none · 0 nodes, 0 relations'
    """
    parts = []
    if source:
        parts.append(f"Source: {source}")
    chosen = [str(f) for f in filters or ()]
    parts.append("Filters: " + ("; ".join(chosen) if chosen else "none"))
    first, last = date_range(G)
    if first:
        parts.append("Dates: " + (first if first == last else f"{first} – {last}"))
    relations = (
        sum(float(d.get("weight", 1.0) or 1.0) for *_, d in G.edges(data=True))
        if not G.is_multigraph()
        else G.number_of_edges()
    )
    relations = int(relations)
    n = G.number_of_nodes()
    parts.append(f"{n} node{'s' * (n != 1)}, {relations} relation{'s' * (relations != 1)}")
    fixes = len(G.graph.get("corrections") or ())
    if fixes:
        parts.append(f"{fixes} correction{'s' * (fixes != 1)} applied")
    return " · ".join(parts)


# --------------------------------------------------------------------------- flatten


def flatten(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose attributes GraphML and GEXF can write (see the module docstring).

    The same attributes the GEXF and GraphML writers (:mod:`graph.xmlwriters`) write:
    edges also get ``relation_id``, ``label`` (the relation's display label), ``weight``
    and ``evidence`` (the text of their sentences). Graph attributes that are not scalars
    (the sentences and documents tables) are left out.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", type="PERSON", label="A", aliases=["x", "y"], country=None)
    >>> _ = G.add_edge("a", "a", key="r1", type="ROLE", sentences=["d:0", "d:1"])
    >>> H = flatten(G)
    >>> H.nodes["a"], H.edges["a", "a", "r1"]["relation_type"]
    ({'entity_type': 'PERSON', 'label': 'A', 'aliases': 'x; y'}, 'ROLE')
    """
    with paused_gc():
        return _flatten(G)


def _flatten(G: nx.Graph) -> nx.Graph:
    H = nx.MultiDiGraph() if G.is_multigraph() else nx.DiGraph()
    if not G.is_directed():
        H = H.to_undirected()
    H.graph.update({k: v for k, v in G.graph.items() if isinstance(v, bool | int | float | str)})
    H.add_nodes_from((n, xmlwriters.node_attrs(d)) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        keys = (k for _, _, k in G.edges(keys=True))
        H.add_edges_from(
            (u, v, k, attrs) for (u, v, _, attrs), k in zip(xmlwriters.edge_records(G), keys)
        )
    else:
        H.add_edges_from((u, v, attrs) for u, v, _, attrs in xmlwriters.edge_records(G))
    return H


def _ignore_step(step: str) -> None:
    """No progress bar."""


#: The XML formats and their writers, which take Gephi's viz attributes alongside.
_XML_WRITERS = {"gexf": xmlwriters.write_gexf, "graphml": xmlwriters.write_graphml}


def _xml(G: nx.Graph, fmt: str, positions: Positions | None, progress: Progress) -> bytes:
    """GEXF or GraphML with colours, sizes and positions (``fmt`` a key of ``_XML_WRITERS``)."""
    buf = io.BytesIO()
    progress("layout")
    viz = viz_attributes(G, positions)
    progress("XML")
    _XML_WRITERS[fmt](G, buf, viz)
    return buf.getvalue()


def _json(G: nx.Graph) -> bytes:
    data = nx.node_link_data(G, edges="edges")  # includes G.graph: sentences, documents
    return json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Neutralise spreadsheet formulas: a text cell starting with = + - @ gets a leading '.

    >>> csv_safe("=HYPERLINK(1)"), csv_safe("Putin"), csv_safe(3)
    ("'=HYPERLINK(1)", 'Putin', 3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


NODE_COLUMNS = [
    "id",
    "label",
    "type",
    "country",
    "mentions",
    "aliases",
    "documents",
    "first_date",
    "last_date",
    "event_type",
    "event_date",
    "event_date_source",
]
EDGE_COLUMNS = [
    "id",
    "source",
    "target",
    "source_label",
    "target_label",
    "type",
    "trigger",
    "negated",
    "mode",
    "reported_by",
    "speech_verb",
    "date",
    "date_source",
    "weight",
    "confidence",
    "role",
    "detail",
    "documents",
    "sentences",
    "evidence",
]


def _csv_table(columns: list[str], rows: list[dict]) -> bytes:
    """UTF-8 CSV with a byte-order mark, so spreadsheet programs read accents right."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_safe("" if v is None else v) for k, v in row.items()})
    return buf.getvalue().encode("utf-8-sig")


def nodes_csv(G: nx.Graph) -> bytes:
    """``nodes.csv``: one row per node of ``G`` (:data:`NODE_COLUMNS`), as in the CSV export."""
    return _csv_table(NODE_COLUMNS, csv_rows(G)[0])


def edges_csv(G: nx.Graph) -> bytes:
    """``edges.csv``: one row per edge of ``G`` (:data:`EDGE_COLUMNS`), as in the CSV export."""
    return _csv_table(EDGE_COLUMNS, csv_rows(G)[1])


def csv_rows(G: nx.Graph) -> tuple[list[dict], list[dict]]:
    """Rows of nodes.csv and edges.csv (lists joined with '; ', evidence one sentence a line)."""
    nodes = []
    for n, d in G.nodes(data=True):
        event = d.get("event") or {}
        nodes.append(
            {
                "id": n,
                "label": d.get("label", n),
                "type": d.get("type"),
                "country": d.get("country"),
                "mentions": d.get("mentions", 0),
                "aliases": LIST_SEPARATOR.join(d.get("aliases") or ()),
                "documents": LIST_SEPARATOR.join(d.get("documents") or ()),
                "first_date": d.get("first_date"),
                "last_date": d.get("last_date"),
                "event_type": event.get("type"),
                "event_date": event.get("date"),
                "event_date_source": event.get("date_source"),
            }
        )
    label = lambda n: G.nodes[n].get("label", n)  # noqa: E731
    if G.is_multigraph():
        edges = G.edges(keys=True, data=True)
    else:
        edges = ((u, v, d.get("id", f"{u}->{v}"), d) for u, v, d in G.edges(data=True))
    rows = []
    for u, v, k, d in edges:
        docs = d.get("documents") or ([d["document"]] if d.get("document") else [])
        rows.append(
            {
                "id": k,
                "source": u,
                "target": v,
                "source_label": label(u),
                "target_label": label(v),
                "type": d.get("type"),
                "trigger": d.get("trigger"),
                "negated": d.get("negated", False),
                "mode": edge_mode(d),
                "reported_by": d.get("reported_by"),
                "speech_verb": d.get("speech_verb"),
                "date": d.get("date"),
                "date_source": d.get("date_source"),
                "weight": d.get("weight", 1.0),
                "confidence": d.get("confidence"),
                "role": d.get("role"),
                "detail": d.get("detail"),
                "documents": LIST_SEPARATOR.join(docs),
                "sentences": LIST_SEPARATOR.join(d.get("sentences") or ()),
                "evidence": evidence(G, d.get("sentences")),
            }
        )
    return nodes, rows


#: Columns of ``corrections.csv`` (the corrections applied to the graph, records' fields).
CORRECTION_COLUMNS = ["id", "time", "action", *ACTION_FIELDS, "note"]


def corrections_csv(G: nx.Graph) -> bytes:
    """``corrections.csv``: one row per correction applied to ``G``, in the order they were made."""
    return _csv_table(CORRECTION_COLUMNS, list(G.graph.get("corrections") or ()))


def _csv_zip(G: nx.Graph) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", nodes_csv(G))
        archive.writestr("edges.csv", edges_csv(G))
        if G.graph.get("corrections"):
            archive.writestr("corrections.csv", corrections_csv(G))
    return buf.getvalue()


# --------------------------------------------------------------------------- HTML


def _vis_lib(name: str) -> str:
    return files("pyvis").joinpath("templates", "lib", "vis-9.1.2", name).read_text("utf-8")


def _inline_js(code: str) -> str:
    """vis-network's code, safe inside <script> and free of literal URLs.

    '://' only occurs in the library's comments and string literals (an SVG namespace and
    licence links); writing it as ':\\/\\/' means the same in JavaScript strings and is
    inert in comments, so the file holds no URL a scanner or browser would fetch.
    """
    code = code.replace("://", ":\\/\\/")
    return code.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def script_json(data: Any) -> str:
    """JSON for a <script> block: '<', '>', '&', '/', U+2028 and U+2029 escaped.

    >>> script_json({"t": "</script><b>"})
    '{"t": "\\\\u003c\\\\/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, default=str)
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("/", "\\/"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsgraph">
<title>__TITLE__</title>
<style>
__VIS_CSS__
</style>
<style>
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; color: #262730; }
#page { display: flex; height: 100%; }
#main { flex: 1; min-width: 0; display: flex; flex-direction: column; border-right: 1px solid #ddd; }
#graph { flex: 1; min-height: 0; position: relative; }
#caption { margin: 0; padding: 4px 8px; font-size: 12px; color: #555; border-top: 1px solid #eee; }
#side { width: 360px; padding: 8px 12px; overflow: auto; font-size: 13px; }
#details { background: #f6f6f6; padding: 6px 8px; min-height: 3em; }
#details .what { font-weight: 600; margin-bottom: 4px; white-space: pre-wrap; }
#details blockquote { margin: 6px 0; padding: 2px 8px; border-left: 3px solid #bbb; white-space: pre-wrap; }
#details .source { font-size: 11px; color: #666; }
.row { display: flex; align-items: center; gap: 6px; }
.swatch { flex: none; display: inline-block; width: 11px; height: 11px; }
.shape-dot { border-radius: 50%; }
.shape-diamond { transform: rotate(45deg) scale(0.8); }
.shape-triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.shape-hexagon { clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%); }
.line { height: 3px; width: 16px; }
.dashed { height: 0; width: 16px; background: none; border-top: 2px dashed #8a8a8a; }
div.vis-tooltip { white-space: pre-wrap; max-width: 420px; font-family: system-ui, sans-serif;
                  font-size: 13px; padding: 6px 8px; background: #f0f2f6; border: 1px solid #d5d8de; }
</style>
</head>
<body>
<div id="page">
  <div id="main">
    <div id="graph"></div>
    <p id="caption"></p>
  </div>
  <div id="side">
    <h3 id="heading"></h3>
    <p id="summary"></p>
    <h4>Legend</h4>
    <div id="legend"></div>
    <h4>Selected</h4>
    <div id="details">Click a node or an edge to read the sentences behind it.</div>
  </div>
</div>
<script>
__VIS_JS__
</script>
<script>
const DATA = __DATA__;
(function () {
  "use strict";
  // Every piece of text goes in with textContent or createTextNode, never as markup.
  const byId = (id) => document.getElementById(id);
  const element = (tag, cls, text) => {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  byId("heading").textContent = DATA.title;
  byId("caption").textContent = DATA.caption;
  byId("summary").textContent = DATA.nodes.length + " nodes, " + DATA.edges.length + " edges";
  // mode rows (negated dotted, possible/planned/... dashed) carry their dash pattern
  const rows = DATA.legend.slice();
  byId("legend").replaceChildren(...rows.map((row) => {
    const line = element("div", "row legend-" + row.kind);
    const swatch = element("span", "swatch " + (row.kind === "entity" ? "shape-" + row.shape
      : row.kind === "mode" ? "dashed" : "line"));
    if (row.kind === "mode") {
      swatch.style.borderTopStyle = (row.dashes || [])[0] <= 2 ? "dotted" : "dashed";
    } else {
      swatch.style.background = row.color;
    }
    line.append(swatch, element("span", "", row.label));
    return line;
  }));
  const onDemand = DATA.edges.length > DATA.edge_label_limit;
  const nodes = new vis.DataSet(DATA.nodes);
  const edges = new vis.DataSet(onDemand
    ? DATA.edges.map((e) => Object.assign({}, e, {fullLabel: e.label, label: undefined}))
    : DATA.edges);
  const network = new vis.Network(byId("graph"), {nodes, edges}, DATA.options);
  window.__snapshotNetwork = network;
  const labels = (ids, on) => {
    if (!onDemand) return;
    edges.update(ids.map((id) => ({id, label: on ? edges.get(id).fullLabel : undefined})));
  };
  let labelled = [];
  function show(kind, id) {
    const box = byId("details");
    labels(labelled, false);
    labelled = [];
    if (!kind) {
      box.textContent = "Click a node or an edge to read the sentences behind it.";
      return;
    }
    const item = kind === "node" ? nodes.get(id) : edges.get(id);
    const what = kind === "node"
      ? item.label + " (" + (item.entity_type || "entity").toLowerCase() + ")"
      : String(item.title || "").split("\\n")[0];
    labelled = kind === "node" ? network.getConnectedEdges(id) : [id];
    labels(labelled, true);
    const ids = (kind === "node" ? DATA.evidence.nodes : DATA.evidence.edges)[id] || [];
    const parts = [element("div", "what", what),
                   element("div", "source", ids.length + " sentence" + (ids.length === 1 ? "" : "s"))];
    for (const sid of ids) {
      const sentence = DATA.sentences[sid];
      if (!sentence) continue;
      const quote = element("blockquote", "sentence");
      quote.dataset.sentence = sid;
      quote.append(element("div", "", sentence.text));
      quote.append(element("div", "source", [sentence.title, sentence.date].filter(Boolean).join(" · ")));
      parts.push(quote);
    }
    box.replaceChildren(...parts);
  }
  network.on("click", (params) => {
    if (params.nodes.length) show("node", params.nodes[0]);
    else if (params.edges.length) show("edge", params.edges[0]);
    else show(null);
  });
  network.once("afterDrawing", () => { document.body.dataset.drawn = "1"; });
})();
</script>
</body>
</html>
"""  # noqa: E501 (CSS and JavaScript of the page, kept byte for byte)


def _evidence(G: nx.Graph) -> tuple[dict, dict, dict]:
    """Sentence ids per node and per edge, and those sentences' text, title and date."""
    by_edge: dict[str, list[str]] = {}
    by_node: dict[Any, list[str]] = {n: [] for n in G}
    for u, v, ident, d in _edge_items(G):
        ids = [str(s) for s in d.get("sentences") or ()]
        by_edge[ident] = ids
        by_node[u].extend(ids)
        if v != u:
            by_node[v].extend(ids)
    by_node = {n: list(dict.fromkeys(ids)) for n, ids in by_node.items()}
    table = G.graph.get("sentences") or {}
    documents = G.graph.get("documents") or {}
    sentences = {}
    for sid in dict.fromkeys(s for ids in by_edge.values() for s in ids):
        row = table.get(sid) or {}
        doc = documents.get(row.get("doc")) or {}
        sentences[sid] = {
            "text": str(row.get("text") or f"[{sid}]"),
            "title": str(doc.get("title") or row.get("doc") or ""),
            "date": str(doc.get("date") or ""),
        }
    return by_node, by_edge, sentences


def snapshot_payload(
    G: nx.Graph,
    title: str = "newsgraph",
    caption: str = "",
    positions: Positions | None = None,
    progress: Progress = _ignore_step,
) -> dict[str, Any]:
    """The data of an HTML snapshot: the vis payload at ``positions`` (the others laid out
    around them), the canvas' options with physics off, the legend of what is drawn, the
    caption and every node's and edge's evidence sentences."""
    progress("layout")
    data = vis_data(G, full_positions(G, positions))
    progress("evidence")
    by_node, by_edge, sentences = _evidence(G)
    options = straight_options() if G.number_of_nodes() > PHYSICS_NODE_LIMIT else BASE_OPTIONS
    options = {
        **options,
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150},
    }
    return {
        "title": str(title),
        "caption": str(caption),
        "nodes": data["nodes"],
        "edges": data["edges"],
        "legend": legend(
            {str(n.get("entity_type") or "") for n in data["nodes"]},
            {str(e.get("relation") or "") for e in data["edges"]},
            {str(e.get("mode") or "") for e in data["edges"]},
        ),
        "options": options,
        "edge_label_limit": EDGE_LABEL_LIMIT,
        "evidence": {"nodes": {str(n): ids for n, ids in by_node.items()}, "edges": by_edge},
        "sentences": sentences,
        "corrections": list(G.graph.get("corrections") or ()),
    }


def html_snapshot(
    G: nx.Graph,
    title: str = "newsgraph",
    caption: str = "",
    positions: Positions | None = None,
    progress: Progress = _ignore_step,
) -> str:
    """A self-contained, offline HTML page showing ``G`` as the explorer draws it.

    Every piece of text (labels, tooltips, sentences, the title and caption) reaches the page
    as JSON data and is inserted with ``textContent`` or as a plain-text vis-network title,
    never as HTML. A click on a node or an edge lists its evidence sentences.
    """
    payload = snapshot_payload(G, title, caption, positions, progress)
    progress("page")
    page = _PAGE.replace("__VIS_CSS__", _vis_lib("vis-network.css").replace("</style", "<\\/style"))
    title_text = str(title).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    page = page.replace("__TITLE__", title_text)
    # the data last: nothing inside it can be mistaken for a placeholder
    js = _inline_js(_vis_lib("vis-network.min.js"))
    before, after = page.split("__VIS_JS__")
    head, tail = after.split("__DATA__")
    return before + js + head + script_json(payload) + tail


# --------------------------------------------------------------------------- PNG

#: Default size of the server-side PNG, in pixels (it grows with the graph).
PNG_SIZE = (1600, 1200)
#: Above this many edges the server-side PNG leaves edge labels out.
PNG_EDGE_LABEL_LIMIT = 150
_MARKERS = {"dot": "o", "square": "s", "hexagon": "h", "triangle": "^", "diamond": "D"}
#: matplotlib line style of an edge by its mode (as the canvas draws it: graph.style.MODE_STYLES)
_LINES = {"asserted": "solid", "negated": "dotted"}
_LINE_ORDER = ("solid", "dashed", "dotted")  # a pair takes the first its relations have


def _mpl_text(text: str, limit: int = 30) -> str:
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("$", r"\$")  # no mathtext from article text


def _place_labels(
    points: list[tuple[Any, float, float, str, float]], char_px: float, line_px: float
) -> dict[Any, tuple[float, float, str, str]]:
    """Greedy label placement in pixels: biggest nodes first, each label at the first of a few
    spots around its node that overlaps no label already placed; labels that fit nowhere are
    left out. Returns node -> (x, y, ha, va) in pixels."""
    placed: list[tuple[float, float, float, float]] = []
    out: dict[Any, tuple[float, float, str, str]] = {}

    def free(box: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = box
        return all(x1 <= a or x0 >= c or y1 <= b or y0 >= d for a, b, c, d in placed)

    for node, x, y, text, radius in sorted(points, key=lambda p: -p[4]):
        w, h = char_px * len(text), line_px
        gap = radius + 2
        spots = [  # (x, y, ha, va, box)
            (x, y - gap, "center", "top", (x - w / 2, y - gap - h, x + w / 2, y - gap)),
            (x, y + gap, "center", "bottom", (x - w / 2, y + gap, x + w / 2, y + gap + h)),
            (x + gap, y, "left", "center", (x + gap, y - h / 2, x + gap + w, y + h / 2)),
            (x - gap, y, "right", "center", (x - gap - w, y - h / 2, x - gap, y + h / 2)),
        ]
        for sx, sy, ha, va, box in spots:
            if free(box):
                placed.append(box)
                out[node] = (sx, sy, ha, va)
                break
    return out


#: Length and half width of a straight edge's arrowhead in the server-side PNG, in pixels.
_ARROW_PX = (9.0, 3.5)


def _draw_straight_edges(
    ax: Any,
    pos: dict[Any, tuple[float, float]],
    edges: list[tuple[Any, Any]],
    colours: dict[tuple, str],
    lines: dict[tuple, str],
    radius_px: dict[Any, float],
) -> None:
    """Draw ``edges`` as straight lines with arrowheads at their targets' rims: one line
    collection per line style and one polygon collection for the heads. A big graph's PNG
    thus takes seconds where an arrow patch per edge took minutes (14,000 edges: 6 minutes)."""
    import numpy as np
    from matplotlib.collections import LineCollection, PolyCollection

    if not edges:
        return
    to_px = ax.transData.transform
    src = to_px(np.array([pos[u] for u, _ in edges], dtype=float))
    dst = to_px(np.array([pos[v] for _, v in edges], dtype=float))
    vec = dst - src
    length = np.hypot(vec[:, 0], vec[:, 1])
    keep = length > 1e-9  # a self-loop or two nodes on one spot has no direction to draw
    unit = np.zeros_like(vec)
    unit[keep] = vec[keep] / length[keep, None]
    rim_src = np.array([radius_px[u] for u, _ in edges])
    rim_dst = np.array([radius_px[v] for _, v in edges])
    start = src + unit * rim_src[:, None]
    tip = dst - unit * rim_dst[:, None]
    long_, half = _ARROW_PX
    base = tip - unit * long_
    normal = np.stack([-unit[:, 1], unit[:, 0]], axis=1) * half
    inverse = ax.transData.inverted().transform
    colour = np.array([colours[e] for e in edges], dtype=object)
    style = np.array([lines[e] for e in edges], dtype=object)
    for style_name in _LINE_ORDER:
        chosen = keep & (style == style_name)
        if chosen.any():
            segments = np.stack([inverse(start[chosen]), inverse(base[chosen])], axis=1)
            ax.add_collection(
                LineCollection(
                    segments,
                    colors=list(colour[chosen]),
                    linestyles=style_name,
                    linewidths=1.0,
                    alpha=0.7,
                    zorder=1,
                )
            )
    heads = np.stack([tip, base + normal, base - normal], axis=1)[keep]
    ax.add_collection(
        PolyCollection(
            [inverse(h) for h in heads],
            facecolors=list(colour[keep]),
            edgecolors="none",
            alpha=0.85,
            zorder=2,
        )
    )


def png_image(
    G: nx.Graph,
    title: str = "",
    caption: str = "",
    positions: Positions | None = None,
    size: tuple[int, int] = PNG_SIZE,
    progress: Progress = _ignore_step,
) -> bytes:
    """A rendered PNG of ``G`` (matplotlib, Agg) as the canvas draws it: node colours and
    shapes per entity type, edges in their family colours with their labels, curved so that
    opposite edges part, labels that do not overlap, a legend and the caption.  ``progress``
    hears each of ``EXPORT_STEPS["png"]`` as it begins."""
    import matplotlib.patheffects as effects
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    n = G.number_of_nodes()
    grow = max(1.0, (n / 60) ** 0.5)
    width, height = int(size[0] * min(grow, 2.5)), int(size[1] * min(grow, 2.5))
    dpi = 100
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    top = 0.95 if title else 0.99
    ax = fig.add_axes((0.01, 0.06, 0.98, top - 0.06))
    ax.set_axis_off()
    if title:
        fig.text(0.5, 0.985, _mpl_text(title, 100), ha="center", va="top", fontsize=16)
    if caption:
        fig.text(
            0.01,
            0.012,
            _mpl_text(caption, 400),
            ha="left",
            va="bottom",
            fontsize=10,
            color="#444444",
            wrap=True,
        )
    if n == 0:
        ax.text(0.5, 0.5, "no nodes to show", ha="center", va="center", fontsize=16)
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        return buf.getvalue()
    progress("layout")
    screen = full_positions(G, positions)
    progress("edges")
    pos = {v: (x, -y) for v, (x, y) in screen.items()}  # the canvas' y points down
    sizes = node_sizes(G)
    area = {v: (sizes[v] * 1.6) ** 2 for v in G}  # matplotlib marker area in points²
    D = nx.DiGraph()
    D.add_nodes_from(G)
    labels: dict[tuple, list[str]] = {}
    colours: dict[tuple, str] = {}
    # a pair's line: solid if any of its relations is a fact, dotted if all are negated,
    # dashed otherwise (possible, planned, demanded, conditional, co-occurrence)
    lines: dict[tuple, str] = {}
    modes: set[str] = set()
    for u, v, _, d in _edge_items(G):
        style = relation_style(d.get("type"))
        D.add_edge(u, v)
        colours.setdefault((u, v), style["color"])
        weight = float(d.get("weight", 1.0) or 1.0)
        worded = mode_style(edge_mode(d), d.get("type"))["label"]  # "not agree", "assault (may)"
        text = worded if weight <= 1 else f"{worded} ×{weight:g}"
        labels.setdefault((u, v), []).append(text)
        mode = edge_mode(d)
        modes.add(mode)
        line = "dashed" if d.get("type") == "CO_OCCURS" else _LINES.get(mode, "dashed")
        lines[(u, v)] = min(lines.get((u, v), "dotted"), line, key=_LINE_ORDER.index)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad_x = max((max(xs) - min(xs)) * 0.08, 60)
    pad_y = max((max(ys) - min(ys)) * 0.08, 60)
    ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
    ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)
    edge_list = list(D.edges())
    curve = "arc3,rad=0.12"
    straight = n > PHYSICS_NODE_LIMIT  # as the canvas draws a big graph: straight edges
    if straight:
        radius_px = {v: sizes[v] * 1.6 * dpi / 72 / 2 for v in D}
        _draw_straight_edges(ax, pos, edge_list, colours, lines, radius_px)
    for style_name in () if straight else _LINE_ORDER:
        subset = [e for e in edge_list if lines[e] == style_name]
        if subset:
            nx.draw_networkx_edges(
                D,
                pos,
                ax=ax,
                edgelist=subset,
                edge_color=[colours[e] for e in subset],
                style=style_name,
                width=1.3,
                arrows=True,
                arrowsize=12,
                alpha=0.85,
                node_size=[area[v] for v in D],
                connectionstyle=curve,
            )
    progress("nodes")
    for shape, marker in _MARKERS.items():
        members = [v for v in D if entity_shape(G.nodes[v].get("type")) == shape]
        if members:
            ax.scatter(
                [pos[v][0] for v in members],
                [pos[v][1] for v in members],
                s=[area[v] for v in members],
                marker=marker,
                linewidths=0.6,
                edgecolors="#333333",
                zorder=3,
                c=[entity_colour(G.nodes[v].get("type")) for v in members],
            )
    outline = [effects.withStroke(linewidth=3, foreground="white")]
    progress("edge labels")
    if len(edge_list) <= PNG_EDGE_LABEL_LIMIT:
        nx.draw_networkx_edge_labels(
            D,
            pos,
            ax=ax,
            font_size=8,
            rotate=False,
            connectionstyle=curve,
            edge_labels={e: _mpl_text(", ".join(dict.fromkeys(labels[e])), 40) for e in edge_list},
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75},
            node_size=[area[v] for v in D],
        )
    # node labels in pixels, placed so that they do not overlap
    progress("node labels")
    to_px = ax.transData.transform
    font = 9
    points = []
    for v in D:
        text = _mpl_text(G.nodes[v].get("label", v))
        px, py = to_px(pos[v])
        points.append((v, float(px), float(py), text, sizes[v] * 1.6 * dpi / 72 / 2))
    spots = _place_labels(points, char_px=font * 0.6 * dpi / 72, line_px=font * 1.3 * dpi / 72)
    inverse = ax.transData.inverted().transform
    texts = {p[0]: p[3] for p in points}
    for v, (px, py, ha, va) in spots.items():
        # in pixels y points up: "top" of the box is under the node when placed below
        x, y = inverse((px, py))
        text = texts[v]
        ax.text(
            x,
            y,
            text,
            fontsize=font,
            ha=ha,
            va={"top": "top", "bottom": "bottom"}.get(va, "center"),
            zorder=4,
            path_effects=outline,
        )
    progress("legend")
    handles = []
    for row in legend(
        {str(G.nodes[v].get("type") or "") for v in G},
        {str(d.get("type") or "") for *_, d in G.edges(data=True)},
        modes,
    ):
        if row["kind"] == "entity":
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker=_MARKERS.get(row["shape"], "o"),
                    markersize=9,
                    markerfacecolor=row["color"],
                    markeredgecolor="#333333",
                    label=row["label"],
                )
            )
        elif row["kind"] == "mode":
            handles.append(
                Line2D(
                    [],
                    [],
                    color="#8a8a8a",
                    linewidth=1.5,
                    label=row["label"],
                    linestyle=":" if _LINES.get(row["type"]) == "dotted" else "--",
                )
            )
        else:
            handles.append(Line2D([], [], color=row["color"], linewidth=2.5, label=row["label"]))
    if handles:
        ax.legend(handles=handles, loc="upper left", fontsize=9, framealpha=0.85)
    progress("PNG encoding")
    buf = io.BytesIO()
    with (
        warnings.catch_warnings()
    ):  # a name in a script the font lacks is drawn as a box, not a warning per glyph
        warnings.filterwarnings(
            "ignore", message="Glyph .* missing from font", category=UserWarning
        )
        fig.savefig(buf, format="png")
    return buf.getvalue()


# --------------------------------------------------------------------------- entry points


def export_bytes(
    G: nx.Graph,
    fmt: str,
    title: str = "newsgraph",
    *,
    caption: str = "",
    positions: Positions | None = None,
    progress: Progress | None = None,
) -> bytes:
    """``G`` (any graph or view) rendered in ``fmt`` (a key of :data:`EXPORT_FORMATS`).

    ``positions`` (vis-network pixels, e.g. the canvas' own) place the nodes of the HTML, PNG,
    GEXF and GraphML exports; ``caption`` goes under the HTML snapshot and the PNG.
    ``progress`` hears each of ``EXPORT_STEPS[fmt]`` as it begins.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="r1", type="CONSULT")
    >>> export_bytes(G, "gexf")[:5]
    b'<?xml'
    """
    fmt = check_format(fmt)
    with paused_gc():  # the writers build large XML trees and attribute copies
        return _render(G, fmt, title, caption, positions, progress or _ignore_step)


def _render(
    G: nx.Graph,
    fmt: str,
    title: str,
    caption: str,
    positions: Positions | None,
    progress: Progress,
) -> bytes:
    if fmt in _XML_WRITERS:
        return _xml(G, fmt, positions, progress)
    if fmt == "json":
        progress("JSON")
        return _json(G)
    if fmt == "csv":
        progress("CSV")
        return _csv_zip(G)
    if fmt == "html":
        return html_snapshot(G, title, caption, positions, progress).encode("utf-8")
    return png_image(G, title, caption, positions, progress=progress)


def write_export(
    G: nx.Graph,
    fmt: str,
    path: str | Path,
    title: str = "newsgraph",
    *,
    caption: str = "",
    positions: Positions | None = None,
) -> Path:
    """Export ``G`` in ``fmt`` to ``path`` atomically; returns the path written."""
    write_atomic(path, export_bytes(G, fmt, title, caption=caption, positions=positions))
    return Path(path)
