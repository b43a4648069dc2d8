"""Lookup tables over one graph, so that a filter touches only the edges it may keep.

:func:`graph_index` builds, once per graph object, the edges grouped by relation type, by
document and by date, and a lower-cased search text per node. :func:`graph.filters.apply_filters`
starts from the smallest matching group instead of scanning every edge.

It also keeps what filters build once and reuse (:meth:`GraphIndex.remember`): G's adjacency
without the hidden relation types, for the last few sets of them.

The index is cached per graph object (weakly: it goes away with the graph). Graphs are
treated as read-only once filtered; a graph whose node count changed is re-indexed, but
adding edges in place to an indexed graph is not detected, so build a new graph instead.
"""

from __future__ import annotations

import bisect
import threading
import weakref
from collections import Counter, OrderedDict
from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import networkx as nx

from graph._gc import paused_gc
from graph.adjacency import Hidden

EdgeKey = tuple  # (u, v, key) in a multigraph, (u, v) otherwise
#: Results kept by GraphIndex.remember; each is a cut and its arrays (28 MB on the bench graph).
MEMO_SIZE = 3


def date_bounds(value: str) -> tuple[str, str]:
    """First and last day covered by a (possibly partial) ISO date, as strings.

    >>> date_bounds("2025"), date_bounds("2025-12"), date_bounds("2025-12-02")
    (('2025-01-01', '2025-12-31'), ('2025-12-01', '2025-12-31'), ('2025-12-02', '2025-12-02'))
    """
    if len(value) == 4:
        return value + "-01-01", value + "-12-31"
    if len(value) == 7:
        return value + "-01", value + "-31"
    return value, value


def _year_before(day: str) -> str:
    return f"{int(day[:4]) - 1:04d}{day[4:]}"


