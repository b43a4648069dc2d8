"""The store as callers use it: open, add records, ask what is there, read records back."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import exc, func, select

from records.corrections import apply_corrections
from store.adding import Outcome, split_records, write_document
from store.corrections import (
    corrections_fingerprint,
    insert_correction,
    list_corrections,
    undo_correction,
)
from store.engine import display_name, make_engine, translated, writing
from store.errors import StoreError
from store.linking import EntityLinker
from store.migrations import current_version, migrate, too_new
from store.queries import read_records, table_counts
from store.schema import SCHEMA_VERSION, documents

#: How often one document's transaction is retried after another writer inserted the same entity
#: first.
RETRIES = 3


class Store:
    """A newsgraph store: documents, sentences, entities, mentions, relations (see
    ``store/schema.py``).

    Use :func:`open_store`; close it (or use ``with``) to release the file.
    """

    def __init__(self, target: str | Path, *, read_only: bool = False) -> None:
        self.name = display_name(target)
        self.read_only = read_only
        self.engine = make_engine(target, read_only=read_only)
        self._linker = EntityLinker()
        with translated(self.name):
            if read_only:
                with self.engine.begin() as conn:
                    version = current_version(conn)
                if version > SCHEMA_VERSION:
                    raise too_new(version)
                if version == 0:
                    raise StoreError(
                        "not a newsgraph store (the database is empty; python -m extract ingest "
                        "--db fills one)"
                    )
                if version != SCHEMA_VERSION:
                    raise StoreError(
                        f"the store has schema version {version}, this newsgraph reads "
                        f"{SCHEMA_VERSION}; "
                        "open it once for writing (python -m extract ingest --db ...) to upgrade it"
                    )
            else:
                migrate(self.engine)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Release every connection (the SQLite file can then be moved or deleted)."""
        self.engine.dispose()

    def version(self) -> int:
        """The store's schema version."""
        with translated(self.name), self.engine.begin() as conn:
            return current_version(conn)

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already (so their articles need no
        extraction)."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        with translated(self.name), self.engine.begin() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                found.update(
                    conn.scalars(
                        select(documents.c.content_hash).where(documents.c.content_hash.in_(chunk))
                    )
                )
        return found

    def add_records(self, records: dict[str, Any]) -> list[Outcome]:
        """Store every document of ``records``, each in its own transaction; one Outcome per
        document."""
        return [self.add_document(part) for part in split_records(records)]

    def add_document(self, part: dict[str, Any]) -> Outcome:
        """Store one document's records in one transaction: all of it, or (on any error) nothing."""
        if self.read_only:
            raise StoreError(f"{self.name}: opened read-only; cannot add documents")
        with translated(self.name):
            for attempt in range(RETRIES):
                try:
                    with writing(self.engine) as conn:
                        outcome = write_document(conn, part, self._linker)
                except exc.IntegrityError:
                    if attempt == RETRIES - 1:
                        raise
                    continue
                self._linker.remember(outcome.names)
                return outcome
        raise AssertionError("unreachable")

    def records(
        self,
        *,
        documents: Iterable[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        corrected: bool = True,
    ) -> dict[str, Any]:
        """Records (:mod:`records`) of the stored documents, optionally filtered.

        ``documents`` keeps those ids; ``date_from``/``date_to`` (ISO, inclusive)
        keep documents dated in that range. The corrections in force are applied and listed
        under ``corrections`` (``corrected=False``: the records as extracted).
        """
        with translated(self.name), self.engine.begin() as conn:
            records = read_records(
                conn, documents_ids=documents, date_from=date_from, date_to=date_to
            )
            fixes = list_corrections(conn) if corrected else []
        return apply_corrections(records, fixes) if fixes else records

    def corrections(self, *, undone: bool = False) -> list[dict[str, Any]]:
        """The corrections (records' ``corrections``) in the order they were made: those in
        force, or with ``undone`` every one ever made (the undone ones with ``undone_at``)."""
        with translated(self.name), self.engine.begin() as conn:
            return list_corrections(conn, undone=undone)

    def add_correction(self, correction: dict[str, Any]) -> None:
        """Save a correction (:func:`records.corrections.make_correction`); from now on the
        records the store gives back have it applied, and new articles honour it."""
        self._writable("save corrections")
        with translated(self.name), writing(self.engine) as conn:
            insert_correction(conn, correction)

    def undo_correction(self, correction_id: str) -> None:
        """Stop applying a correction (its row stays, marked undone)."""
        self._writable("undo corrections")
        with translated(self.name), writing(self.engine) as conn:
            undo_correction(conn, correction_id)

    def _writable(self, what: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.name}: opened read-only; cannot {what}")

    def documents(self) -> list[dict[str, Any]]:
        """Every stored document without its text (id, title, language, date, source,
        ingested_at), by id."""
        columns = [
            documents.c.id,
            documents.c.title,
            documents.c.language,
            documents.c.date,
            documents.c.source,
            documents.c.ingested_at,
        ]
        with translated(self.name), self.engine.begin() as conn:
            return [
                dict(row._mapping)
                for row in conn.execute(select(*columns).order_by(documents.c.id))
            ]

    def date_range(self) -> tuple[str | None, str | None]:
        """The first and last document date (None, None for an empty or undated store): the time
        slider's ends."""
        with translated(self.name), self.engine.begin() as conn:
            first, last = conn.execute(
                select(func.min(documents.c.date), func.max(documents.c.date))
            ).one()
        return first, last

    def fingerprint(self) -> str:
        """Changes whenever a document is added or a correction saved or undone: a cache key
        for what was read from the store."""
        with translated(self.name), self.engine.begin() as conn:
            count, last = conn.execute(
                select(func.count(), func.max(documents.c.ingested_at)).select_from(documents)
            ).one()
            fixes = corrections_fingerprint(conn)
        return f"{count}:{last or ''}:{fixes}"

    def counts(self) -> dict[str, int]:
        """Rows per table, for summaries and tests."""
        with translated(self.name), self.engine.begin() as conn:
            return table_counts(conn)


def open_store(target: str | Path, *, read_only: bool = False) -> Store:
    """Open (and create or upgrade) the store at a file path or a SQLAlchemy URL.

    A path is an SQLite file, created on first use. A URL such as
    ``postgresql+psycopg://user:pass@host/newsgraph`` uses that server (its
    driver must be installed). ``read_only`` never writes, and refuses a
    store that needs upgrading. Raises StoreError with a one-line message.

    >>> import tempfile, pathlib
    >>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "corpus.db") as store:
    ...     store.counts()["documents"], store.version()
    (0, 5)
    """
    return Store(target, read_only=read_only)
