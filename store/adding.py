"""Writing records into the store, one document per transaction.

:func:`split_records` cuts merged records (what ``extract.api.extract``
returns) into one part per document; :func:`write_document` writes one part
inside the caller's transaction: it skips a text already stored (same
SHA-256), renames a document whose id is taken by another text, links its
entities to stored ones (:mod:`store.linking`) and merges labels and aliases.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import Connection, select

from records import Records
from records.ids import is_kb_id
from records.text import alias_key
from store.linking import EntityLinker, is_linkable
from store.schema import (
    aliases,
    documents,
    entities,
    entity_documents,
    mentions,
    name_candidates,
    relations,
    sentences,
)


@dataclass
class Outcome:
    """What happened to one document: ``status`` is 'added' or 'duplicate'.

    ``doc_id`` is its id in the store (the stored twin's for a duplicate, a
    suffixed one when the id was taken); ``linked`` maps entity ids of the
    article to the stored entities they were linked to by name (as the corrections in force
    show them: a name of a merged-away entity, or one only a merge made unambiguous, shows
    as the entity it was merged into).
    """

    status: str
    doc_id: str
    source: str
    original_id: str
    linked: dict[str, str] = field(default_factory=dict)
    names: list[tuple[str, str, str]] = field(default_factory=list)


def content_hash(text: str) -> str:
    """SHA-256 of the article text (the same as ``extract.documents.Document.content_hash``)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_records(records: Records) -> list[Records]:
    """One records dict per document, each with the entities its mentions and relations use.

    An entity no mention or relation of a document refers to carries no
    evidence and is left out.

    >>> parts = split_records({"documents": [{"id": "a"}, {"id": "b"}],
    ...     "sentences": [{"id": "a:0", "doc": "a"}, {"id": "b:0", "doc": "b"}],
    ...     "entities": [{"id": "kb:x"}, {"id": "kb:y"}],
    ...     "mentions": [{"entity": "kb:x", "sentence": "a:0"},
    ...                  {"entity": "kb:y", "sentence": "b:0"}],
    ...     "relations": []})
    >>> [[e["id"] for e in p["entities"]] for p in parts]
    [['kb:x'], ['kb:y']]
    """
    doc_of = {s["id"]: s["doc"] for s in records["sentences"]}
    parts: dict[str, Records] = {
        d["id"]: {
            "documents": [d],
            "sentences": [],
            "entities": [],
            "mentions": [],
            "relations": [],
        }
        for d in records["documents"]
    }
    for s in records["sentences"]:
        parts[s["doc"]]["sentences"].append(s)
    for m in records["mentions"]:
        parts[doc_of[m["sentence"]]]["mentions"].append(m)
    for r in records["relations"]:
        parts[doc_of[r["sentence"]]]["relations"].append(r)
    by_id = {e["id"]: e for e in records["entities"]}
    for part in parts.values():
        used = {m["entity"] for m in part["mentions"]}
        used |= {r[end] for r in part["relations"] for end in ("source", "target")}
        used |= {
            r["event"] for r in part["relations"] if r.get("event")
        }  # read back, it must resolve
        used |= {  # so the reporter is read back with its label, not as a bare id
            r["reported_by"] for r in part["relations"] if r.get("reported_by") in by_id
        }
        used |= {
            by_id[e]["event"]["location"]
            for e in used
            if e in by_id and (by_id[e].get("event") or {}).get("location")
        }
        part["entities"] = [e for e in records["entities"] if e["id"] in used]
    return list(parts.values())


