"""Helpers shared by the end-to-end extraction tests."""

from __future__ import annotations

from extract.api import extract
from extract.documents import Document


def typed(text: str, lang: str, date: str = "2025-12-03") -> dict[tuple[str, str, str], dict]:
    """Each relation extracted from ``text`` (an article of ``date``), keyed by (source label,
    type, target label), without co-occurrence and event participation."""
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date=date, language=lang)]
    )
    assert result.errors == []
    label = {e["id"]: e["label"] for e in result.records["entities"]}
    return {
        (label[r["source"]], r["type"], label[r["target"]]): r
        for r in result.records["relations"]
        if r["type"] not in ("CO_OCCURS", "PARTICIPANT")
    }


def relations(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(source label, type, target label) of each relation extracted from ``text``."""
    return set(typed(text, lang))
