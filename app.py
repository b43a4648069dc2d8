"""newsgraph explorer: load articles, filter the graph, click to read the sentences behind it.

Run with ``streamlit run app.py``.  Layout and wiring only: loading lives in ui.corpus,
filters in ui.filter_state, the details panel's content in ui.details, the graph component in
ui.visnetwork, tables in ui.tables and downloads in ui.exports; the view state in the URL
in ui.urlstate (and ui.share for the link), the timeline in ui.timeline.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from functools import partial

import streamlit as st

st.set_page_config(page_title="newsgraph", page_icon="🕸️", layout="wide")

from extract.errors import NewsgraphError  # noqa: E402
from graph.errors import GraphError  # noqa: E402
from store import StoreError  # noqa: E402
from ui import (  # noqa: E402
    actor_picker,
    corpus,
    corrections,
    details,
    details_pane,
    expansion,
    filter_state,
    find,
    first_paint,
    keys,
    play,
    reliability,
    saved_views,
    share,
    stores,
    timeline,
    urlstate,
    visnetwork,
)
from ui.lazy import lazy_import  # noqa: E402

# Only the Tables and Export tabs need these (pandas, the exporters): a start skips them.
exports, tables = lazy_import("ui.exports"), lazy_import("ui.tables")
# Only uploaded or pasted articles need this (extract.ingest, charset detection, urllib).
ingest_panel = lazy_import("ui.ingest_panel")

EXPECTED_ERRORS = (NewsgraphError, GraphError, StoreError, OSError)


# --------------------------------------------------------------------------- corpus


def choose_corpus(graph_first: bool = False) -> corpus.LoadedCorpus | None:
    """Sidebar: where the articles come from; returns the loaded corpus or None.

    A new page's first run (``graph_first``, ui.first_paint) on the sample corpus draws the
    heading alone: the picker and its caption come in the next run, under the heading, so
    nothing on screen moves, and the browser renders (and loads the code of) fewer elements
    before the graph."""
    st.sidebar.header("Articles")
    env_path = corpus.env_records_path()
    picker = not (graph_first and first_paint.sample_chosen(st.session_state))
    source = "sample"
    if picker:
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
                if picker:
                    st.sidebar.caption(f"Records from {env_path.name}")
                return corpus.from_records_file(env_path)
            documents = corpus.sample_documents()
            n = len(documents)
            if picker:
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
            documents, errors = corpus.documents_from_files(
                (f.name, f.getvalue()) for f in files or ()
            )
            for name, message in errors:
                file_name = name.split("#", 1)[0]  # "news.jsonl#2": a line of that file
                st.error(details.plain(message if file_name in message else f"{name}: {message}"))
            if not documents:
                st.info("Upload one or more articles in the sidebar to build their graph.")
                return None
            loaded = corpus.from_documents(documents)
            ingest_panel.sidebar(documents, errors)
            return loaded
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
                text,
                st.session_state.get(keys.PASTE_TITLE) or "",
                date.isoformat() if date else None,
            )
            loaded = corpus.from_documents(documents)
            ingest_panel.sidebar(documents)
            return loaded
        if source == "stored":
            return stores.sidebar(select=select)
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


def _period_moved(options: filter_state.FilterOptions) -> None:
    """The time slider moved: it sets the From/To filter."""
    st.session_state[keys.DATE_FROM], st.session_state[keys.DATE_TO] = filter_state.period_filter(
        st.session_state[keys.PERIOD], options
    )


def sidebar_filters(V, options: filter_state.FilterOptions, sb) -> None:
    """Sidebar: one widget per FilterSpec field, keyed by the field's name, drawn into ``sb``
    (the sidebar).  Their state is set up before (filter_state.init_filter_state)."""
    play.begin_run(st.session_state)  # touching a filter stops play
    sb.header("Filters")
    actor_picker.actor_picker(sb, V, options)  # the most mentioned, and any name typed
    sb.slider("Ego radius (hops around the actors)", 0, urlstate.RADIUS_MAX, key=keys.RADIUS)
    sb.text_input("Text search (label or alias)", key=keys.TEXT)
    sb.multiselect(
        "Relation types", options.relation_types, key=keys.RELATION_TYPES, placeholder="All"
    )
    sb.checkbox("Show co-occurrence edges", key=keys.SHOW_COOCCURRENCE)
    sb.multiselect("Entity types", options.entity_types, key=keys.ENTITY_TYPES, placeholder="All")
    if options.date_min and options.date_max and options.date_min < options.date_max:
        st.session_state[keys.PERIOD] = filter_state.slider_period(st.session_state, options)
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
    if options.outliers:
        sb.caption(timeline.outlier_note(options.outliers))
    left, right = sb.columns(2)
    # Any date can be typed: bounds at the corpus's dates made the box show a typed date
    # before them (a 2014 mention) while silently ignoring it.  The box takes a typed date
    # when the field is left (Tab or a click elsewhere).
    bounds = {
        "min_value": filter_state.DATE_BOUNDS[0],
        "max_value": filter_state.DATE_BOUNDS[1],
        "format": "YYYY-MM-DD",
    }
    tip = "Type a date (then Tab) or pick one; any date works, also outside the slider's range"
    left.date_input("From", key=keys.DATE_FROM, help=tip, **bounds)
    right.date_input("To", key=keys.DATE_TO, help=tip, **bounds)
    with sb:
        play.controls(V, options.date_min, options.date_max)
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
        "Top nodes (0 = all)",
        min_value=0,
        step=10,
        key=keys.TOP_K,
        help="Keep only the best-connected nodes",
    )
    reliability.sidebar(options.modes)
    sb.button("Reset filters", key="reset-filters", on_click=reset_filters)


def reset_filters() -> None:
    """Callback: every filter widget back to its default, on screen and in the graph."""
    filter_state.reset_filter_state(st.session_state)
    st.session_state.pop(keys.SELECTION, None)


def active_filter_chips(spec, options: filter_state.FilterOptions) -> None:
    """Above the graph: one removable chip per filter in force, so nothing filters unseen."""
    chips = filter_state.active_filters(spec, options)
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
                on_click=filter_state.reset_filter_state,
                args=(st.session_state, chip.fields),
            )
        st.button("Reset all", key="chip-reset", type="tertiary", on_click=reset_filters)


# --------------------------------------------------------------------------- details


def on_graph_click() -> None:
    """Component callback: remember what was clicked."""
    state = st.session_state.get(keys.GRAPH) or {}
    st.session_state[keys.SELECTION] = visnetwork.as_selection(state.get("selection"))
    seq = details_pane.click_seq(state.get("selection"))
    if seq is not None:  # the click the details pane may have drawn already
        st.session_state[keys.CLICK_SEQ] = seq
    st.session_state.pop(keys.ARTICLE, None)


def select(selection: visnetwork.Selection | None) -> None:
    """Select a node or an edge from outside the graph (find box, table row, link): the
    details panel shows it and the graph centres on it once (a new focus nonce)."""
    st.session_state[keys.SELECTION] = selection
    st.session_state.pop(keys.ARTICLE, None)
    if selection is None:
        st.session_state.pop(keys.FOCUS, None)
    else:
        st.session_state[keys.FOCUS] = {**selection, "nonce": uuid.uuid4().hex[:12]}


#: Session state: the nodes the default focus drew in the last run (None: it did not apply),
#: and whether the view is big enough for the default focus to apply after a reset.
DEFAULT_CORE, BIG_VIEW = "_default_core", "_big_view"


def centre_if_left_out(node: str) -> None:
    """A big view opens on its best-connected part (filter_state.default_focus); a node chosen
    outside that part would not be drawn, so the graph centres on it instead (the node as
    the actor filter, shown as a chip and removable like any other)."""
    core = st.session_state.get(DEFAULT_CORE)
    if (node not in core) if core is not None else st.session_state.get(BIG_VIEW, False):
        st.session_state[keys.ACTORS] = [node]
        needs_app_rerun()


def add_if_left_out(node: str, V, spec) -> None:
    """A node found outside the part a big view draws first joins that view with its
    neighbours, as an expanded node (a step: Undo takes it back; a notice when it has more
    than the canvas takes).  The filters stay as they are, so the explorer fragment alone
    reruns: no whole-page run before the graph (issue 21).  ``spec``: the filters' and steps'."""
    core = st.session_state.get(DEFAULT_CORE)
    if core is None or node in core or expansion.is_hidden(st.session_state, node):
        return
    added = expansion.adds(V, spec, core, node)
    if not expansion.expand(st.session_state, node, added):  # the list is full
        centre_if_left_out(node)


def found(node: str, V, spec) -> None:
    """The find box chose a node: select it (the graph centres on it) and open the graph tab;
    one the default view left out joins it first (``spec``: the filters' and steps')."""
    add_if_left_out(node, V, spec)
    select({"kind": "node", "id": node})
    st.session_state[keys.TAB] = "Graph"


def find_box(
    options: filter_state.FilterOptions,
    loaded: corpus.LoadedCorpus,
    V,
    spec,
    adds: Callable[[str], dict | None] | None = None,
) -> None:
    """One search box over labels and aliases in any language; choosing a hit focuses it and
    sends the box the node's details, for the details pane to draw at once, and (``adds``,
    :func:`found_additions`) what the find adds to the drawing, for the canvas to draw at once."""
    hidden = () if spec.show_cooccurrence else ("CO_OCCURS",)
    find.find_box(
        options.names or options.actors,
        key=keys.FIND,
        label="Find",
        placeholder="Find a name or alias (Poetin, Zelenski, Kremlin…); press / to jump here",
        # the corpus's mention index is made on a find, not for the box (ui.corpus: mentions)
        panel=lambda node: details_pane.node_item(
            V, node, mentions=loaded.mentions, hide_types=hidden
        ),
        adds=adds,
    )


def found_additions(
    loaded: corpus.LoadedCorpus,
    view_name: str,
    spec_key: str,
    V,
    shown: filter_state.Shown,
    before: Collection[str] | None,
    node: str,
) -> dict | None:
    """What this run draws beyond ``before`` (the nodes the canvas drew) for a ``node`` found
    outside them: its vis nodes and edges, from the view's vis payload (the one the canvas gets
    later in the run, cached), so the canvas draws them with the find box's message."""
    drawn = shown.drawn
    if before is None or node in before or node not in drawn or any(n not in drawn for n in before):
        return None  # not found outside the drawing, or the run does more than add to it
    data, _ = filter_state.cached_vis(loaded.hash, view_name, spec_key, shown, V)
    return find.additions(data, before)


