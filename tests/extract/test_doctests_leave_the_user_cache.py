"""The doctests under ``extract/`` run with the same temporary cache as the tests: running them
(``pytest extract/kb.py``) writes nothing into the user's cache folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extract.cache import CACHE_ENV

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_kb_doctests_write_nothing_to_the_user_cache(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != CACHE_ENV}
    env.update(XDG_CACHE_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path / "home"))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "extract/kb.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not written, written
