"""Issue 21 in a real browser, items 7, 3 and 6, walked as an analyst would: add pasted articles
to the store (twice: the second time nothing is added), save a view in the store and open it
again, and play the days of the corpus with the layout holding still.
"""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from playwright.sync_api import expect

from graph.build import build_graph
from graph.filters import FilterSpec
from store import open_store
from tests.browser.support import (
    BROWSER_MARKS,
    SAMPLE_RECORDS,
    chromium,
    expected_edges,
    open_app,
    running_app,
    wait_drawn,
    wait_edges,
    wait_settled,
)
from ui import filter_state, play

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """A store holding the sample records; the app offers it as its one configured store."""
    path = tmp_path_factory.mktemp("stores") / "week.db"
    with open_store(path) as store:
        store.add_records(json.loads(SAMPLE_RECORDS.read_text(encoding="utf-8")))
    return path


@pytest.fixture(scope="module")
def app_url(store_path):
    with running_app(
        {"NEWSGRAPH_RECORDS": str(SAMPLE_RECORDS), "NEWSGRAPH_STORE": str(store_path)}
    ) as url:
        yield url


@pytest.fixture(scope="module")
def context(app_url, tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("profile")) as context:
        yield context


@pytest.fixture
def page(context):
    page = context.new_page()
    yield page
    page.close()


def sidebar(page):
    return page.get_by_test_id("stSidebar")


# --------------------------------------------------------------------------- 7. app -> store


ARTICLE = (
    "Dutch Prime Minister Dick Schoof met German Chancellor Friedrich Merz in Berlin on Monday. "
    "Schoof criticised the new border checks."
)


def test_browser_pasted_article_is_added_to_the_store_once(page, app_url, store_path):
    with open_store(store_path, read_only=True) as store:
        before = store.counts()["documents"]
    open_app(page, app_url, "corpus_source=paste")
    side = sidebar(page)
    side.get_by_label("Title").fill("Schoof in Berlin")
    side.get_by_label("Article text").fill(ARTICLE)
    side.get_by_role("button", name="Extract").click()
    wait_drawn(page, timeout_ms=240_000)  # the first extraction loads the English pipeline

    side.get_by_role("button", name="Add this article to the store").click()
    expect(side.get_by_text("Added 1 article to the store.")).to_be_visible(timeout=120_000)
    expect(side.get_by_test_id("stCode")).to_contain_text(
        "week.db: added 1, skipped as duplicate 0, failed 0"
    )
    with open_store(store_path, read_only=True) as store:
        assert store.counts()["documents"] == before + 1

    side.get_by_role("button", name="Add this article to the store").click()
    expect(side.get_by_text("Nothing added: the store holds this article already.")).to_be_visible(
        timeout=60_000
    )
    expect(side.get_by_test_id("stCode")).to_contain_text(
        "week.db: added 0, skipped as duplicate 1, failed 0"
    )
    with open_store(store_path, read_only=True) as store:
        assert store.counts()["documents"] == before + 1

    side.get_by_role("button", name="Explore the stored corpus").click()
    wait_drawn(page)
    expect(page.get_by_test_id("stMain").get_by_text(f"{before + 1} articles ·")).to_be_visible(
        timeout=60_000
    )


# --------------------------------------------------------------------------- 3. saved views


def saved_views(page):
    """The "Saved views" expander, opened."""
    expander = sidebar(page).get_by_test_id("stExpander").filter(has_text="Saved views")
    if not expander.get_by_role("button", name="Save view").is_visible():
        expander.locator("summary").click()
    return expander


def store_edges(store_path, spec: FilterSpec, folder) -> set[str]:
    """The edges the app should draw for ``spec`` over what the store holds now (the ingest walk
    may have added an article)."""
    with open_store(store_path, read_only=True) as store:
        records = store.records()
    path = folder / "stored.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return expected_edges(spec, path)


def test_browser_view_saved_in_the_store_opens_again(page, app_url, store_path, tmp_path):
    open_app(page, app_url, "corpus_source=stored")
    wait_drawn(page)
    side = sidebar(page)
    side.get_by_test_id("stMultiSelect").filter(has_text="Actors").locator("input").click()
    page.keyboard.type("Zelenski")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    zelensky = store_edges(store_path, FilterSpec(actors=("kb:zelensky",)), tmp_path)
    assert wait_edges(page, zelensky) == zelensky

    panel = saved_views(page)
    panel.get_by_label("Name", exact=True).fill("Zelensky week")
    panel.get_by_label("Name", exact=True).press("Enter")
    panel.get_by_role("button", name="Save view").click()
    expect(side.get_by_text("Saved the view 'Zelensky week'.")).to_be_visible(timeout=30_000)

    side.get_by_role("button", name="Reset filters").click()
    everything = store_edges(store_path, FilterSpec(), tmp_path)
    assert wait_edges(page, everything) == everything

    page.reload()  # a new session: the view lives in the store, not in the page
    wait_drawn(page)
    wait_settled(page)  # the new session's own reruns are over before the reader clicks
    panel = saved_views(page)
    expect(panel.get_by_role("combobox", name="Saved views (1)")).to_have_value("Zelensky week")
    panel.get_by_role("button", name="Open view").click()
    expect(side.get_by_text("Opened the view 'Zelensky week'.")).to_be_visible(timeout=30_000)
    assert wait_edges(page, zelensky) == zelensky
    expect(side.get_by_test_id("stMultiSelect").filter(has_text="Actors")).to_contain_text(
        "Volodymyr Zelensky (PERSON)"
    )

    panel = saved_views(page)
    panel.get_by_label("Name", exact=True).fill("Zelensky week")
    panel.get_by_label("Name", exact=True).press("Enter")
    panel.get_by_role("button", name="Save view").click()
    expect(side.get_by_text("a view named 'Zelensky week' exists already")).to_be_visible(
        timeout=30_000
    )
    panel = saved_views(page)
    panel.get_by_role("button", name="Delete view").click()
    expect(side.get_by_text("Deleted the view 'Zelensky week'.")).to_be_visible(timeout=30_000)
    expect(side.get_by_text("No saved views in this store yet.")).to_be_visible()


