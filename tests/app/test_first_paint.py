"""A new page's first run in a browser (ui.first_paint) draws what frames the graph and little
else: every element there is one more the browser renders before the canvas can be built."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui import first_paint, keys

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"
#: The elements of a graph-first run on the sample: counts; find box, and the link's caption
#: and code (inside its closed popover); the notes row's two captions and buttons; canvas,
#: details pane, hint and end marker; three closed tabs; the positions reporter and the
#: fragment's end; in the sidebar the heading.
FIRST_RUN_ELEMENTS = 18


def elements(node) -> list:
    """The elements (leaves) under ``node`` of an AppTest tree."""
    children = getattr(node, "children", None)
    if isinstance(children, dict) and children:
        return [leaf for key in sorted(children) for leaf in elements(children[key])]
    return [node]


@pytest.fixture
def browser_first_run(monkeypatch):
    """AppTest has no browser, hence no headers: its first run made a browser page's."""
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    graph_first = first_paint.graph_first
    monkeypatch.setattr(
        first_paint, "graph_first", lambda state, headers: graph_first(state, {"Host": "x"})
    )


def test_first_paint_sample_draws_the_sidebars_heading_alone_and_the_picker_next(
    browser_first_run,
):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    assert [e.type for e in elements(at.sidebar)] == ["header"]  # no picker, no captions
    assert at.sidebar.header[0].value == "Articles"
    assert at.caption[0].value.startswith("2 articles · 14 entities")  # the graph is there
    assert len(elements(at.main)) + len(elements(at.sidebar)) <= FIRST_RUN_ELEMENTS
    # the next run (the drawn graph's report) draws the picker, its caption and the filters
    at.run()
    assert at.sidebar.radio(key=keys.CORPUS_SOURCE).value == "sample"
    assert any(c.value.startswith("Records from") for c in at.sidebar.caption)
    assert any(b.label == "Reset filters" for b in at.sidebar.button)


def test_first_paint_another_corpus_draws_its_picker_in_the_first_run(browser_first_run):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.CORPUS_SOURCE] = "records"  # as a link that chose it sets it
    at.run()
    assert not at.exception
    assert at.sidebar.radio(key=keys.CORPUS_SOURCE).value == "records"
    assert [u.key for u in at.sidebar.file_uploader] == [keys.RECORDS_UPLOAD]
