"""Colours and labels: one colour per entity type, one colour and label per relation type.

The same table feeds vis-network (:mod:`graph.vis`), the PNG export and the app's legend.

>>> entity_colour("PERSON")
'#4e79a7'
>>> relation_style("CONSULT")["label"]
'consult'
"""

from __future__ import annotations

from graph.build import ENTITY_TYPES, RELATION_TYPES

ENTITY_COLOURS: dict[str, str] = {
    "PERSON": "#4e79a7",
    "ORG": "#f28e2b",
    "COUNTRY": "#59a14f",
    "LOCATION": "#76b7b2",
    "EVENT": "#b07aa1",
}
UNKNOWN_COLOUR = "#9d9d9d"

# (colour, short label). Cooperative PLOVER types are greens/blues, hostile ones reds;
# structural relations are greys.
RELATION_STYLES: dict[str, tuple[str, str]] = {
    "AGREE": ("#2ca02c", "agree"),
    "CONSULT": ("#1f77b4", "consult"),
    "SUPPORT": ("#17becf", "support"),
    "CONCEDE": ("#98df8a", "concede"),
    "COOPERATE": ("#0b6e4f", "cooperate"),
    "AID": ("#8fd175", "aid"),
    "RETREAT": ("#aec7e8", "retreat"),
    "REQUEST": ("#9467bd", "request"),
    "ACCUSE": ("#ff9896", "accuse"),
    "REJECT": ("#e377c2", "reject"),
    "THREATEN": ("#ff7f0e", "threaten"),
    "PROTEST": ("#c49c94", "protest"),
    "SANCTION": ("#8c564b", "sanction"),
    "MOBILIZE": ("#bcbd22", "mobilize"),
    "COERCE": ("#e45756", "coerce"),
    "ASSAULT": ("#d62728", "assault"),
    "STATEMENT": ("#7f7f7f", "statement"),
    "ROLE": ("#5a5a5a", "role"),
    "FAMILY": ("#8c6d31", "family"),
    "LOCATED_IN": ("#6b6ecf", "located in"),
    "PARTICIPANT": ("#b07aa1", "participant"),
    "CO_OCCURS": ("#d0d0d0", "co-occurs"),
}

assert set(ENTITY_COLOURS) == set(ENTITY_TYPES), "style.py is out of step with the schema"
assert set(RELATION_STYLES) == set(RELATION_TYPES), "style.py is out of step with the schema"


def entity_colour(entity_type: str | None) -> str:
    """Colour (hex) of an entity type; grey for an unknown one."""
    return ENTITY_COLOURS.get(entity_type or "", UNKNOWN_COLOUR)


def relation_style(relation_type: str | None) -> dict[str, str]:
    """``{"color": hex, "label": text}`` of a relation type; grey and the raw name if unknown."""
    colour, label = RELATION_STYLES.get(
        relation_type or "", (UNKNOWN_COLOUR, (relation_type or "").lower())
    )
    return {"color": colour, "label": label}


def legend() -> list[dict[str, str]]:
    """Legend rows: ``{"kind": "entity"|"relation", "type", "label", "color"}``, schema order.

    >>> rows = legend()
    >>> rows[0]
    {'kind': 'entity', 'type': 'PERSON', 'label': 'person', 'color': '#4e79a7'}
    >>> [r["label"] for r in rows if r["type"] == "CO_OCCURS"]
    ['co-occurs']
    """
    rows = [
        {"kind": "entity", "type": t, "label": t.lower(), "color": entity_colour(t)}
        for t in ENTITY_TYPES
    ]
    for t in RELATION_TYPES:
        style = relation_style(t)
        rows.append(
            {"kind": "relation", "type": t, "label": style["label"], "color": style["color"]}
        )
    return rows
