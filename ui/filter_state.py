"""From sidebar values to a filter spec, and the caches of what is drawn.

The sidebar widgets are keyed by :class:`graph.spec.FilterSpec` field names
(:mod:`ui.keys`), so :func:`spec_from_state` is a 1:1 mapping plus type clean-up. What a
spec draws is :func:`graph.views.displayed_graph`'s, the same for the CLI and the exports;
here it is only cached per corpus, view and filter values.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx
import streamlit as st

from graph.build import edge_mode
from graph.expansion import without_steps
from graph.filters import FilterSpec
from graph.spec import DEFAULT_MIN_CONFIDENCE
from graph.views import BASE_VIEWS, Shown, base_view, displayed_graph, with_reader_steps
from ui import keys

#: The view selector's choices: the graphs a view starts from (:func:`graph.views.base_view`).
VIEWS = BASE_VIEWS


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value)
    return None


def slider_period(state: Mapping[str, Any], options: "FilterOptions") -> tuple[dt.date, dt.date]:
    """The time slider's position for the current From/To filter (the full range when unset).

    >>> o = FilterOptions({}, [], [], {}, dt.date(2014, 1, 1), dt.date(2025, 12, 3), 1)
    >>> slider_period({"date_from": dt.date(2022, 2, 24)}, o)
    (datetime.date(2022, 2, 24), datetime.date(2025, 12, 3))
    """
    start = _date(state.get(keys.DATE_FROM)) or options.date_min
    end = _date(state.get(keys.DATE_TO)) or options.date_max
    # a date typed beyond the slider's range (an outlier such as 2014) pins that end
    start = min(max(start, options.date_min), options.date_max)
    end = min(max(end, start), options.date_max)
    return start, end


def period_filter(
    period: tuple[dt.date, dt.date], options: "FilterOptions"
) -> tuple[dt.date | None, dt.date | None]:
    """From/To for a slider position: an end left at the range's edge does not filter.

    Undated relations are hidden while a period is set, so the full range means no period.

    >>> o = FilterOptions({}, [], [], {}, dt.date(2014, 1, 1), dt.date(2025, 12, 3), 1)
    >>> period_filter((dt.date(2014, 1, 1), dt.date(2025, 11, 30)), o)
    (None, datetime.date(2025, 11, 30))
    """
    start, end = period
    return (None if start <= options.date_min else start), (
        None if end >= options.date_max else end
    )


#: The explorer's default view: everything but co-occurrence, negated relations and those
#: extracted with less than DEFAULT_MIN_CONFIDENCE (what ``FILTER_DEFAULTS`` stand for).
DEFAULT_SPEC = FilterSpec(hide_negated=True, min_confidence=DEFAULT_MIN_CONFIDENCE)


def _confidence(value: Any) -> float:
    """A confidence threshold from a widget or a link: a number from 0 to 1, two decimals."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return DEFAULT_MIN_CONFIDENCE
    if number != number:  # NaN
        return DEFAULT_MIN_CONFIDENCE
    return round(min(max(number, 0.0), 1.0), 2)


def spec_from_state(state: Mapping[str, Any]) -> FilterSpec:
    """A FilterSpec from widget values keyed by field name; missing keys keep the app's
    defaults (:data:`DEFAULT_SPEC`).

    >>> spec = spec_from_state({"actors": ["kb:putin"], "radius": 2, "top_k": 0, "text": " poe "})
    >>> spec.actors, spec.radius, spec.top_k, spec.text, spec.show_cooccurrence
    (('kb:putin',), 2, None, 'poe', False)
    >>> (spec.hide_negated, spec.min_confidence,
    ...  spec_from_state({"min_confidence": 0.75}).min_confidence)
    (True, 0.5, 0.75)
    """
    default = FilterSpec()
    get = state.get
    top_k = get(keys.TOP_K)
    return FilterSpec(
        actors=tuple(get(keys.ACTORS) or ()),
        radius=int(get(keys.RADIUS, default.radius) or 0),
        relation_types=tuple(get(keys.RELATION_TYPES) or ()),
        entity_types=tuple(get(keys.ENTITY_TYPES) or ()),
        date_from=_date(get(keys.DATE_FROM)),
        date_to=_date(get(keys.DATE_TO)),
        documents=tuple(get(keys.DOCUMENTS) or ()),
        min_mentions=int(get(keys.MIN_MENTIONS) or 0),
        min_weight=float(get(keys.MIN_WEIGHT) or 0),
        text=str(get(keys.TEXT) or "").strip(),
        show_cooccurrence=bool(get(keys.SHOW_COOCCURRENCE, default.show_cooccurrence)),
        top_k=int(top_k) if top_k else None,
        modes=tuple(get(keys.MODES) or ()),
        hide_negated=bool(get(keys.HIDE_NEGATED, DEFAULT_SPEC.hide_negated)),
        min_confidence=_confidence(get(keys.MIN_CONFIDENCE, DEFAULT_SPEC.min_confidence)),
    )


