"""Server-side node positions, cached and stable across filter changes.

Positions are in vis-network pixels. When ``previous`` positions are given, every node that
has one keeps it exactly; only new nodes are placed, starting next to their already-placed
neighbours, and then relaxed with the old nodes held fixed. networkx picks the force-directed
layout below 500 nodes and the scipy energy-based one above.
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
    scale = SPACING * math.sqrt(n)
    iterations = 50 if n <= 2000 else 30
    if not kept:
        if n == 1:
            return {new[0]: (0.0, 0.0)}
        pos = nx.spring_layout(H, seed=seed, scale=scale, iterations=iterations)
        return {v: (float(x), float(y)) for v, (x, y) in pos.items()}

    # Work in unit coordinates so networkx's default spacing (1/sqrt(n)) fits the old nodes.
    unit = max(max(abs(x), abs(y)) for x, y in kept.values()) or scale
    rng = random.Random(seed)
    init: dict[Any, tuple[float, float]] = {v: (x / unit, y / unit) for v, (x, y) in kept.items()}
    jitter = 1.0 / math.sqrt(n)
    pending = sorted(new, key=repr)
    for _ in range(len(pending) + 1):  # neighbours of neighbours get placed in later rounds
        rest = []
        for v in pending:
            near = [init[w] for w in H[v] if w in init]
            if near:
                cx = sum(p[0] for p in near) / len(near)
                cy = sum(p[1] for p in near) / len(near)
                init[v] = (cx + rng.uniform(-jitter, jitter), cy + rng.uniform(-jitter, jitter))
            else:
                rest.append(v)
        if len(rest) == len(pending):
            break
        pending = rest
    for v in pending:  # no placed neighbour at all: on a ring just outside the old layout
        angle = rng.uniform(0, 2 * math.pi)
        init[v] = (1.15 * math.cos(angle), 1.15 * math.sin(angle))
    pos = nx.spring_layout(
        H, pos=init, fixed=list(kept), seed=seed, iterations=iterations, method="force"
    )
    result = {v: (float(pos[v][0]) * unit, float(pos[v][1]) * unit) for v in new}
    result.update(kept)
    return result
