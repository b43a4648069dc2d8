"""Saved views in the store (issue 21, item 3): named view states that outlive the app, listed,
opened, overwritten only when asked, deleted, and refused with a clear message when unusable."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text
from store_helpers import backend, postgres_url, store_target  # noqa: F401 (fixtures)

from store import StoreError, open_store
from store.migrations import MIGRATIONS
from store.schema import SCHEMA_VERSION

WEEK_ONE = {"actors": ["kb:putin", "kb:zelensky"], "date_from": ["2025-11-24"]}
WEEK_TWO = {"actors": ["kb:macron"], "show_cooccurrence": ["1"]}


def test_saved_view_is_listed_and_opens_after_a_restart(store_target):  # noqa: F811
    with open_store(store_target) as store:
        assert store.list_views() == []
        assert store.save_view("  Peace talks ", WEEK_ONE) == "saved"
    with open_store(store_target, read_only=True) as store:  # a new process, read-only
        assert [v["name"] for v in store.list_views()] == ["Peace talks"]
        assert store.saved_view("Peace talks") == WEEK_ONE


def test_saved_view_name_taken_is_refused_unless_overwriting(store_target):  # noqa: F811
    with open_store(store_target) as store:
        store.save_view("Peace talks", WEEK_ONE)
        with pytest.raises(StoreError, match="a view named 'Peace talks' exists already"):
            store.save_view("Peace talks", WEEK_TWO)
        assert store.saved_view("Peace talks") == WEEK_ONE
        assert store.save_view("Peace talks", WEEK_TWO, overwrite=True) == "overwritten"
        assert store.saved_view("Peace talks") == WEEK_TWO
        assert [v["name"] for v in store.list_views()] == ["Peace talks"]


def test_saved_views_are_listed_by_name_and_deleted_one_by_one(store_target):  # noqa: F811
    with open_store(store_target) as store:
        store.save_view("b: Macron", WEEK_TWO)
        store.save_view("a: Kremlin", WEEK_ONE)
        assert [v["name"] for v in store.list_views()] == ["a: Kremlin", "b: Macron"]
        store.delete_view("a: Kremlin")
        assert [v["name"] for v in store.list_views()] == ["b: Macron"]
        with pytest.raises(StoreError, match="no saved view named 'a: Kremlin'"):
            store.delete_view("a: Kremlin")
        with pytest.raises(StoreError, match="no saved view named 'a: Kremlin'"):
            store.saved_view("a: Kremlin")


@pytest.mark.parametrize(
    "name, message",
    [
        ("", "a saved view needs a name"),
        ("   ", "a saved view needs a name"),
        ("x" * 101, "at most 100 characters"),
        ("two\nlines", "line breaks or control characters"),
        (None, "a saved view needs a name"),
    ],
)
def test_saved_view_unusable_name_says_why(tmp_path, name, message):
    with open_store(tmp_path / "corpus.db") as store:
        with pytest.raises(StoreError, match=message):
            store.save_view(name, WEEK_ONE)
        assert store.list_views() == []


@pytest.mark.parametrize(
    "state",
    [["actors", "kb:putin"], {"actors": [1, 2]}, {"radius": 2}, {"actors": ["x" * 30_000]}],
)
def test_saved_view_unusable_state_is_refused(tmp_path, state):
    with open_store(tmp_path / "corpus.db") as store:
        with pytest.raises(StoreError, match="a view's state"):
            store.save_view("bad", state)
        assert store.list_views() == []


def test_saved_view_read_only_store_lists_but_does_not_write(tmp_path):
    path = tmp_path / "corpus.db"
    with open_store(path) as store:
        store.save_view("Peace talks", WEEK_ONE)
    with open_store(path, read_only=True) as store:
        with pytest.raises(StoreError, match="opened read-only; cannot save views"):
            store.save_view("Other", WEEK_TWO)
        with pytest.raises(StoreError, match="opened read-only; cannot delete views"):
            store.delete_view("Peace talks")
        assert [v["name"] for v in store.list_views()] == ["Peace talks"]


def test_saved_view_hand_edited_state_opens_as_what_is_well_formed(tmp_path):
    path = tmp_path / "corpus.db"
    with open_store(path) as store:
        store.save_view("edited", WEEK_ONE)
        store.save_view("broken", WEEK_ONE)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE saved_views SET state = :s WHERE name = 'edited'"),
            {"s": '{"actors": ["kb:putin", 3], "radius": 2}'},
        )
        conn.execute(text("UPDATE saved_views SET state = 'not json' WHERE name = 'broken'"))
    engine.dispose()
    with open_store(path) as store:
        assert store.saved_view("edited") == {"actors": ["kb:putin"]}
        assert store.saved_view("broken") == {}


def test_saved_views_migration_upgrades_a_version_4_store(tmp_path):
    path = tmp_path / "corpus.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        for version, step in enumerate(MIGRATIONS[:4], start=1):
            step(conn)
            conn.execute(
                text("INSERT INTO schema_version (version, applied_at) VALUES (:v, 'then')"),
                {"v": version},
            )
    assert "saved_views" not in inspect(engine).get_table_names()
    engine.dispose()
    with open_store(path) as store:
        assert store.version() == SCHEMA_VERSION
        assert store.save_view("first", WEEK_ONE) == "saved"
    engine = create_engine(f"sqlite:///{path}")
    assert {"name", "state", "created_at", "updated_at"} == {
        c["name"] for c in inspect(engine).get_columns("saved_views")
    }
    engine.dispose()
