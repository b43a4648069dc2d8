"""Errors raised by ``store``: one line naming the store and what went wrong.

``StoreError`` is independent of ``extract`` and ``graph`` so the app and both
command lines can open a store without importing either.
"""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot be opened, read or written (locked, read-only, corrupt, too new)."""
