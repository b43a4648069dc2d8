"""Command line: ``python -m graph export IN.json --format gexf -o OUT [filters]`` (or
``--db FILE`` for a store).

Expected problems (unreadable or invalid input, unknown format, bad filter values) end with
one line on stderr and exit status 1 (2 for a malformed command line); unexpected exceptions
keep their traceback because they are bugs. The output is written atomically.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from graph.build import build_graph, load_graph
from graph.errors import GraphError
from graph.export import EXPORT_FORMATS, EXPORT_STEPS, caption_text, check_format, export_bytes
from graph.filters import FilterSpec
from graph.spec import DEFAULT_MIN_CONFIDENCE
from graph.views import VIEWS, select
from records import ENTITY_TYPES, MODES, RELATION_TYPES, RecordsError, validate_records
from records.files import write_atomic

PROG = "python -m graph"


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line on stderr, like every other error here."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; expected YYYY-MM-DD") from None


def _non_negative_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; expected 0 or more")
    return number


def _non_negative_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if number < 0 or number != number:
        raise argparse.ArgumentTypeError(f"{value} is negative; expected 0 or more")
    return number


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number; expected 0 to 1") from None
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value} is out of range; expected 0 to 1")
    return number


def _positive_int(value: str) -> int:
    number = _non_negative_int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is too small; expected 1 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and for ``--help``)."""
    parser = _Parser(prog=PROG, description="Build, filter and export the newsgraph graph.")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )
    export = commands.add_parser(
        "export",
        help="export a (filtered) view of the graph",
        description="Build the graph from extraction records, filter it and write one export.",
    )
    source = export.add_argument_group("input")
    source.add_argument(
        "input", nargs="?", metavar="IN.json", help="records JSON written by 'python -m extract'"
    )
    source.add_argument(
        "--db",
        metavar="FILE",
        help="read a store written by 'python -m extract ingest' (an SQLite file or a "
        "SQLAlchemy URL) instead of IN.json",
    )
    export.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="file to write ('-' for stdout)"
    )
    export.add_argument(
        "-f",
        "--format",
        metavar="FORMAT",
        help=f"one of {', '.join(EXPORT_FORMATS)} "
        "(default: guessed from OUT's extension; csv writes a zip)",
    )
    export.add_argument(
        "--view",
        default="full",
        metavar="VIEW",
        help=f"one of {', '.join(VIEWS)} (default: full). full: the relations the app "
        "shows, events as nodes; aggregate: one edge per pair, as the app draws "
        "them; actors: the relations of the app's actor view. --min-weight and "
        "--top-k count the relations of a pair",
    )
    export.add_argument("--title", default=None, help="title of the HTML/PNG export")
    f = export.add_argument_group("filters (as in the app)")
    f.add_argument(
        "--actor",
        action="append",
        default=[],
        metavar="ID_OR_NAME",
        help="centre on this entity (id, label or alias); repeatable",
    )
    f.add_argument(
        "--radius",
        type=_non_negative_int,
        default=1,
        help="hops around --actor/--search centres (default: 1)",
    )
    f.add_argument(
        "--relation-type",
        action="append",
        default=[],
        metavar="TYPE",
        help=f"keep only this relation type; repeatable ({', '.join(RELATION_TYPES)})",
    )
    f.add_argument(
        "--entity-type",
        action="append",
        default=[],
        metavar="TYPE",
        help=f"keep only this entity type; repeatable ({', '.join(ENTITY_TYPES)})",
    )
    f.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="YYYY-MM-DD",
        help="first day of the period (inclusive)",
    )
    f.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="YYYY-MM-DD",
        help="last day of the period (inclusive)",
    )
    f.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="DOC_ID",
        help="keep only relations from this document; repeatable",
    )
    f.add_argument(
        "--min-mentions",
        type=_non_negative_int,
        default=0,
        help="entities mentioned at least this often",
    )
    f.add_argument(
        "--min-weight",
        type=_non_negative_float,
        default=0.0,
        help="edges with at least this weight (relation count when aggregated)",
    )
    f.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="centre on entities whose label or alias contains TEXT",
    )
    f.add_argument(
        "--show-cooccurrence",
        action="store_true",
        help="also show CO_OCCURS edges (hidden by default)",
    )
    f.add_argument(
        "--top-k",
        type=_positive_int,
        default=None,
        metavar="K",
        help="keep at most K nodes, the best connected first",
    )
    f.add_argument(
        "--keep-isolates", action="store_true", help="keep nodes left without a visible edge"
    )
    f.add_argument(
        "--mode",
        action="append",
        default=[],
        metavar="MODE",
        help=f"keep only relations the text puts this way; repeatable ({', '.join(MODES)})",
    )
    f.add_argument(
        "--hide-negated",
        action="store_true",
        help="hide negated relations (as the app does by default)",
    )
    f.add_argument(
        "--min-confidence",
        type=_confidence,
        default=0.0,
        metavar="C",
        help="relations extracted with at least this confidence, 0 to 1 (the app's "
        f"default is {DEFAULT_MIN_CONFIDENCE:g}; default here: 0, all)",
    )
    return parser


