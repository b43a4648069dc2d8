"""Events the story returns to, settled over the whole text.

A text longer than spaCy's ``max_length`` is extracted in pieces (:mod:`extract.api`), so the
event finder cannot tell whether an event nobody is named taking part in is named
:data:`~extract.components.events.RETOLD` times ("the election ... the election"): its mentions
may lie in two pieces. It keeps such events in every piece (``EventMention.passing``), and
:func:`settled_events` decides on the records of the whole document, in the one place both
paths share, so pieces and whole keep the same events.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.components.dating import after_document
from extract.components.events import RETOLD, is_event_name
from extract.components.relations.relation import CONFIDENCE
from extract.grammar.argument_words import load_grammar
from extract.grammar.quotations import QUOTE_PAIRS
from extract.lexicon import load_lexicon, supported_languages
from records import Records
from records.ids import relation_id

#: How many words may stand between a citing word and the name it cites ("volgens de Canadese
#: gezondheidsdatabank Public Health Infobase").
CITED_WITHIN = 5

#: Who takes part in an event the story returns to without naming anyone in it: the people and
#: organisations named in the sentence that first names it; a place named there is where it
#: happened.
RETOLD_ROLES = {"PERSON": "source", "ORG": "source", "LOCATION": "location"}


def settled_events(records: Records) -> Records:
    """``records`` of one document without the events that are passing words in the whole text
    (:func:`without_passing_events`), and with participants for those the story returns to
    (:func:`retold_participants`); returns ``records``."""
    return narrowest_places(retold_participants(without_passing_events(records)))


def narrowest_places(records: Records) -> Records:
    """``records`` without the PARTICIPANT (role ``location``) of a place that holds another
    place of the same event, by a LOCATED_IN the text gives ("police in Clairton,
    Pennsylvania, responded to reports of a shooting": the shooting was in Clairton, which
    Pennsylvania only holds): an event happens at the narrowest place the text names for it;
    returns ``records``."""
    located = {
        (r["source"], r["target"]) for r in records["relations"] if r["type"] == "LOCATED_IN"
    }
    places: dict[str, set[str]] = {}
    for r in records["relations"]:
        if r["type"] == "PARTICIPANT" and r.get("role") == "location":
            places.setdefault(r["target"], set()).add(r["source"])
    wider = {
        (event, outer)
        for event, held in places.items()
        for inner in held
        for outer in held
        if (inner, outer) in located
    }
    if wider:
        records["relations"] = [
            r
            for r in records["relations"]
            if not (
                r["type"] == "PARTICIPANT"
                and r.get("role") == "location"
                and (r["target"], r["source"]) in wider
            )
        ]
    return records


def retold_participants(records: Records) -> Records:
    """``records`` with PARTICIPANT relations for each event that no relation names (it is
    kept because the story returns to it): from the people and organisations named in the
    sentence of its first mention, and from a place named there (role ``location``); returns
    ``records``.

    On the dev split: 15 of 18 such relations right (en 6 of 8, nl 9 of 10), pair recall en
    0.399 -> 0.405, nl 0.376 -> 0.384. Left out, as they added as much wrong as right: the
    countries named there (mostly demonyms of another name), the people of the later sentences
    that name the event (en +3 right, +2 wrong; nl +1 wrong), and events that a relation names
    without anyone taking part, such as a speaker's STATEMENT about them (en +7 right, +8 wrong).
    A person's STATEMENT does not count as naming it: since persons speak of a story's disaster
    (speech.py SPEAKERS_ON_HAPPENINGS), the disaster keeps the place and responders the sentence
    that first names it gives (disaster_fresh_en: the Azores and Hampshire Police kept).
    Nor does a name inside someone's quoted words (:func:`quoted`) take part: the speaker names
    it, the story does not show it taking part (on Wikinews texts nobody tuned on, the army a
    student's quote on protests to come named; in the texts of bench/same_records.py, a monument
    a president's quote on his plans named and Europe in a quote on a war; the dev split's gold
    has no such pair). The speaker outside the quote still may: "We must stop the war", said
    Zelensky. Nor does anyone in a sentence that only cites the event as its source ("volgens
    een uitspraak uit 2015 kan alleen het Congres ...", :func:`cited`): the sentence tells what
    the source says, not who took part in it (pairs_fresh_nl: one wrong participant fewer; the
    dev split has none either way); nor in one that denies it right before its noun ("uit Mosul
    worden geen protesten gemeld", :func:`right_after`; dev nl: one wrong participant fewer),
    and no place someone comes from is the event's ("een man uit Ohio"; pairs_fresh_nl: one
    wrong participant fewer).
    """
    named = _named(records, but_persons_speaking=True)
    events = {
        e["id"]: e
        for e in records["entities"]
        if "event" in e and e["id"] not in named and e["mentions"] >= RETOLD
    }  # an event kept only as a name, named once, is no story returned to
    if not events:
        return records
    types = {e["id"]: e["type"] for e in records["entities"]}
    first: dict[str, dict] = {}
    for mention in records["mentions"]:
        eid = mention["entity"]
        if eid in events and (eid not in first or mention["start"] < first[eid]["start"]):
            first[eid] = mention
    sentences = {s["id"]: s for s in records["sentences"]}
    document = records["documents"][0]
    citing = citing_words(document.get("language") or "")
    negating = negation_words(document.get("language") or "")
    origin = origin_words(document.get("language") or "")
    # the names that end a citation: a country's ("volgens de Canadese databank X") does not
    starts = sorted(
        m["start"] for m in records["mentions"] if types.get(m["entity"]) in RETOLD_ROLES
    )
    in_sentence: dict[str, list[str]] = {}
    for mention in sorted(records["mentions"], key=lambda m: m["start"]):
        sentence = sentences.get(mention["sentence"])
        if types.get(mention["entity"]) in RETOLD_ROLES and not (
            sentence is not None
            and (
                quoted(sentence, mention["start"])
                or cited(sentence, mention["start"], citing, starts)
                # "een man uit Ohio": where someone comes from is no place of the event
                or types.get(mention["entity"]) == "LOCATION"
                and right_after(sentence, mention["start"], origin)
            )
        ):
            in_sentence.setdefault(mention["sentence"], []).append(mention["entity"])
    for eid, trigger in first.items():
        told_in = sentences.get(trigger["sentence"])
        if told_in is not None and cited(told_in, trigger["start"], citing, starts):
            continue  # "Volgens een uitspraak uit 2015 kan alleen het Congres ...": a source cited
        if told_in is not None and right_after(told_in, trigger["start"], negating):
            continue  # "Uit Mosul worden geen protesten gemeld": no protests there
        date = events[eid]["event"]["date"]
        source = events[eid]["event"].get("date_source") or _date_source(date, document["date"])
        # an event the text dates after the article ("a no-deal Brexit by October 31") is to come
        ahead = (
            source == "text"
            and bool(document["date"])
            # a year alone says little of what is to come ("an Iraq War veteran", misdated)
            and len(date or "") > 4
            and after_document(date, document["date"])
        )
        for entity in dict.fromkeys(in_sentence.get(trigger["sentence"], [])):
            records["relations"].append(
                {
                    "id": relation_id(document["id"], len(records["relations"])),
                    "source": entity,
                    "target": eid,
                    "type": "PARTICIPANT",
                    "trigger": trigger["text"],
                    "negated": False,
                    "sentence": trigger["sentence"],
                    "confidence": CONFIDENCE["retold_participant"],
                    "date": date,
                    "mode": "planned" if ahead else "asserted",
                    # the event's date is the document's when the text gave it none (records
                    # written before events said where their date came from)
                    "date_source": source,
                    "trigger_start": trigger["start"],
                    "trigger_end": trigger["end"],
                    "role": RETOLD_ROLES[types[entity]],
                }
            )
    return records


@lru_cache(maxsize=16)
def citing_words(lang: str) -> frozenset[str]:
    """The phrases that cite a source ("according to", "volgens"): the ``source`` rows of
    ``speechadjuncts.<lang>.tsv``, the word with the preposition that marks the source ("-":
    the word alone); none for a language newsgraph has no tables of."""
    if lang not in supported_languages():
        return frozenset()
    return frozenset(
        word if prep == "-" else f"{word} {prep}"
        for (kind, word), preps in load_grammar(lang).speech_adjuncts.items()
        if kind == "source"
        for prep in preps
    )


@lru_cache(maxsize=16)
def origin_words(lang: str) -> frozenset[str]:
    """The prepositions of where someone or something comes from ("from", "uit"); none for a
    language newsgraph has no tables of."""
    if lang not in supported_languages():
        return frozenset()
    return frozenset(load_grammar(lang).origin)


@lru_cache(maxsize=16)
def negation_words(lang: str) -> frozenset[str]:
    """The negation words of ``lang`` (``negation.<lang>.txt``: "no", "geen"); none for a
    language newsgraph has no tables of."""
    if lang not in supported_languages():
        return frozenset()
    return load_lexicon(lang).negations


def right_after(sentence: dict, start: int, words: frozenset[str]) -> bool:
    """Whether the word at document offset ``start`` comes right after one of ``words`` in
    sentence record ``sentence``: a negation ("geen protesten", "no protests": the sentence says
    the event did not take place) or a preposition of origin ("een man uit Ohio": where he comes
    from, no place of the event)."""
    before = sentence["text"][: max(start - sentence["start"], 0)].split()
    return bool(before) and before[-1].lower() in words


def cited(sentence: dict, start: int, words: frozenset[str], starts: list[int]) -> bool:
    """Whether the name at document offset ``start`` is cited as the source of its clause: a
    word of ``words`` before it in sentence record ``sentence``, with at most
    :data:`CITED_WITHIN` words, no punctuation and no other name (``starts``: the offsets of the
    names that may take part) between ("Volgens de Canadese gezondheidsdatabank Public Health
    Infobase eiste ..., nog voor de coronapandemie, ...": the database reports, it takes no part
    in the pandemic). "Volgens Reuters viel Wagner ..." cites Reuters, not Wagner."""
    before = sentence["text"][: max(start - sentence["start"], 0)]
    for word in words:
        for found in re.finditer(rf"\b{re.escape(word)}\b", before, flags=re.IGNORECASE):
            between = before[found.end() :]
            at = sentence["start"] + found.end()
            if (
                len(between.split()) <= CITED_WITHIN
                and not re.search(r"[^\w\s'-]", between)
                and not any(at <= s < start for s in starts)
            ):
                return True
    return False


def quoted(sentence: dict, start: int) -> bool:
    """Whether the character at document offset ``start`` lies inside a quotation that sentence
    record ``sentence`` opens before it and has not closed (:data:`QUOTE_PAIRS`): 'Berg said: "there
    will be more protests."'."""
    before = sentence["text"][: max(start - sentence["start"], 0)]
    return any(
        before.count(opening) % 2 == 1
        if opening == closing
        else before.count(opening) > before.count(closing)
        for opening, closing in QUOTE_PAIRS.items()
    )


def without_passing_events(records: Records) -> Records:
    """``records`` without the EVENT entities that are passing words in the whole document, the
    others numbered again without gaps; returns ``records``.

    An event that no relation names (nobody takes part in it, it happens nowhere) stays only if
    the text names it ``RETOLD`` times. On the dev split this kept 13 more English and 10 more
    Dutch EVENT nodes: event recall en 0.647 -> 0.706, nl 0.658 -> 0.789.
    """
    named = _named(records)
    dropped = {
        e["id"]
        for e in records["entities"]
        if "event" in e
        and e["id"] not in named
        and e["mentions"] < RETOLD
        and not is_event_name(e["event"]["trigger"])  # "Syrian Civil War": named, so kept
        and not e["event"].get("distinct")  # told apart from another of its kind: one of its own
    }
    if not dropped:
        return records
    records["entities"] = [e for e in records["entities"] if e["id"] not in dropped]
    records["mentions"] = [m for m in records["mentions"] if m["entity"] not in dropped]
    renamed: dict[str, str] = {}
    for ent in records["entities"]:
        if "event" in ent:
            prefix = ent["id"].rsplit(":", 1)[0]  # "event:<document id>"
            renamed[ent["id"]] = f"{prefix}:{len(renamed)}"
            ent["id"] = renamed[ent["id"]]
    for mention in records["mentions"]:
        mention["entity"] = renamed.get(mention["entity"], mention["entity"])
    for rel in records["relations"]:
        for end in ("source", "target", "event"):
            if end in rel:
                rel[end] = renamed.get(rel[end], rel[end])
    return records


def _named(records: Records, *, but_persons_speaking: bool = False) -> set[str]:
    """The ids that some relation of ``records`` names: its ends and its event; with
    ``but_persons_speaking``, not by a person's STATEMENT (an official who "said 18 people
    died" in a disaster story speaks of the disaster, which keeps the participants the
    sentence that first names it gives: see retold_participants)."""
    persons = (
        {e["id"] for e in records["entities"] if e["type"] == "PERSON"}
        if but_persons_speaking
        else set()
    )
    return {
        eid
        for rel in records["relations"]
        if not (rel["type"] == "STATEMENT" and rel["source"] in persons)
        for eid in (rel["source"], rel["target"], rel.get("event"))
    }


def _date_source(date: str | None, document_date: str | None) -> str | None:
    """Where an event's date comes from, for records written before events said so: the
    document's when it equals the document date, else the text's."""
    return None if date is None else "document" if date == document_date else "text"
