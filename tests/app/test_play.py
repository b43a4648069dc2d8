"""Play (issue 21, item 6): the days played, what each step shows, and when play stops."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.build import build_graph
from graph.filters import FilterSpec
from tests.app.mounted import graph_data
from ui import filter_state, keys, play

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sample_records.json"
D = dt.date


def started(days, cumulative=True, state=None):
    state = {} if state is None else state
    assert play.start(state, days, D(2025, 11, 24), cumulative=cumulative, seconds=1, now=0.0)
    play.begin_run(state)
    play.drawn(state, 0.0)
    return state


def test_play_each_day_shows_the_day_alone_and_up_to_shows_everything_before():
    each = started([D(2025, 12, 1), D(2025, 12, 2)], cumulative=False)
    upto = started([D(2025, 12, 1), D(2025, 12, 2)], cumulative=True)
    spec = FilterSpec(actors=("kb:putin",))
    assert play.overlay(spec, each) == FilterSpec(
        actors=("kb:putin",), date_from=D(2025, 12, 1), date_to=D(2025, 12, 1)
    )
    assert play.overlay(spec, upto).date_from == D(2025, 11, 24)
    assert play.overlay(spec, {}) is spec, "not playing: the filters as they are"


def test_play_a_chip_or_reset_pressed_stops_play_even_when_no_value_changed():
    state = started([D(2025, 12, 1)], state={"date_from": None})
    state["chip-date_from-date_to"] = True  # the period chip's button, pressed
    play.begin_run(state)
    assert play.playing(state) is None
    assert play.status(state) == "Play stopped: a filter changed."

    state = started([D(2025, 12, 1)])
    state["reset-filters"] = True
    play.begin_run(state)
    assert play.playing(state) is None


def test_play_stops_after_the_last_day_and_nothing_to_play_says_so():
    state = started([D(2025, 12, 2)])
    assert play.tick(state, now=0.1) is False, "a day stays on screen as long as asked"
    assert play.tick(state, now=1.0) is True
    assert play.playing(state) is None
    assert play.status(state) == "Played to the end (2025-12-02)."
    assert play.tick(state, now=5.0) is False

    empty: dict = {}
    assert not play.start(empty, [], D(2025, 11, 24), cumulative=True, seconds=1, now=0.0)
    assert play.status(empty) == "Nothing to play: no relation in this range is dated to a day."


def fixture_view():
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return filter_state.base_view(build_graph(records), "actors")


def test_play_days_are_the_fixtures_dated_days_within_its_range():
    V = fixture_view()
    dated = {
        D.fromisoformat(d["date"])
        for _, _, d in V.edges(data=True)
        if d.get("date") and len(d["date"]) == 10 and d.get("type") != "CO_OCCURS"
    }
    days = play.play_days(V, D(2025, 11, 24), D(2025, 12, 2))
    assert days and days == sorted(d for d in dated if D(2025, 11, 24) <= d <= D(2025, 12, 2))
    assert D(2022, 2, 24) in dated and D(2022, 2, 24) not in days, "an outlier is not played"


@pytest.fixture
def at(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_RECORDS", str(FIXTURE))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    return at


def edge_ids(at: AppTest) -> set[str]:
    return {e["id"] for e in graph_data(at)["edges"]}


def test_play_button_shows_the_first_day_and_a_touched_filter_stops_it(at):
    everything = edge_ids(at)
    at.button(key="play-start").click().run()
    assert not at.exception
    state = at.session_state
    low, day = play.current_period(state)
    assert [c.value for c in at.caption if c.value.startswith("Playing")] == [
        f"Playing up to {day} (day 1 of {len(state[keys.PLAY]['days'])})"
    ]
    V = fixture_view()
    wanted = filter_state.displayed_graph(V, FilterSpec(date_from=low, date_to=day)).drawn
    assert edge_ids(at) == {f"{u}->{v}" for u, v in wanted.edges} != everything
    assert at.session_state[keys.DATE_TO] is None, "play leaves the From/To boxes alone"

    at.checkbox(key=keys.SHOW_COOCCURRENCE).check().run()
    assert play.playing(at.session_state) is None
    assert "Play stopped: a filter changed." in [c.value for c in at.caption]
    assert at.button(key="play-start"), "Play is offered again"
    assert edge_ids(at) == {
        f"{u}->{v}"
        for u, v in filter_state.displayed_graph(V, FilterSpec(show_cooccurrence=True)).drawn.edges
    }


def test_play_stops_when_another_source_is_chosen(at):
    at.button(key="play-start").click().run()
    assert play.playing(at.session_state) is not None
    at.radio(key=keys.CORPUS_SOURCE).set_value("paste").run()  # no corpus yet: no filters drawn
    assert not at.exception
    assert play.playing(at.session_state) is None
