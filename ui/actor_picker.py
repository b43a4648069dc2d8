"""The sidebar's actor picker: the most mentioned actors and those chosen, and any other actor by
a name typed in full.

On a big corpus the picker listed every node (5,000 names on a big store), and a page that
reruns sends them all before the graph: a find that centres on a node the default view left
out waited for them (issue 21). It now lists :data:`LISTED` actors, the most mentioned, and the
ones chosen; they match labels and aliases as the user types ("Poetin" finds Putin). A name
not listed is taken when typed and entered: :func:`resolve` finds the actor by label or alias
in any language (case and accents ignored), and :func:`on_change` puts it in the filter.

The functions are pure and tested without Streamlit; the widget is :func:`actor_picker`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

import networkx as nx

from records.text import alias_key
from ui import keys

#: How many actors the picker lists (besides the chosen ones).
LISTED = 200
#: Session state: the names typed into the picker that match no actor, to say so once.
UNKNOWN = "_actor_picker_unknown"


def listed(actors: Mapping[str, str], chosen: Iterable[str], limit: int = LISTED) -> list[str]:
    """The picker's options: the first ``limit`` of ``actors`` (most mentioned first), then the
    chosen ones not among them.

    >>> listed({"a": "A", "b": "B", "c": "C"}, ["c", "gone"], limit=1)
    ['a', 'c']
    """
    first = list(actors)[:limit]
    shown = set(first)
    return first + [a for a in dict.fromkeys(chosen) if a in actors and a not in shown]


def _names(attrs: Mapping[str, Any]) -> list[str]:
    return [str(n) for n in [attrs.get("label") or "", *(attrs.get("aliases") or ())]]


def resolve(V: nx.Graph, actors: Mapping[str, str], typed: str) -> str | None:
    """The actor a typed name means: the most mentioned one (``actors``' order) with that label or
    alias, else the most mentioned one with a label or alias containing it; None if no actor has.

    >>> V = nx.Graph()
    >>> V.add_node("kb:putin", label="Vladimir Putin", aliases=["Poetin"])
    >>> V.add_node("p:poetina", label="Anna Poetina", aliases=[])
    >>> actors = {"p:poetina": "Anna Poetina (PERSON)", "kb:putin": "Vladimir Putin (PERSON)"}
    >>> resolve(V, actors, "poetin"), resolve(V, actors, "Poetina"), resolve(V, actors, "Putin")
    ('kb:putin', 'p:poetina', 'kb:putin')
    >>> resolve(V, actors, "Macron") is None
    True
    """
    key = alias_key(typed)
    if not key:
        return None
    partial = None
    for node in actors:
        if node not in V:
            continue
        keys_ = [alias_key(n) for n in _names(V.nodes[node])]
        if key in keys_:
            return node
        if partial is None and any(key in k for k in keys_):
            partial = node
    return partial


def take_typed(state: MutableMapping[str, Any], V: nx.Graph, actors: Mapping[str, str]) -> None:
    """The picker's value with each typed name replaced by the actor it means; names that mean
    no actor are dropped and kept under :data:`UNKNOWN`."""
    value = list(state.get(keys.ACTORS) or ())
    chosen, unknown = [], []
    for item in value:
        node = item if item in actors else resolve(V, actors, str(item))
        if node is None:
            unknown.append(str(item))
        elif node not in chosen:
            chosen.append(node)
    if chosen != value:
        state[keys.ACTORS] = chosen
    if unknown:
        state[UNKNOWN] = unknown


def on_change(V: nx.Graph, actors: Mapping[str, str]) -> None:
    """Callback of the picker: typed names become actors."""
    import streamlit as st

    take_typed(st.session_state, V, actors)


def actor_picker(sb: Any, V: nx.Graph, options: Any) -> None:
    """The "Actors" multiselect in ``sb`` (the sidebar), for ``options`` (ui.filter_state's
    FilterOptions of view ``V``)."""
    import streamlit as st

    chosen = st.session_state.get(keys.ACTORS) or []
    sb.multiselect(
        "Actors",
        listed(options.actors, chosen),
        format_func=lambda n: options.names.get(n) or options.actors.get(n, n),
        key=keys.ACTORS,
        placeholder="Type a name or alias to centre the graph on it",
        filter_mode="contains",
        accept_new_options=len(options.actors) > LISTED,
        on_change=on_change,
        args=(V, options.actors),
        help=(
            f"Lists the {LISTED} most mentioned actors; type any other name or alias in full "
            "and press Enter"
        )
        if len(options.actors) > LISTED
        else None,
    )
    unknown = st.session_state.pop(UNKNOWN, None)
    if unknown:
        sb.caption(f"No actor is named {', '.join(unknown)}.")
