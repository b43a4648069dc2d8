"""Matching predicted entities and relations to gold.

A gold entity is a set of *forms* (surface strings). A predicted node matches it when one of
the node's forms (its label and the texts of its mentions in that article) equals one of the
gold forms after :func:`norm`: case folded, a leading article dropped, a possessive 's dropped.
When a node matches gold entities of its own type and of other types, only those of its own
type count, so "Washington" the LOCATION node goes to the gold LOCATION and not also to the
United States. Each predicted EVENT node is matched to at most one gold EVENT entity, its best
by :func:`event_score` (see :func:`match_events`).
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


def _event_words(gold_event: dict) -> tuple[set[str], set[str]]:
    """(the normalised forms of a gold event, the words of those forms)."""
    forms = {norm(f) for f in gold_event["forms"]}
    return forms, {w for f in forms for w in f.split()}


def mention_score(mention: str, gold_event: dict) -> int:
    """2 when ``mention`` equals a form of the gold event, 1 when it equals a word of one."""
    forms, words = _event_words(gold_event)
    m = norm(mention)
    return 2 if m in forms else 1 if m in words else 0


def date_fit(predicted: str | None, gold: str | None) -> int:
    """How a node's date bears on a gold event: +1 when the two agree to the coarser one's
    precision, -3 when their years differ (most likely another happening: "the 1988
    election", "a similar fire last year"), else 0 (one is missing, or another month or day of
    the same year, as often the pipeline's slip as another happening).

    >>> date_fit("2019-09-10", "2019-09"), date_fit("2019-10", "2019-09"), date_fit("2018", "2019")
    (1, 0, -3)
    """
    if not predicted or not gold:
        return 0
    n = min(len(predicted), len(gold))
    if predicted[:n] == gold[:n]:
        return 1
    return 0 if predicted[:4] == gold[:4] else -3


def event_score(
    node: dict, participants: set[str], location: set[str], gold_event: dict
) -> int | None:
    """How well a predicted EVENT node fits a gold EVENT; None when it does not fit at all.

    The evidence: its mention texts (each distinct one 2 if it equals a gold form, 1 if it
    equals a word of one), its participants (gold ids) among the gold participants or location
    (1 each), its date (:func:`date_fit`) and its location (-1 when the gold event has one and
    the node's is a gold entity that is neither that location nor a participant).
    A node fits when a mention matches or two participants do, and the sum is above 0.
    """
    mentions = {norm(m) for m in node.get("mentions") or node["forms"]}
    words = sum(mention_score(m, gold_event) for m in mentions)
    gold_parts = set(gold_event.get("participants") or [])
    shared = len(participants & gold_parts) + bool(
        gold_event.get("location") and gold_event["location"] in (participants | location)
    )
    if not words and len(participants & gold_parts) < 2:
        return None
    fit = date_fit((node.get("event") or {}).get("date"), gold_event.get("date"))
    place = gold_event.get("location")
    elsewhere = bool(place and location) and not location & (gold_parts | {place})
    total = words + shared + fit - elsewhere
    return total if total > 0 else None


def match_events(scores: dict[str, dict[str, int]]) -> dict[str, str]:
    """Each predicted node's single best gold event, from ``scores`` (node -> gold -> score).

    Nodes are taken from the best-scoring down (then by id); a node whose best score is shared
    by several gold events takes the one the fewest nodes have taken so far (then by id), so
    that two nodes tied between two gold events go one to each.
    """
    out: dict[str, str] = {}
    taken: dict[str, int] = {}
    order = sorted(scores, key=lambda n: (-max(scores[n].values(), default=0), n))
    for nid in order:
        if not scores[nid]:
            continue
        top = max(scores[nid].values())
        best = min(
            (g for g, v in scores[nid].items() if v == top), key=lambda g: (taken.get(g, 0), g)
        )
        out[nid] = best
        taken[best] = taken.get(best, 0) + 1
    return out


def event_merged(node: dict, gold_events: list[dict]) -> bool:
    """Whether the node's mentions belong to two gold events on their own evidence: one mention
    equals a form of gold event A and of no other, another a form of B and of no other. (A
    mention equal to only a word of a form, "attack" for "suicide attack", is no evidence.)"""
    owners = set()
    for m in {norm(m) for m in node.get("mentions") or ()}:
        best = [g["id"] for g in gold_events if mention_score(m, g) == 2]
        if len(best) == 1:
            owners.add(best[0])
    return len(owners) > 1


def event_location(doc: PredDoc, event_id: str) -> set[str]:
    """Ends of an EVENT node's PARTICIPANT relations with role "location"."""
    out = set()
    for r in doc.relations:
        if r["type"] == "PARTICIPANT" and r.get("role") == "location":
            if r["target"] == event_id:
                out.add(r["source"])
            elif r["source"] == event_id:
                out.add(r["target"])
    return out


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
    scores: dict[str, dict[str, int]] = {}
    for nid, node in doc.nodes.items():
        if node["type"] == "EVENT":
            parts, place = set(), set()
            for p in event_participants(doc, nid):
                parts |= to_gold.get(p, set())
            for p in event_location(doc, nid):
                place |= to_gold.get(p, set())
            fits = {g["id"]: event_score(node, parts, place, g) for g in events}
            scores[nid] = {g: v for g, v in fits.items() if v is not None}
    for nid, gid in match_events(scores).items():
        to_gold[nid] = {gid}
    for nid, node in doc.nodes.items():
        if node["type"] == "EVENT":
            to_gold.setdefault(nid, set())
    to_pred: dict[str, set[str]] = {g["id"]: set() for g in gold_entities}
    for nid, gids in to_gold.items():
        for g in gids:
            to_pred.setdefault(g, set()).add(nid)
    return Alignment(to_gold, to_pred, typed_gold, untyped_gold)


def merged_names(al: Alignment) -> dict[str, set[str]]:
    """The wrongly merged name nodes (issue 19: two entities drawn as one), each with the gold
    entities it holds: a node that matches two or more gold entities of its own type. A node
    matching none of its type stands for nobody (docs/yardstick.md, "Matching"): that its form
    is also the form of two gold entities of other types ("Georgia", a state and a country) is
    a type error, counted as a false and a missed name, not a merge."""
    held: dict[str, set[str]] = {}
    for gid, nodes in al.typed_gold.items():
        for nid in nodes:
            held.setdefault(nid, set()).add(gid)
    return {nid: gids for nid, gids in held.items() if len(gids) > 1}


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
