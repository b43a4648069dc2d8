"""Helpers shared by the end-to-end extraction tests."""

from __future__ import annotations

from extract.api import extract
from extract.documents import Document


def relations(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(source label, type, target label) of each relation extracted from ``text``, without
    co-occurrence and event participation."""
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    )
    assert result.errors == []
    label = {e["id"]: e["label"] for e in result.records["entities"]}
    return {
        (label[r["source"]], r["type"], label[r["target"]])
        for r in result.records["relations"]
        if r["type"] not in ("CO_OCCURS", "PARTICIPANT")
    }
