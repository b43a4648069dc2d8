"""Corrections in the explorer, as a user makes them: from the details panel, listed and undone
in the Corrections tab, downloaded and uploaded as JSON without a store, and (issue 21's "Done
when") a merge made in the app on a store that survives a restart and a re-ingest of the same and
of new articles, and shows in every export.

Like tests/app/test_app.py these open the records fixture (no spaCy model); a click in the graph
is the session-state key the component's callback sets.
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
from store import open_store
from tests.app.mounted import graph_data
from ui import corrections, exports, filter_state, keys
from ui.corrections import corrections_json, merge_candidates, read_corrections

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"
NOTE = "the Kremlin speaks for Russia here"


def shown(element) -> str:
    """What the user reads in a message or Markdown: Markdown escapes resolved."""
    return re.sub(r"\\(.)", r"\1", element.value)


def drawn_nodes(at: AppTest) -> set[str]:
    return {n["id"] for n in graph_data(at)["nodes"]}


def click_node(at: AppTest, node: str) -> AppTest:
    at.session_state[keys.SELECTION] = {"kind": "node", "id": node}
    return at.run()


def open_corrections(at: AppTest) -> AppTest:
    """Open the details panel's "Correct this entity" (its actions are built only when open)."""
    at.session_state[keys.CORRECT_ENTITY] = True
    return at.run()


def merge_in_the_panel(at: AppTest, keep: str, other: str, note: str = "") -> AppTest:
    """Select ``keep``, choose ``other`` in the merge picker, write a note, press Merge."""
    open_corrections(click_node(at, keep))
    at.selectbox(key=keys.MERGE_CHOICE).set_value(other).run()
    if note:
        at.text_input(key=keys.CORRECTION_NOTE).input(note)
    at.button(key="correct-merge").click().run()
    return at


def open_tab(at: AppTest, name: str) -> AppTest:
    at.session_state[keys.TAB] = name
    return at.run()


@pytest.fixture
def app(monkeypatch) -> AppTest:
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()


def test_merge_candidates_offer_alike_names_and_shared_neighbours():
    G = nx.MultiDiGraph()
    G.add_node("kb:zelensky", label="Volodymyr Zelensky", type="PERSON", aliases=["Zelensky"])
    G.add_node("person:zelenskyy", label="Zelenskyy", type="PERSON", aliases=[])
    G.add_node("person:macron", label="Emmanuel Macron", type="PERSON", aliases=[])
    G.add_node("org:kyiv-office", label="Office of the President", type="ORG", aliases=[])
    G.add_node("event:talks", label="talks", type="EVENT", aliases=["Zelensky talks"])
    for a, b in [("kb:zelensky", "kb:ukraine"), ("kb:zelensky", "kb:europe")]:
        G.add_edge(a, b, key=f"{a}-{b}")
    for a, b in [("org:kyiv-office", "kb:ukraine"), ("org:kyiv-office", "kb:europe")]:
        G.add_edge(a, b, key=f"{a}-{b}")
    G.add_edge("person:macron", "kb:europe", key="m")
    G.nodes["kb:ukraine"].update(label="Ukraine", type="COUNTRY", aliases=[])
    G.nodes["kb:europe"].update(label="Europe", type="LOCATION", aliases=[])
    found = {c.id: c for c in merge_candidates(G, "kb:zelensky")}
    assert set(found) == {"person:zelenskyy", "org:kyiv-office"}  # no event, not Macron
    assert found["person:zelenskyy"].similarity >= 80
    assert found["person:zelenskyy"].reason().startswith("name ")
    assert found["org:kyiv-office"].reason() == "2 shared neighbours"