def on_table_row(table_key: str, row_ids: list[str], kind: str) -> None:
    """A row was chosen in the entities (``kind="node"``) or relations (``"edge"``) table;
    ``row_ids`` maps row positions to node ids or drawn edge ids."""
    state = st.session_state.get(table_key) or {}
    rows = list(((state.get("selection") or {}).get("rows")) or ())
    if not rows:
        select(None)
        return
    position = rows[0]
    if isinstance(position, int) and 0 <= position < len(row_ids):
        select({"kind": kind, "id": row_ids[position]})


def show_article_button(doc_id: str, where: str) -> None:
    """A button that opens the whole article below the evidence (no Markdown: titles are
    article text, so they never go into a label or a tooltip)."""
    st.button(
        "Read the whole article",
        key=f"article-{where}-{doc_id}",
        on_click=lambda: st.session_state.__setitem__(keys.ARTICLE, doc_id),
    )


def show_evidence(items: list[details.Evidence], where: str, title: str) -> None:
    """Evidence sentences grouped by article under the heading ``title`` (in the first group's
    block), each group with a button to read the article."""
    heading = details.section_html(title, len(items))
    if not items:
        st.html(heading)
        st.caption("No source sentence recorded.")
        return
    by_doc: dict[str, list[details.Evidence]] = {}
    for item in items:
        by_doc.setdefault(item.document_id, []).append(item)
    for doc_id, doc_items in by_doc.items():
        st.html(heading + details.evidence_html(doc_items))
        heading = ""
        show_article_button(doc_id, where)


