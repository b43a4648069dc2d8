"""Download buttons' files: the current filtered view, or the whole graph, in every format
``graph.export`` writes.

Picture formats (HTML, PNG) get the drawn graph, one edge per pair as on screen; data
formats (GraphML, GEXF, JSON, CSV) get every relation behind it, with its evidence. The HTML,
PNG, GEXF and GraphML files place the nodes where the explorer's canvas put them (the
positions the graph component reports, kept under ``ui.keys.POSITIONS``) and carry a caption
naming the source, the filters, the dates and the counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.export import EXPORT_FORMATS, caption_text, export_bytes
from graph.export import edges_csv as edges_csv  # the Tables tab's CSV downloads (re-exported)
from graph.export import nodes_csv as nodes_csv
from graph.filters import FilterSpec
from ui import keys
from ui.filter_state import Shown

#: format -> button label, in the order the buttons appear.
LABELS: dict[str, str] = {
    "html": "Interactive HTML",
    "png": "PNG image",
    "graphml": "GraphML",
    "gexf": "GEXF",
    "json": "JSON",
    "csv": "CSV (zip)",
}
PICTURES = ("html", "png")

#: What the downloads hold (the Export tab's radio, ``ui.keys.EXPORT_SCOPE``).
SCOPES: dict[str, str] = {
    "view": "Current view (filters applied)",
    "whole": "Whole graph (no filters, co-occurrence included)",
}
#: The filters of "whole graph": none, and co-occurrence shown.
WHOLE = FilterSpec(show_cooccurrence=True)

assert set(LABELS) == set(EXPORT_FORMATS), "ui/exports.py is out of step with graph.export"


@dataclass(frozen=True)
class ExportFile:
    """A file to download: its name, MIME type and bytes."""

    name: str
    mime: str
    data: bytes


def file_name(fmt: str, stem: str = "newsgraph") -> str:
    """The download's file name.

    >>> file_name("csv"), file_name("gexf", "putin")
    ('newsgraph.zip', 'putin.gexf')
    """
    return stem + EXPORT_FORMATS[fmt][0]


def mime_type(fmt: str) -> str:
    """MIME type of a format, as graph.export declares it."""
    return EXPORT_FORMATS[fmt][1]


def caption(shown: Shown, source: str = "", filters: Iterable[str] = ()) -> str:
    """The caption of a snapshot of ``shown``: source, filters, dates and counts (plain text)."""
    return caption_text(shown.drawn, source, list(filters))


def export_file(
    shown: Shown,
    fmt: str,
    stem: str = "newsgraph",
    *,
    caption: str = "",
    positions: Mapping[Any, tuple[float, float]] | None = None,
) -> ExportFile:
    """Write ``shown`` in ``fmt`` (at ``positions`` where given); ExportError for an unknown
    format."""
    G: nx.Graph = shown.drawn if fmt in PICTURES else shown.relations
    data = export_bytes(G, fmt, title=stem, caption=caption, positions=dict(positions or {}))
    return ExportFile(file_name(fmt, stem), mime_type(fmt), data)


def store_positions(
    state: MutableMapping[str, Any], scope: str, positions: Mapping[str, tuple[float, float]]
) -> None:
    """Keep the positions the canvas reported under ``ui.keys.POSITIONS``.

    Positions add up within one ``scope`` (corpus and view): a node filtered away keeps the
    place it had. Another scope starts afresh.

    >>> state = {}
    >>> store_positions(state, "h:actors", {"a": (1.0, 2.0)})
    >>> store_positions(state, "h:actors", {"b": (3.0, 4.0)})
    >>> screen_positions(state, "h:actors")
    {'a': (1.0, 2.0), 'b': (3.0, 4.0)}
    >>> store_positions(state, "h:events", {"c": (0.0, 0.0)})
    >>> screen_positions(state, "h:actors"), screen_positions(state, "h:events")
    ({}, {'c': (0.0, 0.0)})
    """
    if not positions:
        return
    kept = state.get(keys.POSITIONS)
    if not isinstance(kept, Mapping) or kept.get("scope") != scope:
        kept = {"scope": scope, "positions": {}}
    state[keys.POSITIONS] = {"scope": scope, "positions": {**kept["positions"], **positions}}


def screen_positions(state: Mapping[str, Any], scope: str) -> dict[str, tuple[float, float]]:
    """The canvas' positions kept for ``scope`` (``{}`` when none were reported)."""
    kept = state.get(keys.POSITIONS)
    if not isinstance(kept, Mapping) or kept.get("scope") != scope:
        return {}
    return dict(kept.get("positions") or {})
