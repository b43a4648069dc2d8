"""Extraction results kept on disk between runs, so a second start does not parse again.

An entry holds the ``(records, errors)`` of one set of documents. Its key is a SHA-256 over

- the documents' content hash (``ui.corpus.corpus_hash``: ids, titles, dates, languages, texts),
- the model version of every supported language: the spaCy pipeline's ``meta.json`` name and
  version (``NEWSGRAPH_MODEL_<LANG>`` included), so a retrained or another model misses,
- the code version: a hash of the ``extract/`` and ``records/`` sources (records are merged and
  versioned there) and the files in ``data/lexicons`` and ``data/kb``, computed once per process,
  so a changed rule or lexicon row misses.

Entries live in ``$NEWSGRAPH_CACHE`` if set, else ``$XDG_CACHE_HOME/newsgraph``, else
``~/.cache/newsgraph``: outside the repository. Writes are atomic (a temporary file in the same
folder, then a rename). An entry that cannot be read, is not JSON or has the wrong shape is
ignored (and rewritten by the next save); a folder that cannot be written only means no caching.
Nothing here imports spaCy, so a cache hit stays fast.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from extract.lexicon import supported_languages
from records.files import write_atomic

CACHE_ENV = "NEWSGRAPH_CACHE"
FORMAT = 1  #: bump when the stored layout changes
ROOT = Path(__file__).resolve().parent.parent
CODE_PATHS = (ROOT / "extract", ROOT / "records", ROOT / "data" / "lexicons", ROOT / "data" / "kb")
CODE_SUFFIXES = {".py", ".json", ".tsv", ".txt", ".jsonl", ".csv"}

log = logging.getLogger(__name__)

Entry = tuple[dict[str, Any], list[tuple[str, str]]]


def cache_dir() -> Path:
    """Where entries are kept (read at each call, so tests and users can point it elsewhere)."""
    value = os.environ.get(CACHE_ENV, "").strip()
    if value:
        return Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base).expanduser() if base else Path.home() / ".cache") / "newsgraph"


def _code_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for top in paths:
        if top.is_file():
            files.append(top)
        elif top.is_dir():
            files.extend(
                p
                for p in top.rglob("*")
                if p.is_file() and p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts
            )
    return sorted(files)


def hash_files(paths: Iterable[Path], root: Path = ROOT) -> str:
    """SHA-256 over the relative names and bytes of the source and data files under ``paths``."""
    digest = hashlib.sha256()
    for path in _code_files(paths):
        try:
            name = path.relative_to(root).as_posix()
        except ValueError:
            name = path.as_posix()
        digest.update(name.encode("utf-8") + b"\x1f" + path.read_bytes() + b"\x1e")
    return digest.hexdigest()


@cache
def code_version() -> str:
    """Hash of ``extract/``, ``records/`` and ``data/lexicons`` + ``data/kb``, once per process."""
    return hash_files(CODE_PATHS)


def _meta_path(model: str) -> Path | None:
    """``meta.json`` of a pipeline folder or an installed pipeline package, without importing it."""
    path = Path(model).expanduser()
    if (path / "meta.json").is_file():
        return path / "meta.json"
    try:
        spec = importlib.util.find_spec(model)
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / "meta.json").is_file():
            return Path(folder) / "meta.json"
    return None


def model_version(model: str) -> str:
    """``lang_name version`` from the pipeline's meta.json, or ``model:missing``.

    >>> model_version("/nonexistent/model")
    '/nonexistent/model:missing'
    """
    meta_path = _meta_path(model)
    if meta_path is None:
        return f"{model}:missing"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
    except (OSError, ValueError, AttributeError):
        return f"{model}:unreadable"


def model_versions() -> dict[str, str]:
    """Language code -> model version, honouring ``NEWSGRAPH_MODEL_<LANG>`` as the pipeline does."""
    return {
        code: model_version(os.environ.get(f"NEWSGRAPH_MODEL_{code.upper()}") or model)
        for code, model in sorted(supported_languages().items())
    }


def extraction_key(
    content_hash: str, models: dict[str, str] | None = None, code: str | None = None
) -> str:
    """The entry name for some documents under the current (or the given) models and code.

    >>> a = extraction_key("abc", {"nl": "nl_x 1.0"}, "code1")
    >>> a == extraction_key("abc", {"nl": "nl_x 1.0"}, "code1")
    True
    >>> a == extraction_key("abc", {"nl": "nl_x 1.1"}, "code1"), a == extraction_key(
    ...     "abd", {"nl": "nl_x 1.0"}, "code1"
    ... )
    (False, False)
    """
    parts = {
        "format": FORMAT,
        "content": content_hash,
        "models": model_versions() if models is None else models,
        "code": code_version() if code is None else code,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


def _path(key: str) -> Path:
    return cache_dir() / f"extraction-{key}.json"


def load(key: str) -> Entry | None:
    """The stored ``(records, errors)`` for ``key``, or None when absent, unreadable or
    malformed."""
    path = _path(key)
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.info("ignoring unreadable cache entry %s (%s)", path, exc)
        return None
    try:
        if data["format"] != FORMAT or data["key"] != key:
            return None
        records, errors = data["records"], data["errors"]
        if not isinstance(records, dict) or not all(
            isinstance(records.get(k), list) for k in ("documents", "entities", "relations")
        ):
            return None
        return records, [(str(source), str(reason)) for source, reason in errors]
    except (KeyError, TypeError, ValueError):
        log.info("ignoring malformed cache entry %s", path)
        return None


def save(key: str, records: dict[str, Any], errors: Iterable[tuple[str, str]]) -> bool:
    """Store an entry atomically; False (and nothing left behind) when the folder is not
    writable."""
    folder = cache_dir()
    payload = json.dumps(
        {"format": FORMAT, "key": key, "records": records, "errors": [list(e) for e in errors]},
        ensure_ascii=False,
    ).encode("utf-8")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(_path(key), payload, fsync=True)  # removes its temporary file on failure
        return True
    except OSError as exc:
        log.warning("cannot write the extraction cache in %s (%s)", folder, exc)
        return False


def cached_extraction(content_hash: str, run: Callable[[], Entry]) -> tuple[Entry, bool]:
    """``(entry, hit)``: the stored entry for these documents, or ``run()``'s result, then
    stored."""
    key = extraction_key(content_hash)
    entry = load(key)
    if entry is not None:
        return entry, True
    records, errors = run()
    errors = [(str(a), str(b)) for a, b in errors]
    save(key, records, errors)
    return (records, errors), False