def details_panel(loaded: corpus.LoadedCorpus, V, shown: filter_state.Shown, spec) -> None:
    """Right-hand panel: what the clicked node or edge is, and the sentences behind it."""
    corrections.message()
    selection = visnetwork.as_selection(st.session_state.get(keys.SELECTION))
    if selection is None:
        st.caption(details_pane.HINT)
        return
    if selection["kind"] == "node":
        if selection["id"] not in V:
            st.info("The selected entity is not in this corpus or view.")
            return
        hidden = () if spec.show_cooccurrence else ("CO_OCCURS",)
        info = details.node_details(V, selection["id"], loaded.mentions, hide_types=hidden)
        st.html(details.node_header_html(info))
        expansion.node_buttons(
            selection["id"],
            selection["id"] in shown.drawn,
            adds=partial(expansion.adds, V, spec, shown.drawn),
        )
        if selection["id"] in loaded.G:
            corrections.node_actions(loaded, selection["id"])
        if expansion.is_hidden(st.session_state, selection["id"]):
            st.info("You hid this entity; “Show again” puts it back on the graph.")
        elif selection["id"] not in shown.drawn:
            st.info("The current filters hide this entity in the graph.")
            st.button(
                "Reset the filters to show it",
                key="show-selected",
                on_click=show_selected,
                args=(selection,),
            )
        if info.relations:
            st.html(
                details.section_html("Relations", len(info.relations))
                + details.relations_html(
                    info.relations, ["direction", "type", "other", "trigger", "date", "mode"]
                )
            )
        show_evidence(info.evidence, "node", "Source sentences")
    else:
        try:
            info = details.edge_details(shown.drawn, selection["id"], loaded.mentions, base=V)
        except KeyError:
            st.info(
                "The selected relation is not in the current view; relax the filters or click "
                "another edge."
            )
            return
        st.html(details.edge_header_html(info))
        corrections.edge_actions(loaded, info.actor, info.recipient, info.relations)
        if len(info.relations) > 1:
            st.html(
                details.relations_html(
                    info.relations, ["type", "trigger", "date", "mode", "confidence"]
                )
            )
        show_evidence(info.evidence, "edge", "Evidence")
    doc_id = st.session_state.get(keys.ARTICLE)
    if doc_id and doc_id in loaded.G.graph.get("documents", {}):
        with st.expander("Whole article", expanded=True):
            st.html(details.article_header_html(loaded.G, doc_id))
            st.html(details.article_html(loaded.G, doc_id, [e.sentence_id for e in info.evidence]))


def show_selected(selection: visnetwork.Selection) -> None:
    """Callback: reset every filter so the selected item is drawn, and centre on it."""
    filter_state.reset_filter_state(st.session_state)
    needs_app_rerun()
    if selection["kind"] == "node":
        centre_if_left_out(selection["id"])
    select(selection)


