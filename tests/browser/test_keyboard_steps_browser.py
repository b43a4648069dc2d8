"""Issue 21, items 2 and 8, in a real browser: Ctrl+Z and Ctrl+Shift+Z (Cmd on macOS, Ctrl+Y
too) undo and redo the reader's steps, but not while the focus is in a text box, where the
browser's own undo belongs."""

from __future__ import annotations

import dataclasses
import time
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.support import (
    BROWSER_MARKS,
    SAMPLE_RECORDS,
    chromium,
    expected_edges,
    menu_step,
    running_app,
    wait_drawn,
    wait_edges,
)
from ui.filter_state import DEFAULT_SPEC

pytestmark = BROWSER_MARKS

ALONE = dataclasses.replace(DEFAULT_SPEC, actors=("kb:zelensky",), radius=0)
EXPANDED = dataclasses.replace(ALONE, expanded=("kb:zelensky",))
HIDDEN = dataclasses.replace(EXPANDED, hidden=("kb:macron",))


@pytest.fixture(scope="module")
def app_url():
    with running_app({"NEWSGRAPH_RECORDS": str(SAMPLE_RECORDS)}) as url:
        yield url


@pytest.fixture
def page(tmp_path):
    with chromium(tmp_path / "profile") as context:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        yield page
        assert not errors, errors


def hidden_in_url(page) -> list[str]:
    query = parse_qs(urlsplit(page.evaluate("() => location.href")).query)
    return query.get("hidden", [])


def wait_hidden(page, expected: list[str], timeout: float = 30.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and hidden_in_url(page) != expected:
        time.sleep(0.2)
    return hidden_in_url(page)


def steps_ready(page) -> None:
    """Wait until the page's run after the last step is over (its Undo button drawn afresh)."""
    page.locator('.st-key-steps-undo[data-stale="false"] button').first.wait_for(timeout=30_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000
    )


def leave_text_boxes(page) -> None:
    page.evaluate("() => document.activeElement && document.activeElement.blur()")


def test_browser_ctrl_z_undoes_and_ctrl_shift_z_redoes_steps_but_not_in_a_text_box(page, app_url):
    page.goto(f"{app_url}/?actors=kb:zelensky&radius=0")
    wait_drawn(page)
    expanded, hidden = expected_edges(EXPANDED), expected_edges(HIDDEN)
    assert hidden < expanded
    menu_step(page, "kb:zelensky", "expand")
    assert wait_edges(page, expanded) == expanded
    menu_step(page, "kb:macron", "hide")
    assert wait_edges(page, hidden) == hidden
    assert wait_hidden(page, ["kb:macron"]) == ["kb:macron"]
    steps_ready(page)

    # typing in the find box: Ctrl+Z there is the text box's, the steps stay as they are
    page.keyboard.press("/")
    page.keyboard.type("Mac")
    page.keyboard.press("Control+z")
    time.sleep(2)  # time enough for a rerun, had the shortcut pressed Undo
    assert hidden_in_url(page) == ["kb:macron"]
    page.keyboard.press("Escape")
    leave_text_boxes(page)

    # elsewhere on the page: Ctrl+Z brings Macron back, Ctrl+Shift+Z hides him again
    page.keyboard.press("Control+z")
    assert wait_hidden(page, []) == []
    assert wait_edges(page, expanded) == expanded
    steps_ready(page)
    leave_text_boxes(page)
    page.keyboard.press("Control+Shift+z")
    assert wait_hidden(page, ["kb:macron"]) == ["kb:macron"]
    assert wait_edges(page, hidden) == hidden

    # on a Mac: Cmd+Z, and Ctrl+Y redoes as on Windows
    steps_ready(page)
    leave_text_boxes(page)
    page.keyboard.press("Meta+z")
    assert wait_hidden(page, []) == []
    steps_ready(page)
    leave_text_boxes(page)
    page.keyboard.press("Control+y")
    assert wait_hidden(page, ["kb:macron"]) == ["kb:macron"]
