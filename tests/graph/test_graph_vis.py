"""Styling and the vis-network payload: ids, colours, sizes, plain-text tooltips."""

from __future__ import annotations

import copy

import networkx as nx

from graph.build import build_graph
from graph.filters import FilterSpec, apply_filters
from graph.layout import positions
from graph.style import (
    ENTITY_COLOURS,
    FAMILY_COLOURS,
    RELATION_STYLES,
    entity_colour,
    entity_shape,
    legend,
    mode_style,
    relation_style,
)
from graph.views import aggregate
from graph.vis import vis_data, vis_data_hash
from records import ENTITY_TYPES, RELATION_TYPES


def test_style_one_distinct_colour_per_entity_type():
    assert set(ENTITY_COLOURS) == set(ENTITY_TYPES)
    assert len(set(ENTITY_COLOURS.values())) == len(ENTITY_TYPES)


def test_style_every_relation_type_has_colour_and_label():
    for kind in RELATION_TYPES:
        style = relation_style(kind)
        assert style["color"].startswith("#") and len(style["color"]) == 7
        assert style["label"]
    labels = [label for _, label in RELATION_STYLES.values()]
    assert len(set(labels)) == len(labels)
    assert relation_style("UNHEARD_OF")["label"] == "unheard_of"


def test_style_legend_lists_entity_types_then_relation_families():
    rows = legend()
    assert [r["type"] for r in rows if r["kind"] == "entity"] == list(ENTITY_TYPES)
    families = [r for r in rows if r["kind"] == "relation"]
    assert [r["type"] for r in families] == list(FAMILY_COLOURS)
    listed = ", ".join(r["label"].split(": ", 1)[1] for r in families).split(", ")
    assert sorted(listed) == sorted(relation_style(t)["label"] for t in RELATION_TYPES)
    assert rows[0]["color"] == entity_colour("PERSON") and rows[0]["shape"] == "dot"


def test_style_families_and_shapes_can_be_told_apart():
    # statement and role, and coerce/assault/accuse against cooperation, differ in colour
    assert relation_style("STATEMENT")["color"] != relation_style("ROLE")["color"]
    assert len(set(FAMILY_COLOURS.values())) == len(FAMILY_COLOURS)
    assert len({entity_shape(t) for t in ENTITY_TYPES}) == len(ENTITY_TYPES)


def test_style_legend_of_the_types_on_screen_lists_only_those():
    rows = legend(["COUNTRY"], ["ASSAULT"])
    assert [(r["kind"], r["label"]) for r in rows] == [
        ("entity", "country"),
        ("relation", "conflict: assault"),
    ]


def test_vis_data_ids_and_colours(G):
    H = apply_filters(G, FilterSpec(show_cooccurrence=True))
    data = vis_data(H)
    assert {n["id"] for n in data["nodes"]} == set(H)
    edge_ids = [e["id"] for e in data["edges"]]
    assert sorted(edge_ids) == sorted(k for _, _, k in H.edges(keys=True))
    assert len(set(edge_ids)) == len(edge_ids)
    putin = next(n for n in data["nodes"] if n["id"] == "kb:putin")
    assert putin["label"] == "Vladimir Putin"
    assert putin["color"] == entity_colour("PERSON")
    assault = next(e for e in data["edges"] if e["id"] == "r15")
    assert (assault["from"], assault["to"]) == ("kb:russia", "kb:ukraine")
    assert assault["color"] == relation_style("ASSAULT")["color"]
    assert assault["arrows"] == "to"


def test_vis_data_tooltips_are_plain_text_with_evidence(G):
    data = vis_data(apply_filters(G, FilterSpec()))
    agree = next(e for e in data["edges"] if e["id"] == "r6")
    lines = agree["title"].split("\n")
    assert lines[0] == "Vladimir Putin → Steve Witkoff: agree (negated)"
    sentence = G.graph["sentences"][G.edges["kb:putin", "kb:witkoff", "r6"]["sentences"][0]]
    assert f"“{sentence['text']}”" in lines
    assert agree["dashes"] == mode_style("negated")["dashes"]  # dotted: negated
    assert agree["label"] == "not agree" and agree["mode"] == "negated"
    assert all("<" not in item["title"] for item in data["nodes"] + data["edges"])


