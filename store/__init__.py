"""The persistent corpus: documents and what was extracted from them, in SQLite or PostgreSQL.

Open a store and read records for ``graph.build.build_graph``::

    from store import open_store
    with open_store("corpus.db", read_only=True) as store:
        records = store.records(date_from="2025-12-01")
"""

from store.api import Store, open_store
from store.errors import StoreError
from store.ingest import Outcome, content_hash

__all__ = ["Store", "StoreError", "Outcome", "content_hash", "open_store"]
