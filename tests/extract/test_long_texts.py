"""Texts longer than spaCy's ``max_length`` are extracted in pieces with offsets relative to the
whole text."""

from __future__ import annotations

import pytest

from extract.api import extract
from extract.components.paragraphs import split_paragraphs
from extract.documents import Document
from extract.pipeline import load_pipeline
from records import validate_records

pytestmark = pytest.mark.model

PARAGRAPHS = [
    "Vladimir Putin met Steve Witkoff in Moscow on Tuesday.",
    "Donald Trump spoke with Volodymyr Zelensky about the peace plan.",
    "Emmanuel Macron criticised Russia.",
    "Marco Rubio visited Kyiv.",
]
TEXT = (
    "\n".join(PARAGRAPHS * 6) + "\n" + "Witkoff praised Putin. " * 40
)  # the last paragraph alone is over the limit


def run(text: str) -> dict:
    result = extract(
        [Document(id="long", title="long", text=text, source="long.txt", date="2025-12-02")],
        lang="en",
    )
    assert not result.errors
    return result.records


def comparable(records: dict) -> dict:
    return {
        "sentences": [(s["id"], s["start"], s["end"], s["text"]) for s in records["sentences"]],
        "mentions": sorted(
            (m["entity"], m["sentence"], m["start"], m["end"]) for m in records["mentions"]
        ),
        "entities": sorted((e["id"], e["label"], e["mentions"]) for e in records["entities"]),
    }


def test_long_text_in_pieces_keeps_offsets_relative_to_the_whole_document(monkeypatch):
    whole = run(TEXT)
    monkeypatch.setattr(load_pipeline("en"), "max_length", 300)
    pieced = run(TEXT)
    validate_records(pieced)
    assert [d["text"] for d in pieced["documents"]] == [TEXT]
    for sentence in pieced["sentences"]:
        assert TEXT[sentence["start"] : sentence["end"]] == sentence["text"]
    for mention in pieced["mentions"]:
        assert TEXT[mention["start"] : mention["end"]] == mention["text"]
    for relation in pieced["relations"]:
        if "trigger_start" in relation:
            assert TEXT[relation["trigger_start"] : relation["trigger_end"]] == relation["trigger"]
    assert len({r["id"] for r in pieced["relations"]}) == len(pieced["relations"])
    assert comparable(pieced)["sentences"] == comparable(whole)["sentences"]
    assert comparable(pieced)["entities"] == comparable(whole)["entities"]
    assert comparable(pieced)["mentions"] == comparable(whole)["mentions"]


def test_long_text_an_event_named_once_in_each_of_two_pieces_is_the_whole_texts(monkeypatch):
    # nobody is named taking part in the storm: each piece names it once, the whole text twice,
    # and the count is made over the whole text, so both keep it, with the mayor of its first
    # sentence
    text = "\n".join(
        ["Mayor Grégory Doucet thanked the firefighters after the storm.", *PARAGRAPHS * 2]
        + ["The storm left thousands of people without power."]
    )
    pieces = split_paragraphs(text, 299)
    assert [("storm" in piece) for _, piece in (pieces[0], pieces[-1])] == [True, True]
    assert len(pieces) > 1 and text.count("storm") == 2
    whole = run(text)
    monkeypatch.setattr(load_pipeline("en"), "max_length", 300)
    pieced = run(text)
    assert len(pieced["documents"]) == 1 and len(pieced["sentences"]) == len(whole["sentences"])
    assert comparable(pieced)["entities"] == comparable(whole)["entities"]
    assert comparable(pieced)["mentions"] == comparable(whole)["mentions"]
    storms = [e for e in whole["entities"] if e["label"] == "disaster"]
    assert [(e["id"], e["mentions"]) for e in storms] == [("event:long:0", 2)]
    for records in (whole, pieced):
        assert ("person:gregory-doucet", "event:long:0") in {
            (r["source"], r["target"]) for r in records["relations"] if r["type"] == "PARTICIPANT"
        }
