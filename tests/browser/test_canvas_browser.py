"""The canvas a reader can read, in a real browser (issue 20): edges that share two nodes are
drawn apart, co-occurrence has no arrow, each entity type has its own shape, the legend lists
what is on screen, and a filter change neither re-fits the view nor moves the nodes that stay."""

from __future__ import annotations

import json
import math

import pytest

from tests.browser.support import (
    BROWSER_MARKS,
    ROOT,
    chromium,
    running_app,
    wait_drawn,
    wait_settled,
)

pytestmark = BROWSER_MARKS

FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"
SEARCH = "Text search (label or alias)"

JS_EDGE_MIDDLE = """(id) => {
  const edge = window.__newsgraphNetwork.body.edges[id];
  return edge.edgeType.getPoint(0.5);
}"""
JS_DOM_POSITIONS = """() => {
  const net = window.__newsgraphNetwork;
  const out = {};
  for (const [id, xy] of Object.entries(net.getPositions())) out[id] = net.canvasToDOM(xy);
  return out;
}"""


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    # Ukraine answers Russia's assault: two opposite edges between the same two nodes.
    records["relations"].append(
        {
            "id": "r30",
            "source": "kb:ukraine",
            "target": "kb:russia",
            "type": "ACCUSE",
            "trigger": "beschuldigt",
            "negated": False,
            "sentence": "000_5b4120fcf4eb73ee:33",
            "confidence": 0.8,
        }
    )
    path = tmp_path_factory.mktemp("records") / "opposite.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    with (
        running_app({"NEWSGRAPH_RECORDS": str(path)}) as url,
        chromium(
            tmp_path_factory.mktemp("profile"), viewport={"width": 1440, "height": 900}
        ) as context,
    ):
        page = context.new_page()
        page.goto(url)
        wait_drawn(page)
        yield page


def edge_ids(page) -> set[str]:
    return set(page.evaluate("() => window.__newsgraphNetwork.body.data.edges.getIds()"))


def legend_rows(page) -> list[str]:
    return page.locator(".ng-legend .ng-legend-row").all_inner_texts()


def wait_for_edges(page, predicate: str) -> None:
    page.wait_for_function(
        f"() => {{ const ids = window.__newsgraphNetwork.body.data.edges.getIds(); return "
        f"{predicate}; }}",
        timeout=30_000,
    )


def test_browser_opposite_edges_are_drawn_apart(page):
    a = page.evaluate(JS_EDGE_MIDDLE, "kb:russia->kb:ukraine")
    b = page.evaluate(JS_EDGE_MIDDLE, "kb:ukraine->kb:russia")
    assert math.dist((a["x"], a["y"]), (b["x"], b["y"])) > 15


def test_browser_each_entity_type_has_its_own_shape(page):
    shapes = page.evaluate(
        "() => Object.fromEntries(['kb:putin', 'kb:russia', 'kb:kremlin', 'kb:moscow'].map("
        "(id) => [id, window.__newsgraphNetwork.body.nodes[id].options.shape]))"
    )
    assert shapes == {
        "kb:putin": "dot",
        "kb:russia": "hexagon",
        "kb:kremlin": "square",
        "kb:moscow": "triangle",
    }


def test_browser_legend_lists_only_what_is_on_screen(page):
    rows = legend_rows(page)
    assert "person" in rows and "country" in rows
    assert "event" not in rows  # the actor view draws no event node
    assert not any(row.startswith("co-occurrence") for row in rows)
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_label(SEARCH).fill("Zelensky")
    sidebar.get_by_label(SEARCH).press("Enter")
    wait_for_edges(page, "ids.length === 3")
    rows = legend_rows(page)
    assert "org" not in rows  # the Kremlin is filtered away
    assert "talk: consult, request" in rows and "structure: role" in rows
    assert not any(row.startswith("conflict") for row in rows)
    sidebar.get_by_role("button", name="Reset filters").click()
    wait_for_edges(page, "ids.includes('kb:russia->kb:ukraine')")


