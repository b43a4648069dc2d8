"""Corrections in the explorer: the details panel's actions, the Corrections tab, and where the
corrections live.

A user merges two nodes, splits an alias off a node, renames or retypes one, or marks an entity
or a relation as wrong (:mod:`records.corrections` says what each does). On a configured store
(the "Stored corpus" source) each correction is saved in the store, so it survives a restart
and every later ingest honours it; the store gives records back with it applied. Anywhere else
(the sample, uploads, pasted text, a records JSON, an uploaded store file) corrections live in
the session (``ui.keys.CORRECTIONS``) and can be downloaded and uploaded as JSON; they are
applied here to the records the graph is built from. The Corrections tab lists them, each with
an Undo button.

The merge picker offers candidates first: names alike (rapidfuzz over labels and aliases) and
neighbours in common, each with its first source sentence, then every other entity.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

import networkx as nx
import streamlit as st
from rapidfuzz import fuzz, process

from records import RecordsError, empty_records, parse_records_json, validate_records
from records.corrections import apply_corrections, describe, make_correction
from records.text import alias_key
from store import StoreError
from ui import keys
from ui.corpus import LoadedCorpus, loaded_corpus
from ui.details import evidence_html, node_details, plain

#: Types a node can be given by hand (an EVENT is made by extraction, with its trigger and date).
RETYPES = ("PERSON", "ORG", "COUNTRY", "LOCATION")
#: Names this alike (rapidfuzz WRatio, 0-100) make a merge candidate.
SIMILAR = 80.0
#: How many candidates the merge picker puts first.
CANDIDATES = 8
FILE_NAME = "newsgraph-corrections.json"


# --------------------------------------------------------------------------- plain logic


@dataclass(frozen=True)
class Candidate:
    """Another node that may be the same thing: how alike their names are (0-100) and how many
    neighbours they share."""

    id: str
    label: str
    type: str
    similarity: int
    shared: int

    def reason(self) -> str:
        """Why it is offered, in words."""
        parts = []
        if self.similarity >= SIMILAR:
            parts.append(f"name {self.similarity}% alike")
        if self.shared:
            parts.append(f"{self.shared} shared neighbour{'s' * (self.shared != 1)}")
        return ", ".join(parts)


def _names(G: nx.MultiDiGraph, node: Any) -> list[str]:
    d = G.nodes[node]
    names = [d.get("label") or "", *(d.get("aliases") or ())]
    return [k for k in dict.fromkeys(alias_key(n) for n in names) if k]


def name_index(G: nx.MultiDiGraph) -> tuple[list[str], list[Any]]:
    """Every name key of every node but events, and the node each belongs to (parallel lists)."""
    names, owners = [], []
    for node, d in G.nodes(data=True):
        if d.get("type") == "EVENT":
            continue
        for key in _names(G, node):
            names.append(key)
            owners.append(node)
    return names, owners


def _neighbours(G: nx.MultiDiGraph, node: Any) -> set[Any]:
    return (set(G.successors(node)) | set(G.predecessors(node))) - {node}


def merge_candidates(
    G: nx.MultiDiGraph,
    node: Any,
    index: tuple[list[str], list[Any]] | None = None,
    limit: int = CANDIDATES,
) -> list[Candidate]:
    """Nodes that may be the same as ``node``, best first: a name alike (WRatio >= SIMILAR, over
    labels and aliases, case and accents ignored) or two or more neighbours in common (not
    counting each other). Events are never offered."""
    names, owners = index if index is not None else name_index(G)
    similarity: dict[Any, float] = {}
    for key in _names(G, node):
        for _, score, at in process.extract(
            key, names, scorer=fuzz.WRatio, score_cutoff=SIMILAR, limit=50
        ):
            other = owners[at]
            if other != node:
                similarity[other] = max(similarity.get(other, 0.0), score)
    mine = _neighbours(G, node)
    shared: dict[Any, int] = {}
    for neighbour in mine:
        for other in _neighbours(G, neighbour):
            if other != node and other not in mine:
                shared[other] = shared.get(other, 0) + 1
    found = []
    for other in set(similarity) | {o for o, n in shared.items() if n >= 2}:
        d = G.nodes[other]
        if d.get("type") == "EVENT":
            continue
        found.append(
            Candidate(
                id=str(other),
                label=str(d.get("label") or other),
                type=str(d.get("type") or ""),
                similarity=round(similarity.get(other, 0.0)),
                shared=shared.get(other, 0),
            )
        )
    found.sort(key=lambda c: (-(c.similarity + 10 * c.shared), c.label, c.id))
    return found[:limit]


def carried(records: Mapping[str, Any], corrections: list[dict]) -> dict[str, Any]:
    """``records`` with ``corrections`` applied; the result lists those the records had (a store
    file applied them already) and these."""
    out = apply_corrections(records, corrections)
    out["corrections"] = [*(records.get("corrections") or ()), *corrections]
    return out


def corrections_key(corrections: list[dict]) -> str:
    """A short digest of a corrections list (a cache key)."""
    text = json.dumps(corrections, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def corrections_json(corrections: list[dict]) -> bytes:
    """The download: ``{"corrections": [...]}``, readable by :func:`read_corrections`."""
    return json.dumps({"corrections": corrections}, ensure_ascii=False, indent=1).encode("utf-8")


def read_corrections(data: bytes, name: str) -> list[dict]:
    """Corrections from an uploaded JSON file: a download of this tab, a bare list, or records
    carrying ``corrections``. RecordsError names the file, the place and the problem."""
    value = parse_records_json(data, name)
    if isinstance(value, dict) and "corrections" in value:
        value = value["corrections"]
    if not isinstance(value, list):
        raise RecordsError(f'{name}: expected a list of corrections or {{"corrections": [...]}}')
    validate_records({**empty_records(), "corrections": value}, source=name)
    return value


# --------------------------------------------------------------------------- where they live


def store_target(state: Mapping[str, Any] | None = None) -> str | None:
    """The configured store the app shows (its corrections are kept there), else None."""
    from ui.stores import configured_stores

    state = st.session_state if state is None else state
    if state.get(keys.CORPUS_SOURCE) != "stored" or state.get(keys.STORE_UPLOAD) is not None:
        return None
    stores = configured_stores()
    label = state.get(keys.STORE_CHOICE)
    return stores.get(label) if label in stores else None


def current(state: MutableMapping[str, Any] | None = None) -> list[dict]:
    """The corrections in force: the store's, or this session's."""
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    state = st.session_state if state is None else state
    target = store_target(state)
    if target is None:
        return list(state.get(keys.CORRECTIONS) or ())
    with open_store(target, read_only=True) as db:
        return db.corrections()


def save(
    correction: dict,
    state: MutableMapping[str, Any] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    """Keep a new correction (in the store or the session); the whole page then reruns.
    ``labels`` name entities in the message that says it was done."""
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    state = st.session_state if state is None else state
    target = store_target(state)
    try:
        if target is None:
            state[keys.CORRECTIONS] = [*(state.get(keys.CORRECTIONS) or ()), correction]
        else:
            with open_store(target) as db:
                db.add_correction(correction)
    except StoreError as err:
        state[keys.CORRECTION_MESSAGE] = ("error", str(err))
        return
    state[keys.CORRECTION_MESSAGE] = (
        "success",
        describe(correction, dict(labels or {})) + ": done.",
    )
    state[keys.APP_RERUN] = True


def undo(correction_id: str, state: MutableMapping[str, Any] | None = None) -> None:
    """Callback: stop applying a correction; the whole page then reruns."""
    from store import open_store  # loads SQLAlchemy: only when a store is opened

    state = st.session_state if state is None else state
    target = store_target(state)
    try:
        if target is None:
            state[keys.CORRECTIONS] = [
                c for c in state.get(keys.CORRECTIONS) or () if c.get("id") != correction_id
            ]
        else:
            with open_store(target) as db:
                db.undo_correction(correction_id)
    except StoreError as err:
        state[keys.CORRECTION_MESSAGE] = ("error", str(err))
        return
    state[keys.CORRECTION_MESSAGE] = ("success", "Undone.")
    state[keys.APP_RERUN] = True


def corrected(loaded: LoadedCorpus) -> LoadedCorpus:
    """The corpus with this session's corrections applied (a store applies its own)."""
    if store_target() is not None:
        return loaded
    fixes = list(st.session_state.get(keys.CORRECTIONS) or ())
    if not fixes or loaded.load is None:
        return loaded
    key = hashlib.sha256(f"{loaded.hash}:{corrections_key(fixes)}".encode()).hexdigest()
    load = loaded.load

    def corrected_load() -> tuple[dict[str, Any], list[tuple[str, str]]]:
        records, errors = load()
        return carried(records, fixes), list(errors)

    return loaded_corpus(key, corrected_load)