#: The widget value of every filter when nothing is filtered (what "Reset filters" writes back).
#: ``spec_from_state(FILTER_DEFAULTS) == DEFAULT_SPEC``: the two must agree.
FILTER_DEFAULTS: dict[str, Any] = keys.FILTER_DEFAULTS


def init_filter_state(state: MutableMapping[str, Any]) -> None:
    """Give every filter widget its default value unless it has one; widgets then read state only.

    >>> state = {"text": "poe"}
    >>> init_filter_state(state)
    >>> state["text"], state["actors"], spec_from_state(state).text
    ('poe', [], 'poe')
    """
    for key, value in FILTER_DEFAULTS.items():
        if key not in state:
            state[key] = list(value) if isinstance(value, list) else value


def reset_filter_state(
    state: MutableMapping[str, Any], fields: Iterable[str] = keys.FILTER_FIELDS
) -> None:
    """Write the default back into each filter widget named in ``fields``.

    Writing the default (not deleting the key) is what makes the widget on screen show it:
    a deleted key leaves the browser holding the old value, which it sends back on the next
    change, so a reset filter would silently return.

    >>> state = {"actors": ["kb:putin"], "text": "wit", "radius": 3}
    >>> reset_filter_state(state)
    >>> spec_from_state(state) == DEFAULT_SPEC, state["text"], state["actors"]
    (True, '', [])
    """
    for key in fields:
        value = FILTER_DEFAULTS[key]
        state[key] = list(value) if isinstance(value, list) else value


@dataclass(frozen=True)
class ActiveFilter:
    """One filter that differs from its default, as a chip above the graph shows it."""

    label: str  #: e.g. "Actors: Vladimir Putin"
    fields: tuple[str, ...]  #: the widget keys that removing the chip resets


