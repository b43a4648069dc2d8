"""Corpus loading glue: which articles the app shows, extracted once per corpus content.

Sources are the bundled sample corpus, uploaded article files, pasted text, a records
JSON written by ``python -m extract``, and a store (``ui.stores``: configured ones or an upload).
Extraction is cached on disk (``extract.cache``, keyed by :func:`corpus_hash` of the content,
not the file names, and the model and code versions), so a second start does not redo it, and
in memory with ``st.cache_data``, so a rerun or a reload does not read it again; the graph built
from the records is an ``st.cache_resource`` that callers must treat as read-only.

Setting ``NEWSGRAPH_RECORDS`` to a records JSON file makes the app open on those records
instead of extracting the sample corpus (used by tests and benchmarks, and handy for a
corpus extracted ahead of time).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import networkx as nx
import streamlit as st

from graph._gc import paused_gc
from graph.build import build_graph
from records import load_records, read_records
from ui.details import mention_index

RECORDS_ENV = "NEWSGRAPH_RECORDS"
SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "sample"

SOURCES: dict[str, str] = {
    "sample": "Sample corpus",
    "upload": "Upload articles",
    "paste": "Paste text",
    "records": "Records JSON",
    "stored": "Stored corpus",
}
UPLOAD_TYPES = ["txt", "md", "html", "htm", "csv", "jsonl"]


def corpus_hash(documents: Iterable[Any]) -> str:
    """SHA-256 over every document's id, title, date, language and text, in order.

    Two uploads of the same articles under other file names give the same hash.

    >>> from types import SimpleNamespace as D
    >>> a = corpus_hash([D(id="a", title="t", date=None, language="nl", text="x")])
    >>> a == corpus_hash([D(id="a", title="t", date=None, language="nl", text="x")])
    True
    >>> a == corpus_hash([D(id="a", title="t", date=None, language="nl", text="y")])
    False
    """
    digest = hashlib.sha256()
    for doc in documents:
        for part in (doc.id, doc.title, doc.date, doc.language, doc.text):
            digest.update(str(part if part is not None else "").encode("utf-8") + b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()


def documents_from_files(
    files: Iterable[tuple[str, bytes]],
) -> tuple[list[Any], list[tuple[str, str]]]:
    """Articles from uploaded ``(name, bytes)`` pairs; a file, CSV row or JSONL line that fails
    is reported on its own line, and the rest of that file still comes in.

    Ids shared by two files are made unique later, by ``extract.api.extract``.

    Returns ``(documents, errors)`` where each error is ``(file name or file#line, one-line
    reason)``.
    """
    from extract.documents import read_upload

    documents: list[Any] = []
    errors: list[tuple[str, str]] = []
    for name, data in files:
        docs, failed = read_upload(name, data)
        documents.extend(docs)
        errors.extend(failed)
    return documents, errors


def pasted_documents(text: str, title: str = "", date: str | None = None) -> list[Any]:
    """One article from pasted text (front matter allowed); InputError if it is empty."""
    from extract.documents import documents_from_upload, normalise_date

    docs = documents_from_upload("pasted.txt", text.encode("utf-8"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    changes: dict[str, Any] = {"id": f"pasted-{digest}", "source": "pasted text"}
    if title.strip():
        changes["title"] = title.strip()
    if date:
        changes["date"] = normalise_date(date, "pasted text")
    return [replace(doc, **changes) for doc in docs]


def sample_documents() -> list[Any]:
    """The bundled sample corpus (``data/corpus/sample``) as documents.

    The path is spelled here rather than taken from ``extract.api``, which imports spaCy
    (seconds): on a start whose records are in the disk cache spaCy is never needed.
    """
    from extract.documents import read_path

    return read_path(SAMPLE_CORPUS)


def env_records_path() -> Path | None:
    """The records file named by ``NEWSGRAPH_RECORDS``, if set."""
    value = os.environ.get(RECORDS_ENV, "").strip()
    return Path(value) if value else None


def run_extraction(
    documents: Sequence[Any], progress: Callable[..., None] | None = None
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Records and per-article errors from ``extract.api.extract`` (no Streamlit here).

    ``progress(done, total)`` hears of every finished article and ``progress(done, total,
    message)`` of every step in between (a pipeline loading, a component run over an article).
    """
    from extract.api import extract

    result = extract(list(documents), progress=progress, step=progress)
    return result.records, [tuple(e) for e in result.errors]


def progress_text(done: float, total: int, message: str | None = None) -> str:
    """What the progress bar says.

    >>> progress_text(0, 1)
    'Extracted 0 of 1 article'
    >>> progress_text(0.5, 2, "Reading article 1 of 2: parsing sentences (5 of 12)")
    'Reading article 1 of 2: parsing sentences (5 of 12)…'
    """
    if message:
        return f"{message}…"
    return f"Extracted {int(done)} of {total} article{'s' * (total != 1)}"


