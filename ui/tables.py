"""The Tables tab: entities and relations of the current view as DataFrames.

Values are plain text in DataFrames, which Streamlit renders as text, never as HTML. Their CSV
downloads are the CSV export's ``nodes.csv`` and ``edges.csv`` (``graph.export``), one layout.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import pandas as pd

from graph.build import edge_mode

ENTITY_COLUMNS = ["id", "label", "type", "country", "mentions", "documents", "relations", "aliases"]
RELATION_COLUMNS = [
    "id",
    "actor",
    "type",
    "recipient",
    "trigger",
    "mode",
    "date",
    "confidence",
    "document",
    "sentence",
]


def entities_table(A: nx.Graph) -> pd.DataFrame:
    """One row per node drawn: label, type, country, mentions, documents and visible relations.

    ``relations`` counts the relations behind the node's drawn edges (an aggregated edge of
    weight 3 counts 3).

    >>> A = nx.DiGraph(); A.add_node("kb:a", label="A", type="PERSON", mentions=2, documents=["d"])
    >>> entities_table(A)[["id", "label", "mentions", "relations"]].to_dict("records")
    [{'id': 'kb:a', 'label': 'A', 'mentions': 2, 'relations': 0}]
    """
    weights = dict(A.degree(weight="weight"))
    rows = [
        {
            "id": str(n),
            "label": d.get("label", str(n)),
            "type": d.get("type"),
            "country": d.get("country"),
            "mentions": int(d.get("mentions") or 0),
            "documents": len(d.get("documents") or ()),
            "relations": int(round(weights.get(n, 0))),
            "aliases": ", ".join(d.get("aliases") or ()),
        }
        for n, d in A.nodes(data=True)
    ]
    table = pd.DataFrame(rows, columns=ENTITY_COLUMNS)
    return table.sort_values(["mentions", "label"], ascending=[False, True], ignore_index=True)


def relations_table(H: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per relation of the view ``H`` (the relations behind the drawn edges).

    Columns: id, actor, type, recipient, trigger, mode (asserted, negated, possible, planned,
    demanded, conditional: ``graph.build.edge_mode``), date, confidence, document (its title)
    and sentence (the first evidence sentence).

    >>> H = nx.MultiDiGraph(); H.add_node("a", label="A"); H.add_node("b", label="B")
    >>> _ = H.add_edge("a", "b", key="r1", type="THREATEN", mode="possible")
    >>> _ = H.add_edge("b", "a", key="r2", type="CONSULT", negated=True)
    >>> relations_table(H)[["id", "type", "mode"]].values.tolist()
    [['r1', 'THREATEN', 'possible'], ['r2', 'CONSULT', 'negated']]
    """
    sentences = H.graph.get("sentences") or {}
    documents = H.graph.get("documents") or {}
    label = lambda n: H.nodes[n].get("label", str(n))  # noqa: E731
    rows = []
    for u, v, key, rel in H.edges(keys=True, data=True):
        sids = list(rel.get("sentences") or ())
        sent = sentences.get(sids[0], {}) if sids else {}
        doc = documents.get(sent.get("doc") or rel.get("document"), {})
        rows.append(
            {
                "id": str(key),
                "actor": label(u),
                "type": rel.get("type"),
                "recipient": label(v),
                "trigger": rel.get("trigger") or "",
                "mode": edge_mode(rel),
                "date": rel.get("date"),
                "confidence": rel.get("confidence"),
                "document": doc.get("title") or sent.get("doc") or "",
                "sentence": sent.get("text", ""),
            }
        )
    table = pd.DataFrame(rows, columns=RELATION_COLUMNS)
    return table.sort_values(["date", "actor", "type"], na_position="last", ignore_index=True)


# --------------------------------------------------------------------------- one selection
# A row chosen in a table selects its node or edge (ui.keys.SELECTION); the other way round,
# the rows of the selected node or edge are listed first, and its row is ticked.


def selection_token(selection: Mapping[str, Any] | None) -> str:
    """A short token naming a selection, for the tables' widget keys: a new selection gives
    the tables new keys, so the row ticked in them always follows the selection.

    >>> (selection_token(None),
    ...  selection_token({"kind": "node", "id": "kb:putin"})
    ...  == selection_token({"kind": "node", "id": "kb:putin"}))
    ('none', True)
    """
    if not selection:
        return "none"
    text = f"{selection.get('kind')}:{selection.get('id')}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def selected_entities(selection: Mapping[str, Any] | None, A: nx.Graph) -> list[str]:
    """Node ids the selection touches: the node itself, or both ends of an edge.

    >>> A = nx.DiGraph(); A.add_edge("a", "b", id="a->b")
    >>> (selected_entities({"kind": "edge", "id": "a->b"}, A),
    ...  selected_entities({"kind": "node", "id": "a"}, A))
    (['a', 'b'], ['a'])
    """
    if not selection:
        return []
    if selection.get("kind") == "node":
        return [selection["id"]] if selection.get("id") in A else []
    for u, v, data in A.edges(data=True):
        if data.get("id", f"{u}->{v}") == selection.get("id"):
            return [str(u), str(v)]
    return []


def edge_of_relation(A: nx.Graph, H: nx.MultiDiGraph) -> dict[str, str]:
    """Relation id -> the id of the drawn (aggregated) edge that carries it.

    >>> H = nx.MultiDiGraph(); _ = H.add_edge("a", "b", key="r1")
    >>> A = nx.DiGraph(); A.add_edge("a", "b", id="a->b")
    >>> edge_of_relation(A, H)
    {'r1': 'a->b'}
    """
    out = {}
    for u, v, key in H.edges(keys=True):
        data = A.edges[u, v] if A.has_edge(u, v) else {}
        out[str(key)] = data.get("id", f"{u}->{v}")
    return out


def selected_relations(
    selection: Mapping[str, Any] | None, H: nx.MultiDiGraph, edges: Mapping[str, str]
) -> list[str]:
    """Relation ids behind the selection: those of a node, or those merged into an edge."""
    if not selection:
        return []
    ident = selection.get("id")
    if selection.get("kind") == "node":
        return [str(k) for u, v, k in H.edges(keys=True) if ident in (u, v)]
    return [rid for rid, edge in edges.items() if edge == ident]


def selected_first(table: pd.DataFrame, ids: Iterable[str]) -> tuple[pd.DataFrame, int]:
    """``table`` with the rows whose ``id`` is in ``ids`` first (both parts keep their order),
    and how many rows were moved up.

    >>> t = pd.DataFrame({"id": ["a", "b", "c"]})
    >>> moved, n = selected_first(t, ["c"]); list(moved["id"]), n
    (['c', 'a', 'b'], 1)
    """
    wanted = set(ids)
    if not wanted or table.empty:
        return table, 0
    hit = table["id"].isin(wanted)
    ordered = pd.concat([table[hit], table[~hit]], ignore_index=True)
    return ordered, int(hit.sum())
