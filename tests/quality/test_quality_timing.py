"""``--wrong-times``: the found gold relations and events whose date or mode is wrong."""

from __future__ import annotations

from bench.quality.corpus import Gold
from bench.quality.match import PredDoc
from bench.quality.timing import date_group, table, wrong_times

TEXT = (
    "On Monday, Kenya met Uganda. Kenya will sanction Egypt. "
    "Egypt accused Kenya. Uganda did not attack Egypt. The summit ended."
)

GOLD = Gold(
    "a1",
    "en",
    "a",
    [
        {"id": "kenya", "type": "COUNTRY", "forms": ["Kenya"]},
        {"id": "uganda", "type": "COUNTRY", "forms": ["Uganda"]},
        {"id": "egypt", "type": "COUNTRY", "forms": ["Egypt"]},
        {"id": "summit", "type": "EVENT", "forms": ["summit"], "date": "2025-12-01"},
    ],
    [
        # right date, right mode: not listed
        {
            "source": "kenya",
            "target": "uganda",
            "types": ["CONSULT"],
            "directed": False,
            "mode": "asserted",
            "date": "2025-12-01",
        },
        # planned, found as asserted; its date fell back to the article's
        {
            "source": "kenya",
            "target": "egypt",
            "types": ["SANCTION"],
            "directed": True,
            "mode": "planned",
            "date": "2025-12-01",
        },
        # a date of another year read in the text
        {
            "source": "egypt",
            "target": "kenya",
            "types": ["ACCUSE"],
            "directed": True,
            "mode": "asserted",
            "date": "2024-05",
        },
        # not found: no date or mode of it is listed
        {
            "source": "uganda",
            "target": "egypt",
            "types": ["ASSAULT"],
            "directed": True,
            "mode": "negated",
            "date": "2025-12-01",
        },
    ],
)


def _rel(source: str, target: str, type_: str, trigger: str, date: str, how: str, mode: str):
    return {
        "source": source,
        "target": target,
        "type": type_,
        "trigger": trigger,
        "trigger_start": TEXT.index(trigger),
        "date": date,
        "date_source": how,
        "mode": mode,
    }


def _node(nid: str, label: str, type_: str = "COUNTRY", event: dict | None = None) -> dict:
    return {
        "id": nid,
        "label": label,
        "type": type_,
        "forms": {label},
        "mentions": {label},
        "event": event,
    }


PRED = PredDoc(
    "a1",
    nodes={
        "k": _node("k", "Kenya"),
        "u": _node("u", "Uganda"),
        "e": _node("e", "Egypt"),
        "s": _node("s", "summit", "EVENT", {"date": "2025-12-03"}),
    },
    relations=[
        _rel("k", "u", "CONSULT", "met", "2025-12-01", "text", "asserted"),
        _rel("k", "e", "SANCTION", "sanction", "2025-12-03", "document", "asserted"),
        _rel("e", "k", "ACCUSE", "accused", "2025-12-03", "text", "asserted"),
    ],
)


def test_wrong_times_lists_the_found_relations_and_events_whose_date_or_mode_is_wrong():
    found = wrong_times(GOLD, PRED, TEXT, "2025-12-03")
    got = [(w.kind, w.group, w.what, w.gold, w.predicted) for w in found]
    assert got == [
        (
            "date",
            "document date",
            "kenya -> egypt (SANCTION)",
            "2025-12-01",
            "2025-12-03 document",
        ),
        ("mode", "planned <- asserted", "kenya -> egypt (SANCTION)", "planned", "asserted"),
        ("date", "year", "egypt -> kenya (ACCUSE)", "2024-05", "2025-12-03 text"),
        ("event date", "document date", "summit (summit)", "2025-12-01", "2025-12-03"),
    ]
    assert found[0].sentence == "Kenya will sanction Egypt."
    assert found[3].sentence == "The summit ended."


def test_wrong_times_table_counts_each_kind_by_group():
    text = table("en", wrong_times(GOLD, PRED, TEXT, "2025-12-03"))
    assert "wrong dates and modes of found gold relations and events, en: 4" in text
    assert "  date: 2 (document date 1, year 1)" in text
    assert "  mode: 1 (planned <- asserted 1)" in text
    assert "Egypt accused Kenya." in text


def test_date_group_names_the_first_part_that_differs():
    assert date_group(None, None, "2019") == "no date"
    assert date_group("2019-03-02", "text", "2019-02") == "month"
    assert date_group("2019", "text", "2019-03-02") == "too coarse"