@st.cache_resource(max_entries=8, show_spinner=False)
def cached_name_index(content_hash: str, _G: nx.MultiDiGraph) -> tuple[list[str], list[Any]]:
    """:func:`name_index` once per corpus (the merge picker's search space)."""
    return name_index(_G)


# --------------------------------------------------------------------------- widgets


def message() -> None:
    """The outcome of the last correction or undo, once."""
    outcome = st.session_state.pop(keys.CORRECTION_MESSAGE, None)
    if outcome:
        kind, text = outcome
        (st.error if kind == "error" else st.success)(plain(text))


def _save_from(
    action: str, fields: dict[str, Any], clear: bool = False, G: nx.MultiDiGraph | None = None
) -> None:
    """Callback of an action button: the correction from the panel's widgets, saved."""
    note = st.session_state.get(keys.CORRECTION_NOTE) or ""
    named = [fields.get("entity"), fields.get("other")]
    labels = {n: str(G.nodes[n].get("label") or n) for n in named if G is not None and n in G}
    save(make_correction(action, note=note, **fields), labels=labels)
    st.session_state[keys.CORRECTION_NOTE] = ""
    if clear:
        st.session_state.pop(keys.SELECTION, None)


def _merge(node: str, G: nx.MultiDiGraph) -> None:
    other = st.session_state.get(keys.MERGE_CHOICE)
    if not other or other not in G or other == node:
        st.session_state[keys.CORRECTION_MESSAGE] = ("error", "Choose the entity to merge first.")
        return
    d = G.nodes[node]
    fields = {
        "entity": node,
        "other": other,
        "label": d.get("label"),
        "type": d.get("type"),
        "other_label": G.nodes[other].get("label"),
    }
    _save_from("merge", fields, G=G)
    st.session_state[keys.MERGE_CHOICE] = None


