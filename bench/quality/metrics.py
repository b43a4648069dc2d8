"""Counts per article and the figures (rates) computed from summed counts.

Every scorer works on one article at a time and returns a Counter of plain counts; counts of
several articles are added up and :func:`figures` turns them into rates (micro-averages), so a
domain's figure and a language's figure come from the same counts.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from bench.quality.match import (
    NAME_TYPES,
    Alignment,
    PredDoc,
    align,
    date_matches,
    event_merged,
    event_participants,
    linking,
    merged_names,
    norm,
    relation_mode,
    relation_right,
)
from records import PLOVER_TYPES

BANDS = (
    (0.0, 0.5, "0-0.5"),
    (0.5, 0.7, "0.5-0.7"),
    (0.7, 0.8, "0.7-0.8"),
    (0.8, 0.9, "0.8-0.9"),
    (0.9, 1.01, "0.9-1"),
)


def band(confidence: float) -> str:
    return next(name for lo, hi, name in BANDS if lo <= confidence < hi)


def score_article(gold_entities: list[dict], gold_relations: list[dict], doc: PredDoc) -> Counter:
    """All counts of one article (gold of one language against that language's extraction)."""
    c: Counter = Counter()
    al = align(gold_entities, doc)
    _entities(c, gold_entities, doc, al)
    _pairs(c, gold_relations, doc, al)
    _precision(c, gold_entities, gold_relations, doc, al)
    _events(c, gold_entities, doc, al)
    return c


def _entities(c: Counter, gold_entities: list[dict], doc: PredDoc, al: Alignment) -> None:
    names = [g for g in gold_entities if g["type"] != "EVENT"]
    nodes = [n for n in doc.nodes.values() if n["type"] in NAME_TYPES]
    c["entities.gold"] += len(names)
    c["entities.pred"] += len(nodes)
    c["entities.gold_found"] += sum(1 for g in names if al.typed_gold[g["id"]])
    c["entities.gold_found_untyped"] += sum(1 for g in names if al.untyped_gold[g["id"]])
    typed_nodes = {n for found in al.typed_gold.values() for n in found}
    untyped_nodes = {n for found in al.untyped_gold.values() for n in found}
    c["entities.pred_right"] += len(typed_nodes)
    c["entities.pred_right_untyped"] += len(untyped_nodes)
    c["entities.split"] += sum(1 for g in names if len(al.to_pred.get(g["id"], ())) > 1)
    c["entities.merged"] += len(merged_names(al))
    for t in NAME_TYPES:
        c[f"entities.type.{t}.gold"] += sum(1 for g in names if g["type"] == t)
        c[f"entities.type.{t}.gold_found"] += sum(
            1 for g in names if g["type"] == t and al.typed_gold[g["id"]]
        )


def _pairs(c: Counter, gold_relations: list[dict], doc: PredDoc, al: Alignment) -> None:
    for g in gold_relations:
        links = linking(doc, al, g["source"], g["target"])
        right = [(r, fwd) for r, fwd in links if r["type"] in g["types"]]
        c["pairs.gold"] += 1
        c["pairs.found"] += bool(links)
        c["pairs.typed"] += bool(right)
        for t in set(g["types"]):
            c[f"pairs.type.{t}.gold"] += 1
            c[f"pairs.type.{t}.found"] += any(r["type"] == t for r, _ in links)
        if links and g["directed"]:
            c["pairs.directed_found"] += 1
            c["pairs.direction_right"] += any(fwd for _, fwd in (right or links))
        chosen = right or links
        if g["mode"] != "asserted":
            c["mode.gold"] += 1
            c["mode.found"] += bool(links)
            c["mode.right"] += any(relation_mode(r) == g["mode"] for r, _ in chosen)
        if g.get("date"):
            c["date.gold"] += 1
            c["date.found"] += bool(links)
            c["date.right"] += any(date_matches(r.get("date"), g["date"]) for r, _ in chosen)


def _precision(
    c: Counter, gold_entities: list[dict], gold_relations: list[dict], doc: PredDoc, al: Alignment
) -> None:
    typed = doc.typed_relations
    c["relations.pred"] += len(typed)
    c["relations.statement"] += sum(1 for r in typed if r["type"] == "STATEMENT")
    events = {g["id"]: g for g in gold_entities if g["type"] == "EVENT"}
    for r in typed:
        right = relation_right(r, al, gold_relations, events)
        if right is None:
            continue
        c["relations.between_gold"] += 1
        c["relations.right"] += right
        b = band(float(r.get("confidence", 0)))
        c[f"calibration.{b}.count"] += 1
        c[f"calibration.{b}.right"] += right


def _events(c: Counter, gold_entities: list[dict], doc: PredDoc, al: Alignment) -> None:
    gold_events = [g for g in gold_entities if g["type"] == "EVENT"]
    c["events.gold"] += len(gold_events)
    nodes = [n for n in doc.nodes.values() if n["type"] == "EVENT"]
    c["events.pred"] += len(nodes)
    c["events.pred_matched"] += sum(1 for n in nodes if al.to_gold.get(n["id"]))
    c["events.merged"] += sum(1 for n in nodes if event_merged(n, gold_events))
    for g in gold_events:
        matched = al.to_pred.get(g["id"], set())
        if not matched:
            continue
        c["events.found"] += 1
        c["events.split"] += len(matched) > 1
        covered = set()
        for nid in matched:
            for p in event_participants(doc, nid):
                covered |= al.to_gold.get(p, set())
        gold_parts = set(g.get("participants") or [])
        c["events.participants_gold"] += len(gold_parts)
        c["events.participants_found"] += len(gold_parts & covered)
        if g.get("date"):
            c["events.dated"] += 1
            c["events.date_right"] += any(
                date_matches((doc.nodes[n].get("event") or {}).get("date"), g["date"])
                for n in matched
            )


def ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def figures(c: Counter) -> dict[str, float]:
    """Rates from summed article counts; a figure without a denominator is left out."""
    out: dict[str, float | None] = {}
    p = ratio(c["entities.pred_right"], c["entities.pred"])
    r = ratio(c["entities.gold_found"], c["entities.gold"])
    out["entities.precision"], out["entities.recall"], out["entities.f1"] = p, r, f1(p, r)
    up = ratio(c["entities.pred_right_untyped"], c["entities.pred"])
    ur = ratio(c["entities.gold_found_untyped"], c["entities.gold"])
    out["entities.untyped_f1"] = f1(up, ur)
    out["entities.split_share"] = ratio(c["entities.split"], c["entities.gold_found_untyped"])
    out["entities.merged_share"] = ratio(c["entities.merged"], c["entities.pred_right_untyped"])
    for t in NAME_TYPES:
        out[f"entities.type.{t}.recall"] = ratio(
            c[f"entities.type.{t}.gold_found"], c[f"entities.type.{t}.gold"]
        )
    out["pairs.recall"] = ratio(c["pairs.found"], c["pairs.gold"])
    out["pairs.typed_accuracy"] = ratio(c["pairs.typed"], c["pairs.gold"])
    out["pairs.direction_accuracy"] = ratio(c["pairs.direction_right"], c["pairs.directed_found"])
    for key in sorted(k for k in c if k.startswith("pairs.type.") and k.endswith(".gold")):
        t = key.split(".")[2]
        out[f"pairs.type.{t}.recall"] = ratio(c[f"pairs.type.{t}.found"], c[key])
    out["relations.precision"] = ratio(c["relations.right"], c["relations.between_gold"])
    out["relations.statement_share"] = ratio(c["relations.statement"], c["relations.pred"])
    out["mode.accuracy"] = ratio(c["mode.right"], c["mode.gold"])
    out["mode.found_accuracy"] = ratio(c["mode.right"], c["mode.found"])
    out["date.accuracy"] = ratio(c["date.right"], c["date.gold"])
    out["date.found_accuracy"] = ratio(c["date.right"], c["date.found"])
    out["events.recall"] = ratio(c["events.found"], c["events.gold"])
    out["events.participant_recall"] = ratio(
        c["events.participants_found"], c["events.participants_gold"]
    )
    out["events.date_accuracy"] = ratio(c["events.date_right"], c["events.dated"])
    out["events.split_share"] = ratio(c["events.split"], c["events.found"])
    out["events.merged_share"] = ratio(c["events.merged"], c["events.pred_matched"])
    for _, _, name in BANDS:
        out[f"calibration.{name}.share_right"] = ratio(
            c[f"calibration.{name}.right"], c[f"calibration.{name}.count"]
        )
    return {k: v for k, v in out.items() if v is not None}


# ---------------------------------------------------------------- event typing


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether the words ``shorter`` occur as a contiguous run in ``longer``."""
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def typing_nodes(doc: PredDoc, form: str) -> set[str]:
    """The nodes standing for ``form`` in a one-sentence document: those with a form equal to
    it (see :func:`~bench.quality.match.norm`), else those with a form that contains it or is
    contained in it word for word ("Abdullah II" for "King Abdullah II", "India" for "Indian
    government" when the node's mention is "Indian"), so that a name cut short by the name
    finder does not hide the relation's type. Accents do not count: the set writes "Israël"
    where the node has its knowledge-base label "Israel" and the mention "Israëlische"."""
    want = _unaccented(norm(form))
    forms = {nid: [_unaccented(norm(f)) for f in n["forms"]] for nid, n in doc.nodes.items()}
    exact = {nid for nid, mine in forms.items() if want in mine}
    if exact:
        return exact
    words = want.split()
    return {
        nid
        for nid, mine in forms.items()
        if any(_contains(words, f.split()) or _contains(f.split(), words) for f in mine if f)
    }


def _unaccented(text: str) -> str:
    """``text`` without its diacritics ("israël" -> "israel")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def typing_prediction(doc: PredDoc, source: str, target: str) -> str:
    """The type newsgraph gives the act of ``source`` towards ``target`` in one sentence.

    The two ends are found by :func:`typing_nodes`; of the typed relations between them
    (either direction), a PLOVER type wins over the others, then source -> target over the
    reverse, then the higher confidence. NONE when an end is not found or nothing links them.
    """
    src, tgt = typing_nodes(doc, source), typing_nodes(doc, target)
    best, best_key = "NONE", None
    for r in doc.typed_relations:
        if r["source"] in src and r["target"] in tgt:
            forward = True
        elif r["source"] in tgt and r["target"] in src:
            forward = False
        else:
            continue
        key = (r["type"] in PLOVER_TYPES, forward, float(r.get("confidence", 0)))
        if best_key is None or key > best_key:
            best, best_key = r["type"], key
    return best


def typing_counts(rows: list[dict], predictions: list[str]) -> Counter:
    c: Counter = Counter()
    for row, pred in zip(rows, predictions):
        gold = row["type"]
        c["event_typing.gold"] += 1
        c["event_typing.right"] += pred == gold
        c[f"event_typing.type.{gold}.gold"] += 1
        c[f"event_typing.type.{gold}.right"] += pred == gold
        if row.get("note"):
            c[f"event_typing.note.{row['note']}.gold"] += 1
            c[f"event_typing.note.{row['note']}.right"] += pred == gold
        c[f"event_typing.confusion.{gold}.{pred}"] += 1
    return c


def typing_figures(c: Counter) -> dict[str, float]:
    out = {"event_typing.accuracy": ratio(c["event_typing.right"], c["event_typing.gold"])}
    for key in sorted(k for k in c if k.endswith(".gold") and k.count(".") == 3):
        stem = key[: -len(".gold")]
        out[f"{stem}.accuracy"] = ratio(c[f"{stem}.right"], c[key])
    return {k: v for k, v in out.items() if v is not None}


# ---------------------------------------------------------------- cross-lingual agreement


def pair_types(doc: PredDoc, al: Alignment, source: str, target: str) -> set[str]:
    return {r["type"] for r, _ in linking(doc, al, source, target)}


def crosslingual_counts(gold_en, doc_en: PredDoc, gold_nl, doc_nl: PredDoc) -> Counter:
    """Of the gold pairs in both gold files (same ids), how many both extractions type alike."""
    c: Counter = Counter()
    al_en = align(gold_en.entities, doc_en)
    al_nl = align(gold_nl.entities, doc_nl)
    nl_pairs = {}
    for g in gold_nl.relations:
        nl_pairs.setdefault(frozenset((g["source"], g["target"])), set()).update(g["types"])
    seen = set()
    for g in gold_en.relations:
        key = frozenset((g["source"], g["target"]))
        if key not in nl_pairs or key in seen:
            continue
        seen.add(key)
        gold_types = nl_pairs[key] | set(g["types"])
        en = pair_types(doc_en, al_en, g["source"], g["target"])
        nl = pair_types(doc_nl, al_nl, g["source"], g["target"])
        c["pairs"] += 1
        c["same_type"] += bool(en & nl)
        c["both_right"] += bool(en & nl & gold_types)
    return c


def crosslingual_figures(c: Counter) -> dict[str, float]:
    out = {
        "agreement": ratio(c["same_type"], c["pairs"]),
        "both_right": ratio(c["both_right"], c["pairs"]),
    }
    return {k: v for k, v in out.items() if v is not None}