def active_filters(spec: FilterSpec, options: "FilterOptions") -> list[ActiveFilter]:
    """The filters in force, named as the sidebar names them, each removable on its own.

    >>> o = FilterOptions({"kb:putin": "Vladimir Putin (PERSON)"}, ["CONSULT"], ["PERSON"], {},
    ...                   None, None, 1)
    >>> [f.label for f in active_filters(
    ...     replace(DEFAULT_SPEC, actors=("kb:putin",), radius=2, text="wit"), o)]
    ['Actors: Vladimir Putin (PERSON), radius 2', 'Search: wit']
    >>> active_filters(DEFAULT_SPEC, o)
    []
    >>> [f.label for f in active_filters(
    ...     replace(DEFAULT_SPEC, hide_negated=False, min_confidence=0.8), o)]
    ['Negated shown', 'Min. confidence: 0.8']
    """
    chips: list[ActiveFilter] = []

    def add(label: str, *fields: str) -> None:
        chips.append(ActiveFilter(label, fields))

    if spec.actors:
        names = ", ".join(options.actors.get(a, a) for a in spec.actors)
        add(f"Actors: {names}, radius {spec.radius}", keys.ACTORS, keys.RADIUS)
    if spec.text:
        add(f"Search: {spec.text}", keys.TEXT)
    if spec.relation_types:
        add(f"Relation types: {', '.join(spec.relation_types)}", keys.RELATION_TYPES)
    if spec.show_cooccurrence:
        add("Co-occurrence shown", keys.SHOW_COOCCURRENCE)
    if spec.entity_types:
        add(f"Entity types: {', '.join(spec.entity_types)}", keys.ENTITY_TYPES)
    if spec.date_from or spec.date_to:
        add(
            f"Period: {spec.date_from or '…'} – {spec.date_to or '…'}", keys.DATE_FROM, keys.DATE_TO
        )
    if spec.documents:
        names = ", ".join(options.documents.get(d, d) for d in spec.documents)
        add(f"Documents: {names}", keys.DOCUMENTS)
    if spec.min_mentions:
        add(f"Min. mentions: {spec.min_mentions}", keys.MIN_MENTIONS)
    if spec.min_weight:
        add(f"Min. weight: {spec.min_weight:g}", keys.MIN_WEIGHT)
    if spec.top_k is not None:
        add(f"Top nodes: {spec.top_k}", keys.TOP_K)
    if spec.modes:
        add(f"Modes: {', '.join(spec.modes)}", keys.MODES)
    if not spec.hide_negated and "negated" not in spec.modes:
        add("Negated shown", keys.HIDE_NEGATED)
    if spec.min_confidence != DEFAULT_SPEC.min_confidence:
        add(f"Min. confidence: {spec.min_confidence:g}", keys.MIN_CONFIDENCE)
    return chips


def hidden_cooccurrence(V: nx.MultiDiGraph, shown: "Shown", spec: FilterSpec) -> int:
    """How many co-occurrence links the current view hides by default.

    With something drawn, these are the CO_OCCURS relations between two drawn nodes; with
    nothing drawn, those that switching co-occurrence on would bring (so an empty view can
    say that everything it has is co-occurrence).

    >>> V = nx.MultiDiGraph()
    >>> V.add_nodes_from("abc", type="PERSON", mentions=1)
    >>> _ = V.add_edge("a", "b", key="r0", type="CO_OCCURS", weight=1.0, sentences=[])
    >>> _ = V.add_edge("b", "c", key="r1", type="CO_OCCURS", weight=1.0, sentences=[])
    >>> hidden_cooccurrence(V, displayed_graph(V, FilterSpec()), FilterSpec())
    2
    """
    if spec.show_cooccurrence or "CO_OCCURS" in spec.relation_types:
        return 0
    drawn = shown.drawn
    if drawn.number_of_nodes() == 0:
        full = displayed_graph(V, replace(spec, show_cooccurrence=True))
        return sum(1 for _, _, t in full.relations.edges(data="type") if t == "CO_OCCURS")
    return sum(
        1
        for u in drawn
        for _, v, t in V.out_edges(u, data="type")
        if t == "CO_OCCURS" and v in drawn
    )


def relax_hint(spec: FilterSpec) -> str:
    """The active filters, named as the sidebar names them, for an 'empty result' message.

    >>> relax_hint(FilterSpec(relation_types=("CONSULT",), min_weight=3))
    'relation types (CONSULT), minimum weight (3)'
    >>> relax_hint(FilterSpec())
    ''
    """
    parts = []
    if spec.actors:
        parts.append(f"actors ({', '.join(spec.actors)}) or a larger radius")
    if spec.text:
        parts.append(f"text search ({spec.text})")
    if spec.relation_types:
        parts.append(f"relation types ({', '.join(spec.relation_types)})")
    if spec.entity_types:
        parts.append(f"entity types ({', '.join(spec.entity_types)})")
    if spec.date_from or spec.date_to:
        parts.append(f"period ({spec.date_from or '…'} – {spec.date_to or '…'})")
    if spec.documents:
        parts.append(f"documents ({len(spec.documents)} chosen)")
    if spec.min_mentions:
        parts.append(f"minimum mentions ({spec.min_mentions})")
    if spec.min_weight:
        parts.append(f"minimum weight ({spec.min_weight:g})")
    if spec.top_k is not None:
        parts.append(f"top nodes ({spec.top_k})")
    if spec.modes:
        parts.append(f"modes ({', '.join(spec.modes)})")
    if spec.min_confidence > 0 and spec.min_confidence != DEFAULT_SPEC.min_confidence:
        parts.append(f"minimum confidence ({spec.min_confidence:g})")
    return ", ".join(parts)


