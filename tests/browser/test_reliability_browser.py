"""Negated and unsure relations in a real browser (issue 18 items 3 and 5, issue 20 item 2): the
default view hides a negated edge and says so above the graph; one click shows it, drawn dotted
and explained in the on-canvas legend; its chip hides it again, and the sidebar agrees."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from playwright.sync_api import expect

from graph.spec import DEFAULT_MIN_CONFIDENCE
from graph.style import MODE_STYLES
from tests.app.test_reliability import NEGATED_EDGE, POSSIBLE_EDGE, UNSURE_EDGE, reliability_records
from tests.browser.support import (
    BROWSER_MARKS,
    chromium,
    drawn_edges,
    expected_edges,
    running_app,
    wait_drawn,
    wait_edges,
)
from ui import filter_state

pytestmark = BROWSER_MARKS

JS_EDGE = """(id) => {
  const e = window.__newsgraphNetwork.body.data.edges.get(id);
  return e && {dashes: e.dashes, label: e.label || e.fullLabel};
}"""


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    path = tmp_path_factory.mktemp("records") / "reliability.json"
    path.write_text(json.dumps(reliability_records()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def page(records, tmp_path_factory):
    with (
        running_app({"NEWSGRAPH_RECORDS": str(records)}) as url,
        chromium(tmp_path_factory.mktemp("profile")) as context,
    ):
        page = context.new_page()
        page.goto(url)
        wait_drawn(page)
        yield page


def test_browser_default_hides_a_negated_edge_and_one_click_brings_it_back(page, records):
    main = page.get_by_test_id("stMain")
    sidebar = page.get_by_test_id("stSidebar")
    default = expected_edges(filter_state.DEFAULT_SPEC, records)
    assert NEGATED_EDGE not in default and UNSURE_EDGE not in default and POSSIBLE_EDGE in default
    assert wait_edges(page, default) == default
    note = main.get_by_text("2 negated relations ·")
    assert note.count() == 1
    assert f"1 below confidence {DEFAULT_MIN_CONFIDENCE:g} hidden" in note.inner_text()
    # the possible relation is drawn dashed, and the legend says what dashes mean
    assert page.evaluate(JS_EDGE, POSSIBLE_EDGE)["dashes"] == MODE_STYLES["possible"]["dashes"]
    legend = page.locator(".ng-legend")
    assert "possible: may, could" in legend.inner_text() and "negated" not in legend.inner_text()

    main.get_by_role("button", name="Show negated").click()
    shown = expected_edges(replace(filter_state.DEFAULT_SPEC, hide_negated=False), records)
    assert NEGATED_EDGE in shown
    assert wait_edges(page, shown) == shown
    edge = page.evaluate(JS_EDGE, NEGATED_EDGE)
    assert edge == {"dashes": MODE_STYLES["negated"]["dashes"], "label": "not threaten"}
    expect(legend).to_contain_text("negated: did not / will not happen")
    assert sidebar.get_by_role("checkbox", name="Hide negated relations").is_checked() is False
    chip = main.get_by_role("button", name="Negated shown")
    assert chip.count() == 1
    assert main.get_by_text("negated relation").count() == 0

    chip.click()
    assert wait_edges(page, default) == default
    assert sidebar.get_by_role("checkbox", name="Hide negated relations").is_checked() is True
    assert main.get_by_role("button", name="Negated shown").count() == 0
    assert NEGATED_EDGE not in drawn_edges(page)
