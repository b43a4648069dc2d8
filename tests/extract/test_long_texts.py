"""Texts longer than spaCy's ``max_length`` are extracted in pieces with offsets relative to the
whole text."""

from __future__ import annotations

import pytest

from extract.api import extract
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
