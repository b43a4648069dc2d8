"""Saved views in the app (issue 21, item 3): save the view on screen under a name, open it
again after changing everything, overwrite only when asked, delete; each says what it did."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from streamlit.testing.v1 import AppTest

from store import open_store
from tests.app.test_stores import ROOT, drawn_nodes, make_store
from ui import keys
from ui.saved_views import opened_state, state_to_save


def messages(at: AppTest) -> list[str]:
    """The success and error lines, Markdown escapes resolved."""
    return [re.sub(r"\\(.)", r"\1", e.value) for e in [*at.success, *at.error]]


@pytest.fixture
def store_path(tmp_path):
    return make_store(tmp_path / "both.db")


@pytest.fixture
def at(monkeypatch, store_path):
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    monkeypatch.delenv("NEWSGRAPH_STORES", raising=False)
    monkeypatch.setenv("NEWSGRAPH_STORE", str(store_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.CORPUS_SOURCE] = "stored"
    at.run()
    assert not at.exception and not at.error
    return at


def save(at: AppTest, name: str, overwrite: bool = False) -> AppTest:
    at.text_input(key=keys.VIEW_NAME).set_value(name)
    at.checkbox(key=keys.VIEW_OVERWRITE).set_value(overwrite)
    return at.button(key="save-view").click().run()


def test_saved_view_opens_again_after_the_filters_changed(at, store_path):
    at.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"]).run()
    at.checkbox(key=keys.SHOW_COOCCURRENCE).check().run()
    zelensky = drawn_nodes(at)
    save(at, "  Zelensky week ")
    assert messages(at) == ["Saved the view 'Zelensky week'."]
    with open_store(store_path, read_only=True) as store:
        assert store.saved_view("Zelensky week") == {
            "corpus_source": ["stored"],
            "actors": ["kb:zelensky"],
            "show_cooccurrence": ["1"],
        }

    at.multiselect(key=keys.ACTORS).set_value(["kb:trump"]).run()
    at.checkbox(key=keys.SHOW_COOCCURRENCE).uncheck().run()
    at.text_input(key=keys.TEXT).set_value("Kremlin").run()
    assert drawn_nodes(at) != zelensky

    assert at.selectbox(key=keys.SAVED_VIEW).options == ["Zelensky week"]
    at.button(key="open-view").click().run()
    assert not at.exception
    assert messages(at) == ["Opened the view 'Zelensky week'."]
    assert at.multiselect(key=keys.ACTORS).value == ["kb:zelensky"]
    assert at.checkbox(key=keys.SHOW_COOCCURRENCE).value is True
    assert at.text_input(key=keys.TEXT).value == "", "what the view does not name is reset"
    assert drawn_nodes(at) == zelensky


def test_saved_view_taken_name_needs_overwrite_and_delete_removes_it(at, store_path):
    save(at, "Everything")
    at.multiselect(key=keys.ACTORS).set_value(["kb:macron"]).run()
    save(at, "Everything")
    assert messages(at) == [
        "Not saved: a view named 'Everything' exists already; overwrite it or pick another name."
    ]
    with open_store(store_path, read_only=True) as store:
        assert "actors" not in store.saved_view("Everything")
    save(at, "Everything", overwrite=True)
    assert messages(at) == ["Overwrote the view 'Everything'."]
    assert at.checkbox(key=keys.VIEW_OVERWRITE).value is False, "overwrite is asked for each time"
    with open_store(store_path, read_only=True) as store:
        assert store.saved_view("Everything")["actors"] == ["kb:macron"]

    at.button(key="delete-view").click().run()
    assert messages(at) == ["Deleted the view 'Everything'."]
    assert "No saved views in this store yet." in [c.value for c in at.caption]
    with open_store(store_path, read_only=True) as store:
        assert store.list_views() == []


def test_saved_view_without_a_name_is_not_saved(at, store_path):
    save(at, "   ")
    assert messages(at) == ["Not saved: a saved view needs a name."]
    with open_store(store_path, read_only=True) as store:
        assert store.list_views() == []


def test_saved_view_state_is_the_links_and_opening_checks_it_as_a_link():
    state = {
        keys.CORPUS_SOURCE: "stored",
        keys.ACTORS: ["kb:putin"],
        keys.DATE_FROM: dt.date(2025, 11, 24),
        keys.SELECTION: {"kind": "node", "id": "kb:putin"},
        keys.RADIUS: 1,
    }
    saved = state_to_save(state)
    assert saved == {
        "corpus_source": ["stored"],
        "actors": ["kb:putin"],
        "date_from": ["2025-11-24"],
        "selection": ["node:kb:putin"],
    }
    opened = opened_state(saved, sources=["stored"])
    assert keys.CORPUS_SOURCE not in opened, "a view opens on the store it was saved in"
    assert opened[keys.ACTORS] == ["kb:putin"]
    assert opened[keys.DATE_FROM] == dt.date(2025, 11, 24)
    assert opened[keys.SELECTION] == {"kind": "node", "id": "kb:putin"}
    assert opened[keys.MIN_MENTIONS] == 0 and opened[keys.TAB] == "Graph"

    hostile = opened_state(
        {"radius": ["99"], "date_to": ["yesterday"], "text": ["<script>" * 100], "tab": ["x"]}
    )
    assert (hostile[keys.RADIUS], hostile[keys.DATE_TO], hostile[keys.TEXT], hostile[keys.TAB]) == (
        1,
        None,
        "",
        "Graph",
    )


NOTE = "Saved views are kept in a store: open a stored corpus to save this one, or use Copy link."


def sidebar_captions(at: AppTest) -> list[str]:
    return [c.value for c in at.sidebar.caption]


def test_saved_views_are_offered_for_a_configured_store_without_a_note(at):
    assert at.button(key="save-view") is not None
    assert not [c for c in sidebar_captions(at) if c.startswith("Saved views")]


@pytest.mark.parametrize("source", ["sample", "paste", "records"])
def test_saved_views_elsewhere_are_missing_with_one_line_saying_why(at, source):
    at.session_state[keys.CORPUS_SOURCE] = source
    at.run()
    assert not at.exception
    assert "save-view" not in [b.key for b in at.button]
    assert NOTE in sidebar_captions(at)


def test_saved_views_are_missing_for_an_uploaded_store_file(at, store_path):
    at.file_uploader(key=keys.STORE_UPLOAD).set_value(
        ("mine.db", store_path.read_bytes(), "application/octet-stream")
    ).run()
    assert not at.exception and not at.error
    assert "save-view" not in [b.key for b in at.button]
    assert (
        "Saved views: an uploaded store file is a temporary copy, so views cannot be kept in it; "
        "use Copy link." in sidebar_captions(at)
    )


def test_saved_view_opened_while_the_first_paint_rerun_is_pending_says_so(at):
    """A click on "Open view" right after a reload comes before the page's own whole-page rerun
    (ui.first_paint: the graph-first run asks for it, the drawn canvas triggers it).  The click's
    run draws the whole page, so it must not rerun again and lose its one-run message."""
    save(at, "Zelensky")
    at.multiselect(key=keys.ACTORS).set_value(["kb:zelensky"]).run()
    save(at, "Zelensky", overwrite=True)
    at.button(key="reset-filters").click().run()
    at.session_state[keys.APP_RERUN] = True  # as a graph-first run leaves it
    at.button(key="open-view").click().run()
    assert not at.exception
    assert messages(at) == ["Opened the view 'Zelensky'."]
    assert at.multiselect(key=keys.ACTORS).value == ["kb:zelensky"]
