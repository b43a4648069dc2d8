"""Filters: predicate factories plus one :func:`apply_filters` that combines them into a view.

Every factory takes the graph first and returns a predicate in networkx's shape (``node -> bool``
or ``(u, v[, key]) -> bool``), so each can be handed to :func:`networkx.subgraph_view` on its own.
:func:`apply_filters` validates a :class:`FilterSpec`, combines the tests and returns ONE
``nx.subgraph_view`` of the graph it was given (never a chain of views); node and edge data
are G's own dicts, not copies, and nothing is mutated.

Works on the full MultiDiGraph, on :func:`graph.views.actor_view` and on
:func:`graph.views.aggregate` (for an aggregated edge the relation-type test looks at its
``types`` counts, so filter the MultiDiGraph first and aggregate the result where possible).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import networkx as nx

from graph.adjacency import (
    Adjacency,
    Hidden,
    best_connected,
    edge_counts,
    from_edges,
    node_mask,
    nodes_within,
    restricted,
    without_edges,
)
from graph.build import ENTITY_TYPES, MODES, RELATION_TYPES
from graph._gc import paused_gc
from graph.errors import FilterError
from graph.index import GraphIndex, date_bounds, graph_index

NodePredicate = Callable[[Any], bool]
EdgePredicate = Callable[..., bool]
EdgeTest = Callable[[dict], bool]
NodeTest = Callable[[dict], bool]

COOCCURRENCE = "CO_OCCURS"
NEGATED = "negated"
#: The explorer hides relations extracted with less confidence by default. The yardstick's
#: calibration table (``python -m bench.quality --split dev``) has its step here: below 0.5
#: only 9% (English) and 17% (Dutch) of relations are right, from 0.5 to 0.7 about half, 0.7
#: to 0.8 61-73%, from 0.8 on 91-98%. A higher default (0.8) would hide most typed relations,
#: on the bundled sample the Moscow talks (0.7) and the 2022 invasion (0.5) among them.
DEFAULT_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class FilterSpec:
    """What the user asked to see. The defaults show everything except CO_OCCURS edges.

    actors: entity ids, labels or aliases (case-insensitive) to centre on, with ``radius`` hops;
    they are shown, with their edges to what is visible, even if entity_types or min_mentions
    would hide them.
    relation_types / entity_types: empty means all. CO_OCCURS edges are shown only when
    ``show_cooccurrence`` is true or CO_OCCURS is listed in ``relation_types``.
    date_from / date_to: inclusive period (``datetime.date`` or ISO string); edges without a
    date are hidden while a period is set; a partial date ('2025-12') counts if it overlaps.
    documents: only relations whose evidence comes from these document ids.
    min_mentions: nodes mentioned at least this often. min_weight: edges at least this heavy.
    text: case-insensitive substring of an entity's label, alias or id; matching nodes become
    centres, like ``actors``. top_k: keep at most this many nodes, the best connected first.
    keep_isolates: keep nodes left without a visible edge (default: drop them).
    modes: how the text puts the relation (asserted, negated, possible, ...; empty means all);
    hide_negated: hide negated relations unless "negated" is listed in ``modes``.
    min_confidence: relations extracted with at least this confidence (0 shows all). The
    explorer's default view hides negated relations and those below
    :data:`DEFAULT_MIN_CONFIDENCE` (``FilterSpec(hide_negated=True, min_confidence=...)``).
    """

    actors: tuple[str, ...] = ()
    radius: int = 1
    relation_types: tuple[str, ...] = ()
    entity_types: tuple[str, ...] = ()
    date_from: dt.date | str | None = None
    date_to: dt.date | str | None = None
    documents: tuple[str, ...] = ()
    min_mentions: int = 0
    min_weight: float = 0
    text: str = ""
    show_cooccurrence: bool = False
    top_k: int | None = None
    keep_isolates: bool = False
    # reliability (issue 18): see "reliability" below
    modes: tuple[str, ...] = ()
    hide_negated: bool = False
    min_confidence: float = 0.0


# --------------------------------------------------------------------------- validation


def _choices(values: Iterable[str], limit: int = 12) -> str:
    values = sorted(values)
    shown = ", ".join(values[:limit])
    return shown + (f", ... ({len(values)} in all)" if len(values) > limit else "")


def _check_types(kind: str, given: Iterable[str], valid: tuple[str, ...]) -> tuple[str, ...]:
    given = tuple(given)
    for value in given:
        if value not in valid:
            raise FilterError(
                f"unknown {kind} type {value!r}; expected one of {', '.join(valid)}"
            )
    return given


def _as_date(name: str, value: dt.date | str | None) -> str | None:
    """ISO string of a date filter value (datetime.date or 'YYYY-MM-DD')."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise FilterError(f"{name}: {value!r} is not a date; expected YYYY-MM-DD") from None