# --------------------------------------------------------------------------- URL


def restore_view_from_url() -> None:
    """Once per session (a new tab, a reload, a shared link): the URL's view state, checked
    by ui.urlstate, goes into session state before any widget is drawn."""
    if st.session_state.get(keys.URL_RESTORED):
        return
    st.session_state[keys.URL_RESTORED] = True
    params = {name: st.query_params.get_all(name) for name in st.query_params.keys()}
    wanted = urlstate.from_params(params, sources=corpus.SOURCES, views=filter_state.VIEWS)
    selection = wanted.pop(keys.SELECTION, None)
    for key, value in wanted.items():
        st.session_state[key] = value
    if selection:
        select(selection)


def write_view_to_url() -> None:
    """After a run: the URL names the view on screen (only when it changed).

    "Changed" means: from the URL the run started with, or from what this session last
    wrote.  A rerun of the explorer fragment may start with the URL as it was before the last
    write (seen after Redo then "Show" in the hidden list: the URL kept the node hidden), so
    comparing with the first alone would leave the address bar a step behind the screen.
    """
    params = urlstate.to_params(st.session_state)
    current = {name: st.query_params.get_all(name) for name in st.query_params.keys()}
    written = st.session_state.get(keys.URL_WRITTEN)
    st.session_state[keys.URL_WRITTEN] = params
    if written is not None and not urlstate.same_params(params, written):
        st.query_params.from_dict(params)
        return
    if not urlstate.same_params(params, current):
        st.query_params.from_dict(params)


def copy_link() -> None:
    """A "Copy link" popover: the link that reopens this view, in a code box with a copy button."""
    with st.popover("Copy link", icon=":material/link:", key="copy-link"):
        st.caption("This link reopens the view: source, filters, selection and tab.")
        try:
            page = st.context.url or ""
        except Exception:  # noqa: BLE001 - no browser context (bare mode): a relative link
            page = ""
        st.code(
            share.share_link(page, urlstate.to_params(st.session_state)),
            language=None,
            wrap_lines=True,
        )


# --------------------------------------------------------------------------- main


def graph_payload(
    loaded: corpus.LoadedCorpus,
    view_name: str,
    spec_key: str,
    V,
    shown: filter_state.Shown,
    caption: str = "",
) -> dict:
    """What the graph component receives (cached per corpus, view and filters), with the
    pending focus request: the browser centres on that item once per nonce."""
    data, data_hash = filter_state.cached_vis(loaded.hash, view_name, spec_key, shown, V)
    payload = visnetwork.mount_data(
        data,
        data_hash,
        caption=caption,
        png_name=exports.file_name("png"),
        positions_tab=EXPORT_TAB,  # the exports place the nodes where the canvas showed them
        settled=visnetwork.settled_layout(data_hash),  # an earlier page's physics, kept
    )
    payload.update(expansion.canvas_steps(st.session_state))
    focus = st.session_state.get(keys.FOCUS)
    if isinstance(focus, dict) and visnetwork.as_selection(focus):
        payload["focus"] = {
            "kind": focus["kind"],
            "id": focus["id"],
            "nonce": str(focus.get("nonce")),
        }
    return payload


def on_graph_positions(scope: str) -> None:
    """Component callback: keep where the canvas placed the nodes, for the exports."""
    state = st.session_state.get(keys.GRAPH_POSITIONS) or {}
    exports.store_positions(
        st.session_state, scope, visnetwork.as_positions(state.get("positions"))
    )


def positions_scope(loaded: corpus.LoadedCorpus, view_name: str) -> str:
    """Positions belong to one corpus and one view."""
    return f"{loaded.hash}:{view_name}"


def source_label() -> str:
    """Where the articles come from, for a snapshot's caption (no database URL: it may hold a
    password)."""
    source = st.session_state.get(keys.CORPUS_SOURCE) or "sample"
    env_path = corpus.env_records_path()
    if source == "sample" and env_path is not None:
        return env_path.name
    if source == "upload":
        names = [f.name for f in st.session_state.get(keys.UPLOADS) or ()]
        more = f" and {len(names) - 3} more" if len(names) > 3 else ""
        return "Uploaded: " + ", ".join(names[:3]) + more if names else corpus.SOURCES["upload"]
    if source == "records":
        upload = st.session_state.get(keys.RECORDS_UPLOAD)
        return f"Records: {upload.name}" if upload is not None else corpus.SOURCES["records"]
    if source == "paste":
        title = (st.session_state.get(keys.PASTE_TITLE) or "").strip()
        return f"Pasted: {title}" if title else corpus.SOURCES["paste"]
    return corpus.SOURCES.get(source, str(source))


#: Streamlit's main column starts 6rem down, under its (here nearly empty) toolbar; 4rem
#: keeps clear of the toolbar and brings the canvas's bottom above the fold at 1440x900.
PAGE_CSS = "<style>[data-testid='stMainBlockContainer'] { padding-top: 4rem; }</style>"


