"""The store's corrections table: saving, listing and undoing corrections inside a transaction.

A correction is a records-contract dict (:mod:`records.corrections`); the table keeps its fields
as columns (``time`` as ``made_at``) in the order they were made. Undoing one keeps its row with
``undone_at`` set, so the store remembers what was tried; only the others are applied.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, func, select

from records import RecordsError, empty_records, validate_records
from records.corrections import ACTION_FIELDS
from store.errors import StoreError
from store.schema import corrections

#: Record fields kept in columns of the same name (``time`` is ``made_at``).
FIELDS = ("id", "action", "note", *ACTION_FIELDS)


def check_correction(correction: Any) -> dict[str, Any]:
    """The correction if the records schema accepts it, else StoreError saying why (one line)."""
    try:
        validate_records({**empty_records(), "corrections": [correction]}, source="correction")
    except RecordsError as err:
        raise StoreError(str(err).replace("$.corrections[0]", "$")) from None
    return correction


def insert_correction(conn: Connection, correction: dict[str, Any]) -> None:
    """Save one (checked) correction after the others; StoreError if its id is taken."""
    check_correction(correction)
    taken = conn.scalar(select(corrections.c.id).where(corrections.c.id == correction["id"]))
    if taken is not None:
        raise StoreError(f"correction {correction['id']!r} is stored already")
    last = conn.scalar(select(func.max(corrections.c.ordinal))) or 0
    conn.execute(
        corrections.insert().values(
            ordinal=last + 1,
            made_at=correction["time"],
            **{name: correction.get(name) for name in FIELDS},
        )
    )


def list_corrections(conn: Connection, *, undone: bool = False) -> list[dict[str, Any]]:
    """The corrections in the order they were made: the active ones, or (``undone``) every one,
    the undone ones with their ``undone_at``."""
    query = select(corrections).order_by(corrections.c.ordinal)
    if not undone:
        query = query.where(corrections.c.undone_at.is_(None))
    out = []
    for row in conn.execute(query):
        record: dict[str, Any] = {"id": row.id, "action": row.action, "time": row.made_at}
        record.update(
            {name: getattr(row, name) for name in FIELDS[2:] if getattr(row, name) is not None}
        )
        if undone and row.undone_at is not None:
            record["undone_at"] = row.undone_at
        out.append(record)
    return out


def undo_correction(conn: Connection, correction_id: str) -> None:
    """Stop applying a correction; StoreError if there is no such active correction."""
    done = conn.execute(
        corrections.update()
        .where(corrections.c.id == correction_id, corrections.c.undone_at.is_(None))
        .values(undone_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    )
    if done.rowcount != 1:
        raise StoreError(f"no active correction {correction_id!r} to undo")


def corrections_fingerprint(conn: Connection) -> str:
    """Changes whenever a correction is saved or undone (a cache key, with the documents')."""
    total, undone = conn.execute(
        select(func.count(), func.count(corrections.c.undone_at)).select_from(corrections)
    ).one()
    return f"{total}:{undone}"
