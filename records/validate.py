"""Reading and checking records: the one validator, and loading from a path or from bytes.

Every problem is a :class:`~records.errors.RecordsError` whose one-line message names the source
(a file name, "store", ...), the place in the JSON (``$.relations[3].confidence``) and what was
expected, so the command line and the app can show it as it is.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from records.errors import RecordsError
from records.schema import Records, records_schema

if TYPE_CHECKING:
    import jsonschema


def _where(error: jsonschema.ValidationError, prefix: tuple = ()) -> str:
    steps = (*prefix, *error.absolute_path)
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in steps)
    return f"${path}" if path else "top level"


def validate_records(records: Any, source: str = "records") -> None:
    """Check ``records`` against the schema and check that every reference resolves.

    Raises :class:`RecordsError` naming ``source``, the place in the JSON and the problem.

    >>> validate_records({"schema_version": 2}, source="x.json")
    Traceback (most recent call last):
    ...
    records.errors.RecordsError: x.json: invalid records at top level: 'documents' is a ...
    """
    try:
        _validate(records, source)
    except RecursionError:
        raise RecordsError(f"{source}: invalid records: nested too deeply") from None


def _validate(records: Any, source: str) -> None:
    where, schema, instance = _first_problem(records)
    if schema is not None:
        # jsonschema only words the error (jsonschema_rs found it): about 0.1 s of imports
        # that a valid corpus, such as every start of the explorer, does not wait for
        import jsonschema

        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
        if error is not None:
            message = error.message if len(error.message) <= 200 else error.message[:200] + "..."
            raise RecordsError(f"{source}: invalid records at {_where(error, where)}: {message}")
    _check_references(records, source)


@lru_cache(maxsize=1)
def _compiled_schema() -> Any:
    # imported on the first validation: extraction, which imports this package, validates
    # nothing, and the import was about 0.015 s CPU of every start of the pipeline
    import jsonschema_rs

    return jsonschema_rs.validator_for(records_schema(), validate_formats=True)


def _first_problem(records: Any) -> tuple[tuple, Any, Any]:
    """Where jsonschema should look for the error to report: (path prefix, schema, instance).

    The compiled (Rust) validator checks 200,000 relations in a fraction of a second, where
    jsonschema takes about 15 s; jsonschema then words the error, on the one list item the
    compiled validator found wrong (or on everything, for a problem outside the lists).
    Schema None: nothing is wrong.
    """
    schema = records_schema()
    try:
        first = next(iter(_compiled_schema().iter_errors(records)), None)
    except (TypeError, ValueError):  # not a JSON-like object: let jsonschema say why
        return (), schema, records
    if first is None:
        return (), None, None
    path = tuple(first.instance_path)
    if len(path) >= 2 and isinstance(path[1], int):
        items = schema["properties"].get(path[0], {}).get("items")
        if isinstance(items, dict):
            return path[:2], items, records[path[0]][path[1]]
    return (), schema, records


def _check_references(records: dict, source: str) -> None:
    def unique(kind: str) -> set[str]:
        ids: set[str] = set()
        for i, item in enumerate(records[kind]):
            if item["id"] in ids:
                raise RecordsError(
                    f"{source}: duplicate id {item['id']!r} at $.{kind}[{i}]; ids must be unique"
                )
            ids.add(item["id"])
        return ids

    docs, sents, ents = unique("documents"), unique("sentences"), unique("entities")
    unique("relations")
    if "corrections" in records:  # they may name entities of other documents: ids only
        unique("corrections")
    for i, sent in enumerate(records["sentences"]):
        if sent["doc"] not in docs:
            raise RecordsError(
                f"{source}: $.sentences[{i}] refers to unknown document {sent['doc']!r}"
            )
    for i, mention in enumerate(records["mentions"]):
        for field, known in (("entity", ents), ("sentence", sents)):
            if mention[field] not in known:
                raise RecordsError(
                    f"{source}: $.mentions[{i}] refers to unknown {field} {mention[field]!r}"
                )
    for i, ent in enumerate(records["entities"]):
        place = (ent.get("event") or {}).get("location")
        if place is not None and place not in ents:
            raise RecordsError(
                f"{source}: $.entities[{i}] ({ent['id']}) refers to unknown entity {place!r} "
                "in 'event.location'"
            )
    for i, rel in enumerate(records["relations"]):
        if not 0 <= rel["confidence"] <= 1:  # NaN passes the schema's minimum and maximum
            raise RecordsError(
                f"{source}: $.relations[{i}] ({rel['id']}) has confidence {rel['confidence']}; "
                "expected a number from 0 to 1"
            )
        if "event" in rel and rel["event"] not in ents:
            raise RecordsError(
                f"{source}: $.relations[{i}] ({rel['id']}) refers to unknown entity "
                f"{rel['event']!r} in 'event'"
            )
        for field, known, kind in (
            ("source", ents, "entity"),
            ("target", ents, "entity"),
            ("sentence", sents, "sentence"),
        ):
            if rel[field] not in known:
                raise RecordsError(
                    f"{source}: $.relations[{i}] ({rel['id']}) refers to unknown {kind} "
                    f"{rel[field]!r} in '{field}'"
                )


def _no_constant(name: str) -> Any:
    raise _NonFinite(name)


class _NonFinite(ValueError):
    """NaN, Infinity or -Infinity in the JSON text (Python's json reads them; JSON has none)."""


#: A JSON escape of a UTF-16 surrogate: only then can a parsed string hold an unpaired one.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_UNPAIRED = re.compile("[\ud800-\udfff]")


def _replace_unpaired_surrogates(value: Any) -> Any:
    """``value`` with every unpaired surrogate in its strings (keys too) made U+FFFD.

    JSON may escape half of a UTF-16 pair ("\\ud83d", an emoji cut by a scraper); Python keeps
    it as a character that no UTF-8 file, store or export can hold.
    """
    if isinstance(value, str):
        return _UNPAIRED.sub("\ufffd", value)
    if isinstance(value, list):
        return [_replace_unpaired_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {
            _replace_unpaired_surrogates(key): _replace_unpaired_surrogates(item)
            for key, item in value.items()
        }
    return value


def parse_records_json(text: str | bytes, source: str) -> Any:
    """The JSON value in ``text``, or :class:`RecordsError` with one line naming ``source``.

    Besides malformed JSON this refuses what ``json.loads`` would otherwise accept or crash on:
    NaN and Infinity (not JSON, and a NaN confidence would pass the schema's range check and
    reach every export) and nesting deep enough to exhaust Python's recursion limit. Unpaired
    surrogates become U+FFFD rather than an error, as a text editor shows them.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RecordsError(f"{source}: not UTF-8 text (byte {exc.start})") from None
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise RecordsError(
            f"{source}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except _NonFinite as exc:
        raise RecordsError(
            f"{source}: not valid JSON: it contains {exc}, which JSON does not allow "
            "(numbers must be finite)"
        ) from None
    except RecursionError:
        raise RecordsError(f"{source}: not valid JSON: nested too deeply") from None
    if _SURROGATE_ESCAPE.search(text):
        try:
            value = _replace_unpaired_surrogates(value)
        except RecursionError:
            raise RecordsError(f"{source}: not valid JSON: nested too deeply") from None
    return value


def load_records(path: str | Path, validate: bool = True) -> Records:
    """Read a records JSON file and validate it against the schema.

    Raises :class:`RecordsError` whose one-line message names the file and the problem
    (missing, unreadable, not UTF-8, not JSON, NaN or Infinity, nested too deeply, or not
    following the schema).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RecordsError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise RecordsError(f"{path}: is a directory, expected a records JSON file") from None
    except OSError as exc:
        raise RecordsError(f"{path}: cannot read: {exc.strerror or exc}") from None
    records = parse_records_json(data, str(path))
    if validate:
        validate_records(records, source=str(path))
    return records


def read_records(data: str | bytes, source: str) -> Records:
    """Records from a JSON text or its bytes (an upload, a request body), validated.

    The same reading as :func:`load_records`, for data that is not a file: ``source`` names it
    in the error.
    """
    records = parse_records_json(data, source)
    validate_records(records, source=source)
    return records
