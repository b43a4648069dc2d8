"""Centrality and communities: node size and colour in the app, and the key-actors table.

Each function takes the graph first and returns ``{node: value}``; every function accepts any
graph or view and never mutates it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    import pandas as pd

#: Above this many nodes, betweenness is estimated from ``k`` sampled sources.
BETWEENNESS_EXACT_LIMIT = 500
SEED = 42


def degree(G: nx.Graph) -> dict[Any, int]:
    """Number of edges at each node (in + out; parallel edges count).

    >>> degree(nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "c")]))
    {'a': 2, 'b': 3, 'c': 1}
    """
    return dict(G.degree())


def weighted_degree(G: nx.Graph, weight: str = "weight") -> dict[Any, float]:
    """Sum of the ``weight`` of the edges at each node (missing weight counts 1).

    >>> weighted_degree(nx.DiGraph([("a", "b", {"weight": 3.0})]))
    {'a': 3.0, 'b': 3.0}
    """
    return {n: float(d) for n, d in G.degree(weight=weight)}


def pagerank(G: nx.Graph, weight: str = "weight") -> dict[Any, float]:
    """PageRank on the directed graph (parallel edges add up); empty graph -> {}.

    >>> pr = pagerank(nx.DiGraph([("a", "c"), ("b", "c")]))
    >>> max(pr, key=pr.get)
    'c'
    """
    if G.number_of_nodes() == 0:
        return {}
    try:
        return nx.pagerank(G, weight=weight)
    except nx.PowerIterationFailedConvergence:
        return nx.pagerank(G, weight=weight, max_iter=1000, tol=1e-4)


def betweenness(G: nx.Graph, k: int | None = None, seed: int = SEED) -> dict[Any, float]:
    """Betweenness centrality (unweighted), sampled from ``k`` sources on large graphs.

    ``k`` defaults to exact below :data:`BETWEENNESS_EXACT_LIMIT` nodes and to 200 samples
    above it; ``seed`` makes the sample reproducible.

    >>> bc = betweenness(nx.DiGraph([("a", "b"), ("b", "c")]))
    >>> bc["b"] > bc["a"]
    True
    """
    n = G.number_of_nodes()
    if k is None and n > BETWEENNESS_EXACT_LIMIT:
        k = 200
    if k is not None and k >= n:
        k = None
    H = nx.DiGraph(G) if G.is_multigraph() else G
    return nx.betweenness_centrality(H, k=k, seed=seed if k else None)


def communities(G: nx.Graph, weight: str = "weight", seed: int = SEED) -> list[set]:
    """Louvain communities (on the undirected graph), largest first; fixed seed.

    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z")])
    >>> [sorted(c) for c in communities(G)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    if G.number_of_nodes() == 0:
        return []
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        w = d.get(weight, 1.0)
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    found = nx.community.louvain_communities(H, weight="weight", seed=seed)
    return sorted(found, key=lambda c: (-len(c), sorted(map(str, c))))


def community_of(G: nx.Graph, seed: int = SEED) -> dict[Any, int]:
    """Community index (0 = largest community) of every node."""
    return {n: i for i, c in enumerate(communities(G, seed=seed)) for n in c}


def key_actors(
    G: nx.Graph, top: int = 20, exclude_types: tuple[str, ...] = ("EVENT",)
) -> pd.DataFrame:
    """Table of the ``top`` most central entities, highest PageRank first.

    Columns: id, label, type, mentions, degree, weighted_degree, pagerank, betweenness,
    community. Metrics are computed on the whole of ``G``; rows of ``exclude_types`` are left
    out of the table.

    >>> G = nx.MultiDiGraph([("a", "c"), ("b", "c")])
    >>> key_actors(G, top=1)[["id", "degree"]].to_dict("records")
    [{'id': 'c', 'degree': 2}]
    """
    import pandas as pd  # here, so that importing graph stays quick for the CLI

    columns = [
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
    if G.number_of_nodes() == 0:
        return pd.DataFrame(columns=columns)
    deg, wdeg, pr = degree(G), weighted_degree(G), pagerank(G)
    bc, comm = betweenness(G), community_of(G)
    rows = [
        {
            "id": n,
            "label": d.get("label", str(n)),
            "type": d.get("type"),
            "mentions": d.get("mentions", 0),
            "degree": deg[n],
            "weighted_degree": wdeg[n],
            "pagerank": pr.get(n, 0.0),
            "betweenness": bc.get(n, 0.0),
            "community": comm.get(n, -1),
        }
        for n, d in G.nodes(data=True)
        if d.get("type") not in exclude_types
    ]
    table = pd.DataFrame(rows, columns=columns)
    table = table.sort_values(["pagerank", "degree", "id"], ascending=[False, False, True])
    return table.head(top).reset_index(drop=True)
