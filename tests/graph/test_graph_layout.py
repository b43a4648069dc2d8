"""Layout: reproducible, cached, and stable when the filter changes."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx

from graph import layout
from graph.filters import FilterSpec, apply_filters
from graph.layout import positions


def test_layout_every_node_gets_a_position_and_it_is_reproducible(G):
    pos = positions(G, seed=7)
    assert set(pos) == set(G)
    assert all(len(p) == 2 and all(math.isfinite(c) for c in p) for p in pos.values())
    assert positions(G, seed=7) == pos
    assert positions(G, seed=8) != pos


def test_layout_nodes_keep_their_place_when_the_filter_changes(G):
    small = apply_filters(G, FilterSpec(actors=("Putin",), radius=1))
    before = positions(small)
    large = apply_filters(G, FilterSpec(actors=("Putin",), radius=2))
    after = positions(large, previous=before)
    assert set(after) == set(large)
    for node in small:
        assert after[node] == before[node]


def test_layout_new_node_lands_near_its_neighbour():
    G = nx.path_graph(range(30))
    before = positions(G)
    G.add_edge(29, "new")
    after = positions(G, previous=before)
    dist = lambda a, b: math.dist(after[a], after[b])  # noqa: E731
    spread = max(dist(0, n) for n in range(30))
    assert dist("new", 29) < spread / 2


def test_layout_empty_and_single_node_graphs():
    assert positions(nx.MultiDiGraph()) == {}
    assert positions(nx.MultiDiGraph([("only", "only")])) == {"only": (0.0, 0.0)}


def test_layout_large_graph_uses_the_scipy_layout():
    G = nx.gnm_random_graph(800, 1600, seed=3)
    pos = positions(G)
    assert len(pos) == 800
    assert len({(round(x), round(y)) for x, y in pos.values()}) > 700  # spread out


def test_layout_beyond_the_force_limit_relaxes_the_core_and_places_the_rest_beside_it(
    monkeypatch,
):
    # A hub with its spokes, and a long tail hanging off one spoke: with a small force limit only
    # the best-connected nodes are relaxed, the rest land beside what they hang from, and a node
    # with no neighbour at all goes outside everything.
    monkeypatch.setattr(layout, "FORCE_LIMIT", 12)
    G = nx.star_graph(["hub", *(f"spoke{i}" for i in range(11))])
    nx.add_path(G, ["spoke0", *(f"tail{i}" for i in range(40))])
    G.add_node("alone")
    pos = positions(G)
    assert set(pos) == set(G)
    assert positions(G) == pos
    assert math.dist(pos["tail0"], pos["spoke0"]) < layout.SPACING
    assert math.dist(pos["tail39"], pos["tail38"]) < layout.SPACING
    assert math.hypot(*pos["alone"]) > max(math.hypot(*pos[f"spoke{i}"]) for i in range(11))


_LAYOUT_IN_A_FRESH_PROCESS = """
import json, networkx as nx
from graph import layout
layout.FORCE_LIMIT = 12
G = nx.star_graph(["hub", *(f"spoke{i}" for i in range(11))])
nx.add_path(G, ["spoke0", *(f"tail{i}" for i in range(40))])
G.add_node("alone")
pos = layout.positions(G)
print(json.dumps(sorted((n, round(x, 6), round(y, 6)) for n, (x, y) in pos.items())))
"""


def test_layout_is_the_same_in_every_process_whatever_the_hash_seed():
    # An export made today and one made tomorrow of the same graph must look the same: string
    # hashing changes from one process to the next, and the layout must not depend on it.
    root = Path(__file__).resolve().parents[2]
    runs = []
    for hash_seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", _LAYOUT_IN_A_FRESH_PROCESS],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        runs.append(json.loads(out))
    assert len(runs[0]) == 53
    assert runs[0] == runs[1] == runs[2]