def test_browser_cooccurrence_edges_have_no_arrow(page):
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_text("Show co-occurrence edges").click()
    wait_for_edges(page, "ids.includes('kb:witkoff->kb:kushner')")
    arrows = page.evaluate(
        "(ids) => ids.map((id) => "
        "window.__newsgraphNetwork.body.edges[id].options.arrows.to.enabled)",
        ["kb:witkoff->kb:kushner", "kb:russia->kb:ukraine"],
    )
    assert arrows == [False, True]
    assert any(row.startswith("co-occurrence") for row in legend_rows(page))
    sidebar.get_by_role("button", name="Reset filters").click()
    wait_for_edges(page, "!ids.includes('kb:witkoff->kb:kushner')")


def test_browser_filter_does_not_move_what_stays_and_brings_back_what_left(page):
    first_canvas = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    first_screen = page.evaluate(JS_DOM_POSITIONS)
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_label(SEARCH).fill("Zelensky")
    sidebar.get_by_label(SEARCH).press("Enter")
    wait_for_edges(page, "ids.length === 3")
    page.wait_for_timeout(500)
    screen = page.evaluate(JS_DOM_POSITIONS)
    assert set(screen) == {"kb:zelensky", "kb:ukraine", "kb:macron", "kb:europe"}
    for node, xy in screen.items():  # no re-fit: the same place on screen, not only on the canvas
        assert (xy["x"], xy["y"]) == pytest.approx(
            (first_screen[node]["x"], first_screen[node]["y"]), abs=1
        ), node
    sidebar.get_by_label(SEARCH).fill("")
    sidebar.get_by_label(SEARCH).press("Enter")
    wait_for_edges(page, "ids.includes('kb:russia->kb:ukraine')")
    page.wait_for_timeout(500)
    again = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    assert set(again) == set(first_canvas)
    for node, xy in first_canvas.items():  # the others came back to where they were
        assert (again[node]["x"], again[node]["y"]) == pytest.approx((xy["x"], xy["y"]), abs=1), (
            node
        )


def test_browser_fit_button_fits_the_graph_into_view(page):
    wait_settled(page)  # the last filter's run is over: its old elements are gone from the page
    page.evaluate("() => window.__newsgraphNetwork.moveTo({scale: 3})")
    page.locator(".ng-fit").click()
    page.wait_for_timeout(600)
    scale = page.evaluate("() => window.__newsgraphNetwork.getScale()")
    assert scale < 3


def test_browser_canvas_and_details_open_above_the_fold_at_1440x900(page):
    """Issue 20 item 6: at 1440x900 the whole canvas, its bottom edge included, is on the first
    screen without scrolling (the details panel is the column beside it)."""
    box = page.evaluate(
        """() => {
          document.querySelectorAll('*').forEach((e) => { if (e.scrollTop) e.scrollTop = 0; });
          window.scrollTo(0, 0);
          const canvas = window.__newsgraphHost.querySelector('canvas').getBoundingClientRect();
          return {top: canvas.top, bottom: canvas.bottom, height: window.innerHeight};
        }"""
    )
    assert box["height"] == 900
    assert 0 < box["top"] and box["bottom"] <= box["height"], box


def test_browser_no_node_is_drawn_under_the_legend(page):
    """Issue 20 item 4: the on-canvas legend (top left) covers no node after the first fit and
    after the Fit button (in the README's screenshot it hid Donald Trump)."""
    js = """() => {
      const net = window.__newsgraphNetwork;
      const host = window.__newsgraphHost;
      const legend = host.querySelector('.ng-legend').getBoundingClientRect();
      const frame = net.canvas.frame.getBoundingClientRect();
      const under = [];
      for (const [id, xy] of Object.entries(net.getPositions())) {
        const dom = net.canvasToDOM(xy);
        const x = frame.left + dom.x, y = frame.top + dom.y;
        const inside = x >= legend.left && x <= legend.right;
        if (inside && y >= legend.top && y <= legend.bottom) under.push(id);
      }
      return {under, legendShown: legend.width > 0};
    }"""
    first = page.evaluate(js)
    assert first["legendShown"]
    assert first["under"] == []
    page.evaluate("() => window.__newsgraphNetwork.moveTo({position: {x: 0, y: 0}, scale: 0.2})")
    page.locator(".ng-fit").click()
    page.wait_for_timeout(800)
    assert page.evaluate(js)["under"] == []
