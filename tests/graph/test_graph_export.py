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
    assert F.nodes["a"] == {"entity_type": "PERSON", "label": "A", "id_": "clash", "start_": "s"}
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
    assert (
        back.edges["kb:putin", "kb:witkoff", "r6"]["sentences"]
        == H.edges["kb:putin", "kb:witkoff", "r6"]["sentences"]
    )
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
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON")], [("r1", "kb:a", "kb:b", "ACCUSE")]
    )
    records["entities"][0]["label"] = '=HYPERLINK("x")'
    records["sentences"][0]["text"] = "@SUM(1)"
    archive = zipfile.ZipFile(io.BytesIO(export_bytes(build_graph(records), "csv")))
    nodes = pd.read_csv(archive.open("nodes.csv"))
    edges = pd.read_csv(archive.open("edges.csv"))
    assert nodes.set_index("id").loc["kb:a", "label"] == '\'=HYPERLINK("x")'
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
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON")], [("r1", "kb:a", "kb:b", "ACCUSE")]
    )
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
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON")],
        [("r1", "kb:a", "kb:b", "ACCUSE"), ("r2", "kb:a", "kb:b", "ACCUSE")],
    )
    records["entities"][0]["label"] = 'He said "<b>&amp;</b>"\x01\tend'
    records["sentences"][0]["text"] = 'First line & <second>\r\nwith "quotes".'
    A = aggregate(build_graph(records))
    back = read_back(fmt, export_bytes(A, fmt))
    assert back.nodes["kb:a"]["label"] == 'He said "<b>&amp;</b>"\tend'  # \x01 dropped
    ((_, _, got),) = back.edges(data=True)
    first, second = (records["sentences"][i]["text"] for i in (0, 1))
    assert got["evidence"] == f"{first}\n{second}"


# ----------------------------------------------------------------- looks: colours, sizes, positions


@pytest.mark.parametrize("view_of", [lambda H: H, aggregate], ids=["relations", "aggregated"])
def test_export_gexf_carries_colours_sizes_and_positions(H, view_of):
    from graph.style import entity_colour, relation_style
    from graph.vis import node_sizes

    V = view_of(H)
    screen = {"kb:putin": (120.5, -40.0), "kb:trump": (-300.0, 80.25)}
    back = nx.read_gexf(io.BytesIO(export_bytes(V, "gexf", positions=screen)))
    sizes = node_sizes(V)
    for n, d in V.nodes(data=True):
        viz = back.nodes[n]["viz"]
        colour = entity_colour(d.get("type"))
        assert "#{r:02x}{g:02x}{b:02x}".format(**viz["color"]) == colour, n
        assert viz["size"] == pytest.approx(sizes[n])
        assert set(viz["position"]) == {"x", "y", "z"}
    # the screen's positions, y flipped to point up as in Gephi
    assert back.nodes["kb:putin"]["viz"]["position"]["x"] == 120.5
    assert back.nodes["kb:putin"]["viz"]["position"]["y"] == 40.0
    assert back.nodes["kb:trump"]["viz"]["position"]["y"] == -80.25
    # edges: networkx does not read edge viz, so the XML is checked directly
    text = export_bytes(V, "gexf").decode("utf-8")
    u, v, d = next((u, v, d) for u, v, d in V.edges(data=True) if d.get("type") == "ASSAULT")
    r, g, b = (int(relation_style("ASSAULT")["color"][i : i + 2], 16) for i in (1, 3, 5))
    edge_xml = re.search(rf'<edge source="{u}" target="{v}"[^>]*>.*?</edge>', text, re.S).group(0)
    assert f'<viz:color r="{r}" g="{g}" b="{b}"' in edge_xml
    assert "<viz:thickness" in edge_xml


@pytest.mark.parametrize("view_of", [lambda H: H, aggregate], ids=["relations", "aggregated"])
def test_export_graphml_carries_colours_sizes_and_positions(H, view_of):
    from graph.style import entity_colour, relation_style

    V = view_of(H)
    back = nx.read_graphml(
        io.BytesIO(export_bytes(V, "graphml", positions={"kb:putin": (10, 20)})),
        force_multigraph=True,
    )
    for n, d in V.nodes(data=True):
        got = back.nodes[n]
        assert "#{:02x}{:02x}{:02x}".format(got["r"], got["g"], got["b"]) == entity_colour(
            d.get("type")
        )
        assert got["size"] > 0 and isinstance(got["x"], float) and isinstance(got["y"], float)
    assert (back.nodes["kb:putin"]["x"], back.nodes["kb:putin"]["y"]) == (10.0, -20.0)
    for u, v, d in back.edges(data=True):
        assert (
            "#{:02x}{:02x}{:02x}".format(d["r"], d["g"], d["b"])
            == relation_style(d["relation_type"])["color"]
        )


