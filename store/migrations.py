"""Schema migrations: an ordered list of steps, each run once, in its own transaction.

The version of a store is the highest row of ``schema_version``. Opening a
store applies the steps it lacks, in order, and records each one; a store
written by a newer newsgraph is refused rather than misread. Steps are frozen:
a new change to the tables is a new step appended to :data:`MIGRATIONS` (and
the same change in ``store/schema.py``), never an edit to an old one.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
    text,
)

from store.engine import writing
from store.errors import StoreError
from store.schema import SCHEMA_VERSION, schema_version

Migration = Callable[[Connection], None]


def _v1_create_tables(conn: Connection) -> None:
    """Version 1: documents, sentences, entities, aliases, entity_documents, mentions, relations."""
    md = MetaData()
    Table(
        "schema_version",
        md,
        Column("version", Integer, primary_key=True, autoincrement=False),
        Column("applied_at", String(40), nullable=False),
    )
    Table(
        "documents",
        md,
        Column("id", String(255), primary_key=True),
        Column("content_hash", String(64), nullable=False, unique=True),
        Column("title", Text, nullable=False),
        Column("language", String(8), nullable=False),
        Column("date", String(10)),
        Column("source", Text, nullable=False),
        Column("text", Text, nullable=False),
    )
    Table(
        "sentences",
        md,
        Column("id", String(300), primary_key=True),
        Column(
            "doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        Column("idx", Integer, nullable=False),
        Column("start_char", Integer, nullable=False),
        Column("end_char", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Index("ix_sentences_doc", "doc_id", "idx"),
    )
    Table(
        "entities",
        md,
        Column("id", String(300), primary_key=True),
        Column("label", Text, nullable=False),
        Column("type", String(16), nullable=False),
        Column("country", String(3)),
        Column("event_type", String(32)),
        Column("event_trigger", Text),
        Column("event_location", String(300)),
        Column("event_date", String(10)),
        Index("ix_entities_type", "type"),
    )
    Table(
        "aliases",
        md,
        Column(
            "entity_id",
            String(300),
            ForeignKey("entities.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("alias", String(300), primary_key=True),
        Column("key", String(300), nullable=False),
        Index("ix_aliases_key", "key"),
    )
    Table(
        "entity_documents",
        md,
        Column(
            "entity_id",
            String(300),
            ForeignKey("entities.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(
            "doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
        Index("ix_entity_documents_doc", "doc_id"),
    )
    Table(
        "mentions",
        md,
        Column(
            "doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
        Column("ordinal", Integer, primary_key=True, autoincrement=False),
        Column("entity_id", String(300), ForeignKey("entities.id"), nullable=False),
        Column("sentence_id", String(300), ForeignKey("sentences.id"), nullable=False),
        Column("start_char", Integer, nullable=False),
        Column("end_char", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Index("ix_mentions_entity", "entity_id"),
    )
    Table(
        "relations",
        md,
        Column("id", String(300), primary_key=True),
        Column(
            "doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
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
        Index("ix_relations_doc", "doc_id", "ordinal"),
    )
    md.create_all(conn)


def _v2_ingest_time_and_date_indexes(conn: Connection) -> None:
    """Version 2: when each document was ingested, and indexes for the time slider's date ranges."""
    conn.execute(text("ALTER TABLE documents ADD COLUMN ingested_at VARCHAR(40)"))
    conn.execute(text("CREATE INDEX ix_documents_date ON documents (date)"))
    conn.execute(text("CREATE INDEX ix_relations_date ON relations (date)"))


def _v3_relation_event(conn: Connection) -> None:
    """Version 3: the EVENT an actor-to-actor relation was derived from (records' ``event``)."""
    conn.execute(text("ALTER TABLE relations ADD COLUMN event VARCHAR(300)"))


def _v4_relation_attribution(conn: Connection) -> None:
    """Version 4: how the text puts a relation (mode), who reports it and with which verb, and
    whether its date comes from the text or is the document's."""
    for column, kind in (
        ("mode", "VARCHAR(16)"),
        ("reported_by", "VARCHAR(300)"),
        ("speech_verb", "TEXT"),
        ("date_source", "VARCHAR(16)"),
    ):
        conn.execute(text(f"ALTER TABLE relations ADD COLUMN {column} {kind}"))


