"""What the graph component shows after an AppTest run, also when that run sent it "lean"; and
the find box's data, and a choice in it as the browser makes one.

A rerun whose graph did not change sends only the hash (ui.visnetwork: the browser keeps the
graph it got before); the graph it stands for is the one this session last sent whole.
"""

from __future__ import annotations

import json
from typing import Any

from streamlit.testing.v1 import AppTest

from ui import find as find_ui
from ui import keys, visnetwork


def canvases(at: AppTest) -> list[Any]:
    """The graph components of the last run, without the canvas' positions reporter (an empty
    element, ui.visnetwork.positions_reporter)."""
    elements = [
        c for c in at.get("bidi_component") if c.proto.component_name == visnetwork.COMPONENT_NAME
    ]
    return [c for c in elements if "positions_reporter" not in json.loads(c.proto.json or "{}")]


def graph_data(at: AppTest) -> dict[str, Any]:
    """The component's data after the last run: dicts parsed back from JSON text, and a lean
    message completed from the graph the browser holds (same hash, checked)."""
    [component] = canvases(at)
    data = json.loads(component.proto.json)
    for name in data.get("json_keys", ()):  # dicts travel as JSON text (ui.visnetwork.wire_data)
        data[name] = json.loads(data[name])
    if data.get("lean"):
        held = visnetwork.held_payload(at.session_state, keys.GRAPH)
        assert held is not None and held["hash"] == data["hash"], (
            "a lean message refers to the graph last sent"
        )
        data = {**held, **data}
    return data


def find_data(at: AppTest) -> dict[str, Any]:
    """The find box's data after the last run (ui.find): its hash, and the names when sent."""
    [component] = [
        c for c in at.get("bidi_component") if c.proto.component_name == find_ui.COMPONENT_NAME
    ]
    return json.loads(component.proto.json)


_choices = iter(range(1, 1_000_000))


def find(at: AppTest, node: str) -> AppTest:
    """Choose ``node`` in the find box as the browser does (its state ``chosen`` with a new
    ``seq``), then run; returns ``at``."""
    at.session_state[keys.FIND] = {"chosen": {"id": node, "seq": f"test-{next(_choices)}"}}
    return at.run()