def main() -> None:
    st.html(PAGE_CSS)
    # A whole-page run draws everything, so a whole-page rerun asked for before it (by a new
    # page's graph-first run, ui.first_paint, or a callback) is done by this run.  Left set, it
    # cut a reader's click run short: "Open view" right after a reload opened the view, but the
    # rerun that followed had lost its one-run "Opened the view" line.
    st.session_state.pop(keys.APP_RERUN, None)
    restore_view_from_url()
    explore()
    write_view_to_url()
    play.ticker()  # last: a played day's seconds count from when the page has drawn it


def explore() -> None:
    # A new page draws the graph first; the filters and the timeline come in the run that
    # follows the drawn graph (ui.first_paint).
    graph_first = first_paint.graph_first(st.session_state, st.context.headers)
    loaded = choose_corpus(graph_first)
    if not graph_first:  # under the picker, which a graph-first run leaves for the next run
        saved_views.note(
            st.session_state.get(keys.CORPUS_SOURCE) or "sample",
            store_uploaded=st.session_state.get(keys.STORE_UPLOAD) is not None,
            stores_configured=bool(stores.configured_stores()),
        )
    if loaded is None:
        if graph_first:  # no graph to draw first (an error, nothing chosen): the whole page now
            st.rerun(scope="app")
        return
    loaded = corrections.corrected(loaded)  # this session's; a store applies its own
    for name, message in loaded.errors:
        st.warning(details.plain(f"{name}: {message}" if name not in message else message))
    G = loaded.G
    if not graph_first:
        st.sidebar.radio(
            "Events",
            list(filter_state.VIEWS),
            format_func=filter_state.VIEWS.get,
            key=keys.VIEW,
            help="Show events as nodes, or as typed edges between the actors taking part",
        )
    view_name = st.session_state.get(keys.VIEW, "actors")
    V = filter_state.cached_view(loaded.hash, view_name, G)
    options = filter_state.cached_options(loaded.hash, view_name, V)
    filter_state.init_filter_state(st.session_state)
    filter_state.prune_state(st.session_state, options)
    expansion.prune(st.session_state, V)
    # The filter widgets come before the graph in the page: drawn after it, they would
    # still show the old filters for a moment once the graph shows the new ones, and a
    # click then would send those old values back (issue 20, item 1).
    if not graph_first:
        sidebar_filters(V, options, st.sidebar)
    show_view(loaded, view_name, V, options, graph_first)


def show_view(
    loaded: corpus.LoadedCorpus,
    view_name: str,
    V,
    options: filter_state.FilterOptions,
    graph_first: bool = False,
) -> None:
    """The main area for the filters in session state: counts, chips, find box, tabs.  The
    reader's steps apply in :func:`explorer`, so that a step reruns only that fragment."""
    spec = play.overlay(filter_state.spec_from_state(st.session_state), st.session_state)
    counts = st.container()  # filled by the explorer: the steps change what is shown
    focus_note = filter_state.cached_default_focus(loaded.hash, view_name, V, spec)[1]
    if focus_note:
        st.caption(focus_note)
    active_filter_chips(spec, options)
    filters = [chip.label for chip in filter_state.active_filters(spec, options)]
    filters += reliability.caption_filters(spec)  # the defaults have no chip but hide relations
    if view_name != "actors":
        filters.insert(0, filter_state.VIEWS[view_name])
    explorer(loaded, view_name, spec, V, counts, filters, source_label(), options, graph_first)
    # Below the explorer, out of its fragment: the timeline depends on the filters alone, so a
    # find, a step, a table row or a tab (runs of that fragment only) leave it as it is instead
    # of building and sending it again for the browser to redraw (issue 21: find -> focus).
    if not graph_first:
        time_line(loaded, view_name, V, spec)


def shown_view(
    loaded: corpus.LoadedCorpus, view_name: str, V, spec, counts
) -> tuple[str, filter_state.Shown] | None:
    """What ``spec`` (the filters and the reader's steps) draws, as (its cache key, the shown
    graph), with the line counting it written into ``counts``; None after an error there."""
    # a big view starts on its core
    drawn_spec, focus_note = filter_state.cached_default_focus(loaded.hash, view_name, V, spec)
    spec_key = repr(drawn_spec)
    try:
        shown = filter_state.cached_shown(loaded.hash, view_name, spec_key, V, drawn_spec)
    except GraphError as exc:
        counts.error(details.plain(str(exc)))
        return None
    st.session_state[DEFAULT_CORE] = shown.drawn.nodes if focus_note else None
    st.session_state[BIG_VIEW] = V.number_of_nodes() > filter_state.DEFAULT_NODE_LIMIT
    G = loaded.G
    n_docs = len(G.graph.get("documents") or {})
    counts.caption(
        f"{n_docs} article{'s' * (n_docs != 1)} · {G.number_of_nodes()} entities · "
        f"{filter_state.cached_edge_count(loaded.hash, '', '', G)} relations — showing "
        f"{shown.drawn.number_of_nodes()} nodes and "
        f"{filter_state.cached_edge_count(loaded.hash, view_name, spec_key, shown.relations)}"
        " relations"
    )
    return spec_key, shown


