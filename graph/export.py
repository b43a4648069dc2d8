"""Exports of any graph or view: HTML snapshot, PNG, GraphML, GEXF, JSON node-link, CSV zip.

:func:`export_bytes` renders one format in memory (for a download button); :func:`write_export`
writes it atomically (temporary file, then rename). GraphML and GEXF get a flattened copy
(:func:`flatten`, written by the streaming writers in :mod:`graph.xmlwriters`): lists become
'; '-joined strings, dicts JSON strings, missing values are left out, and attribute names
the formats reserve are renamed (entity ``type`` -> ``entity_type``, relation ``type`` ->
``relation_type``), because GEXF reads an edge's ``type`` as directed/undirected. The HTML
snapshot inlines vis-network from the installed pyvis wheel and contains no external URL, so
it works offline.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
import warnings
import zipfile
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from graph import xmlwriters
from graph._gc import paused_gc
from graph.errors import ExportError
from graph.layout import positions
from graph.style import entity_colour, legend, relation_style
from graph.vis import vis_data

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
    H.graph.update(
        {k: v for k, v in G.graph.items() if isinstance(v, bool | int | float | str)}
    )
    H.add_nodes_from((n, xmlwriters.node_attrs(d)) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        keys = (k for _, _, k in G.edges(keys=True))
        H.add_edges_from((u, v, k, attrs) for (u, v, _, attrs), k in
                         zip(xmlwriters.edge_records(G), keys))
    else:
        H.add_edges_from((u, v, attrs) for u, v, _, attrs in xmlwriters.edge_records(G))
    return H


def _gexf(G: nx.Graph) -> bytes:
    buf = io.BytesIO()
    xmlwriters.write_gexf(G, buf)
    return buf.getvalue()


def _graphml(G: nx.Graph) -> bytes:
    buf = io.BytesIO()
    xmlwriters.write_graphml(G, buf)
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


NODE_COLUMNS = ["id", "label", "type", "country", "mentions", "aliases", "documents",
                "first_date", "last_date", "event_type", "event_date"]
EDGE_COLUMNS = ["id", "source", "target", "source_label", "target_label", "type", "trigger",
                "negated", "date", "weight", "confidence", "role", "detail", "documents",
                "sentences", "evidence"]


def _csv_table(columns: list[str], rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_safe("" if v is None else v) for k, v in row.items()})
    return buf.getvalue().encode("utf-8")


def csv_rows(G: nx.Graph) -> tuple[list[dict], list[dict]]:
    """Rows of nodes.csv and edges.csv (lists joined with '; ', evidence one sentence a line)."""
    nodes = []
    for n, d in G.nodes(data=True):
        event = d.get("event") or {}
        nodes.append({
            "id": n, "label": d.get("label", n), "type": d.get("type"),
            "country": d.get("country"), "mentions": d.get("mentions", 0),
            "aliases": LIST_SEPARATOR.join(d.get("aliases") or ()),
            "documents": LIST_SEPARATOR.join(d.get("documents") or ()),
            "first_date": d.get("first_date"), "last_date": d.get("last_date"),
            "event_type": event.get("type"), "event_date": event.get("date"),
        })
    label = lambda n: G.nodes[n].get("label", n)  # noqa: E731
    if G.is_multigraph():
        edges = G.edges(keys=True, data=True)
    else:
        edges = ((u, v, d.get("id", f"{u}->{v}"), d) for u, v, d in G.edges(data=True))
    rows = []
    for u, v, k, d in edges:
        docs = d.get("documents") or ([d["document"]] if d.get("document") else [])
        rows.append({
            "id": k, "source": u, "target": v, "source_label": label(u),
            "target_label": label(v), "type": d.get("type"), "trigger": d.get("trigger"),
            "negated": d.get("negated", False), "date": d.get("date"),
            "weight": d.get("weight", 1.0), "confidence": d.get("confidence"),
            "role": d.get("role"), "detail": d.get("detail"),
            "documents": LIST_SEPARATOR.join(docs),
            "sentences": LIST_SEPARATOR.join(d.get("sentences") or ()),
            "evidence": evidence(G, d.get("sentences")),
        })
    return nodes, rows


def _csv_zip(G: nx.Graph) -> bytes:
    nodes, edges = csv_rows(G)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", _csv_table(NODE_COLUMNS, nodes))
        archive.writestr("edges.csv", _csv_table(EDGE_COLUMNS, edges))
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
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\/"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
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
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; }
#page { display: flex; height: 100%; }
#graph { flex: 1; min-width: 0; border-right: 1px solid #ddd; }
#side { width: 320px; padding: 8px 12px; overflow: auto; font-size: 13px; }
#details { white-space: pre-wrap; background: #f6f6f6; padding: 6px; min-height: 3em; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px;
          vertical-align: middle; }
</style>
</head>
<body>
<div id="page">
  <div id="graph"></div>
  <div id="side">
    <h3 id="heading"></h3>
    <p id="summary"></p>
    <h4>Selected</h4>
    <div id="details">Click a node or an edge.</div>
    <h4>Legend</h4>
    <div id="legend"></div>
  </div>
</div>
<script>
__VIS_JS__
</script>
<script>
const DATA = __DATA__;
(function () {
  "use strict";
  const text = (id, value) => { document.getElementById(id).textContent = value; };
  text("heading", DATA.title);
  text("summary", DATA.nodes.length + " nodes, " + DATA.edges.length + " edges");
  const legend = document.getElementById("legend");
  for (const row of DATA.legend) {
    const line = document.createElement("div");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = row.color;
    if (row.kind === "entity") { swatch.style.borderRadius = "50%"; }
    line.appendChild(swatch);
    line.appendChild(document.createTextNode(row.label));
    legend.appendChild(line);
  }
  const nodes = new vis.DataSet(DATA.nodes);
  const edges = new vis.DataSet(DATA.edges);
  const network = new vis.Network(document.getElementById("graph"), {nodes, edges}, DATA.options);
  network.on("click", (params) => {
    let item = null;
    if (params.nodes.length) { item = nodes.get(params.nodes[0]); }
    else if (params.edges.length) { item = edges.get(params.edges[0]); }
    text("details", item ? item.title : "Click a node or an edge.");
  });
})();
</script>
</body>
</html>
"""

