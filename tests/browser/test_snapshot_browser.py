"""Snapshots are what the user sees (issue 20, item 3), in a real browser: the canvas' PNG
button downloads the network at twice the canvas size with legend and caption, the canvas
reports its node positions (also where the reader dragged a node) as the reader opens the
Export tab, and the HTML snapshot from there opens offline with those positions and shows a
clicked node's sentences.  The report never reruns the page by itself (issue 20: a report on a
timer after each drawing closed drop-down lists under the typing)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.browser.support import (
    BROWSER_MARKS,
    ROOT,
    chromium,
    node_point,
    running_app,
    wait_drawn,
    wait_settled,
)

pytestmark = BROWSER_MARKS

FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"
PERSON = (0x4E, 0x79, 0xA7)  # graph.style.ENTITY_COLOURS["PERSON"]


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    with chromium(
        tmp_path_factory.mktemp("profile"), viewport={"width": 1440, "height": 900}
    ) as context:
        yield context


@pytest.fixture(scope="module")
def app_url():
    with running_app({"NEWSGRAPH_RECORDS": str(FIXTURE)}) as url:
        yield url


@pytest.fixture(scope="module")
def page(context, app_url):
    page = context.new_page()
    page.goto(app_url)
    wait_drawn(page)
    wait_settled(page)
    yield page
    page.close()


#: Counts the page's script runs from now on (Streamlit marks the app "running" for each).
JS_COUNT_RUNS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  window.__runs = 0;
  new MutationObserver(() => { if (app.dataset.testScriptState === 'running') window.__runs++; })
    .observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


def drag(page, node: str, dx: float, dy: float) -> None:
    """Drag ``node`` by (dx, dy) page pixels with the mouse, as a reader would."""
    x, y = node_point(page, node)
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(x + dx * step / 10, y + dy * step / 10)
    page.mouse.up()


def test_browser_drawing_and_dragging_rerun_nothing_and_a_list_stays_open(context, app_url):
    page = context.new_page()
    try:
        page.goto(app_url)
        wait_drawn(page)
        wait_settled(page)
        page.evaluate(JS_COUNT_RUNS)
        page.wait_for_timeout(2500)  # a report on a timer came 0.8 s after drawing
        drag(page, "kb:macron", 60, 40)  # ... and after a drag
        finder = page.get_by_test_id("stMain").get_by_role("combobox", name="Find", exact=True)
        finder.click()
        page.keyboard.type("Zel")
        expect(page.get_by_role("option").first).to_be_visible(timeout=10_000)
        page.wait_for_timeout(2500)  # the reader reads the list
        assert page.evaluate("() => window.__runs") == 0, "the page reran by itself"
        expect(page.get_by_role("option").first).to_be_visible()
        assert finder.input_value() == "Zel"
    finally:
        page.close()


def test_browser_png_button_downloads_the_canvas_at_twice_its_size(page):
    canvas = page.evaluate(
        "() => { const c = window.__newsgraphHost.querySelector('canvas');"
        " return {w: c.clientWidth, h: c.clientHeight}; }"
    )
    with page.expect_download(timeout=30_000) as info:
        page.locator(".ng-png").click()
    download = info.value
    assert download.suggested_filename == "newsgraph.png"
    image = Image.open(io.BytesIO(download.path().read_bytes())).convert("RGB")
    made = page.evaluate("() => window.__newsgraphPng")
    assert made["canvasWidth"] == canvas["w"] and made["canvasHeight"] == canvas["h"]
    assert image.size == (2 * canvas["w"], 2 * (canvas["h"] + made["band"]))
    assert made["band"] > 0  # the caption has its own strip under the network
    network = image.crop((0, 0, 2 * canvas["w"], 2 * canvas["h"]))
    colours = network.getcolors(maxcolors=1_000_000)
    assert len(colours) > 200  # nodes, edges, labels: not a blank picture
    assert any(c == PERSON for _, c in colours)
    legend = image.crop((0, 0, 400, 200)).getcolors(maxcolors=1_000_000)
    assert any(c == PERSON for _, c in legend)  # the legend's person mark, top left
    strip = image.crop((0, 2 * canvas["h"] + 4, 2 * canvas["w"], image.size[1])).convert("L")
    assert strip.getextrema()[0] < 128  # the caption's text


def test_browser_html_snapshot_keeps_the_screen_positions_and_shows_sentences(
    page, context, tmp_path
):
    drag(page, "kb:zelensky", -50, 30)  # the export keeps where the reader put a node too
    screen = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    assert page.evaluate("() => window.__newsgraphPositionsSent") is None  # none sent unasked
    # by way of another tab: the canvas is off the page when the Export tab is opened
    page.get_by_role("tab", name="Tables").click()
    page.get_by_test_id("stDataFrame").first.wait_for(timeout=30_000)
    assert page.evaluate("() => window.__newsgraphPositionsSent") is None  # only Export needs them
    page.get_by_role("tab", name="Export").click()
    page.get_by_text("nodes keep their place on the canvas").wait_for(timeout=30_000)
    assert (
        f"{len(screen)} of {len(screen)} nodes keep their place"
        in page.get_by_text("nodes keep their place on the canvas").inner_text()
    )
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="Interactive HTML").click()
    path = tmp_path / "snapshot.html"
    info.value.save_as(path)

    snapshot = context.new_page()
    requests, errors = [], []
    snapshot.on("request", lambda r: requests.append(r.url))
    snapshot.on("pageerror", lambda e: errors.append(str(e)))
    context.set_offline(True)
    try:
        snapshot.goto(path.as_uri())
        snapshot.wait_for_function("() => document.body.dataset.drawn === '1'", timeout=30_000)
        drawn = snapshot.evaluate("() => window.__snapshotNetwork.getPositions()")
        assert set(drawn) == set(screen)
        for node, xy in screen.items():
            assert (drawn[node]["x"], drawn[node]["y"]) == pytest.approx(
                (xy["x"], xy["y"]), abs=0.2
            ), node
        point = snapshot.evaluate(
            "() => { const net = window.__snapshotNetwork;"
            " const box = document.querySelector('#graph canvas').getBoundingClientRect();"
            " const p = net.canvasToDOM(net.getPositions(['kb:macron'])['kb:macron']);"
            " return {x: box.left + p.x, y: box.top + p.y}; }"
        )
        snapshot.mouse.click(point["x"], point["y"])
        details = snapshot.locator("#details")
        details.get_by_text("Emmanuel Macron").first.wait_for(timeout=10_000)
        text = details.inner_text()
        assert "Zelensky had maandag een ontmoeting" in text
        assert snapshot.locator("#caption").inner_text().startswith("Source: sample_records.json")
        assert "person" in snapshot.locator("#legend").inner_text()
    finally:
        context.set_offline(False)
        snapshot.close()
    assert errors == []
    assert [u for u in requests if not u.startswith("file:")] == []
