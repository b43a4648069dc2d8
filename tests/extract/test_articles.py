"""End to end: the sample article (Dutch) and the project's English article on the same events.

These load the real pipelines, so they are marked ``model``. They assert what a
user sees in the graph: one node per person, the right types, and the typed
relations with their evidence sentences.
"""

from __future__ import annotations

import pytest

from extract.api import extract
from extract.documents import read_path
from records import validate_records

pytestmark = pytest.mark.model

SAMPLE = "data/corpus/sample/000_5b4120fcf4eb73ee.txt"
ENGLISH = "data/corpus/english/moscow_talks_en.txt"

PEOPLE = [
    "Vladimir Putin",
    "Donald Trump",
    "Steve Witkoff",
    "Jared Kushner",
    "Yuri Ushakov",
    "Volodymyr Zelensky",
    "Marco Rubio",
    "Emmanuel Macron",
]
COUNTRIES = ["Russia", "Ukraine", "United States", "France", "Ireland"]
ORGS = ["Kremlin", "White House", "NATO", "United Nations"]
PLACES = [
    "Moscow",
    "Kyiv",
    "Pokrovsk",
    "Vovchansk",
    "Kupiansk",
    "Donetsk",
    "Luhansk",
    "Crimea",
    "Europe",
]


#: Relations the Dutch parser (LAS 69 on Alpino test, models/README.md) cannot give on the sample
#: today: in "Sinds Rusland Oekraïne op 24 februari 2022 binnenviel" it tags "binnenviel" as a noun
#: and hangs "Oekraïne" under "Rusland" as part of its name. They are expected to fail, and reported
#: when they pass.
@pytest.fixture(scope="module", params=[SAMPLE, ENGLISH], ids=["nl", "en"])
def records(request):
    result = extract(read_path(request.param))
    assert result.errors == []
    return result.records


def by_label(records, label):
    found = [e for e in records["entities"] if e["label"] == label]
    assert found, (
        f"no entity labelled {label!r}; have {sorted(e['label'] for e in records['entities'])}"
    )
    return found


def test_articles_records_follow_the_schema(records):
    validate_records(records)


@pytest.mark.parametrize("name", PEOPLE)
def test_articles_each_person_is_one_person_node(records, name):
    found = by_label(records, name)
    assert [e["type"] for e in found] == ["PERSON"]


def test_articles_zelensky_spellings_merge_into_one_node():
    result = extract(read_path(SAMPLE))
    zelensky = [
        e for e in result.records["entities"] if any(a.startswith("Zelensk") for a in e["aliases"])
    ]
    assert len(zelensky) == 1
    assert {"Zelenski", "Zelensky"} <= set(zelensky[0]["aliases"])


@pytest.mark.parametrize(
    "label, type_",
    [(c, "COUNTRY") for c in COUNTRIES]
    + [(o, "ORG") for o in ORGS]
    + [(p, "LOCATION") for p in PLACES],
)
def test_articles_entities_have_their_type(records, label, type_):
    assert [e["type"] for e in by_label(records, label)] == [type_]


def test_articles_no_junk_nodes_from_sentence_openers(records):
    labels = {e["label"] for e in records["entities"]}
    assert not labels & {
        "Gevraagd",
        "Ondertussen",
        "Speciaal",
        "Het",
        "Eerder",
        "Volgens",
        "Sinds",
        "Terwijl",
    }


def test_articles_metonyms_carry_their_country(records):
    assert by_label(records, "Kremlin")[0]["country"] == "RUS"
    assert by_label(records, "White House")[0]["country"] == "USA"


def test_articles_washington_is_the_place_or_the_government(request, records):
    """The Dutch sample names Washington as a place ("zijn kabinet in Washington"); the English
    article has it act for the government ("Kyiv asked Washington for security guarantees"), which
    makes it the United States (docs/annotation.md, metonyms)."""
    if request.node.callspec.params["records"] == SAMPLE:
        assert [e["type"] for e in by_label(records, "Washington")] == ["LOCATION"]
        return
    assert not [e for e in records["entities"] if e["label"] == "Washington"]
    asked = relations_between(records, "Ukraine", "United States", {"REQUEST"})
    assert any("Kyiv asked Washington" in sentence for _, sentence in asked), asked


