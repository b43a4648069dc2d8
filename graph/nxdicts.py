"""networkx's own dicts, read (and, for a view, set) in this one place only.

The filters read a graph's node, successor and predecessor dicts directly: the public
``G.nodes``, ``G.succ`` and ``G.adj`` wrap them in views whose every lookup costs a call, which
made a filtered view of a 200,000-relation graph several times slower. These dicts are
networkx's private attributes (``_node``, ``_adj``, ``_succ``, ``_pred``); if networkx renames
or changes them, ``tests/graph/test_nxdicts.py`` fails and says so. Read-only everywhere
except :func:`answer_from`, which points a fresh subgraph view at precomputed dicts.
"""

from __future__ import annotations

import networkx as nx


def node_dict(G: nx.Graph) -> dict:
    """``{node: data}``, the graph's own dict (as ``G.nodes(data=True)`` sees it)."""
    return G._node


def succ_dict(G: nx.Graph) -> dict:
    """``{u: {v: data}}`` over out-edges (all edges if undirected); for a multigraph,
    ``data`` is ``{key: edge data}``."""
    return G._succ if G.is_directed() else G._adj


def pred_dict(G: nx.Graph) -> dict:
    """``{v: {u: data}}`` over in-edges (all edges if undirected)."""
    return G._pred if G.is_directed() else G._adj


def answer_from(H: nx.Graph, nodes: dict, succ: dict, pred: dict | None) -> nx.Graph:
    """Make the subgraph view ``H`` answer from these dicts (``pred`` None if undirected)."""
    H._node = nodes
    if pred is None:
        H._adj = succ
    else:
        H._succ = succ  # networkx keeps _adj in step with _succ
        H._pred = pred
    return H
