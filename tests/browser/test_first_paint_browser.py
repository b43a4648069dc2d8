"""A new page draws the graph first, then the filters and the timeline by themselves
(ui.first_paint): the reader sees the graph sooner and never waits on a page without filters."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.support import BROWSER_MARKS, SAMPLE_RECORDS, chromium, running_app, wait_drawn

pytestmark = BROWSER_MARKS

#: When the sidebar's "Reset filters" button and the timeline's canvas first appear, in page time.
JS_WATCH = """(() => {
  window.__seen = {};
  const look = () => {
    const now = performance.now();
    const reset = [...document.querySelectorAll('[data-testid="stSidebar"] button')]
      .some((b) => b.textContent.trim() === 'Reset filters');
    if (reset && !window.__seen.filters) window.__seen.filters = now;
    if (document.querySelector('[data-testid="stVegaLiteChart"]') && !window.__seen.timeline) {
      window.__seen.timeline = now;
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
})();"""


@pytest.fixture(scope="module")
def app_url():
    with running_app({"NEWSGRAPH_RECORDS": str(SAMPLE_RECORDS)}) as url:
        yield url


def test_browser_new_page_draws_the_graph_before_the_filters_and_then_the_rest(app_url, tmp_path):
    with chromium(tmp_path / "profile") as context:
        context.add_init_script(JS_WATCH)
        for _ in range(2):  # a second page is a new session too
            page = context.new_page()
            page.goto(app_url)
            wait_drawn(page)
            drawn = page.evaluate("() => window.__newsgraphDrawn.at")
            sidebar = page.get_by_test_id("stSidebar")
            # the filters and the timeline come without anything being clicked
            sidebar.get_by_role("button", name="Reset filters").wait_for(timeout=30_000)
            page.get_by_test_id("stVegaLiteChart").wait_for(timeout=30_000)
            seen = page.evaluate("() => window.__seen")
            assert seen["filters"] > drawn and seen["timeline"] > drawn
            # the page then works as ever: the filters are there (the sidebar's widgets come in
            # order, so the ones below "Reset filters" may follow it by a moment)
            expect(sidebar.get_by_text("Show co-occurrence edges")).to_have_count(1)
            page.close()


def test_browser_new_page_takes_the_graph_library_from_the_cache_not_the_websocket(
    app_url, tmp_path
):
    """The vis library (470 kB) is a file of the app's server that the browser caches: no
    websocket message of a new page carries it, and a second page does not fetch it again."""
    with chromium(tmp_path / "profile") as context:
        for visit in range(2):
            page = context.new_page()
            frames: list[int] = []
            page.on(
                "websocket",
                lambda socket, frames=frames: socket.on(
                    "framereceived", lambda payload: frames.append(len(payload))
                ),
            )
            page.goto(app_url)
            wait_drawn(page)
            assert page.evaluate("() => typeof window.vis.Network") == "function"
            fetched = page.evaluate(
                """() => performance.getEntriesByType('resource')
                  .filter((e) => e.name.includes('/vis-network.min.js'))
                  .map((e) => [new URL(e.name).hostname, e.transferSize])"""
            )
            assert len(fetched) == 1 and fetched[0][0] == "127.0.0.1"
            # the first page fetches it from the server, the second from the browser's cache
            assert (fetched[0][1] > 0) == (visit == 0), fetched
            assert frames and max(frames) < 200_000  # the graph's message had the library
            page.close()


#: Every drawn node's place on the canvas, in canvas coordinates.
JS_PLACES = "() => window.__newsgraphNetwork.getPositions()"


def test_browser_a_new_page_draws_the_view_where_the_first_page_settled_it(tmp_path):
    """The first page after a server start lays the view out with the browser's physics and
    reports where the nodes settled; the next page of the same view is drawn there at once,
    without running the physics again (ui.visnetwork.settled_layout): the same picture, sooner."""
    with running_app({"NEWSGRAPH_RECORDS": str(SAMPLE_RECORDS)}) as url:
        with chromium(tmp_path / "profile") as context:
            places, physics = [], []
            for _ in range(2):
                page = context.new_page()
                page.goto(url)
                wait_drawn(page)  # also: the run the drawn report caused is over
                physics.append(page.evaluate("() => window.__newsgraphBuilt.physics"))
                places.append(page.evaluate(JS_PLACES))
                page.close()
    assert physics == [True, False]
    first, second = places
    assert first.keys() == second.keys() and len(first) > 10
    for node, xy in first.items():  # reported to 0.1 px
        assert abs(xy["x"] - second[node]["x"]) <= 0.06 and abs(xy["y"] - second[node]["y"]) <= 0.06
