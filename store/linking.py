"""Linking a new article's entities to the ones already in the store.

Knowledge-base entities (``kb:<key>``) have global ids and need nothing.
Other entities (``person:jared-kushner``) are matched to an existing entity of
the same type, first by an exact folded alias (case, accents and punctuation
ignored: "Jared Kushner" = "jared kushner" = "Jared  Kushner"), then, for
names of two or more words, by a close spelling (rapidfuzz ratio >= 92, and
first and last names each >= 80: "Zelenski" ~ "Zelensky", not "John" ~ "Joan"). An alias
shared by two different entities is ambiguous and links to neither. Events are
never linked: each one belongs to its article.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, select

from store.schema import aliases, entities

FUZZY_CUTOFF = 92.0
PART_CUTOFF = 80.0


def fold(name: str) -> str:
    """The key aliases are compared by.

    >>> fold("  Jared  KUSHNER ")
    'jared kushner'
    >>> fold("Zelens'kyj, Volodymyr")
    'zelenskyj volodymyr'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"['’`]", "", plain)
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())[:300]


def is_linkable(entity: dict) -> bool:
    """True for entities matched by name: not in the knowledge base, not events."""
    return not entity["id"].startswith("kb:") and entity["type"] != "EVENT"


class EntityLinker:
    """Finds the stored entity a new one is the same as; remembers stored names per type.

    The fuzzy index is filled from the store on first use and then extended
    with what this process commits (:meth:`remember`), so it stays cheap per
    article; exact alias matches always ask the database, so entities written
    by another writer are found too.
    """

    def __init__(self) -> None:
        self._names: dict[str, dict[str, set[str]]] | None = None

    def match(self, conn: Connection, entity: dict) -> str | None:
        """The id of the stored entity ``entity`` is the same as, or None."""
        keys = {fold(name) for name in [entity["label"], *entity["aliases"]]} - {""}
        if not keys:
            return None
        rows = conn.execute(
            select(aliases.c.entity_id, aliases.c.key)
            .join(entities, entities.c.id == aliases.c.entity_id)
            .where(aliases.c.key.in_(sorted(keys)), entities.c.type == entity["type"])
        ).all()
        label_key = fold(entity["label"])
        found = {row.entity_id for row in rows}
        if len(found) == 1:
            return found.pop()
        if len(found) > 1:
            by_label = {row.entity_id for row in rows if row.key == label_key}
            return by_label.pop() if len(by_label) == 1 else None
        return self._fuzzy(conn, entity["type"], label_key)

    def _fuzzy(self, conn: Connection, type_: str, key: str) -> str | None:
        words = key.split()
        if len(words) < 2 or len(key) < 8:
            return None
        names = self._index(conn).get(type_, {})
        if not names:
            return None
        best = process.extract(key, list(names), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5)
        for candidate, _score, _ in best:
            other = candidate.split()
            if (
                len(other) >= 2
                and fuzz.ratio(other[0], words[0]) >= PART_CUTOFF
                and fuzz.ratio(other[-1], words[-1]) >= PART_CUTOFF
                and len(names[candidate]) == 1
            ):
                return next(iter(names[candidate]))
        return None

    def _index(self, conn: Connection) -> dict[str, dict[str, set[str]]]:
        if self._names is None:
            self._names = {}
            rows = conn.execute(
                select(entities.c.type, aliases.c.key, aliases.c.entity_id)
                .join(entities, entities.c.id == aliases.c.entity_id)
                .where(entities.c.type != "EVENT", ~entities.c.id.startswith("kb:"))
            )
            for type_, key, entity_id in rows:
                self._names.setdefault(type_, {}).setdefault(key, set()).add(entity_id)
        return self._names

    def remember(self, committed: list[tuple[str, str, str]]) -> None:
        """Add (type, key, entity id) rows that were just committed to the fuzzy index."""
        if self._names is None:
            return
        for type_, key, entity_id in committed:
            self._names.setdefault(type_, {}).setdefault(key, set()).add(entity_id)
