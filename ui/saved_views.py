"""Saved views (issue 21, item 3): the view state of a stored corpus, kept in its store by name.

A saved view is the same state a link holds (:func:`ui.urlstate.to_params`: source, view,
filters, selection, tab), stored with :meth:`store.Store.save_view`.  Opening one replaces the
whole view, as opening its link in a new tab would: every key the view does not name goes back
to its default, and what it names is checked as a URL's values are
(:func:`ui.urlstate.from_params`), since a store file may come from anyone.

The panel sits in the sidebar of the "Stored corpus" source, under the store's select box:
save under a name (a taken name only with "Overwrite"), open, delete.  Each action says what it
did in one line.  Elsewhere (the sample, uploaded or pasted articles, a records file, an
uploaded store file, which is a temporary copy) there is nowhere to keep a view, so the panel is
not offered and one line says why (:func:`missing_reason`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

import streamlit as st

from store import StoreError
from ui import keys, urlstate
from ui.details import plain

#: Keys a view sets when opened: everything the URL holds but the source (a view saved in a
#: store opens on that store).
OPENED_KEYS = tuple(k for k in urlstate.DEFAULTS if k != keys.CORPUS_SOURCE)


def state_to_save(state: Mapping[str, Any]) -> dict[str, list[str]]:
    """The view state a "save view" stores: the URL's parameters of the session state.

    >>> state_to_save({"corpus_source": "stored", "actors": ["kb:putin"], "radius": 1})
    {'corpus_source': ['stored'], 'actors': ['kb:putin']}
    """
    return urlstate.to_params(state)


def opened_state(
    params: Mapping[str, Any],
    sources: Collection[str] = (),
    views: Collection[str] = ("actors", "events"),
) -> dict[str, Any]:
    """The session-state values that opening a view with ``params`` writes: each key of
    :data:`OPENED_KEYS`, the view's value where it names a well-formed one, else the default.

    >>> state = opened_state({"actors": ["kb:putin"], "radius": ["99"], "tab": ["Tables"]})
    >>> state["actors"], state["radius"], state["tab"], state["text"], state["selection"]
    (['kb:putin'], 1, 'Tables', '', None)
    """
    wanted = urlstate.from_params(params, sources=sources, views=views)
    out: dict[str, Any] = {}
    for key in OPENED_KEYS:
        default = urlstate.DEFAULTS[key]
        value = wanted.get(key, default)
        out[key] = list(value) if isinstance(value, list) else value
    return out


def missing_reason(source: str, *, store_uploaded: bool, stores_configured: bool) -> str | None:
    """Why the saved-views panel is not offered for this corpus (one line), or None when it is:
    views are kept in a configured store, and a link keeps a view anywhere.

    >>> missing_reason("stored", store_uploaded=False, stores_configured=True) is None
    True
    >>> missing_reason("sample", store_uploaded=False, stores_configured=True)
    'Saved views are kept in a store: open a stored corpus to save this one, or use Copy link.'
    """
    if source != "stored":
        return (
            "Saved views are kept in a store: open a stored corpus to save this one, "
            "or use Copy link."
        )
    if store_uploaded:
        return (
            "Saved views: an uploaded store file is a temporary copy, so views cannot be kept "
            "in it; use Copy link."
        )
    if not stores_configured:
        return (
            "Saved views need a configured store (NEWSGRAPH_STORE=FILE); use Copy link meanwhile."
        )
    return None


def note(source: str, *, store_uploaded: bool, stores_configured: bool) -> None:
    """Sidebar: the one line saying why there are no saved views here (nothing when there are)."""
    reason = missing_reason(
        source, store_uploaded=store_uploaded, stores_configured=stores_configured
    )
    if reason:
        st.sidebar.caption(reason)


def _say(kind: str, text: str) -> None:
    """Remember one line for the panel to show on the next run (a callback cannot draw)."""
    st.session_state[keys.VIEW_MESSAGE] = (kind, text)


def _save(target: str) -> None:
    """Callback of "Save view": the current view under the typed name."""
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    name = st.session_state.get(keys.VIEW_NAME) or ""
    overwrite = bool(st.session_state.get(keys.VIEW_OVERWRITE))
    try:
        with open_store(target) as store:
            outcome = store.save_view(name, state_to_save(st.session_state), overwrite=overwrite)
    except StoreError as err:
        _say("error", f"Not saved: {err}.")
        return
    name = name.strip()
    st.session_state[keys.SAVED_VIEW] = name
    st.session_state[keys.VIEW_OVERWRITE] = False
    verb = "Overwrote" if outcome == "overwritten" else "Saved"
    _say("success", f"{verb} the view '{name}'.")


def _open(target: str, select: Callable[[Any], None], sources: Collection[str]) -> None:
    """Callback of "Open view": the chosen view replaces the one on screen."""
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    name = st.session_state.get(keys.SAVED_VIEW) or ""
    try:
        with open_store(target, read_only=True) as store:
            params = store.saved_view(name)
    except StoreError as err:
        _say("error", f"Not opened: {err}.")
        return
    state = opened_state(params, sources=sources)
    selection = state.pop(keys.SELECTION)
    for key, value in state.items():
        st.session_state[key] = value
    select(selection)
    _say("success", f"Opened the view '{name}'.")


def _delete(target: str) -> None:
    """Callback of "Delete view"."""
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    name = st.session_state.get(keys.SAVED_VIEW) or ""
    try:
        with open_store(target) as store:
            store.delete_view(name)
    except StoreError as err:
        _say("error", f"Not deleted: {err}.")
        return
    st.session_state.pop(keys.SAVED_VIEW, None)
    _say("success", f"Deleted the view '{name}'.")


def panel(target: str, select: Callable[[Any], None], sources: Collection[str]) -> None:
    """Sidebar: save the view on screen under a name, and open or delete a saved one.

    ``target`` is a configured store (path or URL); ``select`` selects a node or edge as a
    find or a link does (None clears the selection); ``sources`` are the corpus sources a
    view may name.
    """
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    with st.sidebar.expander("Saved views"):  # a fixed "expanded": a changed one re-folds it
        # always drawn, so the widgets below keep their places whether a message shows or not
        # (a shifted widget lingers twice on the page until the run ends)
        slot = st.empty()
        message = st.session_state.pop(keys.VIEW_MESSAGE, None)
        if message:
            kind, text = message
            (slot.success if kind == "success" else slot.error)(plain(text))  # names are typed
        try:
            with open_store(target, read_only=True) as store:
                names = [v["name"] for v in store.list_views()]
        except StoreError as err:
            st.error(plain(f"Saved views cannot be read: {err}."))
            return
        st.text_input("Name", key=keys.VIEW_NAME, max_chars=100, placeholder="e.g. Peace talks")
        st.checkbox("Overwrite a view of this name", key=keys.VIEW_OVERWRITE)
        st.button("Save view", key="save-view", on_click=_save, args=(target,))
        if not names:
            st.caption("No saved views in this store yet.")
            return
        if st.session_state.get(keys.SAVED_VIEW) not in names:
            st.session_state[keys.SAVED_VIEW] = names[0]
        st.selectbox(f"Saved views ({len(names)})", names, key=keys.SAVED_VIEW)
        left, right = st.columns(2)
        left.button(
            "Open view", key="open-view", on_click=_open, args=(target, select, tuple(sources))
        )
        right.button("Delete view", key="delete-view", on_click=_delete, args=(target,))
