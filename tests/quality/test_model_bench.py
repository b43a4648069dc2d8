"""bench/model_bench.py runs and prints both load figures (never timed here: the machine
running tests is no benchmark)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "model_bench.py"


@pytest.mark.model
@pytest.mark.slow
def test_model_bench_prints_the_model_and_the_whole_pipeline_load() -> None:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--load-only", "--runs", "1"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures = {
        label: float(seconds)
        for label, seconds in re.findall(r"load \((model|pipeline)\)\s+([\d.]+) s wall", out)
    }
    assert set(figures) == {"model", "pipeline"}
    assert len(re.findall(r"[\d.]+ s CPU\s+goal <  2\s+ratio [\d.]+", out)) == 2
    assert all(seconds > 0 for seconds in figures.values())
