"""Centralities, communities and the key-actors table."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.metrics import (
    betweenness,
    communities,
    community_of,
    degree,
    key_actors,
    pagerank,
    weighted_degree,
)


def test_metrics_degree_counts_parallel_edges():
    G = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("c", "a")])
    assert degree(G) == {"a": 3, "b": 2, "c": 1}


def test_metrics_weighted_degree_uses_weight():
    G = nx.DiGraph()
    G.add_edge("a", "b", weight=2.5)
    G.add_edge("b", "c")
    assert weighted_degree(G) == {"a": 2.5, "b": 3.5, "c": 1.0}


def test_metrics_pagerank_favours_the_much_addressed_node():
    G = nx.MultiDiGraph([(x, "hub") for x in "abcd"] + [("hub", "a")])
    pr = pagerank(G)
    assert max(pr, key=pr.get) == "hub"
    assert sum(pr.values()) == pytest.approx(1.0)
    assert pagerank(nx.MultiDiGraph()) == {}


def test_metrics_betweenness_of_a_bridge():
    G = nx.MultiDiGraph([("a", "m"), ("m", "b")])
    bc = betweenness(G)
    assert bc["m"] > 0 and bc["a"] == bc["b"] == 0


def test_metrics_betweenness_is_sampled_and_reproducible_on_large_graphs():
    G = nx.gnm_random_graph(700, 1400, seed=1, directed=True)
    first, second = betweenness(G), betweenness(G)
    assert first == second
    assert first != nx.betweenness_centrality(G)  # an estimate, not the exact values


def test_metrics_communities_separate_two_groups():
    G = nx.MultiDiGraph()
    for group in ("abc", "xyz"):
        for u in group:
            for v in group:
                if u < v:
                    G.add_edge(u, v)
    G.add_edge("c", "x")
    found = communities(G)
    assert sorted(sorted(c) for c in found) == [["a", "b", "c"], ["x", "y", "z"]]
    index = community_of(G)
    assert index["a"] == index["b"] != index["y"]


def test_key_actors_table(G):
    table = key_actors(G, top=5)
    assert list(table.columns) == [
        "id",
        "label",
        "type",
        "mentions",
        "degree",
        "weighted_degree",
        "pagerank",
        "betweenness",
        "community",
    ]
    assert len(table) == 5
    assert "EVENT" not in set(table["type"])
    pr = {n: v for n, v in nx.pagerank(G, weight="weight").items() if G.nodes[n]["type"] != "EVENT"}
    assert table.loc[0, "id"] == max(pr, key=pr.get)
    assert list(table["pagerank"]) == sorted(table["pagerank"], reverse=True)
    putin = key_actors(G, top=50).set_index("id").loc["kb:putin"]
    assert putin["label"] == "Vladimir Putin"
    assert putin["degree"] == G.degree("kb:putin")


def test_key_actors_of_an_empty_graph():
    assert key_actors(nx.MultiDiGraph()).empty
