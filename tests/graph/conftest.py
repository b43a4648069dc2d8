"""Shared inputs for graph tests: the sample-article fixture and a tiny records builder."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from graph.build import build_graph

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "sample_records.json"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def _sample_records() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def sample_records(_sample_records) -> dict:
    """A fresh deep copy, so a test may edit it."""
    return copy.deepcopy(_sample_records)


@pytest.fixture
def G(sample_records):
    return build_graph(sample_records)


def _make_records(entities, relations, docs=(("d1", "2025-12-02"),)) -> dict:
    """Minimal valid records: entities as (id, type[, mentions]); relations as
    (id, source, target, type[, extra fields]); one sentence per relation in doc docs[0]
    unless the relation's extras give a 'doc'."""
    documents = [
        {"id": d, "title": d, "language": "en", "date": date, "source": f"{d}.txt", "text": ""}
        for d, date in docs
    ]
    ents = []
    for e in entities:
        eid, kind, *rest = e
        ent = {
            "id": eid,
            "label": eid.split(":")[-1].title(),
            "type": kind,
            "aliases": [],
            "country": None,
            "mentions": rest[0] if rest else 1,
        }
        if kind == "EVENT":
            ent["event"] = {"type": "CONSULT", "trigger": "met", "location": None, "date": None}
        ents.append(ent)
    sentences, rels = [], []
    for i, r in enumerate(relations):
        rid, src, tgt, kind, *rest = r
        extra = dict(rest[0]) if rest else {}
        doc = extra.pop("doc", docs[0][0])
        sid = f"{doc}:{i}"
        text = f"{src} {kind.lower()} {tgt}."
        sentences.append(
            {"id": sid, "doc": doc, "index": i, "start": 0, "end": len(text), "text": text}
        )
        rels.append(
            {
                "id": rid,
                "source": src,
                "target": tgt,
                "type": kind,
                "trigger": "" if kind == "CO_OCCURS" else kind.lower(),
                "negated": False,
                "sentence": sid,
                "confidence": 0.9,
                **extra,
            }
        )
    return {
        "schema_version": 1,
        "documents": documents,
        "sentences": sentences,
        "entities": ents,
        "mentions": [],
        "relations": rels,
    }


@pytest.fixture(scope="session")
def make_records():
    """The records builder above, as a fixture (conftest modules are not importable by name)."""
    return _make_records
