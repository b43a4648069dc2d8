"""The explorer must show the same of a document whether its graph is built from the records
extraction wrote or from those records stored and read back: every node and edge attribute a
user sees (types, labels, aliases, dates and where they come from, modes, confidences, sentences,
places, reporters, events). Stores of older schemas are upgraded and show what they showed."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, text
from store_helpers import SAMPLE, backend, build_records, postgres_url, store_target  # noqa: F401 (fixtures)

from graph.build import build_graph
from records import merge_records, validate_records
from records.corrections import apply_corrections, make_correction
from store import open_store
from store.migrations import migrate

#: Short articles written for this test: a story whose later events the text gives no time
#: (dated by the story's day), events told apart by words of their own ("the Brexit
#: referendum"), an undated article, a Dutch one, speech, roles and places.
ARTICLES = [
    (
        "drones-en",
        "en",
        "2024-03-12",
        "Ukrainian drones struck an oil refinery in Ryazan on Sunday, the governor said.\n"
        "The governor blamed Ukraine for the strike. Russia has accused Kyiv of terrorism.\n"
        "In a separate development, Poland and Lithuania signed a defence agreement. The "
        "agreement followed the elections in Lithuania and the Brexit referendum.",
    ),
    (
        "talks-en",
        "en",
        "2024-03-06",
        "Swiss President Anna Keller met German Chancellor Olaf Scholz in Geneva on Tuesday. "
        "The talks were about energy prices. Keller said Switzerland would support the new gas "
        "deal. Critics accused Scholz of ignoring the farmers' protests.",
    ),
    (
        "flood-en",
        "en",
        None,
        "Heavy floods hit Bavaria, the regional government said. The Red Cross sent aid to "
        "Passau. Officials in Munich criticised the weather service.",
    ),
    (
        "brand-nl",
        "nl",
        "2024-05-14",
        "Een grote brand heeft dinsdag een fabriek in Gent verwoest, zei de brandweer.\n"
        "De burgemeester van Gent, Mathias De Clercq, bezocht de fabriek. De vakbond "
        "kritiseerde de eigenaar om de brand.\n"
        "Ondertussen tekenden Belgie en Nederland een akkoord over de haven.",
    ),
]


def shown(G: Any) -> dict[str, Any]:
    """Everything of a graph the explorer shows: each node's and edge's attributes (an event's
    key that is null is the key left out: both say "not known"), the sentences and documents."""
    nodes = {}
    for node, attrs in G.nodes(data=True):
        attrs = dict(attrs)
        if attrs.get("event") is not None:
            attrs["event"] = {k: v for k, v in attrs["event"].items() if v is not None}
        nodes[node] = attrs
    edges = {key: (u, v, dict(d)) for u, v, key, d in G.edges(keys=True, data=True)}
    return {
        "nodes": nodes,
        "edges": edges,
        "documents": G.graph["documents"],
        "sentences": G.graph["sentences"],
        "corrections": G.graph.get("corrections"),
    }


def stored_and_read(target: str, records: dict[str, Any]) -> dict[str, Any]:
    """``records`` ingested into a new store at ``target`` and read back (checked)."""
    with open_store(target) as store:
        store.add_records(records)
        back = store.records()
    validate_records(back, source="store")
    return back


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict[str, Any]]:
    """The records of each test article and of the sample article, each extracted alone."""
    from extract.api import extract
    from extract.documents import Document, read_path

    documents = [
        Document(id=i, title=i, text=t, source=f"{i}.txt", date=d, language=lang)
        for i, lang, d, t in ARTICLES
    ]
    documents += read_path(SAMPLE)
    out = {}
    for document in documents:
        result = extract([document])
        assert not result.errors
        out[document.id] = result.records
    return out


@pytest.mark.model
def test_the_articles_hold_what_the_store_must_keep(extracted):
    """The articles tell what this file checks: events of the story's day, of the text's day,
    of the article's day and undated, events told apart, reported and planned relations."""
    events = [e["event"] for r in extracted.values() for e in r["entities"] if e["type"] == "EVENT"]
    assert {e.get("date_source") for e in events} >= {"story", "text", "document", None}
    assert any(e.get("distinct") for e in events)
    assert any(e.get("location") for e in events)
    relations = [rel for r in extracted.values() for rel in r["relations"]]
    assert {rel.get("date_source") for rel in relations} >= {"story", "text", "document"}
    assert {rel["mode"] for rel in relations} >= {"asserted", "planned"}


@pytest.mark.model
@pytest.mark.parametrize("doc_id", [a[0] for a in ARTICLES] + ["000_5b4120fcf4eb73ee"])
def test_a_document_shows_the_same_from_the_store(store_target, extracted, doc_id):  # noqa: F811 (store_helpers fixture, see its docstring)
    records = extracted[doc_id]
    assert shown(build_graph(stored_and_read(store_target, records))) == shown(build_graph(records))


@pytest.mark.model
def test_a_corpus_shows_the_same_from_the_store(store_target, extracted):  # noqa: F811 (store_helpers fixture, see its docstring)
    """All the articles in one store: as merged records in the store's order (by document id)."""
    records = merge_records(extracted[i] for i in sorted(extracted))
    assert shown(build_graph(stored_and_read(store_target, records))) == shown(build_graph(records))


