"""Every export of a corrected graph shows the correction and says which corrections it holds."""

from __future__ import annotations

import io
import json
import zipfile

import networkx as nx
import pytest

from graph.build import build_graph
from graph.export import EXPORT_FORMATS, caption_text, export_bytes
from records import validate_records
from records.corrections import apply_corrections, make_correction

TEXT = "Poetin warned the Kremlin critics. Vladimir Putin met Steve Witkoff."


def _records() -> dict:
    first, second = TEXT.split(". ")
    first += "."

    def ent(eid: str, label: str) -> dict:
        return {"id": eid, "label": label, "type": "PERSON", "aliases": [label], "country": None,
                "mentions": 1}  # fmt: skip

    def men(eid: str, name: str, sid: str) -> dict:
        at = TEXT.index(name)
        return {"entity": eid, "sentence": sid, "start": at, "end": at + len(name), "text": name}

    def rel(rid: str, a: str, b: str, kind: str, sid: str) -> dict:
        return {"id": rid, "source": a, "target": b, "type": kind, "trigger": "x",
                "negated": False, "sentence": sid, "confidence": 0.9}  # fmt: skip

    start = TEXT.index(second)
    return {
        "schema_version": 1,
        "documents": [
            {
                "id": "d",
                "title": "T",
                "language": "en",
                "date": "2026-11-30",
                "source": "d.txt",
                "text": TEXT,
            }
        ],  # fmt: skip
        "sentences": [
            {"id": "d:0", "doc": "d", "index": 0, "start": 0, "end": len(first), "text": first},
            {
                "id": "d:1",
                "doc": "d",
                "index": 1,
                "start": start,
                "end": len(TEXT),
                "text": second,
            },  # fmt: skip
        ],
        "entities": [
            ent("person:poetin", "Poetin"),
            ent("person:critics", "Kremlin critics"),
            ent("person:vladimir-putin", "Vladimir Putin"),
            ent("person:steve-witkoff", "Steve Witkoff"),
        ],
        "mentions": [
            men("person:poetin", "Poetin", "d:0"),
            men("person:critics", "Kremlin critics", "d:0"),
            men("person:vladimir-putin", "Vladimir Putin", "d:1"),
            men("person:steve-witkoff", "Steve Witkoff", "d:1"),
        ],
        "relations": [
            rel("d:r0", "person:poetin", "person:critics", "THREATEN", "d:0"),
            rel("d:r1", "person:vladimir-putin", "person:steve-witkoff", "CONSULT", "d:1"),
        ],
    }


@pytest.fixture(scope="module")
def corrected() -> nx.MultiDiGraph:
    merge = make_correction(
        "merge", entity="person:vladimir-putin", other="person:poetin", note="one man"
    )
    records = apply_corrections(_records(), [merge])
    validate_records(records)
    return build_graph(records)


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_every_export_holds_the_merged_entity_and_names_the_correction(corrected, fmt):
    data = export_bytes(corrected, fmt, caption=caption_text(corrected))
    if fmt == "png":
        assert data.startswith(b"\x89PNG")
        assert "1 correction applied" in caption_text(corrected)
        return
    if fmt == "csv":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            nodes = archive.read("nodes.csv").decode("utf-8-sig")
            fixes = archive.read("corrections.csv").decode("utf-8-sig")
        assert "person:vladimir-putin" in nodes and "person:poetin" not in nodes
        assert "merge" in fixes and "one man" in fixes and "person:poetin" in fixes
        return
    text = data.decode("utf-8")
    if fmt == "json":
        graph = json.loads(text)
        assert {n["id"] for n in graph["nodes"]} == {
            "person:vladimir-putin",
            "person:critics",
            "person:steve-witkoff",
        }
        assert [c["other"] for c in graph["graph"]["corrections"]] == ["person:poetin"]
        return
    if fmt == "graphml":
        G = nx.read_graphml(io.BytesIO(data))
        assert "person:poetin" not in G and G.has_edge("person:vladimir-putin", "person:critics")
        assert json.loads(G.graph["corrections"])[0]["note"] == "one man"
        return
    # html and gexf: the merged-away id only in the correction's description, never as a node
    assert 'id="person:poetin"' not in text and '"id": "person:poetin"' not in text
    assert "person:vladimir-putin" in text and "one man" in text


def test_an_uncorrected_graph_says_nothing_of_corrections():
    G = build_graph(_records())
    assert "correction" not in caption_text(G)
    assert "corrections" not in json.loads(export_bytes(G, "json"))["graph"]
    with zipfile.ZipFile(io.BytesIO(export_bytes(G, "csv"))) as archive:
        assert archive.namelist() == ["nodes.csv", "edges.csv"]
