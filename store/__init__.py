"""The persistent corpus: documents and what was extracted from them, in SQLite or PostgreSQL.

>>> from store import open_store   # doctest: +SKIP
>>> store = open_store("corpus.db")  # doctest: +SKIP
>>> records = store.records(date_from="2025-12-01")  # doctest: +SKIP
"""

from store.api import Store, open_store
from store.errors import StoreError
from store.ingest import Outcome, content_hash

__all__ = ["Store", "StoreError", "Outcome", "content_hash", "open_store"]
