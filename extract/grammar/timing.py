"""Which time expression belongs to which clause.

A relation or event is dated by the time expression in its own clause: in "On
Monday he met Macron, and on Tuesday he spoke at a press conference" the press
conference is Tuesday's. The expression's clause is found from the parse. A clause
without one shares the time of the clause it is an adverbial, open or coordinated
part of ("dateert uit 2014, toen ... Rusland reageerde door de Krim te annexeren"),
or of the time it is a relative clause of ("dates from 2014, when Russia responded"),
but not of the clause that reports it ("Op dinsdag zei hij dat Rusland aanviel"
does not date the attack here). The relation component falls back to the speech verb's
time for a reported clause that has none of its own (``_Context.time_of``), and then to the
time the nearest sentence before that tells one told (over up to four that tell none, in the
same paragraph), when the clause goes on with its actors or its act (``told_time_span``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Collection, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from extract.dates import TimeMention, find_time_mentions, month_names
from extract.grammar.named_events import EVENT_FIRSTS
from extract.grammar.syntax import (
    CASE_LABELS,
    COPULAR_LABELS,
    SUBJECT_LABELS,
    children,
    clause_verb,
    doc_lang,
    doc_text,
    doc_tokens,
    last_document_memo,
    morph_values,
    sentence_bounds,
)
from records.text import fold

#: Links over which a clause shares its governor's time, in UD and ClearNLP labels (not ccomp).
SHARED_TIME = frozenset({"advcl", "xcomp", "conj", "pcomp"})
#: A relative clause shares a time only when it hangs from the time itself ("2014, when ...").
RELATIVE_CLAUSE = frozenset({"relcl", "acl:relcl", "acl"})
#: Links of a verb's auxiliaries and copula, in UD and ClearNLP labels.
_AUXILIARIES = frozenset({"aux", "aux:pass", "auxpass", "cop"})


def clause_time_spans(
    doc: Doc, lang: str, relative_days: Mapping[str, int]
) -> dict[int, tuple[int, int]]:
    """Clause verb token index -> character span of the first time expression in that clause.

    A weekday right before the explicit date it names ("maandag 24 februari 2022", "on
    Monday, 24 February") gives way to that date, which needs no document date. A later
    date elsewhere in the clause does not: in "de aanslag van maandag, de dodelijkste sinds
    een aanval in augustus 2018" the clause is Monday's. But a time counted from an earlier one
    gives way to an explicit date: "Eight years earlier, at the 1972 convention" is 1972's; and so
    does a year that only says which edition a noun is (:func:`edition_of`): "At the 2020
    convention on June 20 the party nominated X" is June 20's."""
    spans: dict[int, tuple[int, int]] = {}
    text = doc_text(doc)
    counted = set()  # the spans counted from an earlier time: an explicit date wins over them
    editions = set()  # the years before a noun ("the 2020 convention"): a day or month wins
    # main verb -> the time its subject's clause ends; the token range of such a time, its clause
    subjects_time: dict[int, tuple[int, int]] = {}
    displaced: list[tuple[int, int, Token]] = []
    # main verb -> the time of a clause on the noun of its fronted adverbial ("In a statement
    # released on Tuesday, ..."), for a main clause that names none of its own
    framing: dict[int, tuple[int, int]] = {}
    for mention in acts_times(doc, lang, relative_days):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if mention.counted:
            counted.add((mention.start, mention.end))
        if edition_of(span, lang) is not None:
            editions.add((mention.start, mention.end))
        # a time restated beside a displaced one ("on Wednesday (0000 UTC Thursday morning)")
        clause = next(
            (
                c
                for start, end, c in displaced
                if any(start <= t.i < end for t in span.root.ancestors)
            ),
            None,
        ) or _clause_before(span)
        if clause is not None:
            displaced.append((span.start, span.end, clause))
            # the subject's clause's time, for a main clause that names none of its own
            subjects_time.setdefault(_time_clause(span.root).i, (mention.start, mention.end))
        verb = (clause or _time_clause(span.root)).i
        framed = _framed_clause(doc[verb])
        if framed is not None:
            framing.setdefault(framed.i, (mention.start, mention.end))
        if verb not in spans:
            spans[verb] = (mention.start, mention.end)
        elif _names_its_day(mention) and not text[spans[verb][1] : mention.start].strip(" ,"):
            spans[verb] = (mention.start, mention.end)  # the weekday and its date: the date
        elif mention.value is not None and spans[verb] in counted:
            spans[verb] = (mention.start, mention.end)  # "Eight years earlier, at the 1972 ..."
        elif spans[verb] in editions and _finer_than_year(mention) and not after_bound(span, lang):
            # "at the 2020 convention on June 20"; not "in the 2016 election ... until June"
            spans[verb] = (mention.start, mention.end)
    for verb, span in subjects_time.items():
        spans.setdefault(verb, span)
    for verb, span in framing.items():
        spans.setdefault(verb, span)
    return spans


def _framed_clause(clause: Token) -> Token | None:
    """The main verb whose act a clause on the noun of a fronted adverbial phrase dates: in "In
    a statement released on Tuesday, the ministry condemned Russia" ("In een verklaring die
    dinsdag werd gepubliceerd, veroordeelde het ministerie Rusland") the statement is the
    condemning, so Tuesday dates it (when the main clause names no time of its own). None when
    ``clause`` is no relative or participle clause on such a noun."""
    if clause.dep_ not in RELATIVE_CLAUSE or clause.head == clause:
        return None
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # a clause the parser hung on a name inside the phrase describes the phrase's noun: "In a
    # letter to The Mercury News, published on Monday, ..." ("In een brief aan de krant The
    # Mercury News, die maandag werd gepubliceerd, ...")
    for _ in range(_INNER_NOUNS):
        outer = _noun_before(noun, _MODIFIERS)
        if outer is None:
            break
        noun = outer
    # the noun's phrase hangs on the verb: "obl" (UD), or "pobj" of a "prep" (ClearNLP)
    phrase = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    if phrase.dep_ not in ("obl", "prep") or phrase.head == phrase:
        return None
    verb = phrase.head
    if verb.pos_ not in ("VERB", "AUX") or phrase.right_edge.i >= verb.i:
        return None
    # fronted: the phrase opens its clause, before the verb's subject
    subject = next((c for c in children(verb) if c.dep_.startswith("nsubj")), None)
    if subject is not None and subject.i < phrase.i:
        return None
    return verb


#: How many nouns a fronted phrase's own noun may lie above the name a clause hangs on.
_INNER_NOUNS = 3
#: The UD links over which a noun modifies the noun before it: an apposition, a flat name part,
#: a nominal modifier ("krant" of "de krant The Mercury News", "brief" of "brief aan de krant").
_MODIFIERS = frozenset({"appos", "flat", "nmod"})
#: The UD link of a time in a noun's own phrase, after its case marker ("de aanval van maandag").
_NOMINAL_MODIFIER = frozenset({"nmod"})


def _noun_before(token: Token, links: frozenset[str], case: bool = False) -> Token | None:
    """The noun before ``token`` whose phrase ``token`` ends: the noun of its preposition
    (ClearNLP: "letter" of "a letter to The Mercury News", where "News" is the preposition's
    object; "rally" of "a rally on Friday"), or its head over one of the UD ``links``, with a
    case marker of its own when ``case`` is set ("aanval" of "de aanval van maandag"). None for
    a token that hangs on no noun before it."""
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        noun = token.head.head
    elif token.dep_ in links and (not case or any(c.dep_ in CASE_LABELS for c in children(token))):
        noun = token.head
    else:
        return None
    if noun.i >= token.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


def _clause_before(span: Span) -> Token | None:
    """The relative or participle clause on the subject that a time expression ends, when the
    parser hung the time on the main verb after it: in "aftershocks of an earthquake that struck
    the south on Wednesday night have increased the toll" the quake is Wednesday's, not the
    increase (the main clause takes it only when it names no time of its own: "the advisory,
    released on Wednesday, placed the storm north of Bermuda"). A main clause's time does not
    stand between its subject and its verb; a clause whose verb ends it ("de aardbeving die het
    zuiden trof woensdag ...") is closed before the time, so the time is the main clause's. None
    when the time is no such clause's."""
    phrase = span.root  # up to the word that hangs on a verb: "on" of "on Wednesday night"
    for _ in range(3):
        if phrase.head.pos_ in ("VERB", "AUX") or phrase.head == phrase:
            break
        phrase = phrase.head
    verb = phrase.head
    start = phrase.left_edge.i
    if start == 0 or verb.pos_ not in ("VERB", "AUX") or verb.i <= phrase.right_edge.i:
        return None
    before = span.doc[start - 1]
    subject = next((c for c in children(verb) if c.dep_.startswith("nsubj") and c.i < start), None)
    if subject is None or not subject.left_edge.i <= before.i <= subject.right_edge.i:
        return None
    clause = next(
        (
            t
            for t in (before, *before.ancestors)
            if t.dep_ in RELATIVE_CLAUSE and t.right_edge.i == before.i
        ),
        None,
    )
    if clause is None or clause.pos_ != "VERB" or clause.i == before.i:
        return None
    if clause.head.pos_ not in ("NOUN", "PROPN") or clause.i < subject.left_edge.i:
        return None
    return clause


def _finer_than_year(mention: TimeMention) -> bool:
    """Whether a time expression names a day, week or month (read without a document date,
    where "June 20" and "on Tuesday" have no value yet): anything but a bare year."""
    return not (mention.value is not None and len(mention.value) == 4)


def _names_its_day(mention: TimeMention) -> bool:
    """Whether a time expression is a date that needs no weekday beside it: one that resolves
    without a document date ("24 februari 2022"), or a day of a month without its year ("Tuesday,
    January 21", "dinsdag 21 januari"), which resolves only against the document date but names
    the day all the same (here, where clauses are matched to times, there is none)."""
    return mention.value is not None or any(c.isdigit() for c in mention.text)


def document_times(doc: Doc, lang: str, relative_days: Mapping[str, int]) -> list[TimeMention]:
    """The document's time expressions (without a document date), in text order: events, time
    spans, relations and records all read them, so they are found once per document."""
    return list(_times_of(doc, lang, relative_days)[0])


def acts_times(doc: Doc, lang: str, relative_days: Mapping[str, int]) -> list[TimeMention]:
    """The document's time expressions that may date an act (without a document date), in text
    order: all but the limits (:func:`limit_time`), which say since or until when, not when."""
    return list(_times_of(doc, lang, relative_days)[1])


def deadline_times(doc: Doc, lang: str, relative_days: Mapping[str, int]) -> list[TimeMention]:
    """The deadlines of acts still to be done (:func:`deadline_time`), left out of
    :func:`acts_times`: a sentence that tells one tells a time, though none for the sentences
    after it to take."""
    return list(_times_of(doc, lang, relative_days)[3])


def limited_noun_times(
    doc: Doc, lang: str, relative_days: Mapping[str, int]
) -> dict[int, tuple[int, int]]:
    """Noun token index -> character span of the limit (:func:`limit_time`) in its own phrase:
    "since NASA's last mission in July 2011" dates the mission, though not the clause's act."""
    return dict(_times_of(doc, lang, relative_days)[2])


def phrase_noun_times(
    doc: Doc, lang: str, relative_days: Mapping[str, int]
) -> dict[int, tuple[int, int]]:
    """Noun token index -> character span of a time that follows it in its own phrase, after a
    preposition: "a rally on Friday", "de aanval van maandag", "the vote on 4 March", also where
    the parser hung it on a noun inside the phrase ("the talks in Geneva on Monday") or, after
    an edition's noun, on another word ("the 2020 election on November 3",
    :func:`_edition_before`). Such a time dates the noun's event whatever the time of the
    clause the noun is in: in "He spoke on
    television on Wednesday and at a rally on Friday" the rally is Friday's. A bare year there
    mostly says which one the noun is ("de verkiezingen van 2019"), as an edition does
    (:func:`edition_of`), so it is left to the clause."""
    found: dict[int, tuple[int, int]] = {}
    # the time each clause takes: a later one the parser hung on the same verb is another's
    clauses = set(clause_time_spans(doc, lang, relative_days).values())
    for mention in acts_times(doc, lang, relative_days):
        if not _finer_than_year(mention):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        # the noun whose own phrase the time ends: "a rally on Friday", "de aanval van maandag"
        noun = _noun_before(span.root, _NOMINAL_MODIFIER, case=True) or _hung_elsewhere(
            span, lang, (mention.start, mention.end) not in clauses
        )
        # and the nouns whose phrases that noun ends: "the talks in Geneva on Monday" with "on
        # Monday" on "Geneva", "de aanval op de ambassade van maandag"
        for _ in range(_INNER_NOUNS):
            if noun is None:
                break
            found.setdefault(noun.i, (mention.start, mention.end))
            noun = _noun_before(noun, _MODIFIERS)
    return found


def _hung_elsewhere(span: Span, lang: str, not_the_clauses: bool) -> Token | None:
    """The noun whose phrase ends right before the preposition of the time expression ``span``,
    when the parser hung the time on another word though it is the noun's: after an edition's
    noun (:func:`edition_of`), "following the 2020 US Presidential Election on November 3" with
    "on" on a verb further back (November 3 is the election's day, its year told finely), or
    where the time is not the one its clause takes (``not_the_clauses``: "On Tuesday, Kenya
    criticised the talks in Geneva on Monday", where Tuesday is the criticism's and Monday the
    talks'). None for a time without a preposition of its own, and after any other noun."""
    doc = span.doc
    before = _words_before(span)
    if len(before) < 2 or before[-1].pos_ != "ADP" or before[-1].head.i == before[-2].i:
        return None  # no preposition, or one on the noun before it (phrase_noun_times reads it)
    noun = before[-2]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != noun.i:
        return None
    if not_the_clauses:
        return noun
    years = (doc[c.i : c.i + 1] for c in children(noun) if c.i < noun.i)
    return noun if any(edition_of(year, lang) == noun for year in years) else None


def deadline_noun_times(
    doc: Doc, lang: str, relative_days: Mapping[str, int]
) -> dict[int, tuple[int, int]]:
    """Noun token index -> character span of the deadline (:func:`deadline_times`) right after
    the noun's phrase: "a vote by October 31", "a no-deal Brexit by October 31", "een Brexit
    zonder akkoord uiterlijk 31 oktober". The deadline is the day the noun's happening is
    planned for, whichever word the parser hung it on (the verb of the clause, "foil ... by
    October 31", or the last noun of the phrase, "akkoord" of "zonder akkoord uiterlijk"). The
    nouns are the word right before the deadline's word and the noun whose phrase that word
    ends ("Brexit" of "een Brexit zonder akkoord"); a deadline after a verb ("moet uiterlijk
    vrijdag plaatsvinden") is none of them."""
    deadlines = time_words(lang, "deadline")
    found: dict[int, tuple[int, int]] = {}
    for mention in deadline_times(doc, lang, relative_days):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        before = [] if span is None else _words_before(span)
        if not before:
            continue
        # the deadline's own word ("by", "uiterlijk"), or the preposition after it
        word = next((t for t in reversed(before) if _folded(t) in deadlines), None)
        if word is None or word.i == 0:
            continue
        last = doc[word.i - 1]
        if last.pos_ not in ("NOUN", "PROPN"):
            continue
        nouns = [last]
        outer = _noun_before(last, _MODIFIERS)
        if outer is not None and outer.i >= sentence_bounds(last)[0]:
            nouns.append(outer)
        for noun in nouns:
            found.setdefault(noun.i, (mention.start, mention.end))
    return found


def _times_of(doc: Doc, lang: str, relative_days: Mapping[str, int]) -> _Times:
    """All time expressions, those that may date an act, the limits by the noun they date and
    the deadlines, remembered per document (``last_document_memo``): plain values only."""
    memo = last_document_memo(_LAST_TIMES, doc)
    key = (lang, frozenset(relative_days.items()))
    found = memo.get(key)
    if found is None:
        found = memo[key] = _read_times(doc, lang, relative_days)
    return found


#: The memo of :func:`_times_of` (see ``last_document_memo``).
_LAST_TIMES: list = [None]
#: What :func:`_times_of` remembers: all times, those of acts, limits by noun, deadlines.
_Times = tuple[
    tuple[TimeMention, ...],
    tuple[TimeMention, ...],
    dict[int, tuple[int, int]],
    tuple[TimeMention, ...],
]


def _read_times(doc: Doc, lang: str, relative_days: Mapping[str, int]) -> _Times:
    found = tuple(find_time_mentions(doc_text(doc), lang, None, relative_days))
    bounds, deadlines = bounding_words(lang), time_words(lang, "deadline")
    if not bounds and not deadlines:
        return found, found, {}, ()
    kept: list[TimeMention] = []
    ends: list[TimeMention] = []
    limits: dict[int, tuple[int, int]] = {}
    for mention in found:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and _edition_of_a_thing(span, lang):
            continue  # "the party's 1996 nominee won the nomination": no act of 1996
        if span is not None and deadline_time(span, deadlines) and not _done(span.root):
            ends.append(mention)
            continue
        if span is None or not limit_time(span, bounds):
            kept.append(mention)
            continue
        noun = next((t for t in span.root.ancestors if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None:
            limits.setdefault(noun.i, (mention.start, mention.end))
    return found, tuple(kept), limits, tuple(ends)


def edition_of(span: Span, lang: str) -> Token | None:
    """The noun a bare year is written before, when it says which one the noun is ("the 2020
    convention", "the party's 1996 nominee", "de 2019 overstromingen"), else None. Such a year
    names an edition, which is a coarser time than any other its clause tells."""
    root = span.root
    if len(span) != 1 or not root.text.isdigit() or len(root.text) != 4:
        return None
    head = root.head
    if head.i <= root.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    # "March 2019" is a month, not an edition; "in 2014" hangs on its preposition
    if _folded(head) in month_names(lang):
        return None
    return head


def _edition_of_a_thing(span: Span, lang: str) -> bool:
    """Whether a bare year says which edition a common noun or a name that names no event is
    ("the party's 1996 nominee", "his 2016 book", "a recalled 2005 Opel Zafira";
    :func:`edition_of`): it tells which one the thing is, not when anything in its clause or
    story was done, so it dates no act. The edition of an event ("the 2019 election", "the 2020
    Summer Olympics") is that event's time and may be its clause's ("in the 2016 election, X won
    Michigan")."""
    noun = edition_of(span, lang)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    # inside the noun's phrase: not after a preposition ("in 2016 16 procent" is 2016's)
    before = _words_before(span)
    after_preposition = bool(before) and before[-1].pos_ == "ADP"
    if after_preposition or any(c.dep_ in CASE_LABELS for c in children(span.root)):
        return False
    # the subject of a copula is what its predicate is: "Qaboos's 1970 overthrow was a coup"
    if noun.dep_ in SUBJECT_LABELS and _copular(noun.head):
        return False
    from extract.errors import NewsgraphError
    from extract.grammar.event_nouns import noun_event_of
    from extract.lexicon import load_lexicon

    try:
        lexicon = load_lexicon(lang)
    except NewsgraphError:
        return False
    # a name's words are those from the year to its head: "2005 Opel Zafira", "2020 Summer Olympics"
    words = span.doc[span.root.i + 1 : noun.i + 1] if noun.pos_ == "PROPN" else [noun]
    if noun.pos_ == "PROPN" and any(w.ent_type_ == "EVENT" or _opens_event(w) for w in words):
        return False
    return not any(
        noun_event_of(w, lexicon) is not None or lexicon.event_word(w.lemma_, "noun") is not None
        for w in words
    )


def _opens_event(word: Token) -> bool:
    """Whether ``word`` is a word that opens an event's name ("Hurricane", "Operation")."""
    return word.lower_ in EVENT_FIRSTS


def _copular(head: Token) -> bool:
    """Whether ``head`` heads a copular clause: a copula itself with a predicate ("was" of "was
    a coup", in ClearNLP), or a predicate with a copula (in UD). This module reads a parse
    without knowing its scheme, so it asks the labels of both (:data:`COPULAR_LABELS`)."""
    return any(c.dep_ in COPULAR_LABELS for c in children(head))


def bounding_words(lang: str) -> frozenset[str]:
    """The ``bound`` words of the language's time lexicon ("since", "until", "sinds", "tot"),
    folded; empty for a language without a lexicon."""
    return time_words(lang, "bound")


@lru_cache(maxsize=None)
def time_words(lang: str, kind: str) -> frozenset[str]:
    """The words of one ``kind`` of the language's time lexicon, folded; empty for a language
    without a lexicon."""
    from extract.errors import NewsgraphError
    from extract.lexicon import load_lexicon

    try:
        times = load_lexicon(lang).times
    except NewsgraphError:
        return frozenset()
    return frozenset(expr for expr, t in times.items() if t.kind == kind)


def deadline_time(span: Span, deadlines: frozenset[str]) -> bool:
    """Whether the time expression ``span`` is a deadline: right after a ``deadlines`` word, or
    after one and a preposition ("to build the pipeline by 2025", "uiterlijk in 2025", "tegen
    2030"). A deadline says by when an act is to be done, not when anything was done: it dates
    no act still to be done, nor the sentences after it (on the dev split, "by 2025" gave its
    year to a reaction told in the next sentence); an act done by then is dated by it ("had
    delivered the doses by November 22")."""
    before = _words_before(span)
    if not before:
        return False
    if _folded(before[-1]) in deadlines:
        return True
    return len(before) == 2 and before[-1].pos_ == "ADP" and _folded(before[0]) in deadlines


def after_bound(span: Span, lang: str) -> bool:
    """Whether a ``bound`` word governs the time expression ``span`` itself ("since Monday",
    "sinds maandag", "tot vrijdag"): the time limits a state that holds now, so it does not put
    a present-tense act ahead ("Spanje voert sinds maandag patrouilles uit met Marokko" is no
    plan)."""
    bounds = bounding_words(lang)
    before = _words_before(span)
    return bool(before) and _folded(before[-1]) in bounds or _bound_by(span.root, bounds)


def _words_before(span: Span) -> list[Token]:
    """The (up to two) words right before ``span``, spaces left out."""
    doc = span.doc
    return [t for t in doc[max(0, span.start - 2) : span.start] if not t.is_space]


def _bound_by(token: Token, bounds: frozenset[str]) -> bool:
    """Whether ``token`` is a ``bounds`` word used as a preposition or conjunction, or has one
    as its own preposition or marker ("since" of "since 2011")."""
    return (token.pos_ in ("ADP", "SCONJ") and _folded(token) in bounds) or any(
        c.dep_ in ("case", "mark") and _folded(c) in bounds for c in children(token)
    )


#: How many words up from a time expression a limiting preposition is looked for.
_LIMIT_DEPTH = 6


def limit_time(span: Span, bounds: frozenset[str]) -> bool:
    """Whether the time expression ``span`` dates a noun inside a phrase that a ``bounds`` word
    governs, which is a limit of its clause's act, not its time: "the first launch since NASA's
    last mission in July 2011" (the mission is July's, the launch is not), "de eerste sinds een
    aanval in augustus 2018". A time the word governs itself ("sanctioned since 2011") is when
    the state began, and dates its act."""
    token = span.root
    for depth in range(_LIMIT_DEPTH):
        if token.pos_ in ("VERB", "AUX"):
            return False
        if _bound_by(token, bounds):
            # the word before the time itself ("since 2011"), or its preposition's ("since in")
            return depth > 1 or (depth == 1 and token.pos_ not in ("ADP", "SCONJ"))
        if token.head == token:
            return False
        token = token.head
    return False


def _done(token: Token) -> bool:
    """Whether the clause of ``token`` tells a past act: its verb or an auxiliary is a finite
    past ("delivered", "had delivered", "leverde", "had geleverd"), read from the morphology."""
    verb = _time_clause(token)
    return any(
        "Past" in morph_values(t, "Tense") and "Fin" in morph_values(t, "VerbForm")
        for t in (verb, *(c for c in children(verb) if c.dep_ in _AUXILIARIES))
    )


def _folded(token: Token) -> str:
    return fold(token.text, articles=False)


def _time_clause(token: Token) -> Token:
    """The clause a time expression belongs to: its verb, or the verb of the auxiliary the parser
    hung it on ("Donderdag vorige week waren ... bijeengekomen" with "Donderdag" under "waren":
    the meeting is last week's)."""
    verb = clause_verb(token)
    if verb.dep_ in _AUXILIARIES and verb.head != verb:
        return clause_verb(verb.head)
    return verb


def describes_another_noun(doc: Doc, start: int, nouns: Collection[int]) -> bool:
    """Whether the time expression at character ``start`` lies in a relative or participle
    clause that describes a noun outside the phrases of the nouns at token indices ``nouns``: in
    "De NTSB is een onderzoek begonnen naar de crash van het toestel, dat in 1977 werd gebouwd"
    the year is the plane's, no time of the inquiry. A noun inside such a phrase may carry the
    event's own clause, which the parser hung on the nearest noun ("de aanval op Oekraïne, die
    in 2015 begon")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    verb = _time_clause(span.root)
    return (
        verb.dep_ in RELATIVE_CLAUSE
        and not _participle_phrase(verb)
        and verb.head != verb
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(doc[i].left_edge.i <= verb.head.i <= doc[i].right_edge.i for i in nouns)
    )


def time_span_of(token: Token, spans: Mapping[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The time expression of ``token``'s clause, or of the clauses it shares its time with, or
    of the clause of its stray auxiliary (:func:`_stray_auxiliary`)."""
    found = _shared_time_span(token, spans)
    if found is None and (aux := _stray_auxiliary(clause_verb(token))) is not None:
        found = spans.get(_time_clause(aux).i)
    return found


def _stray_auxiliary(verb: Token) -> Token | None:
    """The auxiliary of a past participle that the parser hung on another word before it: in
    "X heeft vrijdag Y veroordeeld" parsed with "vrijdag" as the root and "veroordeeld" as a
    clause on Y, or "heeft vrijdag ... naar verluidt mensen neergestoken" with "heeft" under
    "verluidt", the time under the auxiliary is the participle's. Only for a participle (or a
    verb without a subject, which the tagger may call finite) with no auxiliary of its own,
    and an auxiliary before it in its sentence whose head is no past participle (that one's
    own perfect: "heeft gezegd dat Y, gearresteerd in Parijs, ...")."""
    if verb.pos_ != "VERB" or any(c.dep_ in _AUXILIARIES for c in children(verb)):
        return None
    # a participle, or a verb the tagger made finite though it has no subject of its own
    if not _past_participle(verb) and any(c.dep_ in SUBJECT_LABELS for c in children(verb)):
        return None
    start = sentence_bounds(verb)[0]
    for token in reversed(verb.doc[start : verb.i]):
        if token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass", "aux:pass"):
            # one on a participle or infinitive of its own is no stray ("will say on Monday
            # whether two soldiers, killed in an ambush, ...": the ambush is not Monday's)
            head_form = morph_values(token.head, "VerbForm")
            return None if _past_participle(token.head) or "Inf" in head_form else token
    return None


def _past_participle(token: Token) -> bool:
    return "Part" in morph_values(token, "VerbForm") and "Pres" not in morph_values(token, "Tense")


def _shared_time_span(token: Token, spans: Mapping[int, tuple[int, int]]) -> tuple[int, int] | None:
    verb = clause_verb(token)
    for _ in range(8):
        if verb.i in spans:
            return spans[verb.i]
        if verb.head == verb:
            return None
        if verb.dep_ in RELATIVE_CLAUSE and not _participle_phrase(verb):
            span = spans.get(clause_verb(verb.head).i)
            return span if span and span[0] <= verb.head.idx < span[1] else None
        shared = verb.dep_ in SHARED_TIME or _participle_phrase(verb) or _split_adverbial(verb)
        if not shared and not _subjectless_infinitive(verb):
            return None
        verb = clause_verb(verb.head)
    return None


def described_time_span(
    noun: Token, spans: Mapping[int, tuple[int, int]]
) -> tuple[int, int] | None:
    """The time of a clause that describes ``noun`` (a participle or relative clause hanging
    from it): "a lawsuit filed by the Senate on Sunday", "de aanval die maandag werd gepleegd"
    happened then, whatever the time of the clause the noun is in."""
    return next(
        (
            spans[c.i]
            for owner in (noun, *_measures(noun))
            for c in children(owner)
            if c.i in spans and _describes(c)
        ),
        None,
    )


def course_time_span(
    noun: Token, mentions: Sequence[TimeMention], tells_course: Callable[[Token], bool]
) -> tuple[int, int] | None:
    """The time in a relative clause that tells a happening's course (``tells_course``: "went
    into effect", "inging") hung on a noun of ``noun``'s own phrase: in "the suspension of
    Parliament which went into effect on Tuesday", "de schorsing van het parlement, die dinsdag
    inging" the parser hangs the clause on the nearest noun, but a parliament does not go into
    effect: Tuesday is the suspension's. The time is looked for in the clause's words, since a
    clause the parser made a noun ("inging") is no clause verb of its own."""
    for token in noun.subtree:
        if token.i <= noun.i or token.pos_ not in ("NOUN", "PROPN"):
            continue
        for clause in children(token):
            if clause.dep_ not in RELATIVE_CLAUSE or not tells_course(clause):
                continue
            if any(
                c.dep_ in SUBJECT_LABELS and c.pos_ in ("NOUN", "PROPN") for c in children(clause)
            ):
                continue  # "a town where the riot occurred on Monday": another happening's course
            start = clause.left_edge.idx
            end = clause.right_edge.idx + len(clause.right_edge)
            found = next((m for m in mentions if start <= m.start and m.end <= end), None)
            if found is not None:
                return (found.start, found.end)
    return None


def _measures(noun: Token) -> list[Token]:
    """The measures in ``noun``'s own phrase, a word with its number ("an earthquake with
    magnitude 6.3", "een aardbeving met een kracht van 6,3"): the parser hangs a clause that
    describes the noun on its measure, the nearest word ("... with magnitude 6.3 that struck
    the south on Wednesday" is the quake's). A noun with no number (the embassy of "the attack
    on the embassy that opened in 2010") is a thing of its own, whose clause is its own."""
    found = []
    for token in noun.subtree:
        if token.i <= noun.i or token.head.i < noun.i:
            continue
        if token.pos_ == "NUM" or any(c.dep_ == "nummod" for c in children(token)):
            found.append(token)
    return found


def _describes(clause: Token) -> bool:
    """Whether a child of a noun is a clause describing it: a relative or participle clause, or
    a verb the parser hung from the noun as a modifier ("de noodtoestand die Trump vrijdag
    uitriep" with "uitriep" as nmod)."""
    if "Inf" in morph_values(clause, "VerbForm"):
        return False  # what it is for ("a summit to sign a deal by 2025"), not when it was
    return clause.dep_ in RELATIVE_CLAUSE or (clause.dep_ == "nmod" and clause.pos_ == "VERB")


def _participle_phrase(verb: Token) -> bool:
    """A present participle that describes a noun of its clause acts at that clause's time: in
    "On Monday, Johnson joined officials asking the US to waive immunity" the asking is Monday's
    (a relative clause with a verb of its own, "who asked", keeps its own time)."""
    return verb.dep_ == "acl" and (
        verb.tag_ == "VBG"
        or set(morph_values(verb, "VerbForm")) == {"Part"}
        and "Pres" in morph_values(verb, "Tense")
    )


def _subjectless_infinitive(verb: Token) -> bool:
    """An infinitive without a subject of its own reports nothing, whatever its label: "reageerde
    door de Krim te annexeren" with "annexeren" parsed as ccomp shares "reageerde"'s time."""
    return "Inf" in morph_values(verb, "VerbForm") and not any(
        c.dep_ in SUBJECT_LABELS for c in children(verb)
    )


def _split_adverbial(verb: Token) -> bool:
    """A complement the parser hung from an adverbial clause, with neither a subordinator nor a
    subject of its own, is the rest of that adverbial clause, not a report: in "heeft donderdag
    het ambt aanvaard, nadat het nieuw aangetreden Congres haar had gekozen" with "gekozen" as
    ccomp of "aangetreden" (and "het" as its subject) the election is Thursday's. A reported
    clause has its own subject ("after the council said he had lied") and often its "dat"/"that".
    """
    return (
        verb.dep_ == "ccomp"
        and verb.head.dep_ == "advcl"
        and not any(c.dep_ == "mark" or c.dep_ in SUBJECT_LABELS for c in children(verb))
    )


def told_time_span(
    token: Token,
    mentions: Sequence[tuple[int, int]],
    breaks: Sequence[int],
    shares_actor: Callable[[Span], bool] = lambda sentence: True,
    untold: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """The time the nearest sentence before ``token``'s that tells one told (its last time
    expression; up to ``TOLD_REACH`` sentences back, over sentences that tell none), if that
    sentence is in the same paragraph and ``token``'s sentence goes on with what it told: a
    relation's actor named there or in a sentence between (``shares_actor(sentence)``: "On
    Monday, the judge ruled against Trump. ... Trump's lawyers appealed" is Monday's) or its act
    told again ("Yesterday,
    parliament voted ... Following the vote, the US said ..." is yesterday's; "On Monday, Kenya
    closed its border. Uganda accused Ethiopia ..." is not Monday's). ``mentions`` are the
    document's time expressions in text order, ``breaks`` its line breaks. Over the paragraph
    break after a news lead (:func:`_in_lead`) an actor named again ties as well ("<headline>
    \n\nNATO said on Friday ...\n\nNATO praised the Red Cross" is Friday's). None for a first
    sentence, a new paragraph that neither goes on with the lead's actors, nor tells the act
    again, nor opens with a pronoun (:func:`_same_story`) or a clause in the
    pluperfect ("Kenya had accused Somalia" tells what came before that time), and when the
    nearest sentence that tells a time tells only ``untold`` ones (deadlines,
    :func:`deadline_times`: "to build it by 2025. Turkey said ...")."""
    # the sentences from one list per document: ``token.sent`` walks the sentence and makes a
    # Token at every step, and every dated relation asks this
    doc = token.doc
    tokens = doc_tokens(doc)
    sent = doc[slice(*sentence_bounds(token))]
    if pluperfect(clause_verb(token)):
        return None
    if sent.start == 0:
        return headline_time(doc, mentions, breaks)
    walked: list[Span] = []
    before: list[tuple[int, int]] = []
    start = sent.start
    sent_start_char = tokens[start].idx
    ended = False
    while not before and not ended and start > 0 and len(walked) < TOLD_REACH:
        previous = doc[slice(*sentence_bounds(tokens[start - 1]))]
        walked.append(previous)
        previous_start_char = tokens[previous.start].idx
        before = [m for m in mentions if previous_start_char <= m[0] and m[1] <= sent_start_char]
        ended = any(previous_start_char <= m[0] and m[1] <= sent_start_char for m in untold)
        start = previous.start
    if not before:
        return None
    crossed = [b for b in breaks if before[-1][1] <= b < token.idx]
    shared = any(shares_actor(s) for s in walked)
    retold = None
    if crossed or not shared:
        # the time of the clause whose act is told again, the latest first: in "Yesterday, X
        # announced that from June 15 masks are compulsory. <new paragraph> X announced the
        # measure ..." the announcement is yesterday's, not June 15's; over a paragraph break
        # only the same lemma: a word that only looks alike is no evidence
        retold = next(
            (t for t in reversed(before) if _act_told_again(sent, walked[-1], t, bool(crossed))),
            None,
        )
    again = retold is not None
    told = retold or before[-1]
    # over the paragraph break after a news lead, an actor of the lead named again ties the
    # sentence to the lead's day as well as the act told again does: "<headline>\n\nNATO said
    # on Friday ...\n\nNATO praised the Red Cross" is Friday's
    lead = shared and _in_lead(doc, told, breaks)
    if not (shared or again) or not _same_story(sent, crossed, again or lead):
        return None
    return told


def _in_lead(doc: Doc, told: tuple[int, int], breaks: Sequence[int]) -> bool:
    """Whether the time at ``told`` is in the lead: the first paragraph after the headline or
    date line (:func:`headline_end`), which tells the day of the story the paragraph after it
    goes on with. A text without such a first line has no lead told apart."""
    end = headline_end(doc, breaks)
    if not end:
        return False
    lead = doc[end].idx
    stop = next((b for b in breaks if b > lead), len(doc_text(doc)))
    return lead <= told[0] and told[1] <= stop


def _same_story(sent: Span, crossed: Sequence[int], told_again: bool = False) -> bool:
    """Whether ``sent`` still tells the story of a time told before it over the line breaks
    ``crossed``: none, or those of one paragraph break when ``sent`` is tied to that time
    (``told_again``: it tells the act of that time again, "On Monday, Kenya accused Somalia
    ...\n\nAt a meeting in Nairobi, Uganda accused Ethiopia ...", or names an actor of the
    lead that told it, "NATO said on Friday ...\n\nNATO praised the Red Cross") or its paragraph
    opens with a personal pronoun as the subject ("... gathered in Cairo on Wednesday.\n\nThey
    concluded that ... They called on Turkey ...", "Hij werd daar opgewacht"), which is read
    with the paragraph before."""
    if not crossed:
        return True
    doc = sent.doc
    start = sent.start  # the first word of the paragraph
    while start > 0 and doc[start - 1].idx > max(crossed):
        start -= 1
    while doc[start].is_space and start < sent.start:
        start += 1
    first = doc[start]
    if not told_again and not _opens_with_pronoun(first.sent):
        return False
    last = next((t for t in reversed(doc[: first.i]) if not t.is_space), None)
    return last is not None and all(last.idx + len(last.text) <= b for b in crossed)


def _opens_with_pronoun(sent: Span) -> bool:
    """Whether ``sent``'s first word is a personal pronoun as a subject ("they", "hij"), read
    from the morphology."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return bool(words) and _personal_subject(words[0])


def _personal_subject(token: Token) -> bool:
    """A personal pronoun as a subject ("they", "hij"), read from the morphology."""
    return (
        token.pos_ == "PRON"
        and "Prs" in morph_values(token, "PronType")
        and token.dep_.startswith("nsubj")
    )


def told_times(doc: Doc, lang: str, relative_days: Mapping[str, int]) -> list[tuple[int, int]]:
    """Character spans of the time expressions that may be told for the sentences after them
    (:func:`told_time_span`): those that may date an act (:func:`acts_times`) but for those that
    only date a noun the clause is about ("the November 27 agreement", "last year's elections",
    "de overeenkomst van 27 november"), which tell when that thing was, not when the story is.
    The deadlines of acts still to be done are none of them (:func:`deadline_times`); an act done
    by its deadline ("had delivered the doses by 22 November") was done then, and is told on for
    the sentences after it as its event's time is (extract/components/events.py).

    Read once per document (``last_document_memo``): the relation tagger reads it for the times
    told on, and dating for the story's day."""
    memo = last_document_memo(_LAST_TOLD, doc)
    key = (lang, frozenset(relative_days.items()))
    found = memo.get(key)
    if found is None:
        spans = []
        for mention in acts_times(doc, lang, relative_days):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not _dates_a_noun(span.root):
                spans.append((mention.start, mention.end))
        found = memo[key] = tuple(spans)
    return list(found)


#: The memo of :func:`told_times`: {(language, relative days): the spans}.
_LAST_TOLD: list = [None]


#: Labels of a word that modifies a noun, in UD and ClearNLP labels.
_NOUN_MODIFIERS = frozenset({"nmod", "nmod:poss", "poss", "compound", "amod", "nummod"})


#: Labels of a clause's subject and objects, in UD and ClearNLP labels (prefixes).
_CORE_ARGUMENTS = ("nsubj", "obj", "dobj", "iobj")


def _dates_a_noun(root: Token) -> bool:
    """Whether a time expression's root modifies a noun that is a subject or object of its
    clause ("the November 27 agreement is void"), not one that sets the clause's time itself
    ("Na een hoorzitting op 24 februari vond de Senaat ...", "after the hearing on 24
    February")."""
    noun = root.head
    return (
        root.dep_ in _NOUN_MODIFIERS
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_.startswith(_CORE_ARGUMENTS)
    )


#: How many sentences back a time told before is looked for, over sentences that tell none: a
#: relation's (:func:`told_time_span`) and an event noun's (extract/components/events.py).
TOLD_REACH = 4


#: What ends a sentence that is no headline.
_FINAL_PUNCTUATION = frozenset({".", "!", "?", "…", ":"})


def headline_end(doc: Doc, breaks: Sequence[int]) -> int:
    """The index of the first token after the headline: a first sentence that is a line of its
    own (``breaks`` the line breaks) and ends in no full stop ("VS kondigen beperkingen aan voor
    vluchten naar Cuba"); 0 for a text that opens without one."""
    if not len(doc):
        return 0
    end = sentence_bounds(doc[0])[1]
    words = [t for t in doc[:end] if not t.is_space]
    if end >= len(doc) or not words or words[-1].text in _FINAL_PUNCTUATION:
        return 0
    last = words[-1].idx + len(words[-1].text)
    return end if any(last <= b < doc[end].idx for b in breaks) else 0


def headline_time(
    doc: Doc, mentions: Sequence[tuple[int, int]], breaks: Sequence[int]
) -> tuple[int, int] | None:
    """The time of the lead, for a headline (:func:`headline_end`): the headline tells the news
    of the paragraph after it, on its day ("WASHINGTON - Op vrijdag kondigde het ministerie ...
    aan"): that paragraph's first time expression (``mentions`` in text order, ``breaks`` the
    line breaks); None for a first sentence that is no headline or a lead without a time."""
    return lead_time(doc, mentions, breaks) if headline_end(doc, breaks) else None


def lead_time(
    doc: Doc, mentions: Sequence[tuple[int, int]], breaks: Sequence[int]
) -> tuple[int, int] | None:
    """The first time expression of the lead (``mentions`` in text order, ``breaks`` the line
    breaks): the first paragraph after the headline (:func:`headline_end`), or the text's first
    paragraph when it opens without one. It tells the story's day: a time in a relative clause
    tells another's ("Tomas Brandt, who was arrested on 3 January, went on trial"), and one of a
    plan none (:func:`_tells_the_story`: "Kenya is expected to meet Somalia on Monday")."""
    if not len(doc):
        return None
    lead = doc[headline_end(doc, breaks)].idx
    stop = next((b for b in breaks if b > lead), len(doc_text(doc)))
    return next(
        (m for m in mentions if lead <= m[0] and m[1] <= stop and _tells_the_story(doc, m[0])),
        None,
    )


def _tells_the_story(doc: Doc, start: int) -> bool:
    """Whether the time expression at character ``start`` may tell the story's day: its clause
    (:func:`_time_clause`) is no relative clause on a noun (:func:`describes_another_noun`) that
    the parser labels one (not a bare ``acl``, which it also gives the main verb of a lead,
    "Olie-installaties ... zijn zaterdag getroffen"), and tells no plan (:func:`_tells_a_plan`)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    verb = _time_clause(span.root)
    relative = verb.dep_ in _RELATIVE_ONLY and describes_another_noun(doc, start, ())
    return not relative and not _tells_a_plan(verb)


def _tells_a_plan(verb: Token) -> bool:
    """Whether the clause of ``verb`` tells a plan: an infinitive ("Kenya is expected to meet
    Somalia on Monday", "will meet"), or a verb under an auxiliary of the present that is not a
    participle ("Kenia zal Somalië maandag ontmoeten"); a past, a perfect or passive ("zijn
    zaterdag getroffen") or a clause the parser made of a noun tells what was done."""
    forms = morph_values(verb, "VerbForm")
    if "Inf" in forms:
        return True
    return (
        verb.pos_ == "VERB"
        and "Part" not in forms
        and any(
            c.dep_.startswith("aux") and "Pres" in morph_values(c, "Tense") for c in children(verb)
        )
    )


#: The labels of a relative clause proper, in UD and ClearNLP labels.
_RELATIVE_ONLY = frozenset({"relcl", "acl:relcl"})


def _act_told_again(sent: Span, previous: Span, told: tuple[int, int], exact: bool = False) -> bool:
    """Whether ``sent`` names again the act that the clause of time ``told`` in ``previous``
    tells, by that clause's verb: "voted ... the vote", "werd veroordeeld ... veroordeelde"
    (with ``exact``, by the same lemma only: "provides" is not told again by "provider")."""
    span = previous.doc.char_span(told[0], told[1], alignment_mode="expand")
    if span is None:
        return False
    verb = clause_verb(span.root)
    if verb.pos_ != "VERB":
        return False
    # the sentence's words from the document's Token list: a Span makes a new Token per word
    words = doc_tokens(sent.doc)[sent.start : sent.end]
    if exact:
        lemma = verb.lemma_.lower()
        return any(t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() == lemma for t in words)
    return any(t.pos_ in ("VERB", "NOUN") and _same_word(t, verb) for t in words)


def _same_word(a: Token, b: Token) -> bool:
    """The same word by lemma, or by form but for an ending of a letter, should the lemmatiser
    miss one ("veroordeeld", "veroordeelde")."""
    if a.lemma_.lower() == b.lemma_.lower():
        return True
    x, y = a.lower_, b.lower_
    shorter = min(len(x), len(y))
    return shorter >= 5 and x[: shorter - 1] == y[: shorter - 1]


def pluperfect(verb: Token) -> bool:
    """A participle with a finite past auxiliary that is no passive one: "had accused", "had
    beschuldigd", "was vertrokken" (read from the morphology, so in any language); not the
    progressive passive of the past, whose finite "was" is no perfect auxiliary: "He was being
    met by X" tells what went on then, not what came before it (its passive auxiliary a gerund
    or present participle)."""
    kids = children(verb)
    return (
        "Part" in morph_values(verb, "VerbForm")
        and any(
            c.dep_ == "aux"
            and "Past" in morph_values(c, "Tense")
            and "Fin" in morph_values(c, "VerbForm")
            for c in kids
        )
        and not any(
            c.dep_ in ("auxpass", "aux:pass")
            and ("Ger" in morph_values(c, "VerbForm") or "Pres" in morph_values(c, "Tense"))
            for c in kids
        )
    )


#: A verb's subjects and objects in both label schemes: an event word in one of them is told by
#: the verb ("The meeting had taken place", "had launched an attack"; review).
_TOLD_BY_THE_VERB = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass"})


def told_in_pluperfect(word: Token) -> bool:
    """Whether an event word is told by a clause in the pluperfect (:func:`pluperfect`): the verb
    itself ("Abiy Ahmed had met Ruto"), its object ("had held talks", "had launched an attack")
    or its subject ("The meeting had taken place"); not a noun further down that clause ("the
    court had been petitioned for a ruling": the ruling came after)."""
    verb = clause_verb(word)
    told = word.i == verb.i or (word.head.i == verb.i and word.dep_ in _TOLD_BY_THE_VERB)
    return told and pluperfect(verb)


def present_tense(verb: Token) -> bool:
    """Whether ``verb``'s clause is in the present, not the perfect: "meets", "is meeting",
    "wordt aangeklaagd", but not "has met" or "heeft ontmoet" (read from the morphology)."""
    auxiliaries = [c for c in children(verb) if c.dep_ in _AUXILIARIES]
    finite = [t for t in (verb, *auxiliaries) if "Fin" in morph_values(t, "VerbForm")]
    if not finite or any("Past" in morph_values(t, "Tense") for t in finite):
        return False
    # a passive auxiliary of the perfect ("is uitgeleverd": has been extradited; the time
    # lexicon's ``perfect`` kind) tells what is done, unlike "wordt uitgeleverd"
    perfect = time_words(doc_lang(verb.doc), "perfect")
    if perfect and any(
        c.dep_ in ("aux:pass", "auxpass") and c.lemma_.lower() in perfect for c in auxiliaries
    ):
        return False
    form, tense = morph_values(verb, "VerbForm"), morph_values(verb, "Tense")
    # with an auxiliary of tense ("has", "heeft"), only a present participle is the present: "is
    # meeting"; "has met", and "heeft ontmoet" with "ontmoet" read as a finite verb, are perfect
    if any(c.dep_ == "aux" for c in auxiliaries) and ("Fin" in form or "Pres" not in tense):
        return False
    return any("Pres" in morph_values(t, "Tense") for t in finite)


def perfect_aspect(verb: Token) -> bool:
    """Whether ``verb``'s clause is in the perfect or pluperfect: "has struck", "had met",
    "heeft aangevallen" (a participle with a finite auxiliary of tense, not of the passive; read
    from the morphology, so in any language)."""
    if "Part" not in morph_values(verb, "VerbForm") and "Perf" not in morph_values(verb, "Aspect"):
        return False
    return any(c.dep_ == "aux" and "Fin" in morph_values(c, "VerbForm") for c in children(verb))


def past_tense(verb: Token) -> bool:
    """Whether ``verb``'s clause tells what was done: a finite verb or auxiliary in the past
    ("nominated", "vond plaats", "was held") or the perfect ("has met", "heeft ontmoet"); read
    from the morphology. A modal of the past ("would meet", "zou ontmoeten") is for the mode
    reading to judge, not this."""
    auxiliaries = [c for c in children(verb) if c.dep_ in _AUXILIARIES]
    finite = [t for t in (verb, *auxiliaries) if "Fin" in morph_values(t, "VerbForm")]
    return perfect_aspect(verb) or any("Past" in morph_values(t, "Tense") for t in finite)
