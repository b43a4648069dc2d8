"""newsgraph explorer: load articles, filter the graph, click to read the sentences behind it.

Run with ``streamlit run app.py``.  Layout and wiring only: loading lives in ui.corpus,
filters in ui.view, the details panel's content in ui.details, the graph component in
ui.visnetwork, tables in ui.tables and downloads in ui.exports.
"""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="newsgraph", page_icon="🕸️", layout="wide")

from extract.errors import NewsgraphError  # noqa: E402
from graph.errors import GraphError  # noqa: E402
from store import StoreError  # noqa: E402
from ui import corpus, details, keys, stores, view, visnetwork  # noqa: E402
from ui.lazy import lazy_import  # noqa: E402

# Only the Tables and Export tabs need these (pandas, the exporters): a start skips them.
exports, tables = lazy_import("ui.exports"), lazy_import("ui.tables")

EXPECTED_ERRORS = (NewsgraphError, GraphError, StoreError, OSError)


# --------------------------------------------------------------------------- corpus


def choose_corpus() -> corpus.LoadedCorpus | None:
    """Sidebar: where the articles come from; returns the loaded corpus or None."""
    st.sidebar.header("Articles")
    env_path = corpus.env_records_path()
    source = st.sidebar.radio(
        "Source",
        list(corpus.SOURCES),
        format_func=corpus.SOURCES.get,
        key=keys.CORPUS_SOURCE,
        horizontal=True,
        label_visibility="collapsed",
    )
    try:
        if source == "sample":
            if env_path is not None:
                st.sidebar.caption(f"Records from {env_path.name}")
                return corpus.from_records_file(env_path)
            documents = corpus.sample_documents()
            n = len(documents)
            st.sidebar.caption(f"The bundled sample corpus: {n} article{'s' * (n != 1)}.")
            return corpus.from_documents(documents)
        if source == "upload":
            files = st.sidebar.file_uploader(
                "Article files",
                type=corpus.UPLOAD_TYPES,
                accept_multiple_files=True,
                key=keys.UPLOADS,
                help=".txt, .md, .html, or .csv/.jsonl with title, date and text columns",
            )
            documents, errors = corpus.documents_from_files((f.name, f.getvalue()) for f in files or ())
            for name, message in errors:
                st.error(details.plain(message if name in message else f"{name}: {message}"))
            if not documents:
                st.info("Upload one or more articles in the sidebar to build their graph.")
                return None
            return corpus.from_documents(documents)
        if source == "paste":
            with st.sidebar.form("paste"):
                st.text_input("Title", key=keys.PASTE_TITLE)
                st.date_input("Date", value=None, key=keys.PASTE_DATE)
                st.text_area("Article text", height=200, key=keys.PASTE_TEXT)
                st.form_submit_button("Extract")
            text = st.session_state.get(keys.PASTE_TEXT) or ""
            if not text.strip():
                st.info("Paste an article's text in the sidebar and press Extract.")
                return None
            date = st.session_state.get(keys.PASTE_DATE)
            documents = corpus.pasted_documents(
                text, st.session_state.get(keys.PASTE_TITLE) or "", date.isoformat() if date else None
            )
            return corpus.from_documents(documents)
        if source == "stored":
            return stores.sidebar()
        upload = st.sidebar.file_uploader(
            "Records JSON (from python -m extract)", type=["json"], key=keys.RECORDS_UPLOAD
        )
        if upload is None:
            st.info("Upload a records JSON written by `python -m extract`.")
            return None
        return corpus.from_records_upload(upload.name, upload.getvalue())
    except EXPECTED_ERRORS as exc:
        st.error(details.plain(str(exc)))
        return None


# --------------------------------------------------------------------------- filters


def _period_moved(options: view.FilterOptions) -> None:
    """The time slider moved: it sets the From/To filter."""
    st.session_state[keys.DATE_FROM], st.session_state[keys.DATE_TO] = view.period_filter(
        st.session_state[keys.PERIOD], options
    )