def resolve_actors(G: nx.Graph, names: Iterable[str]) -> set:
    """Entity ids for actor names given as id, label or alias (case-insensitive).

    A name that is no id, label or alias may still be a whole word of exactly one entity's
    label or alias ('Putin' -> 'Vladimir Putin'). Raises :class:`FilterError` for a name
    that matches nothing, or that is a word of several entities' names.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("kb:putin", label="Vladimir Putin", aliases=["Poetin"])
    >>> sorted(resolve_actors(G, ["poetin", "kb:putin", "putin"]))
    ['kb:putin']
    """
    found: set = set()
    wanted: dict[str, str] = {}
    for name in names:
        if name == "":
            continue
        if name in G:
            found.add(name)
        else:
            wanted[str(name).casefold()] = name
    if not wanted:
        return found
    names_of = {
        node: {str(data.get("label", "")).casefold()}
        | {str(a).casefold() for a in data.get("aliases") or ()}
        for node, data in G.nodes(data=True)
    }
    for key, name in wanted.items():
        exact = {node for node, keys in names_of.items() if key in keys}
        if not exact:
            exact = {node for node, keys in names_of.items()
                     if any(key in k.split() for k in keys)}
            if len(exact) > 1:
                shown = ", ".join(sorted(map(str, exact))[:8])
                raise FilterError(f"actor {name!r} is ambiguous: {shown}; give an id or full name")
        if not exact:
            raise FilterError(f"unknown actor {name!r}: no entity has this id, label or alias")
        found |= exact
    return found


# --------------------------------------------------------------------------- edge tests


def _edge_predicate(G: nx.Graph, test: EdgeTest) -> EdgePredicate:
    """Wrap a test on the edge's data dict into networkx's edge-predicate signature."""
    adj = G._adj  # the graph's own dict of dicts: read-only access, no copies
    if G.is_multigraph():
        return lambda u, v, k: test(adj[u][v][k])
    return lambda u, v: test(adj[u][v])


def _type_test(wanted: set[str]) -> EdgeTest:
    def test(d: dict) -> bool:
        counts = d.get("types")
        if counts:  # aggregated edge
            return not wanted.isdisjoint(counts)
        return d.get("type") in wanted

    return test


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
    types = _check_types("relation", types, RELATION_TYPES)
    return _edge_predicate(G, _type_test(_wanted_types(tuple(types), show_cooccurrence)))


def _period_test(date_from: str | None, date_to: str | None) -> EdgeTest:
    bounds: dict[str, tuple[str, str]] = {}
    lo = date_from or "0000-00-00"
    hi = date_to or "9999-99-99"

    def test(d: dict) -> bool:
        date = d.get("date")
        if not date:
            return False
        b = bounds.get(date)
        if b is None:
            b = bounds[date] = date_bounds(date)
        return b[0] <= hi and b[1] >= lo

    return test


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
    lo, hi = _check_period(date_from, date_to)
    return _edge_predicate(G, _period_test(lo, hi))


def _check_period(date_from: Any, date_to: Any) -> tuple[str | None, str | None]:
    lo, hi = _as_date("date_from", date_from), _as_date("date_to", date_to)
    if lo and hi and lo > hi:
        raise FilterError(f"date_from {lo} is after date_to {hi}; expected an earlier start")
    return lo, hi


def _documents_test(documents: set[str]) -> EdgeTest:
    def test(d: dict) -> bool:
        docs = d.get("documents")  # aggregated or projected edges carry several
        if docs:
            return not documents.isdisjoint(docs)
        return d.get("document") in documents

    return test


