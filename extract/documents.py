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

import codecs
import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from charset_normalizer import from_bytes

from extract.errors import InputError, one_line

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

SUFFIXES = (".txt", ".md", ".html", ".htm", ".csv", ".jsonl")
MB = 1024 * 1024
#: The largest article file read (20 MB); a longer text is extracted in pieces, see extract.api.
MAX_BYTES = 20 * MB
TEXT_COLUMNS = ("text", "body", "content")

#: (source naming the file, and the line for a CSV/JSONL row, such as ``news.jsonl#3``; one-line
#: reason)
Failure = tuple[str, str]


#: Characters that are not words: page and line separators become a newline, other C0/C1
#: controls, bidi embeddings/overrides/isolates, zero-width spaces and stray byte-order marks a
#: space. Unpaired UTF-16 surrogates (a JSON "\ud83d" cut from its pair, or a file name that
#: is not UTF-8) become U+FFFD, the replacement character, since they cannot be written as
#: UTF-8. One character for one, so offsets into the text stay those of the original. Tab,
#: newline, carriage return and the joiners of emoji and scripts are kept.
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_NOT_TEXT = (
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r" + _LINE_BREAKS]
    + [chr(c) for c in range(0x7F, 0xA0) if chr(c) not in _LINE_BREAKS]
    + list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff")
)
_SURROGATES = [chr(c) for c in range(0xD800, 0xE000)]
_CLEAN = str.maketrans(
    {
        **dict.fromkeys(_LINE_BREAKS, "\n"),
        **dict.fromkeys(_NOT_TEXT, " "),
        **dict.fromkeys(_SURROGATES, "\ufffd"),
    }
)


def _character_class(codes: Iterable[int]) -> re.Pattern[str]:
    """A pattern that finds any one of the characters ``codes``, as ranges of consecutive ones."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return re.compile(
        "["
        + "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        + "]"
    )


#: Any character :data:`_CLEAN` replaces: most texts have none, and a search for one is ten times
#: quicker than ``str.translate`` with a table (a fifth of a microsecond a character), which every
#: Document runs on its text again when it is copied with another field.
_UNCLEAN = _character_class(_CLEAN)


def clean_text(text: str) -> str:
    r"""The text with control and invisible formatting characters replaced, length kept.

    >>> clean_text("Moscow.\x0cThe Kremlin\x01 said")
    'Moscow.\nThe Kremlin  said'
    """
    return text.translate(_CLEAN) if _UNCLEAN.search(text) else text


#: Where a parsed spaCy Doc carries its Document's fields (``dataclasses.asdict``), set by
#: ``extract.api`` and read by the pipeline's components and the records writer.
DOCUMENT_KEY = "newsgraph_document"


def document_date(doc) -> str | None:
    """The ISO date of the Document a parsed spaCy Doc was made from (``DOCUMENT_KEY``), or
    None when it has none or the Doc carries no Document."""
    return (doc.user_data.get(DOCUMENT_KEY) or {}).get("date") or None


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

    def __post_init__(self) -> None:
        # the id, title and source end up in records, stores and exports as UTF-8 too
        for field in ("id", "title", "text", "source"):
            object.__setattr__(self, field, clean_text(getattr(self, field)))

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the same article has the same hash wherever it came from."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_path(path: str | Path, *, default_date: str | None = None) -> list[Document]:
    """Read one file, or every readable file below a folder, into documents; the first problem
    raises.

    :func:`read_paths` reads the same but keeps going past bad files and rows.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Poetin sprak met Witkoff.", encoding="utf-8")
    >>> [doc.text for doc in read_path(d / "a.txt")]
    ['Poetin sprak met Witkoff.']
    """
    path = Path(path)
    if path.is_dir():
        return [
            doc
            for file in iter_article_files(path)
            for doc in read_path(file, default_date=default_date)
        ]
    documents, failures = read_file(path, default_date=default_date)
    if failures:
        raise InputError(failures[0][1])
    return documents


def read_paths(
    paths: Iterable[str | Path], *, default_date: str | None = None
) -> tuple[list[Document], list[Failure]]:
    """Documents from files and folders (recursively), and (source, reason) of every unit that
    failed.

    Each file, CSV row and JSONL line succeeds or fails alone: an empty file
    in a folder, or one broken line, costs only itself. A folder without
    article files is a failure too, so a typo in a path is never silent.
    """
    documents: list[Document] = []
    failures: list[Failure] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files = list(iter_article_files(path))
            if not files:
                failures.append(
                    (
                        str(path),
                        one_line(f"{path}: no article files ({' '.join(SUFFIXES)}) in this folder"),
                    )
                )
        else:
            files = [path]
        for file in files:
            found, failed = read_file(file, default_date=default_date)
            documents += found
            failures += failed
    return documents, failures


def read_file(
    path: str | Path, *, default_date: str | None = None
) -> tuple[list[Document], list[Failure]]:
    """The documents of one file, and (source, reason) of the file or of each of its rows that
    failed."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if (
            size > MAX_BYTES and path.is_file()
        ):  # refused before reading: a huge file must not fill the memory
            return [], [(str(path), one_line(_too_large(path.name, size)))]
        data = path.read_bytes()
    except FileNotFoundError:
        return [], [(str(path), one_line(f"{path}: no such file"))]
    except IsADirectoryError:
        return [], [(str(path), one_line(f"{path}: is a folder"))]
    except OSError as err:
        return [], [(str(path), one_line(f"{path}: cannot be read ({err.strerror or err})"))]
    try:
        sidecar = _read_sidecar(path)
        documents, failures = _parse(path.name, data, source=str(path), default_date=default_date)
        if sidecar:
            documents = [_apply_meta(doc, sidecar) for doc in documents]
    except InputError as err:
        return [], [(str(path), str(err))]
    return documents, failures


