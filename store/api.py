"""The store as callers use it: open, add records, ask what is there, read records back."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import delete, exc, func, select, update

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
from store.linking import EntityLinker, with_name_merges
from store.migrations import current_version, migrate, too_new
from store.queries import read_records, table_counts
from store.schema import SCHEMA_VERSION, documents, in_chunks, saved_views

#: How often one document's transaction is retried after another writer inserted the same entity
#: first.
RETRIES = 3


#: Longest name of a saved view, and most characters of its state's JSON.
VIEW_NAME_MAX = 100
VIEW_STATE_MAX = 20_000

ViewState = dict[str, list[str]]


def check_view_name(name: object) -> str:
    """A saved view's name, stripped; StoreError saying what is wrong with an unusable one.

    >>> check_view_name("  Moscow talks ")
    'Moscow talks'
    >>> check_view_name("")
    Traceback (most recent call last):
    ...
    store.errors.StoreError: a saved view needs a name
    """
    if not isinstance(name, str) or not name.strip():
        raise StoreError("a saved view needs a name")
    name = name.strip()
    if len(name) > VIEW_NAME_MAX:
        raise StoreError(f"a view's name has at most {VIEW_NAME_MAX} characters")
    if any(ord(c) < 32 for c in name):
        raise StoreError("a view's name cannot hold line breaks or control characters")
    return name


def view_state_json(state: Mapping[str, Sequence[str] | str]) -> str:
    """The JSON a view's state is stored as: parameter name -> list of strings (a string counts
    as a 1-list), as in a URL's query; StoreError for any other shape or an over-long state.

    >>> view_state_json({"actors": ["kb:putin"], "radius": "2"})
    '{"actors": ["kb:putin"], "radius": ["2"]}'
    """
    if not isinstance(state, Mapping):
        raise StoreError("a view's state is a mapping of parameter names to values")
    clean: ViewState = {}
    for key, value in state.items():
        values = [value] if isinstance(value, str) else value
        if not isinstance(key, str) or not isinstance(values, Sequence):
            raise StoreError(f"a view's state holds a value that is no list of strings ({key!r})")
        if not all(isinstance(v, str) for v in values):
            raise StoreError(f"a view's state holds a value that is no list of strings ({key!r})")
        clean[key] = list(values)
    text = json.dumps(clean, ensure_ascii=False)
    if len(text) > VIEW_STATE_MAX:
        raise StoreError(f"a view's state is too long ({len(text)} characters)")
    return text


def _view_state(text: str) -> ViewState:
    """The stored JSON of a view's state back as a dict; anything ill-formed is left out (the
    caller checks the values as it checks a URL's)."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {
        str(k): [x for x in v if isinstance(x, str)]
        for k, v in value.items()
        if isinstance(v, list)
    }


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
            for chunk in in_chunks(wanted):
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
            applied = with_name_merges(conn, fixes)
        if not fixes:
            return records
        out = apply_corrections(records, applied)
        out["corrections"] = fixes  # the names' merges follow from them; they are not records'
        return out

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

    # --- saved views (issue 21, item 3) ---------------------------------------------------

    def save_view(self, name: str, state: Mapping[str, Any], *, overwrite: bool = False) -> str:
        """Store ``state`` (a view's URL parameters) under ``name``: "saved" for a new name,
        "overwritten" when ``overwrite`` replaced one; StoreError when the name is taken and
        ``overwrite`` is false, or the name or state is unusable."""
        name = check_view_name(name)
        text = view_state_json(state)
        if self.read_only:
            raise StoreError(f"{self.name}: opened read-only; cannot save views")
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        outcome = "taken"
        with translated(self.name), writing(self.engine) as conn:
            taken = conn.scalar(
                select(func.count()).select_from(saved_views).where(saved_views.c.name == name)
            )
            if taken and overwrite:
                conn.execute(
                    update(saved_views)
                    .where(saved_views.c.name == name)
                    .values(state=text, updated_at=now)
                )
                outcome = "overwritten"
            elif not taken:
                conn.execute(
                    saved_views.insert().values(
                        name=name, state=text, created_at=now, updated_at=now
                    )
                )
                outcome = "saved"
        if outcome == "taken":  # raised here, so the message does not start with the store's path
            raise StoreError(
                f"a view named '{name}' exists already; overwrite it or pick another name"
            )
        return outcome

    def saved_view(self, name: str) -> ViewState:
        """The state saved under ``name``; StoreError when there is no such view."""
        name = check_view_name(name)
        with translated(self.name), self.engine.begin() as conn:
            text = conn.scalar(select(saved_views.c.state).where(saved_views.c.name == name))
        if text is None:
            raise StoreError(f"no saved view named '{name}'")
        return _view_state(text)

    def list_views(self) -> list[dict[str, str]]:
        """Every saved view's name, created_at and updated_at, by name."""
        columns = [saved_views.c.name, saved_views.c.created_at, saved_views.c.updated_at]
        with translated(self.name), self.engine.begin() as conn:
            rows = conn.execute(select(*columns).order_by(saved_views.c.name))
            return [dict(row._mapping) for row in rows]

    def delete_view(self, name: str) -> None:
        """Delete the view saved under ``name``; StoreError when there is none."""
        name = check_view_name(name)
        if self.read_only:
            raise StoreError(f"{self.name}: opened read-only; cannot delete views")
        with translated(self.name), writing(self.engine) as conn:
            gone = conn.execute(delete(saved_views).where(saved_views.c.name == name)).rowcount
        if not gone:
            raise StoreError(f"no saved view named '{name}'")


def open_store(target: str | Path, *, read_only: bool = False) -> Store:
    """Open (and create or upgrade) the store at a file path or a SQLAlchemy URL.

    A path is an SQLite file, created on first use. A URL such as
    ``postgresql+psycopg://user:pass@host/newsgraph`` uses that server (its
    driver must be installed). ``read_only`` never writes, and refuses a
    store that needs upgrading. Raises StoreError with a one-line message.

    >>> import tempfile, pathlib
    >>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "corpus.db") as store:
    ...     store.counts()["documents"], store.version()
    (0, 9)
    """
    return Store(target, read_only=read_only)
