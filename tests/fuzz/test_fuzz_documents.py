"""Fuzzing the article reader: whatever the bytes, name and sidecar, the answer is documents or one
line.

Every case goes through :func:`extract.documents.read_path` on a real file
(with and without a ``NAME.meta.json`` sidecar), the app's
:func:`~extract.documents.documents_from_upload` and
:func:`~extract.documents.read_upload`. Each must give documents or a
:class:`~extract.errors.NewsgraphError` whose message is one line; never
another exception. No model is loaded. The seed is fixed (``derandomize``),
so a failure here fails the same way on every machine.
"""

from __future__ import annotations

import codecs
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.documents import Document, documents_from_upload, read_path, read_upload
from extract.errors import NewsgraphError

SUFFIXES = [".txt", ".md", ".html", ".csv", ".jsonl"]
FUZZ = settings(
    derandomize=True,
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Encodings a file may come in; the byte-order mark is added (or not) separately.
ENCODINGS = ["utf-8", "utf-16-le", "utf-16-be", "latin-1", "cp1252"]
BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
}

words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | words,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(words, inner, max_size=4),
    max_leaves=12,
)
#: Field names an article reader looks at, and a few it does not.
keys = st.sampled_from(
    [
        "text",
        "body",
        "content",
        "title",
        "date",
        "language",
        "lang",
        "id",
        "source",
        "other",
        "TEXT",
    ]
)
dates = (
    st.sampled_from(
        ["2025-12-03", "3 december 2025", "gisteren", "", "2025-13-45", "99999-01-01", "0", "T"]
    )
    | words
)


@st.composite
def jsonl_text(draw) -> str:
    """Lines of JSON objects with article fields, other JSON values, and broken lines."""
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["row", "row", "value", "broken", "blank", "deep"]))
        if kind == "row":
            row = draw(st.dictionaries(keys, json_values | words | dates, max_size=6))
            lines.append(json.dumps(row, ensure_ascii=draw(st.booleans())))
        elif kind == "value":
            lines.append(json.dumps(draw(json_values)))
        elif kind == "broken":
            lines.append(draw(words))
        elif kind == "deep":
            depth = draw(st.integers(1, 5000))
            lines.append('{"text": "a", "x": ' + "[" * depth + "]" * depth + "}")
        else:
            lines.append("")
    return "\n".join(lines)


@st.composite
def csv_text(draw) -> str:
    """A header of article fields, then rows of random cells, sometimes with quotes, NULs or ragged
    rows."""
    header = draw(st.lists(keys | words, min_size=1, max_size=5))
    rows = [",".join(header)]
    for _ in range(draw(st.integers(0, 5))):
        cells = draw(st.lists(words | dates, max_size=len(header) + 2))
        rows.append(",".join(f'"{c}"' if draw(st.booleans()) else c for c in cells))
    return "\n".join(rows)


@st.composite
def html_text(draw) -> str:
    """A page with random meta tags, title, hidden parts and body text."""
    meta = "".join(
        f'<meta name="{draw(st.sampled_from(["date", "language", "og:title", "pubdate", "x"]))}" '
        f'content="{draw(words | dates)}">'
        for _ in range(draw(st.integers(0, 3)))
    )
    tags = draw(
        st.lists(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<script>",
                    "</script>",
                    "<br>",
                    "<div",
                    "<!--",
                    "<title>",
                    "</title>",
                ]
            ),
            max_size=6,
        )
    )
    return f"<html><head>{meta}</head><body>{''.join(tags)}{draw(words)}</body></html>"


@st.composite
def plain_text(draw) -> str:
    """Text, sometimes with front matter."""
    body = draw(words)
    if draw(st.booleans()):
        fields = "\n".join(
            f"{draw(keys)}: {draw(words | dates)}" for _ in range(draw(st.integers(0, 3)))
        )
        return f"---\n{fields}\n---\n{body}"
    return body


TEXT_OF = {
    ".txt": plain_text(),
    ".md": plain_text(),
    ".html": html_text(),
    ".csv": csv_text(),
    ".jsonl": jsonl_text(),
}


@st.composite
def article(draw) -> tuple[str, bytes]:
    """(file name, bytes): a suffix we read, a random stem, and either random bytes or encoded text
    of that format."""
    suffix = draw(st.sampled_from(SUFFIXES + [s.upper() for s in SUFFIXES] + [".htm", ".pdf", ""]))
    stem = draw(
        st.text(
            st.characters(codec="utf-8", exclude_characters="/\\\x00", exclude_categories=("Cs",)),
            min_size=1,
            max_size=30,
        )
    )
    if draw(st.integers(0, 4)) == 0:
        return stem + suffix, draw(st.binary(max_size=300))
    text = draw(TEXT_OF.get(suffix.lower(), plain_text()))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    if encoding in BOMS and draw(st.booleans()):
        data = BOMS[encoding] + data
    return stem + suffix, data


sidecars = (
    st.none()
    | json_values.map(lambda v: json.dumps(v).encode())
    | st.dictionaries(
        st.sampled_from(["title", "date", "language", "id", "source", "other"]),
        json_values | dates,
        max_size=4,
    ).map(lambda d: json.dumps(d).encode())
    | st.binary(max_size=50)
    | st.integers(1, 5000).map(lambda n: b"[" * n + b"]" * n)
)


def check(documents: list[Document]) -> None:
    """Documents a reader returned are complete: text to extract and a source naming where it came
    from."""
    for doc in documents:
        assert isinstance(doc, Document)
        assert isinstance(doc.text, str) and doc.text.strip()
        assert (
            isinstance(doc.id, str) and isinstance(doc.title, str) and isinstance(doc.source, str)
        )
        assert doc.language is None or isinstance(doc.language, str)
        assert doc.date is None or isinstance(doc.date, str)


def one_line(err: NewsgraphError) -> None:
    message = str(err)
    assert message and "\n" not in message, repr(message)


@FUZZ
@given(article())
def test_fuzz_upload_gives_documents_or_one_line(case):
    name, data = case
    try:
        check(documents_from_upload(name, data, default_date="2025-12-03"))
    except NewsgraphError as err:
        one_line(err)
    documents, failures = read_upload(name, data)
    check(documents)
    for source, message in failures:
        assert source.startswith(name)
        assert message and "\n" not in message, repr(message)


@FUZZ
@given(article(), sidecars)
def test_fuzz_read_path_gives_documents_or_one_line(case, sidecar):
    name, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        try:
            path.write_bytes(data)
        except OSError:  # a name this file system refuses (too long in bytes, for one)
            return
        if sidecar is not None:
            try:
                path.with_name(path.stem + ".meta.json").write_bytes(sidecar)
            except OSError:
                pass
        try:
            check(read_path(path))
        except NewsgraphError as err:
            one_line(err)
        try:
            check(read_path(folder))
        except NewsgraphError as err:
            one_line(err)