@dataclass(frozen=True)
class FilterOptions:
    """What the sidebar offers for a view: choices present in the graph, and bounds."""

    actors: dict[str, str]  #: node id -> "label (type)", most mentioned first
    relation_types: list[str]
    entity_types: list[str]
    documents: dict[str, str]  #: document id -> "title (date)"
    date_min: dt.date | None  #: the time slider's range: the documents' dates (and dates near them)
    date_max: dt.date | None
    max_weight: int
    #: node id -> "label (type) · alias, alias": what the find box and the actor picker match
    names: dict[str, str] = field(default_factory=dict)
    #: relation dates outside the slider's range (e.g. a 2014 mention), each with its count
    outliers: dict[dt.date, int] = field(default_factory=dict)
    #: the modes of the view's relations, in the schema's order (asserted, negated, ...)
    modes: list[str] = field(default_factory=list)


#: How far (days) a relation date may lie from the documents' dates and still widen the time
#: range ("last week" in an article); dates further away are outliers.
NEAR_DAYS = 31
#: The date boxes accept any date in this range (typing a date outside the slider is allowed).
DATE_BOUNDS = (dt.date(1900, 1, 1), dt.date(2100, 12, 31))


def period_range(
    document_dates: Iterable[dt.date], relation_dates: Iterable[dt.date], near_days: int = NEAR_DAYS
) -> tuple[dt.date | None, dt.date | None, dict[dt.date, int]]:
    """The time range over the documents' dates, widened by relation dates near them, and the
    relation dates left outside it (outliers, counted).  Without document dates the range is
    that of the relation dates.

    >>> d = dt.date
    >>> period_range([d(2025, 12, 2)],
    ...              [d(2014, 3, 18), d(2025, 11, 25), d(2025, 12, 2), d(2014, 3, 18)])
    (datetime.date(2025, 11, 25), datetime.date(2025, 12, 2), {datetime.date(2014, 3, 18): 2})
    """
    docs = sorted(document_dates)
    rels = list(relation_dates)
    if not docs:
        return (min(rels), max(rels), {}) if rels else (None, None, {})
    low, high = docs[0], docs[-1]
    slack = dt.timedelta(days=near_days)
    near = [r for r in rels if low - slack <= r <= high + slack]
    low, high = min([low, *near]), max([high, *near])
    outliers: dict[dt.date, int] = {}
    for r in sorted(rels):
        if not low <= r <= high:
            outliers[r] = outliers.get(r, 0) + 1
    return low, high, outliers


