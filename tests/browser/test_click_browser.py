"""A click on the canvas sends the browser only what it changes (issue 20: click -> sentences).

A click changes the selection, so the details panel beside the canvas; the find row, the tabs,
the notes above the canvas and the timeline below it stay as they are, and a click's run
leaves them alone instead of sending them again for the browser to redraw (the timeline's
Vega chart most of all).  Checked on the messages the page receives over its websocket.
After clicks, the Export tab still places the nodes where the canvas shows them.
"""

from __future__ import annotations

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tests.browser.support import (
    BROWSER_MARKS,
    SAMPLE_RECORDS,
    chromium,
    edge_point,
    node_point,
    running_app,
    wait_drawn,
    wait_panel,
    wait_settled,
)

pytestmark = BROWSER_MARKS

#: The timeline under the graph has drawn (Vega's SVG or canvas is in the page).
JS_TIMELINE_DRAWN = """() => {
  const chart = document.querySelector('[data-testid="stMain"] [data-testid="stVegaLiteChart"]');
  return Boolean(chart && chart.querySelector('svg, canvas'));
}"""


@pytest.fixture(scope="module")
def app_url():
    with running_app({"NEWSGRAPH_RECORDS": str(SAMPLE_RECORDS)}) as url:
        yield url


@pytest.fixture
def page(app_url, tmp_path):
    """A settled page of the app, its received messages recorded in ``page.received``."""
    with chromium(tmp_path / "profile") as context:
        page = context.new_page()
        page.received = []

        def on_socket(socket):
            socket.on(
                "framereceived",
                lambda payload: (
                    page.received.append(payload) if isinstance(payload, bytes) else None
                ),
            )

        page.on("websocket", on_socket)
        page.goto(app_url)
        wait_drawn(page)
        page.wait_for_function(JS_TIMELINE_DRAWN, timeout=60_000)
        wait_settled(page)
        yield page
        page.close()


def sent_elements(received: list[bytes]) -> list[str]:
    """The kinds of the elements that ``received`` messages (re)sent, in order."""
    kinds = []
    for payload in received:
        message = ForwardMsg()
        message.ParseFromString(payload)
        if message.WhichOneof("type") == "delta":
            delta = message.delta
            if delta.WhichOneof("type") == "new_element":
                element = delta.new_element
                kind = element.WhichOneof("type")
                # custom components by name: the canvas, the find box (ui.find)
                kinds.append(
                    element.bidi_component.component_name if kind == "bidi_component" else kind
                )
    return kinds


def test_browser_a_click_sends_the_details_and_not_the_page_around_them(page):
    page.received.clear()
    page.mouse.click(*node_point(page, "kb:kushner"))
    sentence = page.locator("li:visible", has_text="his son-in-law, would travel to Moscow")
    sentence.wait_for(timeout=30_000)
    assert sentence.locator("mark").first.inner_text() == "Kushner"
    wait_panel(page)  # the click's run: the panel has come
    wait_settled(page)
    sent = sent_elements(page.received)
    assert "html" in sent  # the panel's header and sentences
    assert "vega_lite_chart" not in sent, "the timeline was sent again"
    assert "newsgraph.find" not in sent, "the find box was sent again"
    # an edge, then the Export tab: the downloads still place the nodes where the canvas has them
    page.mouse.move(5, 5)
    page.mouse.click(*edge_point(page, "kb:zelensky->kb:macron"))
    evidence = page.locator("li:visible", has_text="een ontmoeting met de Franse president")
    evidence.wait_for(timeout=30_000)
    assert {"ontmoeting", "Emmanuel Macron"} <= set(evidence.locator("mark").all_inner_texts())
    wait_panel(page)
    wait_settled(page)
    n_nodes = page.evaluate("() => window.__newsgraphNetwork.body.data.nodes.length")
    page.get_by_role("tab", name="Export").click()
    placed = f"{n_nodes} of {n_nodes} nodes keep their place on the canvas."
    page.get_by_text(placed).wait_for(timeout=30_000)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="GEXF").click()
    assert "kb:kushner" in open(info.value.path(), encoding="utf-8").read()


#: Counts the messages the page sends over its websocket (installed before the page's scripts).
INIT_COUNT_SENT = """(() => {
  const send = WebSocket.prototype.send;
  window.__sent = 0;
  WebSocket.prototype.send = function (...args) {
    window.__sent += 1;
    return send.apply(this, args);
  };
})();"""
#: Watch every frame for the details of ``name``: in the first frame that shows its title and a
#: highlighted sentence (both visible), note the titles visible then and the messages the page
#: had sent since the watch began.
JS_WATCH = """(name) => {
  const began = window.__sent;
  window.__seen = null;
  const visible = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility());
  const tick = () => {
    const titles = visible('.ng-title').map((e) => e.textContent);
    if (titles.includes(name) && visible('li mark').length) {
      window.__seen = {titles, sent: window.__sent - began};
    } else {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
}"""
JS_VISIBLE_TITLES = """() => [...document.querySelectorAll('.ng-title')]
  .filter((e) => e.checkVisibility()).map((e) => e.textContent)"""


def test_browser_a_click_shows_the_sentences_before_the_server_hears_of_it(app_url, tmp_path):
    """The details pane draws the clicked item's panel from what the page holds, in the frame
    the click is handled, before the click has even gone to the server; the panel of the item
    clicked before is hidden meanwhile, and once the click's run is over the panel (with its
    buttons) has taken over: one title on screen, the new one."""
    with chromium(tmp_path / "profile") as context:
        context.add_init_script(INIT_COUNT_SENT)
        page = context.new_page()
        page.goto(app_url)
        wait_drawn(page)
        page.wait_for_function(JS_TIMELINE_DRAWN, timeout=60_000)
        wait_settled(page)
        for node, name in [("kb:kushner", "Jared Kushner"), ("kb:witkoff", "Steve Witkoff")]:
            point = node_point(page, node)
            page.evaluate(JS_WATCH, name)
            page.mouse.click(*point)
            seen = page.wait_for_function("() => window.__seen", timeout=30_000).json_value()
            assert seen == {"titles": [name], "sent": 0}, seen
            wait_panel(page)
            wait_settled(page)
            assert page.evaluate(JS_VISIBLE_TITLES) == [name]
            panel = page.locator(f".st-key-ng-details-{node_token(node)}")
            assert panel.get_by_role("button", name="Hide").is_visible()
        page.close()


def node_token(node: str) -> str:
    from ui.details_pane import token

    return token({"kind": "node", "id": node})
