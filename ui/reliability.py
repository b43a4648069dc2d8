"""How far to trust an edge: the sidebar's mode and confidence filters, and the line that says
what they hide.

A relation's ``mode`` says how the text puts it (asserted, negated, possible, planned,
demanded, conditional) and its ``confidence`` how sure extraction is of it.  The explorer's
default view (``ui.filter_state.DEFAULT_SPEC``) hides negated relations and those below
``graph.spec.DEFAULT_MIN_CONFIDENCE``; :func:`hidden_note` words what that hides, and
:func:`hidden_notice` puts it above the graph with one click to show each kind again, like the
co-occurrence note.  The counting is :func:`graph.views.hidden_by_reliability`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

import networkx as nx
import streamlit as st

from graph.expansion import without_steps
from graph.spec import DEFAULT_MIN_CONFIDENCE, FilterSpec
from graph.views import hidden_by_reliability
from ui import keys

#: What each mode means, as the mode picker shows it.
MODE_LABELS: dict[str, str] = {
    "asserted": "asserted (stated as fact)",
    "negated": "negated (did not / will not)",
    "possible": "possible (may, could, kan, zou)",
    "planned": "planned (will, plans to, gaat)",
    "demanded": "demanded (must, calls for, moet)",
    "conditional": "conditional (if, als)",
}

#: How often each confidence band was right on the yardstick's dev split, per language, as the
#: yardstick last measured it (``python -m bench.quality --save-baseline`` writes it).
CALIBRATION_FILE = Path(__file__).resolve().parent.parent / "data" / "calibration.json"


def _band_words(band: str) -> str:
    low, high = band.split("-")
    if float(low) == 0:
        return f"below {high}"
    if float(high) >= 1:
        return f"{low} and more"
    return band


def confidence_help(calibration: Mapping | None) -> str:
    """The confidence slider's help: what each band's relations were worth on the yardstick, so
    the reader can choose a threshold; without figures it says only what the slider does.

    >>> confidence_help({"bands": {"0-0.5": {"en": {"count": 8, "right": 2},
    ...                                      "nl": {"count": 4, "right": 2}},
    ...                            "0.9-1": {"en": {"count": 10, "right": 10}}}})[53:]
    "Share right on the yardstick's dev split: below 0.5, 25-50%; 0.9 and more, 100%. The \
default is 0.5: raise it for surer relations, lower it to see every one."
    """
    parts = []
    for band, per_lang in ((calibration or {}).get("bands") or {}).items():
        shares = sorted(
            round(100 * c["right"] / c["count"]) for c in per_lang.values() if c.get("count")
        )
        if shares:
            share = f"{shares[0]}%" if shares[0] == shares[-1] else f"{shares[0]}-{shares[-1]}%"
            parts.append(f"{_band_words(band)}, {share}")
    figures = f" Share right on the yardstick's dev split: {'; '.join(parts)}." if parts else ""
    return (
        "Relations extracted with less confidence are hidden."
        + figures
        + f" The default is {DEFAULT_MIN_CONFIDENCE:g}: raise it for surer relations, lower it "
        "to see every one."
    )


def _read_calibration(path: Path = CALIBRATION_FILE) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


CONFIDENCE_HELP = confidence_help(_read_calibration())


def mode_label(mode: str) -> str:
    """The picker's text for a mode.

    >>> mode_label("possible"), mode_label("other")
    ('possible (may, could, kan, zou)', 'other')
    """
    return MODE_LABELS.get(mode, mode)


def sidebar(modes: list[str]) -> None:
    """Sidebar widgets (keyed by FilterSpec field): the modes shown, whether negated relations
    are hidden, and the confidence threshold.  ``modes``: those the view's relations have."""
    sb = st.sidebar
    sb.multiselect(
        "Modes",
        modes,
        format_func=mode_label,
        key=keys.MODES,
        placeholder="All",
        help="How the text puts a relation. Negated ones are drawn dotted, possible, planned, "
        "demanded and conditional ones dashed.",
    )
    sb.checkbox(
        "Hide negated relations", key=keys.HIDE_NEGATED, help="Unless “negated” is chosen in Modes"
    )
    sb.slider("Min. confidence", 0.0, 1.0, step=0.05, key=keys.MIN_CONFIDENCE, help=CONFIDENCE_HELP)


