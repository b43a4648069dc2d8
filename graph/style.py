"""Colours, shapes and labels: a colour and shape per entity type, a family colour and a label
per relation type.

The same table feeds vis-network (:mod:`graph.vis`), the PNG export and the app's legend.

>>> entity_colour("PERSON")
'#4e79a7'
>>> relation_style("CONSULT")["label"]
'consult'
"""

from __future__ import annotations

from collections.abc import Iterable

from records import ENTITY_TYPES, RELATION_TYPES

ENTITY_COLOURS: dict[str, str] = {
    "PERSON": "#4e79a7",
    "ORG": "#f28e2b",
    "COUNTRY": "#59a14f",
    "LOCATION": "#76b7b2",
    "EVENT": "#b07aa1",
}
UNKNOWN_COLOUR = "#9d9d9d"

#: Each entity type has its own shape as well as its colour (vis-network shape names).
ENTITY_SHAPES: dict[str, str] = {
    "PERSON": "dot",
    "ORG": "square",
    "COUNTRY": "hexagon",
    "LOCATION": "triangle",
    "EVENT": "diamond",
}

#: Relation families and their colours: five hues a reader tells apart at a glance, plus a
#: pale grey for co-occurrence. The edge label names the type within the family.
FAMILY_COLOURS: dict[str, str] = {
    "conflict": "#d62728",
    "cooperation": "#2ca02c",
    "talk": "#1f77b4",
    "statement": "#9467bd",
    "structure": "#8c6d31",
    "co-occurrence": "#bdbdbd",
}

# (family, short label) of each relation type; the PLOVER types follow the manual's
# grouping into verbal and material cooperation and conflict.
RELATION_STYLES: dict[str, tuple[str, str]] = {
    "AGREE": ("cooperation", "agree"),
    "CONSULT": ("talk", "consult"),
    "SUPPORT": ("cooperation", "support"),
    "CONCEDE": ("cooperation", "concede"),
    "COOPERATE": ("cooperation", "cooperate"),
    "AID": ("cooperation", "aid"),
    "RETREAT": ("cooperation", "retreat"),
    "REQUEST": ("talk", "request"),
    "ACCUSE": ("conflict", "accuse"),
    "REJECT": ("conflict", "reject"),
    "THREATEN": ("conflict", "threaten"),
    "PROTEST": ("conflict", "protest"),
    "SANCTION": ("conflict", "sanction"),
    "MOBILIZE": ("conflict", "mobilize"),
    "COERCE": ("conflict", "coerce"),
    "ASSAULT": ("conflict", "assault"),
    "STATEMENT": ("statement", "statement"),
    "ROLE": ("structure", "role"),
    "FAMILY": ("structure", "family"),
    "LOCATED_IN": ("structure", "located in"),
    "PARTICIPANT": ("structure", "participant"),
    "CO_OCCURS": ("co-occurrence", "co-occurs"),
}

assert set(ENTITY_COLOURS) == set(ENTITY_TYPES), "style.py is out of step with the schema"
assert set(RELATION_STYLES) == set(RELATION_TYPES), "style.py is out of step with the schema"
assert set(ENTITY_SHAPES) == set(ENTITY_TYPES), "style.py is out of step with the schema"


def entity_colour(entity_type: str | None) -> str:
    """Colour (hex) of an entity type; grey for an unknown one."""
    return ENTITY_COLOURS.get(entity_type or "", UNKNOWN_COLOUR)


def entity_shape(entity_type: str | None) -> str:
    """vis-network shape of an entity type; a dot for an unknown one.

    >>> entity_shape("ORG"), entity_shape(None)
    ('square', 'dot')
    """
    return ENTITY_SHAPES.get(entity_type or "", "dot")


def relation_family(relation_type: str | None) -> str:
    """The family a relation type belongs to ('conflict', 'talk', ...); 'other' if unknown.

    >>> relation_family("ASSAULT"), relation_family("ROLE"), relation_family("NEW")
    ('conflict', 'structure', 'other')
    """
    return RELATION_STYLES.get(relation_type or "", ("other", ""))[0]


def relation_style(relation_type: str | None) -> dict[str, str]:
    """``{"color", "label", "family"}`` of a relation type; grey and the raw name if unknown.

    >>> relation_style("COERCE")["color"] == relation_style("ASSAULT")["color"] != relation_style("ROLE")["color"]
    True
    """
    family, label = RELATION_STYLES.get(relation_type or "", ("other", (relation_type or "").lower()))
    return {"color": FAMILY_COLOURS.get(family, UNKNOWN_COLOUR), "label": label, "family": family}


def legend(
    entity_types: Iterable[str] | None = None, relation_types: Iterable[str] | None = None
) -> list[dict[str, str]]:
    """Legend rows, schema order: entities ``{"kind": "entity", "type", "label", "color",
    "shape"}``, then relation families ``{"kind": "relation", "type": family, "label":
    "family: type, type", "color"}``. Given the types on screen, only those are listed.

    >>> rows = legend()
    >>> rows[0]
    {'kind': 'entity', 'type': 'PERSON', 'label': 'person', 'color': '#4e79a7', 'shape': 'dot'}
    >>> [r["label"] for r in legend(["PERSON"], ["ASSAULT", "ACCUSE", "ROLE"]) if r["kind"] == "relation"]
    ['conflict: accuse, assault', 'structure: role']
    """
    wanted_entities = set(ENTITY_TYPES if entity_types is None else entity_types)
    wanted_relations = set(RELATION_TYPES if relation_types is None else relation_types)
    rows = [
        {"kind": "entity", "type": t, "label": t.lower(), "color": entity_colour(t), "shape": entity_shape(t)}
        for t in ENTITY_TYPES
        if t in wanted_entities
    ]
    by_family: dict[str, list[str]] = {}
    for t in RELATION_TYPES:
        if t in wanted_relations:
            by_family.setdefault(relation_family(t), []).append(relation_style(t)["label"])
    for family, colour in FAMILY_COLOURS.items():
        if family in by_family:
            label = f"{family}: {', '.join(by_family[family])}"
            rows.append({"kind": "relation", "type": family, "label": label, "color": colour})
    return rows
