"""When each event and relation happened, and whether a relation's act lies ahead: the last
timing step (``newsgraph_dating``, after the relation component), whose results the records
writer only writes down.

The event finder and the relation component tie time expressions to what they find (an
event's or relation's ``time_span``, a relation's ``told_span``; which expression belongs to
which clause is :mod:`extract.grammar.timing`'s). Here they are read against the document date:

- an event's date is its own time, else the first time of its sentence that may date an act
  (not one a clause on another noun names), and a year alone becomes the day of the one other
  event of its kind the text dates in that year (:func:`_days_in_year`), and a year other than
  the document's the one month the text gives in that year (:func:`_months_in_year`);
- a participant told by its event's own noun takes the event's date where the event's time was
  told of it (its phrase or a clause on it), whatever the time of the clause the noun stands in;
- an event noun's deadline ("talks by Friday", :func:`extract.grammar.timing.deadline_noun_times`)
  is read forward and dates no act of its clause told as done ("agreed to hold talks by Friday");
- another relation's date is its own time (told more finely by its event's date where that time is
  the event's own year), else its event's, else that of the one dated event its
  clause tells (:func:`_clause_events`), else (an act of an event the text does not date too)
  the time told before it; a week ("this week", "vorige week") that dates it gives way to the
  day of its event in that week (:func:`_day_in_week`);
- an event the text gives no time (neither planned nor ongoing) happened on the story's day,
  the first day its lead tells (:func:`extract.grammar.timing.lead_time`), and so did the acts
  of it no time told before dates; not on the day the article came out. The records say so
  (``date_source`` "story", ``Dated.story``, ``doc._.story_events``);
- a relation told as asserted whose date lies after the document's is planned
  (:func:`_mode_by_date`), unless its verb tells it as done (:func:`_told_as_done`);
- a standing link its route made undated (``Relation.dated``: a title, a kin word, a place)
  takes neither a date nor a mode from its clause's event.

Sets ``doc._.event_dates`` (event id -> date from the text, or None), ``doc._.relation_dates``
(one :class:`Dated` per relation of ``doc._.relations``, in order) and ``doc._.story_events``
(the ids of the events dated by the story's day).
Where the text names no date the records writer falls back on the document's.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, Collection, Mapping

from spacy.tokens import Doc, Span

from extract.components.paragraphs import LINE_BREAKS
from extract.dates import find_time_mentions
from extract.documents import document_date
from extract.grammar.phrases import TOLD_MODES
from extract.grammar.syntax import clause_verb, doc_text
from extract.grammar.timing import (
    acts_times,
    deadline_times,
    describes_another_noun,
    lead_time,
    past_tense,
    time_words,
    told_in_pluperfect,
    told_times,
)

if TYPE_CHECKING:
    from extract.components.events import EventMention


@dataclass(frozen=True)
class Dated:
    """A relation's date from the text (None when the text names none) and its mode as the
    records write it; ``story`` when the date is the story's day (:func:`_story_day`), which no
    time of the relation's own clause or event told (records: ``date_source`` "story")."""

    date: str | None
    mode: str
    story: bool = False


class Dating:
    """The pipeline component: sets ``doc._.event_dates``, ``doc._.relation_dates`` and
    ``doc._.story_events``."""

    def __init__(self, name: str, lang: str, relative_days: Mapping[str, int]) -> None:
        self.name = name
        self.lang = lang
        self.relative_days = relative_days

    def __call__(self, doc: Doc) -> Doc:
        doc._.event_dates, doc._.relation_dates, doc._.story_events = settled_dates(
            doc, self.lang, self.relative_days
        )
        return doc


