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

from sqlalchemy import Connection, Select, exc, func, select

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


#: Keys of a document, a sentence and a mention, in the order of the columns read for them.
DOCUMENT_KEYS = ("id", "title", "language", "date", "source", "text")
SENTENCE_KEYS = ("id", "doc", "index", "start", "end", "text")
MENTION_KEYS = ("entity", "sentence", "start", "end", "text")
#: Keys of an EVENT entity's ``event``, always given, in the order of their columns; then its
#: optional keys (left out when their column is NULL, as for events stored before migration 9)
#: and their columns, read after those.
EVENT_KEYS = ("type", "trigger", "location", "date")
EVENT_OPTIONAL = {"date_source": "event_date_source", "distinct": "event_distinct"}
#: A relation's optional keys after its trigger offsets, left out when empty (their columns, in
#: this order, follow the relation's others in :func:`_relations`).
RELATION_OPTIONAL = ("role", "detail", "event", "mode", "reported_by", "speech_verb", "date_source")


def rows(conn: Connection, query: Select) -> list[tuple]:
    """Every row of ``query`` as the database driver gives it: a plain tuple.

    SQLAlchemy's own rows (fetched one by one when iterated, read by column name) cost two
    thirds of reading a store of 20,000 relations; the driver's tuples of the same query, read by
    position, do not. The statement still runs through SQLAlchemy (its SQL for SQLite or
    PostgreSQL, its bound parameters, its errors); only fetching skips the row objects.
    """
    result = conn.execute(query)
    try:
        return result.cursor.fetchall()
    except conn.dialect.loaded_dbapi.Error as err:  # as SQLAlchemy's own fetching would raise
        raise exc.DBAPIError.instance(None, None, err, conn.dialect.loaded_dbapi.Error) from err
    finally:
        result.close()


def read_records(
    conn: Connection,
    *,
    documents_ids: Iterable[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> dict[str, Any]:
    """Records of the documents the filters keep (all documents by default)."""
    chosen = selected_documents(documents_ids, date_from, date_to).scalar_subquery()
    d, s, m = documents.c, sentences.c, mentions.c
    out: dict[str, Any] = {"schema_version": RECORDS_VERSION}
    out["documents"] = _dicts(
        rows(
            conn,
            select(d.id, d.title, d.language, d.date, d.source, d.text)
            .where(d.id.in_(chosen))
            .order_by(d.id),
        ),
        DOCUMENT_KEYS,
    )
    out["sentences"] = _dicts(
        rows(
            conn,
            select(s.id, s.doc_id, s.idx, s.start_char, s.end_char, s.text)
            .where(s.doc_id.in_(chosen))
            .order_by(s.doc_id, s.idx),
        ),
        SENTENCE_KEYS,
    )
    out["entities"] = _entities(conn, chosen)
    out["mentions"] = _dicts(
        rows(
            conn,
            select(m.entity_id, m.sentence_id, m.start_char, m.end_char, m.text)
            .where(m.doc_id.in_(chosen))
            .order_by(m.doc_id, m.ordinal),
        ),
        MENTION_KEYS,
    )
    out["relations"] = _relations(conn, chosen)
    return out


def _dicts(found: list[tuple], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """One dict per row, ``keys`` naming its values in order."""
    return [dict(zip(keys, row)) for row in found]


def _entities(conn: Connection, chosen: Any) -> list[dict[str, Any]]:
    """The entities of the chosen documents with their aliases (every name the store has seen
    for them, sorted) and their mentions counted in those documents, by id."""
    counts: dict[str, int] = dict(
        rows(
            conn,
            select(mentions.c.entity_id, func.count())
            .where(mentions.c.doc_id.in_(chosen))
            .group_by(mentions.c.entity_id),
        )
    )
    in_docs = (
        select(entity_documents.c.entity_id)
        .where(entity_documents.c.doc_id.in_(chosen))
        .distinct()
        .scalar_subquery()
    )
    names: dict[str, list[str]] = {}
    for entity_id, alias in rows(
        conn,
        select(aliases.c.entity_id, aliases.c.alias)
        .where(aliases.c.entity_id.in_(in_docs))
        .order_by(aliases.c.entity_id, aliases.c.alias),
    ):
        names.setdefault(entity_id, []).append(alias)
    e = entities.c
    out = []
    for id_, label, type_, country, *event in rows(
        conn,
        select(
            e.id,
            e.label,
            e.type,
            e.country,
            e.event_type,
            e.event_trigger,
            e.event_location,
            e.event_date,
            *(e[name] for name in EVENT_OPTIONAL.values()),
        )
        .where(e.id.in_(in_docs))
        .order_by(e.id),
    ):
        entity = {
            "id": id_,
            "label": label,
            "type": type_,
            "aliases": sorted(names.get(id_, ())),
            "country": country,
            "mentions": counts.get(id_, 0),
        }
        if type_ == "EVENT":
            entity["event"] = dict(zip(EVENT_KEYS, event))
            for key, value in zip(EVENT_OPTIONAL, event[len(EVENT_KEYS) :]):
                if value is not None:
                    entity["event"][key] = bool(value) if key == "distinct" else value
        out.append(entity)
    return out


def _relations(conn: Connection, chosen: Any) -> list[dict[str, Any]]:
    """The relations of the chosen documents in document order; optional keys only when set."""
    r = relations.c
    optional = [r[name] for name in RELATION_OPTIONAL]
    out = []
    for (
        id_,
        source,
        target,
        type_,
        trigger,
        negated,
        sentence,
        confidence,
        date,
        trigger_start,
        trigger_end,
        *rest,
    ) in rows(
        conn,
        select(
            r.id,
            r.source,
            r.target,
            r.type,
            r.trigger,
            r.negated,
            r.sentence_id,
            r.confidence,
            r.date,
            r.trigger_start,
            r.trigger_end,
            *optional,
        )
        .where(r.doc_id.in_(chosen))
        .order_by(r.doc_id, r.ordinal),
    ):
        relation = {
            "id": id_,
            "source": source,
            "target": target,
            "type": type_,
            "trigger": trigger,
            "negated": bool(negated),
            "sentence": sentence,
            "confidence": confidence,
            "date": date,
        }
        if trigger_start is not None:
            relation["trigger_start"] = trigger_start
            relation["trigger_end"] = trigger_end
        for name, value in zip(RELATION_OPTIONAL, rest):
            if value is not None:
                relation[name] = value
        out.append(relation)
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
