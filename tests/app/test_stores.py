"""The "Stored corpus" source: configured stores in a select box, or an uploaded store file.

A visitor of the web page cannot make the app open a path or a host of their choosing, nor
learn from its messages whether some file exists (issue 15).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from store import open_store
from tests.app.mounted import graph_data
from ui import keys
from ui.stores import configured_stores, split_entries

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"


def shown(element) -> str:
    """What the user reads in an st.error/st.warning/st.info: Markdown escapes resolved."""
    return re.sub(r"\\(.)", r"\1", element.value)


def page_text(at: AppTest) -> str:
    """Every message, caption and widget label and option of the last run."""
    parts = [shown(e) for e in [*at.error, *at.warning, *at.info, *at.caption, *at.markdown]]
    for box in at.selectbox:
        parts += [box.label, *map(str, box.options)]
    parts += [t.label for t in at.text_input]
    return "\n".join(parts)


def drawn_nodes(at: AppTest) -> set[str]:
    return {n["id"] for n in graph_data(at)["nodes"]}


def make_store(path: Path, keep: set[str] | None = None) -> Path:
    """A store holding the fixture's documents (only those in ``keep``, if given)."""
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    with open_store(path) as db:
        for outcome in db.add_records(records):
            assert outcome.status == "added"
    if keep is not None:
        with open_store(path) as db:
            part = db.records(documents=keep)
        path.unlink()
        with open_store(path) as db:
            db.add_records(part)
    return path


