"""The records contract: its JSON schema file, its version and the Python type of a records dict.

Records are what extraction writes and the store, the graph and the app read: documents,
sentences, entities, mentions and relations (``records.schema.json`` beside this module).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).resolve().with_name("records.schema.json")

#: A records dict (see ``records.schema.json``); plain JSON-ready data, no classes.
Records = dict[str, Any]


@lru_cache(maxsize=1)
def records_schema() -> dict[str, Any]:
    """The records JSON schema, read once (callers must not change it)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


#: The schema version records carry in ``schema_version`` (the schema's ``const``).
SCHEMA_VERSION: int = records_schema()["properties"]["schema_version"]["const"]
