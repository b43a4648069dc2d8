"""Expanding and hiding nodes by hand (issue 21, item 2): which nodes and relations a view
gains or loses when the reader shows a node's neighbours or hides a node.

A :class:`~graph.spec.FilterSpec` carries the reader's steps as two fields: ``expanded``
(nodes whose neighbours are shown) and ``hidden`` (nodes taken off the screen).
:func:`graph.views.displayed_graph` applies them to what the filters show, through
:func:`with_steps`, so that the canvas, the tables and every export agree.

An expansion is one hop, and only over what the filters let in: the relation types
(co-occurrence only when shown), the reliability filter, the period and the documents, and
the entity types of the neighbour. The size filters (actors and radius, text search,
"top nodes", minimum mentions and weight) decide what the view starts from, not what a
node's neighbours are, so they do not limit an expansion. A hidden node stays hidden, also
when an expansion would add it, and a node left without any relation by hiding its
neighbours goes with them (as the filters drop isolated nodes), unless it was on screen
without a relation before (a chosen actor) or is itself expanded.

An expansion adds at most :data:`EXPANSION_LIMIT` nodes per expanded node, those with the
most relations to it first: a hub of a big corpus has hundreds of neighbours, too many to
draw or to read at once.

Ids that the graph does not have (a link from another corpus) are ignored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from typing import Any

import networkx as nx

from graph.filters import FilterSpec, apply_filters

#: The FilterSpec fields that say which relations and neighbours an expansion may add.
LETTING_IN = (
    "relation_types",
    "entity_types",
    "date_from",
    "date_to",
    "documents",
    "show_cooccurrence",
    "modes",
    "hide_negated",
    "min_confidence",
)


#: At most this many nodes come with one expanded node (the most linked to it first).
EXPANSION_LIMIT = 50


def without_steps(spec: FilterSpec) -> FilterSpec:
    """``spec`` without the reader's steps: what the filters alone show.

    >>> spec = without_steps(FilterSpec(hidden=("a",), expanded=("b",), radius=2))
    >>> spec.hidden, spec.expanded, spec.radius
    ((), (), 2)
    """
    if not spec.hidden and not spec.expanded:
        return spec
    return dataclasses.replace(spec, hidden=(), expanded=())


def letting_in(spec: FilterSpec) -> FilterSpec:
    """The part of ``spec`` that decides what an expansion may add (:data:`LETTING_IN`).

    >>> spec = letting_in(FilterSpec(actors=("a",), top_k=5, relation_types=("CONSULT",)))
    >>> spec.actors, spec.top_k, spec.relation_types
    ((), None, ('CONSULT',))
    """
    return FilterSpec(**{name: getattr(spec, name) for name in LETTING_IN})


def neighbours(F: nx.Graph, node: Any) -> set:
    """The nodes one relation away from ``node`` in ``F``, in either direction."""
    if node not in F:
        return set()
    found = set(F.successors(node)) if F.is_directed() else set(F.neighbors(node))
    if F.is_directed():
        found.update(F.predecessors(node))
    found.discard(node)
    return found


def most_linked(F: nx.Graph, node: Any, candidates: Iterable[Any], limit: int) -> list:
    """The ``limit`` of ``candidates`` with the most relations to ``node`` in ``F`` (either
    direction), ties in id order.

    >>> F = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("c", "a"), ("a", "d"), ("d", "a")])
    >>> most_linked(F, "a", ["b", "c", "d"], 2)
    ['b', 'd']
    """

    def links(other: Any) -> int:
        n = F.number_of_edges(node, other)
        return n + F.number_of_edges(other, node) if F.is_directed() else n

    return sorted(candidates, key=lambda other: (-links(other), str(other)))[:limit]


def expansion(V: nx.MultiDiGraph, spec: FilterSpec, displayed: Collection[Any], node: Any) -> set:
    """The nodes that showing ``node``'s neighbours adds to the ``displayed`` ones: its
    neighbours over relations the filters of ``spec`` let in (:func:`letting_in`), less those
    already displayed and those the reader hid. All of them: the screen shows at most
    :data:`EXPANSION_LIMIT` (:func:`with_steps`).

    >>> V = nx.MultiDiGraph()
    >>> V.add_nodes_from([("a", {"type": "PERSON"}), ("b", {"type": "PERSON"}),
    ...                   ("c", {"type": "ORG"}), ("d", {"type": "PERSON"})])
    >>> for key, (u, v, t) in enumerate([("a", "b", "CONSULT"), ("c", "a", "CONSULT"),
    ...                                  ("a", "d", "CO_OCCURS")]):
    ...     _ = V.add_edge(u, v, key=f"r{key}", type=t)
    >>> sorted(expansion(V, FilterSpec(), {"a"}, "a"))
    ['b', 'c']
    >>> sorted(expansion(V, FilterSpec(entity_types=("PERSON",)), {"a", "b"}, "a"))
    []
    """
    F = apply_filters(V, letting_in(spec))
    hidden = set(spec.hidden)
    return {n for n in neighbours(F, node) if n not in displayed and n not in hidden}


def with_steps(
    V: nx.MultiDiGraph, spec: FilterSpec, relations: nx.MultiDiGraph, nodes: Iterable[Any]
) -> tuple[set, set[tuple[Any, Any, Any]]]:
    """The nodes and relations (``(u, v, key)`` of ``V``) on screen once the reader's steps in
    ``spec`` apply to what its filters show: ``nodes`` (drawn) and ``relations`` (the
    relations behind them, a subgraph of ``V``).

    Each expanded node comes with its neighbours (:func:`expansion`; the
    :data:`EXPANSION_LIMIT` most linked) and every relation the filters let in between them
    and what is on screen; then hidden nodes go, with their relations, and so do nodes that
    only they linked to the rest.
    """
    shown = set(nodes)
    kept = set(relations.edges(keys=True))
    hidden = {n for n in spec.hidden if n in V}
    expanded = [n for n in spec.expanded if n in V and n not in hidden]
    if expanded:
        F = apply_filters(V, letting_in(spec))
        added: set = set()
        for node in expanded:
            added.add(node)
            new = neighbours(F, node) - hidden - shown - added
            added.update(most_linked(F, node, new, EXPANSION_LIMIT))
        added -= hidden
        added -= shown
        anchors = added | set(expanded)  # a new relation touches one of these
        shown |= added
        for node in anchors:
            if node not in F:
                continue
            for u, v, k in F.out_edges(node, keys=True):
                if v in shown:
                    kept.add((u, v, k))
            for u, v, k in F.in_edges(node, keys=True):
                if u in shown:
                    kept.add((u, v, k))
    if not hidden:
        return shown, kept
    linked_before = {n for u, v, _ in kept for n in (u, v)}
    kept = {(u, v, k) for u, v, k in kept if u not in hidden and v not in hidden}
    linked = {n for u, v, _ in kept for n in (u, v)}
    keep_alone = set(expanded) | (shown - linked_before)  # chosen actors drawn without a link
    if spec.keep_isolates:
        keep_alone = shown
    shown = {n for n in shown if n not in hidden and (n in linked or n in keep_alone)}
    return shown, kept