def rename_document(part: Records, new_id: str) -> Records:
    """The same one-document records with every id that embeds the document id rewritten.

    >>> part = {"documents": [{"id": "a", "text": ""}], "sentences": [{"id": "a:0", "doc": "a"}],
    ...     "entities": [{"id": "event:a:0", "type": "EVENT"}],
    ...     "mentions": [{"entity": "event:a:0", "sentence": "a:0"}],
    ...     "relations": [{"id": "a:r0", "source": "event:a:0", "target": "kb:x",
    ...                    "sentence": "a:0"}]}
    >>> renamed = rename_document(part, "a-2")
    >>> (renamed["relations"][0]["id"], renamed["relations"][0]["source"],
    ...  renamed["mentions"][0]["sentence"])
    ('a-2:r0', 'event:a-2:0', 'a-2:0')
    """
    old = part["documents"][0]["id"]

    def sid(value: str) -> str:
        return new_id + value[len(old) :] if value.startswith(old + ":") else value

    def eid(value: str) -> str:
        prefix = f"event:{old}:"
        return f"event:{new_id}:" + value[len(prefix) :] if value.startswith(prefix) else value

    return {
        "documents": [{**d, "id": new_id} for d in part["documents"]],
        "sentences": [{**s, "id": sid(s["id"]), "doc": new_id} for s in part["sentences"]],
        "entities": [{**e, "id": eid(e["id"])} for e in part["entities"]],
        "mentions": [
            {**m, "entity": eid(m["entity"]), "sentence": sid(m["sentence"])}
            for m in part["mentions"]
        ],
        "relations": [
            {
                **r,
                "id": sid(r["id"]),
                "source": eid(r["source"]),
                "target": eid(r["target"]),
                "sentence": sid(r["sentence"]),
                **({"event": eid(r["event"])} if r.get("event") else {}),
                **({"reported_by": eid(r["reported_by"])} if r.get("reported_by") else {}),
            }
            for r in part["relations"]
        ],
    }


def remap_entities(part: Records, mapping: dict[str, str]) -> Records:
    """Records with entity ids replaced by ``mapping``; entities that become one are merged."""
    if not mapping:
        return part
    merged: dict[str, dict] = {}
    for e in part["entities"]:
        new = {**e, "id": mapping.get(e["id"], e["id"])}
        if new.get("event") and new["event"].get("location") in mapping:
            new["event"] = {**new["event"], "location": mapping[new["event"]["location"]]}
        if new["id"] in merged:
            known = merged[new["id"]]
            known["aliases"] = sorted(set(known["aliases"]) | set(new["aliases"]))
            known["country"] = known["country"] or new["country"]
            known["label"] = _better_label(known["id"], known["label"], new["label"])
        else:
            merged[new["id"]] = new
    return {
        **part,
        "entities": list(merged.values()),
        "mentions": [
            {**m, "entity": mapping.get(m["entity"], m["entity"])} for m in part["mentions"]
        ],
        "relations": [
            {
                **r,
                "source": mapping.get(r["source"], r["source"]),
                "target": mapping.get(r["target"], r["target"]),
                **(
                    {"reported_by": mapping.get(r["reported_by"], r["reported_by"])}
                    if r.get("reported_by")
                    else {}
                ),
            }
            for r in part["relations"]
        ],
    }


def _better_label(entity_id: str, known: str, new: str) -> str:
    """Knowledge-base labels never change; otherwise the fuller name wins (as in
    ``merge_records``)."""
    if is_kb_id(entity_id) or len(new) <= len(known):
        return known
    return new


def _free_id(conn: Connection, doc_id: str) -> str:
    """``doc_id``, or ``doc_id-2``, ``doc_id-3``, ... whichever is not stored yet (primary-key
    lookups only)."""
    candidate, n = doc_id, 2
    while conn.scalar(select(documents.c.id).where(documents.c.id == candidate)) is not None:
        candidate = f"{doc_id}-{n}"
        n += 1
    return candidate


