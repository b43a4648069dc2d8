"""Building the view a :class:`~graph.spec.FilterSpec` asks for: :func:`apply_filters`.

:func:`apply_filters` checks the spec (:func:`graph.spec.check_spec`), turns its fields into
node and edge tests (:mod:`graph.spec`) and builds ONE read-only ``nx.subgraph_view`` of the
graph it was given, by the cheapest of four routes, one function each:

- :func:`_from_base`: few edges hidden by type and no other edge test: G's adjacency without
  the hidden types (cut once per graph, kept by :mod:`graph.index`) on the allowed nodes. With
  a reliability filter (modes, hide_negated, min_confidence) the base is G's adjacency without
  the hidden types and the unsure or negated relations (:func:`_reliable_base`), cut once per
  graph and setting, however many edges it hides: the explorer's default view hides negated
  relations and those below the confidence threshold, and every later view with that
  setting (actors, search, entity types, top nodes) starts from it;
- :func:`_top_k_by_type`: "top nodes" on relation types alone, ranked by the index's degrees;
- :func:`_edges_among`: actors or a text search: the edges among the nodes around the centres;
- :func:`_visible_edges`: otherwise, the edges passing every test, listed from the smallest
  group of the index.

Node and edge data are G's own dicts (read through :mod:`graph.nxdicts`), not copies, and
nothing is mutated. Works on the full MultiDiGraph, on :func:`graph.views.actor_view` and on
:func:`graph.views.aggregate` (for an aggregated edge the relation-type test looks at its
``types`` counts, so filter the MultiDiGraph first and aggregate the result where possible).
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

import networkx as nx

from graph._gc import paused_gc
from graph.adjacency import (
    Adjacency,
    best_connected,
    edge_counts,
    from_edges,
    node_mask,
    nodes_within,
    restricted,
    without_edges,
)
from graph.index import GraphIndex, graph_index
from graph.nxdicts import node_dict, pred_dict, succ_dict
from graph.spec import (
    EdgeTest,
    FilterSpec,
    NodeTest,
    all_of,
    check_spec,
    documents_test,
    entity_type_test,
    event_period_test,
    min_weight_test,
    period_test,
    relation_type_test,
    reliability_test,
    wanted_modes,
    wanted_types,
)

__all__ = ["FilterSpec", "apply_filters"]


def apply_filters(G: nx.Graph, spec: FilterSpec = FilterSpec()) -> nx.Graph:
    """Return one read-only ``nx.subgraph_view`` of ``G`` showing what ``spec`` asks for.

    Reads node attributes ``type``, ``mentions``, ``label``, ``aliases``, ``event`` and edge
    attributes ``type`` (or ``types``), ``date``, ``document`` (or ``documents``), ``weight``,
    ``mode`` (or ``modes``, else ``negated``) and ``confidence``.

    Isolated nodes are DROPPED: a node is shown only if at least one of its edges is visible,
    except the centres (``spec.actors`` and nodes matching ``spec.text``), which are always
    shown, and except when ``spec.keep_isolates`` is true. The view is built here, as plain
    dicts (:mod:`graph.adjacency`), by one of two routes: where the relation types hide at most
    half the edges (the default hides CO_OCCURS), from G's adjacency without them (and without
    the relations the reliability filter hides), cut once per graph and setting and kept by
    :mod:`graph.index`, then restricted to the allowed nodes; otherwise by listing the visible
    edges from the smallest matching group of the index.

    Raises :class:`FilterError` for an unknown relation/entity type, mode, actor or document, a
    reversed period, a negative radius, min_mentions or min_weight, or a min_confidence that is
    no number from 0 to 1.

    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("a", {"type": "PERSON"}), ("b", {"type": "PERSON"}),
    ...                   ("c", {"type": "COUNTRY"})])
    >>> _ = G.add_edge("a", "b", key="r1", type="CONSULT")
    >>> _ = G.add_edge("a", "c", key="r2", type="CO_OCCURS")
    >>> H = apply_filters(G, FilterSpec())
    >>> sorted(H.nodes), list(H.edges(keys=True))
    (['a', 'b'], [('a', 'b', 'r1')])
    >>> apply_filters(G, FilterSpec(relation_types=("MEET",)))
    Traceback (most recent call last):
    ...
    graph.errors.FilterError: unknown relation type 'MEET'; expected one of AGREE, ...
    """
    lo, hi, centres = check_spec(G, spec)
    index = graph_index(G)
    node_data = node_dict(G)

    # node tests
    node_tests: list[NodeTest] = []
    if spec.entity_types:
        node_tests.append(entity_type_test(spec.entity_types))
    if spec.min_mentions:
        node_tests.append(lambda d, m=spec.min_mentions: d.get("mentions", 0) >= m)
    if lo or hi:
        node_tests.append(event_period_test(lo, hi))
    node_test = all_of(*node_tests) if node_tests else None

    def node_ok(n: Any) -> bool:
        return node_test is None or node_test(node_data[n])

    # edge tests
    wanted = wanted_types(spec.relation_types, spec.show_cooccurrence)
    type_test = relation_type_test(wanted)
    other_tests: list[EdgeTest] = []
    if lo or hi:
        other_tests.append(period_test(lo, hi))
    if spec.documents:
        other_tests.append(documents_test(set(spec.documents)))
    if spec.min_weight > index.min_weight:  # else every edge passes: skip the test
        other_tests.append(min_weight_test(spec.min_weight))
    # Where the relation-type test (and the reliability test) hide few edges (the default view
    # hides only CO_OCCURS; the explorer's also negated and unsure relations), the view starts
    # from G's adjacency without them (kept in the index) and keeps the allowed nodes;
    # otherwise it lists the visible edges, from the smallest index group or the few allowed
    # nodes.
    reliable = reliability_test(wanted_modes(spec.modes, spec.hide_negated), spec.min_confidence)
    base = None
    if not other_tests:
        if reliable is None:
            base = _visible_base(G, index, wanted)
        else:
            base = _reliable_base(G, index, wanted, spec, reliable)
    if reliable is not None and base is None:
        other_tests.append(reliable)
    edge_test = all_of(type_test, *other_tests)

    # centres: actors and text matches
    text = spec.text.strip().casefold()
    if text:
        search = index.search_text
        centres |= {n for n, hay in search.items() if text in hay and node_ok(n)}
    seeded = bool(spec.actors or text)

    walk_ok = None if node_test is None else node_ok
    if seeded and base is not None:
        # a boolean array over base's nodes
        allowed: Any = nodes_within(base, centres, spec.radius, walk_ok)
    elif seeded:
        allowed = _ego_nodes(G, centres, spec.radius, walk_ok, edge_test)
    elif spec.entity_types:  # the index lists nodes by type; test the rest on those only
        of_type = set().union(*(index.nodes_by_type.get(t, ()) for t in spec.entity_types))
        allowed = (
            of_type if len(node_tests) == 1 else {n for n in of_type if node_test(node_data[n])}
        )
    elif node_test is not None and spec.min_mentions:
        allowed = {n for n, d in node_data.items() if node_test(d)}
    else:  # at most the events' period test, which comes with a period edge test
        allowed = None
    if base is not None:
        return _from_base(base, allowed, centres, spec).frozen_graph(G)
    if spec.top_k is not None and not seeded and allowed is None and not other_tests:
        ranked = _top_k_by_type(G, index, spec, wanted, type_test)
        if ranked is not None:
            return ranked

    if seeded:
        visible = _edges_among(G, allowed, edge_test)
    else:
        visible = _visible_edges(
            G, index, spec, lo, hi, wanted, type_test, other_tests, node_test, allowed
        )
    if spec.keep_isolates:
        if allowed is None:
            allowed = (
                {n for n, d in node_data.items() if node_test(d)} if node_test else set(node_data)
            )
        keep = set(allowed) | centres
    else:
        keep = _endpoints(visible) | centres
    if spec.top_k is not None and len(keep) > spec.top_k:
        degree = Counter(map(itemgetter(0), visible))
        degree.update(map(itemgetter(1), visible))
        keep = _best(spec.top_k, keep, degree, centres)
        visible = [e for e in visible if e[0] in keep and e[1] in keep]
        if not spec.keep_isolates:
            keep = _endpoints(visible) | (centres & keep)
    return from_edges(G, keep, visible).frozen_graph(G)


def _ego_nodes(
    G: nx.Graph,
    centres: Iterable[Any],
    radius: int,
    node_ok: Callable[[Any], bool] | None,
    edge_ok: EdgeTest | None,
) -> set:
    """Nodes within ``radius`` steps of ``centres`` over edges in either direction; a step
    needs a node passing ``node_ok`` and an edge passing ``edge_ok``."""
    multi = G.is_multigraph()
    sides = [succ_dict(G), pred_dict(G)] if G.is_directed() else [succ_dict(G)]
    seen = {n for n in centres if n in G}
    frontier = list(seen)
    for _ in range(radius):
        nxt = []
        for u in frontier:
            for adj in sides:
                for v, data in adj[u].items():
                    if v in seen or (node_ok is not None and not node_ok(v)):
                        continue
                    if edge_ok is not None:
                        edges = data.values() if multi else (data,)
                        if not any(edge_ok(d) for d in edges):
                            continue
                    seen.add(v)
                    nxt.append(v)
        frontier = nxt
        if not frontier:
            break
    return seen


def _from_base(base: Adjacency, allowed: Any, centres: set, spec: FilterSpec) -> Adjacency:
    """``base`` (G without the hidden relation types) on the ``allowed`` nodes (None: all; a
    collection or a mask), cut to ``spec.top_k`` nodes, without isolates unless kept."""
    if spec.top_k is None:
        shown = base if allowed is None else restricted(base, allowed)
    else:
        mask = node_mask(base, allowed)
        degree = edge_counts(base, mask)
        first = node_mask(base, centres)
        candidates = mask if spec.keep_isolates else mask & ((degree > 0) | first)
        shown = restricted(base, best_connected(base, candidates, degree, first, spec.top_k))
    if not spec.keep_isolates:
        shown = shown.without_isolates(centres)
    return shown


def _best(k: int, nodes: Iterable, degree: Counter, centres: set = frozenset()) -> set:
    """The ``k`` nodes top_k keeps: centres first, then the most visible edges, ties by id
    (as :func:`graph.adjacency.best_connected` ranks them on arrays)."""
    return set(
        heapq.nsmallest(k, nodes, key=lambda n: (n not in centres, -degree.get(n, 0), str(n)))
    )


def _top_k_by_type(
    G: nx.Graph, index: GraphIndex, spec: FilterSpec, wanted: set[str], type_test: EdgeTest
) -> nx.Graph | None:
    """The top_k view of a filter on relation types (``wanted``) alone, ranked by the index's
    degree counts instead of listing every visible edge first (None for aggregated edges of
    several types)."""
    if index.several_types:
        return None
    unwanted = [c for kind, c in index.degree_by_type.items() if kind not in wanted]
    if sum(map(len, unwanted)) < len(index.degree):
        degree = Counter(index.degree)
        for counts in unwanted:
            degree.subtract(counts)
    else:
        degree = Counter()
        for kind in wanted & index.degree_by_type.keys():
            degree.update(index.degree_by_type[kind])
    if spec.keep_isolates:
        candidates: Iterable = node_dict(G)
    else:
        candidates = [n for n, d in degree.items() if d > 0]
    best = _best(spec.top_k, candidates, degree)
    visible = _edges_among(G, best, type_test)
    keep = best if spec.keep_isolates else _endpoints(visible)
    return from_edges(G, keep, visible).frozen_graph(G)


def _out_degree(G: nx.Graph, nodes: Iterable) -> int:
    """Neighbours (not parallel edges) of ``nodes``: the cost of walking their edges."""
    succ = succ_dict(G)
    return sum(map(len, map(succ.__getitem__, nodes)))


def _visible_base(G: nx.Graph, index: GraphIndex, wanted: set[str]) -> Adjacency | None:
    """G's adjacency without the edges of relation types not in ``wanted``, all nodes kept.

    None where cutting them out is not the cheaper way to the view: most edges hidden, an
    undirected graph, or aggregated edges of several types. The index keeps the result for the
    last few sets of hidden types, so the default view (CO_OCCURS hidden) is cut once per graph.
    """
    if not G.is_directed() or index.several_types:
        return None
    kinds = frozenset(kind for kind in index.by_type if kind not in wanted)
    if 2 * sum(len(index.by_type[kind]) for kind in kinds) > len(index.keys):
        return None
    if not kinds:
        return index.remember(("without", kinds), lambda: Adjacency.of(G))
    return index.remember(("without", kinds), lambda: without_edges(G, index.hidden_pairs(kinds)))


def _reliable_base(
    G: nx.Graph, index: GraphIndex, wanted: set[str], spec: FilterSpec, reliable: EdgeTest
) -> Adjacency | None:
    """G's adjacency without the edges of relation types not in ``wanted`` and those failing
    ``reliable`` (``spec``'s reliability test), all nodes kept.

    None where the types alone hide more than half the edges (listing the few left is cheaper
    then), for an undirected graph or for aggregated edges of several types. However many
    edges the reliability test hides, the cut is made once per graph and setting (the
    explorer's default is one setting) and kept by the index, so every later view with that
    setting starts from it instead of testing every edge again.
    """
    if not G.is_directed() or index.several_types:
        return None
    kinds = frozenset(kind for kind in index.by_type if kind not in wanted)
    if 2 * sum(len(index.by_type[kind]) for kind in kinds) > len(index.keys):
        return None
    setting = (tuple(spec.modes), spec.hide_negated, float(spec.min_confidence))

    def make() -> Adjacency:
        with paused_gc():  # many small sets and dicts: no collection passes while building them
            hidden = {i for kind in kinds for i in index.by_type[kind]}
            data = index.data
            hidden.update(i for i in range(len(data)) if not reliable(data[i]))
            return without_edges(G, index.hidden_at(hidden))

    return index.remember(("without", kinds, setting), make)


def _endpoints(edges: list[tuple]) -> set:
    nodes = set(map(itemgetter(0), edges))
    nodes.update(map(itemgetter(1), edges))
    return nodes


def _visible_edges(
    G: nx.Graph,
    index: GraphIndex,
    spec: FilterSpec,
    lo: str | None,
    hi: str | None,
    wanted: set[str],
    type_test: EdgeTest,
    other_tests: list[EdgeTest],
    node_test: NodeTest | None,
    allowed: set | None,
) -> list[tuple]:
    """Keys of the edges passing every test, starting from the smallest index group, or
    from the edges of the ``allowed`` nodes (those passing the entity tests) if fewer."""
    # (size, the group's positions when asked for, name): the types group is only listed if used
    options: list[tuple[int, Callable[[], list[int]], str]] = [
        (
            sum(len(index.by_type.get(t, ())) for t in wanted),
            lambda: index.with_types(wanted),
            "types",
        )
    ]
    if lo or hi:
        in_period = index.maybe_in_period(lo, hi)
        options.append((len(in_period), lambda: in_period, "period"))
    if spec.documents:
        in_documents = index.in_documents(set(spec.documents))
        options.append((len(in_documents), lambda: in_documents, "documents"))
    size, group, source = min(options, key=itemgetter(0))
    if allowed is not None and _out_degree(G, allowed) < size:
        return _edges_among(G, allowed, all_of(type_test, *other_tests))
    positions = group()
    tests = list(other_tests)
    if source != "types":
        tests.insert(0, type_test)
    keys, data = index.keys, index.data
    if tests:
        test = all_of(*tests)
        positions = [i for i in positions if test(data[i])]
    positions = sorted(positions)  # G's edge order, so views are reproducible
    if node_test is None:
        return [keys[i] for i in positions]
    nodes = node_dict(G)
    ok = {}
    out = []
    for i in positions:
        key = keys[i]
        u, v = key[0], key[1]
        a = ok.get(u)
        if a is None:
            a = ok[u] = node_test(nodes[u])
        if not a:
            continue
        b = ok.get(v)
        if b is None:
            b = ok[v] = node_test(nodes[v])
        if b:
            out.append(key)
    return out


def _edges_among(G: nx.Graph, nodes: set, edge_test: EdgeTest) -> list[tuple]:
    """Keys of the edges between ``nodes`` that pass ``edge_test``."""
    out = []
    multi = G.is_multigraph()
    directed = G.is_directed()
    succ = succ_dict(G)
    done: set = set()  # undirected: nodes whose edges are all listed already
    for u in [n for n in node_dict(G) if n in nodes]:  # G's order, so views are reproducible
        for v, data in succ[u].items():
            if v not in nodes or v in done:
                continue
            if multi:
                out.extend((u, v, k) for k, d in data.items() if edge_test(d))
            elif edge_test(data):
                out.append((u, v))
        if not directed:
            done.add(u)
    return out
