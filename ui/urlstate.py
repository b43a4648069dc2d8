"""The view state in the URL: session state <-> query parameters, as pure functions.

A link names the corpus source, the view, every filter (keyed by its widget key, which is
the :class:`graph.filters.FilterSpec` field name, see :mod:`ui.keys`), the selection, the
open tab and the reader's hidden, expanded and pinned nodes (:mod:`ui.expansion`), so a
reload or a shared link opens the same view.  Only values that differ from their default go
into the URL.

A URL is typed by anyone: :func:`from_params` takes whatever came in and keeps only values
of the right shape and size, silently dropping the rest (a value of the right shape that the
corpus does not offer, such as an unknown actor id, is dropped later by
:func:`ui.filter_state.prune_state`).  Nothing here raises on bad input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from records import MODES
from ui import keys

#: Upper bounds on what a URL may set; anything larger is ignored.
MAX_ITEMS = 50  #: values of one list filter (actors, documents, types)
MAX_VALUE = 300  #: characters of one id, or of the search text
MAX_NUMBER = 1_000_000
RADIUS_MAX = 4  #: the ego-radius slider's top

#: The reader's steps (ui.expansion): lists of node ids.
STEP_FIELDS = (keys.HIDDEN, keys.EXPANDED, keys.PINNED)
LIST_FIELDS = (
    keys.ACTORS,
    keys.RELATION_TYPES,
    keys.ENTITY_TYPES,
    keys.DOCUMENTS,
    keys.MODES,
    *STEP_FIELDS,
)
BOOL_FIELDS = (keys.SHOW_COOCCURRENCE, keys.HIDE_NEGATED)  #: "1" or "0" in the URL
#: key -> (min, max) of a number with decimals (the confidence threshold: 0 to 1)
FLOAT_FIELDS = {keys.MIN_CONFIDENCE: (0.0, 1.0)}
INT_FIELDS = {  # key -> (min, max)
    keys.RADIUS: (0, RADIUS_MAX),
    keys.MIN_MENTIONS: (0, MAX_NUMBER),
    keys.MIN_WEIGHT: (0, MAX_NUMBER),
    keys.TOP_K: (0, MAX_NUMBER),
}
DATE_FIELDS = (keys.DATE_FROM, keys.DATE_TO)
TABS = ("Graph", "Tables", "Export", "Corrections")

#: The value of each key when nothing is chosen (such values stay out of the URL).
DEFAULTS: dict[str, Any] = {
    keys.CORPUS_SOURCE: "sample",
    keys.VIEW: "actors",
    **keys.FILTER_DEFAULTS,
    keys.SELECTION: None,
    keys.TAB: "Graph",
    **{key: [] for key in STEP_FIELDS},
}

Params = dict[str, list[str]]


def _selection_param(value: Any) -> str | None:
    if isinstance(value, Mapping) and value.get("kind") in ("node", "edge") and value.get("id"):
        return f"{value['kind']}:{value['id']}"
    return None


def to_params(state: Mapping[str, Any]) -> Params:
    """The query parameters of a session state: every key whose value is not its default.

    Each parameter maps to a list of strings (repeated in the URL for list filters).

    >>> to_params({"actors": ["kb:putin"], "radius": 2, "date_to": dt.date(2025, 11, 30),
    ...            "show_cooccurrence": True, "text": "",
    ...            "selection": {"kind": "node", "id": "kb:putin"}})
    {'actors': ['kb:putin'], 'radius': ['2'], 'date_to': ['2025-11-30'], 'show_cooccurrence': ['1'], 'selection': ['node:kb:putin']}
    >>> to_params({"modes": ["possible"], "hide_negated": False, "min_confidence": 0.3})
    {'modes': ['possible'], 'hide_negated': ['0'], 'min_confidence': ['0.3']}
    """  # noqa: E501 (a doctest's expected output is one line)
    params: Params = {}
    for key, default in DEFAULTS.items():
        value = state.get(key, default)
        if key == keys.SELECTION:
            text = _selection_param(value)
            if text:
                params[key] = [text]
            continue
        if value is None or value == default:
            continue
        if key in LIST_FIELDS:
            params[key] = [str(v) for v in value]
        elif key in DATE_FIELDS:
            params[key] = [value.isoformat() if isinstance(value, dt.date) else str(value)]
        elif key in BOOL_FIELDS:
            params[key] = ["1" if value else "0"]
        elif key in FLOAT_FIELDS:
            params[key] = [f"{float(value):g}"]
        else:
            params[key] = [str(int(value)) if key in INT_FIELDS else str(value)]
    return params


def _short(value: Any) -> str | None:
    """``value`` as a clean string, or None when it is no string, empty or too long."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > MAX_VALUE or any(ord(c) < 32 for c in value):
        return None
    return value


