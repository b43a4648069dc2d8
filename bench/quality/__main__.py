"""python -m bench.quality [--split dev|test|all] [--lang nl|en|all] [--agreement]
[--save-baseline] [--json PATH] [--data DIR] [--shared DIR] [--no-meantime] [--misses]
[--wrong] [--wrong-times] [--names] [--event-typing-file PATH]"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bench.quality import corpus, report
from bench.quality.run import score, score_agreement, score_typing_file

BENCH = Path(__file__).resolve().parent.parent
LATEST = BENCH / "quality_latest.json"
BASELINE = BENCH / "quality_baseline.json"
#: What the explorer says about its confidence filter (ui/reliability.py) comes from here.
CALIBRATION = BENCH.parent / "data" / "calibration.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.quality",
        description=(
            "Score newsgraph's extraction on the yardstick (data/yardstick, docs/yardstick.md)."
        ),
    )
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--lang", choices=("nl", "en", "all"), default="all")
    parser.add_argument(
        "--agreement",
        action="store_true",
        help="only a-vs-b agreement of the gold files (no extraction)",
    )
    parser.add_argument("--save-baseline", action="store_true", help=f"also write {BASELINE.name}")
    parser.add_argument("--json", type=Path, default=LATEST, help="where to write the figures")
    parser.add_argument(
        "--data",
        type=Path,
        default=corpus.DEFAULT_DATA,
        help="a folder laid out like data/yardstick",
    )
    parser.add_argument(
        "--shared", type=Path, default=None, help="the shared corpora folder (default: ../shared)"
    )
    parser.add_argument("--baseline", type=Path, default=BASELINE, help=argparse.SUPPRESS)
    parser.add_argument(
        "--explain",
        nargs="+",
        metavar="ID",
        help="print the matching of these articles in detail (nothing is written)",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also sort the missed gold pairs by where they are lost (dev split only)",
    )
    parser.add_argument(
        "--wrong",
        action="store_true",
        help="also list the wrong predicted relations between gold entities (dev split only)",
    )
    parser.add_argument(
        "--wrong-times",
        action="store_true",
        help="also list the found gold relations and events whose date or mode is wrong"
        " (dev split only)",
    )
    parser.add_argument(
        "--names",
        action="store_true",
        help="also list the false, missed and split names (dev split only)",
    )
    parser.add_argument("--no-meantime", action="store_true", help="skip the MEANTIME names")
    parser.add_argument(
        "--event-typing-file",
        type=Path,
        metavar="PATH",
        help="only score event typing on this file (laid out like event_typing/LANG.tsv, every"
        " row whatever its split; the language from --lang or a name ending in _en.tsv or"
        " _nl.tsv) and list the sentences typed wrong, e.g. bench/probes/event_typing_en.tsv",
    )
    args = parser.parse_args(argv)
    if args.event_typing_file:
        return _typing_file(args)

    if not (args.data / "articles.tsv").is_file():
        print(
            f"{args.data}: no articles.tsv; --data must be a folder laid out like data/yardstick",
            file=sys.stderr,
        )
        return 2
    if args.save_baseline and (args.agreement or args.explain):
        print(
            "--save-baseline saves the extraction figures: not with --agreement or --explain",
            file=sys.stderr,
        )
        return 2
    if (args.misses or args.wrong or args.wrong_times or args.names) and (
        args.split != "dev" or args.agreement
    ):
        print(
            "--misses, --wrong, --wrong-times and --names print dev sentences:"
            " only with --split dev",
            file=sys.stderr,
        )
        return 2
    langs = list(corpus.LANGS) if args.lang == "all" else [args.lang]
    started = time.perf_counter()
    try:
        if args.agreement:
            result = score_agreement(args.data, args.split, langs, args.shared)
        else:
            result = score(
                args.data,
                args.split,
                langs,
                shared=args.shared,
                with_meantime=not args.no_meantime,
                explain=args.explain,
                misses=args.misses,
                wrong=args.wrong,
                wrong_times=args.wrong_times,
                names=args.names,
            )
    except FileNotFoundError as err:
        print(err, file=sys.stderr)
        return 2
    seconds = round(time.perf_counter() - started, 1)
    if args.explain:
        print(
            "\n\n".join(result.explained) or "no such article with gold in this split and language"
        )
        return 0

    show = report.agreement_table if args.agreement else report.tables
    print(show(result.figures, result.counts, args.split, langs))
    tables = [*result.misses.values(), *result.wrong.values()]
    for table in [*tables, *result.wrong_times.values(), *result.names.values()]:
        print("\n" + table)
    if result.problems:
        print(f"\n{len(result.problems)} problems in the data (first 20):")
        for problem in result.problems[:20]:
            print("  " + problem)
    payload = {
        "meta": {
            "split": args.split,
            "langs": langs,
            "agreement": args.agreement,
            "data": str(args.data),
            "articles": result.articles,
            "seconds": seconds,
        },
        "figures": result.figures,
        "counts": result.counts,
        "problems": result.problems,
    }
    if args.baseline.is_file() and not args.save_baseline:
        baseline = json.loads(args.baseline.read_text(encoding="utf8")).get("figures", {})
        text, _ = report.diff(result.figures, baseline)
        print(text)
    report.write_json(args.json, payload)
    print(f"\n{len(result.figures)} figures written to {args.json} ({seconds} s)")
    if args.save_baseline:
        report.write_json(args.baseline, payload)
        print(f"baseline written to {args.baseline}")
        if args.split == "dev" and not args.agreement:
            report.write_json(CALIBRATION, report.calibration(result.counts, langs))
            print(f"calibration written to {CALIBRATION}")
    return 0


def _typing_file(args: argparse.Namespace) -> int:
    """The --event-typing-file run: one language's event typing on a file of our own."""
    path = args.event_typing_file
    lang = args.lang
    if lang == "all":
        lang = next((x for x in corpus.LANGS if path.name.endswith(f"_{x}.tsv")), "all")
    if lang == "all":
        print(f"{path}: say the language with --lang en or --lang nl", file=sys.stderr)
        return 2
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 2
    if path.resolve().parent == (args.data / "event_typing").resolve():
        print(
            f"{path} is the yardstick's own set: score it with --split, not --event-typing-file",
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    result = score_typing_file(path, lang)
    print("\n".join(report.typing_lines(result.figures, result.counts, f"{lang}.probe")))
    print(f"\ntyped wrong (gold -> predicted):\n{result.wrong[lang]}")
    for problem in result.problems:
        print("  " + problem)
    payload = {
        "meta": {"event_typing_file": str(path), "langs": [lang]},
        "figures": result.figures,
        "counts": result.counts,
        "problems": result.problems,
        "seconds": round(time.perf_counter() - started, 1),
    }
    if args.json != LATEST:  # the yardstick's own figures stay in quality_latest.json
        report.write_json(args.json, payload)
        print(f"\n{len(result.figures)} figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
