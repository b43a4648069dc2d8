"""The timeline below the graph: relations per day, coloured by relation family.

Text dates first: a relation counts on the day its own clause gives (``date_source`` "text")
or the story's day its lead tells ("story", a date the text gives as well); one dated only by
its article (``date_source`` "document") counts on the article's day but is
drawn pale, so the bars a reader trusts for "when" are the solid ones.  Relations the
reliability filters hide (negated, below the confidence threshold) are not counted.

Brushing a range on it sets the From/To filter (:func:`brush_period` turns the chart's
selection into dates).  Its x axis runs over the time slider's range (the documents' dates,
:func:`ui.filter_state.period_range`), so an outlier such as a 2014 mention does not squeeze a
week of news into a sliver; outliers are named in a note instead (:func:`outlier_note`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx
import streamlit as st

from graph.spec import check_reliability, reliability_test, wanted_modes
from graph.style import FAMILY_COLOURS, UNKNOWN_COLOUR, relation_family

if TYPE_CHECKING:  # pandas (0.7 s to import) only when a table is built: a new page's first
    import pandas as pd  # run draws the graph without the timeline (ui.first_paint)

COLUMNS = ["date", "family", "dated", "relations", "opacity"]
#: How a bar says where its date comes from (``date_source``), and how strongly it is drawn.
DATED = {"text": "in the text", "document": "article date"}
DOCUMENT_DATE_OPACITY = 0.45
#: (modes, hide_negated, min_confidence) of FilterSpec: every relation counted.
ALL_RELATIONS: tuple = ((), False, 0.0)
SELECTION = "period"  #: name of the chart's interval selection (its key in the widget state)


def iso_day(value: Any) -> dt.date | None:
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
    reliability: tuple = ALL_RELATIONS,
) -> pd.DataFrame:
    """Relations per day, family and date source within ``[low, high]`` (undated and partial
    dates left out), counting only relations that pass ``reliability`` (FilterSpec's
    ``(modes, hide_negated, min_confidence)``).

    ``dated`` says where the day comes from ("in the text", or "article date" when the
    relation's clause gives none). ``opacity`` is 1 for a text date in the From/To filter
    ``period`` (an open end is no limit), :data:`DOCUMENT_DATE_OPACITY` for an article date,
    and 0.3 of that outside the period, so the chart fades the days the graph does not show.

    >>> V = nx.MultiDiGraph()
    >>> _ = V.add_edge("a", "b", type="ASSAULT", date="2025-12-01", date_source="text")
    >>> _ = V.add_edge("a", "b", type="THREATEN", date="2025-12-01", date_source="text")
    >>> _ = V.add_edge("a", "b", type="CONSULT", date="2025-12-02", date_source="document")
    >>> _ = V.add_edge("a", "b", type="CONSULT", date="2014-03-18", date_source="text")
    >>> _ = V.add_edge("a", "b", type="AGREE", date="2025-12-02", mode="negated")
    >>> t = per_day(V, dt.date(2025, 11, 24), dt.date(2025, 12, 2), (dt.date(2025, 12, 2), None),
    ...             reliability=((), True, 0.0))
    >>> t.assign(date=t.date.dt.strftime("%m-%d")).values.tolist()
    [['12-01', 'conflict', 'in the text', 2, 0.3], ['12-02', 'talk', 'article date', 1, 0.45]]
    """
    import pandas as pd

    hidden = set(hide_types)
    modes, hide_negated, min_confidence = reliability
    keep = reliability_test(
        wanted_modes(modes, hide_negated), check_reliability(modes, min_confidence)
    )
    counts: Counter[tuple[dt.date, str, str]] = Counter()
    for _, _, data in V.edges(data=True):
        if data.get("type") in hidden:
            continue
        day = iso_day(data.get("date"))
        if day is None or (low and day < low) or (high and day > high):
            continue
        if keep is not None and not keep(data):
            continue
        # the story's day is a date the text tells: drawn solid, as the clause's own date is
        dated = DATED["document"] if data.get("date_source") == "document" else DATED["text"]
        counts[(day, relation_family(data.get("type")), dated)] += 1
    start, end = period
    rows = []
    for (day, family, dated), n in sorted(counts.items()):
        opacity = 1.0 if dated == DATED["text"] else DOCUMENT_DATE_OPACITY
        if not ((start is None or day >= start) and (end is None or day <= end)):
            opacity = round(opacity * 0.3, 3)
        rows.append(
            {
                "date": pd.Timestamp(day),
                "family": family,
                "dated": dated,
                "relations": n,
                "opacity": opacity,
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def chart(table: pd.DataFrame, low: dt.date, high: dt.date) -> Any:
    """A stacked bar chart of ``per_day(...)`` with an x-interval brush named ``period``."""
    import altair as alt
    import pandas as pd

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
            x=alt.X(
                "date:T",
                title=None,
                scale=alt.Scale(domain=domain),
                axis=alt.Axis(format="%d %b %Y"),
            ),
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
                alt.Tooltip("dated:N", title="date from"),
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
    >>> brush_period({"selection": {"period": {"date": [ms(2025, 11, 23, 15),
    ...                                                  ms(2025, 12, 1, 9)]}}})
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
    start = (
        first.date()
        if first.time() == dt.time(0, tzinfo=None)
        else first.date() + dt.timedelta(days=1)
    )
    end = last.date()
    if start > end:
        start = end = first.date()
    return start, end


def outlier_note(outliers: Mapping[dt.date, int], limit: int = 3) -> str:
    """One line naming the relation dates outside the time range.

    >>> outlier_note({dt.date(2014, 3, 18): 2, dt.date(2022, 2, 24): 1})
    '3 relations dated outside this range (2014-03-18 ×2, 2022-02-24): type a date in From/To to include them.'
    """  # noqa: E501 (the doctest's expected output is one line)
    total = sum(outliers.values())
    shown = [
        f"{d.isoformat()}" + (f" ×{n}" if n > 1 else "")
        for d, n in sorted(outliers.items())[:limit]
    ]
    more = ", …" if len(outliers) > limit else ""
    noun = "relation" if total == 1 else "relations"
    return (
        f"{total} {noun} dated outside this range ({', '.join(shown)}{more}): type a date in "
        "From/To to include them."
    )


@st.cache_data(max_entries=32, show_spinner=False)
def cached_per_day(
    content_hash: str,
    view: str,
    _V: nx.MultiDiGraph,
    low: dt.date,
    high: dt.date,
    period: tuple[dt.date | None, dt.date | None],
    hide_types: tuple[str, ...],
    reliability: tuple = ALL_RELATIONS,
) -> pd.DataFrame:
    """:func:`per_day`, once per corpus, view, range, period, hidden types and reliability."""
    return per_day(_V, low, high, period, hide_types, reliability)