def filter_options(V: nx.MultiDiGraph) -> FilterOptions:
    """The sidebar's choices for view ``V`` (only types and documents that occur in it).

    >>> V = nx.MultiDiGraph(documents={"d": {"title": "T", "date": "2025-12-02"}})
    >>> V.add_node("a", label="A", type="PERSON", mentions=2)
    >>> _ = V.add_edge("a", "a", key="r", type="CONSULT", date="2025-12", document="d")
    >>> o = filter_options(V)
    >>> o.actors, o.relation_types, o.documents, str(o.date_min), str(o.date_max)
    ({'a': 'A (PERSON)'}, ['CONSULT'], {'d': 'T (2025-12-02)'}, '2025-12-01', '2025-12-02')
    """
    from records import ENTITY_TYPES, MODES, RELATION_TYPES

    ranked = sorted(
        V.nodes(data=True),
        key=lambda nd: (-(nd[1].get("mentions") or 0), str(nd[1].get("label", nd[0]))),
    )
    actors = {str(n): f"{d.get('label', n)} ({d.get('type') or '?'})" for n, d in ranked}
    names = {str(n): search_label(actors[str(n)], d) for n, d in ranked}
    # one pass over the relations (20,000 on a big store), each distinct date parsed once
    rel_present: set[Any] = set()
    modes_present: set[str] = set()
    pair_counts: Counter[tuple[Any, Any]] = Counter()
    parsed: dict[str, dt.date | None] = {}
    rel_dates: list[dt.date] = []
    for u, v, d in V.edges(data=True):
        rel_present.add(d.get("type"))
        modes_present.add(edge_mode(d))
        pair_counts[u, v] += 1
        day = d.get("date")
        if day:
            if day not in parsed:
                parsed[day] = _parse_partial(day)
            if parsed[day] is not None:
                rel_dates.append(parsed[day])
    ent_present = {d.get("type") for _, d in V.nodes(data=True)}
    docs = V.graph.get("documents") or {}
    documents = {
        did: f"{doc.get('title') or did}" + (f" ({doc['date']})" if doc.get("date") else "")
        for did, doc in sorted(docs.items(), key=lambda kv: (kv[1].get("date") or "", kv[0]))
    }
    doc_dates = [_parse_partial(doc["date"]) for doc in docs.values() if doc.get("date")]
    date_min, date_max, outliers = period_range([p for p in doc_dates if p is not None], rel_dates)
    return FilterOptions(
        actors=actors,
        relation_types=[t for t in RELATION_TYPES if t in rel_present],
        entity_types=[t for t in ENTITY_TYPES if t in ent_present],
        documents=documents,
        date_min=date_min,
        date_max=date_max,
        max_weight=max(pair_counts.values(), default=1),
        names=names,
        outliers=outliers,
        modes=[m for m in MODES if m in modes_present],
    )


def search_label(shown: str, attrs: Mapping[str, Any]) -> str:
    """What a picker shows and matches for a node: its label and type, then its aliases in
    any language, so typing "Poetin" or "Zelenski" finds the node.

    >>> search_label("Vladimir Putin (PERSON)",
    ...              {"label": "Vladimir Putin", "aliases": ["Poetin", "putin", "Poetin"]})
    'Vladimir Putin (PERSON) · Poetin, putin'
    >>> search_label("Kremlin (ORG)", {"label": "Kremlin", "aliases": ["kremlin"]})
    'Kremlin (ORG)'
    """
    label = str(attrs.get("label") or "").casefold()
    aliases = [
        str(a) for a in attrs.get("aliases") or () if str(a).strip() and str(a).casefold() != label
    ]
    aliases = list(dict.fromkeys(aliases))
    return f"{shown} · {', '.join(aliases)}" if aliases else shown


def _parse_partial(value: str) -> dt.date | None:
    """First day of an ISO date that may be partial ('2025', '2025-12')."""
    parts = str(value).split("-")
    try:
        return dt.date(
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2]) if len(parts) > 2 else 1,
        )
    except (ValueError, IndexError):
        return None


def prune_state(state: Any, options: FilterOptions) -> list[str]:
    """Drop widget values the current corpus/view no longer offers; return the keys changed.

    Streamlit refuses a multiselect whose value is not among its options, so this runs
    before the sidebar is drawn (e.g. after switching corpus).

    >>> o = FilterOptions({"a": "A"}, ["CONSULT"], ["PERSON"], {}, None, None, 1)
    >>> state = {"actors": ["a", "gone"], "relation_types": ["CONSULT"]}
    >>> prune_state(state, o), state["actors"]
    (['actors'], ['a'])
    """
    allowed = {
        keys.ACTORS: options.actors,
        keys.RELATION_TYPES: options.relation_types,
        keys.ENTITY_TYPES: options.entity_types,
        keys.DOCUMENTS: options.documents,
        keys.MODES: options.modes,
    }
    changed = []
    for key, valid in allowed.items():
        value = state.get(key) if hasattr(state, "get") else None
        if value:
            kept = [x for x in value if x in valid]
            if kept != list(value):
                state[key] = kept
                changed.append(key)
    for key in (keys.DATE_FROM, keys.DATE_TO):
        value = state.get(key) if hasattr(state, "get") else None
        if value is not None:  # the date boxes take any date within DATE_BOUNDS
            if not isinstance(value, dt.date) or not (DATE_BOUNDS[0] <= value <= DATE_BOUNDS[1]):
                state[key] = None
                changed.append(key)
    # a number from a link may lie beyond what its widget allows
    value = state.get(keys.MIN_WEIGHT) if hasattr(state, "get") else None
    if isinstance(value, (int, float)) and value > max(options.max_weight, 1):
        state[keys.MIN_WEIGHT] = max(options.max_weight, 1)
        changed.append(keys.MIN_WEIGHT)
    return changed