def iter_article_files(folder: Path) -> Iterator[Path]:
    """Files below ``folder`` with a readable suffix, in a stable order; sidecars, READMEs and
    licences are skipped."""
    for file in sorted(folder.rglob("*")):
        if (
            file.is_file()
            and file.suffix.lower() in SUFFIXES
            and not file.name.startswith(".")
            and not file.stem.upper().startswith(("README", "LICENSE", "LICENCE"))
        ):
            yield file


def documents_from_upload(
    name: str, data: bytes, *, default_date: str | None = None
) -> list[Document]:
    """Documents from an uploaded file's name and bytes; the first bad file or row raises
    InputError.

    :func:`read_upload` gives the good documents and each failure instead.
    """
    return documents_from_bytes(name, data, source=name, default_date=default_date)


def read_upload(
    name: str, data: bytes, *, default_date: str | None = None
) -> tuple[list[Document], list[Failure]]:
    r"""Documents from an uploaded file, and (source, reason) of the file or each of its rows that
    failed.

    >>> docs, failed = read_upload("news.jsonl", b'{"text": "Poetin sprak."}\n{broken\n')
    >>> [d.text for d in docs], failed
    (['Poetin sprak.'], [('news.jsonl#2', 'news.jsonl, line 2: not valid JSON (Expecting property name enclosed in double quotes)')])
    """  # noqa: E501
    try:
        return _parse(name, data, source=name, default_date=default_date)
    except InputError as err:
        return [], [(name, str(err))]


def documents_from_bytes(
    name: str, data: bytes, *, source: str, default_date: str | None = None
) -> list[Document]:
    """Dispatch on the file suffix; raise InputError naming ``name`` (and the row) at the first
    problem."""
    documents, failures = _parse(name, data, source=source, default_date=default_date)
    if failures:
        raise InputError(failures[0][1])
    return documents


