"""``--wrong``: every predicted typed relation between gold entities that the gold does not
accept, with its cause, grouped so that the biggest sources of wrong edges stand out.

The causes, tried in this order:

- ``direction``: the gold has the relation with this type, but it runs the other way;
- ``type``: the gold links the two entities, with other types only;
- ``end``: a gold relation of this type has one of the two ends, and its evidence holds the
  trigger (the right act, one end taken from the wrong name);
- ``not in gold``: the gold has no such relation at all.

Records carry no pattern name, so a relation's *route* stands in for it: ``event`` (derived
from two participants of an event), ``reported`` (inside what a speaker said), ``participant``
(an actor's part in an event), ``direct`` (the rest: a verb, a noun or a phrase linking its own
two ends).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bench.quality.corpus import Gold
from bench.quality.match import SYMMETRIC_TYPES, PredDoc, align, relation_right

DIRECTION, TYPE, END, NOT_IN_GOLD = "direction", "type", "end", "not in gold"
CAUSES = (DIRECTION, TYPE, END, NOT_IN_GOLD)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Wrong:
    """One wrong predicted relation, with what the gold says about its two ends."""

    article: str
    rel: dict
    cause: str
    source: str  # gold ids of the source node, joined
    target: str
    sentence: str

    @property
    def route(self) -> str:
        return route(self.rel)


def route(rel: dict) -> str:
    """Which kind of rule made a relation, as far as its record tells."""
    if rel["type"] == "PARTICIPANT":
        return "participant"
    if rel.get("event"):
        return "event"
    if rel.get("reported_by"):
        return "reported"
    return "direct"


def sentence_at(text: str, offset: int | None) -> str:
    """The sentence of ``text`` around character ``offset`` (cut at ., ! or ? and a space, or a
    line break)."""
    if offset is None or not text:
        return ""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() >= offset:
            return text[start : m.start()].strip()
        start = m.end()
    return text[start:].strip()


def _evidence_holds(g: dict, text: str, offset: int | None) -> bool:
    evidence = g.get("evidence")
    if not evidence or offset is None:
        return True  # no evidence to check: sharing an end and the type is enough
    at = text.find(evidence)
    while at >= 0:
        if at <= offset < at + len(evidence):
            return True
        at = text.find(evidence, at + 1)
    return False


def cause(rel: dict, gs: set[str], gt: set[str], gold: Gold, text: str) -> str:
    """Why ``rel`` (whose ends match the gold ids ``gs`` and ``gt``) is wrong."""
    pair = [
        g
        for g in gold.relations
        if (g["source"] in gs and g["target"] in gt) or (g["source"] in gt and g["target"] in gs)
    ]
    if any(rel["type"] in g["types"] for g in pair):
        return DIRECTION
    if pair:
        return TYPE
    offset = rel.get("trigger_start")
    for g in gold.relations:
        if rel["type"] not in g["types"]:
            continue
        if rel["type"] in SYMMETRIC_TYPES or not g["directed"]:
            shares = bool({g["source"], g["target"]} & (gs | gt))
        else:
            shares = g["source"] in gs or g["target"] in gt
        if shares and _evidence_holds(g, text, offset):
            return END
    return NOT_IN_GOLD


def wrong_relations(gold: Gold, pred: PredDoc, text: str = "") -> list[Wrong]:
    """The predicted typed relations of one article that :func:`relation_right` judges wrong."""
    al = align(gold.entities, pred)
    events = {g["id"]: g for g in gold.entities if g["type"] == "EVENT"}
    out = []
    for rel in pred.typed_relations:
        if relation_right(rel, al, gold.relations, events) is not False:
            continue
        gs, gt = al.to_gold.get(rel["source"], set()), al.to_gold.get(rel["target"], set())
        out.append(
            Wrong(
                gold.article,
                rel,
                cause(rel, gs, gt, gold, text),
                "/".join(sorted(gs)),
                "/".join(sorted(gt)),
                sentence_at(text, rel.get("trigger_start")),
            )
        )
    return out


def right_counts(gold: Gold, pred: PredDoc) -> Counter:
    """Right predicted relations between gold entities per (route, type, trigger), to set the
    wrong ones against."""
    al = align(gold.entities, pred)
    events = {g["id"]: g for g in gold.entities if g["type"] == "EVENT"}
    return Counter(
        _key(rel)
        for rel in pred.typed_relations
        if relation_right(rel, al, gold.relations, events) is True
    )


def judged(gold: Gold, pred: PredDoc) -> list[tuple[dict, bool]]:
    """Each predicted typed relation between gold entities, with whether it is right."""
    al = align(gold.entities, pred)
    events = {g["id"]: g for g in gold.entities if g["type"] == "EVENT"}
    out = []
    for rel in pred.typed_relations:
        right = relation_right(rel, al, gold.relations, events)
        if right is not None:
            out.append((rel, right))
    return out


def rule_table(lang: str, rows: list[tuple[str, float, bool]]) -> str:
    """Right and wrong per rule (``CONFIDENCE`` entry, see :mod:`bench.quality.routes`), with
    the share right and the mean confidence, most wrong first: what each entry's value should
    follow (``rows``: rule, confidence, right)."""
    right: Counter = Counter()
    wrong: Counter = Counter()
    confidence: Counter = Counter()
    for rule, conf, ok in rows:
        (right if ok else wrong)[rule] += 1
        confidence[rule] += conf
    lines = [f"  by rule, {lang} (wrong / right, share right, mean confidence), most wrong first:"]
    for rule in sorted(set(right) | set(wrong), key=lambda r: (-wrong[r], -right[r], r)):
        n = right[rule] + wrong[rule]
        lines.append(
            f"    {wrong[rule]:4} / {right[rule]:<4} {right[rule] / n:.2f}"
            f"  {confidence[rule] / n:.2f}  {rule}"
        )
    return "\n".join(lines)


def _key(rel: dict) -> tuple[str, str, str]:
    return (route(rel), rel["type"], (rel.get("trigger") or "").casefold())


def table(lang: str, wrong: list[Wrong], right: Counter, examples: int | None = None) -> str:
    """The listing: counts by cause, by route and cause, by (route, type, trigger) with the
    right ones beside them, then every wrong relation (or the first ``examples``) with its
    sentence."""
    total = len(wrong) + sum(right.values())
    lines = [f"wrong relations between gold entities, {lang}: {len(wrong)} of {total}"]
    by_cause = Counter(w.cause for w in wrong)
    lines.append("  by cause: " + ", ".join(f"{c} {by_cause[c]}" for c in CAUSES))
    routes = Counter(w.route for w in wrong)
    right_routes = Counter()
    for (r, _, _), n in right.items():
        right_routes[r] += n
    lines.append("  by route (wrong / right):")
    for r in sorted(set(routes) | set(right_routes), key=lambda r: -routes[r]):
        causes = Counter(w.cause for w in wrong if w.route == r)
        detail = ", ".join(f"{c} {causes[c]}" for c in CAUSES if causes[c])
        lines.append(f"    {r:12} {routes[r]:4} / {right_routes[r]:<4} {detail}")
    keys = Counter(_key(w.rel) for w in wrong)
    lines.append("  by route, type and trigger (wrong / right), most wrong first:")
    for key, n in sorted(keys.items(), key=lambda kv: (-kv[1], kv[0]))[:30]:
        lines.append(f"    {n:3} / {right[key]:<3} {' '.join(key)}")
    lines.append("  each (cause, route, article: source -TYPE-> target, trigger, confidence):")
    order = sorted(wrong, key=lambda w: (CAUSES.index(w.cause), w.route, w.article))
    for w in order[:examples]:
        r = w.rel
        lines.append(
            f"    {w.cause:11} {w.route:11} {w.article}: {w.source} -{r['type']}-> {w.target}"
            f" ({r.get('trigger', '')}, {r.get('confidence')})"
        )
        if w.sentence:
            lines.append(f"        {w.sentence[:200]}")
    if examples is not None and len(order) > examples:
        lines.append(f"    ... {len(order) - examples} more")
    return "\n".join(lines)
