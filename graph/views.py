"""Views of one knowledge graph, derived on demand and never stored twice, and what is shown.

- :func:`event_view`: the full MultiDiGraph, EVENT entities as nodes linked by PARTICIPANT edges;
- :func:`actor_view`: EVENT nodes projected onto actor-to-actor edges typed by their event;
- :func:`aggregate`: a DiGraph with one edge per ordered pair, parallel relations counted.

All take any graph or view (e.g. the result of :func:`graph.filters.apply_filters`) and never
mutate it. The derived graphs share ``G.graph["sentences"]``/``["documents"]`` with ``G``.

:func:`displayed_graph` is the one definition of what a filter spec shows (:class:`Shown`:
the drawn, aggregated graph and the relations behind it); the app draws it, and the app's
downloads and ``python -m graph export`` (:func:`select`) write it. :func:`hidden_by_reliability`
counts the relations its reliability filter keeps off it (the app says so, with one click to
show them).
"""

from __future__ import annotations

import dataclasses
import heapq
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import networkx as nx

from graph._gc import paused_gc
from graph.build import NEGATED, edge_mode
from graph.errors import FilterError
from graph.expansion import with_steps, without_steps
from graph.filters import FilterSpec, apply_filters
from graph.nxdicts import succ_dict
from graph.spec import check_reliability, reliability_test, resolve_actors, wanted_modes
from records import DATE_SOURCES, MODES, RELATION_TYPES, TEXT_DATE_SOURCES

PARTICIPANT = "PARTICIPANT"
#: Names of the views, as the CLI's --view spells them.
VIEWS = ("full", "aggregate", "actors")
#: The graphs a view starts from (:func:`base_view`), as the app's selector names them.
BASE_VIEWS = {
    "actors": "Typed edges between actors",
    "events": "Events as nodes",
}
_ORDER = {t: i for i, t in enumerate(RELATION_TYPES)}


