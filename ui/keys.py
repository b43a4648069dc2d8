"""Every ``st.session_state`` and widget key the app uses, in one place.

Filter widgets are named after the :class:`graph.filters.FilterSpec` field they set, so a
test or the URL (ui.urlstate, where each key is also the query parameter) can go from a
field name to its widget and back.
"""

from __future__ import annotations

from graph.spec import DEFAULT_MIN_CONFIDENCE

# --- corpus --------------------------------------------------------------------------------
CORPUS_SOURCE = "corpus_source"  #: which corpus the app shows (see ui.corpus.SOURCES)
UPLOADS = "uploads"  #: st.file_uploader of article files
RECORDS_UPLOAD = "records_upload"  #: st.file_uploader of a records JSON (python -m extract)
PASTE_TEXT = "paste_text"  #: st.text_area for pasted article text
PASTE_TITLE = "paste_title"
PASTE_DATE = "paste_date"
STORE_CHOICE = "store_choice"  #: st.selectbox of the configured stores (ui.stores), by label
STORE_UPLOAD = "store_upload"  #: st.file_uploader of a store file

# --- view and filters (FilterSpec field names) ---------------------------------------------
VIEW = "view"  #: "actors" (typed edges between actors) or "events" (events as nodes)
ACTORS = "actors"
RADIUS = "radius"
RELATION_TYPES = "relation_types"
ENTITY_TYPES = "entity_types"
DATE_FROM = "date_from"
DATE_TO = "date_to"
PERIOD = "period"  #: st.slider over dates; moving it sets DATE_FROM and DATE_TO
DOCUMENTS = "documents"
MIN_MENTIONS = "min_mentions"
MIN_WEIGHT = "min_weight"
TEXT = "text"
SHOW_COOCCURRENCE = "show_cooccurrence"
TOP_K = "top_k"
# reliability (ui.reliability): how the text puts a relation, and how sure extraction is
MODES = "modes"  #: st.multiselect of modes (asserted, possible, planned, ...); empty = all
HIDE_NEGATED = "hide_negated"  #: negated relations hidden (the default) unless listed in MODES
MIN_CONFIDENCE = "min_confidence"  #: st.slider: relations below this confidence are hidden

#: Widget keys that map 1:1 onto FilterSpec fields.
FILTER_FIELDS: tuple[str, ...] = (
    ACTORS,
    RADIUS,
    RELATION_TYPES,
    ENTITY_TYPES,
    DATE_FROM,
    DATE_TO,
    DOCUMENTS,
    MIN_MENTIONS,
    MIN_WEIGHT,
    TEXT,
    SHOW_COOCCURRENCE,
    TOP_K,
    MODES,
    HIDE_NEGATED,
    MIN_CONFIDENCE,
)

#: The widget value of each filter when nothing is filtered: what "Reset filters" writes back
#: and what stays out of the URL. ``ui.filter_state.spec_from_state`` of these is
#: ``ui.filter_state.DEFAULT_SPEC``: everything but co-occurrence, negated relations and those
#: below DEFAULT_MIN_CONFIDENCE.
FILTER_DEFAULTS: dict[str, object] = {
    ACTORS: [],
    RADIUS: 1,
    RELATION_TYPES: [],
    ENTITY_TYPES: [],
    DATE_FROM: None,
    DATE_TO: None,
    DOCUMENTS: [],
    MIN_MENTIONS: 0,
    MIN_WEIGHT: 0,
    TEXT: "",
    SHOW_COOCCURRENCE: False,
    TOP_K: 0,
    MODES: [],
    HIDE_NEGATED: True,
    MIN_CONFIDENCE: DEFAULT_MIN_CONFIDENCE,
}

# --- graph and details ---------------------------------------------------------------------
TAB = "tab"  #: the open tab: "Graph", "Tables" or "Export"
GRAPH = "graph"  #: the vis-network component; its state holds {"selection": {kind, id}}
#: The canvas' positions reporter (ui.visnetwork.positions_reporter): an empty component in
#: the explorer fragment whose state "positions" carries where the canvas placed the nodes.
GRAPH_POSITIONS = "graph_positions_reporter"
SELECTION = "selection"  #: {kind, id} of the clicked node/edge, copied from the component
ARTICLE = "article"  #: id of the document whose whole text is shown
DETAILS_PANE = "details_pane"  #: ui.details_pane: a click's details, drawn by the browser
CLICK_SEQ = "_click_seq"  #: the number of the last canvas click the server has seen
#: Where the canvas placed the nodes, reported by the component (state "positions"):
#: ``{"scope": "<corpus hash>:<view>", "positions": {node id: (x, y)}}``; exports use them.
POSITIONS = "graph_positions"