def test_the_merge_picker_is_built_when_its_expander_opens_with_the_right_candidates(
    app, monkeypatch
):
    calls = []
    real = corrections.merge_candidates
    monkeypatch.setattr(
        corrections, "merge_candidates", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    at = click_node(app, "kb:russia")
    assert not at.exception
    assert "merge_choice" not in [s.key for s in at.selectbox]  # closed: no picker, no search
    assert calls == []

    at = open_corrections(at)
    offered = at.selectbox(key=keys.MERGE_CHOICE).options
    # Russia's neighbours are Putin, Ukraine, Trump and the Kremlin; Witkoff (Putin, Trump),
    # Zelensky (Ukraine, Kremlin) and Ushakov (Putin, Kremlin) share two of them, nobody more,
    # and no name is like "Russia" or "Rusland"; then every other entity but the event
    assert offered[:3] == [
        "Steve Witkoff (PERSON; 2 shared neighbours)",
        "Volodymyr Zelensky (PERSON; 2 shared neighbours)",
        "Yuri Ushakov (PERSON; 2 shared neighbours)",
    ]
    assert len(offered) == 12 and not any("Moscow talks" in o for o in offered)
    assert calls == [1]


def test_a_merge_made_in_the_panel_redraws_the_graph_and_can_be_undone(app):
    assert {"kb:kremlin", "kb:russia"} <= drawn_nodes(app)
    at = merge_in_the_panel(app, "kb:russia", "kb:kremlin", NOTE)
    assert not at.exception and not at.error
    assert "Merge Kremlin into Russia: done." in [shown(s) for s in at.success]
    nodes = drawn_nodes(at)
    assert "kb:kremlin" not in nodes and "kb:russia" in nodes
    header = "\n".join(h.value for h in at.html)
    assert "Kremlin" in header  # the kept node's panel lists the merged name among its aliases

    at = open_tab(at, "Corrections")
    listed = "\n".join(shown(m) for m in at.markdown)
    assert "Merge Kremlin into Russia" in listed and NOTE in listed
    [correction] = at.session_state[keys.CORRECTIONS]
    assert (correction["action"], correction["entity"], correction["other"]) == (
        "merge",
        "kb:russia",
        "kb:kremlin",
    )
    at.button(key=f"undo-{correction['id']}").click().run()
    assert not at.exception
    assert at.session_state[keys.CORRECTIONS] == []
    assert any("No corrections yet" in shown(i) for i in at.info)
    assert {"kb:kremlin", "kb:russia"} <= drawn_nodes(open_tab(at, "Graph"))


def test_rename_retype_split_and_wrong_from_the_panel(app):
    at = open_corrections(click_node(app, "kb:zelensky"))
    at.text_input(key=keys.RENAME_LABEL).input("President Zelensky")
    at.button(key="correct-rename").click().run()
    at.selectbox(key=keys.RETYPE_TYPE).set_value("ORG")
    at.button(key="correct-retype").click().run()
    at.selectbox(key=keys.SPLIT_ALIAS).set_value("Volodymyr Zelenski")
    at.button(key="correct-split").click().run()
    assert not at.exception and not at.error
    nodes = {n["id"]: n for n in graph_data(at)["nodes"]}
    assert nodes["kb:zelensky"]["label"].startswith("President Zelensky")
    assert nodes["kb:zelensky"]["entity_type"] == "ORG"
    # the Dutch sentence that names him "Volodymyr Zelenski" now speaks of a node of its own
    split = "kb:zelensky~volodymyr-zelenski"
    edges = {e["id"] for e in graph_data(at)["edges"]}
    assert split in nodes and f"{split}->kb:ukraine" in edges
    assert "kb:zelensky->kb:macron" in edges
    click_node(at, "kb:trump")
    at.button(key="correct-wrong-entity").click().run()
    assert "kb:trump" not in drawn_nodes(at)
    assert at.session_state.get(keys.SELECTION) is None
    actions = [c["action"] for c in at.session_state[keys.CORRECTIONS]]
    assert actions == ["rename", "retype", "split", "wrong"]

    at.session_state[keys.SELECTION] = {"kind": "edge", "id": "kb:zelensky->kb:macron"}
    at.run()
    relation = at.selectbox(key=keys.WRONG_RELATION)
    assert relation.options and relation.value is not None
    at.button(key="correct-wrong-relation").click().run()
    assert not at.exception
    edges = {e["id"] for e in graph_data(at)["edges"]}
    assert "kb:zelensky->kb:macron" not in edges


def test_session_corrections_download_and_upload_as_json(app, monkeypatch):
    at = merge_in_the_panel(app, "kb:russia", "kb:kremlin", NOTE)
    saved = list(at.session_state[keys.CORRECTIONS])
    data = corrections_json(saved)
    assert read_corrections(data, "mine.json") == saved
    at = open_tab(at, "Corrections")
    assert "Download corrections (JSON)" in [b.label for b in at.get("download_button")]

    fresh = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()  # a new session
    assert "kb:kremlin" in drawn_nodes(fresh)
    fresh = open_tab(fresh, "Corrections")
    fresh.file_uploader(key=keys.CORRECTIONS_UPLOAD).set_value(
        ("mine.json", data, "application/json")
    ).run()
    assert not fresh.exception and not fresh.error
    assert [c["id"] for c in fresh.session_state[keys.CORRECTIONS]] == [saved[0]["id"]]
    assert "kb:kremlin" not in drawn_nodes(open_tab(fresh, "Graph"))

    bad = open_tab(
        AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run(), "Corrections"
    )
    bad.file_uploader(key=keys.CORRECTIONS_UPLOAD).set_value(
        ("bad.json", b'{"corrections": [{"id": "x", "action": "merge"}]}', "application/json")
    ).run()
    assert not bad.exception
    [error] = bad.error
    assert shown(error).startswith("bad.json: invalid records at $.corrections[0]")


# --------------------------------------------------------------------------- lasting corrections


def _new_article() -> dict:
    """A new article the extraction gave its own id for the Kremlin ("het Kremlin", an alias the
    store links to kb:kremlin) with a relation of its own."""
    text = "Het Kremlin waarschuwde Europa."
    return {
        "schema_version": 1,
        "documents": [
            {
                "id": "nl-new",
                "title": "Nieuw",
                "language": "nl",
                "date": "2025-12-05",
                "source": "nieuw.txt",
                "text": text,
            }  # fmt: skip
        ],
        "sentences": [
            {
                "id": "nl-new:0",
                "doc": "nl-new",
                "index": 0,
                "start": 0,
                "end": len(text),
                "text": text,
            }  # fmt: skip
        ],
        "entities": [
            {
                "id": "org:het-kremlin",
                "label": "het Kremlin",
                "type": "ORG",
                "aliases": ["het Kremlin"],
                "country": None,
                "mentions": 1,
            },  # fmt: skip
            {
                "id": "kb:europe",
                "label": "Europe",
                "type": "LOCATION",
                "aliases": ["Europa"],
                "country": None,
                "mentions": 1,
            },  # fmt: skip
        ],
        "mentions": [
            {
                "entity": "org:het-kremlin",
                "sentence": "nl-new:0",
                "start": 0,
                "end": 11,
                "text": "Het Kremlin",
            },  # fmt: skip
            {
                "entity": "kb:europe",
                "sentence": "nl-new:0",
                "start": 24,
                "end": 30,
                "text": "Europa",
            },  # fmt: skip
        ],
        "relations": [
            {
                "id": "nl-new:r0",
                "source": "org:het-kremlin",
                "target": "kb:europe",
                "type": "THREATEN",
                "trigger": "waarschuwde",
                "negated": False,
                "sentence": "nl-new:0",
                "confidence": 0.9,
                "date": "2025-12-05",
            }  # fmt: skip
        ],
    }


def _stored_app(monkeypatch, folder: Path) -> AppTest:
    """A fresh start of the app on the "Stored corpus" source (a restart: a new session)."""
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    monkeypatch.delenv("NEWSGRAPH_STORE", raising=False)
    monkeypatch.setenv("NEWSGRAPH_STORES", str(folder))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.CORPUS_SOURCE] = "stored"
    return at.run()


