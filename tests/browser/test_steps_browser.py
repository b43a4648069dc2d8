"""Issue 21, items 2 and 8, in a real browser: show a node's neighbours, hide it, pin it, undo
and redo, restore from the lists, and a reload that keeps it all; the keyboard, the zoom
buttons, and the canvas in light and dark mode."""

from __future__ import annotations

import dataclasses
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tests.browser.support import (
    BROWSER_MARKS,
    SAMPLE_RECORDS,
    chromium,
    drawn_edges,
    expected_edges,
    menu_step,
    node_point,
    running_app,
    wait_drawn,
    wait_edges,
)
from ui.filter_state import DEFAULT_SPEC

pytestmark = BROWSER_MARKS

#: Zelensky alone: the view the walks start from.
ALONE = dataclasses.replace(DEFAULT_SPEC, actors=("kb:zelensky",), radius=0)


def spec(**steps) -> object:
    return dataclasses.replace(ALONE, **steps)


@pytest.fixture(scope="module")
def app_url():
    with running_app({"NEWSGRAPH_RECORDS": str(SAMPLE_RECORDS)}) as url:
        yield url


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("profile")) as context:
        yield context


@pytest.fixture
def page(context):
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    page.close()
    assert not errors, errors


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.evaluate("() => location.href")).query)


