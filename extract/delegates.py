"""Countries that take part in an event through the person who stands for them.

"Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement", "The
Italian foreign minister, Luigi Di Maio, joined the talks": a reader counts Nigeria, Benin and
Italy among the parties, as the yardstick's gold does. The event finder names the people; the
relation component gives each person's office in a country (ROLE, anywhere in the text). Here,
over the records of the whole document, a person's one country joins each event the person
takes part in, where people of :data:`MIN_SIDES` countries meet.
"""

from __future__ import annotations

from extract.components.relations.relation import CONFIDENCE
from records import Records
from records.ids import relation_id

#: An event between the people of this many countries at least (a summit, talks abroad, a treaty)
#: is one between their countries; in a domestic one (an election, a trial, a minister meeting his
#: president) the country is no party. On the dev split, all events: precision en .801 -> .776,
#: nl .827 -> .802.
MIN_SIDES = 2


def delegating_countries(records: Records) -> Records:
    """``records`` with a PARTICIPANT relation from a country to each event in which a person
    who holds an office of that country (a ROLE relation to it, the person's only country in the
    document) takes part, where the country is not yet a participant; returns ``records``."""
    types = {e["id"]: e["type"] for e in records["entities"]}
    countries: dict[str, set[str]] = {}
    for rel in records["relations"]:
        if rel["type"] == "ROLE" and types.get(rel["source"]) == "PERSON":
            if types.get(rel["target"]) == "COUNTRY":
                countries.setdefault(rel["source"], set()).add(rel["target"])
    if not countries:
        return records
    taking_part = [
        rel
        for rel in records["relations"]
        if rel["type"] == "PARTICIPANT" and rel.get("role") != "location"
    ]
    present = {(rel["source"], rel["target"]) for rel in taking_part}
    sides: dict[str, set[str]] = {}  # event -> the countries its people stand for
    for rel in taking_part:
        if len(held := countries.get(rel["source"], set())) == 1:
            sides.setdefault(rel["target"], set()).update(held)
    document = records["documents"][0]["id"]
    for rel in taking_part:
        held = countries.get(rel["source"], set())
        if len(held) != 1 or len(sides.get(rel["target"], ())) < MIN_SIDES:
            continue
        country = next(iter(held))
        if (country, rel["target"]) in present:
            continue
        present.add((country, rel["target"]))
        records["relations"].append(
            {
                **rel,
                "id": relation_id(document, len(records["relations"])),
                "source": country,
                "confidence": min(rel["confidence"], CONFIDENCE["participant"]),
                "role": "source",
            }
        )
    return records
