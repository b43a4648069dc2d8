"""Linking a new article's entities to the ones already in the store.

Knowledge-base entities (``kb:<key>``) have global ids and need nothing.
Other entities (``person:jared-kushner``) are matched to an existing entity of
the same type, first by an exact alias key (:func:`records.text.alias_key`: case,
accents and punctuation ignored: "Jared Kushner" = "jared kushner" = "Jared  Kushner"), then, for
names of two or more words, by a close spelling (rapidfuzz ratio >= 92, and
first and last names each >= 80: "Zelenski" ~ "Zelensky", not "John" ~ "Joan"). An alias
shared by two different entities is ambiguous and links to neither. Events are
never linked: each one belongs to its article.

Corrections (:mod:`store.corrections`) are honoured: a name of an entity that was merged into
another links to the one it became (so the names of both are no longer ambiguous), and a label
given by a rename or a type given by a retype is a name of that entity like its aliases.
"""

from __future__ import annotations

from typing import Iterable

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, select

from records.corrections import merge_map
from records.text import alias_key
from store.corrections import list_corrections
from store.schema import aliases, entities

FUZZY_CUTOFF = 92.0
PART_CUTOFF = 80.0


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
        self._names: dict[tuple[str, str], dict[str, set[str]]] | None = None

    def match(self, conn: Connection, new: list[dict]) -> dict[str, str]:
        """Map the ids of ``new`` entities (not stored under their own id) to stored entities they
        are.

        One query looks up every exact alias; only names left unmatched go to the fuzzy index.
        """
        keys_of = {
            e["id"]: {alias_key(name) for name in [e["label"], *e["aliases"]]} - {""} for e in new
        }
        wanted = sorted(set().union(*keys_of.values())) if keys_of else []
        if not wanted:
            return {}
        owners: dict[tuple[str, str], set[str]] = {}
        for start in range(0, len(wanted), 500):
            rows = conn.execute(
                select(aliases.c.entity_id, aliases.c.key, entities.c.type)
                .join(entities, entities.c.id == aliases.c.entity_id)
                .where(aliases.c.key.in_(wanted[start : start + 500]), entities.c.type != "EVENT")
            )
            for entity_id, key, type_ in rows:
                owners.setdefault((type_, key), set()).add(entity_id)
        merged = _honour_corrections(conn, owners, set(wanted))
        mapping = {}
        for e in new:
            found = set().union(*(owners.get((e["type"], key), set()) for key in keys_of[e["id"]]))
            label_owners = owners.get((e["type"], alias_key(e["label"])), set())
            if len(found) == 1:
                mapping[e["id"]] = next(iter(found))
            elif len(found) > 1:
                if len(label_owners) == 1:
                    mapping[e["id"]] = next(iter(label_owners))
            else:
                match = self._fuzzy(conn, e["type"], alias_key(e["label"]))
                if match:
                    mapping[e["id"]] = merged.get(match, match)
        return {old: target for old, target in mapping.items() if old != target}

    def _fuzzy(self, conn: Connection, type_: str, key: str) -> str | None:
        words = key.split()
        if len(words) < 2 or len(key) < 8:
            return None
        names = self._index(conn).get((type_, _block(key)), {})
        if not names:
            return None
        best = process.extract(
            key, names.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5
        )
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

    def _index(self, conn: Connection) -> dict[tuple[str, str], dict[str, set[str]]]:
        if self._names is None:
            self._names = {}
            rows = conn.execute(
                select(entities.c.type, aliases.c.key, aliases.c.entity_id)
                .join(entities, entities.c.id == aliases.c.entity_id)
                .where(entities.c.type != "EVENT", ~entities.c.id.startswith("kb:"))
            )
            self._add(rows)
        return self._names

    def remember(self, committed: list[tuple[str, str, str]]) -> None:
        """Add (type, key, entity id) rows that were just committed to the fuzzy index."""
        if self._names is not None:  # else it is read from the store when first needed
            self._add(committed)

    def _add(self, rows: Iterable[tuple[str, str, str]]) -> None:
        assert self._names is not None
        for type_, key, entity_id in rows:
            if len(key.split()) >= 2:
                self._names.setdefault((type_, _block(key)), {}).setdefault(key, set()).add(
                    entity_id
                )


def _honour_corrections(
    conn: Connection, owners: dict[tuple[str, str], set[str]], wanted: set[str]
) -> dict[str, str]:
    """Change ``owners`` ((type, name key) -> entity ids) as the stored corrections say: merged
    entities become the entity they were merged into; renamed and retyped entities own their
    new label and type. Returns the merge map (entity id -> the id it became)."""
    fixes = list_corrections(conn)
    if not fixes:
        return {}
    merged = merge_map(fixes)
    for names in owners.values():
        for entity_id in [i for i in names if i in merged]:
            names.discard(entity_id)
            names.add(merged[entity_id])
    kinds: dict[str, str] = {}
    for c in fixes:
        if c["action"] == "retype":
            kinds[merged.get(c["entity"], c["entity"])] = c["type"]
    extra: list[tuple[str, str]] = [
        (merged.get(c["entity"], c["entity"]), alias_key(c["label"]))
        for c in fixes
        if c["action"] == "rename" and alias_key(c["label"]) in wanted
    ]
    stored_kind = {}
    ids = sorted({i for i, _ in extra} | set(kinds))
    if ids:
        rows = conn.execute(select(entities.c.id, entities.c.type).where(entities.c.id.in_(ids)))
        stored_kind = {entity_id: kind for entity_id, kind in rows}
    for entity_id, key in extra:
        kind = kinds.get(entity_id) or stored_kind.get(entity_id)
        if kind:
            owners.setdefault((kind, key), set()).add(entity_id)
    for (kind, key), names in list(owners.items()):
        for entity_id in names:
            if kinds.get(entity_id, kind) != kind:
                owners.setdefault((kinds[entity_id], key), set()).add(entity_id)
    return merged


def _block(key: str) -> str:
    """The bucket a multi-word name is compared within: initials of its first and last word.

    Fuzzy matches need first and last names to be close anyway, so a name is
    only compared with names sharing both initials; this keeps the lookup
    cheap as the store grows.

    >>> _block("jared kushner")
    'jk'
    """
    words = key.split()
    return words[0][:1] + words[-1][:1]