def test_vis_data_untrusted_text_stays_text(make_records):
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON")], [("r1", "kb:a", "kb:b", "ACCUSE")]
    )
    evil = '<img src=x onerror="alert(1)">'
    records["entities"][0]["label"] = evil
    records["sentences"][0]["text"] = f"He wrote {evil}."
    data = vis_data(build_graph(records))
    node = next(n for n in data["nodes"] if n["id"] == "kb:a")
    assert node["label"] == evil  # vis-network draws labels on a canvas
    assert node["title"].split("\n")[0] == evil  # a string title is shown as text
    assert f"He wrote {evil}." in data["edges"][0]["title"]


def test_vis_data_positions_and_sizes(G):
    H = apply_filters(G, FilterSpec())
    pos = positions(H)
    data = vis_data(H, pos)
    for n in data["nodes"]:
        assert (n["x"], n["y"]) == pos[n["id"]]
        assert n["physics"] is False
    size = {n["id"]: n["size"] for n in data["nodes"]}
    assert size["kb:putin"] > size["kb:macron"]  # far better connected


def test_vis_data_does_not_touch_the_graph(G):
    H = aggregate(G)
    before = copy.deepcopy((dict(H.nodes(data=True)), list(H.edges(data=True))))
    vis_data(H)
    assert (dict(H.nodes(data=True)), list(H.edges(data=True))) == before


def test_vis_data_of_an_aggregate_uses_aggregated_ids(G):
    data = vis_data(aggregate(apply_filters(G, FilterSpec())))
    family = next(e for e in data["edges"] if e["id"] == "kb:kushner->kb:trump")
    assert family["label"] == "family ×2"
    assert family["width"] > 1


def test_vis_data_empty_graph():
    assert vis_data(nx.MultiDiGraph()) == {"nodes": [], "edges": []}


def test_vis_data_hash_changes_with_content(G):
    a = vis_data(apply_filters(G, FilterSpec()))
    b = vis_data(apply_filters(G, FilterSpec(relation_types=("ROLE",))))
    assert vis_data_hash(a) == vis_data_hash(copy.deepcopy(a))
    assert vis_data_hash(a) != vis_data_hash(b)


def test_vis_data_is_what_pyvis_made_of_the_same_graph(G):
    """The payload was made by pyvis' from_nx; it is now built without importing pyvis (IPython,
    Jinja: ~0.5 s of a new server's first page). The same graphs give the same nodes and edges,
    key for key, in the same order: sizes truncated for linked nodes, isolated ones kept."""
    from pyvis.network import Network

    from graph import vis

    def by_pyvis(H, pos=None):
        D = vis._display_graph(H, pos, vis.node_sizes(H))
        net = Network(directed=True, cdn_resources="in_line")
        net.from_nx(D.copy(), show_edge_weights=False)
        nodes, edges, *_ = net.get_network_data()
        return [list(n.items()) for n in nodes], [list(e.items()) for e in edges]

    lonely = G.copy()
    lonely.add_node("kb:alone", label="", type="PERSON")  # isolated, empty label
    H = apply_filters(G, FilterSpec())
    for view, pos in ((G, None), (H, positions(H)), (aggregate(H), None), (lonely, None)):
        D = vis._display_graph(view, pos, vis.node_sizes(view))
        nodes, edges = vis._network_data(D)
        assert ([list(n.items()) for n in nodes], [list(e.items()) for e in edges]) == by_pyvis(
            view, pos
        )
    node = next(n for n in vis_data(lonely)["nodes"] if n["id"] == "kb:alone")
    assert node["label"] == "kb:alone" and node["shape"] == entity_shape("PERSON")
