"""Issue 21, item 5 in a real browser: click a node, merge another one into it from the details
panel, see the graph change, then undo the merge in the Corrections tab.

The app runs on a configured store, so the merge is saved there; a fresh page (a new session)
still shows it until it is undone.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from store import open_store
from tests.browser.support import (
    BROWSER_MARKS,
    SAMPLE_RECORDS,
    chromium,
    node_point,
    running_app,
    wait_drawn,
    wait_settled,
)

pytestmark = BROWSER_MARKS

JS_NODES = "() => window.__newsgraphNetwork.body.data.nodes.getIds()"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stores")
    path = folder / "corpus.db"
    with open_store(path) as db:
        db.add_records(json.loads(SAMPLE_RECORDS.read_text(encoding="utf-8")))
    return path


@pytest.fixture(scope="module")
def app_url(store_path):
    with running_app({"NEWSGRAPH_STORE": str(store_path), "NEWSGRAPH_RECORDS": ""}) as url:
        yield url


@pytest.fixture
def page(app_url, tmp_path):
    with chromium(tmp_path / "profile") as context:
        page = context.new_page()
        yield page
        page.close()


def wait_nodes(page, present: set[str], absent: set[str], timeout_ms: float = 60_000) -> None:
    """Wait until the canvas draws every node of ``present`` and none of ``absent``."""
    page.wait_for_function(
        "([present, absent]) => { const net = window.__newsgraphNetwork; if (!net) return false;"
        " const ids = new Set(net.body.data.nodes.getIds());"
        " return present.every((i) => ids.has(i)) && absent.every((i) => !ids.has(i)); }",
        arg=[sorted(present), sorted(absent)],
        timeout=timeout_ms,
    )


def choose_in(page, picker, typed: str, option: re.Pattern, shown) -> None:
    """Type into a select box and choose the first option once the list has filtered, as a
    reader would: if the list is not there (CI saw it missing once more after the positions
    report's rerun was removed, cause not yet known), press Escape, wait and type again, up to
    three times."""
    for attempt in range(3):
        picker.locator("input").click()
        page.keyboard.type(typed)
        try:
            expect(page.get_by_role("option").first).to_have_text(option, timeout=10_000)
        except AssertionError:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")
            wait_settled(page)
            continue
        page.keyboard.press("Enter")
        try:  # what the choice shows
            expect(shown).to_be_visible(timeout=10_000)
        except AssertionError:
            if attempt == 2:
                raise
            wait_settled(page)
            continue
        return


def test_browser_merge_two_nodes_then_undo_it(page, app_url):
    page.goto(f"{app_url}/?corpus_source=stored")
    wait_drawn(page)
    wait_nodes(page, {"kb:russia", "kb:kremlin"}, set())
    wait_settled(page)
    page.mouse.click(*node_point(page, "kb:russia"))
    main = page.get_by_test_id("stMain")
    expect(main.locator(".ng-title").first).to_have_text("Russia", timeout=30_000)

    wait_settled(page)
    main.get_by_text("Correct this entity").click()
    picker = main.get_by_test_id("stSelectbox").filter(has_text="Merge another entity")
    # the candidate's evidence is shown before merging
    evidence = main.get_by_text("Where the other one is named:")
    choose_in(page, picker, "Kremlin", re.compile(r"^Kremlin \(ORG"), evidence)
    main.get_by_test_id("stTextInput").filter(has_text="Note").locator("input").fill("metonymy")
    main.get_by_role("button", name="Merge into this entity").click()
    wait_nodes(page, {"kb:russia"}, {"kb:kremlin"})
    expect(main.get_by_text("Merge Kremlin into Russia: done.")).to_be_visible(timeout=30_000)

    # a new session on the store still has it
    page.goto(f"{app_url}/?corpus_source=stored")
    wait_drawn(page)
    wait_nodes(page, {"kb:russia"}, {"kb:kremlin"})

    main = page.get_by_test_id("stMain")
    page.get_by_role("tab", name="Corrections").click()
    entry = main.get_by_text("Merge Kremlin into Russia")
    expect(entry).to_be_visible(timeout=30_000)
    expect(main.get_by_text("metonymy")).to_be_visible()
    main.get_by_role("button", name="Undo").click()
    expect(main.get_by_text("No corrections yet")).to_be_visible(timeout=30_000)
    page.get_by_role("tab", name="Graph").click()
    wait_nodes(page, {"kb:russia", "kb:kremlin"}, set())
