"""Mode, confidence and text dates on the graph (issue 18): what the edges carry, the
reliability filter (hide negated, modes, confidence threshold) and how edges are drawn."""

from __future__ import annotations

import itertools
import re

import networkx as nx
import pytest

from graph.build import build_graph
from graph.errors import FilterError
from graph.filters import FilterSpec, apply_filters
from graph.style import MODE_STYLES, legend
from graph.views import aggregate, hidden_by_reliability, select
from graph.vis import vis_data
from records import MODES

PEOPLE = [("kb:a", "PERSON"), ("kb:b", "PERSON"), ("kb:c", "PERSON"), ("kb:d", "COUNTRY")]


def _records(make_records):
    """a->b agreed (fact), a->b did not agree (negated), a->c may attack (possible, 0.45),
    c->d planned talks reported by b (0.7, text date), b->d accused (0.95, article date)."""
    return make_records(
        PEOPLE,
        [
            (
                "r1",
                "kb:a",
                "kb:b",
                "AGREE",
                {"mode": "asserted", "confidence": 0.9, "date_source": "document"},
            ),
            (
                "r2",
                "kb:a",
                "kb:b",
                "AGREE",
                {"mode": "negated", "negated": True, "confidence": 0.9},
            ),
            ("r3", "kb:a", "kb:c", "ASSAULT", {"mode": "possible", "confidence": 0.45}),
            (
                "r4",
                "kb:c",
                "kb:d",
                "CONSULT",
                {
                    "mode": "planned",
                    "confidence": 0.7,
                    "reported_by": "kb:b",
                    "speech_verb": "said",
                    "date": "2025-12-06",
                    "date_source": "text",
                },
            ),
            ("r5", "kb:b", "kb:d", "ACCUSE", {"mode": "asserted", "confidence": 0.95}),
        ],
    )


@pytest.fixture
def G(make_records):
    return build_graph(_records(make_records))


def keys_of(H) -> set[str]:
    return {k for _, _, k in H.edges(keys=True)}


def test_edges_carry_mode_reporter_and_date_source(G):
    r4 = G.edges["kb:c", "kb:d", "r4"]
    assert (r4["mode"], r4["reported_by"], r4["speech_verb"]) == ("planned", "kb:b", "said")
    assert (r4["date"], r4["date_source"]) == ("2025-12-06", "text")
    r1 = G.edges["kb:a", "kb:b", "r1"]
    assert (r1["date"], r1["date_source"], r1["reported_by"]) == ("2025-12-02", "document", None)


def test_records_without_mode_take_it_from_negated(make_records):
    # records written before modes existed: negated is the only mode they know
    G = build_graph(
        make_records(
            PEOPLE[:2],
            [("r1", "kb:a", "kb:b", "AGREE", {"negated": True}), ("r2", "kb:a", "kb:b", "AGREE")],
        )
    )
    assert [G.edges["kb:a", "kb:b", k]["mode"] for k in ("r1", "r2")] == ["negated", "asserted"]
    assert G.edges["kb:a", "kb:b", "r1"]["date_source"] == "document"  # the article's date


def test_the_library_default_hides_nothing_new(G):
    # FilterSpec() is what the CLI and the library used before: every mode and confidence
    assert keys_of(apply_filters(G, FilterSpec())) == {"r1", "r2", "r3", "r4", "r5"}


def test_hide_negated_and_the_threshold(G):
    assert keys_of(apply_filters(G, FilterSpec(hide_negated=True))) == {"r1", "r3", "r4", "r5"}
    assert keys_of(apply_filters(G, FilterSpec(min_confidence=0.7))) == {
        "r1",
        "r2",
        "r4",
        "r5",
    }  # 0.7 kept
    assert keys_of(apply_filters(G, FilterSpec(hide_negated=True, min_confidence=0.8))) == {
        "r1",
        "r5",
    }


def test_modes_list_what_is_shown(G):
    assert keys_of(apply_filters(G, FilterSpec(modes=("possible", "planned")))) == {"r3", "r4"}
    # listing negated shows it, also while negated relations are hidden by default
    assert keys_of(apply_filters(G, FilterSpec(modes=("negated",), hide_negated=True))) == {"r2"}