#: The tab of the downloads; opening it sends the canvas' node positions along.
EXPORT_TAB = "Export"


def needs_app_rerun() -> None:
    """Called by a callback inside :func:`explorer` that changes what the filters show."""
    st.session_state[keys.APP_RERUN] = True


@st.fragment(key=keys.EXPLORER)
def explorer(
    loaded: corpus.LoadedCorpus,
    view_name: str,
    filters_spec,
    V,
    counts,
    filters: list[str],
    source: str,
    options: filter_state.FilterOptions,
    graph_first: bool = False,
) -> None:
    """Find box, tabs, graph, details, tables and exports: a Streamlit fragment, so a find
    (also of a node the default view left out, which it adds as an expanded node), a table row
    or a tab reruns only this part and the line counting what is shown (``counts``, above the
    chips), not the sidebar's widgets, the lines above nor the timeline below (they depend on
    the filters alone);
    a click on the graph reruns only the canvas and the details (:func:`selection_view`).
    A callback in here that changes the filters asks for a
    whole-page rerun (:func:`needs_app_rerun`).

    ``filters_spec`` is the filters' spec, ``filters`` their caption lines; the reader's steps
    are applied here.  ``graph_first`` (a new page's first run, ui.first_paint): the graph
    (and no timeline below, :func:`show_view`); the next run of this fragment (the component
    reporting the drawn graph, or a click) runs the whole page instead."""
    drew = st.session_state.get(DEFAULT_CORE)  # before a find adds to it
    chosen = find.take_chosen(st.session_state, keys.FIND, options.names or options.actors)
    if chosen is not None:
        found(chosen, V, expansion.with_steps(filters_spec, st.session_state))
    if st.session_state.pop(keys.APP_RERUN, False):
        st.rerun(scope="app")
    spec = expansion.with_steps(filters_spec, st.session_state)
    view = shown_view(loaded, view_name, V, spec, counts)
    if view is None:
        return
    spec_key, shown = view
    summary = expansion.step_summary(st.session_state)
    caption = exports.caption(shown, source, [*filters, summary] if summary else filters)
    # The find box gets its names once (ui.find), so its row costs little to send first.
    with st.container(horizontal=True, vertical_alignment="center", key="find-row"):
        adds = partial(found_additions, loaded, view_name, spec_key, V, shown, drew)
        find_box(options, loaded, V, spec, adds)
        copy_link()
    tab_graph, tab_tables, tab_export, tab_corrections = st.tabs(
        ["Graph", "Tables", EXPORT_TAB, "Corrections"],
        key=keys.TAB,
        on_change="rerun",
        default="Graph",
    )
    # Only the open tab is computed (key actors are costly on a big graph).
    drawn = False
    if tab_graph.open:
        with tab_graph:
            drawn = graph_tab(loaded, view_name, spec_key, spec, V, shown, caption, graph_first)
    if tab_tables.open:
        with tab_tables:
            tables_tab(loaded, view_name, spec_key, shown)
    if tab_export.open:
        with tab_export:
            export_tab(loaded, view_name, V, shown, caption, source)
    if tab_corrections.open:
        with tab_corrections:
            corrections.tab(loaded)
    # last (an empty element): where the canvas placed the nodes, sent as the reader opens the
    # Export tab, from outside the canvas's own fragment (see selection_view)
    visnetwork.positions_reporter(
        key=keys.GRAPH_POSITIONS,
        on_positions=partial(on_graph_positions, positions_scope(loaded, view_name)),
    )
    write_view_to_url()  # a run of the fragment alone changes the selection or the tab
    if graph_first:
        if not drawn:  # nothing to draw first: the whole page now
            st.rerun(scope="app")
        needs_app_rerun()


def graph_tab(
    loaded: corpus.LoadedCorpus,
    view_name: str,
    spec_key: str,
    spec,
    V,
    shown: filter_state.Shown,
    caption: str = "",
    graph_first: bool = False,
) -> bool:
    """The network on the left, the clicked node's or edge's details on the right (the
    timeline comes below the tabs, :func:`show_view`).  Returns whether the network was drawn."""
    if filter_state.cached_edge_count(loaded.hash, view_name, "", V) == 0:
        st.info("No relations were extracted from these articles, so there is no graph to draw.")
        return False
    hidden = filter_state.cached_hidden_cooccurrence(
        loaded.hash, view_name, spec_key, V, shown, spec
    )
    # One slot for the steps bar and the notices, whatever they hold (an empty one takes no
    # room): the canvas keeps its place in the page, so that a step, or a find that adds a
    # node, updates it instead of building it anew (a new canvas, 1-2 s on a big view).
    above = st.container()
    with above:
        expansion.steps_bar(partial(expansion.label_of, V))  # also when a step left nothing
    if shown.drawn.number_of_nodes() == 0:
        hint = filter_state.relax_hint(spec)
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
        reliability.hidden_notice(loaded.hash, view_name, spec_key, V, spec)
        return False

    def cooccurrence_note() -> None:
        st.caption(
            f"{hidden} co-occurrence link{'s' * (hidden != 1)} hidden.",
            help="Names in one sentence with no relation found between them.",
            width="content",
        )
        show_cooccurrence_button(hidden)

    selection_fragment(loaded, view_name, spec_key, spec, V, shown, caption, graph_first)
    # filled after the canvas and the details went out, which a find or a step waits for
    with above:  # one row for everything the view hides, so the canvas stays above the fold
        reliability.hidden_notice(
            loaded.hash, view_name, spec_key, V, spec, first=cooccurrence_note if hidden else None
        )
    return True


