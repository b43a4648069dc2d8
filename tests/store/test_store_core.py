"""The store without a model: round trip, idempotence, entity linking, filters, migrations,
errors."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, inspect, text
from store_helpers import backend, build_records, comparable, postgres_url, store_target  # noqa: F401 (fixtures)

from graph.build import build_graph
from records import validate_records
from store import StoreError, content_hash, open_store
from store.migrations import MIGRATIONS
from store.schema import SCHEMA_VERSION, metadata


@pytest.fixture
def records_of():
    """The records builder (store_helpers.build_records)."""
    return build_records


@pytest.fixture
def as_comparable():
    """Sorts every list of a records dict, so two stores compare whatever their insertion order."""
    return comparable


PUTIN = {"id": "kb:vladimir_putin", "label": "Vladimir Putin", "type": "PERSON", "country": "RUS"}
KUSHNER = {
    "id": "person:jared-kushner",
    "label": "Jared Kushner",
    "type": "PERSON",
    "aliases": ["Jared Kushner", "Kushner"],
}


def test_store_round_trip_gives_back_the_records_and_a_graph(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    records_of,
    as_comparable,
):
    records = records_of(
        "a",
        "Vladimir Putin met Jared Kushner.",
        [PUTIN, KUSHNER],
        relations=[("kb:vladimir_putin", "CONSULT", "person:jared-kushner")],
    )
    with open_store(store_target) as store:
        outcomes = store.add_records(records)
        back = store.records()
    assert [(o.status, o.doc_id) for o in outcomes] == [("added", "a")]
    validate_records(back)
    assert as_comparable(back) == as_comparable(records)
    G = build_graph(back)
    assert set(G.nodes) == {"kb:vladimir_putin", "person:jared-kushner"}
    assert G.number_of_edges() == 1


def test_store_same_text_is_stored_once(store_target, records_of):  # noqa: F811 (store_helpers fixture, see its docstring)
    records = records_of("a", "Vladimir Putin spoke.", [PUTIN])
    same_text_other_id = records_of("b", "Vladimir Putin spoke.", [PUTIN])
    with open_store(store_target) as store:
        store.add_records(records)
        before = store.counts()
        again = store.add_records(records) + store.add_records(same_text_other_id)
        assert [(o.status, o.doc_id) for o in again] == [("duplicate", "a"), ("duplicate", "a")]
        assert store.counts() == before
    with open_store(store_target) as reopened:
        assert reopened.counts() == before
        assert reopened.known_hashes(
            [content_hash("Vladimir Putin spoke."), content_hash("new")]
        ) == {content_hash("Vladimir Putin spoke.")}


def test_store_a_taken_document_id_gets_a_suffix_with_all_its_ids(store_target, records_of):  # noqa: F811 (store_helpers fixture, see its docstring)
    first = records_of("news", "Vladimir Putin spoke.", [PUTIN])
    second = records_of("news", "Jared Kushner listened.", [KUSHNER])
    second["entities"].append(
        {
            "id": "event:news:0",
            "label": "talks",
            "type": "EVENT",
            "aliases": ["talks"],
            "country": None,
            "mentions": 0,
            "event": {
                "type": "CONSULT",
                "trigger": "talks",
                "location": None,
                "date": "2025-12-02",
            },
        }
    )
    second["relations"].append(
        {
            "id": "news:r0",
            "source": "person:jared-kushner",
            "target": "event:news:0",
            "type": "PARTICIPANT",
            "trigger": "",
            "negated": False,
            "sentence": "news:0",
            "confidence": 0.5,
            "date": "2025-12-02",
            "role": "source",
        }
    )
    with open_store(store_target) as store:
        store.add_records(first)
        (outcome,) = store.add_records(second)
        back = store.records(documents=["news-2"])
    assert (outcome.status, outcome.doc_id, outcome.original_id) == ("added", "news-2", "news")
    validate_records(back)
    assert [s["id"] for s in back["sentences"]] == ["news-2:0"]
    assert back["relations"][0]["id"] == "news-2:r0"
    assert back["relations"][0]["target"] == "event:news-2:0"
    assert {e["id"] for e in back["entities"]} == {"person:jared-kushner", "event:news-2:0"}


def test_store_links_a_name_seen_before_to_the_same_entity(store_target, records_of):  # noqa: F811 (store_helpers fixture, see its docstring)
    english = records_of("en", "Jared Kushner met Vladimir Putin.", [KUSHNER, PUTIN], language="en")
    dutch = records_of(
        "nl",
        "Kushner sprak met Vladimir Putin.",
        [{"id": "person:kushner", "label": "Kushner", "type": "PERSON"}, PUTIN],
        language="nl",
        relations=[("person:kushner", "CONSULT", "kb:vladimir_putin")],
    )
    with open_store(store_target) as store:
        store.add_records(english)
        (outcome,) = store.add_records(dutch)
        back = store.records()
    people = [e for e in back["entities"] if e["type"] == "PERSON"]
    assert sorted(e["id"] for e in people) == ["kb:vladimir_putin", "person:jared-kushner"]
    assert outcome.linked == {"person:kushner": "person:jared-kushner"}
    kushner = next(e for e in people if e["id"] == "person:jared-kushner")
    assert kushner["label"] == "Jared Kushner"
    assert kushner["mentions"] == 2
    assert back["relations"][0]["source"] == "person:jared-kushner"


@pytest.mark.parametrize(
    "stored, new, linked",
    [
        ("Volodymyr Zelensky", "Volodymyr Zelenski", True),
        ("Jared Kushner", "jared  KUSHNER", True),
        ("Olena Zelenska", "Olena Zelenská", True),
        ("John Smith", "Joan Smith", False),
        ("Peter Jansen", "Karel Jansen", False),
        ("Smith", "Smyth", False),
    ],
)
def test_store_linking_by_spelling_is_careful(store_target, records_of, stored, new, linked):  # noqa: F811 (store_helpers fixture, see its docstring)
    from records.text import alias_key as fold

    a = records_of(
        "a",
        f"{stored} spoke.",
        [{"id": "person:" + fold(stored).replace(" ", "-"), "label": stored, "type": "PERSON"}],
    )
    b = records_of(
        "b",
        f"{new} spoke.",
        [{"id": "person:" + fold(new).replace(" ", "-") + "-x", "label": new, "type": "PERSON"}],
    )
    with open_store(store_target) as store:
        store.add_records(a)
        store.add_records(b)
        people = [e for e in store.records()["entities"] if e["type"] == "PERSON"]
    assert len(people) == (1 if linked else 2)


def test_store_does_not_link_across_types_or_events(store_target, records_of):  # noqa: F811 (store_helpers fixture, see its docstring)
    a = records_of(
        "a", "Georgia spoke.", [{"id": "person:georgia", "label": "Georgia", "type": "PERSON"}]
    )
    b = records_of(
        "b", "Georgia voted.", [{"id": "location:georgia", "label": "Georgia", "type": "LOCATION"}]
    )
    with open_store(store_target) as store:
        store.add_records(a)
        (outcome,) = store.add_records(b)
        assert outcome.linked == {}
        assert {e["id"] for e in store.records()["entities"]} == {
            "person:georgia",
            "location:georgia",
        }


def test_store_records_filter_by_document_and_date(store_target, records_of):  # noqa: F811 (store_helpers fixture, see its docstring)
    with open_store(store_target) as store:
        store.add_records(records_of("early", "Vladimir Putin spoke.", [PUTIN], date="2025-11-20"))
        store.add_records(records_of("late", "Jared Kushner spoke.", [KUSHNER], date="2025-12-03"))
        store.add_records(
            records_of(
                "undated", "Vladimir Putin and Jared Kushner spoke.", [PUTIN, KUSHNER], date=None
            )
        )
        assert [d["id"] for d in store.records()["documents"]] == ["early", "late", "undated"]
        december = store.records(date_from="2025-12-01", date_to="2025-12-31")
        assert [d["id"] for d in december["documents"]] == ["late"]
        assert [e["id"] for e in december["entities"]] == ["person:jared-kushner"]
        chosen = store.records(documents=["early", "undated"])
        assert {e["id"]: e["mentions"] for e in chosen["entities"]} == {
            "kb:vladimir_putin": 2,
            "person:jared-kushner": 1,
        }
        validate_records(chosen)


def engine_of(target: str):
    """A plain SQLAlchemy engine on the test's store, to look at or tamper with it behind the
    store's back."""
    return create_engine(target if "://" in target else f"sqlite:///{target}")


