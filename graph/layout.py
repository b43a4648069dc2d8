"""Server-side node positions, cached and stable across filter changes.

Positions are in vis-network pixels. When ``previous`` positions are given, every node that
has one keeps it exactly; only new nodes are placed, starting next to their already-placed
neighbours, and then relaxed with the old nodes held fixed. networkx picks the force-directed
layout below 500 nodes and the scipy energy-based one above.

A force-directed layout costs about n² per step: on 10,000 nodes it took minutes, so a whole-graph
export of a big store stalled. Above :data:`FORCE_LIMIT` nodes only the best-connected
:data:`FORCE_LIMIT` are relaxed; every other node is placed beside its placed neighbours (and
those without any on a ring outside), which costs one pass over the edges.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections import OrderedDict
from typing import Any

import networkx as nx

Position = tuple[float, float]

_CACHE: OrderedDict[str, dict[Any, Position]] = OrderedDict()
_CACHE_SIZE = 32
#: Pixels between neighbouring nodes, roughly.
SPACING = 150.0
#: The most nodes a force-directed layout relaxes at once; the rest are placed by neighbours.
FORCE_LIMIT = 500


def _undirected(G: nx.Graph) -> nx.Graph:
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    return H


def _key(H: nx.Graph, seed: int, previous: dict[Any, Position]) -> str:
    digest = hashlib.sha256()
    digest.update(repr(seed).encode())
    for n in sorted(H, key=repr):
        digest.update(repr(n).encode() + b"\0")
    for u, v in sorted((tuple(sorted((u, v), key=repr)) for u, v in H.edges()), key=repr):
        digest.update(repr((u, v)).encode())
    for n in sorted(previous, key=repr):
        x, y = previous[n]
        digest.update(repr((n, round(float(x), 3), round(float(y), 3))).encode())
    return digest.hexdigest()


def positions(
    G: nx.Graph, seed: int = 42, previous: dict[Any, Position] | None = None
) -> dict[Any, Position]:
    """``{node: (x, y)}`` for every node of ``G``; the same input always gives the same output.

    Nodes found in ``previous`` keep their position; new nodes are placed near their
    neighbours. Results are cached (last 32 inputs), so redrawing the same view is free.

    >>> G = nx.path_graph(["a", "b", "c"])
    >>> pos = positions(G)
    >>> pos == positions(G) and sorted(pos)
    ['a', 'b', 'c']
    >>> G.add_edge("c", "d")
    >>> moved = positions(G, previous=pos)
    >>> all(moved[n] == pos[n] for n in "abc"), "d" in moved
    (True, True)
    """
    H = _undirected(G)
    previous = previous or {}
    kept = {n: (float(previous[n][0]), float(previous[n][1])) for n in H if n in previous}
    key = _key(H, seed, kept)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return dict(_CACHE[key])
    result = _compute(H, seed, kept)
    _CACHE[key] = result
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return dict(result)


def _compute(H: nx.Graph, seed: int, kept: dict[Any, Position]) -> dict[Any, Position]:
    n = H.number_of_nodes()
    if n == 0:
        return {}
    new = [v for v in H if v not in kept]
    if not new:
        return dict(kept)
    if n > FORCE_LIMIT:
        return _beside_core(H, seed, kept, new)
    scale = SPACING * math.sqrt(n)
    iterations = 50 if n <= 2000 else 30
    if not kept:
        if n == 1:
            return {new[0]: (0.0, 0.0)}
        pos = nx.spring_layout(H, seed=seed, scale=scale, iterations=iterations)
        return {v: (float(x), float(y)) for v, (x, y) in pos.items()}

    # Work in unit coordinates so networkx's default spacing (1/sqrt(n)) fits the old nodes.
    unit = max(max(abs(x), abs(y)) for x, y in kept.values()) or scale
    init: dict[Any, Position] = {v: (x / unit, y / unit) for v, (x, y) in kept.items()}
    _place_beside_neighbours(H, init, new, random.Random(seed), 1.0 / math.sqrt(n), 1.15)
    pos = nx.spring_layout(
        H, pos=init, fixed=list(kept), seed=seed, iterations=iterations, method="force"
    )
    result = {v: (float(pos[v][0]) * unit, float(pos[v][1]) * unit) for v in new}
    result.update(kept)
    return result


def _beside_core(
    H: nx.Graph, seed: int, kept: dict[Any, Position], new: list[Any]
) -> dict[Any, Position]:
    """A big graph: relax the kept nodes and the best-connected new ones up to FORCE_LIMIT
    nodes in all, then place every other node beside its neighbours, without relaxing."""
    room = max(FORCE_LIMIT - len(kept), 0)
    core_new = sorted(new, key=lambda v: (-H.degree(v), repr(v)))[:room]
    members = {*kept, *core_new}
    # A subgraph view iterates its nodes in set order, which changes with the hash seed from one
    # process to the next: build the core in H's own order so a layout is the same in every run.
    core = nx.Graph()
    core.add_nodes_from(v for v in H if v in members)
    core.add_edges_from((u, v) for u, v in H.edges() if u in members and v in members)
    placed = _compute(core, seed, kept) if core_new else dict(kept)
    rest = [v for v in new if v not in placed]
    radius = max((math.hypot(x, y) for x, y in placed.values()), default=0.0) or SPACING
    _place_beside_neighbours(H, placed, rest, random.Random(seed), SPACING / 2, 1.15 * radius)
    return placed


def _place_beside_neighbours(
    H: nx.Graph,
    placed: dict[Any, Position],
    pending: list[Any],
    rng: random.Random,
    jitter: float,
    ring: float,
) -> None:
    """Put each pending node at the mean of its placed neighbours (plus jitter), layer by
    layer outwards from the placed ones; nodes with no placed neighbour at all go on a ring."""
    waiting = set(pending)
    layer = sorted({v for v in waiting if any(w in placed for w in H[v])}, key=repr)
    while layer:
        for v in layer:
            near = [placed[w] for w in H[v] if w in placed]
            cx = sum(p[0] for p in near) / len(near)
            cy = sum(p[1] for p in near) / len(near)
            placed[v] = (cx + rng.uniform(-jitter, jitter), cy + rng.uniform(-jitter, jitter))
        waiting.difference_update(layer)
        layer = sorted({w for v in layer for w in H[v] if w in waiting}, key=repr)
    # The ring lies outside everything placed so far, the layers just placed included.
    ring = max(ring, 1.15 * max((math.hypot(x, y) for x, y in placed.values()), default=0.0))
    for v in sorted(waiting, key=repr):
        angle = rng.uniform(0, 2 * math.pi)
        placed[v] = (ring * math.cos(angle), ring * math.sin(angle))
