"""Reading articles from files and uploads into :class:`Document` records.

Article files are untrusted input: every way a file can be unreadable (empty,
binary, too large, an undecodable encoding, a table without a text column, a
JSONL line that is not JSON) raises :class:`~extract.errors.InputError` with a
message naming the file, so callers can report it and go on with the rest.

Metadata (title, date, language) comes, in this order, from the row of a
CSV/JSONL file, HTML ``<meta>`` tags, YAML-style front matter, or a sidecar
``<name>.meta.json`` next to a text file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from charset_normalizer import from_bytes

from extract.errors import InputError

SUFFIXES = (".txt", ".md", ".html", ".htm", ".csv", ".jsonl")
MAX_BYTES = 20 * 1024 * 1024
TEXT_COLUMNS = ("text", "body", "content")


@dataclass(frozen=True)
class Document:
    """One article: its text plus what is known about it.

    ``language`` is None when it should be detected; ``date`` is ISO
    ``YYYY-MM-DD`` or None.
    """

    id: str
    title: str
    text: str
    source: str
    date: str | None = None
    language: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the same article has the same hash wherever it came from."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_path(path: str | Path, *, default_date: str | None = None) -> list[Document]:
    """Read one file, or every readable file below a folder, into documents.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Poetin sprak met Witkoff.", encoding="utf-8")
    >>> [doc.text for doc in read_path(d / "a.txt")]
    ['Poetin sprak met Witkoff.']
    """
    path = Path(path)
    if path.is_dir():
        return [doc for file in iter_article_files(path) for doc in read_path(file, default_date=default_date)]
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror or err})") from None
    sidecar = _read_sidecar(path)
    docs = documents_from_bytes(path.name, data, source=str(path), default_date=default_date)
    return [_apply_meta(doc, sidecar) for doc in docs] if sidecar else docs


def iter_article_files(folder: Path) -> Iterator[Path]:
    """Files below ``folder`` with a readable suffix, in a stable order; sidecars, READMEs and licences are skipped."""
    for file in sorted(folder.rglob("*")):
        if (
            file.is_file()
            and file.suffix.lower() in SUFFIXES
            and not file.name.startswith(".")
            and not file.stem.upper().startswith(("README", "LICENSE", "LICENCE"))
        ):
            yield file


def documents_from_upload(name: str, data: bytes, *, default_date: str | None = None) -> list[Document]:
    """Documents from an uploaded file's name and bytes (the app's entry point)."""
    return documents_from_bytes(name, data, source=name, default_date=default_date)


def documents_from_bytes(
    name: str, data: bytes, *, source: str, default_date: str | None = None
) -> list[Document]:
    """Dispatch on the file suffix; raise InputError naming ``name`` when unreadable."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name}: unsupported file type '{suffix or 'none'}'; expected one of {', '.join(SUFFIXES)}")
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: the file is too large ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
    text = decode(name, data)
    stem = Path(name).stem
    if suffix == ".csv":
        docs = list(_from_rows(name, _csv_rows(name, text), source, stem))
    elif suffix == ".jsonl":
        docs = list(_from_rows(name, _jsonl_rows(name, text), source, stem))
    elif suffix in (".html", ".htm"):
        docs = [_from_html(name, text, source, stem)]
    else:
        docs = [_from_plain(name, text, source, stem)]
    if default_date:
        docs = [doc if doc.date else replace(doc, date=normalise_date(default_date, name)) for doc in docs]
    return docs


def decode(name: str, data: bytes) -> str:
    """Text from bytes: UTF-8 first, else the detected encoding (cp1252, latin-1, ...)."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_16", "iso8859_15", "mac_roman"]).best()
    if best is None:
        raise InputError(f"{name}: not valid UTF-8 and no text encoding fits; save it as UTF-8")
    return str(best)


def normalise_date(value: object, name: str = "input") -> str | None:
    """An ISO date string from a date-like value; InputError if it cannot be read.

    >>> normalise_date("2025-12-03T08:15:00Z")
    '2025-12-03'
    >>> normalise_date("3 December 2025")
    '2025-12-03'
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            pass
    else:
        from dateutil import parser as date_parser

        try:
            return date_parser.parse(text, dayfirst=True).date().isoformat()
        except (ValueError, OverflowError):
            pass
    raise InputError(f"{name}: cannot read the date '{text}'; expected YYYY-MM-DD")


# --- formats ----------------------------------------------------------------------------------

FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def _from_plain(name: str, text: str, source: str, stem: str) -> Document:
    meta: dict[str, str] = {}
    match = FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[match.end():]
    text = text.strip("\n")
    if not text.strip():
        raise InputError(f"{name}: has metadata but no article text")
    return Document(
        id=meta.get("id") or stem,
        title=meta.get("title") or _title_from_text(text, stem),
        text=text,
        source=source,
        date=normalise_date(meta.get("date"), name),
        language=meta.get("language") or meta.get("lang") or None,
    )


def _title_from_text(text: str, fallback: str) -> str:
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    return first if 0 < len(first) <= 120 else fallback


class _ArticleHTML(HTMLParser):
    """Collects visible text by block, the <title>, and <meta> name/property -> content."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "div", "br", "article", "section", "blockquote", "tr"}
    HIDDEN = {"script", "style", "noscript", "template", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]
        self.title = ""
        self.meta: dict[str, str] = {}
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            values = dict(attrs)
            key = (values.get("name") or values.get("property") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.meta[key] = values["content"] or ""
        elif tag == "title":
            self._in_title = True
        elif tag in self.HIDDEN:
            self._hidden += 1
        if tag in self.BLOCKS:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        if tag in self.BLOCKS:
            self.blocks.append("")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._hidden:
            self.blocks[-1] += data


DATE_META = ("article:published_time", "date", "pubdate", "datepublished", "dc.date", "og:published_time")


def _from_html(name: str, text: str, source: str, stem: str) -> Document:
    parser = _ArticleHTML()
    parser.feed(text)
    parser.close()
    body = "\n".join(" ".join(block.split()) for block in parser.blocks if block.strip())
    if not body:
        raise InputError(f"{name}: the HTML page has no visible text")
    title = " ".join((parser.meta.get("og:title") or parser.title).split())
    raw_date = next((parser.meta[key] for key in DATE_META if parser.meta.get(key)), None)
    return Document(
        id=stem,
        title=title or _title_from_text(body, stem),
        text=body,
        source=source,
        date=normalise_date(raw_date, name),
        language=(parser.meta.get("language") or parser.meta.get("og:locale") or "")[:2].lower() or None,
    )


def _csv_rows(name: str, text: str) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        reader = csv.DictReader(io.StringIO(text))
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    except csv.Error as err:
        raise InputError(f"{name}: not a readable CSV file ({err})") from None
    if not any(col in fields for col in TEXT_COLUMNS):
        raise InputError(
            f"{name}: the CSV has no text column (columns: {', '.join(fields) or 'none'}); "
            f"expected one of {', '.join(TEXT_COLUMNS)}, with optional title, date, language, id"
        )
    try:
        for number, row in enumerate(reader, start=2):
            yield number, {(k or "").strip().lower(): (v or "") for k, v in row.items()}
    except csv.Error as err:
        raise InputError(f"{name}: not a readable CSV file ({err})") from None


def _jsonl_rows(name: str, text: str) -> Iterator[tuple[int, dict[str, str]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{name}, line {number}: not valid JSON ({err.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{name}, line {number}: expected a JSON object with a 'text' field")
        yield number, {str(k).lower(): v for k, v in row.items()}


def _from_rows(name: str, rows: Iterable[tuple[int, dict]], source: str, stem: str) -> Iterator[Document]:
    seen = 0
    for number, row in rows:
        text = next((str(row[col]) for col in TEXT_COLUMNS if row.get(col)), "").strip()
        if not text:
            raise InputError(f"{name}, line {number}: the row has no text")
        seen += 1
        yield Document(
            id=str(row.get("id") or f"{stem}-{number}"),
            title=str(row.get("title") or _title_from_text(text, f"{stem} #{seen}")),
            text=text,
            source=f"{source}#{number}",
            date=normalise_date(row.get("date"), f"{name}, line {number}"),
            language=str(row.get("language") or row.get("lang") or "") or None,
        )
    if not seen:
        raise InputError(f"{name}: no rows with text")


def _read_sidecar(path: Path) -> dict[str, str] | None:
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return None
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{sidecar}: unreadable metadata ({err})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{sidecar}: expected a JSON object with title, date, language")
    return meta


def _apply_meta(doc: Document, meta: dict[str, str]) -> Document:
    return replace(
        doc,
        id=str(meta.get("id") or doc.id),
        title=str(meta.get("title") or doc.title),
        date=normalise_date(meta.get("date"), doc.source) or doc.date,
        language=meta.get("language") or doc.language,
        source=str(meta.get("source") or doc.source),
    )