def test_store_fresh_schema_matches_the_declared_tables(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    open_store(store_target).close()
    engine = engine_of(store_target)
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        assert {c["name"] for c in inspector.get_columns(table.name)} == set(
            table.columns.keys()
        ), table.name
        declared = {i.name for i in table.indexes}
        assert declared <= {i["name"] for i in inspector.get_indexes(table.name)}, table.name
    engine.dispose()


def test_store_version_1_is_upgraded_and_keeps_its_documents(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    engine = engine_of(store_target)
    with engine.begin() as conn:
        MIGRATIONS[0](conn)
        conn.execute(
            text(
                "INSERT INTO schema_version (version, applied_at) VALUES (1, '2025-12-01T00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO documents (id, content_hash, title, language, date, source, text) "
                "VALUES ('old', 'abc', 'Old', 'nl', '2025-12-01', 'old.txt', 'Oude tekst.')"
            )
        )
    with pytest.raises(
        StoreError,
        match=f"schema version 1, this newsgraph reads {SCHEMA_VERSION}; open it once for writing",
    ):
        open_store(store_target, read_only=True)
    with open_store(store_target) as store:
        assert store.version() == SCHEMA_VERSION == 9
        assert [d["id"] for d in store.records()["documents"]] == ["old"]
    inspector = inspect(engine)
    assert "ingested_at" in {c["name"] for c in inspector.get_columns("documents")}
    assert {"event", "mode", "reported_by", "speech_verb", "date_source"} <= {
        c["name"] for c in inspector.get_columns("relations")
    }
    assert {"corrections", "saved_views", "name_candidates"} <= set(inspector.get_table_names())
    assert {"if_label", "if_type"} <= {c["name"] for c in inspector.get_columns("name_candidates")}
    assert {"event_date_source", "event_distinct"} <= {
        c["name"] for c in inspector.get_columns("entities")
    }
    with engine.connect() as conn:
        versions = conn.execute(
            text("SELECT version FROM schema_version ORDER BY version")
        ).fetchall()
    engine.dispose()
    assert [tuple(v) for v in versions] == [(v,) for v in range(1, 10)]


@pytest.mark.parametrize("read_only", [False, True], ids=["writing", "reading"])
def test_store_written_by_a_newer_version_says_to_upgrade_newsgraph(store_target, read_only):  # noqa: F811 (store_helpers fixture, see its docstring)
    open_store(store_target).close()
    engine = engine_of(store_target)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')"))
    engine.dispose()
    with pytest.raises(StoreError) as err:
        open_store(store_target, read_only=read_only)
    message = str(err.value)
    assert (
        f"written by a newer newsgraph (schema 99, this one knows {SCHEMA_VERSION}); upgrade "
        "newsgraph to open it" in message
    )
    assert "open it once for writing" not in message
    assert "\n" not in message


def test_store_locked_database_is_a_one_line_error(tmp_path, records_of):
    path = tmp_path / "corpus.db"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_store(f"sqlite:///{path}?timeout=0.2") as store:
            with pytest.raises(StoreError) as err:
                store.add_records(records_of("a", "Vladimir Putin spoke.", [PUTIN]))
    finally:
        holder.rollback()
        holder.close()
    assert "the database is locked by another program" in str(err.value)
    assert "\n" not in str(err.value)


def test_store_read_only_database_refuses_writes_with_one_line(tmp_path, records_of):
    path = tmp_path / "corpus.db"
    open_store(path).close()
    with open_store(path, read_only=True) as store:
        assert store.records()["documents"] == []
        with pytest.raises(StoreError, match="opened read-only; cannot add documents"):
            store.add_records(records_of("a", "Vladimir Putin spoke.", [PUTIN]))
    with open_store(f"sqlite:///file:{path}?mode=ro&uri=true") as store:
        with pytest.raises(StoreError, match="the database is read-only"):
            store.add_records(records_of("a", "Vladimir Putin spoke.", [PUTIN]))


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing" / "corpus.db", "does not exist"),
        (lambda d: d, "is a folder; give a file name for the store"),
        (
            lambda d: (
                (d / "notes.db").write_bytes(b"this is not a database at all, just text" * 100)
                and d / "notes.db"
            ),
            "not a newsgraph store",
        ),
        (lambda d: "mysql+nosuchdriver://host/db", "cannot use this database"),
    ],
)
def test_store_bad_targets_are_one_line_errors(tmp_path, make, message):
    with pytest.raises(StoreError) as err:
        open_store(make(tmp_path))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_store_an_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(
        StoreError,
        match="other.db: the database has tables but no schema_version: "
        "it is not a newsgraph store",
    ):
        open_store(path)


