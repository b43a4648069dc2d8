"""Download buttons' files: the current filtered view in every format ``graph.export`` writes.

Picture formats (HTML, PNG) get the drawn graph, one edge per pair as on screen; data
formats (GraphML, GEXF, JSON, CSV) get every relation behind it, with its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.export import EXPORT_FORMATS, export_bytes
from ui.view import Shown

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


def export_file(shown: Shown, fmt: str, stem: str = "newsgraph") -> ExportFile:
    """Write what is on screen in ``fmt``; ExportError for an unknown format."""
    G = shown.drawn if fmt in PICTURES else shown.relations
    return ExportFile(file_name(fmt, stem), mime_type(fmt), export_bytes(G, fmt, title=stem))
