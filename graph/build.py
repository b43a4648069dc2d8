"""Build the knowledge graph (a networkx MultiDiGraph) from extraction records.

The records contract is ``extract/records.schema.json``; this module only reads that JSON file
(to validate input and to know the entity and relation types) and never imports extract's code.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import networkx as nx

from graph._gc import paused_gc
from graph.errors import GraphInputError

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "extract" / "records.schema.json"


@lru_cache(maxsize=1)
def records_schema() -> dict[str, Any]:
    """The records JSON schema, read once from ``extract/records.schema.json``."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _enum(*keys: str) -> tuple[str, ...]:
    node: Any = records_schema()
    for key in keys:
        node = node[key]
    return tuple(node["enum"])


#: Entity types, in the schema's order.
ENTITY_TYPES: tuple[str, ...] = _enum("properties", "entities", "items", "properties", "type")
#: PLOVER relation types, then the structural ones (ROLE, FAMILY, LOCATED_IN, PARTICIPANT,
#: CO_OCCURS).
RELATION_TYPES: tuple[str, ...] = _enum("properties", "relations", "items", "properties", "type")
#: How the text puts a relation, from fact to condition (the schema's order).
MODES: tuple[str, ...] = _enum("properties", "relations", "items", "properties", "mode")


def _where(error: jsonschema.ValidationError, prefix: tuple = ()) -> str:
    steps = (*prefix, *error.absolute_path)
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in steps)
    return f"${path}" if path else "top level"


def validate_records(records: Any, source: str = "records") -> None:
    """Check ``records`` against the schema and check that every reference resolves.

    Raises :class:`GraphInputError` naming ``source``, the place in the JSON and the problem.

    >>> validate_records({"schema_version": 2}, source="x.json")
    Traceback (most recent call last):
    ...
    graph.errors.GraphInputError: x.json: invalid records at top level: 'documents' is a ...
    """
    try:
        _validate(records, source)
    except RecursionError:
        raise GraphInputError(f"{source}: invalid records: nested too deeply") from None


def _validate(records: Any, source: str) -> None:
    where, schema, instance = _first_problem(records)
    if schema is not None:
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
        if error is not None:
            message = error.message if len(error.message) <= 200 else error.message[:200] + "..."
            raise GraphInputError(f"{source}: invalid records at {_where(error, where)}: {message}")
    _check_references(records, source)


@lru_cache(maxsize=1)
def _compiled_schema() -> Any:
    return jsonschema_rs.validator_for(records_schema(), validate_formats=True)


def _first_problem(records: Any) -> tuple[tuple, Any, Any]:
    """Where jsonschema should look for the error to report: (path prefix, schema, instance).

    The compiled (Rust) validator checks 200,000 relations in a fraction of a second, where
    jsonschema takes about 15 s; jsonschema then words the error, on the one list item the
    compiled validator found wrong (or on everything, for a problem outside the lists).
    Schema None: nothing is wrong.
    """
    schema = records_schema()
    try:
        first = next(iter(_compiled_schema().iter_errors(records)), None)
    except (TypeError, ValueError):  # not a JSON-like object: let jsonschema say why
        return (), schema, records
    if first is None:
        return (), None, None
    path = tuple(first.instance_path)
    if len(path) >= 2 and isinstance(path[1], int):
        items = schema["properties"].get(path[0], {}).get("items")
        if isinstance(items, dict):
            return path[:2], items, records[path[0]][path[1]]
    return (), schema, records


