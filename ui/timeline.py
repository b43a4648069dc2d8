"""The timeline above the graph: relations per day, coloured by relation family.

Brushing a range on it sets the From/To filter (:func:`brush_period` turns the chart's
selection into dates).  Its x axis runs over the time slider's range (the documents' dates,
:func:`ui.view.period_range`), so an outlier such as a 2014 mention does not squeeze a week of
news into a sliver; outliers are named in a note instead (:func:`outlier_note`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import pandas as pd
import streamlit as st

from graph.style import FAMILY_COLOURS, UNKNOWN_COLOUR, relation_family

COLUMNS = ["date", "family", "relations", "opacity"]
SELECTION = "period"  #: name of the chart's interval selection (its key in the widget state)


def _day(value: Any) -> dt.date | None:
    """The day of a full ISO date ('2025-12-02'); None for partial or bad dates."""
    text = str(value or "")
    if len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def per_day(
    V: nx.MultiDiGraph,
    low: dt.date | None,
    high: dt.date | None,
    period: tuple[dt.date | None, dt.date | None] = (None, None),
    hide_types: Iterable[str] = ("CO_OCCURS",),
) -> pd.DataFrame:
    """Relations per day and family within ``[low, high]`` (undated and partial dates left out).

    ``opacity`` is 1 for a day in the From/To filter ``period`` (an open end is no limit) and
    0.3 for the others, so the chart fades the days the graph does not show.

    >>> V = nx.MultiDiGraph()
    >>> _ = V.add_edge("a", "b", type="ASSAULT", date="2025-12-01")
    >>> _ = V.add_edge("a", "b", type="THREATEN", date="2025-12-01")
    >>> _ = V.add_edge("a", "b", type="CONSULT", date="2025-12-02")
    >>> _ = V.add_edge("a", "b", type="CONSULT", date="2014-03-18")
    >>> t = per_day(V, dt.date(2025, 11, 24), dt.date(2025, 12, 2), (dt.date(2025, 12, 2), None))
    >>> t.assign(date=t.date.dt.strftime("%m-%d")).values.tolist()
    [['12-01', 'conflict', 2, 0.3], ['12-02', 'talk', 1, 1.0]]
    """
    hidden = set(hide_types)
    counts: Counter[tuple[dt.date, str]] = Counter()
    for _, _, data in V.edges(data=True):
        if data.get("type") in hidden:
            continue
        day = _day(data.get("date"))
        if day is None or (low and day < low) or (high and day > high):
            continue
        counts[(day, relation_family(data.get("type")))] += 1
    start, end = period
    rows = [
        {
            "date": pd.Timestamp(day),
            "family": family,
            "relations": n,
            "opacity": 1.0 if (start is None or day >= start) and (end is None or day <= end) else 0.3,
        }
        for (day, family), n in sorted(counts.items())
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def chart(table: pd.DataFrame, low: dt.date, high: dt.date) -> Any:
    """A stacked bar chart of ``per_day(...)`` with an x-interval brush named ``period``."""
    import altair as alt

    families = [f for f in [*FAMILY_COLOURS, "other"] if f in set(table["family"])]
    colours = [FAMILY_COLOURS.get(f, UNKNOWN_COLOUR) for f in families]
    brush = alt.selection_interval(encodings=["x"], name=SELECTION)
    domain = [
        pd.Timestamp(low - dt.timedelta(days=1)).isoformat(),
        pd.Timestamp(high + dt.timedelta(days=1)).isoformat(),
    ]
    return (
        alt.Chart(table)
        .mark_bar(size=12)
        .encode(
            x=alt.X("date:T", title=None, scale=alt.Scale(domain=domain), axis=alt.Axis(format="%d %b %Y")),
            y=alt.Y("sum(relations):Q", title="relations"),
            color=alt.Color(
                "family:N",
                title="family",
                scale=alt.Scale(domain=families, range=colours),
                legend=alt.Legend(orient="right"),
            ),
            opacity=alt.Opacity("opacity:Q", scale=None, legend=None),
            tooltip=[
                alt.Tooltip("date:T", format="%Y-%m-%d"),
                alt.Tooltip("family:N"),
                alt.Tooltip("relations:Q"),
            ],
        )
        .add_params(brush)
        .properties(height=140)
    )


def _as_day(value: Any) -> dt.datetime | None:
    """A brush end as a UTC datetime: Vega gives epoch milliseconds (or an ISO string)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return dt.datetime.fromtimestamp(value / 1000, tz=dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        try:
            stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)
    return None


def brush_period(state: Any) -> tuple[dt.date, dt.date] | None:
    """The days a brush covers, from the chart's widget state; None when nothing is brushed.

    A day counts when its bar (drawn at midnight) lies inside the brush; a brush between two
    bars gives the day it starts in.

    >>> ms = lambda *ymd: dt.datetime(*ymd, tzinfo=dt.timezone.utc).timestamp() * 1000
    >>> brush_period({"selection": {"period": {"date": [ms(2025, 11, 23, 15), ms(2025, 12, 1, 9)]}}})
    (datetime.date(2025, 11, 24), datetime.date(2025, 12, 1))
    >>> brush_period({"selection": {"period": {}}}) is None, brush_period(None) is None
    (True, True)
    """
    try:
        values = state["selection"][SELECTION]["date"]
        first, last = (_as_day(v) for v in list(values)[:2])
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    if first is None or last is None:
        return None
    first, last = min(first, last), max(first, last)
    start = first.date() if first.time() == dt.time(0, tzinfo=None) else first.date() + dt.timedelta(days=1)
    end = last.date()
    if start > end:
        start = end = first.date()
    return start, end


def outlier_note(outliers: Mapping[dt.date, int], limit: int = 3) -> str:
    """One line naming the relation dates outside the time range.

    >>> outlier_note({dt.date(2014, 3, 18): 2, dt.date(2022, 2, 24): 1})
    '3 relations dated outside this range (2014-03-18 ×2, 2022-02-24): type a date in From/To to include them.'
    """
    total = sum(outliers.values())
    shown = [f"{d.isoformat()}" + (f" ×{n}" if n > 1 else "") for d, n in sorted(outliers.items())[:limit]]
    more = ", …" if len(outliers) > limit else ""
    noun = "relation" if total == 1 else "relations"
    return f"{total} {noun} dated outside this range ({', '.join(shown)}{more}): type a date in From/To to include them."



@st.cache_data(max_entries=32, show_spinner=False)
def cached_per_day(
    content_hash: str,
    view: str,
    _V: nx.MultiDiGraph,
    low: dt.date,
    high: dt.date,
    period: tuple[dt.date | None, dt.date | None],
    hide_types: tuple[str, ...],
) -> pd.DataFrame:
    """:func:`per_day`, once per corpus, view, range, period and hidden types."""
    return per_day(_V, low, high, period, hide_types)