def wait_query(page, name: str, present: bool = True, timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (name in query(page)) != present:
        time.sleep(0.2)
    return query(page)


def pinned(page, node: str) -> bool:
    return page.evaluate(
        "(id) => { const n = window.__newsgraphNetwork.body.nodes[id];"
        " return Boolean(n && n.options.fixed.x && n.options.fixed.y); }",
        node,
    )


def click_key(page, key: str) -> None:
    """Click the Streamlit button keyed ``key`` once the page has drawn it afresh (while a
    run goes on, the last run's copy may still be on the page, marked stale)."""
    page.locator(f'.st-key-{key}[data-stale="false"] button').first.click()


def open_alone(page, url: str, extra: str = "") -> None:
    page.goto(f"{url}/?actors=kb:zelensky&radius=0{extra}")
    wait_drawn(page)


# --------------------------------------------------------------------------- 2. expand, hide, pin


def test_browser_expand_hide_pin_undo_redo_restore_and_reload(page, app_url):
    open_alone(page, app_url)
    assert drawn_edges(page) == expected_edges(ALONE) == set()

    # right-click: show the neighbours; the graph draws what radius 1 would (the library says)
    menu_step(page, "kb:zelensky", "expand")
    expanded = expected_edges(spec(expanded=("kb:zelensky",)))
    assert expanded and expanded == expected_edges(dataclasses.replace(ALONE, radius=1))
    assert wait_edges(page, expanded) == expanded
    assert wait_query(page, "expanded")["expanded"] == ["kb:zelensky"]

    # hide one neighbour
    menu_step(page, "kb:macron", "hide")
    hidden = expected_edges(spec(expanded=("kb:zelensky",), hidden=("kb:macron",)))
    assert hidden < expanded
    assert wait_edges(page, hidden) == hidden
    assert wait_query(page, "hidden")["hidden"] == ["kb:macron"]

    # pin another: it holds still, also when dragged
    menu_step(page, "kb:europe", "pin")
    page.wait_for_function(
        "() => { const n = window.__newsgraphNetwork.body.nodes['kb:europe'];"
        " return n && n.options.fixed.x; }",
        timeout=30_000,
    )
    before = node_point(page, "kb:europe")
    page.mouse.move(*before)
    page.mouse.down()
    page.mouse.move(before[0] + 80, before[1] + 60, steps=5)
    page.mouse.up()
    after = node_point(page, "kb:europe")
    assert abs(after[0] - before[0]) < 2 and abs(after[1] - before[1]) < 2
    assert wait_query(page, "pinned")["pinned"] == ["kb:europe"]

    # undo the pin, then the hide; redo the hide
    click_key(page, "steps-undo")
    page.wait_for_function(
        "() => !window.__newsgraphNetwork.body.nodes['kb:europe'].options.fixed.x",
        timeout=30_000,
    )
    assert "pinned" not in wait_query(page, "pinned", present=False)
    click_key(page, "steps-undo")
    assert wait_edges(page, expanded) == expanded
    assert "hidden" not in wait_query(page, "hidden", present=False)
    click_key(page, "steps-redo")
    assert wait_edges(page, hidden) == hidden
    assert wait_query(page, "hidden")["hidden"] == ["kb:macron"]

    # the hidden list names the node and brings it back
    page.locator(".st-key-steps-hidden button").first.click()
    listed = page.get_by_test_id("stPopoverBody")
    listed.get_by_text("Emmanuel Macron").wait_for(timeout=30_000)
    listed.get_by_role("button", name="Show", exact=True).click()
    assert wait_edges(page, expanded) == expanded
    assert "hidden" not in wait_query(page, "hidden", present=False)

    # a reload keeps the expansion (it is in the URL)
    page.reload()
    wait_drawn(page)
    assert wait_edges(page, expanded) == expanded


def test_browser_details_panel_buttons_expand_and_hide(page, app_url):
    open_alone(page, app_url)
    page.mouse.click(*node_point(page, "kb:zelensky"))
    click_key(page, "expand-details")
    expanded = expected_edges(spec(expanded=("kb:zelensky",)))
    assert wait_edges(page, expanded) == expanded
    # the panel now offers to take them back
    assert wait_query(page, "expanded")["expanded"] == ["kb:zelensky"]
    click_key(page, "collapse-details")
    assert wait_edges(page, set()) == set()
    assert "expanded" not in wait_query(page, "expanded", present=False)
    click_key(page, "hide-details")
    assert wait_query(page, "hidden")["hidden"] == ["kb:zelensky"]
    main = page.get_by_test_id("stMain")
    main.get_by_text("Nothing matches these filters").wait_for(timeout=30_000)
    # undo is at hand also when the step left nothing to draw
    click_key(page, "steps-undo")
    main.locator(".ng-canvas").wait_for(timeout=30_000)
    assert wait_edges(page, set()) == set()
    assert "hidden" not in wait_query(page, "hidden", present=False)


# --------------------------------------------------------------------------- 8. comfort


FOCUSED = """() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return null;
  const keyed = el.closest('[class*="st-key-"]');
  const key = keyed ? [...keyed.classList].find((c) => c.startsWith('st-key-')) : null;
  return {
    tag: el.tagName, key, label: el.getAttribute('aria-label') || el.textContent.trim(),
    sidebar: Boolean(el.closest('[data-testid="stSidebar"]')),
    canvas: Boolean(el.closest('.vis-network')),
    tool: el.closest('.ng-tools') ? el.className : null,
  };
}"""


def test_browser_keyboard_reaches_search_filters_canvas_and_details(page, app_url):
    page.goto(app_url + "/")
    wait_drawn(page)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.keyboard.press("/")
    focused = page.evaluate(FOCUSED)
    assert focused["key"] == "st-key-find" and focused["tag"] == "INPUT"
    page.keyboard.type("Macron")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => window.__newsgraphFocused && window.__newsgraphFocused.id === 'kb:macron'",
        timeout=30_000,
    )
    page.get_by_test_id("stMain").locator(".st-key-expand-details").wait_for(timeout=30_000)

    # Tab from the find box: the canvas and its buttons, then the details panel's buttons
    page.keyboard.press("/")
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED) or {})
        if seen[-1].get("key") == "st-key-expand-details":
            break
    assert any(s.get("canvas") for s in seen), seen
    assert any(s.get("tool") and "ng-zoom-in" in s["tool"] for s in seen), seen
    assert seen[-1].get("key") == "st-key-expand-details", seen
    page.keyboard.press("Enter")  # the focused button shows Macron's neighbours
    page.wait_for_function(
        "() => new URLSearchParams(location.search).get('expanded') === 'kb:macron'",
        timeout=30_000,
    )

    # Shift+Tab from the find box goes back into the sidebar's filters
    page.keyboard.press("/")
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        focused = page.evaluate(FOCUSED) or {}
        if focused.get("sidebar") and focused.get("tag") == "INPUT":
            break
    assert focused.get("sidebar") and focused.get("tag") == "INPUT", focused


