"""Reading the store back as records (the JSON contract ``graph.build.build_graph`` reads).

Filters select documents (by id, by document date); everything else follows
from them: their sentences, mentions and relations, and the entities that
occur in them, with mention counts over the selected documents. Aliases are
every name the store has seen for an entity. Lists are ordered by document id,
then by position in the document, so two stores with the same content give
equal records.
"""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import Connection, Select, func, select

from store.schema import (
    aliases,
    documents,
    entities,
    entity_documents,
    mentions,
    relations,
    sentences,
)

RECORDS_VERSION = 1


def selected_documents(
    documents_ids: Iterable[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Select:
    """A subquery of the ids of the documents the filters keep (a missing date fails a date
    filter)."""
    query = select(documents.c.id)
    if documents_ids is not None:
        query = query.where(documents.c.id.in_(list(documents_ids)))
    if date_from:
        query = query.where(documents.c.date >= date_from)
    if date_to:
        query = query.where(documents.c.date <= date_to)
    return query


def read_records(
    conn: Connection,
    *,
    documents_ids: Iterable[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> dict[str, Any]:
    """Records of the documents the filters keep (all documents by default)."""
    chosen = selected_documents(documents_ids, date_from, date_to).scalar_subquery()
    out: dict[str, Any] = {"schema_version": RECORDS_VERSION}
    out["documents"] = [
        {
            "id": r.id,
            "title": r.title,
            "language": r.language,
            "date": r.date,
            "source": r.source,
            "text": r.text,
        }
        for r in conn.execute(
            select(documents).where(documents.c.id.in_(chosen)).order_by(documents.c.id)
        )
    ]
    out["sentences"] = [
        {
            "id": r.id,
            "doc": r.doc_id,
            "index": r.idx,
            "start": r.start_char,
            "end": r.end_char,
            "text": r.text,
        }
        for r in conn.execute(
            select(sentences)
            .where(sentences.c.doc_id.in_(chosen))
            .order_by(sentences.c.doc_id, sentences.c.idx)
        )
    ]
    counts: dict[str, int] = {
        entity_id: n
        for entity_id, n in conn.execute(
            select(mentions.c.entity_id, func.count())
            .where(mentions.c.doc_id.in_(chosen))
            .group_by(mentions.c.entity_id)
        )
    }
    in_docs = (
        select(entity_documents.c.entity_id)
        .where(entity_documents.c.doc_id.in_(chosen))
        .distinct()
        .scalar_subquery()
    )
    names: dict[str, list[str]] = {}
    for entity_id, alias in conn.execute(
        select(aliases.c.entity_id, aliases.c.alias)
        .where(aliases.c.entity_id.in_(in_docs))
        .order_by(aliases.c.entity_id, aliases.c.alias)
    ):
        names.setdefault(entity_id, []).append(alias)
    out["entities"] = []
    for r in conn.execute(
        select(entities).where(entities.c.id.in_(in_docs)).order_by(entities.c.id)
    ):
        entity = {
            "id": r.id,
            "label": r.label,
            "type": r.type,
            "aliases": sorted(names.get(r.id, [])),
            "country": r.country,
            "mentions": counts.get(r.id, 0),
        }
        if r.type == "EVENT":
            entity["event"] = {
                "type": r.event_type,
                "trigger": r.event_trigger,
                "location": r.event_location,
                "date": r.event_date,
            }
        out["entities"].append(entity)
    out["mentions"] = [
        {
            "entity": r.entity_id,
            "sentence": r.sentence_id,
            "start": r.start_char,
            "end": r.end_char,
            "text": r.text,
        }
        for r in conn.execute(
            select(mentions)
            .where(mentions.c.doc_id.in_(chosen))
            .order_by(mentions.c.doc_id, mentions.c.ordinal)
        )
    ]
    out["relations"] = []
    for r in conn.execute(
        select(relations)
        .where(relations.c.doc_id.in_(chosen))
        .order_by(relations.c.doc_id, relations.c.ordinal)
    ):
        relation = {
            "id": r.id,
            "source": r.source,
            "target": r.target,
            "type": r.type,
            "trigger": r.trigger,
            "negated": bool(r.negated),
            "sentence": r.sentence_id,
            "confidence": r.confidence,
            "date": r.date,
        }
        if r.trigger_start is not None:
            relation["trigger_start"] = r.trigger_start
            relation["trigger_end"] = r.trigger_end
        if r.role is not None:
            relation["role"] = r.role
        if r.detail is not None:
            relation["detail"] = r.detail
        if r.event is not None:
            relation["event"] = r.event
        for name in ("mode", "reported_by", "speech_verb", "date_source"):
            value = getattr(r, name)
            if value is not None:
                relation[name] = value
        out["relations"].append(relation)
    return out


def table_counts(conn: Connection) -> dict[str, int]:
    """Rows per table: documents, sentences, entities, aliases, mentions, relations."""
    tables = {
        "documents": documents,
        "sentences": sentences,
        "entities": entities,
        "aliases": aliases,
        "mentions": mentions,
        "relations": relations,
    }
    return {
        name: conn.scalar(select(func.count()).select_from(t)) or 0 for name, t in tables.items()
    }