def _float(value: str, low: float, high: float) -> float | None:
    """A plain decimal number ('0.65', '1') within [low, high], two decimals; else None."""
    digits = value.replace(".", "", 1)
    if not value.isascii() or not digits.isdigit() or len(value) > 6:
        return None
    number = float(value)
    return round(number, 2) if low <= number <= high else None


def _int(value: str, low: int, high: int) -> int | None:
    if not value.isascii() or not value.lstrip("-").isdigit() or len(value) > 9:
        return None
    number = int(value)
    return number if low <= number <= high else None


def from_params(
    params: Mapping[str, Sequence[str]],
    sources: Collection[str] = (),
    views: Collection[str] = ("actors", "events"),
) -> dict[str, Any]:
    """The session-state values a URL asks for; ill-formed or hostile values are left out.

    ``params`` maps a parameter name to all its values (``st.query_params.get_all``).  A
    single value for a list filter, a number out of range, a date that is no ISO date, an
    unknown source, view or tab, or an over-long or control-character value is ignored.

    >>> from_params({"actors": ["kb:putin", ""], "radius": ["9"], "date_from": ["2025-13-01"],
    ...              "selection": ["edge:kb:a->kb:b"], "source": ["<script>"]}, sources=["sample"])
    {'actors': ['kb:putin'], 'selection': {'kind': 'edge', 'id': 'kb:a->kb:b'}}
    >>> from_params({"modes": ["possible", "maybe"], "hide_negated": ["0"],
    ...              "min_confidence": ["1e3"]})
    {'modes': ['possible'], 'hide_negated': False}
    """
    out: dict[str, Any] = {}
    for key, raw in params.items():
        if key not in DEFAULTS:
            continue
        if isinstance(raw, str):
            raw = [raw]
        try:
            values = [v for v in (_short(x) for x in list(raw)[:MAX_ITEMS]) if v is not None]
        except TypeError:
            continue
        if key in LIST_FIELDS:
            if key == keys.MODES:
                values = [v for v in values if v in MODES]
            if values:
                out[key] = list(dict.fromkeys(values))
            continue
        if not values:
            continue
        value = values[-1]
        if key in INT_FIELDS:
            number = _int(value, *INT_FIELDS[key])
            if number is not None:
                out[key] = number
        elif key in DATE_FIELDS:
            try:
                out[key] = dt.date.fromisoformat(value) if len(value) == 10 else None
            except ValueError:
                pass
            if out.get(key) is None:
                out.pop(key, None)
        elif key in BOOL_FIELDS:
            if value in ("0", "1"):
                out[key] = value == "1"
        elif key in FLOAT_FIELDS:
            number = _float(value, *FLOAT_FIELDS[key])
            if number is not None:
                out[key] = number
        elif key == keys.TEXT:
            out[key] = value
        elif key == keys.SELECTION:
            kind, _, ident = value.partition(":")
            if kind in ("node", "edge") and ident:
                out[key] = {"kind": kind, "id": ident}
        elif key == keys.CORPUS_SOURCE:
            if value in sources:
                out[key] = value
        elif key == keys.VIEW:
            if value in views:
                out[key] = value
        elif key == keys.TAB:
            if value in TABS:
                out[key] = value
    return out


def same_params(a: Mapping[str, Sequence[str]], b: Mapping[str, Sequence[str]]) -> bool:
    """True when two parameter mappings hold the same values (a string counts as a 1-list).

    >>> same_params({"a": "1"}, {"a": ["1"]}), same_params({"a": ["1"]}, {})
    (True, False)
    """

    def norm(m: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
        return {k: [v] if isinstance(v, str) else list(v) for k, v in m.items()}

    return norm(a) == norm(b)