def sidebar_filters(V, options: view.FilterOptions) -> None:
    """Sidebar: one widget per FilterSpec field, keyed by the field's name."""
    view.init_filter_state(st.session_state)
    view.prune_state(st.session_state, options)
    sb = st.sidebar
    sb.header("Filters")
    sb.multiselect(
        "Actors",
        list(options.actors),
        format_func=options.actors.get,
        key=keys.ACTORS,
        placeholder="Type a name to centre the graph on it",
    )
    sb.slider("Ego radius (hops around the actors)", 0, 4, key=keys.RADIUS)
    sb.text_input("Text search (label or alias)", key=keys.TEXT)
    sb.multiselect(
        "Relation types", options.relation_types, key=keys.RELATION_TYPES, placeholder="All"
    )
    sb.checkbox("Show co-occurrence edges", key=keys.SHOW_COOCCURRENCE)
    sb.multiselect("Entity types", options.entity_types, key=keys.ENTITY_TYPES, placeholder="All")
    if options.date_min and options.date_max and options.date_min < options.date_max:
        st.session_state[keys.PERIOD] = view.slider_period(st.session_state, options)
        sb.slider(
            "Time",
            min_value=options.date_min,
            max_value=options.date_max,
            key=keys.PERIOD,
            on_change=_period_moved,
            args=(options,),
            format="YYYY-MM-DD",
            help="Drag either end to show what happened in that period",
        )
    left, right = sb.columns(2)
    bounds = {"min_value": options.date_min, "max_value": options.date_max}
    left.date_input("From", key=keys.DATE_FROM, **bounds)
    right.date_input("To", key=keys.DATE_TO, **bounds)
    sb.multiselect(
        "Documents",
        list(options.documents),
        format_func=options.documents.get,
        key=keys.DOCUMENTS,
        placeholder="All",
    )
    left, right = sb.columns(2)
    left.number_input("Min. mentions", min_value=0, step=1, key=keys.MIN_MENTIONS)
    right.number_input(
        "Min. weight",
        min_value=0,
        max_value=max(options.max_weight, 1),
        step=1,
        key=keys.MIN_WEIGHT,
        help="Relations between the same two nodes, counted",
    )
    sb.number_input(
        "Top nodes (0 = all)", min_value=0, step=10, key=keys.TOP_K,
        help="Keep only the best-connected nodes",
    )
    sb.button("Reset filters", on_click=reset_filters)


def reset_filters() -> None:
    """Callback: every filter widget back to its default, on screen and in the graph."""
    view.reset_filter_state(st.session_state)
    st.session_state.pop(keys.SELECTION, None)


def active_filter_chips(spec, options: view.FilterOptions) -> None:
    """Above the graph: one removable chip per filter in force, so nothing filters unseen."""
    chips = view.active_filters(spec, options)
    if not chips:
        return
    with st.container(horizontal=True, key="active-filters"):
        st.caption("Filters:", width="content")
        for chip in chips:
            st.button(
                chip.label,
                key=f"chip-{'-'.join(chip.fields)}",
                icon=":material/close:",
                type="tertiary",
                help="Remove this filter",
                on_click=view.reset_filter_state,
                args=(st.session_state, chip.fields),
            )
        st.button("Reset all", key="chip-reset", type="tertiary", on_click=reset_filters)


# --------------------------------------------------------------------------- details


def on_graph_click() -> None:
    """Component callback: remember what was clicked."""
    state = st.session_state.get(keys.GRAPH) or {}
    st.session_state[keys.SELECTION] = visnetwork.as_selection(state.get("selection"))
    st.session_state.pop(keys.ARTICLE, None)


def show_article_button(doc_id: str, where: str) -> None:
    """A button that opens the whole article below the evidence (no Markdown: titles are
    article text, so they never go into a label or a tooltip)."""
    st.button(
        "Read the whole article",
        key=f"article-{where}-{doc_id}",
        on_click=lambda: st.session_state.__setitem__(keys.ARTICLE, doc_id),
    )


