"""networkx's private dicts, which graph/nxdicts.py alone reads: fail loudly if networkx
changes them."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest

from graph.nxdicts import answer_from, node_dict, pred_dict, succ_dict

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", [nx.MultiDiGraph, nx.DiGraph, nx.Graph, nx.MultiGraph])
def test_the_private_dicts_are_the_graphs_own(kind):
    G = kind()
    G.add_node("a", label="A")
    G.add_edge("a", "b", type="CONSULT")
    assert node_dict(G) == dict(G.nodes(data=True)), f"networkx {nx.__version__} changed G._node"
    assert node_dict(G)["a"] is G.nodes["a"]
    data = succ_dict(G)["a"]["b"]
    edge = next(iter(data.values())) if G.is_multigraph() else data
    assert edge["type"] == "CONSULT", f"networkx {nx.__version__} changed G._succ/_adj"
    assert "a" in pred_dict(G)["b"], f"networkx {nx.__version__} changed G._pred/_adj"
    G.add_edge("b", "c")
    assert "c" in succ_dict(G)["b"]  # live: the dicts are the graph's, not copies


def test_a_view_answers_from_the_dicts_it_is_given():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="r1")
    G.add_edge("b", "c", key="r2")
    H = nx.subgraph_view(G, filter_node=lambda n: n != "c")
    ab = G.adj["a"]["b"]
    answer_from(H, {"a": {}, "b": {}}, {"a": {"b": ab}, "b": {}}, {"a": {}, "b": {"a": ab}})
    changed = f"networkx {nx.__version__} changed views"
    assert sorted(H.edges(keys=True)) == [("a", "b", "r1")], changed
    assert sorted(H) == ["a", "b"] and list(H.predecessors("b")) == ["a"]


def test_no_module_but_nxdicts_reads_networkx_private_dicts():
    private = re.compile(r"\._(succ|pred|adj|node)\b")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for folder in ("app.py", "records", "extract", "store", "graph", "ui", "bench")
        for path in (
            [ROOT / folder] if folder.endswith(".py") else sorted((ROOT / folder).rglob("*.py"))
        )
        if path.name != "nxdicts.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if private.search(line)
    ]
    assert found == []