def _parse(
    name: str, data: bytes, *, source: str, default_date: str | None = None
) -> tuple[list[Document], list[Failure]]:
    """Documents of one file and (source, reason) per bad row; InputError when the file as a whole
    is unreadable."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"{name}: unsupported file type '{suffix or 'none'}'; "
            f"expected one of {', '.join(SUFFIXES)}"
        )
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(name, len(data)))
    text = decode(name, data)
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    stem = Path(name).stem
    failures: list[Failure] = []
    if suffix == ".csv":
        docs = _from_rows(name, _csv_rows(name, text), source, stem, failures)
    elif suffix == ".jsonl":
        docs = _from_rows(name, _jsonl_rows(name, text), source, stem, failures)
    elif suffix in (".html", ".htm"):
        docs = [_from_html(name, text, source, stem)]
    elif suffix == ".md":
        docs = [_from_markdown(name, text, source, stem)]
    else:
        docs = [_from_plain(name, text, source, stem)]
    if default_date:
        docs = [
            doc if doc.date else replace(doc, date=normalise_date(default_date, name))
            for doc in docs
        ]
    return docs, failures


def _too_large(name: str, size: int) -> str:
    """'big.txt: the file is too large (52.0 MB; the limit is 20 MB)'."""
    return f"{name}: the file is too large ({size / MB:.1f} MB; the limit is {MAX_BYTES / MB:g} MB)"


#: Byte-order marks and their codecs; UTF-32 first, as its little-endian mark starts like UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(name: str, data: bytes) -> str:
    """Text from bytes: the encoding a byte-order mark names, else UTF-8, else the detected one
    (cp1252, latin-1, ...).

    The mark is checked before the NUL-byte test for binary files, because
    UTF-16 text is full of NUL bytes.
    """
    codec = next((codec for bom, codec in BOMS if data.startswith(bom)), None)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as err:
            raise InputError(
                f"{name}: starts with a {codec.upper().replace('-SIG', '')} byte-order mark "
                f"but is not valid {codec.upper().replace('-SIG', '')} (byte {err.start})"
            ) from None
        if "\x00" in text[:8192]:
            raise InputError(f"{name}: looks like a binary file, not text")
        return text
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(
        data, cp_isolation=["cp1252", "latin_1", "utf_16", "iso8859_15", "mac_roman"]
    ).best()
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


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """The ``---``-fenced ``key: value`` lines atop a text file, and the text after them."""
    meta: dict[str, str] = {}
    match = FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[match.end() :]
    return meta, text


def _from_plain(name: str, text: str, source: str, stem: str) -> Document:
    meta, text = _front_matter(text)
    text = text.strip("\n")
    if not text.strip():
        raise InputError(f"{name}: has metadata but no article text")
    return _with_meta(meta, text, source, stem, name)


def _with_meta(meta: dict[str, str], text: str, source: str, stem: str, name: str) -> Document:
    return Document(
        id=meta.get("id") or stem,
        title=meta.get("title") or _title_from_text(text, stem),
        text=text,
        source=source,
        date=normalise_date(meta.get("date"), name),
        language=meta.get("language") or meta.get("lang") or None,
    )


@cache
def _markdown() -> MarkdownIt:
    """CommonMark without indented code blocks: a news text indented by four spaces is prose.

    Made on the first Markdown article: markdown_it's import was about 0.03 s CPU of every
    start of the pipeline, and most articles are not Markdown.
    """
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").disable("code")


def _from_markdown(name: str, text: str, source: str, stem: str) -> Document:
    """A Markdown article as the reader sees it: no ``#``, ``**`` or link targets in the text,
    one line per heading, paragraph or list item; raw HTML in it is read as in an HTML page."""
    meta, markdown = _front_matter(text)
    body = _visible_text(_markdown().render(markdown))
    if not body:
        raise InputError(f"{name}: has metadata but no article text")
    return _with_meta(meta, body, source, stem, name)


def _title_from_text(text: str, fallback: str) -> str:
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    return first if 0 < len(first) <= 120 else fallback


class _ArticleHTML(HTMLParser):
    """Collects visible text by block, the <title>, and <meta> name/property -> content."""

    BLOCKS = {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "li",
        "div",
        "br",
        "article",
        "section",
        "blockquote",
        "tr",
        "pre",
        "h5",
        "h6",
    }
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
            key = (
                values.get("name") or values.get("property") or values.get("itemprop") or ""
            ).lower()
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


DATE_META = (
    "article:published_time",
    "date",
    "pubdate",
    "datepublished",
    "dc.date",
    "og:published_time",
)


def _parsed_html(text: str) -> _ArticleHTML:
    parser = _ArticleHTML()
    parser.feed(text)
    parser.close()
    return parser


def _joined_blocks(parser: _ArticleHTML) -> str:
    """The page's visible text, one line per block, white space inside a block collapsed."""
    return "\n".join(" ".join(block.split()) for block in parser.blocks if block.strip())


def _visible_text(html: str) -> str:
    return _joined_blocks(_parsed_html(html))


def _from_html(name: str, text: str, source: str, stem: str) -> Document:
    parser = _parsed_html(text)
    body = _joined_blocks(parser)
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
        language=(parser.meta.get("language") or parser.meta.get("og:locale") or "")[:2].lower()
        or None,
    )