def show_evidence(items: list[details.Evidence], where: str) -> None:
    """Evidence sentences grouped by article, each group with a button to read the article."""
    if not items:
        st.caption("No source sentence recorded.")
        return
    by_doc: dict[str, list[details.Evidence]] = {}
    for item in items:
        by_doc.setdefault(item.document_id, []).append(item)
    for doc_id, doc_items in by_doc.items():
        st.html(details.evidence_html(doc_items))
        show_article_button(doc_id, where)


def details_panel(loaded: corpus.LoadedCorpus, V, shown: view.Shown, spec) -> None:
    """Right-hand panel: what the clicked node or edge is, and the sentences behind it."""
    selection = visnetwork.as_selection(st.session_state.get(keys.SELECTION))
    if selection is None:
        st.caption("Click a node or an edge to read the sentences behind it.")
        return
    if selection["kind"] == "node":
        if selection["id"] not in V:
            st.info("The selected entity is not in this corpus or view.")
            return
        hidden = () if spec.show_cooccurrence else ("CO_OCCURS",)
        info = details.node_details(V, selection["id"], loaded.mentions, hide_types=hidden)
        st.html(details.node_header_html(info))
        if info.relations:
            st.markdown(f"**Relations** ({len(info.relations)})")
            st.html(
                details.relations_html(
                    info.relations, ["direction", "type", "other", "trigger", "date", "negated"]
                )
            )
        st.markdown(f"**Source sentences** ({len(info.evidence)})")
        show_evidence(info.evidence, "node")
    else:
        try:
            info = details.edge_details(shown.drawn, selection["id"], loaded.mentions, base=V)
        except KeyError:
            st.info("The selected relation is not in the current view; relax the filters or click another edge.")
            return
        st.html(details.edge_header_html(info))
        if len(info.relations) > 1:
            st.html(details.relations_html(info.relations, ["type", "trigger", "date", "negated"]))
        st.markdown(f"**Evidence** ({len(info.evidence)})")
        show_evidence(info.evidence, "edge")
    doc_id = st.session_state.get(keys.ARTICLE)
    if doc_id and doc_id in loaded.G.graph.get("documents", {}):
        with st.expander("Whole article", expanded=True):
            st.html(details.article_header_html(loaded.G, doc_id))
            st.html(details.article_html(loaded.G, doc_id, [e.sentence_id for e in info.evidence]))


# --------------------------------------------------------------------------- main


def graph_payload(loaded: corpus.LoadedCorpus, view_name: str, spec_key: str, V, shown: view.Shown) -> dict:
    """What the graph component receives (cached per corpus, view and filters)."""
    data, data_hash = view.cached_vis(loaded.hash, view_name, spec_key, shown, V)
    return visnetwork.mount_data(data, data_hash)


def main() -> None:
    loaded = choose_corpus()
    if loaded is None:
        return
    for name, message in loaded.errors:
        st.warning(details.plain(f"{name}: {message}" if name not in message else message))
    G = loaded.G
    st.sidebar.radio(
        "Events",
        list(view.VIEWS),
        format_func=view.VIEWS.get,
        key=keys.VIEW,
        help="Show events as nodes, or as typed edges between the actors taking part",
    )
    view_name = st.session_state.get(keys.VIEW, "actors")
    V = view.cached_view(loaded.hash, view_name, G)
    options = view.cached_options(loaded.hash, view_name, V)
    sidebar_filters(V, options)
    spec = view.spec_from_state(st.session_state)
    drawn_spec, focus_note = view.default_focus(V, spec)  # a big view starts on its core
    spec_key = repr(drawn_spec)
    try:
        shown = view.cached_shown(loaded.hash, view_name, spec_key, V, drawn_spec)
    except GraphError as exc:
        st.error(details.plain(str(exc)))
        return
    A = shown.drawn
    n_docs = len(G.graph.get("documents") or {})
    st.caption(
        f"{n_docs} article{'s' * (n_docs != 1)} · {G.number_of_nodes()} entities · "
        f"{G.number_of_edges()} relations — showing {A.number_of_nodes()} nodes and "
        f"{shown.relations.number_of_edges()} relations"
    )
    if focus_note:
        st.caption(focus_note)
    active_filter_chips(spec, options)
    tab_graph, tab_tables, tab_export = st.tabs(
        ["Graph", "Tables", "Export"], key=keys.TAB, on_change="rerun", default="Graph"
    )
    # Only the open tab is computed (key actors are costly on a big graph).
    if tab_graph.open:
        with tab_graph:
            graph_tab(loaded, view_name, spec_key, spec, V, shown)
    if tab_tables.open:
        with tab_tables:
            tables_tab(loaded, view_name, spec_key, shown)
    if tab_export.open:
        with tab_export:
            export_tab(shown)


