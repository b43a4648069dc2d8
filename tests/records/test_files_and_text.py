"""The ground floor's atomic writer and its two name-matching rules."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from records.files import write_atomic
from records.text import alias_key, fold

ROOT = Path(__file__).resolve().parents[2]


def test_write_atomic_keeps_an_existing_files_mode_and_leaves_nothing_behind(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    write_atomic(out, "new ✓")
    assert out.read_text(encoding="utf-8") == "new ✓"
    assert out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_write_atomic_gives_a_new_file_the_umasks_mode(tmp_path, umask, mode):
    out = tmp_path / "new.bin"
    code = (
        f"import os; os.umask({umask:#o}); from records.files import write_atomic; "
        f"write_atomic({str(out)!r}, b'x', fsync=True)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
    assert out.read_bytes() == b"x" and out.stat().st_mode & 0o777 == mode


def test_write_atomic_failure_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")

    def broken(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(out, "new", fsync=True)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_write_atomic_writes_through_a_symlink_to_its_target(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize(
    ("a", "b", "same_name", "same_alias"),
    [
        ("het Witte Huis", "Witte Huis", True, False),  # only extraction drops a leading article
        ("U.N.", "UN", True, False),  # extraction drops dots; the store makes them spaces
        ("Zelens'kyj", "Zelenskyj", True, True),
        ("Oost-Oekraïne", "oost oekraine", True, True),
        ("Jared  KUSHNER", "jared kushner", True, True),
        ("AT&T", "AT T", False, True),  # only the store turns every punctuation mark into a space
    ],
)
def test_the_two_rules_differ_where_their_docstrings_say(a, b, same_name, same_alias):
    assert (fold(a) == fold(b)) is same_name
    assert (alias_key(a) == alias_key(b)) is same_alias


def test_alias_key_fits_the_stores_column():
    assert len(alias_key("a" * 1000)) == 300


def test_the_apps_csv_downloads_have_the_csv_exports_layout():
    from graph.build import load_graph
    from graph.export import EDGE_COLUMNS, NODE_COLUMNS
    from ui.exports import edges_csv, nodes_csv

    G = load_graph(ROOT / "tests" / "fixtures" / "sample_records.json")
    nodes = list(csv.DictReader(io.StringIO(nodes_csv(G).decode("utf-8-sig"))))
    edges = list(csv.DictReader(io.StringIO(edges_csv(G).decode("utf-8-sig"))))
    assert nodes_csv(G).startswith("\ufeff".encode("utf-8"))  # spreadsheets read accents right
    assert list(nodes[0]) == NODE_COLUMNS and list(edges[0]) == EDGE_COLUMNS
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    putin = next(row for row in nodes if row["id"] == "kb:putin")
    assert putin["label"] == "Vladimir Putin" and "Poetin" in putin["aliases"]
