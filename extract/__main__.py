"""Command line: ``python -m extract FILE... [-o OUT.json] [--lang auto|nl|en]``.

``python -m extract ingest PATH... --db FILE`` adds articles to a store instead
(see :mod:`extract.ingest`).

Expected problems (an unreadable file, a language without a pipeline) print
one line per file to stderr and the other files go on; the exit status is
non-zero only when nothing could be extracted. Output is written atomically.
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract entities and typed relations from news articles into newsgraph records (JSON).",
        epilog="To add articles to a persistent store instead: python -m extract ingest PATH... --db FILE",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files or folders (.txt .md .html .csv .jsonl)")
    parser.add_argument("-o", "--output", metavar="OUT.json", help="write here instead of standard output")
    parser.add_argument("--lang", default="auto", help="language code of every article, or 'auto' to detect per article (default)")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="document date for articles that carry none")
    parser.add_argument("--n-process", type=int, default=1, metavar="N", help="parse in N processes (default 1)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename: never a half-written file."""
    path = path.resolve()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; an output file should not be
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["ingest"]:
        from extract.ingest import main as ingest_main

        return ingest_main(argv[1:])
    args = build_parser().parse_args(argv)
    from extract.api import extract
    from extract.documents import normalise_date, read_path
    from extract.lexicon import supported_languages

    if args.lang != "auto" and args.lang not in supported_languages():
        raise SystemExit(f"error: no pipeline for language '{args.lang}'; supported: {', '.join(sorted(supported_languages()))}")
    if args.n_process < 1:
        raise SystemExit("error: --n-process must be 1 or more")
    if args.output and not Path(args.output).resolve().parent.is_dir():
        raise SystemExit(f"error: cannot write {args.output}: the folder does not exist")
    try:
        default_date = normalise_date(args.date, "--date") if args.date else None
    except NewsgraphError as err:
        raise SystemExit(f"error: {err}") from None

    documents, failures = [], []
    for name in args.files:
        try:
            documents += read_path(name, default_date=default_date)
        except NewsgraphError as err:
            failures.append(str(err))
    for message in failures:
        print(f"error: {message}", file=sys.stderr)
    if not documents:
        raise SystemExit("error: no article could be read" if failures else "error: no article files found")

    bar = tqdm(total=len(documents), desc="extracting", unit="doc", disable=args.quiet or None, file=sys.stderr)

    def progress(done: int, total: int) -> None:
        bar.update(done - bar.n)

    try:
        result = extract(documents, lang=args.lang, n_process=args.n_process, progress=progress)
    finally:
        bar.close()
    for source, message in result.errors:
        print(f"error: {message if message.startswith(source) else f'{source}: {message}'}", file=sys.stderr)
    if not result.records["documents"]:
        raise SystemExit("error: nothing was extracted")
    text = json.dumps(result.records, ensure_ascii=False, indent=1)
    if args.output:
        write_atomically(Path(args.output), text + "\n")
        records = result.records
        print(
            f"wrote {args.output}: {len(records['documents'])} documents, {len(records['entities'])} entities, "
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