def _split(node: str, G: nx.MultiDiGraph) -> None:
    alias = st.session_state.get(keys.SPLIT_ALIAS)
    if alias:
        _save_from("split", {"entity": node, "alias": alias}, G=G)


def _rename(node: str, G: nx.MultiDiGraph) -> None:
    label = (st.session_state.get(keys.RENAME_LABEL) or "").strip()
    if not label:
        st.session_state[keys.CORRECTION_MESSAGE] = ("error", "Type the new name first.")
        return
    _save_from("rename", {"entity": node, "label": label}, G=G)
    st.session_state[keys.RENAME_LABEL] = ""


def _retype(node: str, G: nx.MultiDiGraph) -> None:
    kind = st.session_state.get(keys.RETYPE_TYPE)
    if kind:
        _save_from("retype", {"entity": node, "type": kind}, G=G)


def node_actions(loaded: LoadedCorpus, node: str) -> None:
    """The details panel's corrections for a node: merge, split an alias, rename, retype, wrong.

    They are built only while their expander is open (a rerun opens it), so selecting a node
    does not pay for the merge picker's candidates."""
    G = loaded.G
    d = G.nodes[node]
    aliases = [a for a in d.get("aliases") or () if a != d.get("label")]
    kinds = [k for k in RETYPES if k != d.get("type")]
    state = st.session_state
    for key, allowed in (
        (keys.MERGE_CHOICE, lambda v: v in G and v != node),
        (keys.SPLIT_ALIAS, lambda v: v in aliases),
        (keys.RETYPE_TYPE, lambda v: v in kinds),
    ):  # choices made for another node
        if key in state and state[key] is not None and not allowed(state[key]):
            del state[key]
    box = st.expander(
        "Correct this entity", icon=":material/edit:", key=keys.CORRECT_ENTITY, on_change="rerun"
    )
    if not box.open:  # the merge picker's candidates cost ~0.1 s at 5,000 entities: on demand
        return
    with box:
        st.text_input("Note (why)", key=keys.CORRECTION_NOTE, placeholder="optional")
        if d.get("type") != "EVENT":
            _merge_picker(loaded, node)
        if aliases:
            left, right = st.columns([3, 2], vertical_alignment="bottom")
            left.selectbox("Split off the alias", aliases, key=keys.SPLIT_ALIAS)
            right.button(
                "Split off", key="correct-split", on_click=_split, args=(node, G), width="stretch"
            )
        left, right = st.columns([3, 2], vertical_alignment="bottom")
        left.text_input("New name", key=keys.RENAME_LABEL, placeholder=str(d.get("label") or ""))
        right.button(
            "Rename", key="correct-rename", on_click=_rename, args=(node, G), width="stretch"
        )
        if d.get("type") != "EVENT":
            left, right = st.columns([3, 2], vertical_alignment="bottom")
            left.selectbox("New type", kinds, key=keys.RETYPE_TYPE)
            right.button(
                "Change type",
                key="correct-retype",
                on_click=_retype,
                args=(node, G),
                width="stretch",
            )
        st.button(
            "Mark this entity as wrong",
            key="correct-wrong-entity",
            icon=":material/block:",
            on_click=_save_from,
            args=("wrong", {"entity": node}, True, G),
            help="Hides it, its mentions and its relations everywhere (Corrections tab: Undo)",
        )