def relations_between(records, source, target, types=None, either_way=False):
    ids = {e["label"]: e["id"] for e in records["entities"]}
    sentences = {s["id"]: s["text"] for s in records["sentences"]}
    out = []
    for rel in records["relations"]:
        ends = (rel["source"], rel["target"])
        wanted = (ids.get(source), ids.get(target))
        if ends == wanted or (either_way and ends == wanted[::-1]):
            if types is None or rel["type"] in types:
                out.append((rel, sentences[rel["sentence"]]))
    return out


@pytest.mark.parametrize(
    "source, target, types, either_way",
    [
        ("Vladimir Putin", "Steve Witkoff", {"CONSULT"}, True),
        ("Steve Witkoff", "Donald Trump", {"ROLE"}, False),
        ("Jared Kushner", "Donald Trump", {"FAMILY"}, False),
        ("Yuri Ushakov", "Vladimir Putin", {"ROLE"}, False),
        ("Volodymyr Zelensky", "Ukraine", {"ROLE"}, False),
        ("Russia", "Ukraine", {"ASSAULT"}, False),
        ("Russia", "Crimea", {"COERCE", "ASSAULT"}, False),
    ],
)
def test_articles_typed_relations_with_evidence(records, source, target, types, either_way):
    found = relations_between(records, source, target, types, either_way)
    assert found, f"no {types} relation {source} -> {target}"
    rel, sentence = found[0]
    assert rel["confidence"] > 0.2
    # The evidence sentence names both ends (in some spelling) or the trigger.
    aliases = {e["label"]: e["aliases"] for e in records["entities"]}
    assert any(a in sentence for a in aliases[source]) or rel["trigger"] in sentence


def test_articles_event_for_the_moscow_talks(records):
    events = [
        e for e in records["entities"] if e["type"] == "EVENT" and e["event"]["type"] == "CONSULT"
    ]
    assert events, "no talks event"
    participants = {
        r["source"]
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r["target"] in {e["id"] for e in events}
    }
    putin = by_label(records, "Vladimir Putin")[0]["id"]
    assert putin in participants
    # "Speciaal gezant van Trump Steve Witkoff en schoonzoon Jared Kushner woonden de gesprekken
    # bij"
    kushner = by_label(records, "Jared Kushner")[0]["id"]
    assert kushner in participants


def test_articles_moscow_talks_are_one_event_on_tuesday(records):
    moscow = by_label(records, "Moscow")[0]["id"]
    talks = [
        e for e in records["entities"] if e["type"] == "EVENT" and e["event"]["location"] == moscow
    ]
    assert [(e["event"]["type"], e["event"]["date"]) for e in talks] == [("CONSULT", "2025-12-02")]
    putin_witkoff = relations_between(
        records, "Vladimir Putin", "Steve Witkoff", {"CONSULT"}, either_way=True
    )
    assert {rel["date"] for rel, _ in putin_witkoff} == {"2025-12-02"}


def test_articles_tuesday_resolves_against_the_document_date(records):
    dates = {r["date"] for r in records["relations"]}
    assert "2025-12-02" in dates


def test_articles_monday_meeting_with_macron_is_dated_monday(records):
    found = relations_between(
        records, "Volodymyr Zelensky", "Emmanuel Macron", {"CONSULT"}, either_way=True
    )
    assert [rel["date"] for rel, _ in found] == ["2025-12-01"]


def test_articles_invasion_is_dated_2022(records):
    found = relations_between(records, "Russia", "Ukraine", {"ASSAULT"})
    assert any((rel["date"] or "").startswith("2022") for rel, _ in found)
