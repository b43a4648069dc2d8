"""What the user asked to see (:class:`FilterSpec`), its checks, and the tests it makes.

:func:`check_spec` checks a spec against a graph and resolves its actors. The ``*_test``
functions turn one field of a spec into a test of one node's or one edge's data dict; the
routes of :func:`graph.filters.apply_filters` combine them (:func:`all_of`) to build a view.

Reliability (issue 18): ``modes``, ``hide_negated`` and ``min_confidence`` hide relations by
how the text puts them and how sure extraction is of them. Their defaults hide nothing, so the
library and the command line show every relation; the explorer's default view hides negated
relations and those below :data:`DEFAULT_MIN_CONFIDENCE`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.build import NEGATED, edge_mode
from graph.errors import FilterError
from graph.index import date_bounds
from records import ENTITY_TYPES, MODES, RELATION_TYPES

#: A test of one edge's data dict, or of one node's.
EdgeTest = Callable[[dict], bool]
NodeTest = Callable[[dict], bool]

COOCCURRENCE = "CO_OCCURS"
#: The explorer hides relations extracted with less confidence by default. The yardstick's
#: calibration table (``python -m bench.quality --split dev``, kept in data/calibration.json)
#: has its step here: below 0.5 a minority of relations is right, from 0.5 on most are. A higher
#: default (0.8) would hide most typed relations, on the bundled sample the Moscow talks (0.7)
#: and the 2022 invasion (0.5) among them.
DEFAULT_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class FilterSpec:
    """What the user asked to see. The defaults show everything except CO_OCCURS edges.

    actors: entity ids, labels or aliases (case-insensitive) to centre on, with ``radius`` hops;
    they are shown, with their edges to what is visible, even if entity_types or min_mentions
    would hide them.
    relation_types / entity_types: empty means all. CO_OCCURS edges are shown only when
    ``show_cooccurrence`` is true or CO_OCCURS is listed in ``relation_types``.
    date_from / date_to: inclusive period (``datetime.date`` or ISO string); edges without a
    date are hidden while a period is set; a partial date ('2025-12') counts if it overlaps.
    documents: only relations whose evidence comes from these document ids.
    min_mentions: nodes mentioned at least this often. min_weight: edges at least this heavy.
    text: case-insensitive substring of an entity's label, alias or id; matching nodes become
    centres, like ``actors``. top_k: keep at most this many nodes, the best connected first.
    keep_isolates: keep nodes left without a visible edge (default: drop them).
    modes: how the text puts the relation (asserted, negated, possible, ...; empty means all);
    hide_negated: hide negated relations unless "negated" is listed in ``modes``.
    min_confidence: relations extracted with at least this confidence (0 shows all). The
    explorer's default view hides negated relations and those below
    :data:`DEFAULT_MIN_CONFIDENCE` (``FilterSpec(hide_negated=True, min_confidence=...)``).
    hidden / expanded: the reader's steps (:mod:`graph.expansion`): nodes taken off the
    screen, and nodes whose neighbours are shown (one hop, over what the filters let in);
    ids the graph lacks are ignored.
    """

    actors: tuple[str, ...] = ()
    radius: int = 1
    relation_types: tuple[str, ...] = ()
    entity_types: tuple[str, ...] = ()
    date_from: dt.date | str | None = None
    date_to: dt.date | str | None = None
    documents: tuple[str, ...] = ()
    min_mentions: int = 0
    min_weight: float = 0
    text: str = ""
    show_cooccurrence: bool = False
    top_k: int | None = None
    keep_isolates: bool = False
    # reliability (issue 18): see wanted_modes and reliability_test
    modes: tuple[str, ...] = ()
    hide_negated: bool = False
    min_confidence: float = 0.0
    # the reader's steps (issue 21): see graph.expansion
    hidden: tuple[str, ...] = ()
    expanded: tuple[str, ...] = ()


def _choices(values: Iterable[str], limit: int = 12) -> str:
    values = sorted(values)
    shown = ", ".join(values[:limit])
    return shown + (f", ... ({len(values)} in all)" if len(values) > limit else "")


def check_types(kind: str, given: Iterable[str], valid: tuple[str, ...]) -> tuple[str, ...]:
    """``given`` as a tuple; :class:`FilterError` for a type not in ``valid``."""
    given = tuple(given)
    for value in given:
        if value not in valid:
            raise FilterError(f"unknown {kind} type {value!r}; expected one of {', '.join(valid)}")
    return given


def as_date(name: str, value: dt.date | str | None) -> str | None:
    """ISO string of a date filter value (datetime.date or 'YYYY-MM-DD')."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise FilterError(f"{name}: {value!r} is not a date; expected YYYY-MM-DD") from None