def settled_dates(
    doc: Doc, lang: str, relative_days: Mapping[str, int] | None = None
) -> tuple[dict[str, str | None], list[Dated], frozenset[str]]:
    """(event id -> the event's date from the text or None, the date and mode of each relation
    of ``doc._.relations``, the ids of the events whose date is the story's day) of a Doc the
    event and relation components have run on."""
    doc_date = document_date(doc)
    text = doc_text(doc)  # doc.text joins every token: build it once, not per relation
    sents = list(doc.sents)
    # a deadline of an act still to be done ("a vote by Friday") lies ahead of the document
    ahead_spans = {(m.start, m.end) for m in deadline_times(doc, lang, relative_days or {})}

    def resolve_time(span: tuple[int, int] | None, mode: str = "asserted") -> str | None:
        """The date a time expression names; in a planned clause ("will meet on Tuesday") or a
        deadline ("a vote by Friday") a weekday or month looks forward from the document date.
        A time counted from an earlier one ("three years later") is read in the whole text."""
        if span is None:
            return None
        forward = mode == "planned" or span in ahead_spans
        found = find_time_mentions(
            text[span[0] : span[1]], lang, doc_date, relative_days, forward=forward
        )
        if found and found[0].value:
            return found[0].value
        # "three years later", "the following day": counted from the time told before it
        told = find_time_mentions(text, lang, doc_date, relative_days, forward=forward)
        return next((m.value for m in told if m.start == span[0]), None)

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
    event_dates: dict[str, str | None] = {}
    for event in doc._.events or []:
        planned = (event.id, event.time_span) in planned_events
        event_date = resolve_time(event.time_span, "planned" if planned else "asserted")
        if event_date is None and getattr(event, "sentence_time", True):
            event_date = _first_time(
                sents[event.sentence],
                lang,
                doc_date,
                relative_days,
                forward=any(target == event.id for target, _ in planned_events),
                # not a time that a clause on another noun names ("the plane, built in 1977")
                dating={
                    start
                    for start in dating
                    if not describes_another_noun(doc, start, event.mentions)
                },
            )
        event_dates[event.id] = event_date  # from the text only: no document date here
    # "Labour loses seats in the 2019 election ... the election on Thursday": a year alone is
    # that year's day, where the text gives one event of the kind a day in it
    event_dates.update(_days_in_year(doc._.events or [], event_dates))
    # "the 1968 assassination ... Robert was killed in June 1968": a year before the document's
    # is the one finer time the text gives in that year
    event_dates.update(
        _months_in_year(
            event_dates,
            [
                m.value
                for m in find_time_mentions(text, lang, doc_date, relative_days)
                if m.value and m.start in dating
            ],
            doc_date,
        )
    )

    # an event planned by a deadline ("agreed to hold talks by Friday") dates no act of its
    # clause told as done: the agreeing was done, the talks are to come
    deadlined = {e.id for e in doc._.events or [] if e.time_span in ahead_spans}
    clause_event = _clause_events(
        doc, {eid: date for eid, date in event_dates.items() if eid not in deadlined}
    )
    # the story's day (the first time its lead tells), for the events the text gives no time
    # that are neither plans nor ongoing: "Yesterday, Pelosi was elected ... <paragraph> Guests
    # at the swearing in included ..." (the document date is the day the article came out)
    breaks = doc.user_data.get(LINE_BREAKS) or []
    story_time = lead_time(doc, told_times(doc, lang, relative_days or {}), breaks)
    story = _story_day(resolve_time(story_time), doc_date)
    ahead = {target for target, _ in planned_events}
    # an event of the sentence that tells the story's day is dated by that sentence's syntax,
    # which already judged whether the time is its ("On Tuesday Zelensky said that Russia
    # attacked Ukraine": Tuesday is the saying's)
    told_in = _sentence_tokens(doc, story_time)
    storied = {
        event.id
        for event in doc._.events or []
        if story is not None
        and event_dates.get(event.id) is None
        and event.id not in ahead
        and not getattr(event, "ongoing", False)
        and told_in.isdisjoint(event.mentions)
        # "Abiy Ahmed had met Ruto": the pluperfect tells what came before the story's day
        and not told_in_pluperfect(doc[event.mentions[0]])
    }
    weeks = time_words(lang, "week")
    event_spans = {event.id: event.time_span for event in doc._.events or []}
    # the start of each noun that names an event timed in its own phrase -> that event
    noun_events = {
        doc[i].idx: event.id
        for event in doc._.events or []
        if getattr(event, "own_time", False)
        for i in event.mentions
        if doc[i].pos_ in ("NOUN", "PROPN")
    }
    relation_dates = []
    for rel in doc._.relations or []:
        if not getattr(rel, "dated", True):
            # a title or place holds: no event of its clause dates it or makes it a plan
            relation_dates.append(Dated(None, _stated_mode(rel)))
            continue
        # A relation that comes from an event, or points to one, happened when the event did.
        # a time borrowed from the speech verb says when the act was reported: read it backwards
        time_mode = (
            "asserted" if getattr(rel, "reported_time", False) else getattr(rel, "mode", "asserted")
        )
        # an act of an event is dated by the event; another, or one of an event the text does
        # not date, by the time told before it ("On 2 January they signed a pipeline deal. ...
        # The agreement was signed by the ministers": the ministers take part on 2 January)
        tied = rel.event or rel.target
        # a participant told by the noun of an event timed in its own phrase takes part when
        # the event happened, not at the time of the clause the noun stands in ("On Wednesday
        # the court ruled on the suspension, which went into effect on Tuesday": Parliament's
        # part is Tuesday's)
        by_noun = rel.type == "PARTICIPANT" and noun_events.get(rel.trigger_start) == tied
        own_date = (
            (event_dates.get(tied) if by_noun else None)
            or resolve_time(rel.time_span, time_mode)
            or (
                (
                    None
                    # a deadline dates the act to come, not the saying of it ("the ministry
                    # said the virus may cause 5,000 deaths by Friday") nor an act told done
                    if tied in deadlined and (rel.type == "STATEMENT" or _told_as_done(doc, rel))
                    else event_dates[tied]
                )
                if tied in event_dates
                # an act to come is not dated by the event told with it ("will back X in the war")
                else (clause_event.get(rel.trigger_start) if time_mode in TOLD_MODES else None)
            )
            or resolve_time(getattr(rel, "told_span", None))
        )
        # a part taken in an event the text gives no time was taken on the story's day; an act
        # between two actors is left to the told times (tests/extract/test_story_day.py)
        by_story = (
            own_date is None
            and rel.type == "PARTICIPANT"
            and tied in storied
            and time_mode in TOLD_MODES
        )
        if by_story:
            own_date = story
        # the year of the event's own time expression ("the 1968 assassination") is the
        # event's date, which the text may tell more finely elsewhere
        if rel.time_span is not None and rel.time_span == event_spans.get(tied):
            own_date = _finer(own_date, event_dates[tied])
        # "approved the attacks that took place this week" after "the December 31 attack": a
        # week names no day, and the day of the event it tells lies in it
        if rel.time_span is not None and _names_a_week(text, rel.time_span, weeks):
            own_date = _day_in_week(
                own_date, event_dates.get(tied) or clause_event.get(rel.trigger_start)
            )
        mode = _mode_by_date(
            _stated_mode(rel),
            None if _told_as_done(doc, rel) else own_date,
            doc_date,
        )
        relation_dates.append(
            Dated(
                own_date,
                mode,
                story=by_story and own_date == story,
            )
        )
    # an event the text gives no time is the story's: it happened on the day the lead tells
    event_dates.update(dict.fromkeys(storied, story))
    return event_dates, relation_dates, frozenset(storied)


