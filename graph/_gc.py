"""Pause Python's cyclic garbage collector while building large graphs.

Building a graph allocates hundreds of thousands of dicts and tuples that stay alive. Each
allocation burst triggers collections that rescan every object already built, which made
building the 200,000-relation benchmark graph about four times slower. Nothing built here
forms garbage cycles that must be collected during the build, so collection simply waits.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic GC inside the block; restore its previous state afterwards.

    >>> with paused_gc():
    ...     gc.isenabled()
    False
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