def test_store_tables_compile_for_postgresql():
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    ddl = "\n".join(
        str(CreateTable(t).compile(dialect=postgresql.dialect())) for t in metadata.sorted_tables
    )
    ddl += "\n".join(
        str(CreateIndex(i).compile(dialect=postgresql.dialect()))
        for t in metadata.sorted_tables
        for i in t.indexes
    )
    assert "CREATE TABLE documents" in ddl and "negated BOOLEAN NOT NULL" in ddl
    assert "CREATE INDEX ix_relations_date ON relations (date)" in ddl


def test_store_lists_documents_dates_and_a_fingerprint_that_changes_on_add(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    records_of,
):
    with open_store(store_target) as store:
        assert store.date_range() == (None, None)
        empty = store.fingerprint()
        store.add_records(records_of("late", "Jared Kushner spoke.", [KUSHNER], date="2025-12-03"))
        store.add_records(records_of("early", "Vladimir Putin spoke.", [PUTIN], date="2025-11-20"))
        one = store.fingerprint()
        store.add_records(
            records_of("early", "Vladimir Putin spoke.", [PUTIN], date="2025-11-20")
        )  # duplicate
        assert store.fingerprint() == one != empty
        assert store.date_range() == ("2025-11-20", "2025-12-03")
        listed = store.documents()
    assert [(d["id"], d["date"], d["title"]) for d in listed] == [
        ("early", "2025-11-20", "early"),
        ("late", "2025-12-03", "late"),
    ]
    assert "text" not in listed[0] and listed[0]["ingested_at"]