def _sentence_tokens(doc: Doc, span: tuple[int, int] | None) -> frozenset[int]:
    """The token indices of the sentence that holds the characters ``span`` (none for None)."""
    found = None if span is None else doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None:
        return frozenset()
    sentence = found[0].sent
    return frozenset(range(sentence.start, sentence.end))


def _story_day(value: str | None, doc_date: str | None) -> str | None:
    """``value`` (the date the lead tells) when it is a day no later than the document's: the
    story's day. A lead that tells only a month or a year, or a day ahead, names none."""
    if value is None or len(value) != 10 or (doc_date and after_document(value, doc_date)):
        return None
    return value


def _stated_mode(rel) -> str:
    """The mode a relation's route read from its clause, before any date is weighed."""
    return getattr(rel, "mode", "negated" if rel.negated else "asserted")


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


def _months_in_year(
    event_dates: Mapping[str, str | None], text_dates: Collection[str], doc_date: str | None
) -> dict[str, str]:
    """Event id -> the finer date of an event the text dates only by a year other than the
    document's ("the 1968 assassination", "de moord in 1968"), where every finer time the text
    gives in that year names one month ("Robert was killed in June 1968"): a story of another
    year tells few things of it, and the month says no more than the year of the same
    happening. The year of the document itself is that of most of the story's acts, so it is
    left alone; so is a year whose finer times name two months.

    >>> _months_in_year({"event:0": "1968"}, ["1963", "1968-06", "1968-06-05"], "2019-09-03")
    {'event:0': '1968-06'}
    >>> _months_in_year({"event:0": "1968"}, ["1968-06", "1968-09-01"], "2019-09-03")
    {}
    >>> _months_in_year({"event:0": "2019"}, ["2019-06"], "2019-09-03")
    {}
    """
    refined = {}
    for event, date in event_dates.items():
        if not date or len(date) != 4 or (doc_date and doc_date.startswith(date)):
            continue
        finer = {d for d in text_dates if len(d) > 4 and d.startswith(date)}
        months = {d[:7] for d in finer}
        if len(months) == 1:
            refined[event] = next(iter(finer)) if len(finer) == 1 else next(iter(months))
    return refined


def _finer(date: str | None, event_date: str | None) -> str | None:
    """``event_date`` where it tells ``date`` more finely (the same year or month, and more),
    else ``date``."""
    if date and event_date and len(event_date) > len(date) and event_date.startswith(date):
        return event_date
    return date


def _names_a_week(text: str, span: tuple[int, int], weeks: Collection[str]) -> bool:
    """Whether the time expression at ``span`` is a week of the time lexicon ("this week",
    "vorige week"), which resolves to a day only as the week's anchor."""
    return " ".join(text[span[0] : span[1]].lower().split()) in weeks


def _day_in_week(date: str | None, event_date: str | None) -> str | None:
    """``event_date`` where it is a day within six days of ``date``, the day a week expression
    resolved to ("this week" in an article of 5 January, the attack of 31 December), else
    ``date``.

    >>> _day_in_week("2020-01-05", "2019-12-31"), _day_in_week("2020-01-05", "2019-12-20")
    ('2019-12-31', '2020-01-05')
    >>> _day_in_week("2020-01-05", "2020-01"), _day_in_week("2020-01-05", None)
    ('2020-01-05', '2020-01-05')
    """
    if not date or not event_date or len(date) != 10 or len(event_date) != 10:
        return date
    apart = abs((_day(date) - _day(event_date)).days)
    return event_date if apart <= _WEEK_DAYS else date


#: How many days from the day a week expression resolved to a day in that week may lie.
_WEEK_DAYS = 6


def _day(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


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
    relative_days: Mapping[str, int] | None,
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
