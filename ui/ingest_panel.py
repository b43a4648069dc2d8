"""From the app to the store (issue 21, item 7): uploaded or pasted articles go into a configured
store with one button, as ``python -m extract ingest`` would put them there.

The work is :func:`extract.ingest.ingest_documents` and the lines shown are
:func:`extract.ingest.report_lines`, the command's own, so the app and the command say the same
per file.  Adding is idempotent: the store skips a text it holds (same SHA-256) before any
extraction, so a second click adds nothing and says so.  Extraction goes through the disk cache
(``extract.cache``) under the same key the app used to draw the articles, so adding what is on
screen does not parse it again.

Only the stores the operator configured (:func:`ui.stores.configured_stores`) are offered: a
visitor never names a path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st

from extract.ingest import (
    IngestSummary,
    extract_chunk,
    ingest_documents,
    rename_notes,
    report_lines,
)
from store import StoreError
from store.names import display_name
from ui import keys
from ui.corpus import corpus_hash
from ui.details import plain


@dataclass(frozen=True)
class IngestReport:
    """What one "Add to store" did: a headline, its kind (success, info, warning, error) and
    the command's lines."""

    kind: str
    headline: str
    lines: tuple[str, ...]
    summary: IngestSummary | None = None


def cached_extractor(
    chunk: list[Any], progress: Callable[[int, int], None] | None = None
) -> tuple[dict, list]:
    """:func:`extract.ingest.extract_chunk` through the disk cache, keyed as the app keys what
    it draws (``ui.corpus.corpus_hash``), so articles on screen are not parsed again."""
    from extract.cache import cached_extraction

    (records, errors), _hit = cached_extraction(
        corpus_hash(chunk), lambda: extract_chunk(chunk, progress=progress)
    )
    return records, [tuple(e) for e in errors]


def headline(summary: IngestSummary) -> tuple[str, str]:
    """(kind, one line) saying what an ingest did, above the command's lines.

    >>> headline(IngestSummary(duplicates=["a.txt", "b.txt"]))
    ('info', 'Nothing added: the store holds these 2 articles already.')
    >>> headline(IngestSummary(added=["a.txt"], duplicates=["b.txt"]))
    ('success', 'Added 1 article to the store; 1 was there already.')
    >>> headline(IngestSummary(duplicates=["a.txt"], failed=[("b.csv", "b.csv: no text")]))
    ('error', 'Nothing added; 1 was there already; 1 failed.')
    """
    added, skipped, failed = len(summary.added), len(summary.duplicates), len(summary.failed)
    if summary.error:
        return "error", f"The store stopped taking articles: {summary.error}"
    if not added and not failed:
        noun = "this article" if skipped == 1 else f"these {skipped} articles"
        return "info", f"Nothing added: the store holds {noun} already."
    text = f"Added {added} article{'s' * (added != 1)} to the store" if added else "Nothing added"
    if skipped:
        text += f"; {skipped} {'was' if skipped == 1 else 'were'} there already"
    if failed:
        text += f"; {failed} failed"
    kind = "success" if not failed else ("warning" if added else "error")
    return kind, text + "."


def add_to_store(
    documents: Sequence[Any],
    target: str,
    label: str,
    *,
    extractor: Callable[..., tuple[dict, list]] = cached_extractor,
    progress: Callable[[int], None] | None = None,
    unreadable: Sequence[tuple[str, str]] = (),
) -> IngestReport:
    """Add ``documents`` to the store at ``target`` (shown as ``label``) and say what happened.

    ``unreadable`` are (file or file#line, reason) of what could not be read into documents:
    the command counts them as failed, so the report does too.  Never raises for a store that
    cannot be opened or written: the report says why.
    """
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    documents = list(documents)
    if not documents:
        return IngestReport("error", "There are no articles to add.", ())
    try:
        store = open_store(target)
    except StoreError as err:
        return IngestReport("error", _named(str(err), target, label), ())
    try:
        summary = ingest_documents(
            documents,
            store,
            extractor=extractor,
            chunk_size=len(documents),  # one chunk: the corpus on screen, found in the cache
            progress=progress,
        )
        try:
            totals = store.counts()
        except StoreError:
            totals = None
    finally:
        store.close()
    summary.failed = [tuple(f) for f in unreadable] + summary.failed
    lines = rename_notes(summary) + report_lines(summary, label, totals)
    kind, text = headline(summary)
    return IngestReport(kind, _named(text, target, label), tuple(lines), summary)


def _named(message: str, target: str, label: str) -> str:
    """A store message naming the store by its label (a URL's password never shows)."""
    return message.replace(display_name(target), label)


def sidebar(documents: Sequence[Any], unreadable: Sequence[tuple[str, str]] = ()) -> None:
    """Sidebar, under uploaded or pasted articles: "Add to store" and what the last click did.

    ``unreadable`` are the uploads' files and rows that could not be read (reported as failed,
    as the command reports them)."""
    from ui.stores import STORE_ENV, STORES_ENV, configured_stores

    st.sidebar.subheader("Add to a store")
    stores = configured_stores()
    if not stores:
        st.sidebar.caption(
            f"No store is configured: start the app with {STORE_ENV}=FILE or {STORES_ENV}=FOLDER "
            "to add articles to a stored corpus."
        )
        return
    if st.session_state.get(keys.INGEST_STORE) not in stores:
        st.session_state[keys.INGEST_STORE] = next(iter(stores))
    label = st.sidebar.selectbox("Store to add to", list(stores), key=keys.INGEST_STORE)
    n = len(documents)
    content = corpus_hash(documents)
    clicked = st.sidebar.button(
        f"Add {'this article' if n == 1 else f'these {n} articles'} to the store",
        key="add-to-store",
        help="Extracts and stores each article as python -m extract ingest does; articles the "
        "store holds already are skipped",
    )
    # always drawn, so the filters below keep their places whatever it holds (a shifted widget
    # lingers twice on the page until the run ends)
    result = st.sidebar.container(key="ingest-result")
    if clicked:
        bar = result.progress(0.0, text=f"Adding {n} article{'s' * (n != 1)}…")
        done = [0]

        def progress(step: int) -> None:
            done[0] += step
            bar.progress(min(done[0] / max(n, 1), 1.0), text=f"{done[0]} of {n} done…")

        try:
            report = add_to_store(
                documents, stores[label], label, progress=progress, unreadable=unreadable
            )
        finally:
            bar.empty()
        st.session_state[keys.INGEST_RESULT] = (content, label, report)
    last = st.session_state.get(keys.INGEST_RESULT)
    if last and last[0] == content and last[1] == label:
        report = last[2]
        show = {"success": result.success, "info": result.info}.get(report.kind)
        show = show or (result.warning if report.kind == "warning" else result.error)
        show(plain(report.headline))  # file names and store messages are not Markdown
        if report.lines:
            result.code("\n".join(report.lines), language=None, wrap_lines=True)
        if report.kind != "error":  # the articles are in the store (added now or before)
            result.button(
                "Explore the stored corpus",
                key="open-stored",
                on_click=_open_stored,
                args=(label,),
            )


def _open_stored(label: str) -> None:
    """Callback: switch the app to the store the articles were added to."""
    st.session_state[keys.CORPUS_SOURCE] = "stored"
    st.session_state[keys.STORE_CHOICE] = label
