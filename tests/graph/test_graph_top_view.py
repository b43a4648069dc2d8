"""The drawn top-nodes view (issue 20): :func:`graph.views.displayed_graph` ranks the top nodes
from pair counts of the filtered relations and merges only the pairs among them. It must draw
exactly what merging every pair first and ranking the merged graph drew: the same nodes, the
same merged edges with the same data, in the same order, and the same relations behind them."""

from __future__ import annotations

import dataclasses
import random

import networkx as nx
import pytest
from test_graph_filters import random_graph

from graph.filters import FilterSpec, apply_filters
from graph.spec import resolve_actors
from graph.views import actor_view, aggregate, displayed_graph


def merge_all_then_rank(V: nx.MultiDiGraph, spec: FilterSpec) -> tuple[nx.DiGraph, nx.Graph]:
    """The definition: filter the relations, merge EVERY pair, then apply min_weight and top_k
    to the merged graph (the code of displayed_graph before issue 20, without reader steps)."""
    H = apply_filters(V, dataclasses.replace(spec, min_weight=0, top_k=None))
    A = aggregate(H)
    if spec.min_weight > 1 or spec.top_k is not None:
        centres = resolve_actors(V, spec.actors)
        second = FilterSpec(
            actors=tuple(sorted((a for a in centres if a in A), key=str)),
            radius=spec.radius if spec.actors else 0,
            min_weight=spec.min_weight,
            top_k=spec.top_k,
            show_cooccurrence=True,
            keep_isolates=spec.keep_isolates,
        )
        A = aggregate(apply_filters(A, second))
        H = nx.subgraph_view(
            H, filter_node=A.__contains__, filter_edge=lambda u, v, k: A.has_edge(u, v)
        )
    return A, H


def assert_same_view(V: nx.MultiDiGraph, spec: FilterSpec) -> None:
    want_drawn, want_relations = merge_all_then_rank(V, spec)
    shown = displayed_graph(V, spec)
    assert list(shown.drawn.nodes(data=True)) == list(want_drawn.nodes(data=True)), spec
    assert list(shown.drawn.edges(data=True)) == list(want_drawn.edges(data=True)), spec
    assert list(shown.relations.edges(keys=True)) == list(want_relations.edges(keys=True)), spec
    assert list(shown.relations.nodes) == list(want_relations.nodes), spec


def weighted_random_graph(seed: int) -> nx.MultiDiGraph:
    """random_graph with weights, dates, modes and self-loops, so merged data and weights vary."""
    rng = random.Random(seed)
    G = random_graph(seed, cooccurrence_share=0.2)
    for n in list(G)[:3]:
        G.add_edge(n, n, key=f"loop-{n}", type="CONSULT", document="d0")
    for _, _, d in G.edges(data=True):
        d["weight"] = rng.choice([1.0, 1.0, 0.5, 2.0])
        d["date"] = f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        d["date_source"] = rng.choice(["text", "document"])
        d["mode"] = rng.choice(["asserted", "asserted", "negated", "possible"])
        d["confidence"] = rng.choice([0.4, 0.9])
        d["sentences"] = [f"s{rng.randint(0, 30)}"]
    return G


SPECS = [
    FilterSpec(top_k=k, min_weight=w, show_cooccurrence=co, hide_negated=neg)
    for k in (1, 5, 13, 59, 100)
    for w in (0, 1, 3)
    for co in (False, True)
    for neg in (False, True)
]


@pytest.mark.parametrize("seed", range(6))
def test_top_view_equals_merging_every_pair_first_on_random_graphs(seed):
    V = weighted_random_graph(seed)
    for spec in SPECS:
        assert_same_view(V, spec)
    for spec in [FilterSpec(top_k=7, entity_types=("PERSON",)), FilterSpec(top_k=9, radius=1)]:
        assert_same_view(V, spec)


def test_top_view_ties_in_ranking_go_by_id():
    """A ring: every node has the same number of pairs, so the ids alone pick the top nodes."""
    V = nx.MultiDiGraph()
    ids = [f"x{i}" for i in range(12)]
    V.add_nodes_from(ids, type="PERSON", mentions=1)
    for i, n in enumerate(ids):
        V.add_edge(n, ids[(i + 1) % 12], key=f"r{i}", type="CONSULT", weight=1.0)
    shown = displayed_graph(V, FilterSpec(top_k=4))
    # x0, x1, x10, x11 rank first by id (as strings); only their ring pairs are drawn
    assert sorted(shown.drawn.nodes) == ["x0", "x1", "x10", "x11"]
    assert list(shown.drawn.edges) == [("x0", "x1"), ("x10", "x11"), ("x11", "x0")]
    assert_same_view(V, FilterSpec(top_k=4))


@pytest.mark.parametrize("top_k", [1, 3, 10, 200])
@pytest.mark.parametrize("view", ["events", "actors"])
def test_top_view_equals_merging_every_pair_first_on_the_sample(G, view, top_k):
    V = G if view == "events" else actor_view(G)
    for spec in (
        FilterSpec(top_k=top_k),
        FilterSpec(top_k=top_k, min_weight=2),
        FilterSpec(top_k=top_k, show_cooccurrence=True, hide_negated=True, min_confidence=0.5),
        FilterSpec(top_k=top_k, keep_isolates=True),
    ):
        assert_same_view(V, spec)