@st.cache_resource(max_entries=16, show_spinner=False)
def cached_view(content_hash: str, view: str, _G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """:func:`base_view` of a corpus graph, computed once per corpus and view; read-only."""
    return base_view(_G, view)


@st.cache_resource(max_entries=16, show_spinner=False)
def cached_options(content_hash: str, view: str, _V: nx.MultiDiGraph) -> FilterOptions:
    """:func:`filter_options` of a view, computed once per corpus and view."""
    return filter_options(_V)


@st.cache_resource(max_entries=32, show_spinner=False)
def cached_shown(
    content_hash: str, view: str, spec_key: str, _V: nx.MultiDiGraph, _spec: FilterSpec
) -> Shown:
    """:func:`displayed_graph` once per corpus, view and filter values (``spec_key`` is
    ``repr(spec)``); clicks and tab switches reuse it.  Read-only.  The reader's steps apply
    to what the filters alone show, cached once for all of them (a find or a step reuses it)."""
    base_spec = without_steps(_spec)
    if base_spec is _spec:
        return displayed_graph(_V, _spec)
    base = cached_shown(content_hash, view, repr(base_spec), _V, base_spec)
    return with_reader_steps(_V, _spec, base)


@st.cache_resource(max_entries=64, show_spinner=False)
def cached_edge_count(content_hash: str, view: str, spec_key: str, _G: nx.MultiDiGraph) -> int:
    """``_G.number_of_edges()`` once per corpus, view and filters: networkx counts a
    multigraph's edges by walking it (0.2 s at 20,000 relations), on every rerun otherwise."""
    return _G.number_of_edges()


@st.cache_data(max_entries=64, show_spinner=False)
def cached_hidden_cooccurrence(
    content_hash: str,
    view: str,
    spec_key: str,
    _V: nx.MultiDiGraph,
    _shown: Shown,
    _spec: FilterSpec,
) -> int:
    """:func:`hidden_cooccurrence`, once per corpus, view and filters."""
    return hidden_cooccurrence(_V, _shown, _spec)


@st.cache_resource(max_entries=16, show_spinner=False)
def cached_layout(
    content_hash: str, view: str, _V: nx.MultiDiGraph
) -> dict[Any, tuple[float, float]]:
    """Server-side positions of every node of a view (``graph.layout``), computed once.

    Filtered views of a big graph reuse these positions, so nodes stay where they were.
    """
    from graph.layout import positions

    return positions(_V, seed=42)


@st.cache_resource(max_entries=32, show_spinner=False)
def cached_vis(
    content_hash: str, view: str, spec_key: str, _shown: Shown, _V: nx.MultiDiGraph
) -> tuple[dict[str, list[dict]], str]:
    """The vis payload of what is shown and its hash, once per corpus, view and filters.

    Above ``ui.visnetwork.PHYSICS_NODE_LIMIT`` nodes the positions come from the whole
    view's server-side layout (:func:`cached_layout`) and the browser runs no physics.
    Shared between sessions: read-only.
    """
    from graph.vis import vis_data, vis_data_hash
    from ui.visnetwork import needs_server_layout

    A = _shown.drawn
    positions = None
    if needs_server_layout(A.number_of_nodes()):
        full = cached_layout(content_hash, view, _V)
        positions = {n: full[n] for n in A if n in full}
    data = vis_data(A, positions=positions)
    return data, vis_data_hash(data)


@st.cache_data(max_entries=32, show_spinner=False)
def cached_key_actors(
    content_hash: str, view: str, spec_key: str, _A: nx.Graph, top: int = 20
) -> Any:
    """``graph.metrics.key_actors`` of what is shown, once per corpus, view and filters."""
    from graph.metrics import key_actors

    return key_actors(_A, top=top)


#: Above this many nodes in a view, the default view (no actor, search or "Top nodes" set)
#: draws only the best-connected ones: thousands of nodes are slow to lay out and draw, and
#: unreadable once drawn.
DEFAULT_NODE_LIMIT = 200


def default_focus(
    V: nx.MultiDiGraph,
    spec: FilterSpec,
    limit: int = DEFAULT_NODE_LIMIT,
    count: Callable[[nx.MultiDiGraph, FilterSpec], int] | None = None,
) -> tuple[FilterSpec, str]:
    """The spec to draw for ``spec`` and a line saying what it leaves out ("" when nothing).

    A view that would draw more than ``limit`` nodes, shown without actors, a text search
    or a "Top nodes" value, is drawn as its ``limit`` best-connected nodes. Any of those
    filters set by the user is honoured as it is, so the rest of the graph is one choice away.
    ``count`` counts the nodes a spec draws with no limit (default :func:`_shown_node_count`).

    >>> V = nx.MultiDiGraph()
    >>> V.add_edges_from([("a", "b"), ("a", "c"), ("a", "d"), ("b", "c")], type="ACCUSE")
    [0, 0, 0, 0]
    >>> drawn, note = default_focus(V, FilterSpec(), limit=3)
    >>> drawn.top_k, note.startswith("4 entities are too many")
    (3, True)
    >>> W = nx.MultiDiGraph()  # the same links, co-occurrence only: hidden, so nothing to cut
    >>> W.add_edges_from(V.edges(), type="CO_OCCURS")
    [0, 0, 0, 0]
    >>> default_focus(W, FilterSpec(), limit=3)[1]
    ''
    >>> (default_focus(V, FilterSpec(actors=("a",)), limit=3)[1],
    ...  default_focus(V, FilterSpec(), limit=4)[1])
    ('', '')
    """
    if V.number_of_nodes() <= limit or spec.top_k is not None or spec.actors or spec.text.strip():
        return spec, ""
    n = (count or _shown_node_count)(V, spec)  # many nodes may have no relation shown
    if n <= limit:
        return spec, ""
    note = (
        f"{n:,} entities are too many to draw at once: showing the {limit} best connected. "
        "Choose actors, search, or set “Top nodes” in the sidebar to see others."
    )
    return replace(spec, top_k=limit), note


def _shown_node_count(V: nx.MultiDiGraph, spec: FilterSpec) -> int:
    """How many nodes ``spec`` draws with no limit (the view's node count if it is invalid:
    the drawing reports that error)."""
    from graph.errors import GraphError
    from graph.filters import apply_filters

    try:
        return apply_filters(V, spec).number_of_nodes()
    except GraphError:
        return V.number_of_nodes()


@st.cache_resource(max_entries=64, show_spinner=False)
def cached_shown_node_count(
    content_hash: str, view: str, spec_key: str, _V: nx.MultiDiGraph, _spec: FilterSpec
) -> int:
    """:func:`_shown_node_count` once per corpus, view and filters (``spec_key``: ``repr`` of
    the spec without the reader's steps, which do not change it)."""
    return _shown_node_count(_V, _spec)


def cached_default_focus(
    content_hash: str, view: str, V: nx.MultiDiGraph, spec: FilterSpec
) -> tuple[FilterSpec, str]:
    """:func:`default_focus` with its count cached per corpus, view and filters: a run asks
    twice (the note above the chips, then the view drawn with the steps), and every find or
    step asks again with the same filters (issue 21: each was a pass over the whole view)."""

    def count(V: nx.MultiDiGraph, spec: FilterSpec) -> int:
        base = without_steps(spec)
        return cached_shown_node_count(content_hash, view, repr(base), V, base)

    return default_focus(V, spec, count=count)
