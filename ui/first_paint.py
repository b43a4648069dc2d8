"""Graph first: a new page shows the graph before the sidebar's filters and the timeline.

On a fresh page most of the browser's work before the graph appears is Streamlit drawing the
sidebar's ~20 filter widgets and the Altair timeline (and loading their code), all in the same
main thread as the graph.  So a session's first run, when the Graph tab is open and a browser is
connected, draws what frames the graph (counts, chips, find box, tabs, the notes row, the
canvas and the details panel; the sidebar's heading, and on any corpus but the sample the
source picker) and leaves the filters and the timeline out (and the picker of the sample); the
component reports the drawn graph (its state ``drawn``) and that rerun draws the whole page.
Nothing above the canvas appears later, so nothing on screen moves when the rest arrives; the
filters' values are in session state from the start, so the graph and the widgets agree.

Without a browser (``AppTest``, bare mode) nothing would report a drawn graph, so every run
draws the whole page there.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any

from ui import keys


def sample_chosen(state: Mapping[str, Any]) -> bool:
    """True when the page shows the sample corpus (the source picker's default, or what the
    URL chose), so a graph-first run can load it without drawing the picker.

    >>> sample_chosen({}), sample_chosen({keys.CORPUS_SOURCE: "stored"})
    (True, False)
    """
    return (state.get(keys.CORPUS_SOURCE) or "sample") == "sample"


def graph_first(state: MutableMapping[str, Any], headers: Mapping[str, str] | None) -> bool:
    """True when this run draws the graph alone: the session's first run, in a browser
    (``headers``: the page's HTTP headers; none without one), with the Graph tab open.  Marks
    the session, so only its first run can.

    >>> state = {}
    >>> graph_first(state, {"Host": "localhost"}), graph_first(state, {"Host": "localhost"})
    (True, False)
    >>> graph_first({}, {}), graph_first({keys.TAB: "Tables"}, {"Host": "localhost"})
    (False, False)
    """
    if state.get(keys.FIRST_PAINT):
        return False
    state[keys.FIRST_PAINT] = True
    return bool(headers) and (state.get(keys.TAB) or "Graph") == "Graph"
