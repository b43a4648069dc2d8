"""Who may be a side of an act: the source or target of a relation, a party to an event.

People, organisations and sovereign states act in their own right ("Rutte bezocht Kyiv", "the
ministry rejected the bid", "Iran expelled the envoy"). A place does not: "in Amsterdam", "the
strike in Kyiv" name where an act happens, and a capital that stands for its government is a
separate reading that makes the name the country (:mod:`extract.grammar.metonyms`).

Every route that asks "may this entity be a side" asks :func:`is_side` (through
:meth:`extract.grammar.arguments.ArgumentResolver.may_act` once a document's names are linked),
so the answer is written once. A route that wants fewer (only people and bodies, where a country
before a happening is its place) names that narrower set here too.
"""

from __future__ import annotations

from extract.kb import KnowledgeBase

#: The entity types that act in their own right: people, organisations, sovereign states.
SIDE_TYPES = frozenset({"PERSON", "ORG", "COUNTRY"})
#: People and organisations only: what owns a happening ("the company's fire"; a country before a
#: happening, "the Turkish earthquake", is where it happened, not a side of it).
PEOPLE_AND_BODIES = frozenset({"PERSON", "ORG"})
#: Organisations and states: what a title's office or a neuter pronoun ("it", "its") may stand
#: for, never a person.
BODIES_AND_STATES = frozenset({"ORG", "COUNTRY"})


def is_side(entity_type: str | None, kb_key: str | None, kb: KnowledgeBase | None) -> bool:
    """Whether an entity of ``entity_type`` (with ``kb_key``, its knowledge-base key, if linked)
    may be a side of an act: a person, an organisation or a country, or a dependent territory
    (:meth:`KnowledgeBase.is_territory`: Hong Kong, Gibraltar, Puerto Rico). The annotation
    guide types a territory LOCATION, as no sovereign state, but it governs itself and acts as
    a country does ("Hongkong weigerde ...", "Gibraltar detained the tanker"); a city stays a
    place."""
    if entity_type in SIDE_TYPES:
        return True
    return (
        entity_type == "LOCATION"
        and kb is not None
        and kb_key is not None
        and kb.is_territory(kb_key)
    )
