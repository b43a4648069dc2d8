"""Mode, confidence and text dates in the explorer (issue 18 items 3-5, issue 20 item 7): the
default view hides negated and unsure relations and says so, one click shows them, chips, reset
and the URL follow, edges are drawn by mode, and the details name mode, reporter and date source.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.build import build_graph
from graph.spec import DEFAULT_MIN_CONFIDENCE
from graph.style import MODE_STYLES
from ui import filter_state, keys, timeline

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"

NEGATED_EDGE = "kb:putin->kb:europe"  # r13 made negated: Putin did not threaten Europe
UNSURE_EDGE = "kb:putin->kb:ukraine"  # r12 given confidence 0.3
POSSIBLE_EDGE = "kb:zelensky->kb:europe"  # r18 made possible, reported by Macron


def reliability_records() -> dict:
    """The sample fixture (whose r6, Putin -> Witkoff AGREE, is negated already) with one more
    negated, one unsure and one possible, reported relation; each of these three is the only
    relation between its two nodes, so its edge stands or falls with it."""
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in records["relations"]}
    by_id["r13"].update(mode="negated", negated=True)
    by_id["r12"].update(confidence=0.3)
    by_id["r18"].update(
        mode="possible",
        confidence=0.85,
        reported_by="kb:macron",
        speech_verb="said",
        date_source="document",
    )
    return records


@pytest.fixture
def records_path(tmp_path) -> Path:
    path = tmp_path / "reliability.json"
    path.write_text(json.dumps(reliability_records()), encoding="utf-8")
    return path


def new_app(monkeypatch, records_path: Path, **params) -> AppTest:
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(records_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for name, value in params.items():
        at.query_params[name] = value
    return at.run()


def mount(at: AppTest) -> dict:
    [component] = [
        c for c in at.get("bidi_component") if "nodes" in json.loads(c.proto.json or "{}")
    ]
    data = json.loads(component.proto.json)
    for name in data.get("json_keys", ()):
        data[name] = json.loads(data[name])
    return data


def edges(at: AppTest) -> dict[str, dict]:
    return {e["id"]: e for e in mount(at)["edges"]}


def chip_labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button if str(b.key).startswith("chip-") and b.key != "chip-reset"]


def hidden_line(at: AppTest) -> str:
    lines = [c.value for c in at.caption if "hidden" in c.value and "co-occurrence" not in c.value]
    return lines[0] if lines else ""


def url(at: AppTest) -> dict[str, list[str]]:
    return {k: list(v) if isinstance(v, (list, tuple)) else [v] for k, v in at.query_params.items()}


def test_the_default_view_hides_negated_and_unsure_relations_and_says_so(monkeypatch, records_path):
    at = new_app(monkeypatch, records_path)
    assert not at.exception
    drawn = edges(at)
    assert NEGATED_EDGE not in drawn and UNSURE_EDGE not in drawn
    assert POSSIBLE_EDGE in drawn
    assert hidden_line(at) == (
        f"2 negated relations · 1 below confidence {DEFAULT_MIN_CONFIDENCE:g} hidden."
    )
    # the default is no filter of the user's: no chip, nothing in the URL
    assert chip_labels(at) == []
    assert not {keys.MODES, keys.HIDE_NEGATED, keys.MIN_CONFIDENCE} & set(url(at))
    assert at.checkbox(key=keys.HIDE_NEGATED).value is True
    assert at.slider(key=keys.MIN_CONFIDENCE).value == DEFAULT_MIN_CONFIDENCE


def test_one_click_shows_the_negated_relation_drawn_dotted(monkeypatch, records_path):
    at = new_app(monkeypatch, records_path)
    at.button(key="show-negated").click().run()
    assert at.checkbox(key=keys.HIDE_NEGATED).value is False
    drawn = edges(at)
    assert drawn[NEGATED_EDGE]["label"] == "not threaten"
    assert drawn[NEGATED_EDGE]["dashes"] == MODE_STYLES["negated"]["dashes"]
    assert "Negated shown" in chip_labels(at)
    assert url(at)[keys.HIDE_NEGATED] == ["0"]
    assert "negated relation" not in hidden_line(at)
    legend = {row["type"]: row for row in mount(at)["legend"] if row["kind"] == "mode"}
    assert set(legend) == {"negated", "possible"} and legend["negated"]["label"].startswith(
        "negated"
    )
    # its chip hides it again
    at.button(key=f"chip-{keys.HIDE_NEGATED}").click().run()
    assert NEGATED_EDGE not in edges(at) and at.checkbox(key=keys.HIDE_NEGATED).value is True


def test_the_threshold_can_be_lowered_and_reset(monkeypatch, records_path):
    at = new_app(monkeypatch, records_path)
    at.button(key="show-low-confidence").click().run()
    assert at.slider(key=keys.MIN_CONFIDENCE).value == 0.0
    assert UNSURE_EDGE in edges(at)
    assert "Min. confidence: 0" in chip_labels(at)
    assert url(at)[keys.MIN_CONFIDENCE] == ["0"]
    at.slider(key=keys.MIN_CONFIDENCE).set_value(0.9).run()
    assert POSSIBLE_EDGE not in edges(at)  # r18 has 0.85
    assert "kb:zelensky->kb:macron" in edges(at)  # r14 has 0.9
    at.button(key="chip-reset").click().run()
    assert at.slider(key=keys.MIN_CONFIDENCE).value == DEFAULT_MIN_CONFIDENCE
    assert UNSURE_EDGE not in edges(at) and POSSIBLE_EDGE in edges(at)
    assert chip_labels(at) == []


def test_the_mode_filter_keeps_the_chosen_modes(monkeypatch, records_path):
    at = new_app(monkeypatch, records_path)
    # the modes the corpus has, each with what it means
    assert at.multiselect(key=keys.MODES).options == [
        "asserted (stated as fact)",
        "negated (did not / will not)",
        "possible (may, could, kan, zou)",
    ]
    at.multiselect(key=keys.MODES).set_value(["possible"]).run()
    assert set(edges(at)) == {POSSIBLE_EDGE}
    assert "Modes: possible" in chip_labels(at)
    assert edges(at)[POSSIBLE_EDGE]["label"] == "request (may)"
    assert url(at)[keys.MODES] == ["possible"]


def test_a_link_sets_the_reliability_filters(monkeypatch, records_path):
    at = new_app(monkeypatch, records_path, hide_negated="0", min_confidence="0.2")
    assert not at.exception
    assert at.checkbox(key=keys.HIDE_NEGATED).value is False
    assert at.slider(key=keys.MIN_CONFIDENCE).value == 0.2
    assert {NEGATED_EDGE, UNSURE_EDGE} <= set(edges(at))
    assert hidden_line(at) == ""


def test_the_details_name_mode_reporter_and_date_source(monkeypatch, records_path):
    at = new_app(monkeypatch, records_path)
    at.session_state[keys.SELECTION] = {"kind": "edge", "id": POSSIBLE_EDGE}
    at.run()
    text = "\n".join(h.value for h in at.html)
    assert "REQUEST (possible)" in text
    # the heading names who reports it, with the verb; so does each evidence sentence
    assert (
        '<div class="ng-facts ng-reported" style="color:#555">reported by Emmanuel Macron '
        "(said)</div>" in text
    )
    assert "2025-11-24 (article date)" in text  # the other article's date: the text gives none
    assert (
        'class="ng-relation-facts"' in text
        and "article date · possible · reported by Emmanuel Macron" in text
    )


def test_the_timeline_counts_text_dates_apart_and_leaves_hidden_relations_out():
    V = filter_state.base_view(build_graph(reliability_records()), "actors")
    low, high = dt.date(2022, 1, 1), dt.date(2025, 12, 31)
    everything = timeline.per_day(V, low, high)
    default = timeline.per_day(
        V,
        low,
        high,
        reliability=(
            filter_state.DEFAULT_SPEC.modes,
            filter_state.DEFAULT_SPEC.hide_negated,
            filter_state.DEFAULT_SPEC.min_confidence,
        ),
    )
    # r13 (negated) and r12 (0.3) are both conflict relations of 2025-12-02, dated by the article
    day = everything[(everything.date == "2025-12-02") & (everything.family == "conflict")]
    assert (
        day.relations.sum()
        - default[(default.date == "2025-12-02") & (default.family == "conflict")].relations.sum()
        == 2
    )
    # r15 (the 2022 invasion) is dated in the text: a solid bar; r17's date is the article's
    assert everything[everything.date == "2022-02-24"].dated.tolist() == ["in the text"]
    assert set(everything[everything.date == "2025-11-24"].dated) == {"article date"}
    assert set(everything[everything.dated == "article date"].opacity) == {
        timeline.DOCUMENT_DATE_OPACITY
    }


def test_a_view_emptied_by_the_defaults_says_what_they_hide(monkeypatch, tmp_path):
    records = reliability_records()
    records["relations"] = [
        dict(r, mode="negated", negated=True)
        for r in records["relations"]
        if r["type"] != "CO_OCCURS"
    ]
    path = tmp_path / "all_negated.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    at = new_app(monkeypatch, path)
    assert not at.exception
    assert not [c for c in at.get("bidi_component") if "nodes" in json.loads(c.proto.json or "{}")]
    # every relation of the actor view, events projected onto their participants included
    V = filter_state.base_view(build_graph(records), "actors")
    n = V.number_of_edges()
    assert n and all(d["mode"] == "negated" for *_, d in V.edges(data=True))
    assert hidden_line(at).startswith(f"{n} negated relations hidden")
    at.button(key="show-negated").click().run()
    assert edges(at) and all(e["mode"] == "negated" for e in edges(at).values())


def test_a_snapshot_caption_says_what_the_defaults_hide(monkeypatch, records_path):
    at = new_app(monkeypatch, records_path)
    caption = mount(at)["caption"]
    assert f"Filters: negated hidden; confidence ≥ {DEFAULT_MIN_CONFIDENCE:g} · " in caption
    at.button(key="show-negated").click().run()
    assert "negated hidden" not in mount(at)["caption"]
