"""The dicts a filtered view answers from: its nodes, successors and predecessors.

:mod:`graph.filters` decides what is visible; this module builds the plain dicts of it, in one
of three ways: cutting the edges of hidden relation types out of G's adjacency
(:func:`without_edges`), keeping the part among a set of nodes (:func:`restricted`), or listing
visible edges (:func:`from_edges`). Each keeps G's own data dicts and G's order, and shares a
whole neighbour dict wherever nothing in it is removed.

For :func:`restricted`, an adjacency is also laid out once as arrays of (node, neighbour)
positions, so that choosing nodes (:func:`nodes_within`, :func:`best_connected`) and finding
the neighbour dicts that change are array operations, not a Python step per edge.

>>> G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
>>> H = restricted(Adjacency.of(G), {"a", "b"}).frozen_graph(G)
>>> list(H.edges)
[('a', 'b', 0)]
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from itertools import chain, islice, repeat
from typing import Any, NamedTuple

import networkx as nx
import numpy as np

from graph._gc import paused_gc
from graph.nxdicts import answer_from, node_dict, pred_dict, succ_dict


class Hidden(NamedTuple):
    """Edges to leave out, grouped by pair: ``{u: {v: keys}}`` and ``{v: {u: keys}}`` (keys: the
    pair's hidden edge keys, or None for all of the pair's edges)."""

    out: dict
    into: dict


class Adjacency:
    """Node dict, successor dict and predecessor dict of a view (``pred`` None if undirected);
    ``multi``: a neighbour maps to ``{key: data}`` (a multigraph), not to the edge's data.

    Treated as read-only once built: its dicts may be G's own or shared with a cached one.
    """

    def __init__(self, nodes: dict, succ: dict, pred: dict | None, multi: bool) -> None:
        self.nodes, self.succ, self.pred, self.multi = nodes, succ, pred, multi
        self._isolated: list | None = None
        self._flat: _Flat | None = None

    @classmethod
    def of(cls, G: nx.Graph) -> Adjacency:
        """G's own dicts (nothing copied)."""
        pred = pred_dict(G) if G.is_directed() else None
        return cls(node_dict(G), succ_dict(G), pred, G.is_multigraph())

    def isolated(self) -> list:
        """Nodes without an edge in either direction (worked out once)."""
        if self._isolated is None:
            succ, pred = self.succ, self.pred
            if pred is None:
                self._isolated = [n for n, nbrs in succ.items() if not nbrs]
            else:
                self._isolated = [n for n, nbrs in succ.items() if not nbrs and not pred[n]]
        return self._isolated

    def flat(self) -> _Flat:
        """This adjacency as arrays (worked out once), for :func:`restricted`."""
        if self._flat is None:
            self._flat = _Flat(self)
        return self._flat

    def without_isolates(self, keep: Collection = ()) -> Adjacency:
        """The same adjacency without nodes that have no edge, except those in ``keep``."""
        drop = [n for n in self.isolated() if n not in keep]
        if not drop:
            return self
        nodes, succ = dict(self.nodes), dict(self.succ)
        pred = None if self.pred is None else dict(self.pred)
        for n in drop:
            del nodes[n], succ[n]
            if pred is not None:
                del pred[n]
        out = Adjacency(nodes, succ, pred, self.multi)
        out._isolated = []
        return out

    def frozen_graph(self, G: nx.Graph) -> nx.Graph:
        """``nx.subgraph_view(G, ...)`` answering from these dicts.

        networkx's filtered adjacency re-tests every edge of every kept node on each pass, so
        iterating a view of a few visible edges among hub nodes costs as much as scanning the
        whole graph. The view gets these plain dicts instead, in G's order. It stays frozen,
        keeps ``H._graph is G`` and predicates that agree with the dicts.
        """
        H = nx.subgraph_view(
            G, filter_node=self.nodes.__contains__, filter_edge=InAdjacency(self.succ)
        )
        return answer_from(H, self.nodes, self.succ, self.pred)


class InAdjacency:
    """Edge predicate of a precomputed view: the edge is in its adjacency dict.

    The view answers from its dicts, so networkx consults this only when deriving another
    view from it (``H.subgraph(...)``).
    """

    def __init__(self, adjacency: dict) -> None:
        self._adjacency = adjacency

    def __call__(self, u: Any, v: Any, *key: Any) -> bool:
        nbrs = self._adjacency.get(u)
        if nbrs is None or v not in nbrs:
            return False
        return not key or key[0] in nbrs[v]


def without_edges(G: nx.DiGraph, hidden: Hidden) -> Adjacency:
    """G's directed adjacency, all nodes kept, minus the ``hidden`` edges.

    Costs one new dict per node with a hidden edge; nothing when nothing is hidden.
    """
    if not hidden.out:
        return Adjacency.of(G)
    with paused_gc():
        succ = _cut(succ_dict(G), hidden.out)
        pred = _cut(pred_dict(G), hidden.into)
    return Adjacency(node_dict(G), succ, pred, G.is_multigraph())


