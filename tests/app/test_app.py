"""The explorer as a user sees it, driven through streamlit.testing.v1.AppTest.

The app opens on tests/fixtures/sample_records.json (through NEWSGRAPH_RECORDS) so these
tests need no spaCy model.  A click in the graph is simulated by setting the session-state
key the component's callback sets (ui.keys.SELECTION); the real click is in tests/browser.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from streamlit.testing.v1 import AppTest

from graph.build import build_graph
from graph.filters import FilterSpec
from tests.app.mounted import canvases, graph_data
from ui import exports, filter_state, keys

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"


@pytest.fixture
def app(monkeypatch) -> AppTest:
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    return at.run()


def shown(element) -> str:
    """What the user reads in an st.error/st.warning/st.info: Markdown escapes resolved."""
    return re.sub(r"\\(.)", r"\1", element.value)


def drawn(at: AppTest) -> tuple[set[str], set[str]]:
    """Node ids and edge ids the graph component was given in the last run."""
    data = graph_data(at)
    return {n["id"] for n in data["nodes"]}, {e["id"] for e in data["edges"]}


def html_text(at: AppTest) -> str:
    return "\n".join(h.value for h in at.html)


def test_app_opens_on_the_corpus_and_draws_its_graph(app):
    assert not app.exception
    assert not app.error
    nodes, edges = drawn(app)
    assert {"kb:putin", "kb:trump", "kb:zelensky", "kb:macron"} <= nodes
    assert "kb:zelensky->kb:macron" in edges
    # co-occurrence is off by default, and events are projected onto actor edges
    assert "kb:witkoff->kb:kushner" not in edges
    assert not any(n.startswith("event:") for n in nodes)
    assert "2 articles" in app.caption[0].value


@pytest.mark.model
def test_app_opens_on_the_bundled_sample_with_the_shipped_pipelines(monkeypatch):
    # what `make run` shows: the sample article extracted live, not the records fixture
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    assert not at.exception
    assert not at.error
    nodes, edges = drawn(at)
    assert {
        "kb:vladimir_putin",
        "kb:volodymyr_zelensky",
        "kb:steve_witkoff",
        "kb:RUS",
        "kb:UKR",
    } <= nodes
    # the 2022 invasion, Witkoff as Trump's envoy, the Moscow talks
    assert {
        "kb:RUS->kb:UKR",
        "kb:steve_witkoff->kb:donald_trump",
        "kb:vladimir_putin->kb:steve_witkoff",
    } <= edges
    assert "The bundled sample corpus: 1 article." in [c.value for c in at.caption]


def test_app_actor_filter_shows_the_ego_network(app):
    app.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"]).run()
    nodes, edges = drawn(app)
    assert nodes == {"kb:zelensky", "kb:ukraine", "kb:macron", "kb:europe"}
    assert edges == {"kb:zelensky->kb:ukraine", "kb:zelensky->kb:macron", "kb:zelensky->kb:europe"}


def test_app_relation_type_filter_keeps_only_that_type(app):
    app.multiselect(key=keys.RELATION_TYPES).set_value(["THREATEN"]).run()
    nodes, edges = drawn(app)
    assert edges == {"kb:putin->kb:europe", "kb:trump->kb:russia"}
    assert nodes == {"kb:putin", "kb:europe", "kb:trump", "kb:russia"}


def test_app_cooccurrence_and_event_nodes_can_be_switched_on(app):
    app.checkbox(key=keys.SHOW_COOCCURRENCE).check().run()
    _, edges = drawn(app)
    assert "kb:witkoff->kb:kushner" in edges
    app.radio(key=keys.VIEW).set_value("events").run()
    nodes, edges = drawn(app)
    assert "event:moscow-talks-2025-12-02" in nodes
    assert "kb:witkoff->event:moscow-talks-2025-12-02" in edges


def test_app_time_slider_sets_the_period(app):
    import datetime as dt

    slider = app.slider(key=keys.PERIOD)
    start, end = slider.value
    # the articles' dates, not the 2022 invasion they mention (an outlier, named in a note)
    assert (start, end) == (dt.date(2025, 11, 24), dt.date(2025, 12, 2))
    slider.set_value((start, dt.date(2025, 11, 30))).run()
    assert app.session_state[keys.DATE_FROM] is None
    assert app.session_state[keys.DATE_TO] == dt.date(2025, 11, 30)
    _, edges = drawn(app)
    assert "kb:russia->kb:ukraine" in edges and "kb:putin->kb:witkoff" not in edges


def test_app_period_filter_drops_the_other_article(app):
    import datetime as dt

    app.date_input(key=keys.DATE_TO).set_value(dt.date(2025, 11, 30)).run()
    _, edges = drawn(app)
    # the invasion (dated 2022-02-24) and the English article (2025-11-24) are left
    assert edges == {
        "kb:russia->kb:ukraine",
        "kb:trump->kb:russia",
        "kb:zelensky->kb:europe",
        "kb:kushner->kb:trump",
    }
    app.date_input(key=keys.DATE_FROM).set_value(dt.date(2025, 11, 1)).run()
    nodes, edges = drawn(app)
    assert "kb:russia->kb:ukraine" not in edges and "kb:putin" not in nodes


def test_app_empty_result_names_the_filters_to_relax(app):
    app.multiselect(key=keys.RELATION_TYPES).set_value(["ASSAULT"])
    app.multiselect(key=keys.ENTITY_TYPES).set_value(["PERSON"]).run()
    assert not app.exception
    assert not canvases(app)
    [info] = app.info
    assert "relation types (ASSAULT)" in shown(info)
    assert "entity types (PERSON)" in shown(info)


def test_app_node_selection_shows_its_sentences(app):
    app.session_state[keys.SELECTION] = {"kind": "node", "id": "kb:kushner"}
    app.run()
    assert not app.exception
    text = html_text(app)
    assert "Jared Kushner" in text and "PERSON · USA · 4 mentions" in text
    assert "Trump said <mark" in text and ">Kushner</mark>, his son-in-law" in text
    assert "Trump threatens Russia (hand-written test article) · 2025-11-24" in text
    # a sentence about someone else is not shown
    assert "Zelensky had maandag" not in text


def test_app_details_headings_come_with_their_content(app):
    """The panel's "Relations (n)" and "Source sentences (n)" headings are drawn in the HTML
    block of what they head, not as Markdown elements of their own: every element a click
    sends is rendered anew by the browser, so the panel sends as few as it can (issue 20:
    click -> sentences)."""
    app.session_state[keys.SELECTION] = {"kind": "node", "id": "kb:kushner"}
    app.run()
    blocks = [h.value for h in app.html]
    relations = next(b for b in blocks if 'class="ng-relations"' in b)
    rows = relations.count("<tr>") - 1  # the header row
    assert relations.startswith(f'<div class="ng-section"><strong>Relations</strong> ({rows})')
    groups = [b for b in blocks if 'class="ng-evidence"' in b]  # one per article
    sentences = sum(b.count("<li ") for b in groups)
    assert len(groups) > 1 and sentences == 4
    heading = '<div class="ng-section"><strong>Source sentences</strong> (4)</div>'
    assert groups[0].startswith(heading + '<div class="ng-evidence"')
    assert not [b for b in groups[1:] if "ng-section" in b]  # the heading once, on top
    assert any(">Kushner</mark>, his son-in-law" in b for b in groups)
    headings = [m.value for m in app.markdown]
    assert not [h for h in headings if "Relations" in h or "Source sentences" in h]
    # an edge: its evidence heading likewise
    app.session_state[keys.SELECTION] = {"kind": "edge", "id": "kb:zelensky->kb:macron"}
    app.run()
    evidence = next(h.value for h in app.html if 'class="ng-evidence"' in h.value)
    assert evidence.startswith('<div class="ng-section"><strong>Evidence</strong> (')
    assert not [m for m in app.markdown if "Evidence" in m.value]


def test_app_edge_selection_shows_evidence_with_both_ends_marked(app):
    app.session_state[keys.SELECTION] = {"kind": "edge", "id": "kb:zelensky->kb:macron"}
    app.run()
    text = html_text(app)
    assert "Volodymyr Zelensky → Emmanuel Macron" in text
    assert '<mark class="actor"' in text and '<mark class="recipient"' in text
    assert ">ontmoeting</mark>" in text
    assert "Speciaal gezant" not in text


def test_app_read_article_button_shows_the_whole_text(app):
    app.session_state[keys.SELECTION] = {"kind": "node", "id": "kb:macron"}
    app.run()
    app.button(key="article-node-000_5b4120fcf4eb73ee").click().run()
    text = html_text(app)
    assert "Sinds Rusland Oekraïne op 24 februari 2022 binnenviel" in text  # not an evidence line


def test_app_selection_of_a_filtered_out_edge_says_so(app):
    app.session_state[keys.SELECTION] = {"kind": "edge", "id": "kb:zelensky->kb:macron"}
    app.multiselect(key=keys.RELATION_TYPES).set_value(["THREATEN"]).run()
    assert any("not in the current view" in i.value for i in app.info)


def test_app_export_tab_offers_every_format(app):
    app.session_state[keys.TAB] = "Export"
    app.run()
    assert not app.exception
    labels = [b.label for b in app.get("download_button")]
    assert sorted(labels) == sorted(exports.LABELS.values())
    # the graph tab is not computed while another tab is open
    assert not canvases(app)


def test_app_tables_tab_lists_entities_relations_and_key_actors(app):
    app.session_state[keys.TAB] = "Tables"
    app.run()
    assert not app.exception
    entities, relations, actors = app.dataframe
    assert "Emmanuel Macron" in set(entities.value["label"])
    row = relations.value.set_index("id").loc["r14"]
    assert (row["actor"], row["type"], row["recipient"]) == (
        "Volodymyr Zelensky",
        "CONSULT",
        "Emmanuel Macron",
    )
    assert row["sentence"].startswith("Zelensky had maandag een ontmoeting")
    assert list(actors.value.columns[:3]) == ["id", "label", "type"] and len(actors.value) > 0
    labels = [b.label for b in app.get("download_button")]
    assert labels == ["Entities as CSV", "Relations as CSV"]


def test_app_bad_upload_shows_its_reason(app):
    app.radio(key=keys.CORPUS_SOURCE).set_value("upload").run()
    app.file_uploader(key=keys.UPLOADS).set_value(
        [
            ("empty.txt", b"   \n", "text/plain"),
            ("rows.csv", b"title,date\nA,2025-01-01\n", "text/csv"),
        ]
    ).run()
    assert not app.exception
    messages = [shown(e) for e in app.error]
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("rows.csv" in m and "text column" in m for m in messages)


def test_app_error_quoting_article_text_renders_no_markdown(app):
    app.radio(key=keys.CORPUS_SOURCE).set_value("upload").run()
    bad = b"title,date,text\nA,![x](http://203.0.113.9/p.png),Poetin sprak.\n"
    app.file_uploader(key=keys.UPLOADS).set_value(("dates.csv", bad, "text/csv")).run()
    [error] = app.error
    assert "![x](http://203.0.113.9/p.png)" in shown(error)  # the user reads the value...
    assert "](" not in error.value  # ...but Markdown gets no image or link to render


def test_app_invalid_records_json_shows_one_line_error(app):
    app.radio(key=keys.CORPUS_SOURCE).set_value("records").run()
    app.file_uploader(key=keys.RECORDS_UPLOAD).set_value(
        ("broken.json", b'{"schema_version": 1, "documents": [', "application/json")
    ).run()
    assert not app.exception
    [error] = app.error
    assert shown(error).startswith("broken.json: not valid JSON")


@pytest.mark.parametrize(
    "data, message",
    [
        (
            b'{"documents": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
            "deep.json: not valid JSON: nested too deeply",
        ),
        (
            FIXTURE.read_bytes().replace(b'"confidence": 0.9', b'"confidence": NaN', 1),
            "deep.json: not valid JSON: it contains NaN, which JSON does not allow (numbers must "
            "be finite)",
        ),
        (
            json.dumps(
                {
                    **json.loads(FIXTURE.read_text(encoding="utf-8")),
                    "relations": [
                        {**r, "event": "event:gone"}
                        for r in json.loads(FIXTURE.read_text(encoding="utf-8"))["relations"]
                    ],
                }
            ).encode(),
            "deep.json: $.relations[0] (r1) refers to unknown entity 'event:gone' in 'event'",
        ),
    ],
    ids=["deep", "nan", "dangling-event"],
)
def test_app_records_upload_real_world_breakage_is_one_line(app, data, message):
    app.radio(key=keys.CORPUS_SOURCE).set_value("records").run()
    app.file_uploader(key=keys.RECORDS_UPLOAD).set_value(
        ("deep.json", data, "application/json")
    ).run()
    assert not app.exception
    assert [shown(e) for e in app.error] == [message]


# --------------------------------------------------------------------------- exports


@pytest.fixture(scope="module")
def shown_zelensky() -> filter_state.Shown:
    G = build_graph(json.loads(FIXTURE.read_text(encoding="utf-8")))
    return filter_state.displayed_graph(
        filter_state.base_view(G, "actors"), FilterSpec(actors=("kb:zelensky",))
    )


def test_exports_graphml_holds_exactly_the_filtered_view(shown_zelensky, tmp_path):
    file = exports.export_file(shown_zelensky, "graphml")
    assert file.name == "newsgraph.graphml"
    path = tmp_path / file.name
    path.write_bytes(file.data)
    H = nx.read_graphml(path)
    assert set(H.nodes) == {"kb:zelensky", "kb:ukraine", "kb:macron", "kb:europe"}
    assert H.number_of_edges() == 3


def test_exports_csv_zip_lists_the_relations(shown_zelensky):
    file = exports.export_file(shown_zelensky, "csv")
    with zipfile.ZipFile(io.BytesIO(file.data)) as archive:
        text = "\n".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
    assert "ontmoeting" in text and "asked" in text
    assert "binnenviel" not in text


@pytest.mark.parametrize("fmt", ["html", "png", "gexf", "json"])
def test_exports_every_format_writes_a_file(shown_zelensky, fmt):
    file = exports.export_file(shown_zelensky, fmt)
    assert file.data
    if fmt == "png":
        assert file.data.startswith(b"\x89PNG")
    if fmt == "html":
        assert b"Emmanuel Macron" in file.data and b"https://" not in file.data.split(b"<body")[0]


def test_app_corpus_without_relations_says_so(monkeypatch, tmp_path):
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    records["relations"] = []
    path = tmp_path / "no_relations.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    [info] = at.info
    assert "No relations were extracted" in shown(info)


def chip_labels(at: AppTest) -> list[str]:
    """The labels of the active-filter chips above the graph."""
    return [b.label for b in at.button if str(b.key).startswith("chip-") and b.key != "chip-reset"]


def test_app_active_filters_show_as_chips_and_a_chip_removes_its_filter(app):
    assert chip_labels(app) == []
    app.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"])
    app.text_input(key=keys.TEXT).set_value("macron").run()
    labels = chip_labels(app)
    assert any(label.startswith("Actors: Volodymyr Zelensky") for label in labels)
    assert "Search: macron" in labels
    app.button(key="chip-text").click().run()
    assert app.text_input(key=keys.TEXT).value == ""
    assert app.multiselect(key=keys.ACTORS).value == ["kb:zelensky"]
    nodes, _ = drawn(app)
    assert nodes == {"kb:zelensky", "kb:ukraine", "kb:macron", "kb:europe"}


def test_app_reset_clears_every_widget_and_a_later_change_does_not_bring_them_back(app):
    everything = drawn(app)
    app.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"])
    app.text_input(key=keys.TEXT).set_value("wit")
    app.slider(key=keys.RADIUS).set_value(2).run()
    assert drawn(app) != everything
    app.button(key="chip-reset").click().run()
    assert app.multiselect(key=keys.ACTORS).value == []
    assert app.text_input(key=keys.TEXT).value == ""
    assert app.slider(key=keys.RADIUS).value == 1
    assert chip_labels(app) == []
    assert drawn(app) == everything
    app.multiselect(key=keys.RELATION_TYPES).set_value(["CONSULT"]).run()
    V = filter_state.base_view(
        build_graph(json.loads(FIXTURE.read_text(encoding="utf-8"))), "actors"
    )
    expected = filter_state.displayed_graph(V, FilterSpec(relation_types=("CONSULT",)))
    assert drawn(app)[1] == {f"{u}->{v}" for u, v in expected.drawn.edges}


def test_app_hidden_cooccurrence_is_counted_and_one_click_shows_it(app):
    V = filter_state.base_view(
        build_graph(json.loads(FIXTURE.read_text(encoding="utf-8"))), "actors"
    )
    drawn_nodes = drawn(app)[0]
    expected = sum(
        1
        for u, v, t in V.edges(data="type")
        if t == "CO_OCCURS" and u in drawn_nodes and v in drawn_nodes
    )
    assert expected > 0
    [note] = [c.value for c in app.caption if "co-occurrence link" in c.value]
    assert note.startswith(f"{expected} co-occurrence links")
    app.button(key="show-cooccurrence").click().run()
    assert app.checkbox(key=keys.SHOW_COOCCURRENCE).value is True
    assert "kb:witkoff->kb:kushner" in drawn(app)[1]


def test_app_view_of_only_cooccurrence_says_why_it_is_empty(monkeypatch, tmp_path):
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    records["relations"] = [r for r in records["relations"] if r["type"] == "CO_OCCURS"]
    assert records["relations"]
    path = tmp_path / "cooccurrence_only.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    [info] = at.info
    assert "Nothing matches" not in shown(info)
    assert f"co-occurrence link ({len(records['relations'])})" in shown(info)
    at.button(key="show-cooccurrence").click().run()
    assert drawn(at)[1]


# --------------------------------------------------------------------- snapshots (issue 20, item 3)


def fixture_scope(view_name: str = "actors") -> str:
    """The positions scope the app uses for the fixture corpus (ui.corpus.from_records_file's
    hash)."""
    import hashlib

    key = hashlib.sha256(
        f"{FIXTURE.resolve()}:{FIXTURE.stat().st_mtime}".encode("utf-8")
    ).hexdigest()
    return f"{key}:{view_name}"


def test_app_graph_gets_a_caption_naming_source_filters_dates_and_counts(app):
    app.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"]).run()
    data = graph_data(app)
    assert data["caption"].startswith("Source: sample_records.json · Filters: ")
    assert "Volodymyr Zelensky" in data["caption"]
    assert data["caption"].endswith("4 nodes, 3 relations")
    assert data["png_name"] == "newsgraph.png"


def test_app_export_tab_chooses_between_current_view_and_whole_graph(app):
    app.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"]).run()
    app.session_state[keys.TAB] = "Export"
    app.session_state[keys.POSITIONS] = {
        "scope": fixture_scope(),
        "positions": {"kb:zelensky": (10.0, 20.0), "kb:putin": (0.0, 0.0)},
    }
    app.run()
    radio = app.radio(key=keys.EXPORT_SCOPE)
    assert radio.options == list(exports.SCOPES.values()) and radio.value == "view"
    captions = " ".join(c.value for c in app.caption)
    assert "1 of 4 nodes keep their place on the canvas" in captions
    radio.set_value("whole").run()
    assert not app.exception
    captions = " ".join(c.value for c in app.caption)
    assert "every entity and relation" in captions and "2 of " in captions
    assert sorted(b.label for b in app.get("download_button")) == sorted(exports.LABELS.values())


def test_exports_use_the_canvas_positions_and_caption(shown_zelensky):
    screen = {"kb:zelensky": (10.0, 20.0), "kb:macron": (-50.0, 5.0)}
    gexf = nx.read_gexf(
        io.BytesIO(exports.export_file(shown_zelensky, "gexf", positions=screen).data)
    )
    assert gexf.nodes["kb:zelensky"]["viz"]["position"]["x"] == 10.0
    assert gexf.nodes["kb:zelensky"]["viz"]["position"]["y"] == -20.0
    page = exports.export_file(
        shown_zelensky, "html", caption="Source: s · 4 nodes", positions=screen
    ).data
    data = json.loads(re.search(rb"const DATA = (.*);\n", page).group(1))
    assert data["caption"] == "Source: s · 4 nodes"
    assert {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}["kb:macron"] == (-50.0, 5.0)


def test_whole_graph_export_holds_what_the_filters_hide():
    G = build_graph(json.loads(FIXTURE.read_text(encoding="utf-8")))
    V = filter_state.base_view(G, "actors")
    whole = filter_state.displayed_graph(V, exports.WHOLE)
    filtered = filter_state.displayed_graph(V, FilterSpec(actors=("kb:zelensky",)))
    assert set(filtered.drawn) < set(whole.drawn)
    assert any(d.get("type") == "CO_OCCURS" for *_, d in whole.relations.edges(data=True))


def test_app_edge_evidence_shows_each_relation_date(app):
    app.session_state[keys.SELECTION] = {"kind": "edge", "id": "kb:kushner->kb:trump"}
    app.run()
    text = html_text(app)
    dates = re.findall(r'class="ng-relation-date"[^>]*>([^<]+)<', text)
    assert len(dates) == 2 and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)


def test_app_relations_table_shows_each_relations_mode(monkeypatch, tmp_path):
    """The Tables tab says how the text puts a relation (its mode), not only whether it is
    negated: a planned threat reads "planned", a record without a mode "asserted"."""
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for relation in records["relations"]:
        if relation["id"] == "r17":
            relation["mode"] = "planned"
    path = tmp_path / "modes.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.TAB] = "Tables"
    at.run()
    assert not at.exception
    relations = at.dataframe[1].value.set_index("id")
    assert "negated" not in relations.columns
    assert relations.loc["r17", "mode"] == "planned"
    assert relations.loc["r14", "mode"] == "asserted"