def event_view(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph as built: events stay nodes. Returns ``G`` itself (no copy)."""
    return G


def aggregate(G: nx.Graph) -> nx.DiGraph:
    """Merge parallel edges: one edge per ordered (actor, recipient) pair.

    Edge attributes: ``id`` ('u->v'), ``type`` (the most frequent type, CO_OCCURS only when
    nothing else links the pair), ``types`` ({type: count}), ``weight`` (sum of the merged
    weights, i.e. the number of relations), ``sentences`` (union, in order), ``relations``
    (merged relation ids), ``trigger`` (distinct triggers joined by ', '), ``negated`` (all
    merged relations negated), ``modes`` ({mode: count}) and ``mode`` (:func:`merged_mode`),
    ``date`` (the latest date found in the text, else the latest article date) with its
    ``date_source``, ``first_date``, ``documents``, ``confidence`` (max). Node attributes are
    copied.

    >>> G = nx.MultiDiGraph()
    >>> for key, kind in [("r1", "CONSULT"), ("r2", "CONSULT"), ("r3", "CO_OCCURS")]:
    ...     _ = G.add_edge("a", "b", key=key, type=kind, sentences=[key], weight=1.0)
    >>> H = aggregate(G)
    >>> d = H.edges["a", "b"]
    >>> d["type"], d["weight"], d["types"], d["relations"]
    ('CONSULT', 3.0, {'CONSULT': 2, 'CO_OCCURS': 1}, ['r1', 'r2', 'r3'])
    """
    with paused_gc():
        return _aggregate(G)


def _aggregate(G: nx.Graph) -> nx.DiGraph:
    H = nx.DiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True))
    groups: dict[tuple[Any, Any], list[tuple[Any, dict]]] = {}
    if G.is_multigraph():
        for u, v, k, d in G.edges(keys=True, data=True):
            groups.setdefault((u, v), []).append((k, d))
    else:
        for u, v, d in G.edges(data=True):
            groups.setdefault((u, v), []).append((d.get("id", f"{u}->{v}"), d))
    for (u, v), items in groups.items():
        types = Counter()
        for _, d in items:
            for t, n in (d.get("types") or {d.get("type"): 1}).items():
                types[t] += n
        H.add_edge(u, v, **_merge(u, v, items, types))
    return H


def _dominant(types: Counter) -> str | None:
    ranked = sorted(
        types.items(), key=lambda tn: (tn[0] == "CO_OCCURS", -tn[1], _ORDER.get(tn[0], 99))
    )
    return ranked[0][0] if ranked else None


def merged_mode(modes: Counter | dict) -> str:
    """The mode an edge merging relations of ``modes`` ({mode: count}) is drawn with:
    asserted when any relation is, negated only when all are, else the most frequent other.

    >>> merged_mode({"negated": 2, "asserted": 1}), merged_mode({"negated": 1, "possible": 1})
    ('asserted', 'possible')
    >>> merged_mode({"negated": 3}), merged_mode({})
    ('negated', 'asserted')
    """
    if not modes or modes.get("asserted"):
        return "asserted"
    others = [(m, n) for m, n in modes.items() if m != "negated" and n]
    if not others:
        return "negated"
    order = {m: i for i, m in enumerate(MODES)}
    return min(others, key=lambda mn: (-mn[1], order.get(mn[0], 99)))[0]


def _mode_counts(items: list[tuple[Any, dict]]) -> dict[str, int]:
    modes: Counter = Counter()
    for _, d in items:
        modes.update(d.get("modes") or {edge_mode(d): 1})
    order = {m: i for i, m in enumerate(MODES)}
    return dict(sorted(modes.items(), key=lambda mn: order.get(mn[0], 99)))


def _reporter(items: list[tuple[Any, dict]]) -> dict[str, Any]:
    """``reported_by`` and ``speech_verb`` of merged relations: theirs when they all share one
    reporter, else None (the details panel lists each relation's own)."""
    reporters = {d.get("reported_by") for _, d in items}
    if len(reporters) != 1 or None in reporters:
        return {"reported_by": None, "speech_verb": None}
    verbs = list(dict.fromkeys(d["speech_verb"] for _, d in items if d.get("speech_verb")))
    return {"reported_by": reporters.pop(), "speech_verb": ", ".join(verbs) or None}


def _text_first(items: list[tuple[Any, dict]]) -> tuple[str | None, str | None]:
    """(date, date_source) of merged relations: the latest date the text gives (a relation's
    own clause, "text", or the story's day, "story"; "text" when both give that day), else the
    latest article date.

    >>> _text_first([(0, {"date": "2025-12-01", "date_source": "story"}),
    ...              (1, {"date": "2025-12-03", "date_source": "document"})])
    ('2025-12-01', 'story')
    """
    told = {
        (d["date"], d["date_source"])
        for _, d in items
        if d.get("date") and d.get("date_source") in TEXT_DATE_SOURCES
    }
    if told:
        date = max(day for day, _ in told)
        return date, "text" if (date, "text") in told else "story"
    dates = [d["date"] for _, d in items if d.get("date")]
    return (max(dates), "document") if dates else (None, None)


def _merge(u: Any, v: Any, items: list[tuple[Any, dict]], types: Counter) -> dict:
    sentences = list(dict.fromkeys(s for _, d in items for s in d.get("sentences") or ()))
    # an already merged edge (a view merged again after top_k) brings its own earliest date
    dates = [d.get("first_date") or d["date"] for _, d in items if d.get("date")]
    date, date_source = _text_first(items)
    modes = _mode_counts(items)
    docs = {d.get("document") for _, d in items if d.get("document")}
    docs.update(doc for _, d in items for doc in d.get("documents") or ())
    relations = []
    for k, d in items:
        relations.extend(d.get("relations") or [k])
    triggers = dict.fromkeys(d.get("trigger") for _, d in items if d.get("trigger"))
    return {
        "id": f"{u}->{v}",
        "type": _dominant(types),
        "types": dict(sorted(types.items(), key=lambda tn: _ORDER.get(tn[0], 99))),
        "weight": float(sum(d.get("weight", 1.0) for _, d in items)),
        "sentences": sentences,
        "relations": relations,
        "trigger": ", ".join(triggers),
        "negated": all(d.get("negated", False) for _, d in items),
        "modes": modes,
        "mode": merged_mode(modes),
        **_reporter(items),
        "date": date,
        "date_source": date_source,
        "first_date": min(dates) if dates else None,
        "documents": sorted(docs),
        "confidence": max((d.get("confidence", 1.0) for _, d in items), default=1.0),
    }


def actor_view(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Project each EVENT node onto actor-to-actor edges typed by its event's PLOVER type.

    For an event, every PARTICIPANT with role ``source`` gets an edge to every participant
    with role ``target`` (key ``'<event>|<source>|<target>'``). An event with sources but no
    targets (or the reverse) links its participants pairwise in id order. ``location``
    participants are not actors. Events whose participants the records already link
    (relations with an ``event`` attribute) are not projected again. The new edge carries the
    event's ``type``, ``trigger`` and ``date``, ``event`` (its id), ``relations`` (the
    PARTICIPANT relation ids), the union of their ``sentences``, and the lowest ``confidence``.
    EVENT nodes and edges touching them are left out; every other node and edge is kept as it
    is.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ev", type="EVENT", event={"type": "CONSULT", "trigger": "talks",
    ...                                      "location": None, "date": "2025-12-02"})
    >>> G.add_nodes_from([("putin", {"type": "PERSON"}), ("witkoff", {"type": "PERSON"})])
    >>> _ = G.add_edge("putin", "ev", key="p1", type="PARTICIPANT", role="source",
    ...                sentences=["d:0"], confidence=0.9)
    >>> _ = G.add_edge("witkoff", "ev", key="p2", type="PARTICIPANT", role="target",
    ...                sentences=["d:2"], confidence=0.8)
    >>> H = actor_view(G)
    >>> [(u, v, d["type"], d["sentences"]) for u, v, d in H.edges(data=True)]
    [('putin', 'witkoff', 'CONSULT', ['d:0', 'd:2'])]
    """
    with paused_gc():
        return _actor_view(G)


def _actor_view(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    events = {n for n, d in G.nodes(data=True) if d.get("type") == "EVENT"}
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True) if n not in events)
    roles: dict[Any, dict[str, dict[Any, list[tuple[Any, dict]]]]] = {
        e: {"source": {}, "target": {}} for e in events
    }
    # Extraction already links an event's participants when it can tell the sides apart
    # (relations carrying ``event``); those events are not projected a second time.
    derived = {
        d["event"]
        for u, v, d in G.edges(data=True)
        if d.get("event") and u not in events and v not in events
    }
    for u, v, k, d in G.edges(keys=True, data=True):
        if u in events or v in events:
            if d.get("type") == PARTICIPANT and (u in events) != (v in events):
                event, actor = (v, u) if v in events else (u, v)
                role = d.get("role")
                if role in ("source", "target"):
                    roles[event][role].setdefault(actor, []).append((k, d))
            continue
        H.add_edge(u, v, key=k, **d)
    for event, by_role in roles.items():
        if event in derived:
            continue
        sources, targets = by_role["source"], by_role["target"]
        if sources and targets:
            pairs = [(s, t) for s in sources for t in targets if s != t]
        else:
            group = sources or targets
            pairs = list(combinations(sorted(group, key=str), 2))
        info = G.nodes[event].get("event") or {}
        for s, t in pairs:
            items = [*(sources.get(s) or targets.get(s)), *(targets.get(t) or sources.get(t))]
            H.add_edge(s, t, key=f"{event}|{s}|{t}", **_projected(event, info, items))
    return H


def _projected(event: Any, info: dict, items: list[tuple[Any, dict]]) -> dict:
    documents = sorted({d["document"] for _, d in items if d.get("document")})
    date, date_source = _text_first(items)
    if info.get("date"):  # the event's own date; "document" only when it is the article's date
        date = info["date"]
        same = {d.get("date_source") for _, d in items if d.get("date") == date}
        own = info.get("date_source") if info.get("date_source") in DATE_SOURCES else "text"
        date_source = next((s for s in ("text", "story", "document") if s in same), own)
    modes = _mode_counts(items)
    return {
        "type": info.get("type", "STATEMENT"),
        "trigger": info.get("trigger", ""),
        "sentences": list(dict.fromkeys(s for _, d in items for s in d.get("sentences") or ())),
        "negated": merged_mode(modes) == "negated",
        "mode": merged_mode(modes),
        "date": date,
        "date_source": date_source,
        "document": documents[0] if documents else None,
        "documents": documents,
        "weight": 1.0,
        "confidence": min((d.get("confidence", 1.0) for _, d in items), default=1.0),
        "role": None,
        "detail": None,
        "event": event,
        "relations": list(dict.fromkeys(k for k, _ in items)),
    }


def base_view(G: nx.MultiDiGraph, view: str) -> nx.MultiDiGraph:
    """The graph a view starts from: events as nodes (``G`` itself) or actor-to-actor edges.

    >>> base_view(nx.MultiDiGraph(), "events").number_of_nodes()
    0
    """
    if view == "events":
        return event_view(G)
    if view == "actors":
        return actor_view(G)
    raise ValueError(f"unknown view {view!r}; expected one of {', '.join(BASE_VIEWS)}")


@dataclass(frozen=True)
class Shown:
    """What is on screen: ``drawn`` (one aggregated edge per ordered pair, id ``'u->v'``) and
    ``relations`` (a read-only view of the individual relations behind those edges)."""

    drawn: nx.DiGraph
    relations: nx.MultiDiGraph


def displayed_graph(V: nx.MultiDiGraph, spec: FilterSpec) -> Shown:
    """Filter ``V`` by ``spec`` and aggregate parallel relations (edge id ``'u->v'``).

    This is what is on screen, and what the CLI and the exports write: ``min_weight`` and
    ``top_k`` apply to the aggregated edges (weight = number of relations; the chosen actors
    stay centres there), every other field applies to the individual relations, and
    ``relations`` keeps only the relations behind a drawn edge. The reader's steps
    (``hidden``, ``expanded``: :mod:`graph.expansion`) apply last. Raises
    :class:`graph.errors.FilterError` for an invalid value.

    >>> V = nx.MultiDiGraph()
    >>> V.add_nodes_from(["a", "b", "c"], type="PERSON", mentions=1)
    >>> for key, (u, v) in enumerate([("a", "b"), ("a", "b"), ("b", "c")]):
    ...     _ = V.add_edge(u, v, key=f"r{key}", type="CONSULT", weight=1.0, sentences=[])
    >>> shown = displayed_graph(V, FilterSpec(min_weight=2))
    >>> sorted(shown.drawn.edges), sorted(shown.relations.edges(keys=True))
    ([('a', 'b')], [('a', 'b', 'r0'), ('a', 'b', 'r1')])
    """
    steps, spec = spec, without_steps(spec)
    H = apply_filters(V, dataclasses.replace(spec, min_weight=0, top_k=None))
    ranked = spec.top_k is not None and not (spec.actors or spec.keep_isolates)
    ranked = ranked and V.is_multigraph() and V.is_directed()
    # top nodes without centres: rank on pair counts, merge only the pairs among the best
    A = aggregate(_among_top(H, spec.top_k, spec.min_weight) if ranked else H)
    if spec.min_weight > 1 or spec.top_k is not None:
        centres = resolve_actors(V, spec.actors)  # ids, or the CLI's names; valid: H was built
        second = FilterSpec(
            actors=tuple(sorted((a for a in centres if a in A), key=str)),
            radius=spec.radius if spec.actors else 0,
            min_weight=spec.min_weight,
            top_k=spec.top_k,
            show_cooccurrence=True,  # the first pass already decided
            keep_isolates=spec.keep_isolates,
        )
        A = aggregate(apply_filters(A, second))
        H = nx.subgraph_view(
            H, filter_node=A.__contains__, filter_edge=lambda u, v, k: A.has_edge(u, v)
        )
    return with_reader_steps(V, steps, Shown(drawn=A, relations=H))


def with_reader_steps(V: nx.MultiDiGraph, spec: FilterSpec, base: Shown) -> Shown:
    """:func:`displayed_graph` of ``spec`` from ``base``, what its filters alone show
    (``displayed_graph(V, without_steps(spec))``): the reader's hidden and expanded nodes
    applied to it.  A find or a step changes only the steps, so the app keeps ``base`` and
    applies them here (issue 21: the filters' pass cost a big view 0.3 s on every step).

    >>> V = nx.MultiDiGraph()
    >>> V.add_nodes_from(["a", "b", "c"], type="PERSON", mentions=1)
    >>> for key, (u, v) in enumerate([("a", "b"), ("b", "c")]):
    ...     _ = V.add_edge(u, v, key=f"r{key}", type="CONSULT", weight=1.0, sentences=[])
    >>> base = displayed_graph(V, FilterSpec(actors=("a",)))
    >>> spec = FilterSpec(actors=("a",), expanded=("b",))
    >>> sorted(with_reader_steps(V, spec, base).drawn) == sorted(displayed_graph(V, spec).drawn)
    True
    """
    if not (spec.hidden or spec.expanded):
        return base
    A, H = _with_steps(V, spec, base.drawn, base.relations)
    return Shown(drawn=A, relations=H)


def _among_top(H: nx.MultiDiGraph, k: int, min_weight: float) -> nx.MultiDiGraph:
    """``H`` on the ``k`` nodes with the most merged pairs of at least ``min_weight`` (ties by
    id, as :func:`graph.filters.apply_filters` ranks the merged graph), all their edges kept.

    Merging every pair of a 20,000-relation view only to keep 200 nodes cost most of the big
    default view (issue 20): the pairs and their merged weights are counted here from ``H``'s
    adjacency instead, and only the relations among the kept nodes are merged. The merged
    graph's second pass then finds at most ``k`` nodes and cuts nothing more.
    """
    degree: Counter = Counter()
    for u, nbrs in succ_dict(H).items():
        for v, keyed in nbrs.items():
            if min_weight and (
                float(sum(d.get("weight", 1.0) for d in keyed.values())) < min_weight
            ):
                continue
            degree[u] += 1
            degree[v] += 1
    best = set(heapq.nsmallest(k, degree, key=lambda n: (-degree[n], str(n))))
    return nx.subgraph_view(H, filter_node=best.__contains__)


def _with_steps(
    V: nx.MultiDiGraph, spec: FilterSpec, A: nx.DiGraph, H: nx.MultiDiGraph
) -> tuple[nx.DiGraph, nx.MultiDiGraph]:
    """``A`` and ``H`` with the reader's hidden and expanded nodes (:func:`with_steps`)."""
    nodes, relations = with_steps(V, spec, H, A.nodes)
    H = nx.subgraph_view(
        V,
        filter_node=nodes.__contains__,
        filter_edge=lambda u, v, k: (u, v, k) in relations,
    )
    return aggregate(H), H


def hidden_by_reliability(V: nx.Graph, spec: FilterSpec) -> dict[str, int]:
    """How many relations that pass every other filter of ``spec`` its reliability filter
    keeps off :func:`displayed_graph`: ``{"negated": n, "low_confidence": m}``.

    Negated ones count as negated (also below the threshold) when ``hide_negated`` hides them;
    relations of a mode left out of a chosen ``modes`` list are not counted (the list is the
    user's own choice). ``min_weight`` and ``top_k`` are left out of the count (they apply to
    the drawn pairs, not to relations).

    >>> V = nx.MultiDiGraph()
    >>> _ = V.add_edge("a", "b", key="r1", type="AGREE", mode="negated", confidence=0.9)
    >>> _ = V.add_edge("a", "c", key="r2", type="AGREE", mode="asserted", confidence=0.5)
    >>> _ = V.add_edge("a", "d", key="r3", type="AGREE", mode="asserted", confidence=0.9)
    >>> hidden_by_reliability(V, FilterSpec(hide_negated=True, min_confidence=0.8))
    {'negated': 1, 'low_confidence': 1}
    """
    check_reliability(spec.modes, spec.min_confidence)
    counts = {"negated": 0, "low_confidence": 0}
    wanted = wanted_modes(spec.modes, spec.hide_negated)
    reliable = reliability_test(wanted, spec.min_confidence)
    if reliable is None:
        return counts
    relaxed = dataclasses.replace(
        spec, hide_negated=False, modes=(), min_confidence=0.0, min_weight=0, top_k=None
    )
    H = apply_filters(V, relaxed)
    edges = H.edges(keys=True, data=True) if H.is_multigraph() else H.edges(data=True)
    for *_, d in edges:
        if reliable(d):
            continue
        mode = edge_mode(d)
        if mode in wanted:
            counts["low_confidence"] += 1
        elif mode == NEGATED and not spec.modes:
            counts["negated"] += 1  # hidden by hide_negated, not by a chosen list of modes
    return counts


def select(G: nx.MultiDiGraph, spec: FilterSpec = FilterSpec(), view: str = "full") -> nx.Graph:
    """The graph ``python -m graph export --view`` writes: a part of :func:`displayed_graph`.

    - ``full``: the relations shown, events as nodes (the app's "events" view);
    - ``actors``: the relations shown in the actor view (the app's default view);
    - ``aggregate``: what the app draws of the events view, one edge per ordered pair.

    >>> G = nx.MultiDiGraph()
    >>> for key in ("r1", "r2"):
    ...     _ = G.add_edge("a", "b", key=key, type="CONSULT", weight=1.0)
    >>> _ = G.add_edge("a", "c", key="r3", type="CONSULT", weight=1.0)
    >>> H = select(G, FilterSpec(min_weight=2), view="aggregate")
    >>> list(H.edges(data="weight"))
    [('a', 'b', 2.0)]
    >>> sorted(select(G, FilterSpec(min_weight=2)).edges(keys=True))
    [('a', 'b', 'r1'), ('a', 'b', 'r2')]
    """
    if view not in VIEWS:
        raise FilterError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    shown = displayed_graph(base_view(G, "actors" if view == "actors" else "events"), spec)
    return shown.drawn if view == "aggregate" else shown.relations
