"""Exports: each format written, read back and compared with the graph it came from."""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile

import networkx as nx
import pandas as pd
import pytest
from PIL import Image

from graph.build import build_graph
from graph.errors import ExportError
from graph.export import EXPORT_FORMATS, export_bytes, flatten, write_export
from graph.filters import FilterSpec, apply_filters
from graph.views import actor_view, aggregate


@pytest.fixture
def H(G):
    """The full sample graph including co-occurrence, as a filtered view."""
    return apply_filters(G, FilterSpec(show_cooccurrence=True))


def edge_set(G):
    if G.is_multigraph():
        return {(u, v, str(k)) for u, v, k in G.edges(keys=True)}
    return set(G.edges())


# ------------------------------------------------------------------ GEXF and GraphML


def read_back(fmt, data):
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(data))
    return nx.read_graphml(io.BytesIO(data), force_multigraph=True)


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_export_round_trip_multidigraph(H, fmt):
    back = read_back(fmt, export_bytes(H, fmt))
    assert back.is_directed()
    assert set(back.nodes) == set(H.nodes)
    assert edge_set(back) == edge_set(H)
    for n, d in H.nodes(data=True):
        got = back.nodes[n]
        assert got["label"] == d["label"]
        assert got["entity_type"] == d["type"]
        assert got["mentions"] == d["mentions"]
        assert got.get("aliases", "") == "; ".join(d["aliases"])
    for u, v, k, d in H.edges(keys=True, data=True):
        got = back.edges[u, v, k]
        assert got["relation_type"] == d["type"]
        assert got["relation_id"] == k
        assert got["negated"] is d["negated"]
        assert float(got["weight"]) == d["weight"]
        assert got["sentences"] == "; ".join(d["sentences"])
        texts = [H.graph["sentences"][s]["text"] for s in d["sentences"]]
        assert got["evidence"] == "\n".join(texts)


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_export_round_trip_aggregate(H, fmt):
    A = aggregate(H)
    data = export_bytes(A, fmt)
    back = nx.read_gexf(io.BytesIO(data)) if fmt == "gexf" else nx.read_graphml(io.BytesIO(data))
    assert set(back.nodes) == set(A.nodes)
    assert {(u, v) for u, v, *_ in back.edges} == set(A.edges)
    got = next(d for u, v, d in back.edges(data=True) if (u, v) == ("kb:kushner", "kb:trump"))
    assert float(got["weight"]) == 2.0
    assert json.loads(got["types"]) == {"FAMILY": 2}
    assert got["relation_id"] == "kb:kushner->kb:trump"


def test_export_event_attribute_becomes_json_text(H):
    back = nx.read_gexf(io.BytesIO(export_bytes(H, "gexf")))
    event = json.loads(back.nodes["event:moscow-talks-2025-12-02"]["event"])
    assert event == H.nodes["event:moscow-talks-2025-12-02"]["event"]


def test_flatten_renames_reserved_names_and_drops_missing_values():
    G = nx.MultiDiGraph(sentences={"d:0": {"text": "x"}}, name="demo")
    G.add_node("a", type="PERSON", label="A", id="clash", start="s", country=None)
    G.add_edge("a", "a", key="r1", type="ROLE", label="mine", sentences=["d:0"])
    F = flatten(G)
    assert F.nodes["a"] == {"entity_type": "PERSON", "label": "A", "id_": "clash",
                            "start_": "s"}
    edge = F.edges["a", "a", "r1"]
    assert edge["relation_type"] == "ROLE" and "type" not in edge
    assert edge["label"] == "role" and edge["label_"] == "mine"
    assert edge["evidence"] == "x"
    assert F.graph == {"name": "demo"}


# ------------------------------------------------------------------ JSON node-link


def test_export_json_node_link_round_trip(H):
    data = json.loads(export_bytes(H, "json"))
    back = nx.node_link_graph(data, edges="edges")
    assert back.is_multigraph() and back.is_directed()
    assert set(back.nodes) == set(H.nodes)
    assert edge_set(back) == edge_set(H)
    assert back.edges["kb:putin", "kb:witkoff", "r6"]["sentences"] == H.edges[
        "kb:putin", "kb:witkoff", "r6"]["sentences"]
    assert back.nodes["kb:putin"]["aliases"] == H.nodes["kb:putin"]["aliases"]
    sid = H.edges["kb:putin", "kb:witkoff", "r6"]["sentences"][0]
    assert back.graph["sentences"][sid]["text"] == H.graph["sentences"][sid]["text"]


# ------------------------------------------------------------------ CSV zip


def test_export_csv_zip_round_trip(H):
    archive = zipfile.ZipFile(io.BytesIO(export_bytes(H, "csv")))
    assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
    nodes = pd.read_csv(archive.open("nodes.csv"), keep_default_na=False)
    edges = pd.read_csv(archive.open("edges.csv"), keep_default_na=False)
    assert set(nodes["id"]) == set(H.nodes)
    assert set(zip(edges["source"], edges["target"], edges["id"])) == edge_set(H)
    putin = nodes.set_index("id").loc["kb:putin"]
    assert putin["label"] == "Vladimir Putin" and putin["country"] == "RUS"
    assert putin["aliases"] == "Poetin; Vladimir Poetin"
    row = edges.set_index("id").loc["r19"]
    assert row["source_label"] == "Jared Kushner" and row["type"] == "FAMILY"
    assert row["evidence"] == "Trump said Kushner, his son-in-law, would travel to Moscow."
    assert row["documents"] == "en-1"


