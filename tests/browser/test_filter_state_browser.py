"""Filters in a real browser: what the sidebar shows, the chips and the graph agree at every step.

A reset that only deleted the widgets' session state left the old values in the browser,
which sent them back with the next change (issue 20). These walks set, reset and set again.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from graph.filters import FilterSpec
from tests.browser.support import (
    BROWSER_MARKS,
    SAMPLE_RECORDS,
    chromium,
    drawn_edges,
    expected_edges,
    running_app,
    wait_drawn,
    wait_edges,
)

pytestmark = BROWSER_MARKS

FIXTURE = SAMPLE_RECORDS
SEARCH = "Text search (label or alias)"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    with (
        running_app({"NEWSGRAPH_RECORDS": str(FIXTURE)}) as url,
        chromium(tmp_path_factory.mktemp("profile")) as context,
    ):
        page = context.new_page()
        page.goto(url)
        wait_drawn(page)
        yield page


def test_browser_reset_clears_the_widgets_and_a_later_change_does_not_restore_them(page):
    sidebar = page.get_by_test_id("stSidebar")
    everything = drawn_edges(page)
    assert everything == expected_edges(FilterSpec())

    sidebar.get_by_test_id("stMultiSelect").filter(has_text="Actors").locator("input").click()
    page.keyboard.type("Zelensky")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    sidebar.get_by_label(SEARCH).fill("wit")
    sidebar.get_by_label(SEARCH).press("Enter")
    wanted = expected_edges(FilterSpec(actors=("kb:zelensky",), text="wit"))
    assert wait_edges(page, wanted) == wanted
    chips = page.get_by_test_id("stMain").get_by_role("button", name="Search: wit")
    assert chips.count() == 1

    sidebar.get_by_role("button", name="Reset filters").click()
    assert wait_edges(page, everything) == everything
    # the widgets' state, waited for rather than read once
    expect(sidebar.get_by_label(SEARCH)).to_have_value("")
    expect(sidebar.locator('[data-baseweb="tag"]')).to_have_count(0)
    assert page.get_by_test_id("stMain").get_by_role("button", name="Search: wit").count() == 0

    # the next change applies that change alone, not the old filters with it
    sidebar.get_by_text("Show co-occurrence edges").click()
    wanted = expected_edges(FilterSpec(show_cooccurrence=True))
    assert wanted != everything
    assert wait_edges(page, wanted) == wanted
    expect(sidebar.get_by_label(SEARCH)).to_have_value("")


def test_browser_removing_a_chip_clears_that_filter_only(page):
    sidebar = page.get_by_test_id("stSidebar")
    main = page.get_by_test_id("stMain")
    sidebar.get_by_label(SEARCH).fill("macron")
    sidebar.get_by_label(SEARCH).press("Enter")
    wanted = expected_edges(FilterSpec(text="macron", show_cooccurrence=True))
    assert wait_edges(page, wanted) == wanted
    main.get_by_role("button", name="Search: macron").click()
    wanted = expected_edges(FilterSpec(show_cooccurrence=True))
    assert wait_edges(page, wanted) == wanted
    expect(sidebar.get_by_label(SEARCH)).to_have_value("")
    assert main.get_by_role("button", name="Co-occurrence shown").count() == 1
