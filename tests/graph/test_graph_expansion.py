"""The reader's steps (issue 21, item 2): showing a node's neighbours and hiding nodes, as
:func:`graph.views.displayed_graph` applies them to what is on screen and in the exports."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from graph import expansion as steps
from graph.build import build_graph
from graph.expansion import expansion, letting_in, without_steps
from graph.filters import FilterSpec
from graph.views import base_view, displayed_graph, select
from tests.browser.support import SAMPLE_RECORDS


def small_graph() -> nx.MultiDiGraph:
    """Four people, a country and the relations between them:

    anna -CONSULT-> bert, anna -CO_OCCURS- cara, dora -ACCUSE-> anna (negated),
    cara -AID-> ecu (a country), bert -CONSULT-> cara, anna -AID-> ecu (2025-03-01)."""
    V = nx.MultiDiGraph()
    for node, kind in [
        ("anna", "PERSON"),
        ("bert", "PERSON"),
        ("cara", "PERSON"),
        ("dora", "PERSON"),
        ("ecu", "COUNTRY"),
    ]:
        V.add_node(node, type=kind, label=node.title(), mentions=2)
    relations = [
        ("anna", "bert", "CONSULT", {}),
        ("anna", "cara", "CO_OCCURS", {}),
        ("dora", "anna", "ACCUSE", {"mode": "negated", "negated": True}),
        ("cara", "ecu", "AID", {}),
        ("bert", "cara", "CONSULT", {}),
        ("anna", "ecu", "AID", {"date": "2025-03-01"}),
    ]
    for i, (u, v, kind, extra) in enumerate(relations):
        V.add_edge(u, v, key=f"r{i}", type=kind, weight=1.0, sentences=[], **extra)
    return V


def drawn(V: nx.MultiDiGraph, **fields) -> tuple[list, list]:
    shown = displayed_graph(V, FilterSpec(**fields))
    return sorted(shown.drawn), sorted(shown.drawn.edges)


def test_an_expansion_adds_the_neighbours_over_relations_the_filters_let_in():
    V = small_graph()
    assert expansion(V, FilterSpec(), {"anna"}, "anna") == {"bert", "dora", "ecu"}
    # co-occurrence is let in only when shown; negated relations only when not hidden
    assert "cara" in expansion(V, FilterSpec(show_cooccurrence=True), {"anna"}, "anna")
    assert "dora" not in expansion(V, FilterSpec(hide_negated=True), {"anna"}, "anna")
    # entity and relation types, and the period
    assert expansion(V, FilterSpec(entity_types=("PERSON",)), {"anna"}, "anna") == {"bert", "dora"}
    assert expansion(V, FilterSpec(relation_types=("AID",)), {"anna"}, "anna") == {"ecu"}
    assert expansion(V, FilterSpec(date_from="2025-01-01"), set(), "anna") == {"ecu"}
    # what is displayed already, or hidden, is not added
    assert expansion(V, FilterSpec(hidden=("dora",)), {"anna", "bert"}, "anna") == {"ecu"}
    assert expansion(V, FilterSpec(), set(), "nobody") == set()


def test_the_size_filters_do_not_limit_an_expansion():
    spec = letting_in(FilterSpec(actors=("anna",), radius=0, top_k=1, min_mentions=9, text="x"))
    assert spec == FilterSpec()
    assert without_steps(FilterSpec(hidden=("a",), expanded=("b",))) == FilterSpec()


def test_expanding_an_actor_drawn_alone_draws_its_neighbours_and_their_links():
    V = small_graph()
    assert drawn(V, actors=("bert",), radius=0) == (["bert"], [])
    nodes, edges = drawn(V, actors=("bert",), radius=0, expanded=("bert",))
    assert nodes == ["anna", "bert", "cara"]
    # anna and cara are both new: the link between them is co-occurrence, hidden by default
    assert edges == [("anna", "bert"), ("bert", "cara")]
    nodes, edges = drawn(V, actors=("bert",), radius=0, expanded=("bert", "cara"))
    assert nodes == ["anna", "bert", "cara", "ecu"]
    assert ("anna", "ecu") in edges and ("cara", "ecu") in edges


def test_on_the_sample_expanding_a_lone_actor_shows_what_radius_one_shows():
    V = base_view(build_graph(json.loads(SAMPLE_RECORDS.read_text(encoding="utf-8"))), "actors")
    reliable = {"hide_negated": True, "min_confidence": 0.5}
    checked = 0
    for node in sorted(V, key=str)[:6]:
        expanded = displayed_graph(
            V, FilterSpec(actors=(node,), radius=0, expanded=(node,), **reliable)
        )
        ego = displayed_graph(V, FilterSpec(actors=(node,), radius=1, **reliable))
        assert sorted(expanded.drawn) == sorted(ego.drawn), node
        assert sorted(expanded.drawn.edges) == sorted(ego.drawn.edges), node
        checked += expanded.drawn.number_of_nodes() > 1
    assert checked  # at least one of them had neighbours to show


def test_a_hidden_node_goes_with_its_relations_and_the_nodes_only_it_linked():
    V = small_graph()
    nodes, edges = drawn(V, hidden=("anna",))
    assert nodes == ["bert", "cara", "ecu"]  # dora was linked by anna alone
    assert all("anna" not in edge for edge in edges)
    shown = displayed_graph(V, FilterSpec(hidden=("anna",)))
    assert all("anna" not in (u, v) for u, v, _ in shown.relations.edges(keys=True))
    # a chosen actor drawn alone stays; hiding it wins over expanding it; unknown ids are ignored
    assert drawn(V, actors=("dora",), radius=0, hidden=("anna",)) == (["dora"], [])
    assert drawn(V, expanded=("anna",), hidden=("anna", "ghost")) == drawn(V, hidden=("anna",))
    assert drawn(V, expanded=("ghost",)) == drawn(V)


def test_an_expansion_is_kept_by_top_nodes_and_exports_write_the_steps():
    V = small_graph()
    nodes, _ = drawn(V, top_k=2, expanded=("ecu",))
    assert {"anna", "cara", "ecu"} <= set(nodes)
    exported = select(V, FilterSpec(hidden=("bert",)), view="aggregate")
    assert "bert" not in exported and "anna" in exported


@pytest.mark.parametrize("field", ["hidden", "expanded"])
def test_steps_are_part_of_the_spec_so_caches_keyed_by_its_repr_tell_them_apart(field):
    assert repr(FilterSpec(**{field: ("anna",)})) != repr(FilterSpec())


def test_a_hub_brings_its_most_linked_neighbours_up_to_the_limit(monkeypatch):
    V = nx.MultiDiGraph()
    V.add_node("hub", type="PERSON")
    for i in range(6):
        V.add_node(f"n{i}", type="PERSON")
        for j in range(i + 1):  # n5 has the most relations with the hub, n0 the fewest
            V.add_edge("hub", f"n{i}", key=f"r{i}-{j}", type="CONSULT", weight=1.0)
    monkeypatch.setattr(steps, "EXPANSION_LIMIT", 3)
    assert len(expansion(V, FilterSpec(), {"hub"}, "hub")) == 6  # the count is all of them
    nodes, _ = drawn(V, actors=("hub",), radius=0, expanded=("hub",))
    assert nodes == ["hub", "n3", "n4", "n5"]