def test_every_route_of_apply_filters_agrees_with_a_plain_scan(G):
    # apply_filters takes a cut of G's adjacency when few edges are hidden and lists the
    # visible ones otherwise; with centres, top_k or other filters it takes yet other routes
    def expected(spec: FilterSpec) -> set[str]:
        wanted = set(spec.modes) or set(MODES)
        if spec.hide_negated and "negated" not in spec.modes:
            wanted.discard("negated")
        return {
            k
            for u, v, k, d in G.edges(keys=True, data=True)
            if d["mode"] in wanted
            and d["confidence"] >= spec.min_confidence
            and (not spec.actors or {u, v} & {"kb:a"})
            and (
                not spec.entity_types
                or {G.nodes[u]["type"], G.nodes[v]["type"]} <= set(spec.entity_types)
            )
        }

    for hide, threshold, modes, extra in itertools.product(
        (False, True),
        (0.0, 0.5, 0.8, 0.96),
        ((), ("asserted", "possible")),
        (
            {},
            {"actors": ("kb:a",)},
            {"entity_types": ("PERSON",)},
            {"top_k": 10},
            {"min_weight": 1},
        ),
    ):
        spec = FilterSpec(hide_negated=hide, min_confidence=threshold, modes=modes, **extra)
        assert keys_of(apply_filters(G, spec)) == expected(spec), spec


def test_hidden_counts_name_negated_and_unsure_relations(G):
    spec = FilterSpec(hide_negated=True, min_confidence=0.8)
    assert hidden_by_reliability(G, spec) == {"negated": 1, "low_confidence": 2}  # r2; r3, r4
    # a chosen list of modes is the user's own choice: what it leaves out is not "hidden"
    spec = FilterSpec(modes=("asserted",), hide_negated=True, min_confidence=0.8)
    assert hidden_by_reliability(G, spec) == {"negated": 0, "low_confidence": 0}
    # other filters apply first: only relations they let through count
    spec = FilterSpec(hide_negated=True, min_confidence=0.8, relation_types=("ASSAULT",))
    assert hidden_by_reliability(G, spec) == {"negated": 0, "low_confidence": 1}
    assert hidden_by_reliability(G, FilterSpec()) == {"negated": 0, "low_confidence": 0}


def test_invalid_values_are_refused(G):
    with pytest.raises(FilterError, match="unknown mode type 'maybe'"):
        apply_filters(G, FilterSpec(modes=("maybe",)))
    with pytest.raises(FilterError, match="min_confidence 1.5 is out of range"):
        apply_filters(G, FilterSpec(min_confidence=1.5))


def test_an_aggregated_edge_is_as_sure_as_its_surest_relation(G):
    A = aggregate(G)
    ab = A.edges["kb:a", "kb:b"]
    assert ab["modes"] == {"asserted": 1, "negated": 1} and ab["mode"] == "asserted"
    cd = A.edges["kb:c", "kb:d"]  # one relation: its reporter and verb stay on the merged edge
    assert (cd["reported_by"], cd["speech_verb"], cd["mode"]) == ("kb:b", "said", "planned")
    only_negated = aggregate(apply_filters(G, FilterSpec(modes=("negated",))))
    assert only_negated.edges["kb:a", "kb:b"]["mode"] == "negated"
    # the aggregate view filters the relations first, so the negated one is not counted
    merged = select(G, FilterSpec(hide_negated=True), view="aggregate")
    assert merged.edges["kb:a", "kb:b"]["relations"] == ["r1"]


def test_aggregated_dates_prefer_the_text(make_records):
    G = build_graph(
        make_records(
            PEOPLE[:2],
            [
                ("r1", "kb:a", "kb:b", "CONSULT", {"date": "2025-12-01", "date_source": "text"}),
                (
                    "r2",
                    "kb:a",
                    "kb:b",
                    "CONSULT",
                    {"date_source": "document"},
                ),  # the article's 2025-12-02
            ],
        )
    )
    ab = aggregate(G).edges["kb:a", "kb:b"]
    assert (ab["date"], ab["date_source"]) == ("2025-12-01", "text")