def check_period(date_from: Any, date_to: Any) -> tuple[str | None, str | None]:
    """The period as ISO strings; :class:`FilterError` for a bad date or a reversed period."""
    lo, hi = as_date("date_from", date_from), as_date("date_to", date_to)
    if lo and hi and lo > hi:
        raise FilterError(f"date_from {lo} is after date_to {hi}; expected an earlier start")
    return lo, hi


def check_documents(G: nx.Graph, documents: Iterable[str]) -> set[str]:
    """``documents`` as a set; :class:`FilterError` for one ``G`` does not have."""
    documents = set(documents)
    known = G.graph.get("documents")
    if known is not None:
        for doc in sorted(documents):
            if doc not in known:
                raise FilterError(f"unknown document {doc!r}; expected one of {_choices(known)}")
    return documents


def check_spec(G: nx.Graph, spec: FilterSpec) -> tuple[str | None, str | None, set]:
    """Check every value of ``spec`` against ``G``: :class:`FilterError` names the first bad one.

    Returns what the routes need: the period as ISO strings (None: open) and the ids of the
    actors (names resolved, :func:`resolve_actors`).
    """
    check_types("relation", spec.relation_types, RELATION_TYPES)
    check_types("entity", spec.entity_types, ENTITY_TYPES)
    lo, hi = check_period(spec.date_from, spec.date_to)
    if spec.radius < 0:
        raise FilterError(f"radius {spec.radius} is negative; expected 0 or more")
    if spec.min_mentions < 0:
        raise FilterError(f"min_mentions {spec.min_mentions} is negative; expected 0 or more")
    if spec.min_weight < 0:
        raise FilterError(f"min_weight {spec.min_weight} is negative; expected 0 or more")
    if spec.top_k is not None and spec.top_k < 1:
        raise FilterError(f"top_k {spec.top_k} is too small; expected 1 or more (or none)")
    check_documents(G, spec.documents)
    check_reliability(spec.modes, spec.min_confidence)
    return lo, hi, resolve_actors(G, spec.actors)


def check_reliability(modes: Iterable[str], min_confidence: Any) -> float:
    """``min_confidence`` as a float; :class:`FilterError` for an unknown mode or a threshold
    that is no number from 0 to 1 (NaN included)."""
    check_types("mode", modes, MODES)
    try:
        threshold = float(min_confidence)
    except (TypeError, ValueError):
        raise FilterError(
            f"min_confidence {min_confidence!r} is not a number; expected 0 to 1"
        ) from None
    if not 0 <= threshold <= 1:
        raise FilterError(f"min_confidence {min_confidence} is out of range; expected 0 to 1")
    return threshold


def resolve_actors(G: nx.Graph, names: Iterable[str]) -> set:
    """Entity ids for actor names given as id, label or alias (case-insensitive).

    A name that is no id, label or alias may still be a whole word of exactly one entity's
    label or alias ('Putin' -> 'Vladimir Putin'). Raises :class:`FilterError` for a name
    that matches nothing, or that is a word of several entities' names.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("kb:putin", label="Vladimir Putin", aliases=["Poetin"])
    >>> sorted(resolve_actors(G, ["poetin", "kb:putin", "putin"]))
    ['kb:putin']
    """
    found: set = set()
    wanted: dict[str, str] = {}
    for name in names:
        if name == "":
            continue
        if name in G:
            found.add(name)
        else:
            wanted[str(name).casefold()] = name
    if not wanted:
        return found
    names_of = {
        node: {str(data.get("label", "")).casefold()}
        | {str(a).casefold() for a in data.get("aliases") or ()}
        for node, data in G.nodes(data=True)
    }
    for key, name in wanted.items():
        exact = {node for node, keys in names_of.items() if key in keys}
        if not exact:
            exact = {node for node, keys in names_of.items() if any(key in k.split() for k in keys)}
            if len(exact) > 1:
                shown = ", ".join(sorted(map(str, exact))[:8])
                raise FilterError(f"actor {name!r} is ambiguous: {shown}; give an id or full name")
        if not exact:
            raise FilterError(f"unknown actor {name!r}: no entity has this id, label or alias")
        found |= exact
    return found


