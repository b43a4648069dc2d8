"""The persistent corpus: documents and what was extracted from them, in SQLite or PostgreSQL.

Open a store and read records for ``graph.build.build_graph``::

    from store import open_store
    with open_store("corpus.db", read_only=True) as store:
        records = store.records(date_from="2025-12-01")
"""

from store.adding import Outcome, content_hash
from store.api import Store, open_store
from store.errors import StoreError

__all__ = ["Store", "StoreError", "Outcome", "content_hash", "open_store"]
