"""The HTML snapshot opened in a real Chromium with no network: it draws and fetches nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.export import write_export
from graph.filters import FilterSpec, apply_filters

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium"),
]


def test_html_snapshot_draws_offline(G, tmp_path):
    from playwright.sync_api import sync_playwright

    page_file = write_export(
        apply_filters(G, FilterSpec()), "html", tmp_path / "graph.html", title="Moscow talks"
    )
    requests, errors = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            context = browser.new_context(offline=True)
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri())
            page.wait_for_selector("#graph canvas", timeout=30_000)
            summary = page.text_content("#summary")
            heading = page.text_content("#heading")
            legend = page.text_content("#legend")
            drawn = page.evaluate(
                "() => document.querySelector('#graph canvas').getBoundingClientRect().width"
            )
        finally:
            browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith("file:")] == []
    H = apply_filters(G, FilterSpec())
    assert summary == f"{H.number_of_nodes()} nodes, {H.number_of_edges()} edges"
    assert heading == "Moscow talks"
    assert "person" in legend and "participant" in legend
    assert drawn > 100
