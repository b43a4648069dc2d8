"""The aggregated and actor views, and select() which orders filtering and viewing."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.build import build_graph
from graph.errors import FilterError
from graph.filters import FilterSpec, apply_filters
from graph.views import actor_view, aggregate, event_view, select

EVENT = "event:moscow-talks-2025-12-02"


def test_aggregate_merges_parallel_relations_and_counts_them(G, sample_records):
    A = aggregate(G)
    assert isinstance(A, nx.DiGraph) and not A.is_multigraph()
    family = A.edges["kb:kushner", "kb:trump"]
    ids = [
        r["id"]
        for r in sample_records["relations"]
        if (r["source"], r["target"]) == ("kb:kushner", "kb:trump")
    ]
    assert family["type"] == "FAMILY"
    assert family["weight"] == len(ids) == 2
    assert family["relations"] == ids
    assert family["types"] == {"FAMILY": 2}
    assert family["sentences"] == [
        G.edges["kb:kushner", "kb:trump", r]["sentences"][0] for r in ids
    ]
    assert set(A.nodes) == set(G.nodes)
    assert A.graph["sentences"] is G.graph["sentences"]


def test_aggregate_prefers_a_real_type_over_cooccurrence(G):
    A = aggregate(G)
    d = A.edges["kb:putin", "kb:ukraine"]  # REJECT once, co-occurring once
    assert d["type"] == "REJECT"
    assert d["types"] == {"REJECT": 1, "CO_OCCURS": 1}
    assert A.edges["kb:witkoff", "kb:kushner"]["type"] == "CO_OCCURS"


def test_aggregate_of_a_filtered_view(G):
    A = aggregate(apply_filters(G, FilterSpec()))
    assert ("kb:witkoff", "kb:kushner") not in A.edges  # co-occurrence filtered out first
    assert A.edges["kb:putin", "kb:ukraine"]["types"] == {"REJECT": 1}


def test_actor_view_projects_the_event_onto_its_participants(G):
    H = actor_view(G)
    assert EVENT not in H
    assert all(d["type"] != "EVENT" for _, d in H.nodes(data=True))
    projected = {(u, v): d for u, v, d in H.edges(data=True) if d.get("event") == EVENT}
    assert set(projected) == {("kb:putin", "kb:witkoff"), ("kb:putin", "kb:kushner")}
    meet = projected[("kb:putin", "kb:witkoff")]
    assert meet["type"] == "CONSULT"  # the event's PLOVER type
    assert meet["date"] == "2025-12-02"
    assert meet["relations"] == ["r1", "r2"]
    putin_sentence = G.edges["kb:putin", EVENT, "r1"]["sentences"][0]
    witkoff_sentence = G.edges["kb:witkoff", EVENT, "r2"]["sentences"][0]
    assert meet["sentences"] == [putin_sentence, witkoff_sentence]


def test_actor_view_keeps_other_relations_and_skips_locations(G):
    H = actor_view(G)
    assert H.has_edge("kb:russia", "kb:ukraine", "r15")
    assert H.edges["kb:russia", "kb:ukraine", "r15"] == G.edges["kb:russia", "kb:ukraine", "r15"]
    assert not any(d.get("event") for _, v, d in H.in_edges("kb:moscow", data=True))
    assert G.has_node(EVENT)  # the input is untouched


def test_actor_view_event_without_targets_links_sources_pairwise(make_records):
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON"), ("kb:c", "PERSON"), ("event:e", "EVENT")],
        [
            ("p1", "kb:a", "event:e", "PARTICIPANT", {"role": "source"}),
            ("p2", "kb:b", "event:e", "PARTICIPANT", {"role": "source"}),
            ("p3", "event:e", "kb:c", "PARTICIPANT", {"role": "source"}),
        ],
    )
    H = actor_view(build_graph(records))
    assert sorted(H.edges()) == [("kb:a", "kb:b"), ("kb:a", "kb:c"), ("kb:b", "kb:c")]
    assert {d["type"] for _, _, d in H.edges(data=True)} == {"CONSULT"}


def test_actor_view_does_not_project_an_event_the_records_already_link(make_records):
    # Extraction linked a and c (different sides) and left a and b (same side) apart.
    records = make_records(
        [("kb:a", "PERSON"), ("kb:b", "PERSON"), ("kb:c", "PERSON"), ("event:e", "EVENT")],
        [
            ("p1", "kb:a", "event:e", "PARTICIPANT", {"role": "source"}),
            ("p2", "kb:b", "event:e", "PARTICIPANT", {"role": "source"}),
            ("p3", "kb:c", "event:e", "PARTICIPANT", {"role": "source"}),
            ("r1", "kb:a", "kb:c", "CONSULT", {"event": "event:e"}),
        ],
    )
    H = actor_view(build_graph(records))
    assert sorted((u, v, k) for u, v, k in H.edges(keys=True)) == [("kb:a", "kb:c", "r1")]


def test_event_view_is_the_graph_itself(G):
    assert event_view(G) is G


def test_select_aggregate_applies_min_weight_to_merged_counts(G):
    H = select(G, FilterSpec(min_weight=2), view="aggregate")
    assert list(H.edges) == [("kb:kushner", "kb:trump")]


def test_select_actors_view_filters_on_event_types(G):
    H = select(G, FilterSpec(relation_types=("CONSULT",)), view="actors")
    assert set(H.edges()) == {
        ("kb:putin", "kb:witkoff"),
        ("kb:putin", "kb:kushner"),
        ("kb:zelensky", "kb:macron"),
    }


def test_select_full_is_apply_filters(G):
    spec = FilterSpec(actors=("Trump",))
    assert set(select(G, spec).edges(keys=True)) == set(apply_filters(G, spec).edges(keys=True))


def test_select_unknown_view(G):
    with pytest.raises(FilterError, match="unknown view 'tree'; expected one of full, aggregate"):
        select(G, FilterSpec(), view="tree")


@pytest.mark.parametrize(
    "spec",
    [
        FilterSpec(),
        FilterSpec(actors=("kb:trump",), radius=1, min_weight=2),
        FilterSpec(top_k=3, relation_types=("FAMILY", "ROLE", "CONSULT")),
    ],
)
def test_the_cli_writes_what_the_app_draws(G, spec):
    """One displayed graph: select (python -m graph export --view) is displayed_graph's parts."""
    from graph.views import base_view, displayed_graph

    actors = displayed_graph(base_view(G, "actors"), spec)
    events = displayed_graph(base_view(G, "events"), spec)
    assert set(select(G, spec, "actors").edges(keys=True)) == set(actors.relations.edges(keys=True))
    assert set(select(G, spec, "full").edges(keys=True)) == set(events.relations.edges(keys=True))
    assert set(select(G, spec, "aggregate").edges) == set(events.drawn.edges)
    assert set(events.relations.nodes) == set(events.drawn.nodes)