def _merge_picker(loaded: LoadedCorpus, node: str) -> None:
    G = loaded.G
    candidates = merge_candidates(G, node, cached_name_index(loaded.hash, G))
    offered = {c.id: c for c in candidates}
    others = sorted(
        (n for n, t in G.nodes(data="type") if t != "EVENT" and n != node and n not in offered),
        key=lambda n: str(G.nodes[n].get("label") or n).casefold(),
    )

    def name(option: str) -> str:
        if option in offered:
            c = offered[option]
            return f"{c.label} ({c.type}; {c.reason()})"
        return f"{G.nodes[option].get('label') or option} ({G.nodes[option].get('type')})"

    st.selectbox(
        "Merge another entity into this one",
        [*offered, *others],
        index=None,
        format_func=name,
        key=keys.MERGE_CHOICE,
        placeholder="Candidates first: names alike, neighbours in common",
        filter_mode="contains",
    )
    chosen = st.session_state.get(keys.MERGE_CHOICE)
    if chosen and chosen in G:
        evidence = node_details(G, chosen, loaded.mentions).evidence[:2]
        if evidence:
            st.caption("Where the other one is named:")
            st.html(evidence_html(evidence))
    st.button(
        "Merge into this entity",
        key="correct-merge",
        icon=":material/merge:",
        on_click=_merge,
        args=(node, G),
        disabled=not chosen,
    )


def edge_actions(loaded: LoadedCorpus, actor: Any, recipient: Any, relations: list[dict]) -> None:
    """The details panel's correction for an edge: mark one of its relations as wrong (those
    the records hold; an events view's derived edges are corrected through their event)."""
    G = loaded.G
    ids = [r["id"] for r in relations if r.get("id") and G.has_edge(actor, recipient, r["id"])]
    if not ids:
        return
    facts = {
        r["id"]: f"{r.get('type')} “{r.get('trigger') or ''}” {r.get('date') or ''}".strip()
        for r in relations
        if r.get("id")
    }
    if st.session_state.get(keys.WRONG_RELATION) not in (None, *ids):
        del st.session_state[keys.WRONG_RELATION]
    with st.expander("Correct this relation", icon=":material/edit:"):
        st.text_input("Note (why)", key=keys.CORRECTION_NOTE, placeholder="optional")
        left, right = st.columns([3, 2], vertical_alignment="bottom")
        left.selectbox(
            "Relation", ids, format_func=lambda i: facts.get(i, i), key=keys.WRONG_RELATION
        )
        right.button(
            "Mark as wrong",
            key="correct-wrong-relation",
            icon=":material/block:",
            on_click=lambda: _save_from(
                "wrong", {"relation": st.session_state.get(keys.WRONG_RELATION)}, True
            ),
            width="stretch",
        )


def _upload() -> None:
    upload = st.session_state.get(keys.CORRECTIONS_UPLOAD)
    if upload is None:
        return
    try:
        incoming = read_corrections(upload.getvalue(), upload.name)
    except RecordsError as err:
        st.session_state[keys.CORRECTION_MESSAGE] = ("error", str(err))
        return
    known = {c["id"] for c in current()}
    fresh = [c for c in incoming if c["id"] not in known]
    for correction in fresh:
        save(correction)
    st.session_state[keys.CORRECTION_MESSAGE] = (
        "success",
        f"{len(fresh)} correction{'s' * (len(fresh) != 1)} added from {upload.name}"
        + (f"; {len(incoming) - len(fresh)} known already" if len(fresh) < len(incoming) else ""),
    )
    st.session_state[keys.APP_RERUN] = True


def tab(loaded: LoadedCorpus) -> None:
    """The Corrections tab: every correction in force, each with Undo; download and upload."""
    message()
    try:
        fixes = current()
    except StoreError as err:
        st.error(plain(str(err)))
        return
    target = store_target()
    st.caption(
        "Kept in the store: they survive a restart, and new articles honour them."
        if target is not None
        else "Kept in this session: download them to keep them, upload them to apply them again."
    )
    labels = {str(n): str(d.get("label") or n) for n, d in loaded.G.nodes(data=True)}
    if not fixes:
        st.info("No corrections yet. Correct an entity or a relation from its details panel.")
    for correction in reversed(fixes):
        with st.container(border=True, horizontal=True, vertical_alignment="center"):
            text = describe(correction, labels)
            note = correction.get("note")
            st.markdown(
                f"{plain(text)}  \n:small[:gray[{plain(correction['time'])}"
                + (f" · {plain(note)}" if note else "")
                + "]]"
            )
            st.button(
                "Undo",
                key=f"undo-{correction['id']}",
                icon=":material/undo:",
                on_click=undo,
                args=(correction["id"],),
            )
    left, right = st.columns(2)
    left.download_button(
        "Download corrections (JSON)",
        corrections_json(fixes),
        FILE_NAME,
        "application/json",
        key="download-corrections",
        on_click="ignore",
        disabled=not fixes,
    )
    right.file_uploader(
        "Upload corrections (JSON)",
        type=["json"],
        key=keys.CORRECTIONS_UPLOAD,
        on_change=_upload,
    )