def _cut(adjacency: dict, hidden: dict) -> dict:
    out = dict(adjacency)
    for u, changes in hidden.items():
        out[u] = _patched(adjacency[u], changes)
    return out


def _patched(nbrs: dict, changes: dict) -> dict:
    """A copy of ``nbrs`` without the ``changes`` edges ({v: hidden keys, or None for all})."""
    nbrs = dict(nbrs)
    for v, keys in changes.items():
        keydict = nbrs[v]
        if keys is None or len(keys) == len(keydict):
            del nbrs[v]
        elif 2 * len(keys) < len(keydict):  # few hidden among many parallel edges
            rest = nbrs[v] = dict(keydict)
            for k in keys:
                del rest[k]
        else:
            nbrs[v] = {k: d for k, d in keydict.items() if k not in keys}
    return nbrs


class _Flat:
    """An :class:`Adjacency` as arrays over node positions (G's order), one set per side.

    Deciding which neighbours of which nodes are allowed then takes a few array operations
    instead of a hash lookup per neighbour, and only the nodes that lose a neighbour need a
    new dict.
    """

    def __init__(self, adjacency: Adjacency) -> None:
        ids = list(adjacency.nodes)
        self.position = dict(zip(ids, range(len(ids))))
        self.ids = _objects(ids)
        self.data = _objects(list(adjacency.nodes.values()))
        sides = [adjacency.succ] if adjacency.pred is None else [adjacency.succ, adjacency.pred]
        self.sides = [_FlatSide(side, ids, self.position, adjacency.multi) for side in sides]
        self._id_rank: np.ndarray | None = None

    def id_rank(self) -> np.ndarray:
        """Each node's place among all nodes sorted by ``str(id)`` (worked out once)."""
        if self._id_rank is None:
            ids = self.ids.tolist()
            order = sorted(range(len(ids)), key=lambda i: str(ids[i]))
            rank = np.empty(len(ids), dtype=np.int64)
            rank[order] = np.arange(len(ids))
            # published only when filled: another session's thread may read it meanwhile
            self._id_rank = rank
        return self._id_rank


class _FlatSide:
    """One adjacency dict: each node's neighbour dict, and every (node, neighbour) entry as
    the node's position, the neighbour's position, the entry's value and its number of
    edges, row by row."""

    def __init__(self, side: dict, ids: list, position: dict, multi: bool) -> None:
        rows = list(map(side.__getitem__, ids))
        self.rows = _objects(rows)
        self.degree = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        self.owner = np.repeat(np.arange(len(rows), dtype=np.int64), self.degree)
        neighbours = chain.from_iterable(rows)
        self.neighbour = np.fromiter(
            map(position.__getitem__, neighbours), dtype=np.int64, count=len(self.owner)
        )
        values = list(chain.from_iterable(map(dict.values, rows)))
        self.values = _objects(values)
        if multi:
            self.edges = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
        else:
            self.edges = np.ones(len(values), dtype=np.int64)


def _objects(items: list) -> np.ndarray:
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def nodes_within(
    adjacency: Adjacency,
    centres: Iterable,
    radius: int,
    node_ok: Callable[[Any], bool] | None = None,
) -> np.ndarray:
    """Which nodes lie within ``radius`` steps of ``centres`` along edges in either direction,
    as a boolean array over ``adjacency``'s nodes (for :func:`restricted`).

    A step needs a node passing ``node_ok``; the centres themselves are always included.

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("d", "c")])
    >>> list(restricted(Adjacency.of(G), nodes_within(Adjacency.of(G), ["a"], 2)).nodes)
    ['a', 'b', 'c']
    """
    flat = adjacency.flat()
    position = flat.position
    seen = _at(_positions(position, centres), len(flat.ids))
    frontier = seen
    for _ in range(radius):
        reached = np.zeros(len(flat.ids), dtype=bool)
        for side in flat.sides:
            reached[side.neighbour[frontier[side.owner]]] = True
        reached &= ~seen
        if node_ok is not None:
            candidates = np.flatnonzero(reached)
            passed = np.fromiter(
                map(node_ok, flat.ids[candidates].tolist()), dtype=bool, count=len(candidates)
            )
            reached[candidates[~passed]] = False
        if not reached.any():
            break
        seen = seen | reached
        frontier = reached
    return seen


def restricted(adjacency: Adjacency, allowed: Collection | np.ndarray) -> Adjacency:
    """``adjacency`` on the ``allowed`` nodes (a collection, or a boolean array from
    :func:`nodes_within`) and the edges among them, in the same order.

    A node whose neighbours are all allowed keeps its neighbour dict as it is; the others get a
    copy without the rest. Which is which comes from array operations, not a lookup per edge.
    """
    flat = adjacency.flat()
    mask = node_mask(adjacency, allowed)
    kept = np.flatnonzero(mask)
    kept_ids = flat.ids[kept].tolist()
    nodes = dict(zip(kept_ids, flat.data[kept].tolist()))
    edgeless = mask
    sides = []
    with paused_gc():
        for side in flat.sides:
            rows, count = _among(side, flat.ids, mask, kept, kept_ids)
            sides.append(rows)
            edgeless = edgeless & (count == 0)
    out = Adjacency(nodes, sides[0], sides[1] if len(sides) > 1 else None, adjacency.multi)
    out._isolated = flat.ids[edgeless].tolist()
    return out