def _check_references(records: dict, source: str) -> None:
    def unique(kind: str) -> set[str]:
        ids: set[str] = set()
        for i, item in enumerate(records[kind]):
            if item["id"] in ids:
                raise GraphInputError(
                    f"{source}: duplicate id {item['id']!r} at $.{kind}[{i}]; ids must be unique"
                )
            ids.add(item["id"])
        return ids

    docs, sents, ents = unique("documents"), unique("sentences"), unique("entities")
    unique("relations")
    for i, sent in enumerate(records["sentences"]):
        if sent["doc"] not in docs:
            raise GraphInputError(
                f"{source}: $.sentences[{i}] refers to unknown document {sent['doc']!r}"
            )
    for i, mention in enumerate(records["mentions"]):
        for field, known in (("entity", ents), ("sentence", sents)):
            if mention[field] not in known:
                raise GraphInputError(
                    f"{source}: $.mentions[{i}] refers to unknown {field} {mention[field]!r}"
                )
    for i, ent in enumerate(records["entities"]):
        place = (ent.get("event") or {}).get("location")
        if place is not None and place not in ents:
            raise GraphInputError(
                f"{source}: $.entities[{i}] ({ent['id']}) refers to unknown entity {place!r} "
                "in 'event.location'"
            )
    for i, rel in enumerate(records["relations"]):
        if not 0 <= rel["confidence"] <= 1:  # NaN passes the schema's minimum and maximum
            raise GraphInputError(
                f"{source}: $.relations[{i}] ({rel['id']}) has confidence {rel['confidence']}; "
                "expected a number from 0 to 1"
            )
        if "event" in rel and rel["event"] not in ents:
            raise GraphInputError(
                f"{source}: $.relations[{i}] ({rel['id']}) refers to unknown entity "
                f"{rel['event']!r} in 'event'"
            )
        for field, known, kind in (
            ("source", ents, "entity"),
            ("target", ents, "entity"),
            ("sentence", sents, "sentence"),
        ):
            if rel[field] not in known:
                raise GraphInputError(
                    f"{source}: $.relations[{i}] ({rel['id']}) refers to unknown {kind} "
                    f"{rel[field]!r} in '{field}'"
                )


def _no_constant(name: str) -> Any:
    raise _NonFinite(name)


class _NonFinite(ValueError):
    """NaN, Infinity or -Infinity in the JSON text (Python's json reads them; JSON has none)."""


def parse_records_json(text: str | bytes, source: str) -> Any:
    """The JSON value in ``text``, or :class:`GraphInputError` with one line naming ``source``.

    Besides malformed JSON this refuses what ``json.loads`` would otherwise accept or crash on:
    NaN and Infinity (not JSON, and a NaN confidence would pass the schema's range check and
    reach every export) and nesting deep enough to exhaust Python's recursion limit.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GraphInputError(f"{source}: not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise GraphInputError(
            f"{source}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except _NonFinite as exc:
        raise GraphInputError(
            f"{source}: not valid JSON: it contains {exc}, which JSON does not allow "
            "(numbers must be finite)"
        ) from None
    except RecursionError:
        raise GraphInputError(f"{source}: not valid JSON: nested too deeply") from None


def load_records(path: str | Path, validate: bool = True) -> dict:
    """Read a records JSON file and validate it against the schema.

    Raises :class:`GraphInputError` whose one-line message names the file and the problem
    (missing, unreadable, not UTF-8, not JSON, NaN or Infinity, nested too deeply, or not
    following the schema).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise GraphInputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise GraphInputError(f"{path}: is a directory, expected a records JSON file") from None
    except OSError as exc:
        raise GraphInputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    records = parse_records_json(data, str(path))
    if validate:
        validate_records(records, source=str(path))
    return records


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
    date comes from the relation's own clause, "document" when it is the article's date).
    ``G.graph["sentences"]`` and ``G.graph["documents"]`` map ids to the records' dicts so
    evidence text can be shown.

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
    >>> _date_source({"date": "2025-12-03"}, "2025-12-03", "2025-12-03"), _date_source({}, None, None)
    ('document', None)
    """
    if not date:
        return None
    if rel.get("date_source") in ("text", "document"):
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
                    "mode": rel.get("mode") or ("negated" if rel["negated"] else "asserted"),
                    "reported_by": rel.get("reported_by"),
                    "speech_verb": rel.get("speech_verb"),
                    "date_source": _date_source(rel, date, doc_date.get(did)),
                },
            )
        )

    G = nx.MultiDiGraph(documents=documents, sentences=sentences)
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