# --- export --------------------------------------------------------------------------------
EXPORT_SCOPE = "export_scope"  #: st.radio: "view" (what the graph shows) or "whole" (no filters)

# --- find, focus, tables, timeline, URL ----------------------------------------------------
FIND = "find"  #: ui.find component: finds a node by label or alias and focuses the graph on it
FOCUS = "focus"  #: {kind, id, nonce}: the graph centres on and selects this item once per nonce
ENTITY_TABLE = "entity_table"  #: prefix of the entities st.dataframe key (row selection)
RELATION_TABLE = "relation_table"  #: prefix of the relations st.dataframe key (row selection)
TIMELINE = "timeline"  #: st.altair_chart of relations per day; brushing sets DATE_FROM/DATE_TO
URL_RESTORED = "url_restored"  #: set once a session has read its view state from the URL
#: The query parameters this session last wrote into the URL (see app.write_view_to_url).
URL_WRITTEN = "_url_written"
#: Set by a callback inside the explorer fragment that changed the filters (a "Show ..." button,
#: the timeline brush): the whole page (sidebar, counts, chips) must rerun, not only the fragment.
APP_RERUN = "_app_rerun"
#: The explorer fragment's key (app.explorer): a step reruns it alone, also from the canvas's
#: own fragment inside it (st.rerun(scope=EXPLORER) in a callback).
EXPLORER = "explorer"

# --- the reader's steps: expand, hide, pin, undo (ui.expansion) ------------------------------
HIDDEN = "hidden"  #: node ids taken off the screen (FilterSpec.hidden; in the URL)
EXPANDED = "expanded"  #: node ids whose neighbours are shown (FilterSpec.expanded; in the URL)
PINNED = "pinned"  #: node ids held in place on the canvas (in the URL)
STEPS_UNDO = "_steps_undo"  #: the steps that can be undone: snapshots of the three above
STEPS_REDO = "_steps_redo"  #: the steps undone, which can be redone
STEPS_NOTICE = "_steps_notice"  #: a line for the reader about the last step, shown once

# --- corrections (ui.corrections) ----------------------------------------------------------
#: This session's corrections (records' ``corrections`` dicts) when no configured store keeps them
CORRECTIONS = "corrections"
CORRECTION_MESSAGE = "_correction_message"  #: (kind, text) of the last correction's outcome
CORRECTION_NOTE = "correction_note"  #: st.text_input: why (the correction's note)
#: st.expander "Correct this entity": open (True) or not; its actions are built only when open
CORRECT_ENTITY = "correct_entity"
MERGE_CHOICE = "merge_choice"  #: st.selectbox: the entity to merge into the selected one
SPLIT_ALIAS = "split_alias"  #: st.selectbox: the alias to split off the selected entity
RENAME_LABEL = "rename_label"  #: st.text_input: the selected entity's new name
RETYPE_TYPE = "retype_type"  #: st.selectbox: the selected entity's new type
WRONG_RELATION = "wrong_relation"  #: st.selectbox: the relation of the edge to mark wrong
CORRECTIONS_UPLOAD = "corrections_upload"  #: st.file_uploader of a corrections JSON

# --- saved views (ui.saved_views) ----------------------------------------------------------
VIEW_NAME = "view_name"  #: st.text_input: the name to save the view under
VIEW_OVERWRITE = "view_overwrite"  #: st.checkbox: "Save view" may replace a view of that name
SAVED_VIEW = "saved_view"  #: st.selectbox of the store's saved views, by name
VIEW_MESSAGE = "_view_message"  #: (kind, line) of what the last save/open/delete did

# --- from the app to the store (ui.ingest_panel) --------------------------------------------
INGEST_STORE = "ingest_store"  #: st.selectbox of the configured store to add articles to
INGEST_RESULT = "_ingest_result"  #: (corpus hash, store label, report) of the last "Add to store"

# --- play (ui.play) ------------------------------------------------------------------------
PLAY = "_play"  #: the play in progress: {days, index, first, cumulative, seconds, ...} (ui.play)
PLAY_MESSAGE = "_play_message"  #: why play ended ("Played to the end (...)", "a filter changed")
PLAY_MODE = "play_mode"  #: st.selectbox: "each" day alone or "upto" (everything up to the day)
PLAY_SECONDS = "play_seconds"  #: st.select_slider: seconds each day stays on screen
#: Set once a session's first run has decided whether it draws the graph first (ui.first_paint).
FIRST_PAINT = "_first_paint"
