"""Corrections: what a user fixed by hand in the extracted graph, applied to records.

A correction is a plain dict (``records.schema.json``, the top-level ``corrections`` list) with an
``id``, an ``action``, a ``time`` (ISO 8601, UTC), an optional ``note`` and the action's fields:

- ``merge``: ``entity`` (kept) and ``other`` (merged into it); both keep their aliases and mentions
  (``label``, ``type`` and ``other_label`` say what the two were called when they were merged);
- ``split``: the mentions of ``entity`` whose text is ``alias`` (compared by
  :func:`records.text.alias_key`) move to a new entity ``new_id`` labelled ``alias``;
- ``rename``: ``entity`` gets ``label`` (the old label stays an alias, so searches still find it);
- ``retype``: ``entity`` gets ``type`` (not to or from EVENT);
- ``wrong``: ``entity`` (with its mentions and relations) or ``relation`` is hidden.

:func:`apply_corrections` is pure and idempotent: the store applies it when it gives records back,
the app to records without a store, and applying it twice changes nothing. A correction that
names an entity the records do not hold (another corpus, another date range) changes nothing, so
corrections can be kept for a whole corpus and applied to any part of it.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any, Iterable

from records.schema import Records
from records.text import alias_key, slug

#: The actions a correction can take, and the fields each needs besides id, action and time.
ACTIONS: dict[str, tuple[str, ...]] = {
    "merge": ("entity", "other"),
    "split": ("entity", "alias", "new_id"),
    "rename": ("entity", "label"),
    "retype": ("entity", "type"),
    "wrong": (),  # entity or relation
}

Correction = dict[str, Any]

#: Every field an action may carry, besides id, action, time and note (the store's columns and
#: the export's corrections.csv follow this order).
ACTION_FIELDS = ("entity", "other", "other_label", "relation", "alias", "new_id", "label", "type")


def now() -> str:
    """The current time as the corrections write it (UTC, seconds)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def make_correction(action: str, note: str = "", **fields: Any) -> Correction:
    """A new correction record with a fresh id and the current time.

    A split gets its new entity's id here (``<entity>~<alias slug>``), so undoing and redoing it,
    or applying it to another part of the corpus, always makes the same entity.

    >>> c = make_correction("split", entity="person:x", alias="Poetin")
    >>> c["action"], c["new_id"], c["time"].endswith("+00:00")
    ('split', 'person:x~poetin', True)
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown correction action {action!r}; expected one of {list(ACTIONS)}")
    record: Correction = {"id": f"c-{uuid.uuid4().hex[:12]}", "action": action, "time": now()}
    if action == "split" and not fields.get("new_id"):
        fields["new_id"] = f"{fields.get('entity')}~{slug(str(fields.get('alias', '')), '-')}"
    record.update({k: v for k, v in fields.items() if v is not None})
    if note.strip():
        record["note"] = note.strip()
    return record


def describe(correction: Correction, labels: dict[str, str] | None = None) -> str:
    """One line saying what a correction does, for lists (plain text; escape it for HTML).

    >>> describe({"action": "merge", "entity": "kb:putin", "other": "person:poetin"},
    ...          {"kb:putin": "Vladimir Putin"})
    'Merge person:poetin into Vladimir Putin'
    """
    labels = labels or {}

    def name(entity_id: Any) -> str:
        return labels.get(entity_id) or str(entity_id)

    action = correction.get("action")
    if action == "merge":
        other = correction.get("other")
        gone = labels.get(other) or correction.get("other_label") or str(other)
        return f"Merge {gone} into {name(correction.get('entity'))}"
    if action == "split":
        return f"Split “{correction.get('alias')}” off {name(correction.get('entity'))}"
    if action == "rename":
        return f"Rename {name(correction.get('entity'))} to “{correction.get('label')}”"
    if action == "retype":
        return f"Make {name(correction.get('entity'))} a {correction.get('type')}"
    if correction.get("relation"):
        return f"Mark relation {correction['relation']} as wrong"
    return f"Mark {name(correction.get('entity'))} as wrong"


def merge_map(corrections: Iterable[Correction]) -> dict[str, str]:
    """Entity id -> the id it was (finally) merged into, following chains (a into b, b into c).

    The store's linker uses it so a name of a merged entity links to the entity it became.

    >>> merge_map([{"action": "merge", "entity": "b", "other": "a"},
    ...            {"action": "merge", "entity": "c", "other": "b"}])
    {'a': 'c', 'b': 'c'}
    """
    direct: dict[str, str] = {}
    for c in corrections:
        if c.get("action") == "merge" and c.get("entity") != c.get("other"):
            direct[c["other"]] = c["entity"]
            direct.pop(c["entity"], None)  # merging into a merged-away id revives it
    final: dict[str, str] = {}
    for start in direct:
        seen, target = {start}, direct[start]
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        final[start] = target
    return final


def apply_corrections(records: Records, corrections: Iterable[Correction] | None = None) -> Records:
    """Records with ``corrections`` (default: their own ``corrections`` list) applied in order.

    The input is not changed. The result lists the corrections it applied under
    ``corrections``, so whatever is written from it (exports, downloads) carries them.

    Merges, renames, retypes and wrongs change entities one by one and pile up what they do to
    mentions and relations, which then takes one pass over them (before each split, which needs
    the mentions as they are, and at the end): a hundred corrections of a 200,000-relation corpus
    cost about one pass, not a hundred.
    """
    todo = list(records.get("corrections") or () if corrections is None else corrections)
    out: Records = {
        **records,
        "entities": [{**e, "aliases": list(e["aliases"])} for e in records["entities"]],
        "mentions": list(records["mentions"]),
        "relations": list(records["relations"]),
    }
    state = _State(out)
    for correction in todo:
        if correction["action"] == "split":
            state.flush()
            _split(out, correction)
            state.entities = {e["id"]: e for e in out["entities"]}
        else:
            _STEPS[correction["action"]](state, correction)
    state.flush()
    if todo or "corrections" in records:
        out["corrections"] = [dict(c) for c in todo]
    return out


class _State:
    """Entities by id, and what the corrections so far do to mentions and relations: entity ids
    that became others (merges), entities and relations hidden (wrong)."""

    def __init__(self, records: Records) -> None:
        self.records = records
        self.entities: dict[str, dict] = {e["id"]: e for e in records["entities"]}
        self.remap: dict[str, str] = {}
        self.hidden: set[str] = set()
        self.wrong_relations: set[str] = set()

    def replace(self, old: str, new: str) -> None:
        """References to ``old`` (and to what became ``old``) point at ``new`` from now on."""
        for source, target in list(self.remap.items()):
            if target == old:
                self.remap[source] = new
        self.remap[old] = new
        self.remap = {k: v for k, v in self.remap.items() if k != v}

    def flush(self) -> None:
        """Apply the piled-up changes to the records' lists, in one pass over each."""
        records, remap, hidden, wrong = self.records, self.remap, self.hidden, self.wrong_relations
        records["entities"] = list(self.entities.values())
        self.remap, self.hidden, self.wrong_relations = {}, set(), set()
        if not (remap or hidden or wrong):
            return

        def to(value: Any) -> Any:
            return remap.get(value, value)

        for e in records["entities"]:
            place = (e.get("event") or {}).get("location")
            if place is not None and (place in remap or place in hidden):
                e["event"] = {**e["event"], "location": None if to(place) in hidden else to(place)}
        mentions = []
        for m in records["mentions"]:
            entity = to(m["entity"])
            if entity in hidden:
                continue
            mentions.append(m if entity == m["entity"] else {**m, "entity": entity})
        records["mentions"] = mentions
        relations = []
        for r in records["relations"]:
            if r["id"] in wrong:
                continue
            ends = (r["source"], r["target"], r.get("event"), r.get("reported_by"))
            if not any(end in remap or end in hidden for end in ends if end is not None):
                relations.append(r)
                continue
            source, target = to(r["source"]), to(r["target"])
            if source in hidden or target in hidden or source == target:
                continue  # a loop: the two names were one thing all along
            r = {**r, "source": source, "target": target}
            for field in ("event", "reported_by"):
                if field in r:
                    if to(r[field]) in hidden:
                        del r[field]
                    else:
                        r[field] = to(r[field])
            relations.append(r)
        records["relations"] = relations


