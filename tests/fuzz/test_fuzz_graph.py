"""Fuzzing graph/: whatever records, bytes or filters come in, the answer is a result or one line.

Hypothesis mutates the sample records (tests/fixtures/sample_records.json): keys deleted,
values replaced by wrong types, NaN and Infinity, dangling or misplaced ids, deep nesting,
duplicated or emptied lists; it also feeds random and corrupted bytes to the loader and
random filter specs to graph/filters.py. Each case must either work (and then every view
exports, and the JSON export is strict JSON) or raise :class:`graph.errors.GraphError` with
a one-line message, never another exception. Seeds are fixed (``derandomize``) and the
example counts small, so the suite is repeatable and takes a few seconds.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import math
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from graph.build import build_graph
from graph.errors import GraphError
from graph.export import EXPORT_FORMATS, export_bytes
from graph.filters import FilterSpec
from graph.views import VIEWS, select
from records import (
    ENTITY_TYPES,
    MODES,
    RELATION_TYPES,
    RecordsError,
    load_records,
    validate_records,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_records.json"
SAMPLE: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
SECTIONS = ("documents", "sentences", "entities", "mentions", "relations")
IDS = sorted(
    {
        item["id"]
        for key in ("documents", "sentences", "entities", "relations")
        for item in SAMPLE[key]
    }
)
FORMATS = tuple(EXPORT_FORMATS)  # html, png, graphml, gexf, json, csv

FUZZ = settings(
    derandomize=True,
    deadline=None,
    max_examples=60,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def one_line(err: GraphError) -> None:
    message = str(err)
    event(f"refused: {type(err).__name__}")
    assert message and "\n" not in message and "Traceback" not in message, repr(message)


def deep(depth: int, leaf: Any = None) -> Any:
    """``depth`` nested lists around ``leaf``, built without recursion."""
    value: Any = leaf
    for _ in range(depth):
        value = [value]
    return value


# --------------------------------------------------------------------------- strategies

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "kb:nobody",
            "2025-02-30",
            "2025-12",
            "EVENT",
            "CO_OCCURS",
            "PERSON",
            "nl",
            "RUS",
            "=HYPERLINK(1)",
            "</script><b>",
            "\u2028",
            "\x00",
            "a" * 400,
        ]
    ),
    st.sampled_from(IDS),
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
replacements = st.one_of(
    json_values,
    st.sampled_from([math.nan, math.inf, -math.inf, -1, 1.5, 2**63, [], {}]),
    st.integers(1, 3000).map(deep),
)


#: Fields where a wrong value is easy to miss: references, numbers, dates.
SENSITIVE = [
    ("relations", "confidence"),
    ("relations", "event"),
    ("relations", "source"),
    ("relations", "target"),
    ("relations", "sentence"),
    ("relations", "date"),
    ("mentions", "entity"),
    ("mentions", "sentence"),
    ("sentences", "doc"),
    ("entities", "event.location"),
    ("entities", "event.date"),
    ("entities", "mentions"),
    ("documents", "date"),
]
pokes = st.one_of(
    st.sampled_from(
        [math.nan, math.inf, -math.inf, -0.5, 1.0000001, None, "", "kb:nobody", "event:gone"]
    ),
    st.sampled_from(IDS),
)


@st.composite
def mutated_records(draw: st.DrawFn) -> dict:
    """The sample records with one to four mutations: anywhere, or in a field where it is easy to
    miss."""
    records = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            section, field = draw(st.sampled_from(SENSITIVE))
            items = records.get(section)
            if not isinstance(items, list) or not items:
                continue
            item = items[draw(st.integers(0, len(items) - 1))]
            if not isinstance(item, dict):
                continue
            if field.startswith("event."):
                if isinstance(item.get("event"), dict):
                    item["event"][field[6:]] = draw(pokes)
            else:
                item[field] = draw(pokes)
            continue
        section = draw(st.sampled_from((*SECTIONS, "schema_version", "extra")))
        action = draw(
            st.sampled_from(["delete", "set", "set", "set", "duplicate", "empty", "retype"])
        )
        items = records.get(section)
        if action == "retype" or not isinstance(items, list) or not items:
            if action == "delete":
                records.pop(section, None)
            else:
                records[section] = draw(replacements)
            continue
        i = draw(st.integers(0, len(items) - 1))
        if action == "duplicate":
            items.append(copy.deepcopy(items[i]))
        elif action == "empty":
            items.clear()
        elif not isinstance(items[i], dict) or not items[i]:
            items[i] = draw(replacements)
        else:
            keys = sorted(items[i]) + ["event", "extra"]
            key = draw(st.sampled_from(keys))
            target = items[i]
            if key == "event" and isinstance(target.get("event"), dict) and draw(st.booleans()):
                target, key = (
                    target["event"],
                    draw(st.sampled_from(["type", "trigger", "location", "date", "extra"])),
                )
            if action == "delete":
                target.pop(key, None)
            else:
                target[key] = draw(replacements)
    return records


ENTITY_IDS = [e["id"] for e in SAMPLE["entities"]]
DOCUMENT_IDS = [d["id"] for d in SAMPLE["documents"]]
some_dates = st.dates(dt.date(2020, 1, 1), dt.date(2026, 12, 31))

#: Filter specs a user could set in the app or on the command line.
sane_specs = st.builds(
    FilterSpec,
    actors=st.lists(st.sampled_from(ENTITY_IDS), max_size=2).map(tuple),
    radius=st.integers(0, 4),
    relation_types=st.lists(st.sampled_from(RELATION_TYPES), max_size=3).map(tuple),
    entity_types=st.lists(st.sampled_from(ENTITY_TYPES), max_size=2).map(tuple),
    date_from=st.none() | some_dates,
    date_to=st.none() | some_dates,
    documents=st.lists(st.sampled_from(DOCUMENT_IDS), max_size=2).map(tuple),
    min_mentions=st.integers(0, 10),
    min_weight=st.floats(0, 5),
    text=st.sampled_from(["", "putin", "kb:", "Mos", "z"]),
    show_cooccurrence=st.booleans(),
    top_k=st.none() | st.integers(1, 20),
    keep_isolates=st.booleans(),
    modes=st.lists(st.sampled_from(MODES), max_size=2).map(tuple),
    hide_negated=st.booleans(),
    min_confidence=st.floats(0, 1),
)
#: Anything at all in each field, including what the command line and the app refuse earlier.
wild_specs = st.builds(
    FilterSpec,
    actors=st.lists(
        st.sampled_from(IDS)
        | st.sampled_from(["Poetin", "putin", "Merkel", "", " "])
        | st.text(max_size=8),
        max_size=3,
    ).map(tuple),
    radius=st.integers(-2, 6),
    relation_types=st.lists(
        st.sampled_from(RELATION_TYPES) | st.sampled_from(["MEET", "consult", ""]), max_size=4
    ).map(tuple),
    entity_types=st.lists(
        st.sampled_from(ENTITY_TYPES) | st.sampled_from(["PLACE", "person"]), max_size=3
    ).map(tuple),
    date_from=st.none() | some_dates | st.sampled_from(["", "2025-12", "x", "2025-02-30"]),
    date_to=st.none() | some_dates | st.sampled_from(["", "2025-12-31", "tomorrow"]),
    documents=st.lists(st.sampled_from(DOCUMENT_IDS) | st.text(max_size=6), max_size=2).map(tuple),
    min_mentions=st.integers(-3, 50),
    min_weight=st.one_of(st.floats(-5, 50), st.sampled_from([math.nan, math.inf])),
    text=st.text(max_size=8) | st.sampled_from(["putin", "kb:", "(", "*", "\\"]),
    show_cooccurrence=st.booleans(),
    top_k=st.none() | st.integers(-2, 20),
    keep_isolates=st.booleans(),
    modes=st.lists(
        st.sampled_from(MODES) | st.sampled_from(["maybe", "NEGATED", ""]), max_size=3
    ).map(tuple),
    hide_negated=st.booleans(),
    min_confidence=st.one_of(st.floats(-1, 2), st.sampled_from([math.nan, math.inf, "0.5", None])),
)
filter_specs = sane_specs | wild_specs

#: Text a real article or a hostile file may hold, which every export must carry safely.
odd_text = st.text(max_size=40) | st.sampled_from(
    [
        "",
        '=HYPERLINK("http://x")',
        "+1",
        "@SUM(A1)",
        "</script><script>alert(1)</script>",
        "]]>",
        "<![CDATA[",
        "\u2028\u2029",
        "a\x00b",
        "\ud7ff\ue000\U0001f600",
        "$x^2$",
        "Ω" * 300,
        "line\nbreak\r\n",
        "\t",
        " ",
    ]
)


@st.composite
def strange_valid_records(draw: st.DrawFn) -> dict:
    """The sample records, still valid, with odd texts, numbers, dates and optional fields
    dropped."""
    records = copy.deepcopy(SAMPLE)
    for doc in records["documents"]:
        doc["title"], doc["source"] = draw(odd_text), draw(odd_text)
        doc["date"] = draw(st.none() | some_dates.map(dt.date.isoformat))
    for sentence in records["sentences"]:
        if draw(st.booleans()):
            sentence["text"] = draw(odd_text)
    for entity in records["entities"]:
        if draw(st.booleans()):
            entity["label"] = draw(odd_text)
            entity["aliases"] = draw(st.lists(odd_text, max_size=3))
        entity["mentions"] = draw(st.integers(0, 2**31))
    for relation in records["relations"]:
        relation["confidence"] = draw(st.floats(0, 1))
        relation["trigger"] = draw(odd_text)
        relation["negated"] = draw(st.booleans())
        for key in ("role", "detail", "date", "trigger_start", "trigger_end", "event"):
            if key in relation and draw(st.booleans()):
                del relation[key]
        if draw(st.booleans()):
            relation["detail"] = draw(odd_text)
    records["mentions"] = draw(st.sampled_from([records["mentions"], records["mentions"][:3], []]))
    if draw(st.booleans()):
        records["relations"] = records["relations"][
            : draw(st.integers(0, len(records["relations"])))
        ]
    return records


# --------------------------------------------------------------------------- checks


def check_exports(records: dict, view: str, fmt: str) -> None:
    """A valid input builds, takes the view and exports; the JSON export is strict JSON."""
    event("accepted")
    H = select(build_graph(records), FilterSpec(), view)
    data = export_bytes(H, fmt, title="fuzz")
    assert data
    if fmt == "json":
        json.loads(data, parse_constant=lambda name: pytest.fail(f"the JSON export holds {name}"))
    if fmt == "csv":
        assert sorted(zipfile.ZipFile(io.BytesIO(data)).namelist()) == ["edges.csv", "nodes.csv"]


@settings(FUZZ, max_examples=40)
@given(records=strange_valid_records(), view=st.sampled_from(VIEWS), fmt=st.sampled_from(FORMATS))
def test_fuzz_strange_but_valid_records_export_in_every_format(records, view, fmt):
    validate_records(records, source="fuzz")  # still valid: every export must work
    check_exports(records, view, fmt)


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory(prefix="newsgraph-fuzz-") as name:
        yield Path(name)


@FUZZ
@given(records=mutated_records(), view=st.sampled_from(VIEWS), fmt=st.sampled_from(FORMATS))
def test_fuzz_mutated_records_in_memory_work_or_say_why(records, view, fmt):
    try:
        validate_records(records, source="fuzz")
    except (GraphError, RecordsError) as err:
        one_line(err)
        return
    check_exports(records, view, fmt)


@FUZZ
@given(records=mutated_records(), view=st.sampled_from(VIEWS), fmt=st.sampled_from(FORMATS))
def test_fuzz_mutated_records_file_loads_or_says_why(folder, records, view, fmt):
    path = folder / "records.json"
    try:
        text = json.dumps(records)  # NaN and Infinity are written as Python writes them
    except RecursionError:
        text = '{"documents": ' + "[" * 5000 + "]" * 5000 + "}"
    path.write_text(text, encoding="utf-8")
    try:
        loaded = load_records(path)
    except (GraphError, RecordsError) as err:
        one_line(err)
        assert str(err).startswith(f"{path}: ")
        return
    check_exports(loaded, view, fmt)


@st.composite
def corrupted_text(draw: st.DrawFn) -> bytes:
    """The fixture's bytes with a few slices replaced by random bytes, or cut short."""
    data = bytearray(FIXTURE.read_bytes())
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(data)))
        end = min(len(data), start + draw(st.integers(0, 8)))
        data[start:end] = draw(
            st.binary(max_size=8)
            | st.sampled_from([b"NaN", b"-Infinity", b"[" * 3000, b'"', b"\\", b"\xff"])
        )
    return bytes(data)


@FUZZ
@given(
    data=st.binary(max_size=300)
    | corrupted_text()
    | st.integers(0, 200_000).map(lambda n: b"[" * n + b"]" * n)
)
def test_fuzz_random_bytes_load_or_say_why(folder, data):
    path = folder / "bytes.json"
    path.write_bytes(data)
    try:
        loaded = load_records(path)
    except (GraphError, RecordsError) as err:
        one_line(err)
        return
    check_exports(loaded, "full", "json")


@pytest.fixture(scope="module")
def sample_graph():
    return build_graph(copy.deepcopy(SAMPLE))


@settings(FUZZ, max_examples=150)
@given(spec=filter_specs, view=st.sampled_from(VIEWS))
def test_fuzz_filter_specs_filter_or_say_why(sample_graph, spec, view):
    try:
        H = select(sample_graph, spec, view)
    except (GraphError, RecordsError) as err:
        one_line(err)
        return
    assert set(H.nodes) <= set(sample_graph.nodes)
    json.loads(export_bytes(H, "json"))
