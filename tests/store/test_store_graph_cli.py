"""``python -m graph export --db FILE``: a store exports the same graph as the records JSON it
holds."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
from store_helpers import ROOT, build_records, run_in_read_only_folder

from store import open_store

PUTIN = {"id": "kb:vladimir_putin", "label": "Vladimir Putin", "type": "PERSON", "country": "RUS"}
WITKOFF = {"id": "kb:steve_witkoff", "label": "Steve Witkoff", "type": "PERSON", "country": "USA"}


def graph_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "graph", "export", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_graph_export_from_a_store_equals_export_from_its_records(tmp_path):
    db = tmp_path / "corpus.db"
    with open_store(db) as store:
        store.add_records(
            build_records(
                "a",
                "Vladimir Putin met Steve Witkoff.",
                [PUTIN, WITKOFF],
                relations=[("kb:vladimir_putin", "CONSULT", "kb:steve_witkoff")],
            )
        )
        store.add_records(
            build_records(
                "b",
                "Steve Witkoff thanked Vladimir Putin.",
                [WITKOFF, PUTIN],
                date="2025-12-04",
                relations=[("kb:steve_witkoff", "SUPPORT", "kb:vladimir_putin")],
            )
        )
        (tmp_path / "records.json").write_text(json.dumps(store.records()), encoding="utf-8")
    from_db = graph_cli("--db", str(db), "-o", str(tmp_path / "db.graphml"))
    from_json = graph_cli(str(tmp_path / "records.json"), "-o", str(tmp_path / "json.graphml"))
    assert from_db.returncode == 0, from_db.stderr
    assert from_json.returncode == 0, from_json.stderr
    G, H = nx.read_graphml(tmp_path / "db.graphml"), nx.read_graphml(tmp_path / "json.graphml")
    assert set(G.nodes) == set(H.nodes) == {"kb:vladimir_putin", "kb:steve_witkoff"}
    assert G.number_of_edges() == H.number_of_edges() == 2
    dated = graph_cli("--db", str(db), "--from", "2025-12-04", "-o", str(tmp_path / "late.graphml"))
    assert dated.returncode == 0, dated.stderr
    assert nx.read_graphml(tmp_path / "late.graphml").number_of_edges() == 1


def test_graph_export_from_a_missing_store_is_one_line(tmp_path):
    result = graph_cli("--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "out.graphml"))
    assert result.returncode != 0
    assert result.stderr.strip() == f"python -m graph export: {tmp_path / 'none.db'}: no such store"


def test_graph_export_refuses_both_json_and_store(tmp_path):
    db = tmp_path / "corpus.db"
    open_store(db).close()
    result = graph_cli(
        str(tmp_path / "x.json"), "--db", str(db), "-o", str(tmp_path / "out.graphml")
    )
    assert result.returncode != 0
    assert "give IN.json or --db, not both" in result.stderr


def test_graph_export_reads_a_store_in_a_read_only_folder(tmp_path):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    db = shelf / "corpus.db"
    with open_store(db) as store:
        store.add_records(
            build_records(
                "a",
                "Vladimir Putin met Steve Witkoff.",
                [PUTIN, WITKOFF],
                relations=[("kb:vladimir_putin", "CONSULT", "kb:steve_witkoff")],
            )
        )
    before = sorted(p.name for p in shelf.iterdir())
    out = tmp_path / "out.graphml"
    result = run_in_read_only_folder(
        shelf, [sys.executable, "-m", "graph", "export", "--db", str(db), "-o", str(out)]
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"wrote {out} (graphml, 2 nodes, 1 edges)"
    assert nx.read_graphml(out).number_of_edges() == 1
    assert sorted(p.name for p in shelf.iterdir()) == before, "reading left no file behind"