def spec_from_args(args: argparse.Namespace) -> FilterSpec:
    """The :class:`FilterSpec` the command-line flags describe."""
    return FilterSpec(
        actors=tuple(args.actor),
        radius=args.radius,
        relation_types=tuple(t.upper() for t in args.relation_type),
        entity_types=tuple(t.upper() for t in args.entity_type),
        date_from=args.date_from,
        date_to=args.date_to,
        documents=tuple(args.document),
        min_mentions=args.min_mentions,
        min_weight=args.min_weight,
        text=args.search,
        show_cooccurrence=args.show_cooccurrence,
        top_k=args.top_k,
        keep_isolates=args.keep_isolates,
        modes=tuple(m.lower() for m in args.mode),
        hide_negated=args.hide_negated,
        min_confidence=args.min_confidence,
    )


def _format_for(args: argparse.Namespace) -> str:
    suffix = Path(args.output).suffix.lower()
    if suffix == ".csv" and (args.format or "csv").lower() == "csv":
        raise SystemExit(
            f"{PROG} export: the csv export is a zip of nodes.csv and edges.csv; "
            f"name the output .zip ({Path(args.output).with_suffix('.zip').name})"
        )
    if args.format:
        return check_format(args.format)
    for name, (extension, _) in EXPORT_FORMATS.items():
        if suffix == extension:
            return name
    raise SystemExit(
        f"{PROG} export: cannot tell the format from {args.output!r}; give --format "
        f"({', '.join(EXPORT_FORMATS)})"
    )


def load_input(args: argparse.Namespace) -> nx.MultiDiGraph:
    """The base graph the command reads: a records JSON file, or a store (``--db``)."""
    if args.input and args.db:
        raise SystemExit(f"{PROG} export: give IN.json or --db, not both")
    if args.db:
        return _load_store(args.db)
    if not args.input:
        raise SystemExit(f"{PROG} export: give the records JSON file to read (IN.json)")
    return load_graph(args.input)


def _load_store(target: str) -> nx.MultiDiGraph:
    """The graph of every document in a store, read-only (the filters apply afterwards, as for
    JSON)."""
    from store import StoreError, open_store

    try:
        with open_store(target, read_only=True) as store:
            records = store.records()
    except StoreError as exc:
        raise SystemExit(f"{PROG} export: {exc}") from None
    validate_records(records, source=target)
    return build_graph(records)


def spec_labels(spec: FilterSpec) -> list[str]:
    """The filters in force, one 'field: value' each, for a snapshot's caption.

    >>> spec_labels(FilterSpec(radius=2, actors=("Putin",)))
    ['actors: Putin', 'radius: 2']
    """
    labels = []
    default = FilterSpec()
    for field in dataclasses.fields(spec):
        value = getattr(spec, field.name)
        if value != getattr(default, field.name):
            shown = (
                ", ".join(map(str, value))
                if isinstance(value, tuple | list | frozenset | set)
                else value
            )
            labels.append(f"{field.name}: {shown}")
    return labels