def test_browser_zoom_and_fit_buttons(page, app_url):
    page.goto(app_url + "/")
    wait_drawn(page)
    scale = "() => window.__newsgraphNetwork.getScale()"
    start = page.evaluate(scale)
    page.get_by_role("button", name="Zoom in").click()
    page.wait_for_function(f"() => ({scale})() > {start} * 1.2", timeout=10_000)
    page.get_by_role("button", name="Zoom out").click()
    page.get_by_role("button", name="Zoom out").click()
    page.wait_for_function(f"() => ({scale})() < {start} * 0.85", timeout=10_000)
    page.get_by_role("button", name="Zoom in").click()
    for _ in range(4):
        page.get_by_role("button", name="Zoom in").click()
    page.wait_for_function(f"() => ({scale})() > {start} * 2", timeout=10_000)
    inside = """() => { const net = window.__newsgraphNetwork;
      const box = window.__newsgraphHost.querySelector('canvas');
      return Object.values(net.getPositions()).every((xy) => { const p = net.canvasToDOM(xy);
        return p.x >= 0 && p.y >= 0 && p.x <= box.clientWidth && p.y <= box.clientHeight; }); }"""
    assert not page.evaluate(inside)  # zoomed in, some nodes are out of view
    page.get_by_role("button", name="Fit", exact=True).click()
    page.wait_for_function(inside, timeout=10_000)