def _v5_corrections(conn: Connection) -> None:
    """Version 5: corrections a user made by hand (records' ``corrections``), applied whenever the
    store gives records back; an undone one keeps its row with ``undone_at`` set."""
    md = MetaData()
    Table(
        "corrections",
        md,
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
    md.create_all(conn)


def _v6_saved_views(conn: Connection) -> None:
    """Version 6: named views of the explorer (issue 21, item 3); ``state`` is the JSON of the
    view's URL parameters (``ui.urlstate.to_params``), times are ISO UTC."""
    md = MetaData()
    Table(
        "saved_views",
        md,
        Column("name", String(100), primary_key=True),
        Column("state", Text, nullable=False),
        Column("created_at", String(40), nullable=False),
        Column("updated_at", String(40), nullable=False),
    )
    md.create_all(conn)


def _v7_name_candidates(conn: Connection) -> None:
    """Version 7: entities kept apart because their name was ambiguous, and whom the name could
    have meant, so a merge links them at read time and undoing it unlinks them (issue 21)."""
    md = MetaData()
    Table("entities", md, Column("id", String(300), primary_key=True))
    Table(
        "name_candidates",
        md,
        Column(
            "entity_id",
            String(300),
            ForeignKey("entities.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("candidate_id", String(300), primary_key=True),
        Column("by_label", Boolean, nullable=False),
    )
    md.tables["name_candidates"].create(conn)


def _v8_conditional_name_candidates(conn: Connection) -> None:
    """Version 8: a name candidate that owned the name only by a rename (``if_label``, the new
    label's key) or a retype (``if_type``, the new type), which count only while one says so."""
    conn.execute(text("ALTER TABLE name_candidates ADD COLUMN if_label VARCHAR(300)"))
    conn.execute(text("ALTER TABLE name_candidates ADD COLUMN if_type VARCHAR(16)"))


def _v9_event_date_source(conn: Connection) -> None:
    """Version 9: where an event's date comes from (records' ``event.date_source``: "story" is
    only the story's day, which the explorer must not show as a date the text tells) and whether
    words of its own told it apart (``event.distinct``). Events stored before have neither
    (NULL), and read back without them, as they were shown before."""
    conn.execute(text("ALTER TABLE entities ADD COLUMN event_date_source VARCHAR(16)"))
    conn.execute(text("ALTER TABLE entities ADD COLUMN event_distinct BOOLEAN"))


#: Step ``n`` (1-based) brings a store from version ``n - 1`` to ``n``.
MIGRATIONS: list[Migration] = [
    _v1_create_tables,
    _v2_ingest_time_and_date_indexes,
    _v3_relation_event,
    _v4_relation_attribution,
    _v5_corrections,
    _v6_saved_views,
    _v7_name_candidates,
    _v8_conditional_name_candidates,
    _v9_event_date_source,
]

assert len(MIGRATIONS) == SCHEMA_VERSION


def current_version(conn: Connection) -> int:
    """The store's schema version; 0 for an empty database."""
    tables = set(inspect(conn).get_table_names())
    if "schema_version" not in tables:
        if tables:
            raise StoreError(
                "the database has tables but no schema_version: it is not a newsgraph store"
            )
        return 0
    return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0


def too_new(version: int) -> StoreError:
    """The error for a store a newer newsgraph wrote: only upgrading newsgraph helps (writing would
    not)."""
    return StoreError(
        f"the store was written by a newer newsgraph (schema {version}, this one knows "
        f"{SCHEMA_VERSION}); "
        "upgrade newsgraph to open it"
    )


#: Key of the PostgreSQL advisory lock that queues writers migrating the same database.
MIGRATION_LOCK = 7_263_746


def _lock_for_migration(conn: Connection) -> None:
    """Let one writer at a time migrate: SQLite's BEGIN IMMEDIATE does it; PostgreSQL needs an
    advisory lock."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def migrate(engine: Engine, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing steps up to ``target``; return the version before migrating.

    Each step and its ``schema_version`` row commit together, so a crash
    mid-upgrade leaves the store at the last finished version.
    """
    with engine.begin() as conn:
        start = current_version(conn)
    if start > SCHEMA_VERSION:
        raise too_new(start)
    for version in range(start + 1, target + 1):
        with writing(engine) as conn:
            _lock_for_migration(conn)
            if current_version(conn) >= version:  # another writer got there first
                continue
            MIGRATIONS[version - 1](conn)
            conn.execute(
                schema_version.insert().values(
                    version=version,
                    applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                )
            )
    return start
