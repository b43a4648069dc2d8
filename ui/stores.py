"""Which stores the explorer may open: the ones its operator configured, or a file the user uploads.

The app is a web page, so whatever a visitor types is untrusted. It therefore never opens a
path or connects to a host a visitor names, and never says whether some other file exists:
the "Stored corpus" source offers a select box of configured stores and an uploader for a
store file.

Configuration (read on every run, so a changed environment needs no code):

- ``NEWSGRAPH_STORES``: entries separated by ``os.pathsep`` (``:`` on Linux and macOS). An
  entry is a folder (every ``*.db``, ``*.sqlite`` and ``*.sqlite3`` file directly in it is
  offered), a store file, or a SQLAlchemy URL (its ``user:password`` and ``host:port`` colons
  are kept together; write a relative path that follows a URL as ``./corpus.db``).
- ``NEWSGRAPH_STORE``: one store, offered first and selected at start.
- Neither set: ``corpus.db`` in the working folder, if there is one.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from graph._gc import paused_gc
from records import validate_records
from store import StoreError
from store.names import display_name, is_url
from ui import keys, saved_views
from ui.corpus import SOURCES, LoadedCorpus, loaded_corpus

STORES_ENV = "NEWSGRAPH_STORES"
STORE_ENV = "NEWSGRAPH_STORE"
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
UPLOAD_TYPES = [suffix.lstrip(".") for suffix in STORE_SUFFIXES]
DEFAULT_STORE = "corpus.db"

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")


def split_entries(value: str, sep: str = os.pathsep) -> list[str]:
    """The entries of a ``NEWSGRAPH_STORES`` value: split on ``sep``, URLs kept whole.

    >>> split_entries(
    ...     "/srv/stores:postgresql+psycopg://news:s3cret@db.local:5432/news:./corpus.db", ":")
    ['/srv/stores', 'postgresql+psycopg://news:s3cret@db.local:5432/news', './corpus.db']
    >>> split_entries("sqlite:////data/a.db::b.db", ":")
    ['sqlite:////data/a.db', 'b.db']
    """
    pieces = value.split(sep)
    entries: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        if (
            sep == ":"
            and _SCHEME.fullmatch(piece)
            and i < len(pieces)
            and pieces[i].startswith("//")
        ):
            piece = f"{piece}:{pieces[i]}"
            i += 1
            # until the authority ends (at its first '/'), a colon is user:password or host:port
            while (
                "/" not in piece.split("://", 1)[1]
                and i < len(pieces)
                and not pieces[i].startswith(("/", "~", "."))
            ):
                piece = f"{piece}:{pieces[i]}"
                i += 1
        if piece.strip():
            entries.append(piece.strip())
    return entries


def configured_stores(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The stores the app offers: label shown in the select box -> path or URL, in order.

    Labels are file names (with their folder when two files share a name) and URLs without
    their password.
    """
    environ = os.environ if environ is None else environ
    targets: list[str] = []
    single = environ.get(STORE_ENV, "").strip()
    if single:
        targets.append(single)
    for entry in split_entries(environ.get(STORES_ENV, "")):
        if not is_url(entry) and Path(entry).expanduser().is_dir():
            folder = Path(entry).expanduser()
            targets.extend(
                str(p)
                for p in sorted(folder.iterdir())
                if p.suffix.lower() in STORE_SUFFIXES and p.is_file()
            )
        else:
            targets.append(entry)
    if not targets and Path(DEFAULT_STORE).is_file():
        targets.append(DEFAULT_STORE)
    targets = list(dict.fromkeys(targets))
    names = [display_name(t) if is_url(t) else Path(t).name for t in targets]
    stores: dict[str, str] = {}
    for name, target in zip(names, targets):
        label = name if names.count(name) == 1 or is_url(target) else str(Path(target).expanduser())
        stores[label] = target
    return stores


def _records_of(target: str | Path, source: str) -> dict:
    """Validated records of every document in a store, opened read-only; errors name ``source``."""
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    # Reading a big store allocates hundreds of thousands of dicts that all stay: collection
    # passes over the app's heap meanwhile find no garbage (issue 20).
    with paused_gc():
        try:
            with open_store(target, read_only=True) as db:
                records = db.records()
        except StoreError as err:
            message, name = str(err), display_name(target)
            raise StoreError(
                source + message[len(name) :] if message.startswith(name) else message
            ) from None
        validate_records(records, source=source)
    return records