def node_mask(adjacency: Adjacency, nodes: Iterable | None) -> np.ndarray:
    """A boolean array over ``adjacency``'s nodes, true for ``nodes`` (None: every node)."""
    flat = adjacency.flat()
    if nodes is None:
        return np.ones(len(flat.ids), dtype=bool)
    if isinstance(nodes, np.ndarray):
        return nodes
    return _at(_positions(flat.position, nodes), len(flat.ids))


def edge_counts(adjacency: Adjacency, mask: np.ndarray) -> np.ndarray:
    """Each node's number of edges (parallel edges each count) to or from nodes in ``mask``,
    for the nodes in ``mask`` (0 elsewhere): its degree in ``restricted(adjacency, mask)``."""
    flat = adjacency.flat()
    degree = np.zeros(len(flat.ids), dtype=np.int64)
    for side in flat.sides:
        inside = mask[side.neighbour] & mask[side.owner]
        degree += np.bincount(
            side.owner[inside], weights=side.edges[inside], minlength=len(flat.ids)
        ).astype(np.int64)
    return degree


def best_connected(
    adjacency: Adjacency, candidates: np.ndarray, degree: np.ndarray, first: np.ndarray, k: int
) -> np.ndarray:
    """The ``k`` best of the ``candidates`` (boolean arrays over ``adjacency``'s nodes): those in
    ``first``, then the highest ``degree``, ties by ``str(id)``, as a boolean array."""
    found = np.flatnonzero(candidates)
    if len(found) <= k:
        return candidates
    order = np.lexsort((adjacency.flat().id_rank()[found], -degree[found], ~first[found]))
    return _at(found[order[:k]], len(candidates))


def _positions(position: dict, nodes: Iterable) -> np.ndarray:
    """Positions of those ``nodes`` that have one."""
    return np.fromiter(
        map(position.__getitem__, filter(position.__contains__, nodes)), dtype=np.int64
    )


def _among(
    side: _FlatSide, ids: np.ndarray, mask: np.ndarray, kept: np.ndarray, kept_ids: list
) -> tuple[dict, np.ndarray]:
    """The neighbour dicts of the ``kept`` nodes restricted to ``mask``, and how many
    neighbours each node keeps."""
    inside = mask[side.neighbour]
    count = np.bincount(side.owner[inside], minlength=len(mask))
    changed = np.flatnonzero(mask & (count < side.degree))
    out = dict(zip(kept_ids, side.rows[kept].tolist()))
    if len(changed):
        keep = inside & _at(changed, len(mask))[side.owner]
        entries = zip(ids[side.neighbour[keep]].tolist(), side.values[keep].tolist())
        rows = map(dict, map(islice, repeat(entries), count[changed].tolist()))
        out.update(zip(ids[changed].tolist(), rows))
    return out, count


def _at(positions: np.ndarray, size: int) -> np.ndarray:
    """A boolean array of ``size``, true at ``positions``."""
    flags = np.zeros(size, dtype=bool)
    flags[positions] = True
    return flags


def from_edges(G: nx.Graph, shown: Iterable, visible: list[tuple]) -> Adjacency:
    """The adjacency of exactly the ``visible`` edges, on the ``shown`` nodes (which must
    include their endpoints)."""
    shown = shown if isinstance(shown, (set, dict)) else set(shown)
    nodes = {n: d for n, d in node_dict(G).items() if n in shown}
    multi = G.is_multigraph()
    with paused_gc():
        if G.is_directed():
            succ: dict = {n: {} for n in nodes}
            pred: dict | None = {n: {} for n in nodes}
            Gsucc = succ_dict(G)
            if multi:
                for u, v, k in visible:
                    keydict = Gsucc[u][v]
                    if len(keydict) == 1:  # the pair's only edge: share G's dict
                        succ[u][v] = pred[v][u] = keydict
                        continue
                    su = succ[u]
                    s = su.get(v)
                    if s is None:
                        s = su[v] = pred[v][u] = {}
                    s[k] = keydict[k]
            else:
                for u, v in visible:
                    succ[u][v] = pred[v][u] = Gsucc[u][v]
        else:
            succ = {n: {} for n in nodes}
            pred = None
            Gadj = succ_dict(G)
            for e in visible:
                u, v = e[0], e[1]
                if multi:
                    s = succ[u].get(v)
                    if s is None:
                        s = succ[u][v] = succ[v][u] = {}
                    s[e[2]] = Gadj[u][v][e[2]]
                else:
                    succ[u][v] = succ[v][u] = Gadj[u][v]
    return Adjacency(nodes, succ, pred, multi)