def test_store_read_only_opens_a_file_whose_name_looks_like_a_url(tmp_path, records_of):
    path = tmp_path / "news?mode=rw#1 %20.db"
    with open_store(path) as store:
        store.add_records(records_of("a", "Vladimir Putin spoke.", [PUTIN]))
    with open_store(path, read_only=True) as store:
        assert [d["id"] for d in store.records()["documents"]] == ["a"]
    assert path.is_file() and not (tmp_path / "news").exists(), "the name was cut at '?'"


def test_store_keeps_the_event_a_relation_names_even_without_its_own_mention(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    records_of,
):
    records = records_of(
        "a",
        "Vladimir Putin met Jared Kushner.",
        [PUTIN, KUSHNER],
        relations=[("kb:vladimir_putin", "CONSULT", "person:jared-kushner")],
    )
    records["entities"].append(
        {
            "id": "event:a:0",
            "label": "talks",
            "type": "EVENT",
            "aliases": [],
            "country": None,
            "mentions": 0,
            "event": {"type": "CONSULT", "trigger": "met", "location": None, "date": None},
        }
    )
    records["relations"][0]["event"] = "event:a:0"
    with open_store(store_target) as store:
        store.add_records(records)
        back = store.records()
    validate_records(back, source="store")
    assert "event:a:0" in {e["id"] for e in back["entities"]}


def test_store_an_empty_database_read_only_is_not_a_store(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    if "://" not in store_target:
        open(store_target, "wb").close()
    with pytest.raises(StoreError) as err:
        open_store(store_target, read_only=True)
    assert str(err.value).endswith(
        ": not a newsgraph store (the database is empty; python -m extract ingest --db fills one)"
    )


def test_store_keeps_a_relations_mode_speaker_and_date_source(store_target, records_of):  # noqa: F811 (store_helpers fixture, see its docstring)
    ushakov = {
        "id": "person:yuri-ushakov",
        "label": "Yuri Ushakov",
        "type": "PERSON",
        "aliases": ["Yuri Ushakov"],
    }
    records = records_of(
        "a",
        "Yuri Ushakov said Vladimir Putin may meet Jared Kushner.",
        [PUTIN, KUSHNER, ushakov],
        relations=[("kb:vladimir_putin", "CONSULT", "person:jared-kushner")],
    )
    records["relations"][0].update(
        mode="possible",
        reported_by="person:yuri-ushakov",
        speech_verb="said",
        date_source="document",
    )
    with open_store(store_target) as store:
        store.add_records(records)
        back = store.records()
    validate_records(back, source="store")
    [relation] = [r for r in back["relations"] if r["type"] == "CONSULT"]
    assert (relation["mode"], relation["speech_verb"], relation["date_source"]) == (
        "possible",
        "said",
        "document",
    )
    assert relation["reported_by"] in {
        e["id"] for e in back["entities"] if e["label"] == "Yuri Ushakov"
    }
