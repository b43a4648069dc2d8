"""Build the knowledge graph (a networkx MultiDiGraph) from extraction records.

The records contract (reading, validating, the types) is :mod:`records`'; this module turns
valid records into a graph and never imports extract's code.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx

from graph._gc import paused_gc
from records import DATE_SOURCES, load_records

NEGATED = "negated"


def edge_mode(d: dict) -> str:
    """The mode of a relation (its record, or its edge's data): its ``mode``, else, for records
    written before modes existed, negated or asserted by its ``negated`` flag.

    >>> edge_mode({"mode": "possible"}), edge_mode({"negated": True}), edge_mode({})
    ('possible', 'negated', 'asserted')
    """
    return d.get("mode") or (NEGATED if d.get("negated") else "asserted")


def build_graph(records: dict) -> nx.MultiDiGraph:
    """Build the knowledge graph from (already validated) records.

    Nodes are entity ids with attributes ``type``, ``label``, ``aliases``, ``country``,
    ``mentions``, ``documents`` (sorted doc ids), ``sentences`` (sentence ids of mentions),
    ``first_date``/``last_date`` (ISO strings or None) and ``event`` (dict, EVENT nodes only).
    Edges are keyed by relation id with ``type``, ``trigger``, ``sentences`` (list of sentence
    ids), ``negated``, ``date`` (the relation's date, else its document's), ``document``,
    ``weight`` (1.0 per relation), ``confidence``, ``role`` and ``detail`` (None when absent),
    ``mode`` (asserted, negated, possible, planned, demanded, conditional; records without it
    give negated or asserted from ``negated``), ``reported_by`` and ``speech_verb`` (who the
    text cites for it, and the verb; None when absent) and ``date_source`` ("text" when the
    date comes from the relation's own clause, "story" when it is the story's day the lead
    tells, "document" when it is the article's date).
    ``G.graph["sentences"]`` and ``G.graph["documents"]`` map ids to the records' dicts so
    evidence text can be shown; ``G.graph["corrections"]`` lists the records' corrections (when
    they have any), which the exports carry.

    >>> records = {"schema_version": 1,
    ...     "documents": [{"id": "d", "title": "", "language": "en", "date": "2025-12-02",
    ...                    "source": "d.txt", "text": "Putin met Witkoff."}],
    ...     "sentences": [{"id": "d:0", "doc": "d", "index": 0, "start": 0, "end": 18,
    ...                    "text": "Putin met Witkoff."}],
    ...     "entities": [{"id": "kb:putin", "label": "Vladimir Putin", "type": "PERSON",
    ...                   "aliases": ["Putin"], "country": "RUS", "mentions": 1},
    ...                  {"id": "kb:witkoff", "label": "Steve Witkoff", "type": "PERSON",
    ...                   "aliases": [], "country": "USA", "mentions": 1}],
    ...     "mentions": [],
    ...     "relations": [{"id": "r1", "source": "kb:putin", "target": "kb:witkoff",
    ...                    "type": "CONSULT", "trigger": "met", "negated": False,
    ...                    "sentence": "d:0", "confidence": 0.9}]}
    >>> G = build_graph(records)
    >>> G.edges["kb:putin", "kb:witkoff", "r1"]["type"], G.nodes["kb:putin"]["documents"]
    ('CONSULT', ['d'])
    >>> G.graph["sentences"]["d:0"]["text"]
    'Putin met Witkoff.'
    """
    with paused_gc():
        return _build_graph(records)


def _date_source(rel: dict, date: str | None, document_date: str | None) -> str | None:
    """Where a relation's date comes from: the records' ``date_source``, else (records written
    before it existed) "text" for an own date other than the article's, "document" otherwise.

    >>> _date_source({"date": "2025-12-01"}, "2025-12-01", "2025-12-03")
    'text'
    >>> (_date_source({"date": "2025-12-03"}, "2025-12-03", "2025-12-03"),
    ...  _date_source({}, None, None))
    ('document', None)
    """
    if not date:
        return None
    if rel.get("date_source") in DATE_SOURCES:
        return rel["date_source"]
    return "text" if rel.get("date") and rel["date"] != document_date else "document"


def _build_graph(records: dict) -> nx.MultiDiGraph:
    documents = {doc["id"]: doc for doc in records["documents"]}
    sentences = {sent["id"]: sent for sent in records["sentences"]}
    doc_of = {sid: sent["doc"] for sid, sent in sentences.items()}
    doc_date = {did: doc.get("date") for did, doc in documents.items()}

    node_docs: dict[str, set[str]] = defaultdict(set)
    node_sents: dict[str, list[str]] = defaultdict(list)
    node_dates: dict[str, list[str]] = defaultdict(list)
    for mention in records["mentions"]:
        sid = mention["sentence"]
        ent = mention["entity"]
        did = doc_of.get(sid)
        node_sents[ent].append(sid)
        if did is not None:
            node_docs[ent].add(did)
            if doc_date.get(did):
                node_dates[ent].append(doc_date[did])

    edges = []
    for rel in records["relations"]:
        sid = rel["sentence"]
        did = doc_of.get(sid)
        date = rel.get("date") or doc_date.get(did)
        u, v = rel["source"], rel["target"]
        for ent in (u, v):
            if did is not None:
                node_docs[ent].add(did)
            if date:
                node_dates[ent].append(date)
        edges.append(
            (
                u,
                v,
                rel["id"],
                {
                    "type": rel["type"],
                    "trigger": rel["trigger"],
                    "sentences": [sid],
                    "negated": rel["negated"],
                    "date": date,
                    "document": did,
                    "weight": 1.0,
                    "confidence": rel["confidence"],
                    "role": rel.get("role"),
                    "detail": rel.get("detail"),
                    "event": rel.get("event"),
                    "mode": edge_mode(rel),
                    "reported_by": rel.get("reported_by"),
                    "speech_verb": rel.get("speech_verb"),
                    "date_source": _date_source(rel, date, doc_date.get(did)),
                },
            )
        )

    G = nx.MultiDiGraph(documents=documents, sentences=sentences)
    if records.get("corrections"):  # applied already (records.corrections); exports carry them
        G.graph["corrections"] = [dict(c) for c in records["corrections"]]
    nodes = []
    for ent in records["entities"]:
        eid = ent["id"]
        dates = node_dates.get(eid, ())
        event = ent.get("event")
        if event is not None and event.get("date"):
            dates = [*dates, event["date"]]
        attrs = {
            "type": ent["type"],
            "label": ent["label"],
            "aliases": list(ent["aliases"]),
            "country": ent["country"],
            "mentions": ent["mentions"],
            "documents": sorted(node_docs.get(eid, ())),
            "sentences": list(dict.fromkeys(node_sents.get(eid, ()))),
            "first_date": min(dates) if dates else None,
            "last_date": max(dates) if dates else None,
        }
        if event is not None:
            attrs["event"] = dict(event)
        nodes.append((eid, attrs))
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    return G


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read, validate and build in one step: ``build_graph(load_records(path))``."""
    return build_graph(load_records(path))
