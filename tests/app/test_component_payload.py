"""What the graph component is sent per rerun (ui.visnetwork): the graph only when it changed, so
a click or a find does not ship megabytes again, and never the vis library (a file the browser
fetches once from the server and then caches)."""

from __future__ import annotations

import hashlib
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


def test_the_graph_goes_only_when_the_browser_lacks_it_and_the_library_never(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    first = sent(at)
    assert first["nodes"] and first["edges"] and not first.get("lean")
    assert "vis_js" not in first and len(json.dumps(first)) < 100_000  # the library was 470 kB
    # where the browser gets the library: the pyvis wheel's file, under a name for its content
    path, version = first["vis_url"].split("?v=")
    assert path == f"component/ui.visnetwork.vislib/{visnetwork.VIS_JS.name}"
    assert hashlib.sha256(visnetwork.VIS_JS.read_bytes()).hexdigest().startswith(version)
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
    hold (a lost message); the next run sends the graph whole."""
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    sent_first_hash = sent(at)["hash"]
    at.run()
    assert sent(at)["lean"] is True
    visnetwork.forget_sent(keys.GRAPH, at.session_state)  # what the "missing" callback does
    at.run()
    again = sent(at)
    assert not again.get("lean") and again["nodes"] and again["hash"] == sent_first_hash