def _check_documents(G: nx.Graph, documents: Iterable[str]) -> set[str]:
    documents = set(documents)
    known = G.graph.get("documents")
    if known is not None:
        for doc in sorted(documents):
            if doc not in known:
                raise FilterError(f"unknown document {doc!r}; expected one of {_choices(known)}")
    return documents


def in_documents(G: nx.Graph, documents: Iterable[str]) -> EdgePredicate:
    """Edge predicate: the relation's evidence comes from one of ``documents``.

    >>> G = nx.MultiDiGraph(documents={"d1": {}, "d2": {}})
    >>> G.add_edge("a", "b", key="r1", document="d1")
    'r1'
    >>> in_documents(G, ["d2"])("a", "b", "r1")
    False
    """
    return _edge_predicate(G, _documents_test(_check_documents(G, documents)))


def _min_weight_test(min_weight: float) -> EdgeTest:
    return lambda d: d.get("weight", 1.0) >= min_weight


def with_min_weight(G: nx.Graph, min_weight: float) -> EdgePredicate:
    """Edge predicate: ``weight`` (1 per relation, the count when aggregated) >= min_weight."""
    if min_weight < 0:
        raise FilterError(f"min_weight {min_weight} is negative; expected 0 or more")
    return _edge_predicate(G, _min_weight_test(min_weight))


# --------------------------------------------------------------------------- node tests


def _node_predicate(G: nx.Graph, test: NodeTest) -> NodePredicate:
    nodes = G._node
    return lambda n: test(nodes[n])


def _entity_type_test(types: Iterable[str]) -> NodeTest:
    wanted = set(types)
    return lambda d: d.get("type") in wanted


def by_entity_types(G: nx.Graph, types: Iterable[str]) -> NodePredicate:
    """Node predicate: entity type in ``types`` (empty = all).

    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("p", {"type": "PERSON"}), ("c", {"type": "COUNTRY"})])
    >>> list(nx.subgraph_view(G, filter_node=by_entity_types(G, ["COUNTRY"])))
    ['c']
    """
    types = _check_types("entity", types, ENTITY_TYPES)
    if not types:
        return lambda n: True
    return _node_predicate(G, _entity_type_test(types))


def with_min_mentions(G: nx.Graph, min_mentions: int) -> NodePredicate:
    """Node predicate: the entity is mentioned at least ``min_mentions`` times."""
    if min_mentions < 0:
        raise FilterError(f"min_mentions {min_mentions} is negative; expected 0 or more")
    return _node_predicate(G, lambda d: d.get("mentions", 0) >= min_mentions)


def _event_period_test(lo: str | None, hi: str | None) -> NodeTest:
    period = _period_test(lo, hi)

    def test(d: dict) -> bool:
        event = d.get("event")
        if not event or not event.get("date"):
            return True
        return period(event)

    return test


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

    nodes = G._node
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
    return nx.filters.show_nodes(_ego_nodes(G, nodes, radius, node_ok, edge_ok))


def _ego_nodes(
    G: nx.Graph,
    centres: Iterable[Any],
    radius: int,
    node_ok: NodePredicate | None,
    edge_ok: EdgeTest | None,
) -> set:
    """Nodes within ``radius`` steps of ``centres`` over edges in either direction; a step
    needs a node passing ``node_ok`` and an edge passing ``edge_ok``."""
    multi = G.is_multigraph()
    sides = [G._succ, G._pred] if G.is_directed() else [G._adj]
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


def all_of(*predicates: Callable[..., bool] | None) -> Callable[..., bool]:
    """A predicate true when every given predicate is (``None`` entries are skipped).

    >>> all_of(lambda n: n > 1, None, lambda n: n < 5)(3)
    True
    """
    preds = [p for p in predicates if p is not None]
    if not preds:
        return lambda *args: True
    if len(preds) == 1:
        return preds[0]
    if len(preds) == 2:  # the common case, without a generator per call
        first, second = preds
        return lambda *args: first(*args) and second(*args)
    return lambda *args: all(p(*args) for p in preds)


