"""Speed, memory and size of the store when ingesting 1,000 and 10,000 synthetic articles.

Run: ``python bench/ingest_bench.py [--sizes 1000 10000] [--repeat 5]``.

The records are synthetic (made here, no spaCy): this measures the store and
the ingest plumbing (dedupe by hash, one transaction per article, entity
linking by alias, records split per article), not extraction, which costs far
more per article and is measured by bench/extract_bench.py. Each article has
20 sentences (~3 KB), 24 mentions of 12 entities (knowledge-base ids from a
pool of 400, and names outside the knowledge base from a pool of 3,000, a
third of them spelled differently so the linker must look them up) and 20
relations, like a real article's output.

Each line: the median of R runs (>= 5) on a fresh SQLite file, articles per
second, peak traced Python memory (one extra run under tracemalloc, not
timed) and the store's size on disk. Goals (issue 6): time grows linearly
(seconds per article at 10,000 within 1.5x of 1,000), and re-ingesting the
same 10,000 articles is a no-op under 5% of the first ingest.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.documents import Document  # noqa: E402
from extract.ingest import ingest_documents  # noqa: E402
from records import merge_records  # noqa: E402
from store import open_store  # noqa: E402

SEED = 6
FIRST = [
    "Anna",
    "Pieter",
    "Olena",
    "Jared",
    "Maria",
    "Taras",
    "Sophie",
    "Yuri",
    "Emma",
    "Marco",
    "Karel",
    "Iryna",
]
LAST = [
    "Jansen",
    "Kovalenko",
    "Bakker",
    "Shevchenko",
    "Visser",
    "Melnyk",
    "Smit",
    "Bondarenko",
    "Mulder",
    "Tkachenko",
    "de Boer",
    "Kravchenko",
    "Dekker",
    "Oliynyk",
    "Brouwer",
]
TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "STATEMENT",
    "CO_OCCURS",
]


def synthetic_corpus(n: int, seed: int = SEED) -> tuple[list[Document], dict[str, dict[str, Any]]]:
    """``n`` documents and, per document id, the records extraction would have produced."""
    rng = random.Random(seed)
    kb = [
        (f"kb:k{i}", f"Known Entity {i}", rng.choice(["PERSON", "ORG", "COUNTRY", "LOCATION"]))
        for i in range(400)
    ]
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}" for i in range(3000)]
    docs, records = [], {}
    for d in range(n):
        did = f"art{d:05d}"
        chosen = [(eid, label, t) for eid, label, t in rng.sample(kb, 6)]
        for name in rng.sample(people, 6):
            spelled = (
                name.upper() if rng.random() < 0.33 else name
            )  # another spelling of the same person
            chosen.append(
                (f"person:{spelled.lower().replace(' ', '-')}-{d % 7}", spelled, "PERSON")
            )
        sentences, mentions, relations, offset, parts = [], [], [], 0, []
        for k in range(20):
            a, b = chosen[(2 * k) % 12], chosen[(2 * k + 1) % 12]
            text = (
                f"{a[1]} met {b[1]} on day {d} to discuss item {k} of the plan, according to "
                "officials who spoke on condition of anonymity."
            )
            sentences.append(
                {
                    "id": f"{did}:{k}",
                    "doc": did,
                    "index": k,
                    "start": offset,
                    "end": offset + len(text),
                    "text": text,
                }
            )
            if k < 12:
                for ent, start in ((a, 0), (b, len(a[1]) + 5)):
                    mentions.append(
                        {
                            "entity": ent[0],
                            "sentence": f"{did}:{k}",
                            "start": offset + start,
                            "end": offset + start + len(ent[1]),
                            "text": ent[1],
                        }
                    )
            relations.append(
                {
                    "id": f"{did}:r{k}",
                    "source": a[0],
                    "target": b[0],
                    "type": rng.choice(TYPES),
                    "trigger": "met",
                    "negated": False,
                    "sentence": f"{did}:{k}",
                    "confidence": 0.7,
                    "date": "2025-12-02",
                    "trigger_start": offset + len(a[1]) + 1,
                    "trigger_end": offset + len(a[1]) + 4,
                }
            )
            parts.append(text)
            offset += len(text) + 1
        text = "\n".join(parts)
        counts = {eid: sum(m["entity"] == eid for m in mentions) for eid, _, _ in chosen}
        records[did] = {
            "documents": [
                {
                    "id": did,
                    "title": f"Article {d}",
                    "language": "en",
                    "date": "2025-12-03",
                    "source": f"{did}.txt",
                    "text": text,
                }
            ],
            "sentences": sentences,
            "entities": [
                {
                    "id": eid,
                    "label": label,
                    "type": t,
                    "aliases": [label],
                    "country": None,
                    "mentions": counts[eid],
                }
                for eid, label, t in chosen
            ],
            "mentions": mentions,
            "relations": relations,
        }
        docs.append(
            Document(
                id=did,
                title=f"Article {d}",
                text=text,
                source=f"{did}.txt",
                date="2025-12-03",
                language="en",
            )
        )
    return docs, records


def synthetic_extractor(records: dict[str, dict[str, Any]]) -> Callable[..., tuple[dict, list]]:
    """An extractor that returns the prepared records of a chunk (what extract_chunk would)."""

    def run(chunk: list[Document], progress: object = None) -> tuple[dict, list]:
        return merge_records(records[d.id] for d in chunk), []

    return run


def ingest(docs: list[Document], records: dict, db: Path) -> tuple[float, int]:
    """Seconds to ingest ``docs`` into ``db``, and how many were added."""
    extractor = synthetic_extractor(records)
    with open_store(db) as store:
        start = time.perf_counter()
        summary = ingest_documents(docs, store, extractor=extractor, chunk_size=128)
        seconds = time.perf_counter() - start
    return seconds, len(summary.added)


def store_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python bench/ingest_bench.py", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[1000, 10000],
        help="corpus sizes (default 1000 10000)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per size, >= 5 (default 5)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="ingest_bench."))
    per_article: dict[int, float] = {}
    try:
        for n in args.sizes:
            docs, records = synthetic_corpus(n)
            times = []
            for run in range(args.repeat):
                db = workdir / f"n{n}-{run}.db"
                seconds, added = ingest(docs, records, db)
                assert added == n, f"added {added} of {n}"
                times.append(seconds)
            first = statistics.median(times)
            size = store_bytes(workdir / f"n{n}-0.db")
            tracemalloc.start()
            ingest(docs, records, workdir / f"n{n}-mem.db")
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            per_article[n] = first / n
            print(
                f"ingest {n:>6} synthetic articles: median {first:.2f} s, "
                f"{n / first:.0f} articles/s, "
                f"peak traced memory {peak / 2**20:.0f} MiB, store {size / 2**20:.1f} MiB "
                f"({size / n / 1024:.1f} KiB/article)"
            )
            again = []
            for run in range(args.repeat):
                seconds, added = ingest(docs, records, workdir / f"n{n}-0.db")
                assert added == 0
                again.append(seconds)
            noop = statistics.median(again)
            print(
                f"re-ingest the same {n:>6}: median {noop:.3f} s, {100 * noop / first:.1f}% of the "
                "first ingest "
                f"(goal < 5%, ratio {noop / first / 0.05:.2f})"
            )
            for f in workdir.glob(f"n{n}-*"):
                f.unlink()
        sizes = sorted(per_article)
        if len(sizes) >= 2:
            small, large = sizes[0], sizes[-1]
            growth = per_article[large] / per_article[small]
            print(
                f"growth: seconds per article at {large} / at {small} = {growth:.2f} (goal: "
                f"linear, <= 1.5, ratio {growth / 1.5:.2f})"
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
