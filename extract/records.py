"""Extraction's side of the records contract (:mod:`records`): writing records from a spaCy Doc.

:func:`doc_records` turns one processed spaCy ``Doc`` into plain JSON-ready
records (documents, sentences, entities, mentions, relations);
:func:`join_pieces` joins the records of one long document extracted in pieces.
Merging many documents and validating are :mod:`records`' own.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from extract.documents import DOCUMENT_KEY, Document
from extract.kb import KnowledgeBase, load_kb
from records import SCHEMA_VERSION, Records, empty_records, merge_records
from records.ids import kb_key, relation_id

if TYPE_CHECKING:
    from extract.components.events import EventMention

log = logging.getLogger(__name__)

#: The Doc extensions the components before the records writer set, which ``strip`` drops.
COMPONENT_EXTENSIONS = (
    "inner_mentions",
    "inner_mention_ids",
    "entities",
    "events",
    "main_event",
    "relations",
    "event_dates",
    "relation_dates",
    "story_events",
)


def doc_records(
    doc: Doc,
    document: Document,
    lang: str,
    kb: KnowledgeBase | None = None,
) -> Records:
    """Records for one document processed by :func:`extract.pipeline.load_pipeline`.

    Dates and modes are written as the timing step settled them (``doc._.event_dates``,
    ``doc._.relation_dates``: :mod:`extract.components.dating`); where the text names no date,
    the document's stands in. Every entity a relation, mention or event points to is among the
    entities (see :func:`complete_references`), so the records are always self-contained.
    Events that are passing words in this text or piece are written too: :mod:`extract.retold`
    settles them once the whole document's records are joined.
    """
    did = document.id
    sents = list(doc.sents)
    sentences = []
    for k, sent in enumerate(sents):
        raw = document.text[sent.start_char : sent.end_char]
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        end = sent.end_char - (len(raw) - len(raw.rstrip()))
        sentences.append(
            {
                "id": f"{did}:{k}",
                "doc": did,
                "index": k,
                "start": start,
                "end": max(start, end),
                "text": document.text[start:end],
            }
        )
    # token index -> sentence number (a list: walking the sentences' tokens builds each Token)
    sentence_of = [k for k, sent in enumerate(sents) for _ in range(len(sent))]

    mentions = [
        {
            "entity": ent.kb_id_,
            "sentence": f"{did}:{sentence_of[ent.start]}",
            "start": ent.start_char,
            "end": ent.end_char,
            "text": ent.text,
        }
        for ent in doc.ents
    ]
    for mention, eid in zip(doc._.inner_mentions or [], doc._.inner_mention_ids or []):
        mentions.append(
            {
                "entity": eid,
                "sentence": f"{did}:{sentence_of[mention.token_i]}",
                "start": mention.start_char,
                "end": mention.end_char,
                "text": mention.text,
            }
        )
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m["entity"]] = counts.get(m["entity"], 0) + 1

    event_ids = {}
    event_dates = doc._.event_dates or {}
    entities = []
    for info in (doc._.entities or {}).values():
        entities.append(
            {
                "id": info.id,
                "label": info.label,
                "type": info.type,
                "aliases": sorted(info.aliases),
                "country": info.country,
                "mentions": counts.get(info.id, 0),
            }
        )
    places = {info.id: info.label for info in (doc._.entities or {}).values()}
    for event in doc._.events or []:
        eid = f"event:{did}:{event.id.split(':')[1]}"
        event_ids[event.id] = eid
        event_date = event_dates.get(event.id) or document.date
        story_dated = event.id in (doc._.story_events or ())
        label = _event_name(doc, event) + (
            f" in {places[event.location]}" if event.location in places else ""
        )
        entities.append(
            {
                "id": eid,
                "label": label,
                "type": "EVENT",
                "aliases": sorted({doc[i].text for i in event.mentions}),
                "country": None,
                "mentions": len(event.mentions),
                "event": {
                    "type": event.type,
                    "trigger": event.name or event.trigger,
                    "location": event.location,
                    "date": event_date,
                    "date_source": _date_source(
                        event_dates.get(event.id), story_dated, document.date
                    ),
                }
                | ({"distinct": True} if event.distinct else {}),
            }
        )
        for i in event.mentions:
            token = doc[i]
            mentions.append(
                {
                    "entity": eid,
                    "sentence": f"{did}:{sentence_of[i]}",
                    "start": token.idx,
                    "end": token.idx + len(token.text),
                    "text": token.text,
                }
            )

    relations = []
    # the relations and the dates and modes the timing step gave them, one each, in order
    dated = zip(doc._.relations or [], doc._.relation_dates or [], strict=True)
    for n, (rel, when) in enumerate(dated):
        own_date = when.date
        record = {
            "id": relation_id(did, n),
            "source": event_ids.get(rel.source, rel.source),
            "target": event_ids.get(rel.target, rel.target),
            "type": rel.type,
            "trigger": rel.trigger,
            "negated": rel.negated,
            "sentence": f"{did}:{rel.sentence}",
            "confidence": rel.confidence,
            "date": own_date or document.date,
            "mode": when.mode,
            "date_source": _date_source(own_date, when.story, document.date),
        }
        if getattr(rel, "reported_by", None):
            record["reported_by"] = rel.reported_by
        if getattr(rel, "speech_verb", None):
            record["speech_verb"] = rel.speech_verb
        if rel.type != "CO_OCCURS":
            record["trigger_start"] = rel.trigger_start
            record["trigger_end"] = rel.trigger_end
        if rel.role:
            record["role"] = rel.role
        if rel.detail:
            record["detail"] = rel.detail
        if rel.event:
            record["event"] = event_ids.get(rel.event, rel.event)
        relations.append(record)

    records = {
        "schema_version": SCHEMA_VERSION,
        "documents": [
            {
                "id": did,
                "title": document.title,
                "language": lang,
                "date": document.date,
                "source": document.source,
                "text": document.text,
            }
        ],
        "sentences": sentences,
        "entities": entities,
        "mentions": mentions,
        "relations": relations,
    }
    return complete_references(records, kb if kb is not None else load_kb())


def complete_references(records: Records, kb: KnowledgeBase) -> Records:
    """Make every entity id that ``records`` point to one of its entities; returns ``records``.

    A relation's source, target, event and reporter, a mention's entity and an
    event's location must be written as entities, or the graph and the store refuse
    the whole document. A missing knowledge-base entity is added from the
    knowledge base (with no mentions); anything else that dangles is dropped
    and logged, as a last resort, so no component can break the contract.
    """
    known = {e["id"] for e in records["entities"]}

    def resolvable(eid: str | None) -> bool:
        if eid is None or eid in known:
            return True
        key = kb_key(eid)
        if key is None or key not in kb:
            return False
        entry = kb.get(key)
        records["entities"].append(
            {
                "id": eid,
                "label": entry.label,
                "type": entry.type,
                "aliases": [],
                "country": entry.country,
                "mentions": 0,
            }
        )
        known.add(eid)
        return True

    for ent in list(records["entities"]):
        event = ent.get("event")
        if event and not resolvable(event["location"]):
            log.warning(
                "%s: event location %r is not an entity; dropped", ent["id"], event["location"]
            )
            event["location"] = None
    kept = []
    for rel in records["relations"]:
        missing = [
            rel.get(end) for end in ("source", "target", "event") if not resolvable(rel.get(end))
        ]
        if missing:
            log.warning(
                "relation %s: %s not an entity; dropped", rel["id"], ", ".join(map(repr, missing))
            )
            continue
        if not resolvable(
            rel.get("reported_by")
        ):  # the relation stands; only who reported it is lost
            log.warning(
                "relation %s: reporter %r is not an entity; dropped",
                rel["id"],
                rel.pop("reported_by"),
            )
        kept.append(rel)
    records["relations"] = kept
    mentions = []
    for mention in records["mentions"]:
        if resolvable(mention["entity"]):
            mentions.append(mention)
        else:
            log.warning(
                "mention %r: entity %r is unknown; dropped", mention["text"], mention["entity"]
            )
    records["mentions"] = mentions
    return records


class RecordsWriter:
    """The last pipeline component: writes ``doc._.records`` (plain JSON-ready dicts).

    The document's metadata travels in ``doc.user_data["newsgraph_document"]``.
    With ``strip`` set, the component drops its richer annotations afterwards so
    the Doc can cross process boundaries (``nlp.pipe(n_process=...)``) as bytes.
    """

    def __init__(self, name: str, lang: str, kb: KnowledgeBase | None = None) -> None:
        self.name = name
        self.lang = lang
        self.kb = kb if kb is not None else load_kb()
        self.strip = False

    def __call__(self, doc: Doc) -> Doc:
        meta = doc.user_data.get(DOCUMENT_KEY) or {
            "id": "doc",
            "title": "",
            "text": doc.text,
            "source": "",
        }
        document = Document(**meta)
        doc._.records = doc_records(doc, document, self.lang, self.kb)
        if self.strip:
            for name in COMPONENT_EXTENSIONS:
                setattr(doc._, name, None)
        return doc


def _event_name(doc: Doc, event: EventMention) -> str:
    """The EVENT node's name: its kind ("election", "trial"), or for an event of no named kind
    the lemma of the word that named it ("coup", "staatsgreep"), never the bare "other"."""
    if event.name:
        return event.name
    if event.kind != "other":
        return event.kind.replace("_", " ")
    trigger = doc.char_span(event.trigger_start, event.trigger_end)
    word = (trigger.lemma_ if trigger is not None else event.trigger).strip().lower()
    return word or event.trigger.lower()


def join_pieces(document: Document, pieces: list[tuple[int, Records]]) -> Records:
    """The records of one document extracted in pieces: (character offset of the piece, its
    records).

    A text longer than spaCy's ``max_length`` is extracted piece by piece
    (:func:`extract.components.paragraphs.split_paragraphs`); here sentence
    and event numbers continue across pieces and every character offset
    becomes relative to the whole document, as if it had been one piece.
    """
    did = document.id
    parts = []
    sentences = events = relations = 0
    # An event of a later piece with the label of an earlier one ("meeting in Moscow") is that
    # event, as a clause naming the same kind of event at the same place refers back in one piece.
    by_label: dict[str, str] = {}
    for offset, part in pieces:
        sentence_id = {s["id"]: f"{did}:{sentences + s['index']}" for s in part["sentences"]}
        event_id: dict[str, str] = {}
        for ent in part["entities"]:
            if "event" in ent:
                if ent["label"] not in by_label:
                    by_label[ent["label"]] = f"event:{did}:{events}"
                    events += 1
                event_id[ent["id"]] = by_label[ent["label"]]
        ids = lambda eid: event_id.get(eid, eid)  # noqa: E731
        shifted: Records = {**empty_records(), "documents": [] if parts else part["documents"]}
        shifted["sentences"] = [
            {
                **s,
                "id": sentence_id[s["id"]],
                "index": sentences + s["index"],
                "start": s["start"] + offset,
                "end": s["end"] + offset,
            }
            for s in part["sentences"]
        ]
        shifted["entities"] = [{**e, "id": ids(e["id"])} for e in part["entities"]]
        shifted["mentions"] = [
            {
                **m,
                "entity": ids(m["entity"]),
                "sentence": sentence_id[m["sentence"]],
                "start": m["start"] + offset,
                "end": m["end"] + offset,
            }
            for m in part["mentions"]
        ]
        for n, rel in enumerate(part["relations"]):
            moved = {
                **rel,
                "id": relation_id(did, relations + n),
                "source": ids(rel["source"]),
                "target": ids(rel["target"]),
                "sentence": sentence_id[rel["sentence"]],
            }
            if "event" in rel:
                moved["event"] = ids(rel["event"])
            if "trigger_start" in rel:
                moved["trigger_start"] += offset
                moved["trigger_end"] += offset
            shifted["relations"].append(moved)
        sentences += len(part["sentences"])
        relations += len(part["relations"])
        parts.append(shifted)
    joined = merge_records(parts)
    for doc in joined["documents"]:
        doc["text"] = document.text
    return joined


def _date_source(own_date: str | None, story: bool, document_date: str | None) -> str | None:
    """Where a written date comes from (the records' ``date_source``): "story" for the story's
    day (the first day the lead tells, given to what the text gives no time of its own),
    "text" for a time of the relation's or event's own clause, "document" for the document date
    standing in, None for no date at all.

    >>> _date_source("2019-06-03", True, "2019-06-05"), _date_source("2019-06-03", False, None)
    ('story', 'text')
    >>> _date_source(None, False, "2019-06-05"), _date_source(None, False, None)
    ('document', None)
    """
    if own_date:
        return "story" if story else "text"
    return "document" if document_date else None
