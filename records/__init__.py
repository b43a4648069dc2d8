"""The records contract, on the ground floor: imported by extract, store, graph and ui, it imports
nothing of theirs.

Records are plain JSON-ready dicts (documents, sentences, entities, mentions, relations; see
``records.schema.json``) that extraction writes and the store, the graph and the app read. This
package holds what every room must agree on about them:

- :mod:`records.schema`: the schema file, ``SCHEMA_VERSION`` and the ``Records`` type;
- :mod:`records.vocabulary`: entity types, relation types, modes and event kinds, each defined once;
- :mod:`records.validate`: the one validator, and reading records from a path or from bytes;
- :mod:`records.merge`: empty records and merging the records of many documents;
- :mod:`records.corrections`: what a user fixed by hand (merge, split, rename, retype, wrong),
  applied to records by :func:`apply_corrections`;
- :mod:`records.errors`: ``RecordsError`` and the base of every expected error;
- :mod:`records.text` and :mod:`records.files`: how names are folded for matching, and the one
  atomic file writer.
"""

from records.corrections import apply_corrections
from records.errors import NewsgraphError, RecordsError, one_line
from records.merge import empty_records, merge_records
from records.schema import SCHEMA_PATH, SCHEMA_VERSION, Records, records_schema
from records.validate import load_records, parse_records_json, read_records, validate_records
from records.vocabulary import (
    DATE_SOURCES,
    ENTITY_TYPES,
    EVENT_KINDS,
    MODES,
    PLOVER_TYPES,
    RELATION_TYPES,
    TEXT_DATE_SOURCES,
)

__all__ = [
    "DATE_SOURCES",
    "ENTITY_TYPES",
    "EVENT_KINDS",
    "MODES",
    "PLOVER_TYPES",
    "RELATION_TYPES",
    "TEXT_DATE_SOURCES",
    "SCHEMA_PATH",
    "SCHEMA_VERSION",
    "NewsgraphError",
    "Records",
    "RecordsError",
    "apply_corrections",
    "empty_records",
    "load_records",
    "merge_records",
    "one_line",
    "parse_records_json",
    "read_records",
    "records_schema",
    "validate_records",
]
