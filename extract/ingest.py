"""``python -m extract ingest PATH... --db FILE``: read articles, extract them, add them to a store.

Each article goes into the store in its own transaction, so an interrupted
ingest keeps every article it finished and none half-way; running it again
skips what is stored (same text, by SHA-256) before any extraction, and
finishes the rest. Each file, CSV row and JSONL line that cannot be read,
and each article that fails extraction, is reported in one line and the
others go on. A summary ends every run, also one stopped by Ctrl-C or by the
store (locked, read-only, disk full): added, skipped as duplicate, failed
(with reasons) and, after a stop, not stored. The exit status is 0 when
everything worked, 1 when anything failed, 130 after Ctrl-C.

Extraction runs here (``--n-process N`` parses in N processes), or as a
distributed map over a Dask cluster (``--workers dask``): each task runs the
same :func:`extract_chunk` on a chunk of articles and returns records; this
process writes them into the store in input order, so the store is the same
whichever way it was filled.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from tqdm import tqdm

from extract.documents import Document, read_paths
from extract.errors import NewsgraphError
from records import Records

Failure = tuple[str, str]
#: Extracts a chunk of documents: (records, [(source, reason), ...]); the optional callable reports
#: progress.
Extractor = Callable[..., tuple[Records, list[Failure]]]


@dataclass
class IngestSummary:
    """What one ingest did: sources added, skipped as duplicates, and (source, reason) of
    failures."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False
    #: Why the store stopped taking articles (locked, read-only, full), or None.
    error: str | None = None
    #: Articles left unstored when the ingest stopped early (Ctrl-C or a store error).
    not_stored: int = 0

    def line(self) -> str:
        """'added 2, skipped as duplicate 1, failed 0' (and ', not stored N' after a stop)."""
        line = (
            f"added {len(self.added)}, skipped as duplicate {len(self.duplicates)}, "
            f"failed {len(self.failed)}"
        )
        return line + (f", not stored {self.not_stored}" if self.not_stored else "")


def read_sources(
    paths: Iterable[str | Path], *, default_date: str | None = None
) -> tuple[list[Document], list[Failure]]:
    """Documents from files and folders (recursively), and (source, reason) of each file or row that
    failed.

    See :func:`extract.documents.read_paths`: one bad file, CSV row or JSONL
    line does not stop the others.
    """
    return read_paths(paths, default_date=default_date)


def extract_chunk(
    documents: list[Document],
    lang: str = "auto",
    batch_size: int = 16,
    n_process: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Records, list[Failure]]:
    """Run :func:`extract.api.extract` on a chunk; the task a Dask worker runs (it returns plain
    data)."""
    from extract.api import extract

    result = extract(
        documents, lang=lang, n_process=n_process, batch_size=batch_size, progress=progress
    )
    return result.records, result.errors