def test_a_heavy_edge_filter_keeps_the_chosen_actor_as_centre_by_name(G):
    spec = FilterSpec(actors=("Trump",), radius=1, min_weight=2)
    drawn = select(G, spec, "aggregate")
    assert "kb:trump" in drawn and drawn.number_of_edges() > 0
    assert all(w >= 2 for _, _, w in drawn.edges(data="weight"))
    assert all("kb:trump" in (u, v) for u, v in drawn.edges)


@pytest.mark.parametrize("spec", [FilterSpec(top_k=5), FilterSpec(min_weight=2)])
def test_a_drawn_edge_keeps_its_first_date_when_top_nodes_or_weight_apply(spec):
    # top_k and min_weight act on merged edges, which are merged once more after the cut; the
    # edge must still say when its first relation was (the export and the caption show it)
    from graph.views import displayed_graph

    V = nx.MultiDiGraph()
    V.add_nodes_from(["kremlin", "kyiv"], type="ORG", mentions=1)
    for key, day in [("r1", "2025-11-01"), ("r2", "2025-12-01")]:
        V.add_edge(
            "kremlin", "kyiv", key=key, type="THREATEN", date=day, date_source="text", weight=1.0
        )
    drawn = displayed_graph(V, spec).drawn
    edge = drawn.edges["kremlin", "kyiv"]
    assert (edge["first_date"], edge["date"]) == ("2025-11-01", "2025-12-01")
    assert edge["weight"] == 2.0
