"""The Tables tab: entities and relations of the current view as DataFrames (CSV-ready).

Values are plain text in DataFrames, which Streamlit renders as text, never as HTML.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

ENTITY_COLUMNS = ["id", "label", "type", "country", "mentions", "documents", "relations", "aliases"]
RELATION_COLUMNS = [
    "id", "actor", "type", "recipient", "trigger", "negated", "date", "confidence",
    "document", "sentence",
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

    Columns: id, actor, type, recipient, trigger, negated, date, confidence, document (its
    title) and sentence (the first evidence sentence).
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
                "negated": bool(rel.get("negated")),
                "date": rel.get("date"),
                "confidence": rel.get("confidence"),
                "document": doc.get("title") or sent.get("doc") or "",
                "sentence": sent.get("text", ""),
            }
        )
    table = pd.DataFrame(rows, columns=RELATION_COLUMNS)
    return table.sort_values(["date", "actor", "type"], na_position="last", ignore_index=True)


def csv_bytes(table: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheet programs read accents right) of a table."""
    return table.to_csv(index=False).encode("utf-8-sig")
