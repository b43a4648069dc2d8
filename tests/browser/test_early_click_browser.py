"""A click made while a new page is still running its own reruns is honoured (issue 20).

A new page draws the graph first and the rest of the page in the runs that follow
(ui.first_paint); a reader who clicks a node as soon as the canvas shows it must get that
node's sentences, after a first load and after a reload alike, and the panel must keep
showing them once the page's own runs are over.
"""

from __future__ import annotations

import pytest

from tests.browser.support import (
    BROWSER_MARKS,
    JS_DRAWN,
    SAMPLE_RECORDS,
    chromium,
    node_point,
    running_app,
    wait_drawn,
    wait_settled,
)

pytestmark = BROWSER_MARKS

#: The details panel's title, or "" while it shows none.
JS_PANEL_TITLE = """() => [...document.querySelectorAll('.ng-title')]
  .map((e) => e.textContent).join(' | ')"""
#: (node id, the label its panel shows)
NODES = [("kb:kushner", "Jared Kushner"), ("kb:witkoff", "Steve Witkoff")]
#: Whether the canvas shows the node (a focus may have moved it out of the canvas's box).
JS_ON_CANVAS = """([x, y]) => {
  const box = window.__newsgraphHost.querySelector('canvas').getBoundingClientRect();
  return x > box.left + 20 && x < box.right - 20 && y > box.top + 20 && y < box.bottom - 20;
}"""


@pytest.fixture(scope="module")
def app_url():
    with running_app({"NEWSGRAPH_RECORDS": str(SAMPLE_RECORDS)}) as url:
        yield url


def click_as_soon_as_drawn(page, node: str) -> None:
    """Click ``node`` in the first frame in which the new page's canvas shows the graph."""
    page.wait_for_function(JS_DRAWN, polling="raf", timeout=120_000)
    point = node_point(page, node)
    assert page.evaluate(JS_ON_CANVAS, point), f"{node} is not on the canvas"
    page.mouse.click(*point)


def panel_after_settling(page, label: str) -> str:
    """The panel's title once the page's own runs are over (waiting for ``label`` first)."""
    try:
        page.wait_for_function(f"() => ({JS_PANEL_TITLE})().includes({label!r})", timeout=30_000)
    except Exception:  # noqa: BLE001 - the caller's assertion shows what the panel says
        pass
    wait_settled(page)
    page.wait_for_timeout(1000)  # a run the click lost would have cleared the panel by now
    wait_settled(page)
    return page.evaluate(JS_PANEL_TITLE)


def test_browser_click_right_after_a_load_and_a_reload_shows_the_clicked_node(app_url, tmp_path):
    with chromium(tmp_path / "profile") as context:
        page = context.new_page()
        page.goto(app_url)
        click_as_soon_as_drawn(page, NODES[0][0])
        assert panel_after_settling(page, NODES[0][1]) == NODES[0][1]
        assert "selection=" in page.url  # the address names the clicked node, for the reload
        for node, label in NODES[1:] + NODES[:1]:
            page.reload()
            click_as_soon_as_drawn(page, node)
            assert panel_after_settling(page, label) == label
        page.close()


def test_browser_click_right_after_opening_a_link_with_a_selection(app_url, tmp_path):
    """A shared link names a node; the reader clicks another one at once."""
    with chromium(tmp_path / "profile") as context:
        page = context.new_page()
        page.goto(app_url)
        wait_drawn(page)
        page.mouse.click(*node_point(page, NODES[0][0]))
        assert panel_after_settling(page, NODES[0][1]) == NODES[0][1]
        link = page.url
        for _ in range(2):
            page.goto(link)
            click_as_soon_as_drawn(page, NODES[1][0])
            assert panel_after_settling(page, NODES[1][1]) == NODES[1][1]
        page.close()


@pytest.fixture(scope="module")
def store_url(tmp_path_factory):
    """The app on a store that holds the sample records and one saved view (Zelensky's)."""
    import json

    from store import open_store

    path = tmp_path_factory.mktemp("stores") / "early.db"
    with open_store(path) as store:
        store.add_records(json.loads(SAMPLE_RECORDS.read_text(encoding="utf-8")))
        store.save_view("Zelensky", {"corpus_source": ["stored"], "actors": ["kb:zelensky"]})
    with running_app({"NEWSGRAPH_STORE": str(path)}) as url:
        yield url


def test_browser_open_view_pressed_as_soon_as_it_shows_after_a_reload(store_url, tmp_path):
    """The saved-view walk's step without waiting for the page's own runs: the view opens.

    Lost once in three runs on 32300c4, when the page's first run still drew the canvas
    plainly; passed in every run since the canvas and the details are a fragment from that run
    on (be04219: 3 of 3 on c9e7c2d, and on the find3 branch, load average 10-17)."""
    from playwright.sync_api import expect

    from graph.filters import FilterSpec
    from tests.browser.support import expected_edges, wait_edges

    zelensky = expected_edges(FilterSpec(actors=("kb:zelensky",)))
    with chromium(tmp_path / "profile") as context:
        page = context.new_page()
        page.goto(store_url + "/?corpus_source=stored")
        wait_drawn(page)
        for _ in range(2):
            page.reload()
            page.wait_for_function(JS_DRAWN, polling="raf", timeout=120_000)
            side = page.get_by_test_id("stSidebar")
            expander = side.get_by_test_id("stExpander").filter(has_text="Saved views")
            expander.locator("summary").click()
            expander.get_by_role("button", name="Open view").click()
            expect(side.get_by_text("Opened the view 'Zelensky'.")).to_be_visible(timeout=30_000)
            assert wait_edges(page, zelensky) == zelensky
        page.close()
