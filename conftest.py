"""Shared test setup: no test or doctest reads or writes the user's cache.

``extract.cache`` keeps records (and ``extract.kb`` its parsed files) in ``~/.cache/newsgraph``
by default. Kept at the root, so it reaches the doctests of every package (``extract/kb.py``'s
``load_kb()``) as well as ``tests/``. Tests point
``NEWSGRAPH_CACHE`` at a temporary folder instead: one per session first (so an app started by a
module-scoped browser fixture inherits it), then one per test, so a stand-in extractor's records
never answer for the real pipeline in a later test.
"""

from __future__ import annotations

import pytest

from extract.cache import CACHE_ENV


@pytest.fixture(scope="session", autouse=True)
def _session_extraction_cache(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(CACHE_ENV, str(tmp_path_factory.mktemp("newsgraph-cache")))
        yield


@pytest.fixture(autouse=True)
def _extraction_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path_factory.mktemp("cache")))