class StepBar:
    """A progress bar on stderr (tqdm) over the steps of an export: reading, filtering, the
    format's own steps (``graph.export.EXPORT_STEPS``: layout, drawing...) and writing, named
    as each begins.  Only on a terminal: a redirected stderr gets the summary line alone."""

    def __init__(self, steps: Sequence[str], file: Any = None) -> None:
        from tqdm import tqdm  # only the CLI draws a bar

        self._steps = list(steps)
        self._bar = tqdm(
            total=len(self._steps),
            file=file if file is not None else sys.stderr,
            disable=None,  # None: shown only when the file is a terminal
            leave=False,
            mininterval=0,  # a handful of steps: every one is shown as it begins
            # a terminal of unknown size says 0 (tqdm then draws nothing): 80 x 24
            ncols=shutil.get_terminal_size().columns or 80,
            nrows=shutil.get_terminal_size().lines or 24,
            unit="step",
            bar_format="{desc} |{bar}| step {n_fmt}/{total_fmt}, {elapsed}",
        )
        self._begun = 0
        self._closed = False

    def __call__(self, step: str) -> None:
        """Step ``step`` begins: the ones before it are done."""
        done = self._steps.index(step) if step in self._steps else self._begun
        self._bar.update(max(done - self._bar.n, 0))
        self._begun = done + 1
        self._bar.set_description_str(f"export: {step}")

    def close(self) -> None:
        """Every step done: the bar goes (once; again does nothing)."""
        if self._closed:
            return
        self._closed = True
        self._bar.update(len(self._steps) - self._bar.n)
        self._bar.close()


def run_export(args: argparse.Namespace) -> None:
    """Load, filter, export and write; GraphError becomes a one-line SystemExit.  A progress
    bar on stderr names the step under way (:class:`StepBar`)."""
    fmt = _format_for(args)
    bar = StepBar(["reading", "filtering", *EXPORT_STEPS[fmt], "writing"])
    try:
        _run_export(args, fmt, bar)
    finally:
        bar.close()


def _run_export(args: argparse.Namespace, fmt: str, bar: StepBar) -> None:
    bar("reading")
    G = load_input(args)
    spec = spec_from_args(args)
    bar("filtering")
    H = select(G, spec, args.view)
    title = args.title or (
        Path(args.input).stem
        if args.input
        else Path(args.db).stem
        if args.db and "://" not in args.db
        else "newsgraph"
    )
    source = (
        Path(args.input).name
        if args.input
        else "store"
        if args.db and "://" in args.db
        else Path(args.db or "").name
    )
    caption = caption_text(H, source, spec_labels(spec))
    data = export_bytes(H, fmt, title=title, caption=caption, progress=bar)
    bar("writing")
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    out = Path(args.output)
    if not out.parent.is_dir():
        raise SystemExit(f"{PROG} export: {out.parent}: no such folder for the output")
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise SystemExit(f"{PROG} export: {out}: cannot write: {exc.strerror or exc}") from None
    bar.close()  # the bar leaves its line before the summary
    print(
        f"wrote {out} ({fmt}, {H.number_of_nodes()} nodes, {H.number_of_edges()} edges)",
        file=sys.stderr,
    )
    if H.number_of_edges() == 0:
        print(f"note: the export is empty: {empty_reason(G, spec, args.view)}", file=sys.stderr)


def empty_reason(G: nx.MultiDiGraph, spec: FilterSpec, view: str) -> str:
    """Why an export has no edge: only hidden co-occurrence, the filters, or no relation at all.

    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["a", "b"], type="PERSON", label="A", mentions=1, aliases=[])
    >>> _ = G.add_edge("a", "b", type="CO_OCCURS", weight=1.0, sentences=[])
    >>> empty_reason(G, FilterSpec(), "full")
    'its 1 links are all co-occurrence, hidden by default; add --show-cooccurrence to include them'
    """
    if not spec.show_cooccurrence:
        links = select(G, dataclasses.replace(spec, show_cooccurrence=True), view)
        if links.number_of_edges():
            return (
                f"its {links.number_of_edges()} links are all co-occurrence, hidden by default; "
                "add --show-cooccurrence to include them"
            )
    labels = [label for label in spec_labels(spec) if not label.startswith("show_cooccurrence")]
    if labels:
        return f"no relation matches the filters ({'; '.join(labels)})"
    return "the input has no relation"


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of ``python -m graph``."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "export":
            run_export(args)
    except (GraphError, RecordsError) as exc:
        raise SystemExit(f"{PROG} {args.command}: {exc}") from None
    except BrokenPipeError:
        sys.exit(1)


if __name__ == "__main__":
    main()