def caption_filters(spec: FilterSpec) -> list[str]:
    """What a snapshot's caption adds to the chips: the default reliability filters, which
    have no chip but still hide relations, so an exported picture says so.

    >>> from ui.filter_state import DEFAULT_SPEC
    >>> caption_filters(DEFAULT_SPEC)
    ['negated hidden', 'confidence ≥ 0.5']
    >>> caption_filters(FilterSpec())
    []
    """
    from ui.filter_state import DEFAULT_SPEC

    out = []
    if spec.hide_negated and "negated" not in spec.modes:
        out.append("negated hidden")
    if spec.min_confidence and spec.min_confidence == DEFAULT_SPEC.min_confidence:
        out.append(f"confidence ≥ {spec.min_confidence:g}")  # a chip names any other value
    return out


def _relations(n: int) -> str:
    return f"{n} relation{'s' * (n != 1)}"


def hidden_note(counts: Mapping[str, int], threshold: float) -> str:
    """One line naming what the reliability filters hide; "" when they hide nothing.

    Both kinds share one "hidden" and one "relations", so that the notes row above the canvas
    (with the co-occurrence note and three buttons) stays one line.

    >>> hidden_note({"negated": 2, "low_confidence": 42}, 0.8)
    '2 negated relations · 42 below confidence 0.8 hidden.'
    >>> hidden_note({"negated": 1}, 0.8), hidden_note({"low_confidence": 1}, 0.8)
    ('1 negated relation hidden.', '1 relation below confidence 0.8 hidden.')
    >>> hidden_note({"negated": 0, "low_confidence": 0}, 0.8)
    ''
    """
    parts = []
    negated, low = counts.get("negated", 0), counts.get("low_confidence", 0)
    if negated:
        parts.append(f"{negated} negated relation{'s' * (negated != 1)}")
    if low:
        parts.append(f"{low if negated else _relations(low)} below confidence {threshold:g}")
    return " · ".join(parts) + " hidden." if parts else ""


@st.cache_data(max_entries=64, show_spinner=False)
def cached_hidden(
    content_hash: str, view: str, spec_key: str, _V: nx.MultiDiGraph, _spec: FilterSpec
) -> dict[str, int]:
    """:func:`graph.views.hidden_by_reliability` once per corpus, view and filters."""
    return hidden_by_reliability(_V, _spec)


def show(key: str, value: object) -> None:
    """Callback: set a filter widget's value (the notice's "show" buttons). The notice is drawn
    inside the explorer fragment, so it asks for a whole-page rerun: the sidebar, the chips and
    the graph must all see the changed filter."""
    st.session_state[key] = value
    st.session_state[keys.APP_RERUN] = True


def hidden_notice(
    content_hash: str,
    view: str,
    spec_key: str,
    V: nx.MultiDiGraph,
    spec: FilterSpec,
    first: Callable[[], None] | None = None,
) -> None:
    """Above the graph: "N negated relations hidden · M relations below confidence 0.5
    hidden.", with one button for each that shows them.

    ``first`` draws another hidden-things note (co-occurrence) at the start of the same row, so
    the notes together take one line and the canvas stays above the fold.
    """
    base = without_steps(spec)  # what the reliability filter hides is the same with any steps
    counts = cached_hidden(content_hash, view, spec_key if base is spec else repr(base), V, base)
    note = hidden_note(counts, spec.min_confidence)
    if not note and first is None:
        return
    with st.container(
        horizontal=True, vertical_alignment="center", gap="small", key="reliability-hidden"
    ):
        if first is not None:
            first()
        if note:
            st.caption(note, width="content")
        if counts.get("negated"):
            st.button(
                "Show negated",
                key="show-negated",
                type="tertiary",
                on_click=show,
                args=(keys.HIDE_NEGATED, False),
            )
        if counts.get("low_confidence"):
            st.button(
                "Show all confidences",
                key="show-low-confidence",
                type="tertiary",
                on_click=show,
                args=(keys.MIN_CONFIDENCE, 0.0),
            )