def write_document(conn: Connection, part: Records, linker: EntityLinker) -> Outcome:
    """Write one document's records inside the caller's transaction."""
    doc = part["documents"][0]
    original_id = doc["id"]
    digest = content_hash(doc["text"])
    twin = conn.scalar(select(documents.c.id).where(documents.c.content_hash == digest))
    if twin is not None:
        return Outcome("duplicate", twin, doc["source"], doc["id"])
    free = _free_id(conn, doc["id"])
    if free != doc["id"]:
        part = rename_document(part, free)
        doc = part["documents"][0]

    ids = [e["id"] for e in part["entities"]]
    stored = _stored_entities(conn, ids)
    links = linker.match(
        conn, [e for e in part["entities"] if e["id"] not in stored and is_linkable(e)]
    )
    mapping = links.stored
    part = remap_entities(part, mapping)
    if mapping:
        stored = _stored_entities(conn, [e["id"] for e in part["entities"]])

    conn.execute(
        documents.insert().values(
            id=doc["id"],
            content_hash=digest,
            title=doc["title"],
            language=doc["language"],
            date=doc["date"],
            source=doc["source"],
            text=doc["text"],
            ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
    )
    if part["sentences"]:
        conn.execute(
            sentences.insert(),
            [
                {
                    "id": s["id"],
                    "doc_id": doc["id"],
                    "idx": s["index"],
                    "start_char": s["start"],
                    "end_char": s["end"],
                    "text": s["text"],
                }
                for s in part["sentences"]
            ],
        )
    new_rows, names = [], []
    for e in part["entities"]:
        known = stored.get(e["id"])
        if known is None:
            event = e.get("event") or {}
            new_rows.append(
                {
                    "id": e["id"],
                    "label": e["label"],
                    "type": e["type"],
                    "country": e["country"],
                    "event_type": event.get("type"),
                    "event_trigger": event.get("trigger"),
                    "event_location": event.get("location"),
                    "event_date": event.get("date"),
                    "event_date_source": event.get("date_source"),
                    "event_distinct": event.get("distinct"),
                }
            )
        else:
            label = _better_label(e["id"], known["label"], e["label"])
            country = known["country"] or e["country"]
            if (label, country) != (known["label"], known["country"]):
                conn.execute(
                    entities.update()
                    .where(entities.c.id == e["id"])
                    .values(label=label, country=country)
                )
    if new_rows:
        conn.execute(entities.insert(), new_rows)
    have = {
        (row.entity_id, row.alias)
        for row in conn.execute(
            select(aliases.c.entity_id, aliases.c.alias).where(
                aliases.c.entity_id.in_(ids_of(part))
            )
        )
    }
    alias_rows = []
    for e in part["entities"]:
        for alias in sorted(set(e["aliases"])):
            if (e["id"], alias[:300]) not in have:
                have.add((e["id"], alias[:300]))
                alias_rows.append(
                    {"entity_id": e["id"], "alias": alias[:300], "key": alias_key(alias)}
                )
                if is_linkable(e):
                    names.append((e["type"], alias_key(alias), e["id"]))
    if alias_rows:
        conn.execute(aliases.insert(), alias_rows)
    if links.candidates:
        conn.execute(
            name_candidates.insert(),
            [
                {
                    "entity_id": entity_id,
                    "candidate_id": candidate,
                    "by_label": by_label,
                    "if_label": if_label,
                    "if_type": if_type,
                }
                for entity_id, found in links.candidates.items()
                for candidate, by_label, if_label, if_type in found
            ],
        )
    if part["entities"]:
        conn.execute(
            entity_documents.insert(), [{"entity_id": i, "doc_id": doc["id"]} for i in ids_of(part)]
        )
    if part["mentions"]:
        conn.execute(
            mentions.insert(),
            [
                {
                    "doc_id": doc["id"],
                    "ordinal": n,
                    "entity_id": m["entity"],
                    "sentence_id": m["sentence"],
                    "start_char": m["start"],
                    "end_char": m["end"],
                    "text": m["text"],
                }
                for n, m in enumerate(part["mentions"])
            ],
        )
    if part["relations"]:
        conn.execute(
            relations.insert(),
            [
                {
                    "id": r["id"],
                    "doc_id": doc["id"],
                    "ordinal": n,
                    "source": r["source"],
                    "target": r["target"],
                    "type": r["type"],
                    "trigger": r["trigger"],
                    "negated": r["negated"],
                    "sentence_id": r["sentence"],
                    "confidence": r["confidence"],
                    "date": r.get("date"),
                    "trigger_start": r.get("trigger_start"),
                    "trigger_end": r.get("trigger_end"),
                    "role": r.get("role"),
                    "detail": r.get("detail"),
                    "event": r.get("event"),
                    "mode": r.get("mode"),
                    "reported_by": r.get("reported_by"),
                    "speech_verb": r.get("speech_verb"),
                    "date_source": r.get("date_source"),
                }
                for n, r in enumerate(part["relations"])
            ],
        )
    return Outcome("added", doc["id"], doc["source"], original_id, links.shown, names)


def ids_of(part: Records) -> list[str]:
    """Entity ids of a part, in order."""
    return [e["id"] for e in part["entities"]]


def _stored_entities(conn: Connection, ids: list[str]) -> dict[str, dict]:
    if not ids:
        return {}
    rows = conn.execute(
        select(entities.c.id, entities.c.label, entities.c.country).where(entities.c.id.in_(ids))
    )
    return {row.id: {"label": row.label, "country": row.country} for row in rows}
