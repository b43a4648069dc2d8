"""Inter-annotator agreement: annotation ``a`` against annotation ``b`` of the same article.

Entities agree when they have the same type and share a form (after
:func:`~bench.quality.match.norm`), or the same id; relations agree when their two ends agree
(either direction) and, for the typed figure, they share a type. F1 is symmetric in a and b.
"""

from __future__ import annotations

from collections import Counter

from bench.quality.corpus import Gold
from bench.quality.match import norm
from bench.quality.metrics import f1, ratio


def _entity_map(a: Gold, b: Gold) -> dict[str, set[str]]:
    """b id -> the a ids it agrees with."""
    a_forms = [(e, {norm(f) for f in e["forms"]}) for e in a.entities]
    out = {}
    for e in b.entities:
        forms = {norm(f) for f in e["forms"]}
        out[e["id"]] = {
            x["id"]
            for x, fx in a_forms
            if x["type"] == e["type"] and (x["id"] == e["id"] or forms & fx)
        }
    return out


def agreement_counts(a: Gold, b: Gold) -> Counter:
    c: Counter = Counter()
    bmap = _entity_map(a, b)
    matched_a = set().union(*bmap.values()) if bmap else set()
    c["entities.a"] += len(a.entities)
    c["entities.b"] += len(b.entities)
    c["entities.a_matched"] += len(matched_a)
    c["entities.b_matched"] += sum(1 for v in bmap.values() if v)

    def agrees(ra: dict, rb: dict) -> bool:
        s, t = bmap.get(rb["source"], set()), bmap.get(rb["target"], set())
        return (ra["source"] in s and ra["target"] in t) or (
            ra["source"] in t and ra["target"] in s
        )

    c["pairs.a"] += len(a.relations)
    c["pairs.b"] += len(b.relations)
    c["pairs.a_matched"] += sum(
        1 for ra in a.relations if any(agrees(ra, rb) for rb in b.relations)
    )
    c["pairs.b_matched"] += sum(
        1 for rb in b.relations if any(agrees(ra, rb) for ra in a.relations)
    )
    c["typed.a_matched"] += sum(
        1
        for ra in a.relations
        if any(agrees(ra, rb) and set(ra["types"]) & set(rb["types"]) for rb in b.relations)
    )
    c["typed.b_matched"] += sum(
        1
        for rb in b.relations
        if any(agrees(ra, rb) and set(ra["types"]) & set(rb["types"]) for ra in a.relations)
    )
    c["articles"] += 1
    return c


def agreement_figures(c: Counter) -> dict[str, float]:
    out = {}
    for name, den in (("entities", "entities"), ("pairs", "pairs"), ("typed_pairs", "pairs")):
        stem = "typed" if name == "typed_pairs" else name
        p = ratio(c[f"{stem}.b_matched"], c[f"{den}.b"])
        r = ratio(c[f"{stem}.a_matched"], c[f"{den}.a"])
        out[f"{name}.f1"] = f1(p, r)
    return {k: v for k, v in out.items() if v is not None}