# --------------------------------------------------------------------------- reliability
# How the text puts a relation (its mode) and how sure extraction is of it (confidence): the
# explorer's default view hides negated relations and those below DEFAULT_MIN_CONFIDENCE.


def _wanted_modes(modes: tuple[str, ...], hide_negated: bool) -> set[str]:
    """Modes shown: ``modes`` (empty = all), negated not when hidden and not listed."""
    wanted = set(modes) or set(MODES)
    if hide_negated and NEGATED not in modes:
        wanted.discard(NEGATED)
    return wanted


def _reliability_test(spec: FilterSpec) -> EdgeTest | None:
    """Test on an edge's data: its mode is wanted and its confidence reaches the threshold;
    None when ``spec`` hides nothing this way. An edge without ``mode`` is negated or asserted
    by its ``negated`` flag; one without ``confidence`` passes; an aggregated edge passes when
    any of its ``modes`` is wanted."""
    wanted = _wanted_modes(tuple(spec.modes), spec.hide_negated)
    every_mode = wanted >= set(MODES)
    threshold = float(spec.min_confidence)
    if every_mode and threshold <= 0:
        return None

    def test(d: dict) -> bool:
        confidence = d.get("confidence")
        if confidence is not None and confidence < threshold:
            return False
        if every_mode:
            return True
        counts = d.get("modes")
        if counts:
            return not wanted.isdisjoint(counts)
        return (d.get("mode") or (NEGATED if d.get("negated") else "asserted")) in wanted

    return test


