"""Reading a store back gives exactly the records it gave before the reading was made fast.

The app's first view of a 5,000-entity, 20,000-relation store waited about a second for the
store's rows (issue 20); ``store.queries`` now reads plain rows from the driver. Here a store
with merges, renames, retypes, a split, wrong-marks, an undone correction and a name linked at
read time is read both ways, and the records must be the same: the same lists in the same
order, each dict with the same keys in the same order and values of the same types.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Iterable

import pytest
from sqlalchemy import Connection, func, select
from store_helpers import (  # noqa: F401 (fixtures)
    backend,
    build_records,
    postgres_url,
    store_target,
)

from records import validate_records
from records.corrections import apply_corrections, make_correction
from store import open_store
from store.corrections import list_corrections
from store.linking import with_name_merges
from store.queries import RECORDS_VERSION, selected_documents
from store.schema import (
    aliases,
    documents,
    entities,
    entity_documents,
    mentions,
    relations,
    sentences,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_records.json"


def rows_reading(
    conn: Connection,
    *,
    documents_ids: Iterable[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> dict[str, Any]:
    """``store.queries.read_records`` as it was at commit 0cfe35a: SQLAlchemy rows, one dict each
    by column name. Kept as the yardstick of the fast reading."""
    chosen = selected_documents(documents_ids, date_from, date_to).scalar_subquery()
    out: dict[str, Any] = {"schema_version": RECORDS_VERSION}
    out["documents"] = [
        {
            "id": r.id,
            "title": r.title,
            "language": r.language,
            "date": r.date,
            "source": r.source,
            "text": r.text,
        }
        for r in conn.execute(
            select(documents).where(documents.c.id.in_(chosen)).order_by(documents.c.id)
        )
    ]
    out["sentences"] = [
        {
            "id": r.id,
            "doc": r.doc_id,
            "index": r.idx,
            "start": r.start_char,
            "end": r.end_char,
            "text": r.text,
        }
        for r in conn.execute(
            select(sentences)
            .where(sentences.c.doc_id.in_(chosen))
            .order_by(sentences.c.doc_id, sentences.c.idx)
        )
    ]
    counts = dict(
        conn.execute(
            select(mentions.c.entity_id, func.count())
            .where(mentions.c.doc_id.in_(chosen))
            .group_by(mentions.c.entity_id)
        ).all()
    )
    in_docs = (
        select(entity_documents.c.entity_id)
        .where(entity_documents.c.doc_id.in_(chosen))
        .distinct()
        .scalar_subquery()
    )
    names: dict[str, list[str]] = {}
    for entity_id, alias in conn.execute(
        select(aliases.c.entity_id, aliases.c.alias)
        .where(aliases.c.entity_id.in_(in_docs))
        .order_by(aliases.c.entity_id, aliases.c.alias)
    ):
        names.setdefault(entity_id, []).append(alias)
    out["entities"] = []
    for r in conn.execute(
        select(entities).where(entities.c.id.in_(in_docs)).order_by(entities.c.id)
    ):
        entity = {
            "id": r.id,
            "label": r.label,
            "type": r.type,
            "aliases": sorted(names.get(r.id, [])),
            "country": r.country,
            "mentions": counts.get(r.id, 0),
        }
        if r.type == "EVENT":
            entity["event"] = {
                "type": r.event_type,
                "trigger": r.event_trigger,
                "location": r.event_location,
                "date": r.event_date,
            }
        out["entities"].append(entity)
    out["mentions"] = [
        {
            "entity": r.entity_id,
            "sentence": r.sentence_id,
            "start": r.start_char,
            "end": r.end_char,
            "text": r.text,
        }
        for r in conn.execute(
            select(mentions)
            .where(mentions.c.doc_id.in_(chosen))
            .order_by(mentions.c.doc_id, mentions.c.ordinal)
        )
    ]
    out["relations"] = []
    for r in conn.execute(
        select(relations)
        .where(relations.c.doc_id.in_(chosen))
        .order_by(relations.c.doc_id, relations.c.ordinal)
    ):
        relation = {
            "id": r.id,
            "source": r.source,
            "target": r.target,
            "type": r.type,
            "trigger": r.trigger,
            "negated": bool(r.negated),
            "sentence": r.sentence_id,
            "confidence": r.confidence,
            "date": r.date,
        }
        if r.trigger_start is not None:
            relation["trigger_start"] = r.trigger_start
            relation["trigger_end"] = r.trigger_end
        if r.role is not None:
            relation["role"] = r.role
        if r.detail is not None:
            relation["detail"] = r.detail
        if r.event is not None:
            relation["event"] = r.event
        for name in ("mode", "reported_by", "speech_verb", "date_source"):
            value = getattr(r, name)
            if value is not None:
                relation[name] = value
        out["relations"].append(relation)
    return out


def old_records(target: str, *, corrected: bool = True, **filters: Any) -> dict[str, Any]:
    """``Store.records`` as it was at commit 0cfe35a, reading with :func:`rows_reading`."""
    with open_store(target, read_only=True) as store, store.engine.begin() as conn:
        records = rows_reading(conn, **filters)
        fixes = list_corrections(conn) if corrected else []
        applied = with_name_merges(conn, fixes)
    if not fixes:
        return records
    out = apply_corrections(records, applied)
    out["corrections"] = fixes
    return out


def fixture_with_every_field() -> dict[str, Any]:
    """The fixture's two articles, with relations that carry every optional field the store
    keeps (mode, speaker, speech verb, date source, trigger offsets, event) and a negated one."""
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in records["relations"]}
    by_id["r17"].update(
        mode="possible",
        reported_by="kb:zelensky",
        speech_verb="said",
        date_source="document",
        date="2025-11-24",
        trigger_start=6,
        trigger_end=16,
    )
    by_id["r6"].update(mode="negated")
    by_id["r14"].update(event="event:moscow-talks-2025-12-02", date_source="text")
    by_id["r18"].update(
        event="event:moscow-talks-2025-12-02",
        mode="demanded",
        reported_by="kb:trump",
        speech_verb="said",
        date_source="text",
        date="2025-11-24",
        trigger_start=60,  # "asked" in the document's text
        trigger_end=65,
    )  # every optional field at once: their order in the dict is compared too
    return records


def ambiguous_names() -> list[dict[str, Any]]:
    """Two entities of one man that both came to have the name "Lavrov", then an article naming
    him so: stored under its own id, linked to the merged one only at read time
    (store.linking.name_merges)."""
    minister = {"id": "person:foreign-minister", "label": "Foreign Minister", "type": "PERSON"}
    sergei = {"id": "person:sergei-lavrov", "label": "Sergei Lavrov", "type": "PERSON"}
    kyiv = {"id": "kb:kyiv", "label": "Kyiv", "type": "LOCATION"}
    return [
        build_records("fm-1", "The Foreign Minister spoke.", [minister]),
        build_records("sl-1", "Sergei Lavrov spoke.", [sergei], date="2025-12-04"),
        build_records(
            "fm-2",
            "The Foreign Minister was silent.",
            [{**minister, "aliases": ["Foreign Minister", "Lavrov"]}],
        ),
        build_records("sl-2", "Sergei Lavrov was silent.", [{**sergei, "aliases": ["Lavrov"]}]),
        build_records(
            "en-2",
            "Lavrov threatened Kyiv.",
            [{"id": "person:lavrov", "label": "Lavrov", "type": "PERSON"}, kyiv],
            relations=[("person:lavrov", "THREATEN", "kb:kyiv")],
            date=None,
        ),
    ]


@pytest.fixture
def corrected_store(store_target: str) -> str:  # noqa: F811 (store_helpers fixture, see its docstring)
    """A store of the fixture and the ambiguous names, with every kind of correction in force
    and one undone."""
    with open_store(store_target) as store:
        store.add_records(fixture_with_every_field())
        for part in ambiguous_names():
            store.add_records(part)
        fixes = [
            make_correction(
                "merge", entity="person:sergei-lavrov", other="person:foreign-minister"
            ),
            make_correction("merge", entity="kb:trump", other="kb:kushner", note="test"),
            make_correction("rename", entity="kb:kremlin", label="Russian presidency"),
            make_correction("retype", entity="kb:europe", type="ORG"),
            make_correction("wrong", entity="kb:macron"),
            make_correction("wrong", relation="r12"),
            make_correction("split", entity="kb:putin", alias="Poetin"),
            make_correction("rename", entity="kb:moscow", label="Moskva"),
        ]
        for fix in fixes:
            store.add_correction(fix)
        store.undo_correction(fixes[-1]["id"])
    return store_target


FILTERS = [
    {},
    {"documents": ["en-1", "fm-2", "en-2"]},
    {"documents": []},
    {"date_from": "2025-12-01"},
    {"date_to": "2025-12-02"},
    {"date_from": "2025-11-24", "date_to": "2025-11-24"},
]


@pytest.mark.parametrize("corrected", [True, False], ids=["corrected", "as-extracted"])
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "all")
def test_reading_gives_the_records_the_row_by_row_reading_gave(corrected_store, filters, corrected):
    before = {k: (v if k != "documents" else list(v)) for k, v in filters.items()}
    old = old_records(
        corrected_store,
        corrected=corrected,
        documents_ids=before.get("documents"),
        date_from=before.get("date_from"),
        date_to=before.get("date_to"),
    )
    with open_store(corrected_store, read_only=True) as store:
        new = store.records(corrected=corrected, **copy.deepcopy(filters))
    assert new == old
    assert json.dumps(new) == json.dumps(old)  # keys in the same order, true not 1, 0.9 not "0.9"
    validate_records(new)


def test_the_compared_store_holds_what_the_comparison_is_about(corrected_store):
    """The store of the comparison has corrections of each kind in force, a read-time link,
    a split entity, and relations with every optional field: a reading that lost any of them
    would differ from the old one."""
    with open_store(corrected_store, read_only=True) as store:
        back = store.records()
        raw = store.records(corrected=False)
    assert {c["action"] for c in back["corrections"]} == {
        "merge",
        "rename",
        "retype",
        "wrong",
        "split",
    }
    ids = {e["id"] for e in back["entities"]}
    gone = {"person:foreign-minister", "person:lavrov", "kb:kushner", "kb:macron"}
    assert gone.isdisjoint(ids)
    assert gone <= {e["id"] for e in raw["entities"]}
    assert "kb:putin~poetin" in ids
    labels = {e["id"]: (e["label"], e["type"]) for e in back["entities"]}
    assert labels["kb:kremlin"] == ("Russian presidency", "ORG")
    assert labels["kb:europe"] == ("Europe", "ORG")
    assert labels["kb:moscow"] == ("Moscow", "LOCATION")  # its rename was undone
    threat = next(r for r in back["relations"] if r["target"] == "kb:kyiv")
    assert threat["source"] == "person:sergei-lavrov"  # "Lavrov" linked when read
    assert "r12" not in {r["id"] for r in back["relations"]}
    r17 = next(r for r in back["relations"] if r["id"] == "r17")
    assert {k: r17[k] for k in ("mode", "reported_by", "speech_verb", "date_source")} == {
        "mode": "possible",
        "reported_by": "kb:zelensky",
        "speech_verb": "said",
        "date_source": "document",
    }
    assert (r17["trigger_start"], r17["trigger_end"]) == (6, 16)
    assert next(r for r in back["relations"] if r["id"] == "r6")["negated"] is True
    r18 = next(r for r in back["relations"] if r["id"] == "r18")
    assert set(r18) >= {"trigger_start", "event", "mode", "reported_by", "speech_verb"}
    event = next(e for e in back["entities"] if e["type"] == "EVENT")
    assert event["event"]["location"] == "kb:moscow"


def test_a_store_that_fails_while_its_rows_are_fetched_is_a_one_line_error(tmp_path, monkeypatch):
    """The driver's rows are fetched past SQLAlchemy; a driver error there (a file damaged
    under the reader) still reads as the store's one-line message, not a traceback."""
    import sqlite3

    from sqlalchemy.engine import Connection as SAConnection

    from store import StoreError

    target = str(tmp_path / "corpus.db")
    with open_store(target) as store:
        store.add_records(fixture_with_every_field())
    execute = SAConnection.execute

    class Damaged:
        def fetchall(self) -> list:
            raise sqlite3.DatabaseError("database disk image is malformed")

    class Result:
        def __init__(self, real: Any) -> None:
            self.real, self.cursor = real, Damaged()

        def close(self) -> None:
            self.real.close()

    def failing(self: SAConnection, statement: Any, *args: Any, **kwargs: Any) -> Any:
        real = execute(self, statement, *args, **kwargs)
        return Result(real) if "FROM sentences" in str(statement) else real

    monkeypatch.setattr(SAConnection, "execute", failing)
    with open_store(target, read_only=True) as store, pytest.raises(StoreError) as raised:
        store.records()
    assert str(raised.value).startswith(f"{target}: not a newsgraph store")
    assert "\n" not in str(raised.value)