def test_export_csv_neutralises_spreadsheet_formulas(make_records):
    records = make_records([("kb:a", "PERSON"), ("kb:b", "PERSON")],
                           [("r1", "kb:a", "kb:b", "ACCUSE")])
    records["entities"][0]["label"] = "=HYPERLINK(\"x\")"
    records["sentences"][0]["text"] = "@SUM(1)"
    archive = zipfile.ZipFile(io.BytesIO(export_bytes(build_graph(records), "csv")))
    nodes = pd.read_csv(archive.open("nodes.csv"))
    edges = pd.read_csv(archive.open("edges.csv"))
    assert nodes.set_index("id").loc["kb:a", "label"] == "'=HYPERLINK(\"x\")"
    assert edges.loc[0, "evidence"] == "'@SUM(1)"


# ------------------------------------------------------------------ HTML


def test_export_html_contains_the_data_and_no_url(H):
    page = export_bytes(H, "html", title="Moscow talks").decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Moscow talks</title>" in page
    assert not re.search(r"https?://", page)
    assert not re.search(r"<(script|link|img|iframe)[^>]*\b(src|href)=", page)
    assert "vis.Network" in page and "DataSet" in page  # vis-network is inlined
    data = json.loads(re.search(r"const DATA = (.*);\n", page).group(1))
    assert {n["id"] for n in data["nodes"]} == set(H.nodes)
    assert {e["id"] for e in data["edges"]} == {k for _, _, k in H.edges(keys=True)}
    assert "Vladimir Putin" in {n["label"] for n in data["nodes"]}


def test_export_html_escapes_script_breakers(make_records):
    records = make_records([("kb:a", "PERSON"), ("kb:b", "PERSON")],
                           [("r1", "kb:a", "kb:b", "ACCUSE")])
    evil = "</script><script>alert(1)</script>\u2028 see https://evil.example/x.png"
    records["entities"][0]["label"] = evil
    page = export_bytes(build_graph(records), "html", title="<b>t</b>").decode("utf-8")
    assert page.count("</script>") == 2  # the library block and the data block
    assert "\u2028" not in page
    assert not re.search(r"https?://", page)
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    data = json.loads(re.search(r"const DATA = (.*);\n", page).group(1))
    assert next(n for n in data["nodes"] if n["id"] == "kb:a")["label"] == evil


# ------------------------------------------------------------------ PNG


def test_export_png_is_a_real_picture(H):
    data = export_bytes(H, "png")
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 600 and height >= 400
    image = Image.open(io.BytesIO(data)).convert("RGB")
    colours = image.getcolors(maxcolors=1_000_000)
    assert len(colours) > 50  # nodes, edges and text, not a blank canvas
    assert len(data) > 20_000


def test_export_png_of_an_empty_graph_says_so():
    data = export_bytes(nx.MultiDiGraph(), "png")
    assert data[:8] == b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------ entry points


def test_export_every_format_of_every_view(G):
    for view in (G, apply_filters(G, FilterSpec()), aggregate(G), actor_view(G)):
        for fmt in EXPORT_FORMATS:
            assert len(export_bytes(view, fmt)) > 100, (fmt, view)


def test_export_unknown_format(G):
    with pytest.raises(ExportError, match="unknown export format 'pdf'; expected one of csv,"):
        export_bytes(G, "pdf")


def test_write_export_is_atomic(G, tmp_path):
    out = tmp_path / "graph.gexf"
    assert write_export(G, "gexf", out) == out
    assert nx.read_gexf(out).number_of_nodes() == G.number_of_nodes()
    assert [p.name for p in tmp_path.iterdir()] == ["graph.gexf"]  # no temporary left
    before = out.read_bytes()
    with pytest.raises(ExportError):
        write_export(G, "pdf", out)
    assert out.read_bytes() == before


def test_export_formats_table():
    assert EXPORT_FORMATS["csv"] == (".zip", "application/zip")
    assert set(EXPORT_FORMATS) == {"html", "png", "graphml", "gexf", "json", "csv"}


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_export_xml_escapes_untrusted_text(make_records, fmt):
    records = make_records([("kb:a", "PERSON"), ("kb:b", "PERSON")],
                           [("r1", "kb:a", "kb:b", "ACCUSE"), ("r2", "kb:a", "kb:b", "ACCUSE")])
    records["entities"][0]["label"] = 'He said "<b>&amp;</b>"\x01\tend'
    records["sentences"][0]["text"] = "First line & <second>\r\nwith \"quotes\"."
    A = aggregate(build_graph(records))
    back = read_back(fmt, export_bytes(A, fmt))
    assert back.nodes["kb:a"]["label"] == 'He said "<b>&amp;</b>"\tend'  # \x01 dropped
    (_, _, got), = back.edges(data=True)
    first, second = (records["sentences"][i]["text"] for i in (0, 1))
    assert got["evidence"] == f"{first}\n{second}"