@pytest.mark.model
def test_a_corrected_document_shows_the_same_from_the_store(store_target, extracted):  # noqa: F811 (store_helpers fixture, see its docstring)
    """Corrections the store keeps show as those applied to the records: merged countries and
    events, a renamed place, a relation marked wrong."""
    records = extracted["drones-en"]
    events = [e["id"] for e in records["entities"] if e["type"] == "EVENT"]
    assert {"kb:POL", "kb:LTU", "kb:ryazan_rus"} <= {e["id"] for e in records["entities"]}
    fixes = [
        make_correction("merge", entity="kb:POL", other="kb:LTU"),
        make_correction("rename", entity="kb:ryazan_rus", label="Ryazan Oblast"),
        make_correction("wrong", relation=records["relations"][0]["id"]),
        make_correction("merge", entity=events[0], other=events[-1]),
    ]
    with open_store(store_target) as store:
        store.add_records(records)
        for fix in fixes:
            store.add_correction(fix)
        back = store.records()
    validate_records(back, source="store")
    assert shown(build_graph(back)) == shown(build_graph(apply_corrections(records, fixes)))


ATTACK = {
    "id": "event:a:0",
    "label": "attack",
    "type": "EVENT",
    "aliases": ["attack"],
    "event": {
        "type": "ASSAULT",
        "trigger": "attack",
        "location": None,
        "date": "2025-12-01",
        "date_source": "story",
    },
}
REFERENDUM = {
    "id": "event:a:1",
    "label": "referendum",
    "type": "EVENT",
    "aliases": ["referendum"],
    "event": {
        "type": "CO_OCCURS",
        "trigger": "referendum",
        "location": None,
        "date": "2016-06-23",
        "date_source": "text",
        "distinct": True,
    },
}
STRIKE = {  # records written before events had a date_source
    "id": "event:a:2",
    "label": "strike",
    "type": "EVENT",
    "aliases": ["strike"],
    "event": {"type": "PROTEST", "trigger": "strike", "location": None, "date": "2025-12-03"},
}


def test_store_keeps_an_events_date_source_and_distinct(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    records = build_records(
        "a",
        "After the attack, the referendum and the strike nothing moved.",
        [ATTACK, REFERENDUM, STRIKE],
    )
    back = stored_and_read(store_target, records)
    events = {e["id"]: e["event"] for e in back["entities"]}
    assert events == {e["id"]: e["event"] for e in (ATTACK, REFERENDUM, STRIKE)}
    assert shown(build_graph(back)) == shown(build_graph(records))


def test_store_reads_back_the_reporter_named_only_as_reporter(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    """A relation's reporter that the document names nowhere else keeps its label: the panel's
    "reported by" shows it rather than an id."""
    putin = {"id": "kb:vladimir_putin", "label": "Vladimir Putin", "type": "PERSON"}
    kushner = {"id": "person:jared-kushner", "label": "Jared Kushner", "type": "PERSON"}
    records = build_records(
        "a",
        "Vladimir Putin met Jared Kushner.",
        [putin, kushner],
        relations=[("kb:vladimir_putin", "CONSULT", "person:jared-kushner")],
    )
    records["entities"].append(
        {
            "id": "org:kremlin-press-office",
            "label": "Kremlin press office",
            "type": "ORG",
            "aliases": ["Kremlin press office"],
            "country": "RUS",
            "mentions": 0,
        }
    )
    records["relations"][0].update(reported_by="org:kremlin-press-office", speech_verb="said")
    back = stored_and_read(store_target, records)
    G = build_graph(back)
    assert G.nodes["org:kremlin-press-office"]["label"] == "Kremlin press office"
    assert shown(G) == shown(build_graph(records))


def test_store_of_schema_8_is_upgraded_and_shows_its_events_as_before(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    """A store written before events kept their date source: upgrading it keeps every row, and
    its events are read as before (no date source), while new articles keep theirs."""
    sentence = "The strike went on."
    engine = create_engine(store_target if "://" in store_target else f"sqlite:///{store_target}")
    migrate(engine, target=8)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO documents (id, content_hash, title, language, date, source, text) "
                "VALUES ('old', 'abc', 'Old', 'en', '2025-12-03', 'old.txt', :t)"
            ),
            {"t": sentence},
        )
        conn.execute(
            text(
                "INSERT INTO sentences (id, doc_id, idx, start_char, end_char, text) "
                "VALUES ('old:0', 'old', 0, 0, :n, :t)"
            ),
            {"n": len(sentence), "t": sentence},
        )
        conn.execute(
            text(
                "INSERT INTO entities (id, label, type, event_type, event_trigger, event_date) "
                "VALUES ('event:old:0', 'strike', 'EVENT', 'PROTEST', 'strike', '2025-12-03')"
            )
        )
        conn.execute(
            text("INSERT INTO entity_documents (entity_id, doc_id) VALUES ('event:old:0', 'old')")
        )
        conn.execute(
            text(
                "INSERT INTO mentions (doc_id, ordinal, entity_id, sentence_id, start_char, "
                "end_char, text) VALUES ('old', 0, 'event:old:0', 'old:0', 4, 10, 'strike')"
            )
        )
    engine.dispose()
    with open_store(store_target) as store:
        assert store.version() == 9
        before = store.records()
        store.add_records(
            build_records("a", "After the attack nothing moved.", [ATTACK], date="2025-12-02")
        )
        after = store.records()
    validate_records(before, source="store")
    [old] = before["entities"]
    assert old["event"] == {
        "type": "PROTEST",
        "trigger": "strike",
        "location": None,
        "date": "2025-12-03",
    }
    assert [d["id"] for d in before["documents"]] == ["old"]
    assert len(before["mentions"]) == 1
    events = {e["id"]: e["event"] for e in after["entities"]}
    assert events == {"event:old:0": old["event"], "event:a:0": ATTACK["event"]}