CONTRAST = """() => {
  const probe = document.createElement('canvas').getContext('2d');
  const rgb = (c) => { probe.fillStyle = '#000'; probe.fillStyle = c; const p = probe.fillStyle;
    return p.startsWith('#') ? [1, 3, 5].map((i) => parseInt(p.slice(i, i + 2), 16))
      : p.match(/[\\d.]+/g).slice(0, 3).map(Number); };
  const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05); };
  const host = window.__newsgraphHost;
  const net = window.__newsgraphNetwork;
  const page = getComputedStyle(document.querySelector('[data-testid="stApp"]')).backgroundColor;
  const canvas = getComputedStyle(host.querySelector('.ng-canvas')).backgroundColor;
  const id = net.body.nodeIndices[0];
  const edgeId = net.body.edgeIndices[0];
  const legendRow = host.querySelector('.ng-legend-row span:last-child');
  const legend = getComputedStyle(host.querySelector('.ng-legend'));
  const fit = getComputedStyle(host.querySelector('.ng-fit'));
  return {
    theme: host.dataset.theme, pageLuminance: lum(page),
    node: ratio(net.body.nodes[id].options.font.color, canvas),
    edge: ratio(net.body.edges[edgeId].options.font.color, canvas),
    legend: ratio(getComputedStyle(legendRow).color, canvas),
    legendBox: ratio(legend.color, legend.backgroundColor),
    button: ratio(fit.color, fit.backgroundColor),
  };
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_browser_canvas_reads_in_light_and_dark_mode(context, app_url, scheme):
    page = context.new_page()
    try:
        page.emulate_media(color_scheme=scheme)
        page.goto(app_url + "/")
        wait_drawn(page)
        colours = page.evaluate(CONTRAST)
        assert colours["theme"] == scheme
        assert (colours["pageLuminance"] < 0.2) == (scheme == "dark")  # Streamlit follows too
        for part in ("node", "edge", "legend", "legendBox", "button"):
            assert colours[part] >= 4.5, (part, colours)
        # the PNG is drawn in the same colours, with the caption below
        with page.expect_download() as download:
            page.locator(".ng-png").click()
        assert download.value.suggested_filename.endswith(".png")
        # the system's setting changes while the page is open: the canvas follows
        other = "light" if scheme == "dark" else "dark"
        page.emulate_media(color_scheme=other)
        page.wait_for_function(
            "(theme) => window.__newsgraphHost.dataset.theme === theme", arg=other, timeout=10_000
        )
        colours = page.evaluate(CONTRAST)
        for part in ("node", "edge", "legend", "legendBox", "button"):
            assert colours[part] >= 4.5, (part, colours)
    finally:
        page.close()


SIDEBAR = 1  #: the sidebar's root container in a delta's path (Streamlit's RootContainer)


def sidebar_elements(received: list[bytes]) -> list[str]:
    """The kinds of the elements that ``received`` messages (re)drew in the sidebar."""
    kinds = []
    for payload in received:
        message = ForwardMsg()
        message.ParseFromString(payload)
        path = list(message.metadata.delta_path)
        if message.WhichOneof("type") == "delta" and path and path[0] == SIDEBAR:
            kinds.append(message.delta.WhichOneof("type"))
    return kinds


def test_browser_steps_rerun_the_explorer_and_not_the_sidebar(page, app_url):
    """Issue 21: every step (from the canvas's menu, the details panel or the steps bar) reran
    the whole page, sidebar and all, before the canvas changed; it reruns the explorer alone."""
    received: list[bytes] = []
    page.on(
        "websocket",
        lambda socket: socket.on(
            "framereceived",
            lambda payload: received.append(payload) if isinstance(payload, bytes) else None,
        ),
    )
    open_alone(page, app_url)
    page.get_by_test_id("stSidebar").get_by_role("button", name="Reset filters").wait_for()
    time.sleep(1)  # the page's own runs are over
    assert sidebar_elements(received), "the check sees the sidebar when it is drawn"

    received.clear()
    menu_step(page, "kb:zelensky", "expand")  # the canvas's menu
    expanded = expected_edges(spec(expanded=("kb:zelensky",)))
    assert wait_edges(page, expanded) == expanded
    page.mouse.click(*node_point(page, "kb:macron"))
    click_key(page, "hide-details")  # the details panel
    assert wait_query(page, "hidden")["hidden"] == ["kb:macron"]
    click_key(page, "steps-undo")  # the steps bar
    assert "hidden" not in wait_query(page, "hidden", present=False)
    assert wait_edges(page, expanded) == expanded
    time.sleep(1)
    assert sidebar_elements(received) == []


def new_elements(received: list[bytes]) -> list[str]:
    """The kinds of the elements that ``received`` messages (re)sent, anywhere on the page."""
    kinds = []
    for payload in received:
        message = ForwardMsg()
        message.ParseFromString(payload)
        if message.WhichOneof("type") == "delta" and message.delta.WhichOneof("type") == (
            "new_element"
        ):
            kinds.append(message.delta.new_element.WhichOneof("type"))
    return kinds


JS_TIMELINE_DRAWN = """() => {
  const chart = document.querySelector('[data-testid="stMain"] [data-testid="stVegaLiteChart"]');
  return Boolean(chart && chart.querySelector('svg, canvas'));
}"""


def test_browser_find_and_steps_leave_the_timeline_as_it_is(page, app_url):
    """Issue 21, find -> focus: a find and a step change what the explorer draws, not the
    filters, so the timeline under the graph (a Vega chart the browser takes a while to draw)
    is neither built nor sent again; it stays on the page, and brushing it still filters."""
    received: list[bytes] = []
    page.on(
        "websocket",
        lambda socket: socket.on(
            "framereceived",
            lambda payload: received.append(payload) if isinstance(payload, bytes) else None,
        ),
    )
    page.goto(app_url)
    wait_drawn(page)
    page.wait_for_function(JS_TIMELINE_DRAWN, timeout=60_000)
    time.sleep(1)  # the page's own runs are over
    assert "vega_lite_chart" in new_elements(received), "the check sees the timeline when sent"

    received.clear()
    page.get_by_test_id("stMain").get_by_role("combobox", name="Find", exact=True).click()
    page.keyboard.type("Zelenski")
    page.get_by_role("option").first.wait_for()
    page.keyboard.press("Enter")
    assert wait_query(page, "selection")["selection"] == ["node:kb:zelensky"]
    click_key(page, "hide-details")  # a step: the found node off the graph
    assert wait_query(page, "hidden")["hidden"] == ["kb:zelensky"]
    click_key(page, "steps-undo")
    assert "hidden" not in wait_query(page, "hidden", present=False)
    time.sleep(1)
    assert "vega_lite_chart" not in new_elements(received), "the timeline was sent again"
    assert page.evaluate(JS_TIMELINE_DRAWN), "the timeline is still on the page"
