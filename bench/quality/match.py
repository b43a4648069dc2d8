"""Matching predicted entities and relations to gold.

A gold entity is a set of *forms* (surface strings). A predicted node matches it when one of
the node's forms (its label and the texts of its mentions in that article) equals one of the
gold forms after :func:`norm`: case folded, a leading article dropped, a possessive 's dropped.
When a node matches gold entities of its own type and of other types, only those of its own
type count, so "Washington" the LOCATION node goes to the gold LOCATION and not also to the
United States. Predicted EVENT nodes are matched to gold EVENT entities by :func:`event_matches`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NAME_TYPES = ("PERSON", "ORG", "COUNTRY", "LOCATION")
#: Types that hold in both directions (as in extract/components/relations/relation.py).
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
ARTICLES = ("the ", "a ", "an ", "de ", "het ", "een ", "'t ")
_SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    """The form used for matching.

    >>> norm("The White House"), norm("Iran's"), norm("het  Kremlin"), norm("Witkoff’s")
    ('white house', 'iran', 'kremlin', 'witkoff')
    """
    out = _SPACES.sub(" ", text.replace("\u00a0", " ")).strip().strip('.,;:!?"“”«»()').strip()
    out = out.casefold()
    for article in ARTICLES:
        if out.startswith(article) and len(out) > len(article):
            out = out[len(article) :]
            break
    if out.endswith(("'s", "’s")):
        out = out[:-2]
    elif out.endswith(("'", "’")):
        out = out[:-1]  # "the Netherlands'" -> "netherlands"
    return out.strip()


@dataclass
class PredDoc:
    """One article's predictions, cut out of (possibly merged) extraction records."""

    doc_id: str
    nodes: dict[str, dict] = field(default_factory=dict)  # id -> {id, label, type, forms, event}
    relations: list[dict] = field(default_factory=list)

    @property
    def typed_relations(self) -> list[dict]:
        return [r for r in self.relations if r["type"] != "CO_OCCURS"]


def pred_docs(records: dict) -> dict[str, PredDoc]:
    """Split extraction records into one :class:`PredDoc` per document id.

    A node belongs to a document when it has a mention there or a relation of the document
    touches it; its forms are its label and its mention texts in that document (aliases of a
    merged record may come from other documents, so they are not used).
    """

    def doc_of(sentence: str) -> str:
        return sentence.rsplit(":", 1)[0]

    entities = {e["id"]: e for e in records.get("entities", [])}
    out = {d["id"]: PredDoc(d["id"]) for d in records.get("documents", [])}

    def node(doc: PredDoc, eid: str) -> dict | None:
        if eid not in doc.nodes:
            ent = entities.get(eid)
            if ent is None:
                return None
            doc.nodes[eid] = {
                "id": eid,
                "label": ent["label"],
                "type": ent["type"],
                "forms": {ent["label"]},
                "mentions": set(),
                "event": ent.get("event"),
            }
        return doc.nodes[eid]

    for m in records.get("mentions", []):
        doc = out.setdefault(doc_of(m["sentence"]), PredDoc(doc_of(m["sentence"])))
        n = node(doc, m["entity"])
        if n is not None:
            n["forms"].add(m["text"])
            n["mentions"].add(m["text"])
    for r in records.get("relations", []):
        doc = out.setdefault(doc_of(r["sentence"]), PredDoc(doc_of(r["sentence"])))
        node(doc, r["source"])
        node(doc, r["target"])
        doc.relations.append(r)
    return out


def relation_mode(rel: dict) -> str:
    """The predicted mode: ``mode`` if the extractor gives one, else negated/asserted."""
    return rel.get("mode") or ("negated" if rel.get("negated") else "asserted")


def date_matches(predicted: str | None, gold: str | None) -> bool:
    """A predicted date is right when, cut to the gold date's precision, it equals it.

    >>> date_matches("2019-09-10", "2019-09"), date_matches("2019-09", "2019-09-10")
    (True, False)
    """
    if not predicted or not gold:
        return False
    return len(predicted) >= len(gold) and predicted[: len(gold)] == gold


def name_matches(node: dict, gold_entities: list[dict]) -> tuple[set[str], set[str]]:
    """(ids of gold name entities the node matches by form, ids it matches by form and type)."""
    forms = {norm(f) for f in node["forms"]}
    untyped = {
        g["id"]
        for g in gold_entities
        if g["type"] != "EVENT" and forms & {norm(f) for f in g["forms"]}
    }
    typed = {g["id"] for g in gold_entities if g["id"] in untyped and g["type"] == node["type"]}
    return untyped, typed