def by_reliability(
    G: nx.Graph,
    modes: Iterable[str] = (),
    hide_negated: bool = False,
    min_confidence: float = 0.0,
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
    spec = FilterSpec(modes=tuple(modes), hide_negated=hide_negated, min_confidence=min_confidence)
    _check_reliability(spec)
    test = _reliability_test(spec)
    return _edge_predicate(G, test) if test is not None else (lambda *edge: True)


def _check_reliability(spec: FilterSpec) -> None:
    _check_types("mode", spec.modes, MODES)
    try:
        threshold = float(spec.min_confidence)
    except (TypeError, ValueError):
        raise FilterError(
            f"min_confidence {spec.min_confidence!r} is not a number; expected 0 to 1"
        ) from None
    if not 0 <= threshold <= 1:
        raise FilterError(f"min_confidence {spec.min_confidence} is out of range; expected 0 to 1")


def _reliable_base(
    G: nx.Graph, index: GraphIndex, kinds: frozenset, spec: FilterSpec, reliable: EdgeTest
) -> Adjacency | None:
    """G's adjacency without the edges of relation types ``kinds`` and those failing
    ``reliable``, kept by the index like the cut of the types alone; None where the types alone
    hide more than half the edges (listing the few left is cheaper then).

    However many edges the reliability test hides, the cut is made once per graph and setting
    (the explorer's default is one setting), and every later view with that setting (actors,
    search, entity types, top nodes) starts from it instead of testing every edge again.
    """
    if 2 * sum(len(index.by_type.get(kind, ())) for kind in kinds) > len(index.keys):
        return None
    key = ("without", kinds, tuple(spec.modes), spec.hide_negated, float(spec.min_confidence))

    def make() -> Adjacency:
        with paused_gc():  # many small sets and dicts: no collection passes while building them
            hidden = {i for kind in kinds for i in index.by_type.get(kind, ())}
            data = index.data
            hidden.update(i for i in range(len(data)) if not reliable(data[i]))
            return without_edges(G, _hidden_at(index, hidden))

    return index.remember(key, make)


def _hidden_at(index: GraphIndex, positions: Iterable[int]) -> Hidden:
    """The edges at ``positions`` of the index, grouped by pair as :class:`Hidden` wants."""
    multi = bool(index.keys) and len(index.keys[0]) == 3
    out: dict[Any, dict] = {}
    into: dict[Any, dict] = {}
    for i in positions:
        key = index.keys[i]
        nbrs = out.setdefault(key[0], {})
        if multi:
            nbrs.setdefault(key[1], set()).add(key[2])
        else:
            nbrs[key[1]] = None
    for u, nbrs in out.items():
        for v, keys in nbrs.items():
            keys = nbrs[v] = frozenset(keys) if multi else None
            into.setdefault(v, {})[u] = keys
    return Hidden(out, into)


def hidden_by_reliability(G: nx.Graph, spec: FilterSpec) -> dict[str, int]:
    """How many relations that pass every other filter of ``spec`` its reliability filter
    hides: ``{"negated": n, "low_confidence": m}``. Negated ones count as negated (also below
    the threshold) when ``hide_negated`` hides them; relations of a mode left out of a chosen
    ``modes`` list are not counted (the list is the user's own choice). ``min_weight`` and
    ``top_k`` are left out of the count.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="r1", type="AGREE", mode="negated", confidence=0.9)
    >>> _ = G.add_edge("a", "c", key="r2", type="AGREE", mode="asserted", confidence=0.5)
    >>> _ = G.add_edge("a", "d", key="r3", type="AGREE", mode="asserted", confidence=0.9)
    >>> hidden_by_reliability(G, FilterSpec(hide_negated=True, min_confidence=0.8))
    {'negated': 1, 'low_confidence': 1}
    """
    counts = {"negated": 0, "low_confidence": 0}
    reliable = _reliability_test(spec)
    if reliable is None:
        return counts
    relaxed = dataclasses.replace(
        spec, hide_negated=False, modes=(), min_confidence=0.0, min_weight=0, top_k=None
    )
    wanted = _wanted_modes(tuple(spec.modes), spec.hide_negated)
    H = apply_filters(G, relaxed)
    edges = H.edges(keys=True, data=True) if H.is_multigraph() else H.edges(data=True)
    for *_, d in edges:
        if reliable(d):
            continue
        mode = d.get("mode") or (NEGATED if d.get("negated") else "asserted")
        if mode in wanted:
            counts["low_confidence"] += 1
        elif mode == NEGATED and not spec.modes:
            counts["negated"] += 1  # hidden by hide_negated, not by a chosen list of modes
    return counts


# --------------------------------------------------------------------------- apply


def check_spec(G: nx.Graph, spec: FilterSpec) -> None:
    """Raise :class:`FilterError` if any value of ``spec`` is invalid for ``G``."""
    _checked(G, spec)


def _checked(G: nx.Graph, spec: FilterSpec) -> tuple[str | None, str | None, set]:
    _check_types("relation", spec.relation_types, RELATION_TYPES)
    _check_types("entity", spec.entity_types, ENTITY_TYPES)
    lo, hi = _check_period(spec.date_from, spec.date_to)
    if spec.radius < 0:
        raise FilterError(f"radius {spec.radius} is negative; expected 0 or more")
    if spec.min_mentions < 0:
        raise FilterError(f"min_mentions {spec.min_mentions} is negative; expected 0 or more")
    if spec.min_weight < 0:
        raise FilterError(f"min_weight {spec.min_weight} is negative; expected 0 or more")
    if spec.top_k is not None and spec.top_k < 1:
        raise FilterError(f"top_k {spec.top_k} is too small; expected 1 or more (or none)")
    _check_documents(G, spec.documents)
    _check_reliability(spec)
    return lo, hi, resolve_actors(G, spec.actors)


def apply_filters(G: nx.Graph, spec: FilterSpec = FilterSpec()) -> nx.Graph:
    """Return one read-only ``nx.subgraph_view`` of ``G`` showing what ``spec`` asks for.

    Reads node attributes ``type``, ``mentions``, ``label``, ``aliases``, ``event`` and edge
    attributes ``type`` (or ``types``), ``date``, ``document`` (or ``documents``), ``weight``.

    Isolated nodes are DROPPED: a node is shown only if at least one of its edges is visible,
    except the centres (``spec.actors`` and nodes matching ``spec.text``), which are always
    shown, and except when ``spec.keep_isolates`` is true. The view is built here, as plain
    dicts (:mod:`graph.adjacency`), by one of two routes: where the relation types hide at most
    half the edges (the default hides CO_OCCURS), from G's adjacency without them, cut once per
    graph and kept by :mod:`graph.index`, then restricted to the allowed nodes; otherwise by
    listing the visible edges from the smallest matching group of the index.

    Raises :class:`FilterError` for an unknown relation/entity type, actor or document, a
    reversed period, or a negative radius, min_mentions or min_weight.

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
    lo, hi, centres = _checked(G, spec)
    index = graph_index(G)
    node_data = G._node

    # node tests
    node_tests: list[NodeTest] = []
    if spec.entity_types:
        node_tests.append(_entity_type_test(spec.entity_types))
    if spec.min_mentions:
        node_tests.append(lambda d, m=spec.min_mentions: d.get("mentions", 0) >= m)
    if lo or hi:
        node_tests.append(_event_period_test(lo, hi))
    node_test = all_of(*node_tests) if node_tests else None

    def node_ok(n: Any) -> bool:
        return node_test is None or node_test(node_data[n])

    # edge tests
    wanted = _wanted_types(spec.relation_types, spec.show_cooccurrence)
    type_test = _type_test(wanted)
    other_tests: list[EdgeTest] = []
    if lo or hi:
        other_tests.append(_period_test(lo, hi))
    if spec.documents:
        other_tests.append(_documents_test(set(spec.documents)))
    if spec.min_weight > index.min_weight:  # else every edge passes: skip the test
        other_tests.append(_min_weight_test(spec.min_weight))
    # Where the relation-type and reliability tests hide few edges (the default view hides
    # CO_OCCURS, negated and unsure relations), the view starts from G's adjacency without them
    # (kept in the index) and keeps the allowed nodes; otherwise it lists the visible edges,
    # from the smallest index group or the few allowed nodes.
    reliable = _reliability_test(spec)
    base = None
    if not other_tests:
        if reliable is None:
            base = _visible_base(G, index, wanted)
        elif G.is_directed() and not index.several_types:
            kinds = frozenset(kind for kind in index.by_type if kind not in wanted)
            base = _reliable_base(G, index, kinds, spec, reliable)
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
        allowed = of_type if len(node_tests) == 1 else {n for n in of_type if node_test(node_data[n])}
    elif node_test is not None and spec.min_mentions:
        allowed = {n for n, d in node_data.items() if node_test(d)}
    else:  # at most the events' period test, which comes with a period edge test
        allowed = None
    if base is not None:
        return _from_base(base, allowed, centres, spec).view(G)
    if spec.top_k is not None and not seeded and allowed is None and not other_tests:
        ranked = _top_k_by_type(G, index, spec, wanted, type_test)
        if ranked is not None:
            return ranked

    if seeded:
        visible = _edges_among(G, allowed, edge_test)
    else:
        visible = _visible_edges(G, index, spec, lo, hi, wanted, type_test, other_tests, node_test, allowed)
    if spec.keep_isolates:
        if allowed is None:
            allowed = {n for n, d in node_data.items() if node_test(d)} if node_test else set(node_data)
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
    return from_edges(G, keep, visible).view(G)


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
    return set(heapq.nsmallest(k, nodes, key=lambda n: (n not in centres, -degree.get(n, 0), str(n))))


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
        candidates: Iterable = G._node
    else:
        candidates = [n for n, d in degree.items() if d > 0]
    best = _best(spec.top_k, candidates, degree)
    visible = _edges_among(G, best, type_test)
    keep = best if spec.keep_isolates else _endpoints(visible)
    return from_edges(G, keep, visible).view(G)


def _out_degree(G: nx.Graph, nodes: Iterable) -> int:
    """Neighbours (not parallel edges) of ``nodes``: the cost of walking their edges."""
    succ = G._succ if G.is_directed() else G._adj
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


def _wanted_types(types: tuple[str, ...], show_cooccurrence: bool) -> set[str]:
    """Relation types shown: ``types`` (empty = all), CO_OCCURS only if asked for."""
    wanted = set(types) or set(RELATION_TYPES)
    if not show_cooccurrence and COOCCURRENCE not in types:
        wanted.discard(COOCCURRENCE)
    return wanted


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
        (sum(len(index.by_type.get(t, ())) for t in wanted),
         lambda: index.with_types(wanted), "types")
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
    nodes = G._node
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
    succ = G._succ if directed else G._adj
    done: set = set()  # undirected: nodes whose edges are all listed already
    for u in [n for n in G._node if n in nodes]:  # G's order, so views are reproducible
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
