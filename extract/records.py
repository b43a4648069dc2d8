"""Extraction's side of the records contract (:mod:`records`): writing records from a spaCy Doc.

:func:`doc_records` turns one processed spaCy ``Doc`` into plain JSON-ready
records (documents, sentences, entities, mentions, relations);
:func:`join_pieces` joins the records of one long document extracted in pieces.
Merging many documents and validating are :mod:`records`' own.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Collection

from spacy.tokens import Doc, Span

from extract.dates import find_time_mentions
from extract.documents import DOCUMENT_KEY, Document
from extract.grammar.phrases import TOLD_MODES
from extract.grammar.syntax import clause_verb, doc_text
from extract.grammar.timing import acts_times, describes_another_noun, past_tense
from extract.kb import KnowledgeBase, load_kb
from records import SCHEMA_VERSION, Records, empty_records, merge_records

if TYPE_CHECKING:
    from extract.components.events import EventMention

log = logging.getLogger(__name__)


def doc_records(
    doc: Doc,
    document: Document,
    lang: str,
    relative_days: dict[str, int] | None = None,
    kb: KnowledgeBase | None = None,
) -> Records:
    """Records for one document processed by :func:`extract.pipeline.load_pipeline`.

    Every entity a relation, mention or event points to is among the entities
    (see :func:`complete_references`), so the records are always self-contained. Events that
    are passing words in this text or piece are written too: :mod:`extract.retold` settles
    them once the whole document's records are joined.
    """
    did = document.id
    text = doc_text(doc)  # doc.text joins every token: build it once, not per relation
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

    def resolve_time(span: tuple[int, int] | None, mode: str = "asserted") -> str | None:
        """The date a time expression names; in a planned clause ("will meet on Tuesday") a
        weekday or month looks forward from the document date. A time counted from an earlier
        one ("three years later") is read in the whole text."""
        if span is None:
            return None
        forward = mode == "planned"
        found = find_time_mentions(
            text[span[0] : span[1]], lang, document.date, relative_days, forward=forward
        )
        if found and found[0].value:
            return found[0].value
        # "three years later", "the following day": counted from the time told before it
        told = find_time_mentions(text, lang, document.date, relative_days, forward=forward)
        return next((m.value for m in told if m.start == span[0]), None)

    event_ids = {}
    event_dates: dict[str, str | None] = {}
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
    # an event someone is to take part in ("will attend the talks on Friday") lies ahead, when
    # the planning clause names its time (a time the event took from an act told before it,
    # "In late June the court ruled ... he would disregard the ruling", lies behind)
    # where the time expressions that may date an act begin ("since July 2011" dates none)
    dating = {m.start for m in acts_times(doc, lang, relative_days or {})}
    planned_events = {
        (rel.target, rel.time_span)
        for rel in doc._.relations or []
        if rel.type == "PARTICIPANT" and getattr(rel, "mode", "asserted") == "planned"
    }
    for event in doc._.events or []:
        eid = f"event:{did}:{event.id.split(':')[1]}"
        event_ids[event.id] = eid
        planned = (event.id, event.time_span) in planned_events
        event_date = resolve_time(event.time_span, "planned" if planned else "asserted")
        if event_date is None and getattr(event, "sentence_time", True):
            event_date = _first_time(
                sents[event.sentence],
                lang,
                document.date,
                relative_days,
                forward=any(target == event.id for target, _ in planned_events),
                # not a time that a clause on another noun names ("the plane, built in 1977")
                dating={
                    start
                    for start in dating
                    if not describes_another_noun(doc, start, event.mentions)
                },
            )
        event_dates[event.id] = (
            event_date  # from the text only: the document date is the fallback below
        )
        event_date = event_date or document.date
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

    # "Labour loses seats in the 2019 election ... the election on Thursday": a year alone is
    # that year's day, where the text gives one event of the kind a day in it
    refined = _days_in_year(doc._.events or [], event_dates)
    if refined:
        event_dates.update(refined)
        by_id = {event_ids[k]: v for k, v in refined.items()}
        for entity in entities:
            if entity["id"] in by_id:
                entity["event"]["date"] = by_id[entity["id"]]
    clause_event = _clause_events(doc, event_dates)
    relations = []
    for n, rel in enumerate(doc._.relations or []):
        # A relation that comes from an event, or points to one, happened when the event did.
        # a time borrowed from the speech verb says when the act was reported: read it backwards
        time_mode = (
            "asserted" if getattr(rel, "reported_time", False) else getattr(rel, "mode", "asserted")
        )
        # an act of an event is dated by the event alone; another by the time told before it
        tied = rel.event or rel.target
        own_date = resolve_time(rel.time_span, time_mode) or (
            event_dates[tied]
            if tied in event_dates
            # an act to come is not dated by the event told with it ("will back X in the war")
            else (clause_event.get(rel.trigger_start) if time_mode in TOLD_MODES else None)
            or resolve_time(getattr(rel, "told_span", None))
        )
        record = {
            "id": f"{did}:r{n}",
            "source": event_ids.get(rel.source, rel.source),
            "target": event_ids.get(rel.target, rel.target),
            "type": rel.type,
            "trigger": rel.trigger,
            "negated": rel.negated,
            "sentence": f"{did}:{rel.sentence}",
            "confidence": rel.confidence,
            "date": own_date or document.date,
            "mode": _mode_by_date(
                getattr(rel, "mode", "negated" if rel.negated else "asserted"),
                None if _told_as_done(doc, rel) else own_date,
                document.date,
            ),
            "date_source": "text" if own_date else ("document" if document.date else None),
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
        key = eid[3:] if eid.startswith("kb:") else None
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

    def __init__(
        self, name: str, lang: str, relative_days: dict[str, int], kb: KnowledgeBase | None = None
    ) -> None:
        self.name = name
        self.lang = lang
        self.relative_days = relative_days
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
        doc._.records = doc_records(doc, document, self.lang, self.relative_days, self.kb)
        if self.strip:
            for name in ("inner_mentions", "inner_mention_ids", "entities", "events", "relations"):
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


def _told_as_done(doc: Doc, rel) -> bool:
    """Whether a relation's verb tells its act in the past tense or the perfect ("nominated",
    "noemde", "has met"): a date after the document's that the act took from the time or event
    told before it ("The election is on March 24. The party nominated her") dates it wrongly,
    it does not make it planned. An event noun's relations keep the date's reading ("announced
    the debate on 15 October": the debate lies ahead)."""
    span = doc.char_span(rel.trigger_start, rel.trigger_end)
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return False
    return past_tense(span.root)


def _days_in_year(events: list[EventMention], event_dates: dict[str, str | None]) -> dict[str, str]:
    """Event id -> the finer date of an event the text dates only by its year ("the 2019
    election", "de verkiezingen van 2019"), where the one other date in that year of events of
    its kind is a month or day ("the election on Thursday"): the two tell one happening, and
    the year says no more than the day. None is given where events of the kind have two dates
    in that year."""
    finer: dict[tuple[str, str], set[str]] = {}
    for event in events:
        date = event_dates.get(event.id)
        if date and len(date) > 4:
            finer.setdefault((event.kind, date[:4]), set()).add(date)
    refined = {}
    for event in events:
        date = event_dates.get(event.id)
        if date and len(date) == 4:
            dates = finer.get((event.kind, date), set())
            if len(dates) == 1:
                refined[event.id] = next(iter(dates))
    return refined


def _mode_by_date(mode: str, text_date: str | None, doc_date: str | None) -> str:
    """``mode``, but planned for an act told as done whose date from the text lies after the
    document date ("the trial opens on 4 February" in an article of 1 February; the event a
    participant is to take part in, "het debat van 15 oktober"): what has not yet happened
    is to come. A date of the document's own day, month or year ("in 2020" in a 2020 article)
    says neither."""
    if mode != "asserted" or not text_date or not doc_date:
        return mode
    return "planned" if after_document(text_date, doc_date) else mode


def after_document(value: str, doc_date: str) -> bool:
    """Whether the ISO date ``value`` (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly after the
    document date: compared at ``value``'s own precision.

    >>> after_document("2019-08-02", "2019-07-28"), after_document("2019-07", "2019-07-28")
    (True, False)
    >>> after_document("2020", "2019-12-30"), after_document("2019-06-30", "2019-07-28")
    (True, False)
    """
    return value > doc_date[: len(value)]


def _clause_events(doc: Doc, event_dates: dict[str, str | None]) -> dict[int, str]:
    """Character offset of a relation's trigger -> the text date of the one dated event its
    clause tells: the event the trigger itself names ("the House impeached him", an event's
    verb), else the one event noun of its clause ("met Xi at the summit"). An act told with an
    event happened when the event did, where its own clause names no time; a clause with events
    of two dates dates none of its words."""
    by_word: dict[int, str] = {}
    by_clause: dict[int, set[str]] = {}
    for event in doc._.events or []:
        date = event_dates.get(event.id)
        if date is None:
            continue
        for i in event.mentions:
            by_word[i] = date
            by_clause.setdefault(clause_verb(doc[i]).i, set()).add(date)
    dated: dict[int, str] = {}
    if not by_word:
        return dated
    triggers = {rel.trigger_start for rel in doc._.relations or [] if rel.type != "CO_OCCURS"}
    for token in doc:
        if token.idx not in triggers:
            continue
        date = by_word.get(token.i)
        if date is None:
            dates = by_clause.get(clause_verb(token).i, set())
            date = next(iter(dates)) if len(dates) == 1 else None
        if date is not None:
            dated[token.idx] = date
    return dated


def _first_time(
    sent: Span,
    lang: str,
    doc_date: str | None,
    relative_days: dict[str, int] | None,
    forward: bool = False,
    dating: Collection[int] | None = None,
) -> str | None:
    """The first time expression in the event's first sentence that may date an act (one that
    begins at a document offset in ``dating``, when given), or None (``forward`` for a planned
    event, as in ``find_time_mentions``)."""
    found = [
        m
        for m in find_time_mentions(sent.text, lang, doc_date, relative_days, forward=forward)
        if m.value and (dating is None or sent.start_char + m.start in dating)
    ]
    return found[0].value if found else None


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
                "id": f"{did}:r{relations + n}",
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