def selection_view(
    loaded: corpus.LoadedCorpus,
    view_name: str,
    spec_key: str,
    spec,
    V,
    shown: filter_state.Shown,
    caption: str = "",
    graph_first: bool = False,
) -> None:
    """The canvas and, beside it, the details of what was clicked: all that a click changes.

    Run as a fragment of its own inside the explorer (:data:`selection_fragment`), so a click
    reruns and resends only these two, not the find row, the tabs, the notes and the timeline
    (issue 20: click -> sentences).  The canvas reports its positions through a reporter in the
    explorer (:func:`explorer`), so the Export tab's rerun carries them as before.  After a
    new page's first run (ui.first_paint), the drawn graph's report or a click reruns this
    fragment, which then reruns the page (the explorer asked for it)."""
    if st.session_state.pop(keys.APP_RERUN, False):  # a callback in here changed the graph
        st.rerun(scope="app")
    left, right = st.columns([3, 2], gap="medium")
    with left:
        payload = graph_payload(loaded, view_name, spec_key, V, shown, caption)
        payload["report_drawn"] = graph_first  # the next run draws the rest of the page
        visnetwork.network(
            payload,
            key=keys.GRAPH,
            on_select=on_graph_click,
            on_action=partial(
                expansion.on_canvas_action,
                keys.GRAPH,
                partial(expansion.adds, V, spec, shown.drawn),
            ),
        )
    with right:
        details_column(loaded, view_name, spec_key, spec, V, shown, graph_first)
    if not graph_first:
        write_view_to_url()  # a run of this fragment alone changes the selection


#: The canvas and the details as a fragment of their own.
selection_fragment = st.fragment(selection_view)


def details_column(
    loaded: corpus.LoadedCorpus,
    view_name: str,
    spec_key: str,
    spec,
    V,
    shown: filter_state.Shown,
    graph_first: bool = False,
) -> None:
    """The details pane, which draws a click's details at once in the browser (not in a new
    page's first run: the graph comes first), above the panel, keyed by its selection."""
    hidden = () if spec.show_cooccurrence else ("CO_OCCURS",)
    items, items_hash = (
        (None, "")
        if graph_first
        else details_pane.cached_items(
            loaded.hash, view_name, spec_key, hidden, V, shown.drawn, loaded.mentions
        )
    )
    selection = visnetwork.as_selection(st.session_state.get(keys.SELECTION))
    details_pane.pane(
        items,
        items_hash,
        key=keys.DETAILS_PANE,
        selection=selection,
        seq=st.session_state.get(keys.CLICK_SEQ, 0),
        found=find.last_taken(st.session_state, keys.FIND),
    )
    with st.container(key=details_pane.panel_key(selection)):
        details_panel(loaded, V, shown, spec)
        st.html(details_pane.panel_end(selection))  # complete: it takes over from the pane


def on_brush() -> None:
    """Timeline callback: the brushed days become the From/To filter (the timeline is drawn
    outside the explorer fragment, so the whole page reruns)."""
    period = timeline.brush_period(st.session_state.get(keys.TIMELINE))
    if period is not None:
        st.session_state[keys.DATE_FROM], st.session_state[keys.DATE_TO] = period


def time_line(loaded: corpus.LoadedCorpus, view_name: str, V, spec) -> None:
    """Relations per day over the slider's range, by family; brushing filters the graph."""
    options = filter_state.cached_options(loaded.hash, view_name, V)
    if not (options.date_min and options.date_max):
        return
    shown_types = spec.show_cooccurrence or "CO_OCCURS" in spec.relation_types
    table = timeline.cached_per_day(
        loaded.hash,
        view_name,
        V,
        options.date_min,
        options.date_max,
        (spec.date_from, spec.date_to),
        () if shown_types else ("CO_OCCURS",),
        (spec.modes, spec.hide_negated, spec.min_confidence),
    )
    if table.empty:
        return
    st.altair_chart(
        timeline.chart(table, options.date_min, options.date_max),
        key=keys.TIMELINE,
        on_select=on_brush,
        selection_mode=timeline.SELECTION,
        width="stretch",
    )
    st.caption(
        "Relations per day by family, on the day the text gives; pale: only the article's date. "
        "Drag across the timeline to show only that period."
    )


