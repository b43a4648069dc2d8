"""Making records: empty ones, and one set from the records of many documents."""

from __future__ import annotations

from typing import Any, Iterable

from records.ids import is_kb_id
from records.schema import SCHEMA_VERSION, Records


def empty_records() -> Records:
    """Records with no documents."""
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [],
        "sentences": [],
        "entities": [],
        "mentions": [],
        "relations": [],
    }


def merge_records(parts: Iterable[Records]) -> Records:
    """Join the records of several documents; entities with the same id become one.

    >>> a = {"documents": [{"id": "a"}], "sentences": [], "mentions": [], "relations": [],
    ...      "entities": [{"id": "kb:putin", "label": "Vladimir Putin", "type": "PERSON",
    ...                    "aliases": ["Poetin"], "country": "RUS", "mentions": 2}]}
    >>> b = {"documents": [{"id": "b"}], "sentences": [], "mentions": [], "relations": [],
    ...      "entities": [{"id": "kb:putin", "label": "Vladimir Putin", "type": "PERSON",
    ...                    "aliases": ["Putin"], "country": "RUS", "mentions": 1}]}
    >>> merged = merge_records([a, b])
    >>> merged["entities"][0]["aliases"], merged["entities"][0]["mentions"]
    (['Poetin', 'Putin'], 3)
    """
    out = empty_records()
    entities: dict[str, dict[str, Any]] = {}
    for part in parts:
        for key in ("documents", "sentences", "mentions", "relations"):
            out[key].extend(part[key])
        for ent in part["entities"]:
            known = entities.get(ent["id"])
            if known is None:
                entities[ent["id"]] = {**ent, "aliases": list(ent["aliases"])}
            else:
                known["aliases"] = sorted(set(known["aliases"]) | set(ent["aliases"]))
                known["mentions"] += ent["mentions"]
                known["country"] = known["country"] or ent["country"]
                if len(ent["label"]) > len(known["label"]) and not is_kb_id(ent["id"]):
                    known["label"] = ent["label"]
    out["entities"] = list(entities.values())
    return out
