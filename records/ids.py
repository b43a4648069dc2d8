"""Entity ids: ``kb:<key>`` for an entity the knowledge base knows, ``<type>:<slug>`` otherwise;
relation ids: ``<document id>:r<ordinal>``.

The records' schema fixes this form (``entities.items.id``); every reader that asks "does the
knowledge base know this entity, and by which key" asks it here, so the prefix is written once.
"""

from __future__ import annotations

#: What starts the id of a knowledge-base entity.
KB_PREFIX = "kb:"


def kb_entity_id(key: str) -> str:
    """The id of the knowledge-base entity with this key.

    >>> kb_entity_id("RUS")
    'kb:RUS'
    """
    return KB_PREFIX + key


def kb_key(entity_id: str) -> str | None:
    """The knowledge-base key of an entity id, None for an entity the knowledge base does not know.

    >>> kb_key("kb:HKG"), kb_key("person:jane-doe")
    ('HKG', None)
    """
    return entity_id[len(KB_PREFIX) :] if entity_id.startswith(KB_PREFIX) else None


def is_kb_id(entity_id: str) -> bool:
    """Whether the knowledge base knows the entity with this id.

    >>> is_kb_id("kb:putin"), is_kb_id("org:mazars")
    (True, False)
    """
    return entity_id.startswith(KB_PREFIX)


def relation_id(document_id: str, ordinal: int) -> str:
    """The id of a document's relation by its place among the document's relations, as the
    records writer numbers them and the document-level steps (retold events, delegating and
    epidemic countries) number what they add after them.

    >>> relation_id("wn2020-042", 7)
    'wn2020-042:r7'
    """
    return f"{document_id}:r{ordinal}"
