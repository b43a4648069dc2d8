"""The explorer in a real browser: the graph draws, clicks show sentences, nothing leaves 127.0.0.1.

The app runs on tests/fixtures/sample_records.json (NEWSGRAPH_RECORDS), so the expected
sentences are known; the sample-corpus run with the spaCy model is marked ``model`` too.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

import networkx as nx
import pytest

from tests.browser.support import (
    BROWSER_MARKS,
    ROOT,
    chromium,
    edge_point,
    node_point,
    running_app,
    wait_drawn,
)

pytestmark = BROWSER_MARKS

FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"
LOCAL_SCHEMES = {"blob", "data", "about"}


@pytest.fixture(scope="module")
def requests_seen() -> list[str]:
    return []


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    """One Chromium (fresh profile) for the module; each app gets its own pages."""
    with chromium(tmp_path_factory.mktemp("profile")) as context:
        yield context


@pytest.fixture(scope="module")
def page(browser_context, requests_seen):
    with running_app({"NEWSGRAPH_RECORDS": str(FIXTURE)}) as url:
        page = browser_context.new_page()
        page.on("request", lambda request: requests_seen.append(request.url))
        page.goto(url)
        wait_drawn(page)
        yield page
        page.close()


def test_browser_graph_draws_every_node(page):
    ids = page.evaluate("() => window.__newsgraphNetwork.body.data.nodes.getIds()")
    assert {"kb:putin", "kb:kushner", "kb:zelensky", "kb:macron"} <= set(ids)
    # physics is frozen after stabilisation
    assert page.evaluate("() => window.__newsgraphNetwork.physics.physicsEnabled") is False


def test_browser_click_on_node_shows_its_sentences(page):
    before = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    page.mouse.click(*node_point(page, "kb:kushner"))
    sentence = page.locator("li:visible", has_text="his son-in-law, would travel to Moscow")
    sentence.wait_for(timeout=30_000)
    assert sentence.locator("mark").first.inner_text() == "Kushner"
    # the pane's drawing and the panel's run may both be in the page, one of them hidden
    assert page.get_by_text("Jared Kushner", exact=True).locator("visible=true").count() >= 1
    # the rerun after the click did not rebuild the network: nothing moved
    after = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    assert after == before


def test_browser_click_on_edge_shows_its_evidence(page):
    page.mouse.move(5, 5)
    page.mouse.click(*edge_point(page, "kb:zelensky->kb:macron"))
    evidence = page.locator("li:visible", has_text="een ontmoeting met de Franse president")
    evidence.wait_for(timeout=30_000)
    marks = evidence.locator("mark").all_inner_texts()
    assert "ontmoeting" in marks and "Emmanuel Macron" in marks
    title = page.get_by_text("Volodymyr Zelensky → Emmanuel Macron").locator("visible=true")
    assert title.count() >= 1


def test_browser_export_downloads_the_view_as_graphml(page, tmp_path):
    page.get_by_role("tab", name="Export").click()
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="GraphML").click()
    path = tmp_path / "view.graphml"
    info.value.save_as(path)
    H = nx.read_graphml(path)
    assert {"kb:putin", "kb:kushner"} <= set(H.nodes)
    page.get_by_role("tab", name="Graph").click()


def test_browser_filter_change_keeps_the_remaining_nodes_in_place(page):
    before_hash = page.evaluate("() => window.__newsgraphDrawn.hash")
    before = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    search = page.get_by_label("Text search (label or alias)")
    search.fill("Zelensky")
    search.press("Enter")
    page.wait_for_function(
        "(h) => window.__newsgraphDrawn.hash !== h", arg=before_hash, timeout=30_000
    )
    after = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    assert set(after) == {"kb:zelensky", "kb:ukraine", "kb:macron", "kb:europe"}
    for node, xy in after.items():
        assert xy == pytest.approx(before[node], abs=0.5), node
    search.fill("")
    search.press("Enter")
    page.wait_for_function(
        "(h) => window.__newsgraphDrawn.hash === h", arg=before_hash, timeout=30_000
    )
    # back to everything: the four stayed where they were, the others were placed around them
    again = page.evaluate("() => window.__newsgraphNetwork.getPositions()")
    assert set(again) == set(before)
    for node, xy in after.items():
        assert again[node] == pytest.approx(xy, abs=0.5), node


def test_browser_page_requested_nothing_outside_localhost(page, requests_seen):
    assert requests_seen, "no request was recorded"
    outside = [
        url
        for url in requests_seen
        if urlparse(url).scheme not in LOCAL_SCHEMES and urlparse(url).hostname != "127.0.0.1"
    ]
    assert outside == []


# --------------------------------------------------------------------------- hostile text

HOSTILE_IMG = '<img src="http://203.0.113.9/s.png" onerror="window.__pwned=1">'
HOSTILE_MD = "![tracker](http://203.0.113.9/m.png) [link](http://203.0.113.9/l)"


@pytest.fixture(scope="module")
def hostile_records(tmp_path_factory) -> Path:
    """The fixture records with markup and Markdown planted in an article, a title and an alias."""
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    sentence = next(s for s in records["sentences"] if s["id"] == "en-1:2")
    sentence["text"] += f" {HOSTILE_IMG} {HOSTILE_MD}"
    doc = next(d for d in records["documents"] if d["id"] == "en-1")
    doc["title"] = f"<script>window.__pwned=2</script>{HOSTILE_IMG}"
    doc["text"] += f" {HOSTILE_IMG} {HOSTILE_MD}"
    kushner = next(e for e in records["entities"] if e["id"] == "kb:kushner")
    kushner["aliases"].append("<b>Jared</b>")
    path = tmp_path_factory.mktemp("hostile") / "records.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_browser_article_markup_is_shown_as_text_and_fetches_nothing(
    hostile_records, browser_context
):
    seen: list[str] = []
    with running_app({"NEWSGRAPH_RECORDS": str(hostile_records)}) as url:
        page = browser_context.new_page()
        page.on("request", lambda request: seen.append(request.url))
        page.goto(url)
        wait_drawn(page)
        page.mouse.click(*node_point(page, "kb:kushner"))
        evidence = page.locator("li:visible", has_text="his son-in-law, would travel to Moscow")
        evidence.wait_for(timeout=30_000)
        assert HOSTILE_IMG in evidence.inner_text()
        assert "![tracker](http://203.0.113.9/m.png)" in evidence.inner_text()
        assert evidence.locator("img, a").count() == 0
        # the planted title is shown as text, in the evidence heading and the article
        assert page.get_by_text("<script>window.__pwned=2</script>", exact=False).count() >= 1
        page.get_by_role("button", name="Read the whole article").first.click()
        page.get_by_text("Whole article", exact=True).wait_for(timeout=30_000)
        article = page.locator(".ng-article")
        article.wait_for(timeout=30_000)
        assert HOSTILE_MD in article.inner_text()
        page.wait_for_timeout(500)
        assert page.evaluate("() => window.__pwned") is None
        page.close()
    assert not [u for u in seen if "203.0.113.9" in u]
