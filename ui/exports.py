"""Download buttons' files: the current filtered view in every format ``graph.export`` writes."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

#: format -> (button label, file extension, MIME type), in the order the buttons appear.
FORMATS: dict[str, tuple[str, str, str]] = {
    "html": ("Interactive HTML", "html", "text/html"),
    "png": ("PNG image", "png", "image/png"),
    "graphml": ("GraphML", "graphml", "application/graphml+xml"),
    "gexf": ("GEXF", "gexf", "application/gexf+xml"),
    "json": ("JSON", "json", "application/json"),
    "csv": ("CSV (zip)", "zip", "application/zip"),
}


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
    return f"{stem}.{FORMATS[fmt][1]}"


def export_file(G: nx.Graph, fmt: str, stem: str = "newsgraph") -> ExportFile:
    """Write ``G`` (the view on screen) with ``graph.export``; ExportError for a bad format."""
    from graph.export import export_bytes

    return ExportFile(file_name(fmt, stem), FORMATS[fmt][2], export_bytes(G, fmt))
