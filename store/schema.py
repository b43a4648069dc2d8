"""The store's tables, as the latest migration leaves them (SQLAlchemy Core, portable SQL).

One row per document (unique by the SHA-256 of its text), its sentences, the
entities found across all documents (with every alias seen), the documents an
entity occurs in, mentions and relations, and the corrections a user made by hand.
Column names avoid SQL keywords (``idx``, ``start_char``, ``made_at``) so the same tables work
on SQLite and PostgreSQL.
Dates are ISO strings (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), as in the records.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

_T = TypeVar("_T")
#: Values per ``IN (...)`` list: SQLite of older builds allows 999 parameters a statement.
IN_LIST_SIZE = 500


def in_chunks(values: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """``values`` in slices of at most :data:`IN_LIST_SIZE`, one ``IN (...)`` list each.

    >>> [list(c) for c in in_chunks(range(1001))][-1]
    [1000]
    """
    for start in range(0, len(values), IN_LIST_SIZE):
        yield values[start : start + IN_LIST_SIZE]


#: Version of the schema this code writes; equals ``len(store.migrations.MIGRATIONS)``.
SCHEMA_VERSION = 9

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("date", String(10)),
    Column("source", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40)),  # migration 2
    Index("ix_documents_date", "date"),  # migration 2
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_sentences_doc", "doc_id", "idx"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("label", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("country", String(3)),
    Column("event_type", String(32)),
    Column("event_trigger", Text),
    Column("event_location", String(300)),
    Column("event_date", String(10)),
    Column("event_date_source", String(16)),  # migration 9: records' event.date_source
    Column("event_distinct", Boolean),  # migration 9: records' event.distinct
    Index("ix_entities_type", "type"),
)

aliases = Table(
    "aliases",
    metadata,
    Column(
        "entity_id", String(300), ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("alias", String(300), primary_key=True),
    Column("key", String(300), nullable=False),
    Index("ix_aliases_key", "key"),
)

entity_documents = Table(
    "entity_documents",
    metadata,
    Column(
        "entity_id", String(300), ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_entity_documents_doc", "doc_id"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("entity_id", String(300), ForeignKey("entities.id"), nullable=False),
    Column("sentence_id", String(300), ForeignKey("sentences.id"), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mentions_entity", "entity_id"),
)

relations = Table(
    "relations",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("source", String(300), ForeignKey("entities.id"), nullable=False),
    Column("target", String(300), ForeignKey("entities.id"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("trigger", Text, nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("sentence_id", String(300), ForeignKey("sentences.id"), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("date", String(10)),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("role", String(16)),
    Column("detail", Text),
    Column("event", String(300)),  # migration 3
    Column("mode", String(16)),  # migration 4: records' mode, reported_by, speech_verb, date_source
    Column("reported_by", String(300)),
    Column("speech_verb", Text),
    Column("date_source", String(16)),
    Index("ix_relations_doc", "doc_id", "ordinal"),
    Index("ix_relations_date", "date"),  # migration 2
)

#: Migration 5: corrections (records' ``corrections``, :mod:`records.corrections`) in the order
#: they were made (``ordinal``); undoing one sets ``undone_at`` and keeps the row.
corrections = Table(
    "corrections",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("ordinal", Integer, nullable=False, unique=True),
    Column("action", String(16), nullable=False),
    Column("made_at", String(40), nullable=False),
    Column("note", Text),
    Column("entity", String(300)),
    Column("other", String(300)),
    Column("other_label", Text),
    Column("relation", String(300)),
    Column("alias", Text),
    Column("new_id", String(300)),
    Column("label", Text),
    Column("type", String(16)),
    Column("undone_at", String(40)),
)

#: Named views of the explorer (migration 6): ``state`` is JSON of ``ui.urlstate.to_params``.
saved_views = Table(
    "saved_views",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("state", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
)

#: Migration 7: an entity stored under its own id because its name was ambiguous (two or more
#: stored entities had it), with the stored entities the name could have meant (``by_label``: it
#: was the entity's label). When corrections merge those into one, the store links it to that one
#: when it reads (:func:`store.linking.name_merges`), and undoing the merge unlinks it again.
#: Migration 8: a candidate that had the name only by a rename or a retype says which
#: (``if_label``: the key of its new label; ``if_type``: its new type); it counts only while a
#: rename or retype in force says so, so undoing those unlinks too.
name_candidates = Table(
    "name_candidates",
    metadata,
    Column(
        "entity_id", String(300), ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("candidate_id", String(300), primary_key=True),
    Column("by_label", Boolean, nullable=False),
    Column("if_label", String(300)),
    Column("if_type", String(16)),
)