def file_key(path: Path) -> str:
    """What the file system says of an SQLite store: its resolved path, and the size and
    modification time of the file and of its write-ahead log (where SQLite commits first).
    Any write (an ingest, a correction) changes it; it takes no query of the store.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     db = Path(folder) / "a.db"
    ...     _ = db.write_bytes(b"1")
    ...     before = file_key(db)
    ...     _ = Path(f"{db}-wal").write_bytes(b"2")
    ...     before != file_key(db)
    True
    """
    parts = [str(path.resolve())]
    for name in (path, Path(f"{path}-wal")):
        try:
            info = name.stat()
        except OSError:
            parts.append("-")
        else:
            parts.append(f"{info.st_size}:{info.st_mtime_ns}")
    return ":".join(parts)


def from_configured(label: str, stores: Mapping[str, str]) -> LoadedCorpus:
    """The corpus of the configured store shown as ``label``; StoreError for anything else.

    The corpus is read once for all sessions (``loaded_corpus``) and again when the store
    changes, so articles ingested meanwhile show up on the next run: a store file's key is
    :func:`file_key` (no query: issue 20, a stored corpus drawn fast), a
    database URL's its row counts and last ingest.
    """
    if label not in stores:
        raise StoreError("choose one of the configured stores")
    target = stores[label]
    if not is_url(target):
        path = Path(target).expanduser()
        if not path.is_file():
            raise StoreError(
                f"{label}: no such store file yet; create it with python -m extract ingest "
                f"--db {target}"
            )
        key = hashlib.sha256(f"store-file:{file_key(path)}".encode("utf-8")).hexdigest()
        return loaded_corpus(key, lambda: (_records_of(target, label), []))
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    with open_store(target, read_only=True) as db:
        key = hashlib.sha256(
            f"store:{db.name}:{db.fingerprint()}:{sorted(db.counts().items())}".encode("utf-8")
        ).hexdigest()
    return loaded_corpus(key, lambda: (_records_of(target, label), []))


def from_upload(name: str, data: bytes) -> LoadedCorpus:
    """The corpus in an uploaded store file, read from a private temporary copy.

    Messages name the uploaded file, never the temporary path.
    """
    key = hashlib.sha256(b"store-upload:" + data).hexdigest()

    def load() -> tuple[dict, list]:
        with tempfile.TemporaryDirectory(prefix="newsgraph-upload-") as folder:
            path = Path(folder) / "store.db"
            path.write_bytes(data)
            return _records_of(path, name), []

    return loaded_corpus(key, load)


def sidebar(select: Callable[[Any], None] | None = None) -> LoadedCorpus | None:
    """Sidebar of the "Stored corpus" source: a configured store, or an uploaded store file.

    With ``select`` (how the app selects a node or edge), a configured store also offers its
    saved views (:mod:`ui.saved_views`); an uploaded store is a temporary copy, so it has none.
    """
    stores = configured_stores()
    upload = st.sidebar.file_uploader(
        "Upload a store file",
        type=UPLOAD_TYPES,
        key=keys.STORE_UPLOAD,
        help="An SQLite store written by python -m extract ingest --db FILE",
    )
    if upload is not None:
        return from_upload(upload.name, upload.getvalue())
    if not stores:
        st.info(
            "No stores are configured. Upload a store file in the sidebar, or start the app with "
            f"{STORES_ENV}=FOLDER (or {STORE_ENV}=FILE) naming stores written by python -m "
            "extract ingest."
        )
        return None
    if st.session_state.get(keys.STORE_CHOICE) not in stores:
        st.session_state[keys.STORE_CHOICE] = next(iter(stores))
    label = st.sidebar.selectbox("Store", list(stores), key=keys.STORE_CHOICE)
    loaded = from_configured(label, stores)
    if select is not None:
        saved_views.panel(stores[label], select, SOURCES)
    return loaded
