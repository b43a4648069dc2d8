"""`python -m graph export` run as a user would: in a subprocess, checking files and messages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from graph.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "graph", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_export_gexf_with_filters(sample_path, tmp_path):
    out = tmp_path / "witkoff.gexf"
    result = run(
        "export", sample_path, "--format", "gexf", "-o", out, "--actor", "Witkoff", "--radius", "1"
    )
    assert result.returncode == 0, result.stderr
    G = nx.read_gexf(out)
    assert set(G) == {"kb:witkoff", "kb:putin", "kb:trump", "event:moscow-talks-2025-12-02"}
    assert result.stderr.strip() == f"wrote {out} (gexf, 4 nodes, 4 edges)"
    assert result.stdout == ""


def test_cli_format_from_extension_and_aggregate_view(sample_path, tmp_path):
    out = tmp_path / "graph.zip"
    result = run("export", sample_path, "-o", out, "--view", "aggregate", "--min-weight", "2")
    assert result.returncode == 0, result.stderr
    rows = list(
        csv.DictReader(io.StringIO(zipfile.ZipFile(out).read("edges.csv").decode("utf-8-sig")))
    )
    assert [(r["id"], r["type"], r["weight"]) for r in rows] == [
        ("kb:kushner->kb:trump", "FAMILY", "2.0")
    ]


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--relation-type", "threaten", "--relation-type", "ASSAULT"], {"r13", "r15", "r17"}),
        (["--entity-type", "country"], {"r15"}),
        (["--from", "2025-11-01", "--to", "2025-11-30"], {"r17", "r18", "r19"}),
        (["--document", "en-1"], {"r17", "r18", "r19"}),
        (["--search", "kush", "--radius", "0", "--relation-type", "FAMILY"], set()),
        (["--actor", "kb:kushner", "--relation-type", "FAMILY"], {"r8", "r19"}),
        (
            ["--actor", "Kushner", "--show-cooccurrence", "--relation-type", "CO_OCCURS"],
            {"r25", "r29"},
        ),
        (["--min-mentions", "4"], {"r3", "r8", "r19"}),  # Trump, Kushner, the event
        (["--top-k", "2"], None),
    ],
)
def test_cli_filter_flags(sample_path, tmp_path, flags, expected):
    # in-process (same parser and code path as the subprocess tests, much faster)
    out = tmp_path / "out.graphml"
    main(["export", str(sample_path), "-o", str(out), *flags])
    G = nx.read_graphml(out, force_multigraph=True)
    if expected is None:
        assert G.number_of_nodes() == 2
    else:
        assert {k for _, _, k in G.edges(keys=True)} == expected


def test_cli_actors_view_and_json_to_stdout(sample_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "graph",
            "export",
            str(sample_path),
            "-f",
            "json",
            "-o",
            "-",
            "--view",
            "actors",
            "--relation-type",
            "CONSULT",
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    G = nx.node_link_graph(__import__("json").load(io.BytesIO(result.stdout)), edges="edges")
    assert set(G.edges()) == {
        ("kb:putin", "kb:witkoff"),
        ("kb:putin", "kb:kushner"),
        ("kb:zelensky", "kb:macron"),
    }


@pytest.mark.parametrize("fmt", ["html", "png"])
def test_cli_html_and_png(sample_path, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = run("export", sample_path, "-o", out, "--title", "Talks")
    assert result.returncode == 0, result.stderr
    head = out.read_bytes()[:16]
    assert head.startswith(b"<!DOCTYPE html>" if fmt == "html" else b"\x89PNG")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--format", "pdf"],
            "python -m graph export: unknown export format 'pdf'; expected one of csv, gexf, "
            "graphml, html, json, png",
        ),
        (
            ["--relation-type", "MEET"],
            "python -m graph export: unknown relation type 'MEET'; expected one of AGREE, CONSULT,",
        ),
        (
            ["--entity-type", "PLACE"],
            "python -m graph export: unknown entity type 'PLACE'; expected one of PERSON, ORG, "
            "COUNTRY, LOCATION, EVENT",
        ),
        (
            ["--from", "2025-12-05", "--to", "2025-12-01"],
            "python -m graph export: date_from 2025-12-05 is after date_to 2025-12-01",
        ),
        (
            ["--actor", "Merkel"],
            "python -m graph export: unknown actor 'Merkel': no entity has this id, label or alias",
        ),
        (
            ["--document", "nope"],
            "python -m graph export: unknown document 'nope'; expected one of ",
        ),
        (
            ["--view", "tree"],
            "python -m graph export: unknown view 'tree'; expected one of full, aggregate, actors",
        ),
    ],
)
def test_cli_bad_values_one_line_exit_1(sample_path, tmp_path, args, message):
    result = run("export", sample_path, "-o", tmp_path / "out.gexf", *args)
    assert result.returncode == 1
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.gexf").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--radius", "-1"], "argument --radius: -1 is negative; expected 0 or more"),
        (["--radius", "two"], "argument --radius: 'two' is not a whole number"),
        (
            ["--from", "yesterday"],
            "argument --from: 'yesterday' is not a date; expected YYYY-MM-DD",
        ),
        (["--min-weight", "-1"], "argument --min-weight: -1 is negative; expected 0 or more"),
        (["--top-k", "0"], "argument --top-k: 0 is too small; expected 1 or more"),
    ],
)
def test_cli_malformed_flags_one_line_exit_2(sample_path, tmp_path, args, message):
    result = run("export", sample_path, "-o", tmp_path / "out.gexf", *args)
    assert result.returncode == 2
    assert result.stderr.strip() == f"python -m graph export: error: {message} (see --help)"


def test_cli_unreadable_inputs(tmp_path):
    missing = tmp_path / "missing.json"
    result = run("export", missing, "-o", tmp_path / "o.gexf")
    assert (result.returncode, result.stderr.strip()) == (
        1,
        f"python -m graph export: {missing}: no such file",
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1,', encoding="utf-8")
    result = run("export", broken, "-o", tmp_path / "o.gexf")
    assert result.returncode == 1
    assert result.stderr.startswith(f"python -m graph export: {broken}: not valid JSON: ")
    invalid = tmp_path / "invalid.json"
    invalid.write_text('{"schema_version": 2}', encoding="utf-8")
    result = run("export", invalid, "-o", tmp_path / "o.gexf")
    assert result.stderr.strip() == (
        f"python -m graph export: {invalid}: invalid records at top level: "
        "'documents' is a required property"
    )


def test_cli_output_problems(sample_path, tmp_path):
    result = run("export", sample_path, "-o", tmp_path / "graph.pdf")
    assert result.returncode == 1
    assert "cannot tell the format from" in result.stderr and "give --format" in result.stderr
    for flags in ([], ["--format", "csv"]):
        result = run("export", sample_path, "-o", tmp_path / "edges.csv", *flags)
        assert result.returncode == 1
        assert result.stderr.strip() == (
            "python -m graph export: the csv export is a zip of nodes.csv and edges.csv; "
            "name the output .zip (edges.zip)"
        )
        assert not (tmp_path / "edges.csv").exists()
    result = run("export", sample_path, "-o", tmp_path / "no" / "graph.gexf")
    assert result.stderr.strip() == (
        f"python -m graph export: {tmp_path / 'no'}: no such folder for the output"
    )
    result = run("export", "-o", tmp_path / "graph.gexf")
    assert result.stderr.strip() == (
        "python -m graph export: give the records JSON file to read (IN.json)"
    )


def test_cli_help_lists_formats_and_filters():
    result = run("export", "--help")
    assert result.returncode == 0
    for word in (
        "--actor",
        "--radius",
        "--relation-type",
        "--entity-type",
        "--from",
        "--to",
        "--document",
        "--min-mentions",
        "--min-weight",
        "--search",
        "--show-cooccurrence",
        "--top-k",
        "--view",
        "gexf",
        "graphml",
    ):
        assert word in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"documents": ' + "[" * 100_000 + "]" * 100_000 + "}",
            "not valid JSON: nested too deeply",
        ),
        (
            '{"schema_version": 1, "confidence": NaN}',
            "not valid JSON: it contains NaN, which JSON does not allow (numbers must be finite)",
        ),
    ],
    ids=["deep", "nan"],
)
def test_cli_hostile_json_is_one_line_exit_1(tmp_path, content, message):
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    result = run("export", path, "-o", tmp_path / "o.gexf")
    assert (result.returncode, result.stderr.strip()) == (
        1,
        f"python -m graph export: {path}: {message}",
    )
    assert not (tmp_path / "o.gexf").exists()


def _export_with_umask(umask: int, args: list) -> subprocess.CompletedProcess:
    code = (
        f"import os, sys; os.umask({umask:#o}); from graph.__main__ import main; main(sys.argv[1:])"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_cli_new_output_file_follows_the_umask(sample_path, tmp_path, umask, mode):
    out = tmp_path / "graph.gexf"
    result = _export_with_umask(umask, ["export", sample_path, "-o", out])
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == mode


def test_cli_overwritten_output_file_keeps_its_mode(sample_path, tmp_path):
    out = tmp_path / "graph.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    result = _export_with_umask(0o077, ["export", sample_path, "-o", out])
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") != "old"
    assert out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"], (
        "no temporary file is left behind"
    )


def test_cli_png_of_names_the_font_lacks_prints_only_the_summary(tmp_path, make_records):
    import json

    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON")], [("r1", "kb:a", "kb:b", "CONSULT")]
    )
    records["entities"][0]["label"] = "習近平 \U0001f600 \ue000"
    path = tmp_path / "in.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    out = tmp_path / "graph.png"
    result = run("export", path, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"wrote {out} (png, 2 nodes, 1 edges)"


def test_cli_html_snapshot_has_a_caption_naming_source_and_filters(sample_path, tmp_path):
    import json
    import re

    out = tmp_path / "witkoff.html"
    result = run("export", sample_path, "-o", out, "--actor", "Witkoff", "--radius", "1")
    assert result.returncode == 0, result.stderr
    data = json.loads(re.search(r"const DATA = (.*);\n", out.read_text(encoding="utf-8")).group(1))
    assert data["caption"].startswith(
        f"Source: {sample_path.name} · Filters: actors: Witkoff · Dates: 2025-12-02"
    )
    assert data["caption"].endswith("4 nodes, 4 relations")


def _write(tmp_path, records) -> Path:
    import json

    path = tmp_path / "in.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_cli_an_export_left_empty_by_hidden_cooccurrence_says_so(tmp_path, make_records):
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON"), ("kb:c", "ORG")],
        [("r1", "kb:a", "kb:b", "CO_OCCURS"), ("r2", "kb:b", "kb:c", "CO_OCCURS")],
    )
    out = tmp_path / "graph.json"
    result = run("export", _write(tmp_path, records), "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"wrote {out} (json, 0 nodes, 0 edges)",
        "note: the export is empty: its 2 links are all co-occurrence, hidden by default; "
        "add --show-cooccurrence to include them",
    ]


def test_cli_an_export_left_empty_by_filters_names_them(tmp_path, make_records):
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON")], [("r1", "kb:a", "kb:b", "CONSULT")]
    )
    out = tmp_path / "graph.json"
    result = run("export", _write(tmp_path, records), "-o", out, "--relation-type", "ASSAULT")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[1] == (
        "note: the export is empty: no relation matches the filters (relation_types: ASSAULT)"
    )


def test_cli_a_non_empty_export_prints_no_note(sample_path, tmp_path):
    out = tmp_path / "graph.json"
    result = run("export", sample_path, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr


def test_cli_half_an_emoji_in_the_records_becomes_a_replacement_character(tmp_path, make_records):
    # JSON can escape one half of a UTF-16 pair; it used to crash the export on writing UTF-8
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON")], [("r1", "kb:a", "kb:b", "CONSULT")]
    )
    records["entities"][0]["label"] = "Putin \ud83d"
    path = tmp_path / "in.json"
    path.write_text(json.dumps(records), encoding="utf-8")  # ensure_ascii keeps "\ud83d"
    assert "\\ud83d" in path.read_text(encoding="utf-8")
    out = tmp_path / "graph.json"
    result = run("export", path, "-o", out)
    assert result.returncode == 0, result.stderr
    labels = {node["label"] for node in json.loads(out.read_text(encoding="utf-8"))["nodes"]}
    assert "Putin \ufffd" in labels
