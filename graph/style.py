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

from records import DATE_SOURCES, ENTITY_TYPES, MODES, RELATION_TYPES

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

#: How an edge is drawn for the way the text puts its relation (issue 18): a fact is a solid
#: line; a negated relation a dotted one whose label starts with "not"; a possible, planned,
#: demanded or conditional one a dashed line whose label says which. ``dashes`` is
#: vis-network's (False, or a [dash, gap, ...] pattern in pixels); ``legend`` explains it.
MODE_STYLES: dict[str, dict] = {
    "asserted": {"dashes": False, "label": "{}", "legend": ""},
    "negated": {
        "dashes": [2, 5],
        "label": "not {}",
        "legend": "negated: did not / will not happen",
    },
    "possible": {"dashes": [9, 6], "label": "{} (may)", "legend": "possible: may, could"},
    "planned": {"dashes": [9, 6], "label": "{} (planned)", "legend": "planned: will, plans to"},
    "demanded": {"dashes": [9, 6], "label": "{} (demanded)", "legend": "demanded: must, calls for"},
    "conditional": {"dashes": [9, 6], "label": "{} (if)", "legend": "conditional: if"},
}
#: Co-occurrence: a short even dash (two names in one sentence, no relation found).
COOCCURRENCE_DASHES = [5, 5]
#: How a date's source (``date_source``) is told beside the date: its own clause's ("in the
#: text"), the story's day the lead tells, which the text gave nothing of its own (a text date
#: all the same, though a weaker one), or the article's date standing in.
DATE_SOURCE_LABELS: dict[str, str] = {
    "text": "in the text",
    "story": "story's day",
    "document": "article date",
}

assert set(MODE_STYLES) == set(MODES), "style.py is out of step with the schema"
assert set(ENTITY_COLOURS) == set(ENTITY_TYPES), "style.py is out of step with the schema"
assert set(RELATION_STYLES) == set(RELATION_TYPES), "style.py is out of step with the schema"
assert set(ENTITY_SHAPES) == set(ENTITY_TYPES), "style.py is out of step with the schema"
assert set(DATE_SOURCE_LABELS) == set(DATE_SOURCES), "style.py is out of step with the schema"


def hedged_date(date: str | None, source: str | None) -> str:
    """A date as a tooltip shows it: bare when the text tells it of the act itself, with a
    note when it is only the story's day or the article's date; "" without a date.

    >>> hedged_date("2025-11-28", "text"), hedged_date("2025-11-28", "story")
    ('2025-11-28', "2025-11-28 (story's day)")
    """
    if not date:
        return ""
    if source in ("document", "story"):
        return f"{date} ({DATE_SOURCE_LABELS[source]})"
    return date


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

    >>> (relation_style("COERCE")["color"] == relation_style("ASSAULT")["color"]
    ...  != relation_style("ROLE")["color"])
    True
    """
    family, label = RELATION_STYLES.get(
        relation_type or "", ("other", (relation_type or "").lower())
    )
    return {"color": FAMILY_COLOURS.get(family, UNKNOWN_COLOUR), "label": label, "family": family}


def mode_style(mode: str | None, relation_type: str | None = None) -> dict:
    """``{"dashes", "label"}`` of an edge: the dash pattern of its mode (co-occurrence has its
    own) and its relation label worded for the mode.

    >>> mode_style("negated", "AGREE"), mode_style("possible", "ASSAULT")["label"]
    ({'dashes': [2, 5], 'label': 'not agree'}, 'assault (may)')
    >>> mode_style(None, "CO_OCCURS")
    {'dashes': [5, 5], 'label': 'co-occurs'}
    """
    style = MODE_STYLES.get(mode or "asserted", MODE_STYLES["asserted"])
    label = relation_style(relation_type)["label"]
    if relation_type == "CO_OCCURS":
        return {"dashes": list(COOCCURRENCE_DASHES), "label": label}
    dashes = style["dashes"]
    return {"dashes": list(dashes) if dashes else False, "label": style["label"].format(label)}


def legend(
    entity_types: Iterable[str] | None = None,
    relation_types: Iterable[str] | None = None,
    modes: Iterable[str] | None = None,
) -> list[dict]:
    """Legend rows, schema order: entities ``{"kind": "entity", "type", "label", "color",
    "shape"}``, then relation families ``{"kind": "relation", "type": family, "label":
    "family: type, type", "color"}``, then the line styles of the modes other than asserted
    ``{"kind": "mode", "type": mode, "label", "dashes"}``. Given the types (and modes) on
    screen, only those are listed; without ``modes`` no mode rows.

    >>> [(r["type"], r["dashes"]) for r in legend([], [], ["asserted", "negated", "planned"])]
    [('negated', [2, 5]), ('planned', [9, 6])]

    >>> rows = legend()
    >>> rows[0]
    {'kind': 'entity', 'type': 'PERSON', 'label': 'person', 'color': '#4e79a7', 'shape': 'dot'}
    >>> [r["label"] for r in legend(["PERSON"], ["ASSAULT", "ACCUSE", "ROLE"])
    ...  if r["kind"] == "relation"]
    ['conflict: accuse, assault', 'structure: role']
    """
    wanted_entities = set(ENTITY_TYPES if entity_types is None else entity_types)
    wanted_relations = set(RELATION_TYPES if relation_types is None else relation_types)
    rows = [
        {
            "kind": "entity",
            "type": t,
            "label": t.lower(),
            "color": entity_colour(t),
            "shape": entity_shape(t),
        }
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
    wanted_modes = set(modes or ())
    for mode in MODES:
        if mode in wanted_modes and MODE_STYLES[mode]["dashes"]:
            style = MODE_STYLES[mode]
            rows.append(
                {
                    "kind": "mode",
                    "type": mode,
                    "label": style["legend"],
                    "dashes": list(style["dashes"]),
                }
            )
    return rows
