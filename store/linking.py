"""Linking a new article's entities to the ones already in the store.

Knowledge-base entities (``kb:<key>``) have global ids and need nothing.
Other entities (``person:jared-kushner``) are matched to an existing entity of
the same type, first by an exact alias key (:func:`records.text.alias_key`: case,
accents and punctuation ignored: "Jared Kushner" = "jared kushner" = "Jared  Kushner"), then, for
names of two or more words, by a close spelling (rapidfuzz ratio >= 92, and
first and last names each >= 80: "Zelenski" ~ "Zelensky", not "John" ~ "Joan"). An alias
shared by two different entities is ambiguous and links to neither. Events are
never linked: each one belongs to its article.

Corrections (:mod:`store.corrections`) are honoured so that undoing one gives the graph one would
have had without it, whenever the articles came in. A new entity is stored as the names say
*without* the merges (a name of a merged-away entity links to that entity, and the merge maps it
when records are read); a name that is ambiguous without the merges keeps its own entity, with the
stored entities it could have meant (``name_candidates``), and :func:`name_merges` links it when the
merges in force make those one. A label given by a rename or a type given by a retype is a name of
that entity like its aliases; a stored entity labelled by such a name before the correction was
made gets the candidates at read time that it would have got after it (:func:`name_merges`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, select

from records.corrections import merge_map
from records.ids import KB_PREFIX, is_kb_id
from records.text import alias_key
from store.corrections import list_corrections
from store.schema import aliases, entities, in_chunks, name_candidates

FUZZY_CUTOFF = 92.0
PART_CUTOFF = 80.0

#: What a stored entity needs to own a name by corrections: a rename in force to a label of
#: this key, and a retype in force to this type (None: nothing).
Condition = tuple[str | None, str | None]

#: The corrections that change which entity a name means.
LINKING = ("merge", "rename", "retype")


def is_linkable(entity: dict) -> bool:
    """True for entities matched by name: not in the knowledge base, not events."""
    return not is_kb_id(entity["id"]) and entity["type"] != "EVENT"


class EntityLinker:
    """Finds the stored entity a new one is the same as; remembers stored names per type.

    The fuzzy index is filled from the store on first use and then extended
    with what this process commits (:meth:`remember`), so it stays cheap per
    article; exact alias matches always ask the database, so entities written
    by another writer are found too.
    """

    def __init__(self) -> None:
        self._names: dict[tuple[str, str], dict[str, set[str]]] | None = None

    def match(self, conn: Connection, new: list[dict]) -> Links:
        """How the ``new`` entities (not stored under their own id) link to stored entities.

        One query looks up every exact alias; only names left unmatched go to the fuzzy index.
        """
        keys_of = {
            e["id"]: {alias_key(name) for name in [e["label"], *e["aliases"]]} - {""} for e in new
        }
        wanted = sorted(set().union(*keys_of.values())) if keys_of else []
        links = Links()
        if not wanted:
            return links
        owners: dict[tuple[str, str], set[str]] = {}
        for chunk in in_chunks(wanted):
            rows = conn.execute(
                select(aliases.c.entity_id, aliases.c.key, entities.c.type)
                .join(entities, entities.c.id == aliases.c.entity_id)
                .where(aliases.c.key.in_(chunk), entities.c.type != "EVENT")
            )
            for entity_id, key, type_ in rows:
                owners.setdefault((type_, key), set()).add(entity_id)
        fixes = list_corrections(conn)
        shown = resolver(conn, fixes)
        extra = _corrected_owners(conn, fixes, owners, set(wanted), shown)
        for e in new:
            kind, label = e["type"], alias_key(e["label"])
            found = set().union(*(owners.get((kind, key), set()) for key in keys_of[e["id"]]))
            by_label = owners.get((kind, label), set())
            target = decide(found, by_label)
            if target is None and not found:
                target = self._fuzzy(conn, kind, label)
            if target is not None:  # by its names alone, as without the corrections
                if target != e["id"]:
                    links.stored[e["id"]] = target
                    links.shown[e["id"]] = shown(target)
                continue
            more: dict[str, Condition] = {}
            for key in keys_of[e["id"]]:
                for c, condition in extra.get((kind, key), {}).items():
                    if c not in found:
                        _keep_weakest(more, c, condition)
            if len(found) + len(more) == 0:
                continue
            label_too = {c for c in more if c in extra.get((kind, label), {})}
            links.candidates[e["id"]] = sorted(
                [(c, c in by_label, None, None) for c in found]
                + [(c, c in label_too, *more[c]) for c in more]
            )
            target = decide(
                {shown(c) for c in {*found, *more}}, {shown(c) for c in {*by_label, *label_too}}
            )
            if target is not None and target != e["id"]:
                links.shown[e["id"]] = target
        return links

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
                .where(entities.c.type != "EVENT", ~entities.c.id.startswith(KB_PREFIX))
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


@dataclass
class Links:
    """What linking decided for an article's new entities.

    ``stored``: entity id -> the stored entity it is stored as (by names, merges aside);
    ``shown``: entity id -> the entity it shows as under the corrections in force (the ingest
    report's "linked"); ``candidates``: entity id (stored under its own id because its name was
    ambiguous, or named a stored entity only by a rename or retype) -> the stored entities the
    name could mean, whether by its label, and what each needs (:data:`Condition`).
    """

    stored: dict[str, str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)
    candidates: dict[str, list[tuple[str, bool, str | None, str | None]]] = field(
        default_factory=dict
    )


def decide(found: set[str], by_label: set[str]) -> str | None:
    """The one entity a name means: the only owner of any of its names, else the only owner of
    its label, else none (ambiguous, or unknown).

    >>> decide({"a"}, set()), decide({"a", "b"}, {"b"}), decide({"a", "b"}, {"a", "b"})
    ('a', 'b', None)
    """
    if len(found) == 1:
        return next(iter(found))
    if len(found) > 1 and len(by_label) == 1:
        return next(iter(by_label))
    return None


def name_merges(conn: Connection, fixes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merges (correction records, not stored) of the entities kept apart for their name into
    the one entity the corrections among ``fixes`` make of whom the name could mean.

    A name is kept apart when it was ambiguous, or when it named a stored entity only by a rename
    or a retype (then that entity is a candidate only while they are in force). The merges are
    applied right after the last merge, rename or retype of ``fixes``; without those there are
    none, so undoing a correction unlinks what only it had linked.
    """
    if not any(c["action"] in LINKING for c in fixes):
        return []
    shown = merge_map(fixes)
    renamed = {(c["entity"], alias_key(c["label"])) for c in fixes if c["action"] == "rename"}
    kinds = retyped(fixes)
    groups: dict[str, tuple[set[str], set[str]]] = {}
    rows = conn.execute(
        select(
            name_candidates.c.entity_id,
            name_candidates.c.candidate_id,
            name_candidates.c.by_label,
            name_candidates.c.if_label,
            name_candidates.c.if_type,
        )
    )
    for entity_id, candidate, by_label, if_label, if_type in [
        *rows,
        *_stored_before(conn, fixes, shown, kinds),
    ]:
        if if_label is not None and (candidate, if_label) not in renamed:
            continue
        if if_type is not None and kinds.get(shown.get(candidate, candidate)) != if_type:
            continue
        found, labels = groups.setdefault(entity_id, (set(), set()))
        found.add(candidate)
        if by_label:
            labels.add(candidate)
    when = next(c["time"] for c in reversed(fixes) if c["action"] in LINKING)
    by_hand = merged_by_hand(fixes)
    links: dict[str, str] = {}
    for _ in range(len(groups) + 1):  # a linked entity can be whom another name means
        mapped = merge_map(
            [*fixes, *({"action": "merge", "entity": t, "other": o} for o, t in links.items())]
        )
        new: dict[str, str] = {}
        for entity_id, (found, labels) in groups.items():
            if entity_id in by_hand:
                continue  # the user said where it goes
            target = decide({mapped.get(c, c) for c in found}, {mapped.get(c, c) for c in labels})
            if target is not None and target != entity_id:
                new[entity_id] = target
        if new == links:
            break
        links = new
    return [
        {"id": f"name:{other}", "action": "merge", "time": when, "entity": into, "other": other}
        for other, into in sorted(links.items())
    ]