def _csv_rows(name: str, text: str) -> Iterator[tuple[int, dict[str, str] | InputError]]:
    """(line number, row) per CSV row; a row the csv module cannot read ends the file with its
    error.

    A field may be as long as a whole article file (the csv module's own limit is 128 KB).
    """
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
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
    number = 1
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except (
            csv.Error
        ) as err:  # the reader cannot find where the next row starts: stop here, keep the rows read
            yield (
                number,
                InputError(
                    f"{name}, line {number}: not a readable CSV row ({err}); "
                    "the rest of the file is skipped"
                ),
            )
            return
        yield number, {(k or "").strip().lower(): (v or "") for k, v in row.items()}


def _jsonl_rows(name: str, text: str) -> Iterator[tuple[int, dict[str, str] | InputError]]:
    """(line number, object) per non-blank line, or (line number, InputError) for a line that is not
    one."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as err:  # JSONDecodeError, or a number too long to convert
            yield number, InputError(f"{name}, line {number}: not valid JSON ({_reason(err)})")
            continue
        except RecursionError:
            yield number, InputError(f"{name}, line {number}: not valid JSON (nested too deeply)")
            continue
        if not isinstance(row, dict):
            yield (
                number,
                InputError(f"{name}, line {number}: expected a JSON object with a 'text' field"),
            )
            continue
        yield number, {str(k).lower(): v for k, v in row.items()}


def _from_rows(
    name: str,
    rows: Iterable[tuple[int, dict | InputError]],
    source: str,
    stem: str,
    failures: list[Failure],
) -> list[Document]:
    """One document per good row; each bad row adds (source#line, reason) to ``failures``."""
    docs: list[Document] = []
    for number, row in rows:
        try:
            if isinstance(row, InputError):
                raise row
            docs.append(_from_row(name, number, row, source, stem, len(docs) + 1))
        except InputError as err:
            failures.append((f"{source}#{number}", str(err)))
    if not docs and not failures:
        raise InputError(f"{name}: no rows with text")
    return docs


def _from_row(name: str, number: int, row: dict, source: str, stem: str, seen: int) -> Document:
    """The document of one CSV/JSONL row (``seen``: its place among the good rows, for a title)."""
    text = next((str(row[col]) for col in TEXT_COLUMNS if row.get(col)), "").strip()
    if not text:
        raise InputError(f"{name}, line {number}: the row has no text")
    return Document(
        id=str(row.get("id") or f"{stem}-{number}"),
        title=str(row.get("title") or _title_from_text(text, f"{stem} #{seen}")),
        text=text,
        source=f"{source}#{number}",
        date=normalise_date(row.get("date"), f"{name}, line {number}"),
        language=str(row.get("language") or row.get("lang") or "") or None,
    )


SIDECAR_FIELDS = ("id", "title", "date", "language", "source")


def _read_sidecar(path: Path) -> dict[str, str] | None:
    """The metadata in ``NAME.meta.json`` next to ``path``, or None; InputError naming the sidecar
    (and field)."""
    sidecar = path.with_name(path.stem + ".meta.json")
    try:
        if not sidecar.is_file():
            return None
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (
        OSError,
        UnicodeDecodeError,
        ValueError,
    ) as err:  # ValueError: JSONDecodeError, or a number too long
        raise InputError(f"{sidecar}: unreadable metadata ({_reason(err)})") from None
    except RecursionError:
        raise InputError(f"{sidecar}: unreadable metadata (nested too deeply)") from None
    if not isinstance(meta, dict):
        raise InputError(f"{sidecar}: expected a JSON object with title, date, language")
    for key in SIDECAR_FIELDS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{sidecar}: the field '{key}' must be a string, not {_short(value)}")
    return meta


def _reason(err: Exception) -> str:
    """The one-line reason of a decoding error, without a path repeated or a long excerpt."""
    if isinstance(err, json.JSONDecodeError):
        return err.msg
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err).splitlines()[0][:200] if str(err) else type(err).__name__


def _short(value: object) -> str:
    """``value`` as JSON, cut to 40 characters, for a message."""
    try:
        text = json.dumps(value)
    except (ValueError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def _apply_meta(doc: Document, meta: dict[str, str]) -> Document:
    return replace(
        doc,
        id=str(meta.get("id") or doc.id),
        title=str(meta.get("title") or doc.title),
        date=normalise_date(meta.get("date"), doc.source) or doc.date,
        language=meta.get("language") or doc.language,
        source=str(meta.get("source") or doc.source),
    )
