"""Issue 21 in the explorer: find and focus, views in the URL, tables and graph as one
selection, and time (driven through AppTest on tests/fixtures/sample_records.json)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.mounted import find, find_data, graph_data
from ui import keys

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"


def new_app(monkeypatch, **params) -> AppTest:
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for name, value in params.items():
        at.query_params[name] = value
    return at.run()


def mount(at: AppTest) -> dict:
    """The data the graph component got in the last run."""
    return graph_data(at)


def drawn_nodes(at: AppTest) -> set[str]:
    return {n["id"] for n in mount(at)["nodes"]}


def url(at: AppTest) -> dict[str, list[str]]:
    """The query parameters after the last run, each as a list of values."""
    return {k: list(v) if isinstance(v, (list, tuple)) else [v] for k, v in at.query_params.items()}


def html_text(at: AppTest) -> str:
    return "\n".join(h.value for h in at.html)


# --------------------------------------------------------------------------- find and focus


@pytest.mark.parametrize(
    ("typed", "node"),
    [("Poetin", "kb:putin"), ("Zelenski", "kb:zelensky"), ("het Kremlin", "kb:kremlin")],
)
def test_find_box_matches_aliases_in_any_language(monkeypatch, typed, node):
    at = new_app(monkeypatch)
    rows = json.loads(find_data(at)["rows"])
    hits = [ident for ident, text in rows if typed.casefold() in text.casefold()]
    assert hits == [node]


def test_find_box_gets_the_names_once(monkeypatch):
    """Issue 21: every run sent the box all names again (178 kB on a 5,000-entity store); they
    go once, and later runs send their hash alone."""
    at = new_app(monkeypatch)
    first = find_data(at)
    assert "Vladimir Putin (PERSON) · " in first["rows"]
    find(at, "kb:kushner")
    again = find_data(at)
    assert again["hash"] == first["hash"] and "rows" not in again


def test_find_selects_focuses_and_opens_the_details(monkeypatch):
    at = new_app(monkeypatch)
    find(at, "kb:kushner")
    assert not at.exception
    assert at.session_state[keys.SELECTION] == {"kind": "node", "id": "kb:kushner"}
    focus = mount(at)["focus"]
    assert (focus["kind"], focus["id"]) == ("node", "kb:kushner") and focus["nonce"]
    assert "Jared Kushner" in html_text(at)
    # a run that brings no new choice focuses nothing again
    at.run()
    assert "focus" not in mount(at) or mount(at)["focus"]["nonce"] == focus["nonce"]
    # a second search is a new focus request, even for the same node
    find(at, "kb:kushner")
    assert mount(at)["focus"]["nonce"] != focus["nonce"]


def test_find_a_node_the_filters_hide_offers_to_show_it(monkeypatch):
    at = new_app(monkeypatch)
    at.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"]).run()
    find(at, "kb:putin")
    assert "kb:putin" not in drawn_nodes(at)
    assert any("hide this entity" in i.value for i in at.info)
    at.button(key="show-selected").click().run()
    assert "kb:putin" in drawn_nodes(at)
    assert mount(at)["focus"]["id"] == "kb:putin"
    assert at.multiselect(key=keys.ACTORS).value == []


def test_actor_picker_shows_and_matches_aliases(monkeypatch):
    at = new_app(monkeypatch)
    picker = at.multiselect(key=keys.ACTORS)
    assert "Poetin" in picker.format_func("kb:putin")
    assert "Oekraïne" in picker.format_func("kb:ukraine")


# --------------------------------------------------------------------------- the URL


def test_url_opens_the_view_it_names(monkeypatch):
    at = new_app(
        monkeypatch, actors=["kb:zelensky"], radius="1", selection="edge:kb:zelensky->kb:macron"
    )
    assert not at.exception
    assert drawn_nodes(at) == {"kb:zelensky", "kb:ukraine", "kb:macron", "kb:europe"}
    assert at.multiselect(key=keys.ACTORS).value == ["kb:zelensky"]
    assert "Volodymyr Zelensky → Emmanuel Macron" in html_text(at)
    assert mount(at)["focus"]["id"] == "kb:zelensky->kb:macron"


def test_url_follows_every_change(monkeypatch):
    at = new_app(monkeypatch)
    assert dict(at.query_params) == {}
    at.multiselect(key=keys.RELATION_TYPES).set_value(["CONSULT", "THREATEN"])
    at.text_input(key=keys.TEXT).set_value("rus")
    at.checkbox(key=keys.SHOW_COOCCURRENCE).check().run()
    params = url(at)
    assert params["relation_types"] == ["CONSULT", "THREATEN"]
    assert params["text"] == ["rus"] and params["show_cooccurrence"] == ["1"]
    at.date_input(key=keys.DATE_TO).set_value(dt.date(2025, 11, 30)).run()
    assert url(at)["date_to"] == ["2025-11-30"]
    at.button(key="chip-reset").click().run()
    assert dict(at.query_params) == {}


def test_a_reload_keeps_the_view(monkeypatch):
    at = new_app(monkeypatch)
    at.multiselect(key=keys.ACTORS).set_value(["kb:trump"])
    at.slider(key=keys.RADIUS).set_value(2).run()
    find(at, "kb:russia")
    before = drawn_nodes(at)
    reloaded = new_app(monkeypatch, **url(at))
    assert drawn_nodes(reloaded) == before
    assert reloaded.session_state[keys.SELECTION] == {"kind": "node", "id": "kb:russia"}
    assert reloaded.slider(key=keys.RADIUS).value == 2


@pytest.mark.parametrize(
    "params",
    [
        {"actors": ["kb:nobody", "<script>alert(1)</script>"], "radius": "99", "min_weight": "500"},
        {"date_from": "2014-13-45", "date_to": "1900-01-01", "top_k": "-3", "view": "graph"},
        {"corpus_source": "../../etc/passwd", "selection": "node:kb:nobody", "tab": "Admin"},
        {"relation_types": ["NOT_A_TYPE"], "entity_types": ["X" * 10_000], "documents": ["?"]},
        {"text": "\x00\x1b[31m", "show_cooccurrence": "maybe", "min_mentions": "1e9"},
    ],
)
def test_hostile_urls_open_the_app_without_a_traceback(monkeypatch, params):
    at = new_app(monkeypatch, **params)
    assert not at.exception
    assert not at.error
    assert "<script>" not in json.dumps(dict(at.query_params))


def test_copy_link_holds_the_view(monkeypatch):
    at = new_app(monkeypatch, actors=["kb:zelensky"])
    [code] = [c for c in at.code if "actors=kb%3Azelensky" in c.value]
    assert code.language in (None, "", "plaintext")


# --------------------------------------------------------------------------- tables


def tables_app(monkeypatch, selection=None) -> AppTest:
    at = new_app(monkeypatch, tab="Tables", **({"selection": selection} if selection else {}))
    assert not at.exception
    return at


def test_selected_node_is_listed_first_and_ticked_in_the_tables(monkeypatch):
    at = tables_app(monkeypatch, "node:kb:macron")
    entities, relations, _ = at.dataframe
    assert entities.value.iloc[0]["id"] == "kb:macron"
    assert "Emmanuel Macron" in set(relations.value.iloc[:1][["actor", "recipient"]].values.ravel())
    state = at.session_state[entities.key]
    assert state["selection"]["rows"] == [0]


def test_selected_edge_lists_its_relations_first(monkeypatch):
    at = tables_app(monkeypatch, "edge:kb:zelensky->kb:macron")
    entities, relations, _ = at.dataframe
    assert set(entities.value.iloc[:2]["id"]) == {"kb:zelensky", "kb:macron"}
    first = relations.value.iloc[0]
    assert (first["actor"], first["recipient"]) == ("Volodymyr Zelensky", "Emmanuel Macron")
    assert at.session_state[relations.key]["selection"]["rows"] == [0]


def test_every_relation_row_names_a_drawn_edge(monkeypatch):
    # the relations table selects through ui.tables.edge_of_relation: every row has its edge
    from graph.build import build_graph
    from ui import filter_state, tables

    V = filter_state.base_view(
        build_graph(json.loads(FIXTURE.read_text(encoding="utf-8"))), "actors"
    )
    shown = filter_state.displayed_graph(V, filter_state.spec_from_state({}))
    edge_of = tables.edge_of_relation(shown.drawn, shown.relations)
    drawn_edges = {d.get("id", f"{u}->{v}") for u, v, d in shown.drawn.edges(data=True)}
    assert set(tables.relations_table(shown.relations)["id"]) == set(edge_of)
    assert set(edge_of.values()) == drawn_edges


# --------------------------------------------------------------------------- time


def test_time_range_runs_over_the_articles_and_names_the_outlier(monkeypatch):
    at = new_app(monkeypatch)
    assert at.slider(key=keys.PERIOD).value == (dt.date(2025, 11, 24), dt.date(2025, 12, 2))
    notes = [c.value for c in at.sidebar.caption if "outside this range" in c.value]
    assert notes == [
        "1 relation dated outside this range (2022-02-24): type a date in From/To to include them."
    ]
    # the outlier is still drawn while no period is set
    assert "kb:russia" in drawn_nodes(at)


def test_a_date_typed_before_the_slider_range_is_applied(monkeypatch):
    at = new_app(monkeypatch)
    at.date_input(key=keys.DATE_FROM).set_value(dt.date(2014, 1, 1))
    at.date_input(key=keys.DATE_TO).set_value(dt.date(2022, 12, 31)).run()
    assert not at.exception
    assert at.session_state[keys.DATE_FROM] == dt.date(2014, 1, 1)
    assert {e["id"] for e in mount(at)["edges"]} == {"kb:russia->kb:ukraine"}
    # the slider cannot show 2014: it sits at its start, and the filter stays as typed
    assert at.slider(key=keys.PERIOD).value[0] == dt.date(2025, 11, 24)
    assert url(at)["date_from"] == ["2014-01-01"]


def test_timeline_shows_relations_per_day_by_family(monkeypatch):
    at = new_app(monkeypatch)
    [chart] = at.get("vega_lite_chart")
    spec = json.loads(chart.proto.spec)
    assert spec["params"][0]["name"] == "period"
    assert spec["encoding"]["color"]["field"] == "family"
    assert chart.proto.selection_mode == ["period"]


def test_filter_defaults_are_the_unfiltered_view_and_stay_out_of_the_url():
    from graph.spec import DEFAULT_MIN_CONFIDENCE, FilterSpec
    from ui import filter_state, urlstate

    assert filter_state.spec_from_state(keys.FILTER_DEFAULTS) == filter_state.DEFAULT_SPEC
    # the app's default hides only what FilterSpec's does, plus negated and unsure relations
    assert filter_state.DEFAULT_SPEC == FilterSpec(
        hide_negated=True, min_confidence=DEFAULT_MIN_CONFIDENCE
    )
    assert all(urlstate.DEFAULTS[key] == value for key, value in keys.FILTER_DEFAULTS.items())
