"""The persistent corpus: documents and what was extracted from them, in SQLite or PostgreSQL.

Open a store and read records for ``graph.build.build_graph``::

    from store import open_store
    with open_store("corpus.db", read_only=True) as store:
        records = store.records(date_from="2025-12-01")

Importing the package loads no SQLAlchemy: the explorer imports it on every start, but opens
a store only when one is chosen (issue 20). ``StoreError`` is loaded at once (it is small and
caught everywhere); the rest on first use (PEP 562).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from store.errors import StoreError

if TYPE_CHECKING:
    from store.adding import Outcome, content_hash
    from store.api import Store, open_store

__all__ = ["Store", "StoreError", "Outcome", "content_hash", "open_store"]

#: Where each lazily loaded name lives.
_LAZY = {
    "Store": "store.api",
    "open_store": "store.api",
    "Outcome": "store.adding",
    "content_hash": "store.adding",
}


def __getattr__(name: str) -> Any:
    """Load a name of ``_LAZY`` (and with it SQLAlchemy) on first use."""
    if name not in _LAZY:
        raise AttributeError(f"module 'store' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
