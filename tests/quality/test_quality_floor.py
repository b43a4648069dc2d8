"""The quality floor: extraction on the yardstick's dev split may not fall below the baseline.

Runs ``python -m bench.quality --split dev`` in-process once per session (both languages, event
typing, cross-lingual agreement, MEANTIME names) and fails when a figure of
``bench/quality_baseline.json`` got more than 0.02 worse (lower, or higher for the split and
merge shares; STATEMENT's share and the calibration rows are only reported). After a change
that is meant to move the figures, or after new gold, regenerate the baseline with
``python -m bench.quality --split dev --save-baseline`` and commit it with the change.

``NEWSGRAPH_YARDSTICK`` points the run at another data folder (laid out like data/yardstick).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bench.quality import corpus, report
from bench.quality.run import score

pytestmark = [pytest.mark.model, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
BASELINE = REPO / "bench" / "quality_baseline.json"
LIMIT = 0.02
SPLIT = "dev"


def _in_run(key: str) -> bool:
    """Whether a baseline figure belongs to what this test computes (the dev split)."""
    if ".agreement." in key:
        return False
    return key.startswith(("meantime.", f"xling.{SPLIT}.")) or key.split(".")[1:2] == [SPLIT]


def read_baseline() -> dict[str, float]:
    if not BASELINE.is_file():
        pytest.fail(
            f"{BASELINE.relative_to(REPO)} is missing: generate it with "
            f"`python -m bench.quality --split {SPLIT} --save-baseline` and commit it",
            pytrace=False,
        )
    figures = json.loads(BASELINE.read_text(encoding="utf8")).get("figures", {})
    kept = {k: v for k, v in figures.items() if _in_run(k)}
    if not kept:
        pytest.fail(
            f"{BASELINE.relative_to(REPO)} has no {SPLIT}-split figures: regenerate it with "
            f"`python -m bench.quality --split {SPLIT} --save-baseline`",
            pytrace=False,
        )
    return kept


@pytest.fixture(scope="session")
def current() -> dict[str, float]:
    data = Path(os.environ.get("NEWSGRAPH_YARDSTICK") or corpus.DEFAULT_DATA)
    try:
        return score(data, SPLIT, list(corpus.LANGS)).figures
    except FileNotFoundError as err:  # the English texts live in the shared corpora
        pytest.fail(str(err), pytrace=False)


def test_no_figure_falls_below_the_baseline(current):
    baseline = read_baseline()
    fallen, vanished = [], []
    for key, before in sorted(baseline.items()):
        if key not in current:
            if report.direction(key):  # a reported-only figure may come and go with the predictions
                vanished.append(key)
        elif report.worse_by(key, current[key], before) > LIMIT + 1e-9:
            fallen.append(f"{key}: {before:.3f} -> {current[key]:.3f}")
    problems = []
    if fallen:
        problems.append(
            f"{len(fallen)} figures fell by more than {LIMIT} below the baseline:\n  "
            + "\n  ".join(fallen)
        )
    if vanished:
        problems.append(
            f"{len(vanished)} baseline figures were not computed (gold removed, or nothing left to "
            "measure them on):\n  " + "\n  ".join(vanished)
        )
    assert not problems, "\n".join(problems)