def test_modes_are_drawn_apart_and_explained_in_the_legend(G):
    edges = {e["id"]: e for e in vis_data(G)["edges"]}
    assert edges["r1"]["dashes"] is False and edges["r1"]["label"] == "agree"
    assert (
        edges["r2"]["dashes"] == MODE_STYLES["negated"]["dashes"]
        and edges["r2"]["label"] == "not agree"
    )
    assert (
        edges["r3"]["dashes"] == MODE_STYLES["possible"]["dashes"]
        and edges["r3"]["label"] == "assault (may)"
    )
    assert edges["r2"]["dashes"] != edges["r3"]["dashes"]  # negated is told apart from possible
    assert edges["r2"]["title"].splitlines()[0].endswith("agree (negated)")
    assert "reported by: B (said)" in edges["r4"]["title"].splitlines()
    assert "date: 2025-12-02 (article date)" in edges["r1"]["title"].splitlines()
    rows = [r for r in legend([], [], {e["mode"] for e in edges.values()}) if r["kind"] == "mode"]
    assert [r["type"] for r in rows] == ["negated", "possible", "planned"]
    assert all(r["label"] and r["dashes"] for r in rows)
    assert not [r for r in legend([], [], ["asserted"]) if r["kind"] == "mode"]


def test_snapshots_carry_the_mode_styles(G):
    from graph.export import export_bytes, snapshot_payload

    payload = snapshot_payload(G)
    rows = {r["type"]: r for r in payload["legend"] if r["kind"] == "mode"}
    assert set(rows) == {"negated", "possible", "planned"}
    negated = next(e for e in payload["edges"] if e["id"] == "r2")
    assert negated["dashes"] == MODE_STYLES["negated"]["dashes"]
    assert export_bytes(G, "png")[:8] == b"\x89PNG\r\n\x1a\n"  # dotted and dashed lines drawn


def test_the_command_line_has_the_reliability_filters(G):
    from graph.__main__ import build_parser, spec_from_args

    def spec(*flags: str) -> FilterSpec:
        return spec_from_args(
            build_parser().parse_args(["export", "in.json", "-o", "out.gexf", *flags])
        )

    assert spec() == FilterSpec()  # the command line shows every relation unless asked
    chosen = spec("--hide-negated", "--min-confidence", "0.8")
    assert (chosen.hide_negated, chosen.min_confidence) == (True, 0.8)
    assert keys_of(apply_filters(G, chosen)) == {"r1", "r5"}
    assert keys_of(apply_filters(G, spec("--mode", "POSSIBLE", "--mode", "planned"))) == {
        "r3",
        "r4",
    }
    with pytest.raises(SystemExit):
        spec("--min-confidence", "2")


def test_the_csv_export_lists_mode_reporter_and_date_source(G):
    from graph.export import csv_rows

    _, rows = csv_rows(G)
    by_id = {r["id"]: r for r in rows}
    assert by_id["r2"]["mode"] == "negated"
    assert (by_id["r4"]["mode"], by_id["r4"]["reported_by"], by_id["r4"]["speech_verb"]) == (
        "planned",
        "kb:b",
        "said",
    )
    assert (by_id["r4"]["date_source"], by_id["r1"]["date_source"]) == ("text", "document")


def test_gexf_draws_modes_as_gephi_line_shapes(G, tmp_path):
    from graph.export import export_bytes

    gexf = export_bytes(G, "gexf").decode("utf-8")
    shape = {
        ident: re.search(r'<viz:shape value="(\w+)"', body)
        for ident, body in re.findall(
            r'<edge [^>]*\bid="([^"]+)"[^>]*>(.*?)</edge>', gexf, flags=re.S
        )
    }
    assert shape["r1"] is None  # a fact: solid, GEXF's default
    assert shape["r2"].group(1) == "dotted" and shape["r3"].group(1) == "dashed"
    path = tmp_path / "g.gexf"
    path.write_text(gexf, encoding="utf-8")
    assert nx.read_gexf(path).number_of_edges() == G.number_of_edges()  # still reads back