@pytest.fixture
def stored_app(monkeypatch, tmp_path):
    """The app on the "Stored corpus" source, with NEWSGRAPH_STORES naming a folder of two
    stores."""
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    monkeypatch.delenv("NEWSGRAPH_STORE", raising=False)
    folder = tmp_path / "stores"
    folder.mkdir()
    make_store(folder / "both.db")
    make_store(folder / "english.sqlite", keep={"en-1"})
    (folder / "notes.txt").write_text("not a store", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_STORES", str(folder))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.CORPUS_SOURCE] = "stored"
    return at


def test_stores_configured_folder_is_offered_in_a_select_box(stored_app):
    at = stored_app.run()
    assert not at.exception and not at.error
    box = at.selectbox(key=keys.STORE_CHOICE)
    assert box.options == ["both.db", "english.sqlite"]
    assert [t.key for t in at.text_input] == [keys.VIEW_NAME, keys.TEXT], (
        "no box to type a path or URL into, only a saved view's name and the search"
    )
    assert {"kb:zelensky", "kb:macron"} <= drawn_nodes(at)
    assert "2 articles" in at.caption[0].value
    box.set_value("english.sqlite").run()
    assert not at.exception and not at.error
    assert "1 article" in at.caption[0].value


@pytest.mark.parametrize(
    "probe",
    ["/etc/passwd", "/no/such/file.db", "postgresql+psycopg://evil.example/db", "../both.db"],
)
def test_stores_a_typed_path_or_host_is_never_opened_nor_revealed(stored_app, probe):
    at = stored_app
    at.session_state[keys.STORE_CHOICE] = probe
    at.run()
    assert not at.exception and not at.error
    assert at.selectbox(key=keys.STORE_CHOICE).value == "both.db", (
        "an unknown choice falls back to the first configured store"
    )
    text = page_text(at)
    assert (
        probe not in text
        and "passwd" not in text
        and "no such" not in text
        and "not a newsgraph store" not in text
    )


def test_stores_single_store_setting_is_selected_and_a_missing_one_says_how_to_make_it(
    monkeypatch, tmp_path
):
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    monkeypatch.delenv("NEWSGRAPH_STORES", raising=False)
    monkeypatch.setenv("NEWSGRAPH_STORE", str(tmp_path / "later.db"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.CORPUS_SOURCE] = "stored"
    at.run()
    assert not at.exception
    assert at.selectbox[0].options == ["later.db"]
    assert [shown(e) for e in at.error] == [
        "later.db: no such store file yet; create it with python -m extract ingest --db "
        f"{tmp_path / 'later.db'}"
    ]


def test_stores_nothing_configured_offers_the_upload(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSGRAPH_RECORDS", raising=False)
    monkeypatch.delenv("NEWSGRAPH_STORES", raising=False)
    monkeypatch.delenv("NEWSGRAPH_STORE", raising=False)
    monkeypatch.chdir(tmp_path)  # no corpus.db here
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[keys.CORPUS_SOURCE] = "stored"
    at.run()
    assert not at.exception and not at.error and not at.selectbox
    assert any("No stores are configured. Upload a store file" in shown(i) for i in at.info)


def test_stores_uploaded_store_file_is_drawn(stored_app, tmp_path):
    data = make_store(tmp_path / "mine.db", keep={"en-1"}).read_bytes()
    at = stored_app.run()
    at.file_uploader(key=keys.STORE_UPLOAD).set_value(
        ("mine.db", data, "application/octet-stream")
    ).run()
    assert not at.exception and not at.error
    assert "1 article" in at.caption[0].value
    assert "kb:trump" in drawn_nodes(at)


@pytest.mark.parametrize(
    "data, message",
    [
        (
            b"root:x:0:0:root:/root:/bin/bash\n" * 40,
            "passwd.db: not a newsgraph store (the file is not an SQLite database, or it is "
            "corrupt)",
        ),
        (b"", "passwd.db: not a newsgraph store"),
    ],
    ids=["text", "empty"],
)
def test_stores_uploaded_non_store_is_one_line_naming_the_upload(stored_app, data, message):
    at = stored_app.run()
    at.file_uploader(key=keys.STORE_UPLOAD).set_value(
        ("passwd.db", data, "application/octet-stream")
    ).run()
    assert not at.exception
    [error] = at.error
    assert shown(error).startswith(message)
    assert "newsgraph-upload-" not in shown(error) and "/tmp" not in shown(error)


def test_stores_configuration_splits_urls_and_hides_passwords(tmp_path):
    folder = tmp_path / "shelf"
    folder.mkdir()
    for name in ("b.db", "a.sqlite3", "skip.json"):
        (folder / name).write_bytes(b"")
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "a.sqlite3").write_bytes(b"")
    env = {
        "NEWSGRAPH_STORE": str(tmp_path / "main.db"),
        "NEWSGRAPH_STORES": os.pathsep.join(
            [
                str(folder),
                "postgresql+psycopg://news:s3cret@db.local:5432/news",
                str(other / "a.sqlite3"),
            ]
        ),
    }
    stores = configured_stores(env)
    assert stores == {
        "main.db": str(tmp_path / "main.db"),
        str(folder / "a.sqlite3"): str(folder / "a.sqlite3"),
        "b.db": str(folder / "b.db"),
        "postgresql+psycopg://news:***@db.local:5432/news": "postgresql+psycopg://news:s3cret@db.local:5432/news",
        str(other / "a.sqlite3"): str(other / "a.sqlite3"),
    }
    assert split_entries("", ":") == []


def test_stores_configured_store_in_a_read_only_folder_is_drawn(tmp_path):
    """The app in a subprocess while the store's folder is read-only (a read-only bind mount for
    root)."""
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    make_store(shelf / "corpus.db")
    script = (
        "import json, sys\n"
        "from streamlit.testing.v1 import AppTest\n"
        "at = AppTest.from_file('app.py', default_timeout=120)\n"
        "at.session_state['corpus_source'] = 'stored'\n"
        "at.run()\n"
        "print(json.dumps({'errors': [e.value for e in at.error], 'exception': bool(at.exception),"
        " 'caption': at.caption[0].value if at.caption else ''}))\n"
    )
    env = {**os.environ, "NEWSGRAPH_STORES": str(shelf)}
    env.pop("NEWSGRAPH_RECORDS", None)
    env.pop("NEWSGRAPH_STORE", None)
    argv = [sys.executable, "-c", script]
    if os.geteuid() != 0:
        shelf.chmod(0o555)
        try:
            result = subprocess.run(
                argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
            )
        finally:
            shelf.chmod(0o755)
    else:
        if shutil.which("unshare") is None:
            pytest.skip(
                "running as root without unshare(1): cannot make a folder read-only for root"
            )
        mount = (
            'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 97; shift; exec "$@"'
        )
        result = subprocess.run(
            ["unshare", "-m", "sh", "-c", mount, "sh", str(shelf), *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode == 97:
            pytest.skip(
                "running as root, and a read-only bind mount is not allowed here: "
                f"{result.stderr.strip()}"
            )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"errors": [], "exception": False, "caption": seen["caption"]}
    assert "2 articles" in seen["caption"]


def test_stores_articles_ingested_meanwhile_show_on_the_next_run(stored_app, tmp_path):
    """The store's corpus is read once for every session and again when the file changes
    (its key is the file's size and time, no query): an article ingested meanwhile shows."""
    at = stored_app
    at.session_state[keys.STORE_CHOICE] = "english.sqlite"
    at.run()
    assert not at.exception and not at.error
    assert "1 article" in at.caption[0].value
    assert "kb:macron" not in drawn_nodes(at)
    at.run()
    assert "1 article" in at.caption[0].value
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    with open_store(tmp_path / "stores" / "english.sqlite") as db:
        added = [o.status for o in db.add_records(records)]
    assert "added" in added
    at.run()
    assert not at.exception and not at.error
    assert "2 articles" in at.caption[0].value
    assert {"kb:zelensky", "kb:macron"} <= drawn_nodes(at)