def test_export_graphml_keeps_a_data_attribute_named_like_a_look(make_records):
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON")], [("r1", "kb:a", "kb:b", "ACCUSE")]
    )
    G = build_graph(records)
    G.nodes["kb:a"]["size"] = "large"
    back = nx.read_graphml(io.BytesIO(export_bytes(G, "graphml")))
    assert back.nodes["kb:a"]["size_"] == "large" and isinstance(back.nodes["kb:a"]["size"], float)


def test_export_positions_fill_in_the_nodes_the_screen_did_not_place(H):
    from graph.export import full_positions

    A = aggregate(H)
    pos = full_positions(A, {"kb:putin": (1.0, 2.0), "not-a-node": (0, 0)})
    assert set(pos) == set(A) and pos["kb:putin"] == (1.0, 2.0)


def test_caption_names_source_filters_dates_and_counts(H):
    from graph.export import caption_text

    A = aggregate(H)
    text = caption_text(A, "sample.json", ["Actors: Vladimir Putin"])
    assert text.startswith("Source: sample.json · Filters: Actors: Vladimir Putin · Dates: ")
    assert text.endswith(f"{A.number_of_nodes()} nodes, {H.number_of_edges()} relations")


def snapshot_data(page: str) -> dict:
    return json.loads(re.search(r"const DATA = (.*);\n", page).group(1))


def test_export_html_is_drawn_like_the_screen_at_the_given_positions(H):
    from graph.vis import BASE_OPTIONS

    A = aggregate(H)
    screen = {n: (float(i * 40), float(-i * 10)) for i, n in enumerate(A)}
    data = snapshot_data(
        export_bytes(A, "html", caption="Source: x · 1 node", positions=screen).decode()
    )
    assert data["caption"] == "Source: x · 1 node"
    for node in data["nodes"]:
        assert (node["x"], node["y"]) == screen[node["id"]]
        assert node["physics"] is False and node["shape"] and node["color"].startswith("#")
    assert data["options"]["edges"] == BASE_OPTIONS["edges"]
    assert data["options"]["physics"] == {"enabled": False}
    curved = [
        e for e in data["edges"] if "smooth" in e
    ]  # parallel edges curved apart, as on screen
    assert curved
    labels = {row["label"] for row in data["legend"]}
    assert "person" in labels


def test_export_html_carries_every_node_and_edge_evidence(H):
    A = aggregate(H)
    data = snapshot_data(export_bytes(A, "html").decode())
    edge = data["evidence"]["edges"]["kb:kushner->kb:trump"]
    assert edge == A.edges["kb:kushner", "kb:trump"]["sentences"]
    assert "Trump said Kushner, his son-in-law, would travel to Moscow." in {
        data["sentences"][s]["text"] for s in edge
    }
    assert set(edge) <= set(data["evidence"]["nodes"]["kb:kushner"])
    first = data["sentences"][edge[0]]
    assert first["title"] and first["date"]


def test_export_html_never_writes_markup_from_data():
    page = export_bytes(nx.MultiDiGraph(), "html").decode()
    script = page.rsplit("<script>", 1)[1]
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "textContent" in script


def test_export_png_has_room_for_labels_legend_and_caption(H):
    A = aggregate(H)
    plain = export_bytes(A, "png")
    captioned = export_bytes(
        A, "png", caption="Source: sample · Filters: none · 12 nodes, 16 relations"
    )
    width, height = struct.unpack(">II", plain[16:24])
    assert (width, height) >= (1600, 1200)

    def bottom(data):
        return Image.open(io.BytesIO(data)).convert("L").crop((0, height - 40, width, height))

    assert bottom(plain).getextrema() == (255, 255)  # white without a caption
    assert bottom(captioned).getextrema()[0] < 128  # dark text with one
    # the legend names what is drawn, in the top left corner
    corner = Image.open(io.BytesIO(plain)).convert("RGB").crop((0, 0, 400, 300))
    person = tuple(int("4e79a7"[i : i + 2], 16) for i in (0, 2, 4))
    assert any(c == person for _, c in corner.getcolors(maxcolors=1_000_000))


