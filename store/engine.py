"""Opening a database: a path means an SQLite file, anything with ``://`` is a SQLAlchemy URL.

SQLite runs in WAL mode (readers, such as the app, never block the writer)
with foreign keys on, and every write transaction starts with ``BEGIN
IMMEDIATE`` (:func:`writing`) so two writers queue on the busy timeout instead of failing
half-way. Driver errors become one-line :class:`StoreError` messages.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url

from store.errors import StoreError
from store.names import display_name, is_url

WRITE_OPTION = "newsgraph_write"

#: Seconds a writer waits for another one to finish before reporting the store as locked.
BUSY_TIMEOUT = 30.0


def make_engine(target: str | Path, *, read_only: bool = False) -> Engine:
    """An engine for ``target``; creates nothing on disk until first used."""
    name = display_name(target)
    if is_url(target):
        try:
            url = make_url(str(target))
        except exc.ArgumentError:
            raise StoreError(
                f"{name}: not a database URL; expected e.g. sqlite:///corpus.db or postgresql+psycopg://user@host/db"
            ) from None
    else:
        path = Path(target).expanduser().resolve()
        if path.is_dir():
            raise StoreError(
                f"{name}: is a folder; give a file name for the store, e.g. "
                f"{Path(target) / 'corpus.db'}"
            )
        if not path.parent.is_dir():
            raise StoreError(f"{name}: the folder {path.parent} does not exist")
        if read_only:
            if not path.is_file():
                raise StoreError(f"{name}: no such store")
            url = read_only_url(path)
        else:
            url = URL.create(
                "sqlite", database=str(path)
            )  # not parsed: "?" or "#" may be part of a file name
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(
                url, connect_args={"timeout": float(url.query.get("timeout", BUSY_TIMEOUT))}
            )
            _sqlite_setup(engine, read_only=read_only or url.query.get("mode") == "ro")
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as err:
        raise StoreError(f"{name}: cannot use this database ({err})") from None
    return engine


def read_only_url(path: Path) -> URL:
    """An SQLite URL that opens ``path`` for reading only, even in a folder nobody may write to.

    A store is in WAL mode, and a reader of a WAL database needs its ``-shm`` file: it
    creates one next to the store when it can, and otherwise SQLite refuses to open the
    file at all. So when the folder is not writable and no ``-shm`` file exists (the last
    writer closed cleanly, its WAL was checkpointed), the file is opened ``immutable``:
    read as it is, without locking. The path is %-quoted, so '?', '#' and '%' in a file
    name stay part of the name.
    """
    query = {"mode": "ro", "uri": "true"}
    shm = path.with_name(path.name + "-shm")
    if not os.access(path.parent, os.W_OK) and not shm.exists():
        query["immutable"] = "1"
    return URL.create("sqlite", database=f"file:{quote(str(path))}", query=query)


def _sqlite_setup(engine: Engine, *, read_only: bool) -> None:
    """Pragmas on every new connection, and explicit BEGIN so DDL and DML are transactional."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN below, not the driver
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if (
            read_only
        ):  # the file may come from anyone (the app's store upload): no functions in its schema
            cursor.execute("PRAGMA trusted_schema=OFF")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        write = conn.get_execution_options().get(WRITE_OPTION) and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction: on SQLite it takes the write lock at BEGIN, waiting up to the busy
    timeout."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


def describe(name: str, err: exc.DBAPIError) -> str:
    """One line for a driver error, naming the store and what the user can do."""
    message = (
        str(getattr(err, "orig", None) or err).strip().splitlines()[0]
        if str(err).strip()
        else type(err).__name__
    )
    low = message.lower()
    if "locked" in low or "busy" in low:
        return (
            f"{name}: the database is locked by another program (another ingest or an open "
            "transaction); try again when it has finished"
        )
    if "readonly" in low or "read-only" in low or "read only" in low:
        return (
            f"{name}: the database is read-only; check the file's permissions or use another --db"
        )
    if "unable to open" in low:
        return (
            f"{name}: cannot open the database file (check that the folder exists and is writable)"
        )
    if "not a database" in low or "malformed" in low or "encrypted" in low:
        return (
            f"{name}: not a newsgraph store (the file is not an SQLite database, or it is corrupt)"
        )
    if "disk is full" in low or "disk i/o" in low:
        return f"{name}: cannot write: {message}"
    return f"{name}: database error: {message}"


@contextmanager
def translated(name: str) -> Iterator[None]:
    """Turn SQLAlchemy's operational errors into one-line StoreError messages."""
    try:
        yield
    except StoreError as err:
        message = str(err)
        raise StoreError(message if message.startswith(name) else f"{name}: {message}") from None
    except (exc.OperationalError, exc.DatabaseError, exc.InterfaceError) as err:
        raise StoreError(describe(name, err)) from None
