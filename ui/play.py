"""Play (issue 21, item 6): step through the days of the corpus's time range, one graph per day.

"Play" shows the graph of each day in turn (or, "up to each day", from the range's first day to
it): the day's period overrides the From/To filter of the graph, its counts, its chips and the
timeline (:func:`overlay`), and the canvas keeps the places of nodes it has drawn before, so the
layout does not jump.  Only days on which some relation is dated are played (an empty day would
show no graph at all).

Play stops on its own after the last day, and as soon as the user touches a filter: play
remembers every filter's value (:func:`snapshot`) and a page run that finds one changed, or a
filter chip or "Reset filters" pressed, stops play.  When play ends the graph shows the filters
again.

Why an override and not the From/To widgets themselves: the steps come from a timer (a fragment
that re-runs every few seconds, ``st.fragment(run_every=...)``), and a timer's request can
carry the browser's previous widget values while the page is still being redrawn; a play that
wrote its days into the date widgets was then pushed back a day by its own echo.  The override
lives outside the widgets, so nothing can echo it.

The state in ``st.session_state[keys.PLAY]`` is a plain dict (see :func:`start`); the functions
here that take ``state`` work on any mutable mapping, so they are tested without Streamlit.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import replace
from typing import Any

import networkx as nx
import streamlit as st

from ui import keys
from ui.timeline import iso_day

#: How a step shows time: the day alone, or everything up to it.
MODES = {"each": "Each day", "upto": "Up to each day"}
#: Seconds each day stays on screen (the user's choice), and the default.
SPEEDS = (0.5, 1.0, 2.0, 5.0, 10.0)
DEFAULT_SECONDS = 1.0
#: A step is due when this share of its seconds has passed (a fragment's timer is not exact).
DUE = 0.8


def play_days(
    V: nx.MultiDiGraph, low: dt.date, high: dt.date, hide_types: Iterable[str] = ("CO_OCCURS",)
) -> list[dt.date]:
    """The days in ``[low, high]`` on which at least one relation (not of ``hide_types``) is
    dated to the day; the days play steps through.

    >>> V = nx.MultiDiGraph()
    >>> _ = V.add_edge("a", "b", type="CONSULT", date="2025-12-02")
    >>> _ = V.add_edge("a", "b", type="ASSAULT", date="2025-11-30")
    >>> _ = V.add_edge("a", "b", type="CO_OCCURS", date="2025-11-29")
    >>> _ = V.add_edge("a", "b", type="CONSULT", date="2014-03-18")
    >>> _ = V.add_edge("a", "b", type="CONSULT", date="2025-12")
    >>> [str(d) for d in play_days(V, dt.date(2025, 11, 24), dt.date(2025, 12, 2))]
    ['2025-11-30', '2025-12-02']
    """
    hidden = set(hide_types)
    days = set()
    for _, _, data in V.edges(data=True):
        if data.get("type") in hidden:
            continue
        day = iso_day(data.get("date"))
        if day is not None and low <= day <= high:
            days.add(day)
    return sorted(days)


def period(day: dt.date, first: dt.date, cumulative: bool) -> tuple[dt.date, dt.date]:
    """The From/To filter of a step: the day itself, or from ``first`` up to it.

    >>> period(dt.date(2025, 12, 1), dt.date(2025, 11, 24), cumulative=True)
    (datetime.date(2025, 11, 24), datetime.date(2025, 12, 1))
    """
    return (first if cumulative else day), day


def snapshot(state: Mapping[str, Any]) -> tuple:
    """Every filter's value, the view and the corpus source: taken when play begins, to tell
    whether the user changed any since.

    >>> snapshot({"actors": ["kb:putin"]}) == snapshot({"actors": ("kb:putin",)})
    True
    """

    def frozen(value: Any) -> Any:
        return tuple(value) if isinstance(value, (list, tuple, set)) else value

    watched = (keys.CORPUS_SOURCE, keys.STORE_CHOICE, keys.VIEW, *keys.FILTER_FIELDS)
    return tuple(frozen(state.get(key)) for key in watched)


def playing(state: Mapping[str, Any]) -> dict[str, Any] | None:
    """The play in progress, or None."""
    play = state.get(keys.PLAY)
    return play if isinstance(play, dict) else None


def start(
    state: MutableMapping[str, Any],
    days: list[dt.date],
    first: dt.date,
    *,
    cumulative: bool,
    seconds: float,
    now: float,
) -> bool:
    """Begin playing ``days`` (from the range's ``first`` day): the first day shows at once.
    False (and a message) when there is no day to play."""
    state.pop(keys.PLAY_MESSAGE, None)
    if not days:
        state[keys.PLAY_MESSAGE] = "Nothing to play: no relation in this range is dated to a day."
        state.pop(keys.PLAY, None)
        return False
    state[keys.PLAY] = {
        "days": [d.isoformat() for d in days],
        "index": 0,
        "first": first.isoformat(),
        "cumulative": cumulative,
        "seconds": float(seconds),
        "last_step": now,
        "snapshot": None,  # taken by begin_run, once the filters have settled
        "fresh": True,  # the first day is not drawn yet (see drawn)
    }
    return True


def stop(state: MutableMapping[str, Any], message: str) -> None:
    """End play (the graph shows the filters again) and say why."""
    state.pop(keys.PLAY, None)
    state[keys.PLAY_MESSAGE] = message


def current_period(state: Mapping[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The From/To of the day playing, or None when not playing."""
    play = playing(state)
    if play is None:
        return None
    day = dt.date.fromisoformat(play["days"][play["index"]])
    return period(day, dt.date.fromisoformat(play["first"]), play["cumulative"])


def overlay(spec: Any, state: Mapping[str, Any]) -> Any:
    """``spec`` (a FilterSpec) with the day playing as its period; ``spec`` itself when not
    playing."""
    span = current_period(state)
    return spec if span is None else replace(spec, date_from=span[0], date_to=span[1])


#: Buttons that reset filters without changing a value when the filter was at its default
#: already: pressing one counts as touching a filter.  The chips' keys start with "chip-".
RESET_BUTTONS = ("reset-filters",)


def touched(state: Mapping[str, Any], play: Mapping[str, Any]) -> bool:
    """True when a filter differs from when play took its snapshot, or a reset was pressed."""
    if play["snapshot"] is not None and tuple(play["snapshot"]) != snapshot(state):
        return True
    return any(
        state.get(key) is True
        for key in list(state.keys())
        if isinstance(key, str) and (key.startswith("chip-") or key in RESET_BUTTONS)
    )


def begin_run(state: MutableMapping[str, Any]) -> None:
    """At the start of a page run: stop play when the user touched a filter since play began;
    otherwise remember the filters (the first run after "Play").

    >>> state = {"text": ""}
    >>> _ = start(state, [dt.date(2025, 12, 1)], dt.date(2025, 11, 24),
    ...           cumulative=False, seconds=1, now=0.0)
    >>> begin_run(state); playing(state) is not None
    True
    >>> state["text"] = "Kremlin"  # the user types a search
    >>> begin_run(state); state.get(keys.PLAY), state[keys.PLAY_MESSAGE]
    (None, 'Play stopped: a filter changed.')
    """
    play = playing(state)
    if play is None:
        return
    if touched(state, play):
        stop(state, "Play stopped: a filter changed.")
        return
    if play["snapshot"] is None:
        play["snapshot"] = snapshot(state)


def due(play: Mapping[str, Any], now: float) -> bool:
    """True when the current day has been on screen (nearly) as long as asked."""
    return now - float(play["last_step"]) >= DUE * float(play["seconds"])


def tick(state: MutableMapping[str, Any], now: float) -> bool:
    """A timer tick while playing: when the next step is due, take it (or stop after the last
    day) and return True, so the page is drawn again.

    >>> state = {}
    >>> _ = start(state, [dt.date(2025, 12, 1), dt.date(2025, 12, 2)], dt.date(2025, 11, 24),
    ...           cumulative=False, seconds=2, now=0.0)
    >>> drawn(state, now=0.0)  # the page has drawn the first day
    True
    >>> tick(state, now=0.5), current_period(state)[0].isoformat()
    (False, '2025-12-01')
    >>> tick(state, now=2.0), current_period(state)[0].isoformat()
    (True, '2025-12-02')
    >>> drawn(state, now=2.0), tick(state, now=4.0), current_period(state)
    (True, True, None)
    >>> state[keys.PLAY_MESSAGE]
    'Played to the end (2025-12-02).'
    """
    play = playing(state)
    if play is None or play.get("fresh") or not due(play, now):
        return False
    if play["index"] + 1 >= len(play["days"]):
        stop(state, f"Played to the end ({play['days'][-1]}).")
    else:
        play["index"] += 1
        play["last_step"] = now
        play["fresh"] = True
    return True


def drawn(state: MutableMapping[str, Any], now: float) -> bool:
    """The page run that draws a new day has finished drawing it: the day's time on screen
    starts now, not when the step was taken (a big graph can take longer to draw than a day
    lasts).  True when a new day was drawn by this run.

    >>> state = {}
    >>> _ = start(state, [dt.date(2025, 12, 1), dt.date(2025, 12, 2)], dt.date(2025, 11, 24),
    ...           cumulative=False, seconds=1, now=0.0)
    >>> tick(state, now=5.0), drawn(state, now=7.0), tick(state, now=7.5), tick(state, now=8.0)
    (False, True, False, True)
    """
    play = playing(state)
    if play is None or not play.get("fresh"):
        return False
    play["fresh"] = False
    play["last_step"] = now
    return True


def status(state: Mapping[str, Any]) -> str | None:
    """One line for under the controls: the day playing, or why play ended.

    >>> state = {}
    >>> _ = start(state, [dt.date(2025, 12, 1), dt.date(2025, 12, 2)], dt.date(2025, 11, 24),
    ...           cumulative=True, seconds=1, now=0.0)
    >>> status(state)
    'Playing up to 2025-12-01 (day 1 of 2)'
    """
    play = playing(state)
    if play is None:
        return state.get(keys.PLAY_MESSAGE)
    day, n = play["days"][play["index"]], len(play["days"])
    how = "up to" if play["cumulative"] else "day"
    return f"Playing {how} {day} (day {play['index'] + 1} of {n})"


# --------------------------------------------------------------------------- Streamlit


def _start_clicked(V: nx.MultiDiGraph, low: dt.date, high: dt.date) -> None:
    """Callback of "Play": the days of the range with dated relations, the first one shown."""
    state = st.session_state
    shown = state.get(keys.SHOW_COOCCURRENCE) or "CO_OCCURS" in (
        state.get(keys.RELATION_TYPES) or ()
    )
    days = play_days(V, low, high, () if shown else ("CO_OCCURS",))
    start(
        state,
        days,
        low,
        cumulative=state.get(keys.PLAY_MODE, "upto") == "upto",
        seconds=float(state.get(keys.PLAY_SECONDS, DEFAULT_SECONDS)),
        now=time.monotonic(),
    )


def _stop_clicked() -> None:
    stop(st.session_state, "Play stopped.")


def _tick() -> None:
    """The timer: runs every few seconds while playing, and last in every page run."""
    now = time.monotonic()
    if not drawn(st.session_state, now) and tick(st.session_state, now):
        st.rerun(scope="app")


def ticker() -> None:
    """The timer of play: call it last in a page run, after the graph, so a day's seconds on
    screen count from when the page has drawn it."""
    begin_run(st.session_state)  # also when this run drew no filters (another source chosen)
    play = playing(st.session_state)
    st.fragment(_tick, run_every=play["seconds"] if play else None)()


def controls(V: nx.MultiDiGraph, low: dt.date | None, high: dt.date | None) -> None:
    """Play / Stop, what a step shows and how long, and the day playing; drawn into the current
    container (the sidebar, under the From/To boxes).  The page applies the day with
    :func:`overlay`, calls :func:`begin_run` at the start of each run and :func:`ticker` at
    its end."""
    if not (low and high and low < high):
        return
    play = playing(st.session_state)
    st.session_state.setdefault(keys.PLAY_MODE, "upto")
    st.session_state.setdefault(keys.PLAY_SECONDS, DEFAULT_SECONDS)
    with st.container(horizontal=True, vertical_alignment="bottom", key="play-controls"):
        if play:
            st.button("Stop", icon=":material/stop:", key="play-stop", on_click=_stop_clicked)
        else:
            st.button(
                "Play",
                icon=":material/play_arrow:",
                key="play-start",
                on_click=_start_clicked,
                args=(V, low, high),
                help="Step through the days of this range; touching a filter stops it",
            )
        st.selectbox(
            "Play shows",
            list(MODES),
            format_func=MODES.get,
            key=keys.PLAY_MODE,
            disabled=bool(play),
            label_visibility="collapsed",
        )
    st.selectbox(
        "Seconds per day",
        SPEEDS,
        format_func=lambda seconds: f"{seconds:g} s a day",
        key=keys.PLAY_SECONDS,
        disabled=bool(play),
        label_visibility="collapsed",
    )
    slot = st.empty()  # always drawn: the filters below keep their places
    line = status(st.session_state)
    if line:
        slot.caption(line)