VIS_OPTIONS: dict[str, Any] = {
    "nodes": {"font": {"size": 14}},
    "edges": {"smooth": {"type": "dynamic"}, "font": {"size": 10, "align": "middle"}},
    "physics": {"stabilization": {"iterations": 200}},
    "interaction": {"hover": True, "tooltipDelay": 150},
}


def html_snapshot(G: nx.Graph, title: str = "newsgraph") -> str:
    """A self-contained, offline HTML page showing ``G`` with vis-network.

    Every piece of text (labels, tooltips, the title) reaches the page as JSON data and is
    inserted with ``textContent`` or as a plain-text vis-network title, never as HTML.
    """
    data = vis_data(G, positions(G))
    payload = {
        "title": str(title),
        "nodes": data["nodes"],
        "edges": data["edges"],
        "legend": legend(),
        "options": VIS_OPTIONS,
    }
    page = _PAGE.replace("__VIS_CSS__", _vis_lib("vis-network.css").replace("</style", "<\\/style"))
    title_text = str(title).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    page = page.replace("__TITLE__", title_text)
    # the data last: nothing inside it can be mistaken for a placeholder
    js = _inline_js(_vis_lib("vis-network.min.js"))
    before, after = page.split("__VIS_JS__")
    head, tail = after.split("__DATA__")
    return before + js + head + script_json(payload) + tail


# --------------------------------------------------------------------------- PNG


def _mpl_text(text: str, limit: int = 30) -> str:
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("$", r"\$")  # no mathtext from article text


def png_image(G: nx.Graph, title: str = "") -> bytes:
    """A rendered PNG of ``G`` (matplotlib, Agg): nodes and edges in the style colours."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    n = G.number_of_nodes()
    side = min(24.0, max(8.0, n**0.5 * 1.2))
    fig = Figure(figsize=(side, side * 0.75), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_axis_off()
    if title:
        ax.set_title(_mpl_text(title, 80))
    if n == 0:
        ax.text(0.5, 0.5, "no nodes to show", ha="center", va="center", fontsize=16)
    else:
        pos = positions(G)
        edge_list = list(G.edges(keys=True, data=True)) if G.is_multigraph() else [
            (u, v, None, d) for u, v, d in G.edges(data=True)
        ]
        D = nx.DiGraph()
        D.add_nodes_from(G)
        nx.draw_networkx_edges(
            D, pos, ax=ax,
            edgelist=[(u, v) for u, v, _, _ in edge_list],
            edge_color=[relation_style(d.get("type"))["color"] for _, _, _, d in edge_list],
            width=1.2, arrows=True, arrowsize=10, alpha=0.8, node_size=300,
        )
        nx.draw_networkx_nodes(
            D, pos, ax=ax, node_size=300, linewidths=0.5, edgecolors="#333333",
            node_color=[entity_colour(G.nodes[v].get("type")) for v in D],
        )
        if n <= 400:
            nx.draw_networkx_labels(
                D, pos, ax=ax, font_size=8,
                labels={v: _mpl_text(G.nodes[v].get("label", v)) for v in D},
            )
        ax.margins(0.08)
    buf = io.BytesIO()
    with warnings.catch_warnings():  # a name in a script the font lacks is drawn as a box, not a warning per glyph
        warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
        fig.savefig(buf, format="png")
    return buf.getvalue()


# --------------------------------------------------------------------------- entry points


def export_bytes(G: nx.Graph, fmt: str, title: str = "newsgraph") -> bytes:
    """``G`` (any graph or view) rendered in ``fmt`` (a key of :data:`EXPORT_FORMATS`).

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="r1", type="CONSULT")
    >>> export_bytes(G, "gexf")[:5]
    b'<?xml'
    """
    fmt = check_format(fmt)
    with paused_gc():  # the writers build large XML trees and attribute copies
        return _render(G, fmt, title)


def _render(G: nx.Graph, fmt: str, title: str) -> bytes:
    if fmt == "gexf":
        return _gexf(G)
    if fmt == "graphml":
        return _graphml(G)
    if fmt == "json":
        return _json(G)
    if fmt == "csv":
        return _csv_zip(G)
    if fmt == "html":
        return html_snapshot(G, title).encode("utf-8")
    return png_image(G, title)


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux).

    ``os.umask`` can only be read by setting it, which for a moment changes it for every
    thread (the app serves each session from a thread), so /proc is asked first.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_bytes_atomic(data: bytes, path: str | Path) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    The file gets the mode a plain ``open(path, "w")`` would give it: an existing file keeps
    its mode, a new one gets 0666 minus the umask (``mkstemp`` alone would make every output
    private, 0600, and turn a shared 0644 file into 0600 on the next export).
    """
    path = Path(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o666 & ~current_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            os.fchmod(fh.fileno(), mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_export(G: nx.Graph, fmt: str, path: str | Path, title: str = "newsgraph") -> Path:
    """Export ``G`` in ``fmt`` to ``path`` atomically; returns the path written."""
    write_bytes_atomic(export_bytes(G, fmt, title), path)
    return Path(path)