def event_participants(doc: PredDoc, event_id: str) -> set[str]:
    """Predicted participants of an EVENT node: ends of its PARTICIPANT relations (not the
    ones that give its location)."""
    out = set()
    for r in doc.relations:
        if r["type"] == "PARTICIPANT" and r.get("role") != "location":
            if r["target"] == event_id:
                out.add(r["source"])
            elif r["source"] == event_id:
                out.add(r["target"])
    return out


def event_matches(node: dict, participants: set[str], gold_event: dict) -> bool:
    """A predicted EVENT node matches a gold EVENT when one of its mention texts equals a gold
    form or a word of one, or when its participants (gold ids) cover two gold participants."""
    words = set()
    for form in gold_event["forms"]:
        words.add(norm(form))
        words.update(norm(form).split())
    if any(norm(m) in words for m in node.get("mentions") or node["forms"]):
        return True
    return len(participants & set(gold_event.get("participants") or [])) >= 2


@dataclass
class Alignment:
    """Which gold entities each predicted node stands for, and back."""

    to_gold: dict[str, set[str]]  # predicted node id -> gold ids (own type preferred)
    to_pred: dict[str, set[str]]  # gold id -> predicted node ids
    typed_gold: dict[str, set[str]]  # gold id -> predicted nodes of the same type matching it
    untyped_gold: dict[str, set[str]]  # gold id -> predicted nodes matching it by form


def align(gold_entities: list[dict], doc: PredDoc) -> Alignment:
    names = [g for g in gold_entities if g["type"] != "EVENT"]
    events = [g for g in gold_entities if g["type"] == "EVENT"]
    to_gold: dict[str, set[str]] = {}
    typed_gold: dict[str, set[str]] = {g["id"]: set() for g in names}
    untyped_gold: dict[str, set[str]] = {g["id"]: set() for g in names}
    for nid, node in doc.nodes.items():
        if node["type"] in NAME_TYPES:
            untyped, typed = name_matches(node, names)
            to_gold[nid] = typed or untyped
            for g in untyped:
                untyped_gold[g].add(nid)
            for g in typed:
                typed_gold[g].add(nid)
    # events second: their participants are read through the name alignment
    for nid, node in doc.nodes.items():
        if node["type"] == "EVENT":
            parts = set()
            for p in event_participants(doc, nid):
                parts |= to_gold.get(p, set())
            to_gold[nid] = {g["id"] for g in events if event_matches(node, parts, g)}
    to_pred: dict[str, set[str]] = {g["id"]: set() for g in gold_entities}
    for nid, gids in to_gold.items():
        for g in gids:
            to_pred.setdefault(g, set()).add(nid)
    return Alignment(to_gold, to_pred, typed_gold, untyped_gold)


def linking(doc: PredDoc, al: Alignment, source: str, target: str) -> list[tuple[dict, bool]]:
    """Predicted typed relations between the nodes of gold ``source`` and ``target``, each
    with True when it runs source -> target."""
    ps, pt = al.to_pred.get(source, set()), al.to_pred.get(target, set())
    out = []
    for r in doc.typed_relations:
        if r["source"] in ps and r["target"] in pt:
            out.append((r, True))
        elif r["source"] in pt and r["target"] in ps:
            out.append((r, False))
    return out


def relation_right(
    rel: dict, al: Alignment, gold_relations: list[dict], gold_events: dict[str, dict] | None = None
) -> bool | None:
    """None when an end of ``rel`` matches no gold entity; else whether it matches a gold
    relation that lists its type (either direction for symmetric types and undirected gold).

    A PARTICIPANT relation is also right when its source is among the gold event's
    ``participants``, or, with role "location", is the gold event's ``location``.
    """
    gs, gt = al.to_gold.get(rel["source"], set()), al.to_gold.get(rel["target"], set())
    if not gs or not gt:
        return None
    if rel["type"] == "PARTICIPANT" and gold_events:
        for eid in gt:
            event = gold_events.get(eid)
            if event is None:
                continue
            allowed = (
                {event.get("location")}
                if rel.get("role") == "location"
                else set(event.get("participants") or [])
            )
            if gs & allowed:
                return True
    for g in gold_relations:
        if rel["type"] not in g["types"]:
            continue
        if g["source"] in gs and g["target"] in gt:
            return True
        either = rel["type"] in SYMMETRIC_TYPES or not g["directed"]
        if either and g["source"] in gt and g["target"] in gs:
            return True
    return False