def graph_tab(loaded: corpus.LoadedCorpus, view_name: str, spec_key: str, spec, V, shown: view.Shown) -> None:
    """The network on the left, the clicked node's or edge's details on the right."""
    if V.number_of_edges() == 0:
        st.info("No relations were extracted from these articles, so there is no graph to draw.")
        return
    hidden = view.cached_hidden_cooccurrence(loaded.hash, view_name, spec_key, V, shown, spec)
    if shown.drawn.number_of_nodes() == 0:
        hint = view.relax_hint(spec)
        if hint:
            st.info(f"Nothing matches these filters. Try relaxing: {details.plain(hint)}.")
        elif hidden:
            st.info(
                f"Every relation in these articles is a co-occurrence link ({hidden}), "
                "and co-occurrence is hidden by default."
            )
        else:
            st.info("Nothing matches these filters.")
        show_cooccurrence_button(hidden)
        return
    if hidden:
        with st.container(horizontal=True, vertical_alignment="center"):
            st.caption(
                f"{hidden} co-occurrence link{'s' * (hidden != 1)} between these nodes "
                f"{'are' if hidden != 1 else 'is'} hidden (names in one sentence, no relation found)."
            )
            show_cooccurrence_button(hidden)
    left, right = st.columns([3, 2], gap="medium")
    with left:
        visnetwork.network(
            graph_payload(loaded, view_name, spec_key, V, shown),
            key=keys.GRAPH,
            on_select=on_graph_click,
        )
    with right:
        details_panel(loaded, V, shown, spec)


def show_cooccurrence_button(hidden: int) -> None:
    """One click to show the co-occurrence links a message says are hidden."""
    if hidden:
        st.button(
            "Show co-occurrence",
            key="show-cooccurrence",
            type="tertiary",
            on_click=st.session_state.__setitem__,
            args=(keys.SHOW_COOCCURRENCE, True),
        )


def tables_tab(loaded: corpus.LoadedCorpus, view_name: str, spec_key: str, shown: view.Shown) -> None:
    """Entities, relations and key actors of the current view, each downloadable as CSV."""
    A = shown.drawn
    with st.container():
        entities = tables.entities_table(A)
        relations = tables.relations_table(shown.relations)
        st.subheader(f"Entities ({len(entities)})")
        st.dataframe(entities, hide_index=True, width="stretch")
        st.download_button(
            "Entities as CSV", tables.csv_bytes(entities), "entities.csv", "text/csv",
            key="download-entities", on_click="ignore",
        )
        st.subheader(f"Relations ({len(relations)})")
        st.dataframe(relations, hide_index=True, width="stretch")
        st.download_button(
            "Relations as CSV", tables.csv_bytes(relations), "relations.csv", "text/csv",
            key="download-relations", on_click="ignore",
        )
        st.subheader("Key actors")
        st.caption("By PageRank over the current view; betweenness and community alongside.")
        st.dataframe(
            view.cached_key_actors(loaded.hash, view_name, spec_key, A), hide_index=True, width="stretch"
        )


def export_tab(shown: view.Shown) -> None:
    """One download button per export format, each writing the current view on demand."""
    with st.container():
        st.caption("Downloads contain exactly what the graph shows now (filters applied).")
        columns = st.columns(3)
        for i, (fmt, label) in enumerate(exports.LABELS.items()):
            columns[i % 3].download_button(
                label,
                data=lambda fmt=fmt: exports.export_file(shown, fmt).data,
                file_name=exports.file_name(fmt),
                mime=exports.mime_type(fmt),
                key=f"export-{fmt}",
                on_click="ignore",
                width="stretch",
            )


main()
