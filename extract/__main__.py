"""Command line: ``python -m extract FILE... [-o OUT.json] [--lang auto|nl|en]``.

``python -m extract ingest PATH... --db FILE`` adds articles to a store instead
(see :mod:`extract.ingest`).

Expected problems (an unreadable file or row, a language without a pipeline)
print one line per file, CSV row or JSONL line to stderr and the rest goes on;
a summary line ends every run. The exit status is 0 when everything worked,
1 when anything failed (the good articles are still written), 2 when the
output cannot be written (checked before extraction). Output is written
atomically.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from tqdm import tqdm

from extract.errors import NewsgraphError
from records.files import write_atomic


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description=(
            "Extract entities and typed relations from news articles into newsgraph records (JSON)."
        ),
        epilog=(
            "To add articles to a persistent store instead: "
            "python -m extract ingest PATH... --db FILE"
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article files or folders (.txt .md .html .csv .jsonl)",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.json", help="write here instead of standard output"
    )
    parser.add_argument(
        "--lang",
        default="auto",
        help="language code of every article, or 'auto' to detect per article (default)",
    )
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", help="document date for articles that carry none"
    )
    parser.add_argument(
        "--n-process", type=int, default=1, metavar="N", help="parse in N processes (default 1)"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def check_output(path: Path) -> str | None:
    """Why ``path`` cannot be written as the output file, or None: checked before any extraction
    runs."""
    target = path.resolve()
    if target.is_dir():
        return f"cannot write {path}: it is a folder; name a file such as {Path(path) / 'out.json'}"
    if not target.parent.is_dir():
        return f"cannot write {path}: the folder does not exist"
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as err:
        return (
            f"cannot write {path}: the folder {target.parent} is not writable "
            f"({err.strerror or err})"
        )
    os.close(fd)
    os.unlink(probe)
    return None


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m extract``; exit 0 when every input worked, 1 when any failed, 2
    for bad arguments."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["ingest"]:
        from extract.ingest import main as ingest_main

        return ingest_main(argv[1:])
    args = build_parser().parse_args(argv)
    from extract.api import extract
    from extract.documents import normalise_date, read_paths
    from extract.ingest import failure_line
    from extract.lexicon import supported_languages

    if args.lang != "auto" and args.lang not in supported_languages():
        raise SystemExit(
            f"error: no pipeline for language '{args.lang}'; "
            f"supported: {', '.join(sorted(supported_languages()))}"
        )
    if args.n_process < 1:
        raise SystemExit("error: --n-process must be 1 or more")
    problem = check_output(Path(args.output)) if args.output else None
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    try:
        default_date = normalise_date(args.date, "--date") if args.date else None
    except NewsgraphError as err:
        raise SystemExit(f"error: {err}") from None

    documents, failures = read_paths(args.files, default_date=default_date)
    for source, message in failures:
        print(f"error: {failure_line(source, message)}", file=sys.stderr)
    if not documents:
        print(summary_line(0, len(failures)), file=sys.stderr)
        raise SystemExit(
            "error: no article could be read" if failures else "error: no article files found"
        )

    bar = tqdm(
        total=len(documents),
        desc="extracting",
        unit="doc",
        disable=args.quiet or None,
        file=sys.stderr,
    )

    def progress(done: int, total: int) -> None:
        bar.update(done - bar.n)

    try:
        result = extract(documents, lang=args.lang, n_process=args.n_process, progress=progress)
    finally:
        bar.close()
    for source, message in result.errors:
        print(f"error: {failure_line(source, message)}", file=sys.stderr)
    records = result.records
    failed = len(failures) + len(result.errors)
    print(summary_line(len(records["documents"]), failed), file=sys.stderr)
    if not records["documents"]:
        raise SystemExit("error: nothing was extracted")
    text = json.dumps(records, ensure_ascii=False, indent=1)
    if args.output:
        try:
            write_atomic(args.output, text + "\n")
        except OSError as err:
            raise SystemExit(f"error: cannot write {args.output}: {err.strerror or err}") from None
        print(
            f"wrote {args.output}: {len(records['documents'])} documents, "
            f"{len(records['entities'])} entities, "
            f"{len(records['relations'])} relations",
            file=sys.stderr,
        )
    else:
        try:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
    return 1 if failed else 0


def summary_line(extracted: int, failed: int) -> str:
    """'extracted 3 articles, failed 1': printed at the end of every run.

    >>> summary_line(1, 0)
    'extracted 1 article, failed 0'
    """
    return f"extracted {extracted} article{'' if extracted == 1 else 's'}, failed {failed}"


if __name__ == "__main__":
    sys.exit(main())
