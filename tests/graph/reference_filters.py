"""Filters as networkx predicates, one per FilterSpec field: the reference the tests hold
:func:`graph.filters.apply_filters` to.

Each factory takes the graph first and returns a predicate in networkx's shape (``node -> bool``
or ``(u, v[, key]) -> bool``), so each can be handed to :func:`networkx.subgraph_view` on its
own. They are slow (networkx re-tests every edge on each pass) but plainly right, which is
what a reference is for; the app and the CLI use :func:`graph.filters.apply_filters`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

from graph.errors import FilterError
from graph.spec import (
    EdgeTest,
    NodeTest,
    check_documents,
    check_period,
    check_reliability,
    check_types,
    documents_test,
    entity_type_test,
    min_weight_test,
    period_test,
    relation_type_test,
    reliability_test,
    wanted_modes,
    wanted_types,
)
from records import ENTITY_TYPES, RELATION_TYPES

NodePredicate = Callable[[Any], bool]
EdgePredicate = Callable[..., bool]


def _edge_predicate(G: nx.Graph, test: EdgeTest) -> EdgePredicate:
    """Wrap a test on the edge's data dict into networkx's edge-predicate signature."""
    adj = G.adj  # the public view: slower than graph.nxdicts, fine for a reference
    if G.is_multigraph():
        return lambda u, v, k: test(adj[u][v][k])
    return lambda u, v: test(adj[u][v])


def by_relation_types(
    G: nx.Graph, types: Iterable[str] = (), show_cooccurrence: bool = False
) -> EdgePredicate:
    """Edge predicate: relation type in ``types`` (empty = all); CO_OCCURS hidden unless asked.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="r1", type="CONSULT")
    'r1'
    >>> G.add_edge("a", "b", key="r2", type="CO_OCCURS")
    'r2'
    >>> list(nx.subgraph_view(G, filter_edge=by_relation_types(G)).edges(keys=True))
    [('a', 'b', 'r1')]
    """
    types = check_types("relation", types, RELATION_TYPES)
    return _edge_predicate(G, relation_type_test(wanted_types(tuple(types), show_cooccurrence)))


def in_period(
    G: nx.Graph, date_from: dt.date | str | None = None, date_to: dt.date | str | None = None
) -> EdgePredicate:
    """Edge predicate: the relation's ``date`` lies in [date_from, date_to] (inclusive).

    Undated relations fail; a partial date ('2025-12') passes if it overlaps the period.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="r1", date="2025-12-02")
    'r1'
    >>> G.add_edge("a", "b", key="r2", date="2022-02-24")
    'r2'
    >>> keep = in_period(G, "2025-12-01", None)
    >>> keep("a", "b", "r1"), keep("a", "b", "r2")
    (True, False)
    """
    lo, hi = check_period(date_from, date_to)
    return _edge_predicate(G, period_test(lo, hi))


def in_documents(G: nx.Graph, documents: Iterable[str]) -> EdgePredicate:
    """Edge predicate: the relation's evidence comes from one of ``documents``.

    >>> G = nx.MultiDiGraph(documents={"d1": {}, "d2": {}})
    >>> G.add_edge("a", "b", key="r1", document="d1")
    'r1'
    >>> in_documents(G, ["d2"])("a", "b", "r1")
    False
    """
    return _edge_predicate(G, documents_test(check_documents(G, documents)))


def with_min_weight(G: nx.Graph, min_weight: float) -> EdgePredicate:
    """Edge predicate: ``weight`` (1 per relation, the count when aggregated) >= min_weight."""
    if min_weight < 0:
        raise FilterError(f"min_weight {min_weight} is negative; expected 0 or more")
    return _edge_predicate(G, min_weight_test(min_weight))


def by_reliability(
    G: nx.Graph, modes: Iterable[str] = (), hide_negated: bool = False, min_confidence: float = 0.0
) -> EdgePredicate:
    """Edge predicate: the relation's mode is in ``modes`` (empty = all; negated left out when
    ``hide_negated``) and its confidence is at least ``min_confidence``.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="r1", mode="asserted", confidence=0.9)
    >>> _ = G.add_edge("a", "b", key="r2", mode="negated", confidence=0.9)
    >>> _ = G.add_edge("a", "b", key="r3", mode="possible", confidence=0.5)
    >>> keep = by_reliability(G, hide_negated=True, min_confidence=0.8)
    >>> [k for u, v, k in G.edges(keys=True) if keep(u, v, k)]
    ['r1']
    >>> [k for u, v, k in G.edges(keys=True) if by_reliability(G, ["possible", "negated"])(u, v, k)]
    ['r2', 'r3']
    """
    modes = tuple(modes)
    test = reliability_test(
        wanted_modes(modes, hide_negated), check_reliability(modes, min_confidence)
    )
    return (lambda *edge: True) if test is None else _edge_predicate(G, test)


def _node_predicate(G: nx.Graph, test: NodeTest) -> NodePredicate:
    nodes = G.nodes
    return lambda n: test(nodes[n])


def by_entity_types(G: nx.Graph, types: Iterable[str]) -> NodePredicate:
    """Node predicate: entity type in ``types`` (empty = all).

    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("p", {"type": "PERSON"}), ("c", {"type": "COUNTRY"})])
    >>> list(nx.subgraph_view(G, filter_node=by_entity_types(G, ["COUNTRY"])))
    ['c']
    """
    types = check_types("entity", types, ENTITY_TYPES)
    if not types:
        return lambda n: True
    return _node_predicate(G, entity_type_test(types))


def with_min_mentions(G: nx.Graph, min_mentions: int) -> NodePredicate:
    """Node predicate: the entity is mentioned at least ``min_mentions`` times."""
    if min_mentions < 0:
        raise FilterError(f"min_mentions {min_mentions} is negative; expected 0 or more")
    return _node_predicate(G, lambda d: d.get("mentions", 0) >= min_mentions)


def matching_text(G: nx.Graph, text: str) -> NodePredicate:
    """Node predicate: ``text`` occurs (case-insensitively) in the label, an alias or the id.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("kb:putin", label="Vladimir Putin", aliases=["Poetin"])
    >>> matching_text(G, "POET")("kb:putin"), matching_text(G, "trump")("kb:putin")
    (True, False)
    """
    needle = text.strip().casefold()

    def test(d: dict, node: Any) -> bool:
        if needle in str(d.get("label", "")).casefold() or needle in str(node).casefold():
            return True
        return any(needle in str(a).casefold() for a in d.get("aliases") or ())

    nodes = G.nodes
    return lambda n: test(nodes[n], n)


def around(
    G: nx.Graph,
    nodes: Iterable[Any],
    radius: int = 1,
    node_ok: NodePredicate | None = None,
    edge_ok: EdgeTest | None = None,
) -> NodePredicate:
    """Node predicate: within ``radius`` hops of ``nodes``, following edges in either direction.

    ``node_ok`` (node predicate) and ``edge_ok`` (test on an edge's data dict) restrict the
    hops to what other filters leave visible. The centres themselves are always included.

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("d", "c")])
    >>> sorted(nx.subgraph_view(G, filter_node=around(G, ["a"], 2)))
    ['a', 'b', 'c']
    """
    if radius < 0:
        raise FilterError(f"radius {radius} is negative; expected 0 or more")
    seen = {n for n in nodes if n in G}
    frontier = list(seen)
    for _ in range(radius):
        step = []
        for u in frontier:
            if G.is_directed():
                near = set(G.successors(u)) | set(G.predecessors(u))
            else:
                near = set(G.neighbors(u))
            for v in sorted(near - seen, key=str):
                if node_ok is not None and not node_ok(v):
                    continue
                if edge_ok is not None and not any(edge_ok(d) for d in _edge_data(G, u, v)):
                    continue
                seen.add(v)
                step.append(v)
        frontier = step
    return nx.filters.show_nodes(seen)


def _edge_data(G: nx.Graph, u: Any, v: Any) -> list[dict]:
    """The data dicts of every edge between ``u`` and ``v``, either way."""
    found = []
    for a, b in ((u, v), (v, u)):
        data = G.get_edge_data(a, b)
        if data:
            found.extend(data.values() if G.is_multigraph() else [data])
    return found