# --------------------------------------------------------------------------- 6. play

#: Every 50 ms: the drawn edges and every node's place; one entry per edge set, holding the
#: places when that set first showed and the last places seen while it showed.
JS_RECORD = """() => {
  window.__playLog = [];
  let last = null;
  setInterval(() => {
    const net = window.__newsgraphNetwork;
    if (!net) return;
    const ids = net.body.data.edges.getIds().sort();
    const key = ids.join('|');
    const pos = net.getPositions();
    if (key !== last) { window.__playLog.push({edges: ids, first: pos, last: pos}); last = key; }
    else { window.__playLog[window.__playLog.length - 1].last = pos; }
  }, 50);
}"""


def fixture_days() -> tuple[dt.date, list[dt.date]]:
    """The range's first day and the days play steps through, from the library."""
    records = json.loads(SAMPLE_RECORDS.read_text(encoding="utf-8"))
    V = filter_state.base_view(build_graph(records), "actors")
    options = filter_state.filter_options(V)
    return options.date_min, play.play_days(V, options.date_min, options.date_max)


def play_status(page):
    return sidebar(page).get_by_test_id("stCaptionContainer").filter(has_text="lay")


def test_browser_play_steps_through_the_days_without_moving_nodes(page, app_url):
    open_app(page, app_url)
    wait_drawn(page)
    wait_settled(page)  # a click on Play during the page's own rerun can be lost
    page.evaluate(JS_RECORD)
    first, days = fixture_days()
    steps = [expected_edges(FilterSpec(date_from=first, date_to=day)) for day in days]
    assert len(days) >= 2 and len({frozenset(s) for s in steps}) >= 2

    sidebar(page).get_by_role("button", name="Play").click()
    expect(play_status(page)).to_have_text(
        f"Played to the end ({days[-1]}).", timeout=30_000 + 10_000 * len(days)
    )
    everything = expected_edges(FilterSpec())
    assert wait_edges(page, everything) == everything, "after play the filters show again"

    log = page.evaluate("() => window.__playLog")
    shown = [set(entry["edges"]) for entry in log]
    # every day showed, in order
    at = 0
    for step in steps:
        assert step in shown[at:], f"a step was never drawn: {sorted(step)}"
        at = shown.index(step, at)
    # a node on screen in two consecutive steps stays where it was
    played = [entry for entry in log if set(entry["edges"]) in steps]
    for before, after in zip(played, played[1:]):
        common = set(before["last"]) & set(after["last"])
        assert common
        for node in common:
            (x0, y0), (x1, y1) = (
                (before["last"][node]["x"], before["last"][node]["y"]),
                (after["last"][node]["x"], after["last"][node]["y"]),
            )
            assert abs(x0 - x1) < 1 and abs(y0 - y1) < 1, f"{node} moved"
    # play never touched the From/To filter, so the address has no period
    assert "date_" not in page.evaluate("() => location.search")


def test_browser_play_stops_when_a_filter_is_touched(page, app_url):
    open_app(page, app_url)
    wait_drawn(page)
    wait_settled(page)
    side = sidebar(page)
    speed = side.get_by_role("combobox", name="Seconds per day")
    speed.click()
    page.keyboard.type("10 s")
    page.keyboard.press("Enter")
    expect(side.get_by_role("combobox", name="Seconds per day")).to_have_value("10 s a day")
    side.get_by_role("button", name="Play").click()
    expect(play_status(page)).to_contain_text("(day 1 of", timeout=30_000)

    side.get_by_text("Show co-occurrence edges").click()
    expect(play_status(page)).to_have_text("Play stopped: a filter changed.", timeout=30_000)
    wanted = expected_edges(FilterSpec(show_cooccurrence=True))
    assert wait_edges(page, wanted) == wanted
    time.sleep(12)  # longer than a day's 10 s: no further step comes
    assert play_status(page).inner_text() == "Play stopped: a filter changed."
    assert wait_edges(page, wanted) == wanted
    expect(side.get_by_role("button", name="Play")).to_be_visible()