def show_cooccurrence_button(hidden: int) -> None:
    """One click to show the co-occurrence links a message says are hidden."""
    if hidden:
        st.button(
            "Show co-occurrence",
            key="show-cooccurrence",
            type="tertiary",
            on_click=show_cooccurrence,
        )


def show_cooccurrence() -> None:
    """Callback: tick "Show co-occurrence edges" (a filter: the whole page reruns)."""
    st.session_state[keys.SHOW_COOCCURRENCE] = True
    needs_app_rerun()


def tables_tab(
    loaded: corpus.LoadedCorpus, view_name: str, spec_key: str, shown: filter_state.Shown
) -> None:
    """Entities, relations and key actors of the current view, each downloadable as CSV."""
    A = shown.drawn
    selection = visnetwork.as_selection(st.session_state.get(keys.SELECTION))
    token = tables.selection_token(selection)
    with st.container():
        entities = tables.entities_table(A)
        relations = tables.relations_table(shown.relations)
        edge_of = tables.edge_of_relation(A, shown.relations)
        st.subheader(f"Entities ({len(entities)})")
        listed, n_entities = tables.selected_first(entities, tables.selected_entities(selection, A))
        selectable_table(
            listed,
            f"{keys.ENTITY_TABLE}-{token}",
            "node",
            list(listed["id"]),
            ticked=bool(n_entities and selection and selection["kind"] == "node"),
        )
        st.download_button(
            "Entities as CSV",
            exports.nodes_csv(A),
            "entities.csv",
            "text/csv",
            key="download-entities",
            on_click="ignore",
        )
        st.subheader(f"Relations ({len(relations)})")
        listed, n_relations = tables.selected_first(
            relations, tables.selected_relations(selection, shown.relations, edge_of)
        )
        selectable_table(
            listed,
            f"{keys.RELATION_TABLE}-{token}",
            "edge",
            [edge_of.get(str(r), "") for r in listed["id"]],
            ticked=bool(n_relations and selection and selection["kind"] == "edge"),
        )
        st.download_button(
            "Relations as CSV",
            exports.edges_csv(shown.relations),
            "relations.csv",
            "text/csv",
            key="download-relations",
            on_click="ignore",
        )
        st.subheader("Key actors")
        st.caption("By PageRank over the current view; betweenness and community alongside.")
        st.dataframe(
            filter_state.cached_key_actors(loaded.hash, view_name, spec_key, A),
            hide_index=True,
            width="stretch",
        )


def selectable_table(table, key: str, kind: str, row_ids: list[str], ticked: bool) -> None:
    """A table whose rows select (single row); with ``ticked`` its first row is the selection.

    The key changes with the selection (ui.tables.selection_token), so a selection made
    elsewhere (graph, find box, other table) ticks the right row here and never a stale one.
    """
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        key=key,
        on_select=lambda: on_table_row(key, row_ids, kind),
        selection_mode="single-row",
        selection_default={"selection": {"rows": [0]}} if ticked else None,
    )


def export_tab(
    loaded: corpus.LoadedCorpus,
    view_name: str,
    V,
    shown: filter_state.Shown,
    caption: str,
    source: str,
) -> None:
    """The current view or the whole graph, one download button per format, each written on
    demand at the positions the canvas showed (where it reported them)."""
    with st.container():
        scope = st.radio(
            "What to export",
            list(exports.SCOPES),
            format_func=exports.SCOPES.get,
            key=keys.EXPORT_SCOPE,
            horizontal=True,
        )
        target = shown
        if scope == "whole":
            target = filter_state.cached_shown(
                loaded.hash, view_name, repr(exports.WHOLE), V, exports.WHOLE
            )
            caption = exports.caption(
                target, source, [] if view_name == "actors" else [filter_state.VIEWS[view_name]]
            )
        positions = exports.screen_positions(st.session_state, positions_scope(loaded, view_name))
        placed = sum(1 for n in target.drawn if n in positions)
        st.caption(
            (
                "Downloads contain exactly what the graph shows now (filters applied)."
                if scope == "view"
                else "Downloads contain every entity and relation of this view, unfiltered."
            )
            + f" {placed} of {target.drawn.number_of_nodes()} nodes keep their place on the canvas"
            + (
                "; the others are laid out around them."
                if placed < target.drawn.number_of_nodes()
                else "."
            )
        )
        st.caption(details.plain(caption))
        st.caption(
            "The graph's PNG button saves the canvas exactly as drawn, at twice its resolution."
        )
        columns = st.columns(3)
        for i, (fmt, label) in enumerate(exports.LABELS.items()):
            columns[i % 3].download_button(
                label,
                data=lambda fmt=fmt: (
                    exports.export_file(target, fmt, caption=caption, positions=positions).data
                ),
                file_name=exports.file_name(fmt),
                mime=exports.mime_type(fmt),
                key=f"export-{fmt}",
                on_click="ignore",
                width="stretch",
            )


main()