def wanted_types(types: tuple[str, ...], show_cooccurrence: bool) -> set[str]:
    """Relation types shown: ``types`` (empty = all), CO_OCCURS only if asked for."""
    wanted = set(types) or set(RELATION_TYPES)
    if not show_cooccurrence and COOCCURRENCE not in types:
        wanted.discard(COOCCURRENCE)
    return wanted


def relation_type_test(wanted: set[str]) -> EdgeTest:
    """The edge's relation type (any of an aggregated edge's ``types``) is in ``wanted``."""

    def test(d: dict) -> bool:
        counts = d.get("types")
        if counts:  # aggregated edge
            return not wanted.isdisjoint(counts)
        return d.get("type") in wanted

    return test


def wanted_modes(modes: Iterable[str], hide_negated: bool) -> set[str]:
    """Modes shown: ``modes`` (empty = all), negated not when hidden and not listed."""
    modes = tuple(modes)
    wanted = set(modes) or set(MODES)
    if hide_negated and NEGATED not in modes:
        wanted.discard(NEGATED)
    return wanted


def reliability_test(wanted: set[str], min_confidence: float) -> EdgeTest | None:
    """The edge's mode is in ``wanted`` (:func:`wanted_modes`) and its confidence reaches
    ``min_confidence``; None when that hides nothing (every mode wanted, no threshold).

    An edge without ``mode`` is negated or asserted by its ``negated`` flag
    (:func:`graph.build.edge_mode`); one without ``confidence`` passes; an aggregated edge
    (``modes`` counts, the surest relation's ``confidence``) passes when any of its modes is
    wanted.

    >>> keep = reliability_test(wanted_modes((), hide_negated=True), 0.8)
    >>> keep({"mode": "asserted", "confidence": 0.9}), keep({"mode": "negated", "confidence": 0.9})
    (True, False)
    >>> keep({"mode": "asserted", "confidence": 0.5}), reliability_test(set(MODES), 0.0)
    (False, None)
    """
    every_mode = wanted >= set(MODES)
    threshold = float(min_confidence)
    if every_mode and threshold <= 0:
        return None

    def test(d: dict) -> bool:
        confidence = d.get("confidence")
        if confidence is not None and confidence < threshold:
            return False
        if every_mode:
            return True
        counts = d.get("modes")
        if counts:  # aggregated edge
            return not wanted.isdisjoint(counts)
        return edge_mode(d) in wanted

    return test


def period_test(date_from: str | None, date_to: str | None) -> EdgeTest:
    """The edge's ``date`` (partial dates count if they overlap) lies in the period; undated
    edges fail."""
    bounds: dict[str, tuple[str, str]] = {}
    lo = date_from or "0000-00-00"
    hi = date_to or "9999-99-99"

    def test(d: dict) -> bool:
        date = d.get("date")
        if not date:
            return False
        b = bounds.get(date)
        if b is None:
            b = bounds[date] = date_bounds(date)
        return b[0] <= hi and b[1] >= lo

    return test


def documents_test(documents: set[str]) -> EdgeTest:
    """The edge's evidence comes from one of ``documents``."""

    def test(d: dict) -> bool:
        docs = d.get("documents")  # aggregated or projected edges carry several
        if docs:
            return not documents.isdisjoint(docs)
        return d.get("document") in documents

    return test


def min_weight_test(min_weight: float) -> EdgeTest:
    """The edge's ``weight`` (1 per relation, the count when aggregated) is at least this."""
    return lambda d: d.get("weight", 1.0) >= min_weight


def entity_type_test(types: Iterable[str]) -> NodeTest:
    """The node's entity type is one of ``types``."""
    wanted = set(types)
    return lambda d: d.get("type") in wanted


def event_period_test(lo: str | None, hi: str | None) -> NodeTest:
    """An EVENT node's own date lies in the period (other nodes, and undated events, pass)."""
    period = period_test(lo, hi)

    def test(d: dict) -> bool:
        event = d.get("event")
        if not event or not event.get("date"):
            return True
        return period(event)

    return test


def all_of(*predicates: Callable[..., bool] | None) -> Callable[..., bool]:
    """A predicate true when every given predicate is (``None`` entries are skipped).

    >>> all_of(lambda n: n > 1, None, lambda n: n < 5)(3)
    True
    """
    preds = [p for p in predicates if p is not None]
    if not preds:
        return lambda *args: True
    if len(preds) == 1:
        return preds[0]
    if len(preds) == 2:  # the common case, without a generator per call
        first, second = preds
        return lambda *args: first(*args) and second(*args)
    return lambda *args: all(p(*args) for p in preds)
