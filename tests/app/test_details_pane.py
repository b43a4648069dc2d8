"""The details pane (ui.details_pane): each drawn item's panel goes to the browser once, as
escaped HTML, so that a click draws its sentences without a round trip (issue 20)."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import ui.details_pane
from graph.build import build_graph
from graph.views import actor_view, aggregate
from tests.app.mounted import find, find_data
from ui import details_pane, keys
from ui.details import mention_index

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"


@pytest.fixture(scope="module")
def records() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def view_of(records: dict):
    """(actor view, its aggregated drawing, mention index) of ``records``."""
    V = actor_view(build_graph(records))
    return V, aggregate(V), mention_index(records)


def test_details_pane_doctests_pass():
    result = doctest.testmod(ui.details_pane)
    assert result.attempted > 0 and result.failed == 0


def test_items_hold_each_drawn_node_and_edge_with_its_sentences(records):
    V, A, mentions = view_of(records)
    items = details_pane.panel_items(V, A, mentions, hide_types=("CO_OCCURS",))
    assert {k for k in items if k.startswith("node:")} == {f"node:{n}" for n in A}
    assert len([k for k in items if k.startswith("edge:")]) == A.number_of_edges()
    kushner = items["node:kb:kushner"]
    assert kushner["token"] == details_pane.token({"kind": "node", "id": "kb:kushner"})
    html = kushner["html"]
    assert ">Jared Kushner</div>" in html and "PERSON · USA · 4 mentions" in html
    assert "Trump said <mark" in html and ">Kushner</mark>, his son-in-law" in html
    assert "Zelensky had maandag" not in html  # a sentence about someone else
    assert html.count("<li ") == 4 and "<strong>Source sentences</strong> (4)" in html
    edge = items["edge:kb:zelensky->kb:macron"]["html"]
    assert "Volodymyr Zelensky → Emmanuel Macron" in edge
    assert '<mark class="actor"' in edge and '<mark class="recipient"' in edge
    assert ">ontmoeting</mark>" in edge and "<strong>Evidence</strong>" in edge


def test_items_escape_article_text(records):
    records = json.loads(json.dumps(records))
    evil = '<img src="http://evil.example/x.png" onerror="alert(1)">'
    for sentence in records["sentences"]:
        sentence["text"] = sentence["text"].replace("Kushner", f"Kushner {evil}")
    for doc in records["documents"]:
        doc["title"] = f"<script>alert(1)</script>{doc.get('title') or ''}"
    V, A, mentions = view_of(records)
    html = "".join(item["html"] for item in details_pane.panel_items(V, A, mentions).values())
    assert "&lt;img src=&quot;http://evil.example/x.png&quot;" in html
    assert "<img" not in html and "<script" not in html and "&lt;script&gt;" in html


def test_items_stop_at_the_size_limit_best_connected_first(records):
    V, A, mentions = view_of(records)
    whole = details_pane.panel_items(V, A, mentions)
    hub = max(A, key=A.degree)
    some = details_pane.panel_items(V, A, mentions, max_chars=len(whole[f"node:{hub}"]["html"]))
    assert list(some) == [f"node:{hub}"]


def pane_data(at: AppTest) -> dict:
    """The pane's data exactly as the last run sent it (dicts parsed back from JSON text)."""
    [pane] = [
        c for c in at.get("bidi_component") if c.proto.component_name == details_pane.COMPONENT_NAME
    ]
    data = json.loads(pane.proto.json)
    for name in data.get("json_keys", ()):
        data[name] = json.loads(data[name])
    return data


def test_the_app_sends_the_items_once_and_keys_the_panel_by_its_selection(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    first = pane_data(at)
    assert "node:kb:kushner" in first["items"] and not first.get("lean")
    assert first["token"] == "none" and first["hint"] == details_pane.HINT
    # a click on the canvas (its state "selection", with the click's number): the items stay in
    # the browser; the pane learns which click the server has seen and what the panel shows
    at.session_state[keys.GRAPH] = {"selection": {"kind": "node", "id": "kb:kushner", "seq": 7}}
    at.session_state[keys.SELECTION] = {"kind": "node", "id": "kb:kushner"}
    at.session_state[keys.CLICK_SEQ] = 7
    at.run()
    lean = pane_data(at)
    assert lean["lean"] is True and lean["hash"] == first["hash"] and "items" not in lean
    assert lean["token"] == first["items"]["node:kb:kushner"]["token"] and lean["seq"] == 7
    # the panel below it: in a container named by that token, ending in the marker the
    # browser waits for before the panel takes over from its own drawing
    html = [h.value for h in at.html]
    end = details_pane.panel_end({"kind": "node", "id": "kb:kushner"})
    assert end in html and any(">Kushner</mark>" in h for h in html)


def test_a_find_sends_the_found_nodes_panel_once_escaped_and_tells_the_pane(monkeypatch, tmp_path):
    """Issue 21: find -> details. The run that takes a choice in the find box sends the box the
    chosen node's panel (the same escaped HTML the items hold), once, so the details pane can
    draw it before that run's canvas and panel; the pane hears which find the server took."""
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    evil = '<img src="http://evil.example/x.png" onerror="alert(1)">'
    for sentence in records["sentences"]:
        sentence["text"] = sentence["text"].replace("Kushner", f"Kushner {evil}")
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    held = pane_data(at)["items"]
    assert "show" not in find_data(at)
    find(at, "kb:kushner")
    show = find_data(at)["show"]
    assert show["token"] == held["node:kb:kushner"]["token"]
    assert show["html"] == held["node:kb:kushner"]["html"]  # what a click on it would draw
    assert ">Jared Kushner</div>" in show["html"] and ">Kushner</mark>" in show["html"]
    assert "&lt;img src=&quot;http://evil.example/x.png&quot;" in show["html"]
    assert "<img" not in show["html"]
    assert show["seq"] == at.session_state[keys.FIND]["chosen"]["seq"]
    pane = pane_data(at)
    assert pane["token"] == show["token"] and pane["found"] == show["seq"]
    at.run()  # a later run of the same choice: the panel is not sent again
    assert "show" not in find_data(at)
    assert pane_data(at)["found"] == show["seq"]


def test_a_find_of_a_name_the_view_lacks_sends_no_panel(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    find(at, "kb:nobody")
    assert "show" not in find_data(at)
    assert not at.exception