def ingest_documents(
    documents: Sequence[Document],
    store: Any,
    *,
    extractor: Extractor = extract_chunk,
    chunk_size: int = 128,
    client: Any = None,
    progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Add ``documents`` to ``store`` (a :class:`store.Store`), skipping stored texts before
    extraction.

    ``extractor(chunk)`` turns a chunk of documents into records; with a Dask
    ``client`` the chunks are mapped over its workers. ``progress(n)`` is
    called with the number of documents finished since the last call.
    """
    from store import StoreError
    from store.adding import split_records

    summary = IngestSummary()
    todo: list[Document] = []
    try:
        stored = store.known_hashes(d.content_hash for d in documents)
        seen: set[str] = set()
        for document in documents:
            digest = document.content_hash
            if digest in stored or digest in seen:
                summary.duplicates.append(document.source)
            else:
                seen.add(digest)
                todo.append(document)
        if progress and len(documents) > len(todo):
            progress(len(documents) - len(todo))  # stored already: done
        chunks = [todo[i : i + chunk_size] for i in range(0, len(todo), chunk_size)]
        if client is not None:
            futures = client.map(extractor, chunks, pure=False)
            results = (future.result() for future in futures)
        else:
            results = (_run_local(extractor, chunk, progress) for chunk in chunks)
        for chunk, (records, errors) in zip(chunks, results):
            summary.failed += errors
            for part in split_records(records):
                _store_document(store, part, summary)
            if progress and client is not None:
                progress(len(chunk))
    except KeyboardInterrupt:  # the open transaction rolled back; what was committed stays
        summary.interrupted = True
    except (
        StoreError
    ) as err:  # locked, read-only, disk full: the next article would fail the same way
        summary.error = str(err)
    if summary.interrupted or summary.error:
        _count_what_was_stored(store, todo, summary)
    return summary


def _store_document(store: Any, part: Records, summary: IngestSummary) -> None:
    """Add one document's records to the store and count the outcome at once, so a stop never loses
    it."""
    from store import StoreError

    source = part["documents"][0]["source"]
    try:
        outcome = store.add_document(part)
    except StoreError as err:
        summary.failed.append((source, f"{source}: not stored ({err})"))
        raise
    if outcome.status == "added":
        summary.added.append(outcome.source)
        if outcome.doc_id != outcome.original_id:
            summary.renamed.append((outcome.original_id, outcome.doc_id))
    else:
        summary.duplicates.append(outcome.source)


def _count_what_was_stored(store: Any, todo: list[Document], summary: IngestSummary) -> None:
    """After a stop, ask the store which articles it holds, and count those not yet counted as
    added.

    Ctrl-C can land after an article's commit and before its count; the rest
    of ``todo`` is what a second run would add.
    """
    from store import StoreError

    counted = (
        set(summary.added) | set(summary.duplicates) | {source for source, _ in summary.failed}
    )
    pending = [d for d in todo if d.source not in counted]
    try:
        stored = store.known_hashes(d.content_hash for d in pending) if pending else set()
    except (StoreError, KeyboardInterrupt):
        stored = set()
    summary.added += [d.source for d in pending if d.content_hash in stored]
    summary.not_stored = sum(1 for d in pending if d.content_hash not in stored)


def ingest_paths(
    paths: Iterable[str | Path],
    store: Any,
    *,
    lang: str = "auto",
    default_date: str | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Read files and folders and add their articles to ``store``; unreadable files are counted as
    failed.

    The app's entry point: ``ingest_paths(["data/corpus/sample"], open_store("corpus.db"))``.
    """
    documents, unreadable = read_sources(paths, default_date=default_date)
    summary = ingest_documents(
        documents,
        store,
        extractor=_LocalExtractor(lang, batch_size, n_process),
        chunk_size=batch_size * 8,
        progress=progress,
    )
    summary.failed = unreadable + summary.failed
    return summary


def _run_local(
    extractor: Extractor, chunk: list[Document], progress: Callable[[int], None] | None
) -> tuple[Records, list[Failure]]:
    done = [0]

    def step(n: int, _total: int) -> None:
        if progress and n > done[0]:
            progress(n - done[0])
            done[0] = n

    records, errors = extractor(chunk, progress=step) if progress else extractor(chunk)
    if progress and done[0] < len(chunk):
        progress(len(chunk) - done[0])
    return records, errors


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``python -m extract ingest``."""
    parser = argparse.ArgumentParser(
        prog="python -m extract ingest",
        description=(
            "Read articles, extract entities and relations, and add them to a newsgraph store. "
            "Articles already stored (same text) are skipped; "
            "each article is stored whole or not at all."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files or folders, read recursively (.txt .md .html .csv .jsonl)",
    )
    parser.add_argument(
        "--db",
        required=True,
        metavar="FILE",
        help="the store: an SQLite file (created if missing) or a SQLAlchemy URL such as postgresql+psycopg://user@host/newsgraph",
    )
    parser.add_argument(
        "--lang",
        default="auto",
        help="language code of every article, or 'auto' to detect per article (default)",
    )
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="document date for articles whose metadata carries none",
    )
    parser.add_argument(
        "--n-process",
        type=int,
        default=1,
        metavar="N",
        help="parse in N processes (default 1); with --workers dask, the number of local workers",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=16,
        metavar="N",
        help=(
            "documents per spaCy batch (default 16); locally, articles are committed every "
            "8 batches; on Dask each batch is one task"
        ),
    )
    parser.add_argument(
        "--workers",
        choices=("none", "dask"),
        default="none",
        help="'dask' runs extraction as a distributed map on Dask (default: none)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=(
            "with --workers dask: address of a running Dask scheduler (tcp://host:8786); "
            "default: a local cluster"
        ),
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m extract ingest``; expected errors exit with one line, no
    traceback."""
    args = build_parser().parse_args(argv)
    from extract.documents import normalise_date
    from extract.lexicon import supported_languages
    from store import StoreError, open_store

    if args.lang != "auto" and args.lang not in supported_languages():
        raise SystemExit(
            f"error: no pipeline for language '{args.lang}'; "
            f"supported: {', '.join(sorted(supported_languages()))}"
        )
    if args.n_process < 1 or args.batch_size < 1:
        raise SystemExit("error: --n-process and --batch-size must be 1 or more")
    if args.scheduler and args.workers != "dask":
        raise SystemExit("error: --scheduler needs --workers dask")
    try:
        default_date = normalise_date(args.date, "--date") if args.date else None
    except NewsgraphError as err:
        raise SystemExit(f"error: {err}") from None

    try:
        store = open_store(args.db)
    except StoreError as err:
        raise SystemExit(f"error: {err}") from None
    documents, unreadable = read_sources(args.paths, default_date=default_date)
    bar = tqdm(
        total=len(documents),
        desc="ingesting",
        unit="article",
        disable=args.quiet or None,
        file=sys.stderr,
    )
    client = cluster = None
    try:
        extractor: Extractor = _LocalExtractor(args.lang, args.batch_size, args.n_process)
        if args.workers == "dask" and documents:
            try:
                client, cluster = _dask_client(args.scheduler, args.n_process)
            except OSError as err:
                raise SystemExit(
                    f"error: cannot reach the Dask scheduler at {args.scheduler}: {err}"
                ) from None
            extractor = _DaskExtractor(args.lang, args.batch_size)
        # Locally a chunk is 8 spaCy batches (committed together); on Dask one batch is one task.
        chunk_size = args.batch_size if client is not None else args.batch_size * 8
        summary = ingest_documents(
            documents,
            store,
            extractor=extractor,
            chunk_size=chunk_size,
            client=client,
            progress=bar.update,
        )
        try:
            totals = store.counts()
        except StoreError:
            totals = None
    finally:
        bar.close()
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        store.close()

    summary.failed = unreadable + summary.failed
    for note in rename_notes(summary):
        print(note, file=sys.stderr)
    for line in report_lines(summary, store.name, totals):
        print(line)
    if summary.interrupted:
        print(
            "interrupted: every article counted as added is stored whole; "
            "run the same command again to add the rest",
            file=sys.stderr,
        )
        return 130
    if summary.error:
        print(f"error: {summary.error}", file=sys.stderr)
        return 1
    return 1 if summary.failed else 0


def rename_notes(summary: IngestSummary) -> list[str]:
    """One note per article stored under another id than its own (the command prints them on
    stderr)."""
    return [
        f"note: document id '{old}' was taken by another text; stored as '{new}'"
        for old, new in summary.renamed
    ]


def report_lines(
    summary: IngestSummary, store_name: str, totals: dict[str, int] | None = None
) -> list[str]:
    """What ``ingest`` prints after a run (the app shows the same lines): the summary, one
    line per failed file, row or article, and what the store holds.

    >>> s = IngestSummary(added=["a.txt"], failed=[("b.csv#3", "b.csv, line 3: no text")])
    >>> for line in report_lines(s, "corpus.db", {"documents": 5, "entities": 9, "relations": 4}):
    ...     print(line)
    corpus.db: added 1, skipped as duplicate 0, failed 1
      failed: b.csv, line 3: no text
    the store holds 5 documents, 9 entities, 4 relations
    """
    lines = [f"{store_name}: {summary.line()}"]
    lines += [f"  failed: {failure_line(source, message)}" for source, message in summary.failed]
    if totals is not None:
        lines.append(
            f"the store holds {totals['documents']} documents, {totals['entities']} entities, "
            f"{totals['relations']} relations"
        )
    return lines


def failure_line(source: str, message: str) -> str:
    """The reason, naming the file by the path the user gave.

    >>> failure_line("news/a/x.csv", "x.csv, line 3: not valid JSON")
    'news/a/x.csv, line 3: not valid JSON'
    """
    name = Path(source.split("#")[0]).name
    if message.startswith(source.split("#")[0]):
        return message
    if name and message.startswith(name):
        return source.split("#")[0] + message[len(name) :]
    return f"{source}: {message}"


class _LocalExtractor:
    """extract_chunk with the command's options (a class, not a lambda, so it pickles)."""

    def __init__(self, lang: str, batch_size: int, n_process: int) -> None:
        self.lang, self.batch_size, self.n_process = lang, batch_size, n_process

    def __call__(
        self, chunk: list[Document], progress: Callable[[int, int], None] | None = None
    ) -> tuple[Records, list[Failure]]:
        return extract_chunk(chunk, self.lang, self.batch_size, self.n_process, progress)


class _DaskExtractor(_LocalExtractor):
    """The task each Dask worker runs: one process per worker, so n_process is 1 there."""

    def __init__(self, lang: str, batch_size: int) -> None:
        super().__init__(lang, batch_size, 1)


def _dask_client(scheduler: str | None, n_workers: int) -> tuple[Any, Any]:
    """A client of the scheduler at ``scheduler``, or of a new local cluster with ``n_workers``
    processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout="10s"), None
    cluster = LocalCluster(
        n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster), cluster
