"""``--wrong-times``: the found gold relations whose date or mode is wrong, and the found gold
events whose date is wrong, grouped so that the biggest sources of wrong times stand out.

A gold relation is *found* when a predicted typed relation links its two ends (the same choice
as the ``date`` and ``mode`` figures of :mod:`bench.quality.metrics`: the relations of a right
type if any, else all that link them). Each wrong one is listed with the gold value, the
predicted values, where the date came from (``date_source``: "text", "story" or "document") and the
sentence of the trigger. Date errors are grouped by what the prediction got wrong:

- ``document date``: the text gave a date, the relation fell back to the article's;
- ``story's day``: the relation took the day the lead tells, which was not its own;
- ``too coarse``: right as far as it goes, less precise than the gold ("2019" for "2019-01-24");
- ``year``, ``month``, ``day``: the first part that differs, of a date read in the text.

Mode errors are grouped by gold and predicted mode ("planned <- asserted").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bench.quality.corpus import Gold
from bench.quality.match import PredDoc, align, date_matches, linking, relation_mode
from bench.quality.wrong import sentence_at

DATE, MODE, EVENT_DATE = "date", "mode", "event date"
KINDS = (DATE, MODE, EVENT_DATE)


@dataclass(frozen=True)
class WrongTime:
    """One found gold relation (or event) whose date or mode the extraction got wrong."""

    article: str
    kind: str  # DATE, MODE or EVENT_DATE
    group: str
    what: str  # "source -> target (TYPES)" or the event's gold id
    gold: str
    predicted: str  # the predicted values, "/"-joined, with the date's source
    trigger: str
    sentence: str


def date_group(predicted: str | None, source: str | None, gold: str) -> str:
    """What a predicted date got wrong against the gold date.

    >>> date_group("2019-01-24", "document", "2019-01-20"), date_group("2019", "text", "2019-01")
    ('document date', 'too coarse')
    >>> date_group("2018-01-20", "text", "2019-01"), date_group("2019-01-21", "text", "2019-01-20")
    ('year', 'day')
    >>> date_group("2019-01-21", "story", "2019-01-20")
    "story's day"
    """
    if not predicted:
        return "no date"
    if source == "document":
        return "document date"
    if source == "story":
        return "story's day"
    if gold.startswith(predicted):
        return "too coarse"
    if predicted[:4] != gold[:4]:
        return "year"
    if predicted[:7] != gold[:7]:
        return "month"
    return "day"


def wrong_times(
    gold: Gold, pred: PredDoc, text: str = "", doc_date: str | None = None
) -> list[WrongTime]:
    """The found gold relations of one article with a wrong date or mode, and its found gold
    events with a wrong date (an event's date counts as the article's when it equals
    ``doc_date``: events records do not say where their date came from)."""
    al = align(gold.entities, pred)
    out = []
    for g in gold.relations:
        links = linking(pred, al, g["source"], g["target"])
        if not links:
            continue
        chosen = [r for r, _ in links if r["type"] in g["types"]] or [r for r, _ in links]
        first = chosen[0]
        what = f"{g['source']} -> {g['target']} ({'/'.join(g['types'])})"
        sentence = sentence_at(text, first.get("trigger_start"))
        trigger = first.get("trigger") or ""
        gold_date = g.get("date")
        if gold_date and not any(date_matches(r.get("date"), gold_date) for r in chosen):
            out.append(
                WrongTime(
                    gold.article,
                    DATE,
                    date_group(first.get("date"), first.get("date_source"), gold_date),
                    what,
                    gold_date,
                    "/".join(sorted({f"{r.get('date')} {r.get('date_source')}" for r in chosen})),
                    trigger,
                    sentence,
                )
            )
        if g["mode"] != "asserted" and not any(relation_mode(r) == g["mode"] for r in chosen):
            modes = sorted({relation_mode(r) for r in chosen})
            out.append(
                WrongTime(
                    gold.article,
                    MODE,
                    f"{g['mode']} <- {'/'.join(modes)}",
                    what,
                    g["mode"],
                    "/".join(modes),
                    trigger,
                    sentence,
                )
            )
    for g in gold.entities:
        if g["type"] != "EVENT" or not g.get("date"):
            continue
        matched = [pred.nodes[n] for n in sorted(al.to_pred.get(g["id"], ())) if n in pred.nodes]
        dates = [(n.get("event") or {}).get("date") for n in matched]
        if not matched or any(date_matches(d, g["date"]) for d in dates):
            continue
        event = matched[0].get("event") or {}
        offset = _first_mention(text, matched[0])
        out.append(
            WrongTime(
                gold.article,
                EVENT_DATE,
                date_group(dates[0], "document" if dates[0] == doc_date else None, g["date"]),
                f"{g['id']} ({matched[0]['label']})",
                g["date"],
                "/".join(sorted({str(d) for d in dates})),
                event.get("trigger") or "",
                sentence_at(text, offset),
            )
        )
    return out


def _first_mention(text: str, node: dict) -> int | None:
    """Where the text first names an event node (its first mention form found), for its
    sentence."""
    at = [text.find(form) for form in node.get("mentions") or ()]
    at = [a for a in at if a >= 0]
    return min(at) if at else None


def table(lang: str, wrong: list[WrongTime]) -> str:
    """The listing: counts by kind and group, then each wrong time with its sentence."""
    lines = [f"wrong dates and modes of found gold relations and events, {lang}: {len(wrong)}"]
    for kind in KINDS:
        groups = Counter(w.group for w in wrong if w.kind == kind)
        detail = ", ".join(f"{g} {n}" for g, n in groups.most_common())
        lines.append(f"  {kind}: {sum(groups.values())} ({detail})")
    lines.append("  each (kind, group, article: relation, gold | predicted, trigger):")
    for w in sorted(wrong, key=lambda w: (KINDS.index(w.kind), w.group, w.article)):
        lines.append(
            f"    {w.kind:10} {w.group:15} {w.article}: {w.what}, {w.gold} | {w.predicted},"
            f" {w.trigger}"
        )
        if w.sentence:
            lines.append(f"        {w.sentence[:240]}")
    return "\n".join(lines)