@dataclass
class GraphIndex:
    """Edges as parallel lists (position i = one edge) plus groupings of their positions."""

    node_count: int
    keys: list[EdgeKey] = field(default_factory=list)
    data: list[dict] = field(default_factory=list)
    by_type: dict[str, list[int]] = field(default_factory=dict)
    by_document: dict[str, list[int]] = field(default_factory=dict)
    date_starts: list[str] = field(default_factory=list)  # sorted days (full dates)
    date_positions: list[int] = field(default_factory=list)  # edge position of each
    partial_starts: list[str] = field(default_factory=list)  # sorted first days ('2025-12')
    partial_positions: list[int] = field(default_factory=list)
    degree_by_type: dict[Any, Counter] = field(default_factory=dict)  # a type's edges at each node
    degree: Counter = field(default_factory=Counter)  # all edges at each node
    several_types: bool = False  # some edge (aggregated) is listed under more than one type
    min_weight: float = 0.0  # lightest edge: a lower min_weight filter keeps every edge
    search_text: dict[Any, str] = field(default_factory=dict)
    nodes_by_type: dict[Any, list] = field(
        default_factory=dict
    )  # entity type -> nodes, in G's order
    _memo: OrderedDict = field(default_factory=OrderedDict, repr=False, compare=False)
    _memo_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def with_types(self, types: set[str]) -> list[int]:
        """Positions of edges of any of ``types``."""
        groups = [self.by_type.get(t, []) for t in sorted(types)]
        if len(groups) == 1:
            return groups[0]
        merged = [i for group in groups for i in group]
        return sorted(set(merged)) if self.several_types else merged

    def hidden_pairs(self, kinds: Collection) -> Hidden:
        """The edges of the relation types ``kinds`` grouped by node pair, out and in: ``{u: {v:
        keys}}`` and ``{v: {u: keys}}``, where keys is the frozenset of the pair's edge keys of
        those types (None in a graph without keys)."""
        return self.hidden_at(i for kind in kinds for i in self.by_type.get(kind, ()))

    def hidden_at(self, positions: Iterable[int]) -> Hidden:
        """The edges at ``positions`` of the index grouped by node pair, as :meth:`hidden_pairs`
        groups those of some relation types."""
        multi = bool(self.keys) and len(self.keys[0]) == 3
        out: dict[Any, dict] = {}
        into: dict[Any, dict] = {}
        for i in positions:
            key = self.keys[i]
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

    def remember(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """``make()``, kept for the next call with the same ``key``; only the most recently
        used few are kept, so the index does not grow with every filter asked for. Safe to
        call from several threads (the app shares a graph between sessions)."""
        with self._memo_lock:
            memo = self._memo
            if key in memo:
                memo.move_to_end(key)
                return memo[key]
            value = memo[key] = make()
            while len(memo) > MEMO_SIZE:
                memo.popitem(last=False)
            return value

    def in_documents(self, documents: set[str]) -> list[int]:
        """Positions of edges with evidence in any of ``documents``."""
        groups = [self.by_document.get(d, []) for d in sorted(documents)]
        return sorted({i for group in groups for i in group})

    def maybe_in_period(self, lo: str | None, hi: str | None) -> list[int]:
        """Positions of dated edges that MAY overlap [lo, hi] (a superset: test them again).

        Full dates are looked up exactly; a partial date ('2025-12') covers at most a year,
        so one starting up to a year before ``lo`` may still reach into the period.
        """
        out = []
        for starts, positions, slack in (
            (self.date_starts, self.date_positions, False),
            (self.partial_starts, self.partial_positions, True),
        ):
            first = lo if not slack or lo is None else _year_before(lo)
            start = 0 if first is None else bisect.bisect_left(starts, first)
            end = len(starts) if hi is None else bisect.bisect_right(starts, hi)
            out.extend(positions[start:end])
        return out


_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def graph_index(G: nx.Graph) -> GraphIndex:
    """The (cached) :class:`GraphIndex` of ``G``; built on first use in one pass over edges.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="r1", type="CONSULT", date="2025-12", document="d1")
    'r1'
    >>> index = graph_index(G)
    >>> index.keys, index.by_type, index.by_document
    ([('a', 'b', 'r1')], {'CONSULT': [0]}, {'d1': [0]})
    >>> graph_index(G) is index
    True
    """
    index = _INDEXES.get(G)
    if index is not None and index.node_count == len(G):
        return index
    with paused_gc():
        index = _build(G)
    try:
        _INDEXES[G] = index
    except TypeError:  # not weak-referenceable: just don't cache
        pass
    return index


def _build(G: nx.Graph) -> GraphIndex:
    index = GraphIndex(node_count=len(G))
    keys, data, by_type, by_doc = index.keys, index.data, index.by_type, index.by_document
    dated: list[tuple[str, int]] = []
    partial: list[tuple[str, int]] = []
    if G.is_multigraph():
        edges = G.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in G.edges(data=True))
    multi = G.is_multigraph()
    for i, (u, v, k, d) in enumerate(edges):
        keys.append((u, v, k) if multi else (u, v))
        data.append(d)
        types = d.get("types")
        if types:
            if len(types) > 1:
                index.several_types = True
            for t in types:
                by_type.setdefault(t, []).append(i)
        else:
            by_type.setdefault(d.get("type"), []).append(i)
        docs = d.get("documents")
        if docs:
            for doc in docs:
                by_doc.setdefault(doc, []).append(i)
        elif d.get("document") is not None:
            by_doc.setdefault(d["document"], []).append(i)
        date = d.get("date")
        if date:
            (dated if len(date) == 10 else partial).append((date_bounds(date)[0], i))
    for rows, starts, positions in (
        (dated, index.date_starts, index.date_positions),
        (partial, index.partial_starts, index.partial_positions),
    ):
        rows.sort()
        starts.extend(day for day, _ in rows)
        positions.extend(i for _, i in rows)
    index.min_weight = min((d.get("weight", 1.0) for d in data), default=0.0)
    for kind, group in by_type.items():
        degree = Counter(keys[i][0] for i in group)
        degree.update(keys[i][1] for i in group)
        index.degree_by_type[kind] = degree
    index.degree.update(map(itemgetter(0), keys))
    index.degree.update(map(itemgetter(1), keys))
    for n, d in G.nodes(data=True):
        parts = [str(n), str(d.get("label", ""))]
        parts.extend(str(a) for a in d.get("aliases") or ())
        index.search_text[n] = "\x00".join(parts).casefold()
        index.nodes_by_type.setdefault(d.get("type"), []).append(n)
    return index