def extract_with_cache(content_hash: str, documents: Sequence[Any]) -> tuple[dict, list]:
    """Records of ``documents`` from the disk cache (``extract.cache``), else extracted and stored.

    A progress bar shows the extraction's steps and is emptied afterwards; on a cache hit
    there is no bar at all.
    """
    from extract.cache import cached_extraction

    bar = None

    def run() -> tuple[dict, list]:
        nonlocal bar
        total = len(documents)
        bar = st.progress(
            0.0, text=f"Starting the language pipeline for {total} article{'s' * (total != 1)}…"
        )

        def progress(done: float, of: int, message: str | None = None) -> None:
            bar.progress(
                min(max(done / max(of, 1), 0.0), 1.0), text=progress_text(done, of, message)
            )

        return run_extraction(documents, progress)

    try:
        (records, errors), _hit = cached_extraction(content_hash, run)
    finally:
        if bar is not None:
            bar.empty()
    return records, list(errors)


@st.cache_data(max_entries=8, show_spinner=False)
def extract_corpus(content_hash: str, _documents: Sequence[Any]) -> tuple[dict, list]:
    """Cached extraction, keyed by ``content_hash`` only (the documents are not hashed again).

    In memory per process (``st.cache_data``) over the disk cache shared by every start
    (``extract.cache``).  The progress bar is created and emptied inside the cached
    function, so on a cache hit Streamlit replays it as nothing at all.
    """
    return extract_with_cache(content_hash, _documents)


_MENTIONS_LOCK = threading.Lock()


@dataclass(frozen=True)
class LoadedCorpus:
    """A corpus ready to explore: its graph, mention spans and the articles that failed."""

    hash: str
    G: nx.MultiDiGraph
    errors: tuple[tuple[str, str], ...] = ()
    #: Reads the records (and errors) again: ui.corrections applies a session's corrections to
    #: them. A callable, not the records, so a cached corpus does not keep both graph and records.
    load: Callable[[], tuple[dict[str, Any], list[tuple[str, str]]]] | None = field(
        default=None, hash=False, compare=False, repr=False
    )
    #: The records' mentions, until :attr:`mentions` first makes its index of them.
    mention_rows: list[dict[str, Any]] = field(
        default_factory=list, hash=False, compare=False, repr=False
    )
    _index: dict[str, Any] = field(default_factory=dict, hash=False, compare=False, repr=False)

    @property
    def mentions(self) -> dict[str, dict[str, list[tuple[int, int]]]]:
        """Mention spans by sentence and entity (``ui.details.mention_index``), made when first
        needed: a click's details or the details pane, not the first view (a store of 20,000
        relations: 40,000 mentions, issue 20).  Shared by the sessions, so made once."""
        index = self._index.get("index")
        if index is None:
            with _MENTIONS_LOCK:
                index = self._index.get("index")
                if index is None:
                    sentences = (self.G.graph.get("sentences") or {}).values()
                    with paused_gc():
                        index = mention_index(
                            {"sentences": sentences, "mentions": self.mention_rows}
                        )
                    self._index["index"] = index
                    self.mention_rows.clear()
        return index


@st.cache_resource(max_entries=8, show_spinner=False)
def loaded_corpus(
    content_hash: str, _load: Callable[[], tuple[dict[str, Any], list[tuple[str, str]]]]
) -> LoadedCorpus:
    """The graph of a corpus, built once per content hash and shared by every session.

    ``_load`` returns ``(records, errors)`` and only runs on a cache miss.  The graph is a
    shared object: callers read it through views and never mutate it.
    """
    records, errors = _load()
    with paused_gc():  # many small objects that all stay: no collection passes meanwhile
        return LoadedCorpus(
            hash=content_hash,
            G=build_graph(records),
            mention_rows=list(records.get("mentions") or ()),
            errors=tuple((str(a), str(b)) for a, b in errors),
            load=_load,
        )


@st.cache_data(max_entries=8, show_spinner=False)
def load_records_file(path: str, mtime: float) -> dict[str, Any]:
    """Validated records from a file on disk, re-read when its modification time changes."""
    return load_records(path)


def from_documents(documents: Sequence[Any]) -> LoadedCorpus:
    """Extract (cached by content) and build the graph (cached) of some articles."""
    content = corpus_hash(documents)
    return loaded_corpus(content, lambda: extract_corpus(content, documents))


def from_records_file(path: Path) -> LoadedCorpus:
    """The corpus in a records JSON on disk, reloaded when the file changes."""
    mtime = path.stat().st_mtime
    key = hashlib.sha256(f"{path.resolve()}:{mtime}".encode("utf-8")).hexdigest()
    return loaded_corpus(key, lambda: (load_records_file(str(path), mtime), []))


def from_records_upload(name: str, data: bytes) -> LoadedCorpus:
    """The corpus in an uploaded records JSON; RecordsError names the file if it is bad."""
    key = hashlib.sha256(data).hexdigest()
    return loaded_corpus(key, lambda: (read_records(data, name), []))
