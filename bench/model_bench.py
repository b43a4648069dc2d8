"""Speed of the shipped Dutch pipeline nl_newsgraph_sm on one CPU core.

Prints the median of 5 runs over a fixed text set (the sentences of UD Alpino test, news, about
11,000 words, plus the sample article) for: the full pipeline, and the tokenizer alone as the
same-run baseline. Also the median load time of 5 fresh processes. Goals: >= 5,000 words/s and
< 2 s to load.

Usage: .venv/bin/python bench/model_bench.py
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

MODEL = "nl_newsgraph_sm"
REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO / "training/assets/ud_dutch_alpino/nl_alpino-ud-test.conllu"
SAMPLE = REPO / "data/corpus/sample/000_5b4120fcf4eb73ee.txt"
RUNS = 5
GOAL_WPS = 5000.0
GOAL_LOAD_S = 2.0
LOAD_SNIPPET = (
    "import time, spacy; t = time.perf_counter(); spacy.load(%r); print(time.perf_counter() - t)"
    % MODEL
)


def texts() -> list[str]:
    """The fixed text set: Alpino test sentences (from '# text =' lines) and the sample article."""
    lines = TEXTS.read_text(encoding="utf8").splitlines()
    sents = [line.split("=", 1)[1].strip() for line in lines if line.startswith("# text =")]
    return sents + SAMPLE.read_text(encoding="utf8").split("\n\n")


def words_per_second(process, docs: list[str], n_words: int) -> float:
    """Median words/s of ``RUNS`` passes of ``process`` over ``docs``."""
    rates = []
    for _ in range(RUNS):
        start = time.perf_counter()
        process(docs)
        rates.append(n_words / (time.perf_counter() - start))
    return statistics.median(rates)


def load_seconds() -> float:
    """Median time of spacy.load in ``RUNS`` fresh single-core processes (import of spaCy
    excluded)."""
    times = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", LOAD_SNIPPET],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ,
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def main() -> None:
    """Run the benchmark and print medians, goals and ratios."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    nlp = spacy.load(MODEL)
    docs = texts()
    n_words = sum(len(d) for d in nlp.tokenizer.pipe(docs))
    nlp(docs[0])  # warm up
    full = words_per_second(lambda ds: list(nlp.pipe(ds, batch_size=64)), docs, n_words)
    tok = words_per_second(lambda ds: list(nlp.tokenizer.pipe(ds)), docs, n_words)
    load = load_seconds()
    print(
        f"{MODEL} {nlp.meta['version']} on one core, {len(docs)} texts, {n_words} words, "
        f"median of {RUNS}"
    )
    print(
        f"  full pipeline   {full:9.0f} words/s   goal >= {GOAL_WPS:.0f}   "
        f"ratio {full / GOAL_WPS:.2f}"
    )
    print(
        f"  tokenizer only  {tok:9.0f} words/s   (baseline; pipeline costs {tok / full:.1f}x the "
        "tokenizer)"
    )
    print(
        f"  load            {load:9.2f} s         goal <  {GOAL_LOAD_S:.0f}      "
        f"ratio {load / GOAL_LOAD_S:.2f}"
    )


if __name__ == "__main__":
    main()