def merged_by_hand(fixes: list[dict[str, Any]]) -> set[str]:
    """Entity ids the corrections merge into another."""
    return {c["other"] for c in fixes if c["action"] == "merge"}


def with_name_merges(conn: Connection, fixes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``fixes`` with :func:`name_merges` placed right after their last merge, rename or
    retype."""
    extra = name_merges(conn, fixes)
    if not extra:
        return fixes
    last = max(i for i, c in enumerate(fixes) if c["action"] in LINKING)
    return [*fixes[: last + 1], *extra, *fixes[last + 1 :]]


def resolver(conn: Connection, fixes: list[dict[str, Any]]) -> Callable[[str], str]:
    """A function: stored entity id -> the entity it shows as under ``fixes`` (and the
    :func:`name_merges` they imply)."""
    mapped = merge_map(with_name_merges(conn, fixes))
    return lambda entity_id: mapped.get(entity_id, entity_id)


def _corrected_owners(
    conn: Connection,
    fixes: list[dict[str, Any]],
    owners: dict[tuple[str, str], set[str]],
    wanted: set[str],
    shown: Callable[[str], str],
) -> dict[tuple[str, str], dict[str, Condition]]:
    """(type, name key) -> the entities that own the name only because renames and retypes say
    so, each with what it needs (:data:`Condition`): a renamed entity owns its new label, and the
    names of a retyped entity (or of one merged into it) are names of its new type too.

    ``owners`` are the owners by stored names and types (merges do not change them, see the
    module's docstring)."""
    out: dict[tuple[str, str], dict[str, Condition]] = {}
    kinds = retyped(fixes)
    renamed = [
        (c["entity"], alias_key(c["label"]))
        for c in fixes
        if c["action"] == "rename" and alias_key(c["label"]) in wanted
    ]
    stored_kind = {}
    ids = sorted({i for i, _ in renamed})
    if ids:
        rows = conn.execute(select(entities.c.id, entities.c.type).where(entities.c.id.in_(ids)))
        stored_kind = {entity_id: kind for entity_id, kind in rows}
    for entity_id, key in renamed:
        if entity_id in stored_kind:
            _keep_weakest(out.setdefault((stored_kind[entity_id], key), {}), entity_id, (key, None))
        new_kind = kinds.get(shown(entity_id))
        if new_kind:
            _keep_weakest(out.setdefault((new_kind, key), {}), entity_id, (key, new_kind))
    if kinds:
        for (kind, key), names in owners.items():
            for entity_id in names:
                new_kind = kinds.get(shown(entity_id), kind)
                if new_kind != kind:
                    _keep_weakest(out.setdefault((new_kind, key), {}), entity_id, (None, new_kind))
    return out


def retyped(fixes: list[dict[str, Any]]) -> dict[str, str]:
    """Entity id -> the type retypes among ``fixes`` give it, as :func:`apply_corrections` applies
    them in order: a merge keeps the kept entity's type (a retype of the entity merged away goes
    with it), and a retype of an entity merged away already changes nothing.

    >>> retyped([{"action": "retype", "entity": "b", "type": "ORG"},
    ...          {"action": "merge", "entity": "a", "other": "b"},
    ...          {"action": "retype", "entity": "b", "type": "PERSON"},
    ...          {"action": "retype", "entity": "c", "type": "ORG"},
    ...          {"action": "merge", "entity": "c", "other": "d"}])
    {'c': 'ORG'}
    """
    kinds: dict[str, str] = {}
    gone: set[str] = set()
    for c in fixes:
        if c["action"] == "merge" and c["entity"] != c["other"]:
            kinds.pop(c["other"], None)
            gone.add(c["other"])
            gone.discard(c["entity"])
        elif c["action"] == "retype" and c["entity"] not in gone:
            kinds[c["entity"]] = c["type"]
    return kinds


#: A name candidate as stored (:data:`store.schema.name_candidates`): entity id, candidate id,
#: by label, if label, if type.
CandidateRow = tuple[str, str, bool, str | None, str | None]


def _stored_before(
    conn: Connection, fixes: list[dict[str, Any]], shown: dict[str, str], kinds: dict[str, str]
) -> list[CandidateRow]:
    """Name candidates of the stored entities whose label a rename or a retype among ``fixes``
    gives to another entity as a name: what linking would have kept had the correction been made
    before their article came in (for the entities stored after it, it did). Only the label
    counts: a stored entity's other aliases may come from later articles that linked to it by
    another name, which the correction would not have changed.

    A renamed entity owns its new label (as a name of its stored type, and of the type a retype
    gives it); a retyped entity, and the entities merged into it, own their names as names of
    the new type. The candidates count only while those corrections hold (:func:`name_merges`
    checks ``if_label`` and ``if_type``), so undoing them unlinks again.
    """
    # (type, key) -> candidate -> condition: the names owned by corrections alone
    owned: dict[tuple[str, str], dict[str, Condition]] = {}
    renames = [(c["entity"], alias_key(c["label"])) for c in fixes if c["action"] == "rename"]
    members = dict(kinds)  # an entity id -> the type a retype gives it (through merges)
    members.update((other, kinds[into]) for other, into in shown.items() if into in kinds)
    ids = sorted({i for i, _ in renames} | set(members))
    stored_type: dict[str, str] = {}
    for chunk in in_chunks(ids):
        rows = conn.execute(select(entities.c.id, entities.c.type).where(entities.c.id.in_(chunk)))
        stored_type.update({entity_id: kind for entity_id, kind in rows})
    for entity_id, key in renames:
        if entity_id in stored_type and key:
            _keep_weakest(
                owned.setdefault((stored_type[entity_id], key), {}), entity_id, (key, None)
            )
            new_kind = kinds.get(shown.get(entity_id, entity_id))
            if new_kind:
                _keep_weakest(owned.setdefault((new_kind, key), {}), entity_id, (key, new_kind))
    changed = sorted(i for i in members if i in stored_type and stored_type[i] != members[i])
    for chunk in in_chunks(changed):
        rows = conn.execute(
            select(aliases.c.entity_id, aliases.c.key).where(aliases.c.entity_id.in_(chunk))
        )
        for entity_id, key in rows:
            kind = members[entity_id]
            _keep_weakest(owned.setdefault((kind, key), {}), entity_id, (None, kind))
    if not owned:
        return []
    out: list[CandidateRow] = []
    keys = sorted({key for _, key in owned})
    for chunk in in_chunks(keys):
        rows = conn.execute(
            select(aliases.c.entity_id, aliases.c.key, entities.c.type, entities.c.label)
            .join(entities, entities.c.id == aliases.c.entity_id)
            .where(
                aliases.c.key.in_(chunk),
                entities.c.type != "EVENT",
                ~entities.c.id.startswith(KB_PREFIX),
            )
        )
        for entity_id, key, kind, label in rows:
            if alias_key(label) != key:
                continue  # an alias it may have got from a later article that linked to it
            for candidate, (if_label, if_type) in owned.get((kind, key), {}).items():
                if shown.get(candidate, candidate) != shown.get(entity_id, entity_id):
                    out.append((entity_id, candidate, True, if_label, if_type))
    return out


def _keep_weakest(held: dict[str, Condition], entity_id: str, condition: Condition) -> None:
    """Note that ``entity_id`` owns a name under ``condition``, unless it does under less."""

    def needs(c: Condition) -> int:
        return sum(part is not None for part in c)

    if entity_id not in held or needs(condition) < needs(held[entity_id]):
        held[entity_id] = condition


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
