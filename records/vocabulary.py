"""The words records are made of: entity types, relation types, modes, date sources and event
kinds.

Entity types, relation types, modes and date sources are read from the schema, so the schema
stays the one place that defines them; event kinds are not a field of the records (an EVENT
entity's label is made from its kind), so they are defined here.
"""

from __future__ import annotations

from typing import Any

from records.schema import records_schema


def _enum(*keys: str) -> tuple[str, ...]:
    node: Any = records_schema()
    for key in keys:
        node = node[key]
    return tuple(v for v in node["enum"] if v is not None)


_RELATION = ("properties", "relations", "items", "properties")

#: Entity types, in the schema's order.
ENTITY_TYPES: tuple[str, ...] = _enum("properties", "entities", "items", "properties", "type")
#: Every relation type: the 16 PLOVER event types, STATEMENT, then the structural ones.
RELATION_TYPES: tuple[str, ...] = _enum(*_RELATION, "type")
#: The 16 PLOVER event types, in the manual's order (the schema lists them first).
PLOVER_TYPES: tuple[str, ...] = RELATION_TYPES[: RELATION_TYPES.index("STATEMENT")]
#: How the text puts a relation: as fact, negated, possible, planned, demanded or conditional.
MODES: tuple[str, ...] = _enum(*_RELATION, "mode")
#: Where a relation's date comes from: a time of its own clause or event ("text"), the story's
#: day ("story"), or the document date standing in ("document").
DATE_SOURCES: tuple[str, ...] = _enum(*_RELATION, "date_source")
#: The date sources that the article's text told, not its date line: a timeline places such a
#: relation on its day ("story" is the day the lead tells, a text date too, though not the
#: relation's own clause's).
TEXT_DATE_SOURCES: frozenset[str] = frozenset({"text", "story"})

#: What an event noun can denote (the ``kind`` column of the lexicons' event nouns). Which of
#: these become EVENT entities is extraction's choice (``extract.components.events.NODE_KINDS``).
EVENT_KINDS: tuple[str, ...] = (
    "talks",
    "meeting",
    "summit",
    "negotiations",
    "visit",
    "phone_call",
    "press_conference",
    "invasion",
    "annexation",
    "attack",
    "capture",
    "claim",
    "war",
    "ceasefire",
    "agreement",
    "sanctions",
    "protest",
    "threat",
    "aid",
    "demand",
    "accusation",
    "rejection",
    "withdrawal",
    "mobilization",
    "arrest",
    "trial",
    # happenings that are no PLOVER act between actors: their participants share them
    "election",
    "crash",
    "fire",
    "disaster",
    "other",
)

assert len(PLOVER_TYPES) == 16, "the schema must list the 16 PLOVER types before STATEMENT"
