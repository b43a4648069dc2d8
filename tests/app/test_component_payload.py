"""What the graph component is sent per rerun (ui.visnetwork): the vis library once per session
and the graph only when it changed, so a click or a find does not ship megabytes again."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.app.mounted import canvases, find, graph_data
from ui import keys, visnetwork

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"


def sent(at: AppTest) -> dict:
    """The component's data exactly as the last run sent it."""
    [component] = canvases(at)
    return json.loads(component.proto.json)


def test_the_graph_and_the_library_go_only_when_the_browser_lacks_them(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    first = sent(at)
    assert first["nodes"] and first["edges"] and "vis_js" in first and not first.get("lean")
    assert "vis.Network" in first["vis_js"] or "Network" in first["vis_js"]
    assert len(json.dumps(first)) > 400_000  # the library is most of it
    # a click: the same graph, so only its hash and the small parts go
    at.session_state[keys.SELECTION] = {"kind": "node", "id": "kb:kushner"}
    at.run()
    lean = sent(at)
    assert lean["lean"] is True and lean["hash"] == first["hash"]
    assert not {"nodes", "edges", "options", "legend", "vis_js"} & set(lean)
    assert lean["caption"] == first["caption"]
    assert len(json.dumps(lean)) < 5_000
    assert {n["id"] for n in graph_data(at)["nodes"]} == {n["id"] for n in first["nodes"]}
    # a find: the focus request travels in the lean message
    find(at, "kb:putin")
    found = sent(at)
    assert found["lean"] is True and json.loads(found["focus"])["id"] == "kb:putin"
    # a filter changes the graph: it goes whole again, the library does not
    at.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"]).run()
    changed = sent(at)
    assert not changed.get("lean") and changed["hash"] != first["hash"] and "vis_js" not in changed
    assert "kb:zelensky" in {n["id"] for n in changed["nodes"]}


def test_a_browser_that_lacks_the_graph_gets_it_again(monkeypatch):
    """The component sets state "missing" when a lean message refers to a graph it does not
    hold (a lost message); the next run sends the graph and the library whole."""
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.run()
    assert sent(at)["lean"] is True
    visnetwork._forget_sent(keys.GRAPH, at.session_state)  # what the "missing" callback does
    at.run()
    again = sent(at)
    assert not again.get("lean") and again["nodes"] and "vis_js" in again