def _merge(state: _State, c: Correction) -> None:
    keep_id, gone_id = c["entity"], c["other"]
    if keep_id == gone_id:
        return
    gone = state.entities.get(gone_id)
    if gone is None:
        return
    keep = state.entities.get(keep_id)
    if keep is None and keep_id in state.hidden:  # revived: what was hidden under it stays so
        state.flush()
    del state.entities[gone_id]
    if keep is None:  # the kept entity is not in this part of the corpus: the other becomes it
        gone["id"] = keep_id
        if c.get("label"):
            gone["aliases"] = sorted({*gone["aliases"], gone["label"]} - {c["label"]})
            gone["label"] = c["label"]
        if c.get("type") and "EVENT" not in (c["type"], gone["type"]):
            gone["type"] = c["type"]
        state.entities[keep_id] = gone
    else:
        names = {*keep["aliases"], *gone["aliases"], gone["label"]}
        keep["aliases"] = sorted(names - {keep["label"]})
        keep["mentions"] += gone["mentions"]
        keep["country"] = keep["country"] or gone["country"]
    state.replace(gone_id, keep_id)


def _split(records: Records, c: Correction) -> None:
    by_id = {e["id"]: e for e in records["entities"]}
    entity, new_id = by_id.get(c["entity"]), c["new_id"]
    if entity is None or new_id in by_id:
        return
    key = alias_key(c["alias"])
    moved_aliases = [a for a in entity["aliases"] if alias_key(a) == key]
    sentence_of_moved: set[str] = set()
    sentence_of_kept: set[str] = set()
    mentions = []
    for m in records["mentions"]:
        if m["entity"] == entity["id"]:
            if alias_key(m["text"]) == key:
                m = {**m, "entity": new_id}
                sentence_of_moved.add(m["sentence"])
            else:
                sentence_of_kept.add(m["sentence"])
        mentions.append(m)
    if not moved_aliases and not sentence_of_moved:
        return
    records["mentions"] = mentions
    moved = sum(1 for m in mentions if m["entity"] == new_id)
    entity["aliases"] = [a for a in entity["aliases"] if alias_key(a) != key]
    entity["mentions"] = max(entity["mentions"] - moved, 0)
    new = {
        "id": new_id,
        "label": c.get("label") or c["alias"],
        "type": entity["type"] if entity["type"] != "EVENT" else "ORG",
        "aliases": sorted({*moved_aliases, c["alias"]} - {c.get("label") or c["alias"]}),
        "country": None,
        "mentions": moved,
    }
    records["entities"].append(new)
    # a relation whose evidence names the entity only by the split-off alias goes with it
    only_alias = sentence_of_moved - sentence_of_kept
    relations = []
    for r in records["relations"]:
        if r["sentence"] in only_alias and entity["id"] in (r["source"], r["target"]):
            r = {
                **r,
                "source": new_id if r["source"] == entity["id"] else r["source"],
                "target": new_id if r["target"] == entity["id"] else r["target"],
            }
        relations.append(r)
    records["relations"] = relations


def _rename(state: _State, c: Correction) -> None:
    entity = state.entities.get(c["entity"])
    if entity is None or entity["label"] == c["label"]:
        return
    entity["aliases"] = sorted({*entity["aliases"], entity["label"]} - {c["label"]})
    entity["label"] = c["label"]


def _retype(state: _State, c: Correction) -> None:
    entity = state.entities.get(c["entity"])
    if entity is not None and "EVENT" not in (entity["type"], c["type"]):
        entity["type"] = c["type"]


def _wrong(state: _State, c: Correction) -> None:
    if c.get("relation"):
        state.wrong_relations.add(c["relation"])
    elif c.get("entity") in state.entities:
        del state.entities[c["entity"]]
        state.hidden.add(c["entity"])


_STEPS = {"merge": _merge, "rename": _rename, "retype": _retype, "wrong": _wrong}
assert set(_STEPS) | {"split"} == set(ACTIONS)
