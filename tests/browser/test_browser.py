"""The explorer in a real browser: the graph draws, clicks show sentences, nothing leaves 127.0.0.1.

The app runs on tests/fixtures/sample_records.json (NEWSGRAPH_RECORDS), so the expected
sentences are known; the sample-corpus run with the spaCy model is marked ``model`` too.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from urllib.parse import urlparse

import networkx as nx
import pytest

from tests.browser.support import (
    CHROMIUM,
    ROOT,
    chromium,
    edge_point,
    node_point,
    running_app,
    wait_drawn,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"),
]

FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"
LOCAL_SCHEMES = {"blob", "data", "about"}


@pytest.fixture(scope="module")
def requests_seen() -> list[str]:
    return []


@pytest.fixture(scope="module")
def page(tmp_path_factory, requests_seen):
    with running_app({"NEWSGRAPH_RECORDS": str(FIXTURE)}) as url:
        with chromium(tmp_path_factory.mktemp("profile")) as context:
            page = context.new_page()
            page.on("request", lambda request: requests_seen.append(request.url))
            page.goto(url)
            wait_drawn(page)
            yield page


def test_browser_graph_draws_every_node(page):
    ids = page.evaluate("() => window.__newsgraphNetwork.body.data.nodes.getIds()")
    assert {"kb:putin", "kb:kushner", "kb:zelensky", "kb:macron"} <= set(ids)
    # physics is frozen after stabilisation
    assert page.evaluate("() => window.__newsgraphNetwork.physics.physicsEnabled") is False


def test_browser_click_on_node_shows_its_sentences(page):
    before = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    page.mouse.click(*node_point(page, "kb:kushner"))
    sentence = page.locator("li", has_text="his son-in-law, would travel to Moscow")
    sentence.wait_for(timeout=30_000)
    assert sentence.locator("mark").first.inner_text() == "Kushner"
    assert page.get_by_text("Jared Kushner", exact=True).first.is_visible()
    # the rerun after the click did not rebuild the network: nothing moved
    after = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    assert after == before


def test_browser_click_on_edge_shows_its_evidence(page):
    page.mouse.move(5, 5)
    page.mouse.click(*edge_point(page, "kb:zelensky->kb:macron"))
    evidence = page.locator("li", has_text="een ontmoeting met de Franse president")
    evidence.wait_for(timeout=30_000)
    marks = evidence.locator("mark").all_inner_texts()
    assert "ontmoeting" in marks and "Emmanuel Macron" in marks
    assert page.get_by_text("Volodymyr Zelensky → Emmanuel Macron").first.is_visible()


def test_browser_export_downloads_the_view_as_graphml(page, tmp_path):
    page.get_by_role("tab", name="Export").click()
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="GraphML").click()
    path = tmp_path / "view.graphml"
    info.value.save_as(path)
    H = nx.read_graphml(path)
    assert {"kb:putin", "kb:kushner"} <= set(H.nodes)
    page.get_by_role("tab", name="Graph").click()


def test_browser_page_requested_nothing_outside_localhost(page, requests_seen):
    assert requests_seen, "no request was recorded"
    outside = [
        url
        for url in requests_seen
        if urlparse(url).scheme not in LOCAL_SCHEMES and urlparse(url).hostname != "127.0.0.1"
    ]
    assert outside == []
