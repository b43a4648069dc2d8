"""What the graph component shows after an AppTest run, also when that run sent it "lean".

A rerun whose graph did not change sends only the hash (ui.visnetwork: the browser keeps the
graph it got before); the graph it stands for is the one this session last sent whole.
"""

from __future__ import annotations

import json
from typing import Any

from streamlit.testing.v1 import AppTest

from ui import keys, visnetwork


def canvases(at: AppTest) -> list[Any]:
    """The graph components of the last run, without the canvas' positions reporter (an empty
    element, ui.visnetwork.positions_reporter)."""
    elements = at.get("bidi_component")
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