def test_a_merge_made_in_the_app_survives_a_restart_a_reingest_and_shows_in_every_export(
    monkeypatch, tmp_path
):
    folder = tmp_path / "stores"
    folder.mkdir()
    store_path = folder / "corpus.db"
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    with open_store(store_path) as db:
        db.add_records(fixture)

    at = merge_in_the_panel(_stored_app(monkeypatch, folder), "kb:russia", "kb:kremlin", NOTE)
    assert not at.exception and not at.error
    assert "kb:kremlin" not in drawn_nodes(at)
    assert keys.CORRECTIONS not in at.session_state  # kept in the store, not the session

    # restart
    at = _stored_app(monkeypatch, folder)
    assert not at.exception and not at.error
    assert "kb:kremlin" not in drawn_nodes(at) and "kb:russia" in drawn_nodes(at)
    listed = "\n".join(shown(m) for m in open_tab(at, "Corrections").markdown)
    assert "Merge Kremlin into Russia" in listed and NOTE in listed

    # re-ingest the same articles and a new one naming the Kremlin, then restart
    with open_store(store_path) as db:
        assert {o.status for o in db.add_records(fixture)} == {"duplicate"}
        [added] = db.add_records(_new_article())
    assert added.status == "added"
    at = _stored_app(monkeypatch, folder)
    assert not at.exception and not at.error
    assert "3 articles" in at.caption[0].value
    data = graph_data(at)
    nodes = {n["id"] for n in data["nodes"]}
    assert "kb:kremlin" not in nodes and "org:het-kremlin" not in nodes
    assert "kb:russia->kb:europe" in {e["id"] for e in data["edges"]}  # the new article's threat

    # every export of the whole graph, as the Export tab writes them
    with open_store(store_path, read_only=True) as db:
        records = db.records()
    V = filter_state.base_view(build_graph(records), "actors")
    whole = filter_state.displayed_graph(V, exports.WHOLE)
    for fmt in exports.LABELS:
        data = exports.export_file(whole, fmt, caption=exports.caption(whole, "corpus.db", [])).data
        if fmt == "png":
            assert data.startswith(b"\x89PNG")
            assert "1 correction applied" in exports.caption(whole, "corpus.db", [])
            continue
        if fmt == "csv":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                nodes_text = archive.read("nodes.csv").decode("utf-8-sig")
                fixes = archive.read("corrections.csv").decode("utf-8-sig")
            assert "kb:russia" in nodes_text and "kb:kremlin" not in nodes_text
            assert NOTE in fixes
            continue
        text = data.decode("utf-8")
        assert "kb:russia" in text and NOTE in text, fmt
        if fmt == "json":
            graph = json.loads(text)
            assert "kb:kremlin" not in {n["id"] for n in graph["nodes"]}
        if fmt == "graphml":
            G = nx.read_graphml(io.BytesIO(data))
            assert "kb:kremlin" not in G and G.has_edge("kb:russia", "kb:europe")
        if fmt in ("gexf", "html"):
            assert 'id="kb:kremlin"' not in text and '"id": "kb:kremlin"' not in text

    # undone in the app: the Kremlin is back, also with the new article's relation
    at = open_tab(_stored_app(monkeypatch, folder), "Corrections")
    with open_store(store_path, read_only=True) as db:
        [stored] = db.corrections()
    at.button(key=f"undo-{stored['id']}").click().run()
    assert not at.exception
    at = _stored_app(monkeypatch, folder)
    assert {"kb:kremlin", "kb:russia"} <= drawn_nodes(at)