def test_export_png_uses_the_screen_positions(make_records):
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "COUNTRY")], [("r1", "kb:a", "kb:b", "ACCUSE")]
    )
    G = build_graph(records)
    left = Image.open(
        io.BytesIO(export_bytes(G, "png", positions={"kb:a": (0, 0), "kb:b": (1000, 0)}))
    )
    up = Image.open(
        io.BytesIO(export_bytes(G, "png", positions={"kb:a": (0, 0), "kb:b": (0, 1000)}))
    )
    assert left.tobytes() != up.tobytes()


def test_export_png_of_a_big_graph_draws_its_edges_straight_with_heads_at_the_targets(
    make_records,
):
    """Above the canvas' physics limit the canvas draws straight edges; so does the PNG, and
    each edge still shows in its family colour with its arrowhead at the target."""
    from graph.style import relation_style
    from graph.vis import PHYSICS_NODE_LIMIT

    extra = [(f"kb:n{i}", "PERSON") for i in range(PHYSICS_NODE_LIMIT)]
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "COUNTRY"), *extra], [("r1", "kb:a", "kb:b", "ACCUSE")]
    )
    G = build_graph(records)
    assert G.number_of_nodes() > PHYSICS_NODE_LIMIT
    positions = {"kb:a": (0, 0), "kb:b": (3000, 0)}
    positions.update({f"kb:n{i}": (i % 25 * 120, 900 + i // 25 * 60) for i in range(len(extra))})
    image = Image.open(io.BytesIO(export_bytes(G, "png", positions=positions))).convert("RGB")
    import numpy as np

    rgb = np.asarray(image).astype(int)
    colour = relation_style("ACCUSE")["color"]
    hue = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    strongest = int(np.argmax(hue))  # the channel that marks the edge's family colour
    others = [c for c in range(3) if c != strongest]
    marked = rgb[:, :, strongest] - rgb[:, :, others].max(axis=2) > 40  # drawn, even faded
    # the edge is a horizontal line at a's and b's height: the row with the longest run
    line_y = int(np.argmax(marked.sum(axis=1)))
    xs = np.flatnonzero(marked[line_y])
    assert xs.size and xs.max() - xs.min() > image.width / 3  # a long line joins a and b

    def thickness(x):
        return int(marked[max(0, line_y - 10) : line_y + 11, x].sum())

    # the head is at b's end (right), so the line is thicker there than at a's end
    assert thickness(int(xs.max()) - 3) > thickness(int(xs.min()) + 3)


def test_straight_edges_put_each_head_at_its_target_rim():
    """The geometry of a straight edge: from the source's rim to the target's rim."""
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.figure import Figure

    from graph.export import _draw_straight_edges

    fig = Figure(figsize=(4, 4), dpi=100)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 400)
    ax.set_ylim(0, 400)  # one data unit is one pixel
    pos = {"a": (100.0, 200.0), "b": (300.0, 200.0), "c": (300.0, 200.0)}
    edges = [("a", "b"), ("b", "a"), ("b", "c")]  # b and c on one spot: no direction
    _draw_straight_edges(
        ax,
        pos,
        edges,
        colours={e: "#ff0000" for e in edges},
        lines={("a", "b"): "solid", ("b", "a"): "dashed", ("b", "c"): "solid"},
        radius_px={"a": 10.0, "b": 20.0, "c": 5.0},
    )
    lines = [c for c in ax.collections if isinstance(c, LineCollection)]
    heads = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert len(heads) == 1
    tips = sorted(round(float(p.vertices[0][0])) for p in heads[0].get_paths())
    assert tips == [110, 280]  # a->b ends at b's rim (300 - 20), b->a at a's rim (100 + 10)
    segments = [seg for c in lines for seg in c.get_segments()]
    assert len(segments) == 2
    starts = sorted(round(float(seg[0][0])) for seg in segments)
    assert starts == [110, 280]  # each line leaves its source's rim
