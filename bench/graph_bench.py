"""Speed and memory of graph/ on a synthetic corpus: 50,000 entities, 200,000 relations.

Run: ``python bench/graph_bench.py [--entities N] [--relations M] [--repeat R]``.
Prints one line per measurement: the median of R runs (>= 5), the goal and the ratio.
Setup (generating the records) stays outside the timed regions. Goals (issue 4): build < 5 s,
each filter < 100 ms, GEXF and GraphML export < 10 s, peak memory < 2 GB; build time is also
shown for 5k..50k entities. The PNG and HTML snapshots of a 5,000-entity graph (the app's big
stored corpus) each take < 30 s (``--skip-snapshots`` leaves them out).

A filter's time is the apply_filters call. Its view is built in that call (plain dicts, no
lazy predicates; tests/graph/test_graph_filters.py checks this), so reading it afterwards costs
what reading any graph of its size costs. Each filter line also shows the call plus iterating
the view's edges, beside the baseline of iterating G's own edges. What a graph's first filters
build once and keep (the index, G without CO_OCCURS, its arrays) is timed on its own lines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import graph.index  # noqa: E402
import graph.layout  # noqa: E402
from graph.build import build_graph  # noqa: E402
from graph.export import export_bytes  # noqa: E402
from graph.filters import FilterSpec, apply_filters  # noqa: E402
from graph.index import graph_index  # noqa: E402
from graph.views import aggregate  # noqa: E402
from records import ENTITY_TYPES, RELATION_TYPES, validate_records  # noqa: E402

SEED = 4
WORDS = [
    "Putin",
    "Witkoff",
    "Trump",
    "Kushner",
    "Ushakov",
    "Zelensky",
    "Macron",
    "Rubio",
    "Moscow",
    "Kyiv",
    "Kremlin",
    "Europe",
    "Ukraine",
    "Russia",
    "Washington",
    "Paris",
]


def synthetic_records(entities: int, relations: int, seed: int = SEED) -> dict:
    """Records in the schema's shape: skewed degrees (a few hubs), 1 sentence per relation."""
    rng = random.Random(seed)
    n_docs = max(10, relations // 100)
    start = dt.date(2025, 1, 1)
    documents = [
        {
            "id": f"doc{i}",
            "title": f"article {i}",
            "language": rng.choice(["nl", "en"]),
            "date": (start + dt.timedelta(days=rng.randrange(365))).isoformat(),
            "source": f"corpus/doc{i}.txt",
            "text": "",
        }
        for i in range(n_docs)
    ]
    kinds = rng.choices(ENTITY_TYPES, weights=[50, 20, 5, 15, 10], k=entities)
    ents = []
    for i, kind in enumerate(kinds):
        name = f"{rng.choice(WORDS)} {i}"
        ent = {
            "id": f"kb:e{i}",
            "label": name,
            "type": kind,
            "aliases": [name.lower()],
            "country": rng.choice(["RUS", "UKR", "USA", None]),
            "mentions": int(rng.paretovariate(1.5)),
        }
        if kind == "EVENT":
            ent["event"] = {
                "type": rng.choice(RELATION_TYPES[:17]),
                "trigger": "met",
                "location": None,
                "date": documents[i % n_docs]["date"],
            }
        ents.append(ent)
    sentences, rels = [], []
    types = list(RELATION_TYPES)
    type_weights = [4] * 17 + [3, 1, 2, 3, 10]  # many CO_OCCURS, as in real output
    # preferential attachment: endpoints drawn from a Pareto-ish rank distribution
    ranks = [min(entities - 1, int(rng.paretovariate(0.7)) - 1) for _ in range(2 * relations)]
    rng.shuffle(ranks)
    for j in range(relations):
        doc = documents[j % n_docs]
        sid = f"{doc['id']}:{j // n_docs}"
        text = f"Sentence {j} about {rng.choice(WORDS)} and {rng.choice(WORDS)}."
        sentences.append(
            {
                "id": sid,
                "doc": doc["id"],
                "index": j // n_docs,
                "start": 0,
                "end": len(text),
                "text": text,
            }
        )
        u = ranks[2 * j] if rng.random() < 0.5 else rng.randrange(entities)
        v = ranks[2 * j + 1] if rng.random() < 0.5 else rng.randrange(entities)
        if u == v:
            v = (v + 1) % entities
        kind = rng.choices(types, weights=type_weights)[0]
        rel = {
            "id": f"r{j}",
            "source": f"kb:e{u}",
            "target": f"kb:e{v}",
            "type": kind,
            "trigger": "" if kind == "CO_OCCURS" else "said",
            "negated": rng.random() < 0.05,
            "sentence": sid,
            "confidence": round(rng.random(), 2),
        }
        if kind == "PARTICIPANT":
            rel["role"] = rng.choice(["source", "target"])
        rels.append(rel)
    mentions = [
        {"entity": r["source"], "sentence": r["sentence"], "start": 0, "end": 1, "text": "x"}
        for r in rels[: relations // 2]
    ]
    return {
        "schema_version": 1,
        "documents": documents,
        "sentences": sentences,
        "entities": ents,
        "mentions": mentions,
        "relations": rels,
    }


def timings(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def report(what: str, seconds: list[float], goal: float, unit: str = "s") -> None:
    med = statistics.median(seconds)
    scale = 1000 if unit == "ms" else 1
    print(
        f"{what:<44} median {med * scale:9.1f} {unit}  (min {min(seconds) * scale:.1f}, "
        f"n={len(seconds)})  goal {goal:g} {unit}  ratio {med * scale / goal:.2f}",
        flush=True,
    )


#: The app's big stored corpus: its PNG and HTML snapshots of the whole graph.
SNAPSHOT_SIZE = (5_000, 20_000)


def snapshot_exports(repeat: int) -> None:
    """PNG and HTML of the whole 5,000/20,000 graph with its layout cached (the app and the
    CLI lay a graph out once); goal 30 s each, so an export never looks like a hang."""
    G = build_graph(synthetic_records(*SNAPSHOT_SIZE))
    export_bytes(G, "gexf")  # lays it out once, outside the timed runs
    for fmt in ("png", "html"):
        seconds = timings(lambda fmt=fmt, G=G: export_bytes(G, fmt), repeat)
        report(f"export {fmt} ({SNAPSHOT_SIZE[0]:,} entities, whole graph)", seconds, 30.0)
    del G
    gc.collect()


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(prog="python bench/graph_bench.py", description=__doc__)
    parser.add_argument("--entities", type=int, default=50_000)
    parser.add_argument("--relations", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (>= 5)")
    parser.add_argument("--skip-growth", action="store_true", help="skip the 5k..50k series")
    parser.add_argument(
        "--skip-snapshots", action="store_true", help="skip the PNG and HTML of a 5k graph"
    )
    args = parser.parse_args()
    repeat = max(5, args.repeat)

    print(
        f"python {sys.version.split()[0]}; synthetic records: {args.entities:,} entities, "
        f"{args.relations:,} relations; median of {repeat} runs",
        flush=True,
    )
    records = synthetic_records(args.entities, args.relations)
    rss_records = peak_rss_mb()

    t0 = time.perf_counter()
    validate_records(records, source="synthetic")
    print(
        f"{'validate records (schema + references), 1 run':<44} {time.perf_counter() - t0:9.1f} s"
        "  (no goal; load_records(validate=False) skips it)",
        flush=True,
    )

    report("build_graph", timings(lambda: build_graph(records), repeat), 5.0)
    G = build_graph(records)
    print(f"  graph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges", flush=True)
    report(
        "graph_index (once per graph, first filter)",
        timings(lambda: graph.index._build(G), repeat),
        5.0,
    )
    graph_index(G)
    iterate_g = timings(lambda: sum(1 for _ in G.edges(keys=True)), repeat)
    print(
        f"{'baseline: iterate all edges of G itself':<44} median "
        f"{statistics.median(iterate_g) * 1000:9.1f} ms  (no goal)",
        flush=True,
    )
    hub = max(G.degree, key=lambda nd: nd[1])[0]
    some = next(n for n, d in G.degree if 3 <= d <= 10)
    label = G.nodes[some]["label"]
    docs = tuple(sorted(G.graph["documents"])[:20])
    filters = {
        "default (CO_OCCURS hidden, isolates dropped)": FilterSpec(),
        "show_cooccurrence": FilterSpec(show_cooccurrence=True),
        "relation_types THREATEN+ASSAULT": FilterSpec(relation_types=("THREATEN", "ASSAULT")),
        "entity_types PERSON+COUNTRY": FilterSpec(entity_types=("PERSON", "COUNTRY")),
        "period: one month": FilterSpec(date_from="2025-06-01", date_to="2025-06-30"),
        "documents: 20 of them": FilterSpec(documents=docs),
        "min_mentions 3": FilterSpec(min_mentions=3),
        "min_weight 1 (all)": FilterSpec(min_weight=1),
        f"actor {label!r} radius 2": FilterSpec(actors=(some,), radius=2),
        "actor = biggest hub, radius 1": FilterSpec(actors=(hub,), radius=1),
        "text search 'kushner 1'": FilterSpec(text="kushner 1"),
        "top_k 200": FilterSpec(top_k=200),
        "combined (types+period+top_k)": FilterSpec(
            relation_types=("CONSULT", "ACCUSE", "AGREE"),
            date_from="2025-03-01",
            date_to="2025-09-30",
            top_k=500,
        ),
    }
    once = {  # first use on this graph: each builds something the later filters reuse
        "cut CO_OCCURS out of G (first default view)": FilterSpec(),
        "arrays of that cut (first ego view)": FilterSpec(actors=(hub,), radius=1),
        "ids in order (first top_k view)": FilterSpec(top_k=200),
    }
    for name, spec in once.items():
        t0 = time.perf_counter()
        apply_filters(G, spec)
        print(
            f"{'once per graph: ' + name:<44} {(time.perf_counter() - t0) * 1000:9.1f} ms"
            "  (1 run, includes that filter)",
            flush=True,
        )
    for name, spec in filters.items():
        created = timings(lambda spec=spec: apply_filters(G, spec), repeat)
        read = timings(lambda spec=spec: sum(1 for _ in apply_filters(G, spec).edges), repeat)
        shown = apply_filters(G, spec)
        report(f"filter {name}", created, 100, "ms")
        print(
            f"  -> {shown.number_of_nodes():,} nodes, {shown.number_of_edges():,} edges; "
            f"filter + iterate its edges: median {statistics.median(read) * 1000:.1f} ms",
            flush=True,
        )
    spec = FilterSpec(top_k=200)
    H = apply_filters(G, spec)
    seconds = timings(lambda view=H: aggregate(view), repeat)
    print(
        f"{'aggregate(top_k 200 view, ' + format(H.number_of_edges(), ',') + ' edges)':<44} "
        f"median {statistics.median(seconds) * 1000:9.1f} ms  (no goal)",
        flush=True,
    )
    del H
    gc.collect()

    def first_export() -> None:  # the whole graph's layout is computed, not cached
        graph.layout._CACHE.clear()
        export_bytes(G, "gexf")

    report("export gexf, first (layout computed)", timings(first_export, repeat), 10.0)
    for fmt in ("gexf", "graphml"):
        sizes = []
        seconds = timings(lambda fmt=fmt: sizes.append(len(export_bytes(G, fmt))), repeat)
        report(f"export {fmt} (full graph, in memory)", seconds, 10.0)
        print(f"  -> {sizes[-1] / 1e6:.0f} MB", flush=True)
        gc.collect()

    if not args.skip_snapshots:
        snapshot_exports(repeat)

    peak = peak_rss_mb()
    print(
        f"{'peak memory (max RSS of this process)':<44} {peak:9.0f} MB  goal 2048 MB  ratio "
        f"{peak / 2048:.2f}  (after generating the records: {rss_records:.0f} MB)",
        flush=True,
    )

    if not args.skip_growth:
        base = None
        for n in (5_000, 10_000, 20_000, 50_000):
            recs = synthetic_records(n, 4 * n)
            med = statistics.median(timings(lambda recs=recs: build_graph(recs), repeat))
            base = base or med
            print(
                f"build growth: {n:>6,} entities, {4 * n:>7,} relations  median {med:6.2f} s"
                f"  x{med / base:5.1f} vs 5k (size x{n / 5000:g})",
                flush=True,
            )


if __name__ == "__main__":
    main()
