"""Event mentions: talks, invasions, annexations, attacks, claims, visits (``newsgraph_events``).

An event noun from the language's noun lexicon ("gesprekken", "invasie",
"talks", "press conference") becomes an :class:`EventMention` with its PLOVER
type, its participants and place. Participants come from the parse:

- "gesprekken tussen X en Y", "talks between X and Y": both take part;
- "ontmoeting met Y", "talks with Y": Y is the target;
- "invasie van X", "invasion by X", "de Russische claim": X is the source;
- "X lanceerde een invasie", "X woonde de gesprekken bij": the subject of the
  verb governing the noun is a source, its "met"/"with" objects are targets; not of a noun
  the verb reaches only through another event noun ("meedeed aan de voorverkiezing voor de
  presidentsverkiezingen": the primary only);
- "bijeenkomst in Moskou", "bezoek aan Ierland": the place;
- "a collision which killed Harry Dunn": the objects of a relative clause on the noun;
- "een top, waar X en Y het verdrag tekenden": the subjects of a relative clause a scene word
  of ``eventroles.<lang>.tsv`` opens (unpaired, see :meth:`EventFinder._scene_participants`).

Words of ``events.<lang>.tsv`` make events too: nouns that name no PLOVER act
(elections, crashes, fires, trials) and verbs whose clause is an event ("met
Putin in Moscow", "werd veroordeeld door rechter Jackson", "collided"). A verb
event's participants are its subjects and passive agents (sources), its objects,
passive subjects and "with"/"met" phrases (targets) and both sides of
"between"/"tussen"; its place is the clause's "in" phrase.

An event nobody is named taking part in, that happens nowhere, is a passing word unless the story
returns to it ("the election ... the election"); that is counted over the whole text, after the
pieces of a long one are joined (:mod:`extract.retold`).

Definite mentions ("de gesprekken", "de bijeenkomst", "the talks") of the same
kind of event refer back to the most mentioned earlier event of that kind unless
their place differs, so the Moscow talks are one EVENT node however often the
article returns to them. A general noun of a class (``eventclasses.<lang>.tsv``: "the suit",
"this legal action", "the incident") names the event told by any word of its class again
("a lawsuit", "stabbed"), and takes its date, rather than starting one of its own.

Words of ``eventroles.<lang>.tsv`` name participants of an event told before them
without naming it: "other victims included X", "the final victim, X", "onder de
slachtoffers waren X", "X claimed responsibility", "X heeft de verantwoordelijkheid
opgeëist", "the SNP gained 13 seats and Labour lost 10", "student protester X", "de eiseres,
X". Their names join that event (see ``EventFinder._told_event``), so the
attacker told in the first sentence gets an ASSAULT edge to each victim named later.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.components.paragraphs import LINE_BREAKS
from extract.components.story import main_event
from extract.dates import TimeMention, find_time_mentions, relative_days
from extract.documents import document_date
from extract.grammar.argument_words import Grammar, victim_noun
from extract.grammar.arguments import ArgumentResolver
from extract.grammar.earlier_acts import earlier_act, nominal_endings, same_stem
from extract.grammar.event_classes import EventClass, load_event_classes
from extract.grammar.event_nouns import (
    complement_words,
    modified_forms,
    noun_event_of,
    particle_word,
    sense_reading,
)
from extract.grammar.event_roles import EventRole, load_event_roles
from extract.grammar.event_senses import ANY, load_event_senses, load_habitual_words
from extract.grammar.happenings import changed_subject, tells_course
from extract.grammar.lemmas import lookup_lemma, verb_lemmas_of
from extract.grammar.named_events import EVENT_FIRSTS, name_word, opened_name
from extract.grammar.ongoing import (
    OngoingWords,
    load_ongoing_words,
    told_another,
    told_in_sequence,
    told_once,
    told_ongoing,
)
from extract.grammar.patterns import copula_clause, holders_of_office
from extract.grammar.phrases import TOLD_MODES, mode_of, phrase_type
from extract.grammar.sides import PEOPLE_AND_BODIES, is_side
from extract.grammar.syntax import (
    DEFINITE_DETERMINERS,
    DETERMINER_LABELS,
    POSSESSIVE_LABELS,
    LabelScheme,
    agents,
    between_sides,
    children,
    clause_verb,
    doc_text,
    doc_tokens,
    indirect_recipients,
    is_definite,
    is_passive,
    is_subject,
    labelled_arcs,
    last_document_memo,
    morph_values,
    objects,
    passive_subjects,
    possessive_pronoun,
    preposition_of,
    prepositional_args,
    sentence_bounds,
    subjects,
    tagged_tokens,
    with_conjuncts,
)
from extract.grammar.timing import (
    TOLD_REACH,
    acts_times,
    clause_time_spans,
    course_time_span,
    deadline_noun_times,
    deadline_times,
    described_time_span,
    document_times,
    headline_end,
    headline_time,
    limited_noun_times,
    phrase_noun_times,
    time_span_of,
    told_in_pluperfect,
    told_time_span,
)
from extract.kb import KnowledgeBase
from extract.lexicon import MIN_COMPOUND_HEAD, MIN_COMPOUND_MODIFIER, NO_EVENT, Lexicon, NounEvent
from extract.name_words import name_words
from records import EVENT_KINDS
from records.ids import kb_key

PLACE_TYPES = ("LOCATION", "COUNTRY")

#: Kinds of event word (``records.EVENT_KINDS``) that become EVENT nodes: things that happen at a
#: time and place with participants. Deals and wars are nodes too (the yardstick annotates them as
#: events: on the English dev split +20 right and +4 wrong edges); demands, threats, claims of aid
#: and rejections stay words, their verbs still type relations. So do plans, proposals, promises,
#: offers and invitations (kind demand in nouns.<lang>.tsv): said acts, none an event the dev
#: split's gold annotates, they were 13 EVENT nodes that matched nothing (en 11, nl 2).
NODE_KINDS = frozenset(EVENT_KINDS) - {"demand", "threat", "aid", "rejection"}
#: Kinds of act whose origin phrase ("allegations from Tara Reade", "a plan from the Morrison
#: government") names who made it, where another event's names what it comes out of ("the
#: withdrawal of the UK from the EU"): said or offered acts only. An attack's is not (on the Dutch
#: dev split "geen bewijs dat de aanvallen uit Jemen kwamen" made Yemen the attacker, wrongly).
SAID_KINDS = frozenset({"accusation", "claim", "demand", "threat", "agreement"})
#: Kinds of event and the acts done to their people from outside them: whoever arrests or
#: attacks someone at a protest ("Uganda arrested Bobi Wine at the rally", "de politie hield X
#: aan bij de betoging") is no protester; the one acted on still is.
OUTSIDE_ACTS = {"protest": frozenset({"COERCE", "ASSAULT"})}
#: Kinds of event whose verb takes something from someone ("recaptured the town from the
#: Houthis"): the one it is taken from is a participant (``Prepositions.dispossessed``).
TAKING_KINDS = frozenset({"capture"})
#: Kinds of a happening told by a vehicle's verb ("a bus crashed", "two trains collided"), whose
#: subject's owner takes part: "a Stagecoach South bus crashed", "a bus owned by Acme crashed".
VEHICLE_KINDS = frozenset({"crash"})
#: Kinds of the story's happening whose counts place its participants ("1,035 casualties in
#: Turkey", "142 cases in India": :meth:`EventFinder._counted_countries`).
COUNTED_KINDS = frozenset({"disaster", "fire", "crash"})
#: Entity types a vehicle's owner may be: a company or a person, not a country its adjective
#: names ("a Russian plane": made or flagged there, not owned by the state).
OWNER_TYPES = frozenset({"ORG", "PERSON"})
#: Kinds of the story's happening whose vehicle's owner, told in another clause, takes part
#: ("The boat was owned by X", "X operated the plane": :meth:`EventFinder._owners_told_apart`).
OWNED_KINDS = frozenset({"crash", "fire"})
#: Kinds of event an organisation holds when its place phrase names it ("a trial in the Senate",
#: "een debat in het parlement"), beside the happenings and the talks: it takes part.
HELD_KINDS = frozenset({"trial", "other"})
#: Kinds of event whose own verb a country or place is the subject of without standing in it
#: ("Hongkong kiest zondag", "Canada voted"): the annotation guide makes the country that holds an
#: election its location, not a participant (parties and candidates stand in it). Holding verbs
#: ("Canada held a general election") are the ``host`` rows of ``eventroles.<lang>.tsv``.
HOSTED_KINDS = frozenset({"election"})
#: Event types in which every participant acts with every other (as the relation component reads
#: them).
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})
#: The type of an event that is no act of one actor upon another (an election, a crash, a fire):
#: its participants share it, like names that share a sentence, so the actor view and the
#: relation component draw no typed edge between them.
NO_ACT = "CO_OCCURS"
#: Dependency labels of a verb used as an adjective or noun modifier ("the attacked city"): no
#: event.
ATTRIBUTIVE = frozenset({"amod", "compound"})
#: Dependency labels of an adjective on a noun (ClearNLP and UD).
ATTRIBUTE_LABELS = frozenset({"amod"})
#: Mentions that keep an event nobody is named taking part in: the story returns to it ("the
#: election" twice, "de uitbraak" twice), and a reader counts it. Counted over the whole document
#: (:mod:`extract.retold`), so a text extracted in pieces keeps the same events.
RETOLD = 2
#: Relative pronouns (also read from morphology: PronType=Rel).
RELATIVE = frozenset({"which", "that", "who", "die", "dat", "welke", "wat"})
#: the prepositions of an owner: "the death of Tom Rivers", "de dood van Jan"
OF_PREPOSITIONS = name_words()["of_preposition"]
#: Words after an airline's name that start a flight number ("Flight 302", "vlucht 1344").
FLIGHT_WORDS = name_words()["flight"]
#: Words inside a name that go on with another capitalised word ("Emergency of International
#: Concern", "Ministerie van Defensie"): the name finder's connectors (``namewords.<lang>.tsv``)
#: but "and" and "the", after which another name may follow ("the Gulf War and Iraq").
NAME_LINKS = (
    name_words()["connector"] - name_words()["coordinator"] - name_words()["definite_article"]
)


@dataclass
class Participant:
    entity: str
    role: str  # "source" | "target" | "location"
    token: int
    sentence: int
    #: False for one who only attends ("the meeting was attended by" six ministers): a participant
    #: of the event, but not a side that acts towards every other participant.
    paired: bool = True
    #: True for one who only comments on the event ("he described the attacks as", see
    #: EventFinder._comments): named with it, so the event is told, but no participant (no
    #: PARTICIPANT relation) and no side.
    commenting: bool = False
    #: True for one a result phrase tells ("failed to win any seats"): the negation is of the
    #: result, not of taking part, so its PARTICIPANT relation is asserted.
    stood: bool = False


@dataclass
class EventMention:
    """One real-world event in a document, with every mention that refers to it."""

    id: str
    kind: str
    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: int
    mentions: list[int] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    location: str | None = None
    time_span: tuple[int, int] | None = None
    #: Without a time of its own clause, whether the event takes the first time of its sentence
    #: (a noun: "talks in Moscow, on Tuesday") or none (a verb: in "On Tuesday he said that Russia
    #: attacked", the attack is not Tuesday's).
    sentence_time: bool = True
    #: Whether ``time_span`` was told of the event itself (its own phrase or a clause on it: "the
    #: suspension, which went into effect on Tuesday"; the act an announced noun refers back to:
    #: "died on Monday ... announced his death on Tuesday"), not of the clause its noun stands
    #: in: a participant its noun names took part at that time (extract/components/dating.py).
    own_time: bool = False
    #: What a definite mention must share with the event to refer back to it (:func:`_family`).
    family: str = ""
    #: The proper name the event goes by ("Syrian Civil War", "Vande Bharat-missie"), or "": a
    #: named event is no passing word, even named once (see :func:`event_name`).
    name: str = ""
    #: The act's type when a state makes it, where it differs (:attr:`NounEvent.by_state`).
    by_state: str = ""
    #: First named by a definite noun that words of its own told apart from the earlier event of
    #: its kind ("the Brexit referendum" after "an election"): an event of its own, no passing word.
    distinct: bool = False
    #: Told as ongoing by one of its nouns ("weeks of protests", "the months-long protests",
    #: :func:`told_ongoing`): a single occasion of its kind told after it is another event.
    ongoing: bool = False
    #: The words of result phrases told of the event ("netted 66 seats", "won geen enkele zetel",
    #: :meth:`EventFinder._join_told`): a time of their own clause is the event's (see
    #: :meth:`EventFinder._result_time`).
    results: list[int] = field(default_factory=list)
    #: The own time of a later telling joined to it (:func:`_restated`: "Reyes issued pardons
    #: ... granted X a pardon on Monday"): its time when nothing nearer its first mention, its
    #: sentence included, dates it (:meth:`EventFinder.find`'s dating, before
    #: :meth:`EventFinder._retold_time`).
    joined_time: tuple[int, int] | None = None
    #: Whom its nouns' owners name (their possessors or "of" phrases, "Floyd's death":
    #: :meth:`EventFinder._owners`): a noun owned by someone else is another event
    #: (:func:`_owned_by_another`), as is an indefinite one owned by someone the event it would
    #: retell does not have (:func:`_one_open`).
    owners: frozenset[str] = frozenset()
    #: The mentions joined as the bare modifier of another noun ("three murders ... an alleged
    #: murder weapon", :meth:`EventFinder._named_by_modifier`): they name the event, but their
    #: clause tells of the thing they modify, not the event's time or who takes part in it.
    modifiers: set[int] = field(default_factory=set)

    @property
    def passing(self) -> bool:
        """Named fewer than :data:`RETOLD` times here, and nobody is named taking part: a passing
        word, unless another piece of the same text names it again (see :data:`RETOLD`)."""
        return (
            not self.name
            and not self.distinct
            and not self.participants
            and len(self.mentions) < RETOLD
        )

    def add(self, participant: Participant) -> None:
        for p in self.participants:
            if (p.entity, p.role) == (participant.entity, participant.role):
                p.paired = p.paired or participant.paired
                p.commenting = p.commenting and participant.commenting
                return
        self.participants.append(participant)


class _EarlierEvents:
    """The most-mentioned earlier event (the latest on a tie) per kind family and place, kept up to
    date; with a word, the most-mentioned of those already named by that word first, then of those
    named by a compound of it ("airstrike" for "strike", "luchtaanval" for "aanval").

    Asking every earlier event at each definite mention made a long article's
    events cost the square of their number. Here each event is ranked when it
    changes; a rank (mentions, order) only grows, so one comparison keeps the
    best of its (family, place) group. The events named by a word are listed
    per family and word: few, as a word names one event unless a time or place
    tells two apart.
    """

    def __init__(self) -> None:
        self._order: dict[int, int] = {}  # id(event) -> creation order
        self._group_of: dict[int, tuple[str, str | None]] = {}
        self._best: dict[tuple[str, str | None], EventMention] = {}
        self._members: dict[tuple[str, str | None], list[EventMention]] = {}
        self._places: dict[str, set[str | None]] = {}
        self._named: dict[str, dict[str, dict[int, EventMention]]] = {}
        # class -> word -> events told by that word of the class
        self._classed: dict[str, dict[str, dict[int, EventMention]]] = {}
        self._nouned: set[int] = set()  # events some noun has named

    def _rank(self, event: EventMention) -> tuple[int, int]:
        return len(event.mentions), self._order[id(event)]

    def update(
        self,
        event: EventMention,
        word: str | None = None,
        cls: EventClass | None = None,
        noun: bool = False,
    ) -> None:
        """Record that ``event`` is new or has a new mention (by ``word``, a lemma, of class
        ``cls``) or place."""
        key = id(event)
        self._order.setdefault(key, len(self._order))
        if noun:
            self._nouned.add(key)
        family = event.family or _family(event.kind)
        if word is not None:
            self._named.setdefault(family, {}).setdefault(word, {})[key] = event
        if cls is not None:
            self._classed.setdefault(cls.name, {}).setdefault(word or "", {})[key] = event
        group = (family, event.location)
        if self._group_of.get(key) != group:
            self._group_of[key] = group
            self._members.setdefault(group, []).append(event)
            self._places.setdefault(group[0], set()).add(group[1])
        best = self._best.get(group)
        if best is None or best.location != group[1]:
            self._recount(group)
        elif self._rank(event) > self._rank(best):
            self._best[group] = event

    def _recount(self, group: tuple[str, str | None]) -> EventMention | None:
        """The best of a group after one of its events moved to a place: ask its members again."""
        members = self._members[group] = [
            e for e in self._members.get(group, []) if e.location == group[1]
        ]
        if not members:
            self._best.pop(group, None)
            return None
        self._best[group] = max(members, key=self._rank)
        return self._best[group]

    def best(
        self, family: str, place: str | None, word: str | None = None, only_word: bool = False
    ) -> EventMention | None:
        """The most-mentioned event of ``family`` at ``place`` or at no place (any place when
        ``place`` is None); of those, one already named by ``word`` (a lemma) first: in "an
        airstrike ... the December 31 attack ... the attacks on U.S. citizens ... the airstrike",
        the last is the first airstrike, though the other attack is named more; "the strike"
        after them, named by no event yet, is the airstrike too (a compound's last word is its
        head)."""
        words = self._named.get(family, {})
        if word is not None:
            compounds = [w for w in words if w != word and w.endswith(word)]
            for named_by in ([word], compounds):
                named = [
                    e
                    for w in named_by
                    for e in words.get(w, {}).values()
                    if place is None or e.location in (None, place)
                ]
                if named:
                    return max(named, key=self._rank)
        if only_word:
            # "Leaders met ... the G7 summit": the first noun to name the verb's event
            main = self.best(family, place)
            return main if main is not None and id(main) not in self._nouned else None
        places = self._places.get(family, set()) if place is None else {None, place}
        found = []
        for where in places:
            event = self._best.get((family, where))
            if event is not None and event.location != where:
                event = self._recount((family, where))
            if event is not None:
                found.append(event)
        return max(found, key=self._rank) if found else None

    def of_class(
        self, cls: EventClass, place: str | None, word: str | None = None
    ) -> EventMention | None:
        """The most-mentioned event (the latest on a tie) told by a word of ``cls`` at ``place``
        or at no place (any place when ``place`` is None), one told by ``word`` first: "the
        suit" is the lawsuit filed before, "the incident" the stabbing, "the lawsuit" a lawsuit
        rather than the ruling told more often."""
        words = self._classed.get(cls.name, {})
        for told_by in ([word] if word in words else [], list(words)):
            found = [
                e
                for w in told_by
                for e in words[w].values()
                if place is None or e.location in (None, place)
            ]
            if found:
                return max(found, key=self._rank)
        return None


class EventFinder:
    """Writes ``doc._.events`` (see module docstring)."""

    def __init__(
        self, name: str, lexicon: Lexicon, kb: KnowledgeBase, scheme: LabelScheme, grammar: Grammar
    ) -> None:
        self.name = name
        self.kb = kb
        self.lexicon = lexicon
        self.scheme = scheme
        self.grammar = grammar
        self.preps = grammar.prepositions
        self.roles = load_event_roles(lexicon.lang)
        self.senses = load_event_senses(lexicon.lang)
        #: The words of those phrases: a noun whose lemma is none of them has no other sense, and
        #: most nouns are asked nothing more (see :meth:`_other_sense`).
        self.sense_words = frozenset(word for phrase in self.senses for word in phrase)
        #: The words beside which any event noun names no event ("* law": "the extradition law").
        self.any_sense_words = frozenset(
            word for phrase in self.senses if ANY in phrase for word in phrase if word != ANY
        )
        self.habitual = load_habitual_words(lexicon.lang)
        self.ongoing = load_ongoing_words(lexicon.lang)
        self.classes = load_event_classes(lexicon.lang, lexicon.closed_compounds)

    def __call__(self, doc: Doc) -> Doc:
        # one resolver for the finding and the lead's place: its entities and types are read off
        # the document once (building it walks every name, inner mention and description)
        resolver = ArgumentResolver(doc, self.scheme, self.lexicon, self.grammar, self.kb)
        doc._.events = self.find(doc, passing=True, resolver=resolver)
        doc._.main_event = main_event(doc, doc._.events)
        self._placed_by_lead(doc, doc._.events, doc._.main_event, resolver)
        return doc

    def _lead_place(self, verb: Token, resolver: ArgumentResolver) -> str | None:
        """The first place the lead's ``verb`` names by a place preposition ("exploded in
        Kandor", "bij Kandor"), on itself or on a noun of its phrases or objects ("was rammed
        into a base in Maidan Shahr", "stormed a police station in Kandor")."""
        phrases: list[tuple[str | None, Token]] = [
            *prepositional_args(verb, self.scheme),
            *((None, o) for o in objects(verb, self.scheme)),
        ]
        for prep, arg in phrases:
            inner = [arg] if prep in self.preps.place else []
            if arg.pos_ == "NOUN":
                inner += [
                    a for p, a in prepositional_args(arg, self.scheme) if p in self.preps.place
                ]
            if (place := _first_place(inner, resolver)) is not None:
                return place
        return None

    def _placed_by_lead(
        self,
        doc: Doc,
        events: list[EventMention],
        main: str | None,
        resolver: ArgumentResolver,
    ) -> None:
        """The story's main event (:func:`main_event`) that no telling of it places takes the
        place the lead's first sentence gives its verb ("A car bomb was rammed into a base in
        Maidan Shahr. Dozens died in the attack": the attack was in Maidan Shahr): the lead
        tells where the story happened, which later tellings leave out. ``resolver`` is the one
        :meth:`find` read the document with (only its names and their types are asked here)."""
        event = next((e for e in events if e.id == main), None)
        end = headline_end(doc, doc.user_data.get(LINE_BREAKS) or [])
        if event is None or event.location is not None or event.passing or end >= len(doc):
            # a passing word (told once, nobody named taking part) is no node, and a place
            # would make it one beside the event the story tells ("stak een man in Leeds twee
            # mensen neer bij een steekpartij ... het incident": the stabbing is one event)
            return
        start, stop = sentence_bounds(doc[end])
        if event.name and not any(start <= i < stop for i in event.mentions):
            # a named event the lead's first sentence does not tell is another happening than
            # its own ("died at her home in Carmel Valley. She rescued animals from Hurricane
            # Katrina"); a word for one names what the first sentence told ("Dozens died in the
            # attack", "A gas leak led to an explosion")
            return
        root = next((t for t in doc[start:stop] if t.head.i == t.i), None)
        if root is None or root.pos_ not in ("VERB", "AUX"):
            return
        if any(
            self.lexicon.is_speech_verb(lemma)
            for lemma in verb_lemmas_of(root, self.scheme, self.lexicon.lang)
        ):
            return  # "The minister said in Berlin that the attack ...": where it was said
        # "struck power lines and crashed near Fairfield": the verbs coordinated with the root
        verbs = [root] + [v for v in children(root) if v.dep_ in self.scheme.conj]
        place = next(
            (p for p in (self._lead_place(v, resolver) for v in verbs) if p is not None), None
        )
        if place is None:
            return
        sentence = next(k for k, sent in enumerate(doc.sents) if sent.start == start)
        event.location = place
        event.add(Participant(place, "location", root.i, sentence))

    def find(
        self, doc: Doc, passing: bool = False, resolver: ArgumentResolver | None = None
    ) -> list[EventMention]:
        """The document's events in text order, numbered without gaps; with ``passing`` also those
        that are only passing words here (:attr:`EventMention.passing`): the records writer
        keeps them for the count over the whole text, the relation component skips them.
        ``resolver``: one already built for ``doc`` (else one is made)."""
        if resolver is None:
            resolver = ArgumentResolver(doc, self.scheme, self.lexicon, self.grammar, self.kb)
        days = relative_days(self.lexicon.times)
        times = clause_time_spans(doc, self.lexicon.lang, days)
        text = doc_text(doc)
        # "in March" is no protest march: a capitalised event word that is a time expression is none
        in_time = {m.start for m in document_times(doc, self.lexicon.lang, days)}
        # "since July 2011", "tot maart": a limit dates no event
        time_mentions = acts_times(doc, self.lexicon.lang, days)
        limited = limited_noun_times(doc, self.lexicon.lang, days)  # but the mission is July's
        phrased = phrase_noun_times(doc, self.lexicon.lang, days)  # "a rally on Friday"
        deadlines = deadline_times(doc, self.lexicon.lang, days)  # "by 2025": told to none after
        # "a vote by October 31": the day the vote is planned for
        deadlined = deadline_noun_times(doc, self.lexicon.lang, days)
        # "this week" holds the day the earlier event happened: it tells no other event apart
        own_times = [m for m in time_mentions if not self._current_period(m.text)]
        # token index -> sentence number (a list: walking the sentences' tokens builds each Token)
        sentence_of = [k for k, sent in enumerate(doc.sents) for _ in range(len(sent))]
        same_date = _date_agreement(doc, text, self.lexicon.lang, days)
        events: list[EventMention] = []
        earlier = _EarlierEvents()
        role_words: list[tuple[Token, EventRole]] = []  # "other victims included X": _join_told
        retelling: list[Token] = []  # verbs that may retell an earlier event: _join_retelling
        by_name: dict[str, EventMention] = {}  # a named event's name in lower case -> the event
        # token -> the event it names: the mentions so far, and a named event's name alone
        # ("Dorian") wherever the text tells it
        mention_of: dict[int, EventMention] = {}
        # family -> the occasion last told apart from the ongoing event of its kind
        occasions: dict[str, EventMention] = {}
        ongoing: dict[str, EventMention] = {}  # family -> the event told as ongoing, if any
        told_apart: dict[int, EventMention] = {}  # id(occasion) -> the ongoing event
        for token in tagged_tokens(doc, ("NOUN", "PROPN", "VERB")):
            if token.ent_type_:
                continue
            if token.idx in in_time and token.text[:1].isupper():
                continue
            if self._declared_class(token):
                continue
            # "zijn aftreden": an infinitive with its own article or possessive is a noun
            is_verb = _told_by_verb(token)
            found = self._event_verb(token) if is_verb else self._event_noun(token)
            definite = not is_verb and is_definite(token)
            # "Wednesday's quake": the quake told before with that time, if any
            owned = None if is_verb else _time_owner(token, own_times)
            cls = None  # asked only of an event word or a definite noun: most nouns are neither
            if is_verb and found is not None:
                # a verb names an event of a class ("stabbed ... the incident"), never one again
                cls = self.classes.of(verb_lemmas_of(token, self.scheme, self.lexicon.lang))
            elif not is_verb and (found is not None or definite):
                cls = self._class_of(token)
            again = cls if definite and cls is not None and cls.general else None
            only_again = found is None and again is not None  # "the suit": no event word
            if only_again and (told_before := earlier.of_class(again, None)) is not None:
                found = NounEvent(
                    "" if told_before.type == NO_ACT else told_before.type, told_before.kind
                )
            if found is None and (role := self._participant_word(token)) is not None:
                role_words.append((token, role))
            if found is None and is_verb:
                # "the coup ... the generals overthrew the president": the act of an event told
                # before, retold by a verb of its stem, has the verb's actors as participants
                # (joined once every event is known: _join_retelling)
                retelling.append(token)
            if found is None or found.kind not in NODE_KINDS:
                continue
            sentence = sentence_of[token.i]
            happening = not found.type  # an election, a crash: no act between actors
            place = self._place(token, resolver, happening)
            refused = False  # a definite told apart from its kind's event by words of its own
            by_modifier = False  # joined as the bare modifier of another noun
            sequenced = False  # told as the occasion before or after ("the next election")
            going = None  # the ongoing event an occasion is told apart from
            if is_verb:
                # a clause does not say "the": it is the event named before only at the same place
                event = earlier.best(_family(found.kind, token), place) if place else None
                if event is not None and event.location != place:
                    event = None
            else:
                event = (
                    earlier.of_class(again, place, token.lemma_.lower())
                    if again is not None
                    else self._refers_back(token, found.kind, place, earlier, definite or owned)
                )
                if event is None and again is None and not (definite or owned):
                    # "eight murders ... an alleged murder weapon": the murders told again
                    event = self._named_by_modifier(token, found.kind, place, earlier, mention_of)
                    by_modifier = event is not None
                if event is not None and again is None and self._another_occasion(token, event):
                    # "weeks of protests ... the protest began outside the council": one occasion
                    # of the ongoing event, told apart from it (the occasion told so before, if any)
                    going = event if event.ongoing else None
                    event = occasions.get(event.family or _family(event.kind))
                    refused = event is None
                elif (
                    event is not None
                    and again is None
                    and not event.ongoing
                    and (general := ongoing.get(event.family or _family(event.kind))) is not None
                    and not told_once(token)
                ):
                    # "weeks of protests ... more protests ... the protests": the ongoing event
                    event = general
                if event is None and again is None and (definite or owned) and _own_words(token):
                    # "the elections ... the Brexit referendum": told apart, each is an event
                    # of its own, even named once (the dev split's lost events came back)
                    main = earlier.best(_family(found.kind, token), place)
                    refused = main is not None
                    if main is not None:
                        main.distinct = True
                if event is not None and owned and not definite:
                    told_so = _owner_time_told(owned, event, text)
                    if not told_so and event.time_span is not None and _told_by_word(token, event):
                        # "the 2019 election ... Thursday's election": a day within its year
                        told_so = same_date(event.time_span, (owned.start, owned.end))
                    elif not told_so and event.time_span is None and _told_by_word(token, event):
                        # "A car bomb was on Monday rammed into a base. Dozens died in the
                        # attack ... Monday's attack": the time the event's telling was told on
                        told_on = _told_time(doc, event, own_times)
                        told_so = told_on is not None and told_on.text.lower() == owned.text.lower()
                        if told_so and told_on is not None:
                            # dated so, not by the clause this mention stands in ("Unlike
                            # Wednesday's scrub, yesterday's launch proceeded")
                            event.time_span = (told_on.start, told_on.end)
                    event = event if told_so else None
                told = _told_time(doc, event, own_times) if event is not None else None
                told_at = (told.start, told.end) if told else None
                if event is not None and (
                    _another_time(token, event, own_times, text, told_at, same_date)
                    or self._planned_apart(token, event, times, text, same_date, told_at)
                    # "the next election", "de vorige verkiezingen": an occasion before or after
                    or (sequenced := told_in_sequence(token, self.ongoing))
                ):
                    event = None
                    by_modifier = False
                elif event is not None and event.time_span is not None:
                    # "de verkiezingen van 2019 ... de verkiezingen van donderdag": the closer time
                    own = _own_time(token, own_times)
                    was = text[event.time_span[0] : event.time_span[1]].lower()
                    if own is not None and own.text.lower() != was and _told_by_word(token, event):
                        if same_date(event.time_span, (own.start, own.end)):
                            event.time_span = (own.start, own.end)
            if (
                event is not None
                and again is None
                and (
                    found.kind in CATCH_ALL_KINDS
                    and (
                        self._names_others_than(token, event, resolver)
                        or self._of_another_class(token, cls, event)
                    )
                    or self._of_another_class(token, cls, event, classed_only=True)
                )
            ):
                # "the campaign ... the death of Tom Rivers", "the convention ... the shutdown":
                # another event, though a definite noun of the same catch-all kind; "the sanctions
                # ... the ban", "the trial ... the verdict": of one kind, but classed apart
                event = None
            owners = frozenset() if is_verb else frozenset(self._owners(token, resolver))
            if event is not None and _owned_by_another(owners, event):
                # "the death of Tom Rivers ... Floyd's death": each noun's owner another victim
                event = None
            if event is None and only_again:
                continue
            name = "" if is_verb else event_name(token, self.lexicon.time_expression)
            if event is not None and name and event.name and event.name.lower() != name.lower():
                event = None  # "the World Cup" after "the 2020 Summer Olympics": another event
            if event is None and name:
                # "Hurricane Dorian ... Hurricane Dorian": one event however often it is named;
                # "Hurricane Lorenzo ... Storm Lorenzo": one storm under either opener
                opened = _opened_key(name, _family(found.kind, token))
                event = by_name.get(name.lower()) or (by_name.get(opened) if opened else None)
            if event is None and not is_verb and not definite and not name and not sequenced:
                # "Dorian made landfall as a Category 5 hurricane": what the event became
                event = self._said_of(token, _family(found.kind, token), mention_of, place)
            if event is None and not is_verb and not name and not sequenced:
                # "drone strikes in a pre-dawn raid": the raid is the strikes' event
                event = self._episode_of(token, _family(found.kind, token), mention_of, place)
            if event is None:
                event = EventMention(
                    id=f"event:{len(events)}",
                    kind=found.kind,
                    type=found.type or NO_ACT,
                    trigger=token.text,
                    trigger_start=token.idx,
                    trigger_end=token.idx + len(token.text),
                    sentence=sentence,
                    location=place,
                    sentence_time=not is_verb,
                    family=_family(found.kind, token),
                    name=name,
                    by_state=found.by_state,
                    distinct=refused,
                    owners=owners,
                )
                events.append(event)
                if refused and not event.ongoing and going is not None:
                    occasions[event.family] = event
                    told_apart[id(event)] = going
                if name:
                    by_name[name.lower()] = event
                    if opened := _opened_key(name, event.family):
                        by_name.setdefault(opened, event)
                    mention_of.update(dict.fromkeys(_alone_tokens(doc, event), event))
            event.mentions.append(token.i)
            mention_of[token.i] = event
            if by_modifier and event is not None:
                # "three murders ... found an alleged murder weapon on Friday", "an attack on
                # Kharkiv ... Ukraine shot down attack drones": the modifier names the event, its
                # clause tells of the thing it modifies, not the event's time or participants
                event.modifiers.add(token.i)
                earlier.update(event, token.lemma_.lower(), cls, noun=True)
                continue
            event.owners |= owners
            own_span = (
                None
                if is_verb
                else limited.get(token.i)
                or described_time_span(token, times)
                # "the suspension of Parliament, which went into effect on Tuesday"
                or course_time_span(token, time_mentions, self._tells_course)
                or phrased.get(token.i)
                or deadlined.get(token.i)
            )
            marked = not is_verb and told_ongoing(token, self.ongoing, self.scheme)
            if marked and not event.ongoing:
                # "on Saturday, in the sixth week of protests": the clause's time is the
                # occasion's; the ongoing event has only a time of its own phrase, or of a clause
                # that tells it again ("the protests began in June")
                event.ongoing = True
                event.time_span, event.sentence_time = own_span, False
                ongoing.setdefault(event.family or _family(event.kind), event)
            if event.time_span is None:
                # "announced on Tuesday his death" after "died on Monday": the death's time
                announced = None if marked else self._announced_time(token, times)
                event.time_span = (
                    own_span or announced or (None if marked else time_span_of(token, times))
                )
                event.own_time = (own_span or announced) is not None
            if place and not event.location:
                event.location = place
            found_parts = (
                self._verb_participants(token, resolver, found.kind)
                if is_verb
                else self._participants(
                    token,
                    resolver,
                    symmetric=found.type in SYMMETRIC,
                    happening=happening,
                    kind=found.kind,
                    force=found.type == "ASSAULT",
                )
            )
            for entity, role in found_parts:
                event.add(Participant(entity, role, token.i, sentence))
                if role == "location" and not event.location:
                    # "Canada held a general election": the election in Canada
                    event.location = entity
            if not is_verb and found.type in SYMMETRIC:
                for entity in self._attendees(token, resolver):
                    event.add(Participant(entity, "source", token.i, sentence, paired=False))
            if not is_verb:
                for entity in self._scene_participants(token, resolver):
                    event.add(Participant(entity, "source", token.i, sentence, paired=False))
            if not is_verb:
                for entity, comments in self._judges_of(token, resolver):
                    event.add(
                        Participant(
                            entity, "source", token.i, sentence, paired=False, commenting=comments
                        )
                    )
                for entity in self._inside_targets(token, resolver, happening):
                    event.add(Participant(entity, "target", token.i, sentence, paired=False))
            if event.location:
                event.add(Participant(event.location, "location", token.i, sentence))
            if happening and not is_verb:
                # "an earthquake struck southern Chile", "de orkaan trof Florida": where it hit,
                # at each mention ("Hurricane Dorian hit the Bahamas ... Hurricane Dorian hit
                # Florida")
                self._add_struck_place(event, token, resolver, len(name.split()), sentence)
            earlier.update(event, token.lemma_.lower(), cls, noun=not is_verb)
        for verb in retelling:
            self._join_retelling(doc, verb, events, sentence_of, resolver, times, same_date)
        for word, role in role_words:
            self._join_told(word, role, events, resolver, sentence_of[word.i])
        events = _headline_retold(
            doc, _restated(doc, _named_again(doc, events), same_date, self.ongoing), same_date
        )
        _named_alone(doc, events)
        self._struck_alone(doc, events, resolver, sentence_of)
        self._counted_countries(doc, events, resolver, sentence_of)
        self._owners_told_apart(doc, events, resolver, sentence_of)
        self._flight_told(doc, events, resolver, sentence_of)
        for event in events:
            # "Trump's adviser was sentenced on Monday. Judge Jackson sentenced Manafort ...": a
            # verb's event without a time of its own happened when the sentence before told
            # a noun's event whose sentence names no time at all ("The court issued a judgement"
            # after "On Thursday, the court ruled") likewise
            if (
                event.time_span is None
                and not event.ongoing
                and (not event.sentence_time or not _sentence_times(doc, event, time_mentions))
            ):
                # "Yesterday, parliament voted ... <new paragraph> The vote was boycotted": the
                # noun of an act told just before, by the verb of its stem, happened then
                resulted = _result_time(doc, event, times)
                if resulted is not None:
                    event.time_span = resulted
                    continue
                act = (
                    earlier_act(doc[event.mentions[0]], self._verb_lemmas, TOLD_ACT_REACH)
                    if event.sentence_time
                    else None
                )
                if act is not None and (acted := time_span_of(act, times)) is not None:
                    event.time_span = acted
                    continue
                told = _told_time(doc, event, time_mentions, own_sentence=False, untold=deadlines)
                if told is None and event.sentence_time:
                    told = _told_over_paragraph(doc, event, time_mentions, deadlines)
                if told is None and (going := told_apart.get(id(event))) is not None:
                    # "On Friday, protesters gathered. This comes after weeks of protests.\n\nThe
                    # protest began ...": the time the ongoing event was first told on is its
                    # occasion's (the ongoing event keeps none of it)
                    if (span := time_span_of(doc[going.mentions[0]], times)) is not None:
                        event.time_span = span
                        continue
                    told = _told_time(doc, going, time_mentions) or _told_time(
                        doc, going, time_mentions, own_sentence=False, untold=deadlines
                    )
                if told is not None and event.sentence_time and not self._told_as_done(doc, told):
                    told = None  # "Dorian was forecast to reach the coast on Monday. The NHC ..."
                event.time_span = (told.start, told.end) if told else None
                if told is None and sentence_of[event.mentions[0]] == 0:
                    spans = [(m.start, m.end) for m in time_mentions]
                    breaks = doc.user_data.get(LINE_BREAKS) or []
                    event.time_span = headline_time(doc, spans, breaks)
                if event.time_span is None:
                    # "Reyes issued pardons ... granted X a pardon on Monday": the time of a
                    # later telling joined to it, once nothing nearer its first mention dates it
                    event.time_span = event.joined_time
                if event.time_span is None:
                    # "the ruling ... The judge ruled on Friday": a clause elsewhere that tells
                    # the same act, by a word of its stem and with no other actor, with a time
                    event.time_span = self._retold_time(doc, event, times, mention_of, resolver)
        kept = [e for e in events if passing or not e.passing]
        for number, event in enumerate(
            kept
        ):  # numbered without gaps, so a text cut in pieces numbers alike
            event.id = f"event:{number}"
        return kept

    def _names_others_than(
        self, noun: Token, event: EventMention, resolver: ArgumentResolver
    ) -> bool:
        """Whether a definite ``noun`` names in its own phrase someone the earlier ``event``,
        told by another word, does not have: "the death of Tom Rivers" after "the campaign" of
        a senator, "het schandaal rond Kaldor Systems" after "de incidenten". Then it is no
        mention of that event. An event told by the noun's word or a compound of it keeps it
        ("de inzamelingsactie van het Groot Orkest" after "tijdens een inzamelingsactie"
        where the mayor was stabbed: one fundraiser), as do a bare noun ("the ceremony" after
        "the funeral") and one that names someone of the event's."""
        if _told_by_word(noun, event):
            return False
        named = set(self._phrase_participants(noun, resolver))
        return bool(named) and not named & {p.entity for p in event.participants}

    def _announced_time(
        self, noun: Token, times: Mapping[int, tuple[int, int]]
    ) -> tuple[int, int] | None:
        """The time of the act an announced event noun refers back to ("X died on Monday. The
        government on Tuesday announced his death", "maakte op dinsdag zijn dood bekend"): the
        announcing clause's time is the announcement's, the happening was told with its own.
        Only a time before the announcing clause's: a clause that names a later one tells when
        the announced act takes effect ("announced his resignation, effective 31 July"). A clause
        with no time is left to the retelling read after every event is found."""
        verb = noun.head
        if noun.dep_ not in self.scheme.object or verb.pos_ not in ("VERB", "AUX"):
            return None
        lemmas = self._verb_lemmas(verb)
        if not lemmas or self.lexicon.speech_mode(lemmas[0]) != "announce":
            return None
        act = earlier_act(noun, self._verb_lemmas, TOLD_ACT_REACH)
        acted = time_span_of(act, times) if act is not None else None
        clause = time_span_of(noun, times)
        if acted is None or clause is None:
            return None  # a clause without a time: the earlier act dates it all the same, later
        return acted if self._before(noun.doc, acted, clause) else None

    def _before(self, doc: Doc, one: tuple[int, int], other: tuple[int, int]) -> bool:
        """Whether the time expression at ``one`` names a date before that at ``other``, and
        ``other`` none after the document's, all read against the document date (compared at
        the coarser one's precision): an announcement told with a later time than the story's
        is of when the announced act takes effect."""
        text, date = doc_text(doc), document_date(doc)
        days = relative_days(self.lexicon.times)
        first, second = (
            next(
                (m.value for m in find_time_mentions(text[a:b], self.lexicon.lang, date, days)),
                None,
            )
            for a, b in (one, other)
        )
        if not first or not second or not date:
            return False
        size = min(len(first), len(second))
        return first[:size] < second[:size] and second <= date[: len(second)]

    def _tells_course(self, verb: Token) -> bool:
        """Whether ``verb``'s clause tells when a happening took place or took effect."""
        return tells_course(verb, self.lexicon.lang)

    def _owners(self, noun: Token, resolver: ArgumentResolver) -> list[str]:
        """Whom an event noun's owner names: its possessor ("Floyd's death", "his arrest"),
        the actors of its "of"/"van" phrase ("the death of Tom Rivers") and a name compounded
        before it ("the Kaldor strike"); not a time or a place."""
        found = self._possessors(noun, resolver)
        for child in children(noun):
            if child.i < noun.i and child.dep_ == "compound":
                found += self._acting(resolver, child)
        for prep, arg in prepositional_args(noun, self.scheme):
            if prep in OF_PREPOSITIONS:
                found += self._acting(resolver, arg)
        return found

    def _of_another_class(
        self,
        noun: Token,
        cls: EventClass | None,
        event: EventMention,
        classed_only: bool = False,
    ) -> bool:
        """Whether a noun of a class (``eventclasses.<lang>.tsv``: "the shutdown", closure) names
        an earlier event told only by words of none or another class ("the swearing-in", "the
        convention"): then it is another event. An event told by the noun's word or a compound
        of it, or by a word of its class ("a lockdown ... the shutdown"), keeps it; a noun of no
        class ("the event", "the ceremony") joins as its kind does. ``classed_only`` (any kind:
        "the sanctions ... the ban", "the trial ... the verdict"): only when a word of another
        class told the event too; an event only unclassed words told ("the vote") keeps it."""
        if cls is None or _told_by_word(noun, event):
            return False
        classes = [self._mention_class(noun.doc[i]) for i in event.mentions]
        if classed_only and not any(classes):
            return False
        return all(found != cls.name for found in classes)

    def _mention_class(self, token: Token) -> str | None:
        """The class name of one mention of an event, a verb ("dissolved") or a noun."""
        if _told_by_verb(token):
            found = self.classes.of(verb_lemmas_of(token, self.scheme, self.lexicon.lang))
        else:
            found = self._class_of(token)
        return found.name if found is not None else None

    def _phrase_participants(self, noun: Token, resolver: ArgumentResolver) -> list[str]:
        """Whom an event noun names in its own phrase: its possessor ("Floyd's death", "his
        campaign") and the actors of its prepositional phrases ("the death of George Floyd",
        "de inzamelingsactie van het Groot Orkest"), not those of the clause around it."""
        found = self._possessors(noun, resolver)
        for _prep, arg in prepositional_args(noun, self.scheme):
            found += self._acting(resolver, arg)
        return found

    def _possessors(self, noun: Token, resolver: ArgumentResolver) -> list[str]:
        """Whom an event noun's possessor names: "Floyd's death", "his campaign"."""
        found = []
        for child in children(noun):
            if child.i > noun.i:
                continue
            if possessive_pronoun(child):
                found += self._possessor(child, noun, resolver)
            elif child.dep_ in POSSESSIVE_LABELS and (eid := resolver.entity(child)) is not None:
                found.append(eid)
        return found

    def _another_occasion(self, noun: Token, event: EventMention) -> bool:
        """Whether ``noun`` and the earlier ``event`` are the ongoing event of a kind and one
        occasion of it (:mod:`extract.grammar.ongoing`): "the protest" or "yesterday's march"
        after "weeks of protests", or "the months-long protests" after an event only singular
        nouns named ("her climate protest"). "The protests" after "weeks of protests" names the
        ongoing event again."""
        if event.ongoing:
            return told_once(noun)
        if not told_ongoing(noun, self.ongoing, self.scheme):
            return False
        doc = noun.doc
        nouns = [doc[i] for i in event.mentions if doc[i].pos_ != "VERB"]
        return bool(nouns) and all(told_once(word) for word in nouns)

    def _episode_of(
        self,
        noun: Token,
        family: str,
        mention_of: dict[int, EventMention],
        place: str | None,
    ) -> EventMention | None:
        """The event of an event noun of ``family`` whose place or time phrase ``noun`` is ("drone
        strikes in a pre-dawn raid", "schoten tijdens de aanval", "the shelling during the
        attack"): one event told by two words, not two; None for any other noun, for one of
        another family ("an attack during the war") and for one at another place."""
        prep = preposition_of(noun, self.scheme)
        if prep is None or prep.lower_ not in self.preps.place | self.preps.attend:
            return None
        if any(
            "Ord" in morph_values(c, "NumType")
            or c.dep_ in DETERMINER_LABELS
            and c.lower_ not in DEFINITE_DETERMINERS | INDEFINITE
            for c in children(noun)
        ):
            return None  # "in a second raid", "during another attack": another event
        head = prep.head if self.scheme.preposition_heads_noun else noun.head
        if head == noun:
            return None
        # the noun's head, or the clause's other arguments: "hit by drone strikes in a raid"
        told = [head]
        if head.pos_ in ("VERB", "AUX"):
            if not any(
                c.dep_ in self.scheme.object | self.scheme.passive_subject for c in children(head)
            ):
                # a verb with no object or passive subject relates its subject to the phrase:
                # "de luchtaanval volgde op raketaanvallen" tells two attacks
                return None
            told = [
                arg
                for c in children(head)
                for arg in ([c] if c.pos_ != "ADP" else children(c))
                if arg != noun
            ]
        for word in told:
            event = mention_of.get(word.i)
            if event is not None and event.family == family:
                return event if place is None or event.location in (None, place) else None
        return None

    def _said_of(
        self,
        noun: Token,
        family: str,
        mention_of: dict[int, EventMention],
        place: str | None,
    ) -> EventMention | None:
        """The event an indefinite event noun is said to be or to have become, as a predicate
        of the clause whose subject names it (:func:`holders_of_office`, and a UD copula the
        noun heads): "Dorian made landfall as a Category 5 hurricane", "Zondag werd Ciara een
        zware orkaan", "the fire was a disaster"; of the same family, at no other place (a
        named event wherever it is). A subject's name words count ("Hurricane" of "Hurricane
        Dorian"), and every word labelled subject ("Zondag" and "Ciara" above). An event noun
        that is the object of such a clause is another event ("the strike follows rocket
        attacks")."""
        said_of = holders_of_office(noun, self.scheme, self.preps)
        if copula_clause(noun, self.scheme) is noun:
            said_of += [c for c in children(noun) if c.dep_ in self.scheme.subject]
        said_of += [
            c
            for t in said_of
            if t.head != t
            for c in children(t.head)
            if c.dep_ in self.scheme.subject
        ]
        for subject in dict.fromkeys(said_of):
            if subject == noun:
                continue
            words = [subject] + [
                c for c in children(subject) if c.dep_ in ("compound", "flat", "appos")
            ]
            for word in words:
                event = mention_of.get(word.i)
                if (
                    event is not None
                    and (event.family or _family(event.kind)) == family
                    and (event.name or place is None or event.location in (None, place))
                ):
                    return event
        return None

    def _join_retelling(
        self,
        doc: Doc,
        verb: Token,
        events: Sequence[EventMention],
        sentence_of: Sequence[int],
        resolver: ArgumentResolver,
        times: Mapping[int, tuple[int, int]],
        same_date: SameDate,
    ) -> None:
        """Make the actors of ``verb``, no event word itself, participants of the one event an
        earlier sentence named by a noun of its stem or class (:meth:`_retold_by_verb`), when
        the verb tells it as done at no place of its own: "Tuesday's pleas ... Smith pleaded
        guilty", "de stemming ... de Kamer stemde". Unpaired: the verb tells what one did, not
        what the participants did to each other (paired, they typed wrong event pairs on dev nl).
        A speech verb retells nothing ("the claims ... Kern claimed", "alleged"): on unlabelled
        Wikinews debate stories it made every later speaker a participant of one claim.

        Asked once every event of the text is known (``events``), so that an event its sentence
        names after the verb guards as one named before it does ("Smith pleaded guilty before
        the trial, which opens in May"). Each guard only returns, so their order decides the
        cost alone: no event at all and the parse's own marks (attributive, tense, a speech
        verb) first, then whether an event is retold at all (most verbs retell none), then
        whether the verb acts on others or its sentence names another event, then the clause's
        mode, place and time."""
        if verb.dep_ in ATTRIBUTIVE or not events:
            return  # "the newly elected council": a word of a noun, not the act retold
        tense = morph_values(verb, "Tense")
        if "Past" not in tense and (
            "Part" not in morph_values(verb, "VerbForm") or "Pres" in tense
        ):
            return  # "the body that elects", "likes killing them": a habit, not the act retold
        if self._tells(verb):
            return  # "the claims ... Kern claimed": each saying is an act of its own
        lemmas = verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
        cls = self.classes.of(lemmas)
        event = self._retold_by_verb(doc, verb, cls, events, sentence_of)
        if event is None:
            return
        if self._acts_on_others(verb, event, resolver):
            return  # "Walker's nomination of Berg ... Lind nominated Bell": another act
        sentence = sentence_of[verb.i]
        if any(
            e is not event and any(sentence_of[i] == sentence for i in e.mentions) for e in events
        ):
            return  # "at its own convention, the party nominated": the act of the event told there
        if self._negated(verb) or not self._told_done(verb):
            return  # "encouraged Zelensky to investigate Biden": asked, not retold
        if self._place(verb, resolver, event.type == NO_ACT):
            return  # "voted in Paris": at a place of its own
        own = time_span_of(verb, times)
        was = event.time_span or time_span_of(doc[event.mentions[0]], times)
        if not _same_time(doc, was, own, same_date) and not _same_time(doc, own, was, same_date):
            return  # "the ruling ... the Court of Session ruled on September 11": another ruling
        # "the shutdown ... the zoo has shut": the subject of a change with no object is the
        # thing changed, no one who takes part (pairs_fresh4_en's zoo)
        changed = (
            {e for t in subjects(verb, self.scheme) for e in self._acting(resolver, t)}
            if changed_subject(verb, lemmas, self.scheme, self.lexicon.lang)
            else set()
        )
        for entity, role in self._verb_participants(verb, resolver, event.kind):
            if role != "location" and entity not in changed:
                event.add(Participant(entity, role, verb.i, sentence, paired=False))

    def _acts_on_others(self, verb: Token, event: EventMention, resolver: ArgumentResolver) -> bool:
        """Whether ``verb`` acts on someone its object names and neither that one nor its subject
        is an owner or participant of the earlier ``event`` it would retell: "Walker's nomination
        of Berg ... Lind nominated Bell" are two nominations of one word (on unlabelled Wikinews
        text, a president's nominee joined a predecessor's nomination of another). A verb that
        names no object ("the vote ... Walker voted") or shares a side with the event ("the
        Harbor Party's nomination ... the Harbor Party nominated Bell") still retells it."""
        known = event.owners | {p.entity for p in event.participants if p.role != "location"}
        undergo = {e for t in objects(verb, self.scheme) for e in self._acting(resolver, t)}
        if not known or not undergo:
            return False
        doers = {e for t in subjects(verb, self.scheme) for e in self._acting(resolver, t)}
        return not (undergo | doers) & known

    def _retold_by_verb(
        self,
        doc: Doc,
        verb: Token,
        cls: EventClass | None,
        events: Sequence[EventMention],
        sentence_of: Sequence[int],
    ) -> EventMention | None:
        """The one earlier event a noun of ``verb``'s stem named in an earlier sentence ("the
        coup ... the generals overthrew", "de stemming ... De Kamer stemde"), else the one a noun
        of the verb's class named; None when no such event or two are open: the verb's subject
        and object are then no participants of either."""
        here = sentence_of[verb.i]
        tokens = doc_tokens(doc)  # ``doc[i]`` makes a new Token at every look
        # each event with its nouns in earlier sentences, read once for both tests below
        told = [
            (e, nouns)
            for e in events
            if (
                nouns := [
                    tokens[i]
                    for i in e.mentions
                    if sentence_of[i] < here and tokens[i].pos_ != "VERB"
                ]
            )
        ]
        if not told:
            return None
        lemmas = self._verb_lemmas(verb)
        lang = self.lexicon.lang
        by_stem = [
            e
            for e, nouns in told
            if any(_same_stem_of(lang, v, n.lemma_.lower()) for n in nouns for v in lemmas)
        ]
        if by_stem or cls is None:
            return by_stem[0] if len(by_stem) == 1 else None
        by_class = [
            e
            for e, nouns in told
            if any(getattr(self._class_of(n), "name", None) == cls.name for n in nouns)
        ]
        return by_class[0] if len(by_class) == 1 else None

    def _retold_time(
        self,
        doc: Doc,
        event: EventMention,
        times: dict[int, tuple[int, int]],
        mention_of: dict[int, EventMention],
        resolver: ArgumentResolver,
    ) -> tuple[int, int] | None:
        """The time of the first clause of another sentence that tells ``event`` again by a word
        of the stem of one of its mentions ("the ruling ... The judge ruled on Friday", "de
        stemming ... Dinsdag stemde de Kamer"), as done, not planned, and names no actor outside
        the event's own ("Clinton was impeached in 1998" is another impeachment than Trump's);
        None without one. A noun that names another event is another act. Asked last, for an
        event that no time told near its first mention dates."""
        own = {p.entity for p in event.participants if p.role != "location"}
        stems = {doc[i].lemma_.lower() for i in event.mentions}
        start, end = sentence_bounds(doc[event.mentions[0]])
        tokens = doc_tokens(doc)
        words = self._retelling_words(doc)
        retelling = set().union(*(self._stem_verbs(doc, words, stem) for stem in stems))
        for i, noun, lemmas in words:
            if start <= i < end or i in event.mentions:
                continue
            if noun is not None:
                if i in mention_of or noun not in stems:
                    continue
            elif i not in retelling:
                continue
            token = tokens[i]
            span = time_span_of(token, times)
            if span is None:
                continue
            if mode_of(clause_verb(token), self.scheme, self.lexicon) not in TOLD_MODES:
                continue
            parts = (
                self._verb_participants(token, resolver, event.kind)
                if token.pos_ == "VERB"
                else self._participants(
                    token,
                    resolver,
                    symmetric=event.type in SYMMETRIC,
                    happening=event.type == NO_ACT,
                    kind=event.kind,
                    force=event.type == "ASSAULT",
                )
            )
            actors = {entity for entity, role in parts if role != "location"}
            if actors <= own:
                return span
        return None

    def _planned_apart(
        self,
        noun: Token,
        event: EventMention,
        times: Mapping[int, tuple[int, int]],
        text: str,
        same_date: SameDate,
        told: tuple[int, int] | None = None,
    ) -> bool:
        """Whether ``noun`` is told as planned by its clause, at a time of that clause that is not
        ``event``'s (or, for an event without one yet, not ``told``, the time the text told it on,
        as :func:`_another_time` reads it): "de strafoplegging staat gepland voor juli" after a man
        sentenced on Friday, "the hearing is scheduled for May" after Monday's hearing, tell an act
        still to come, not the one done. A plan for a day within the event's time ("the vote is
        expected on Thursday" after "the 2019 vote"), for a time that holds the event's, or with
        no time of its own stays the event."""
        verb = clause_verb(noun)
        own = times.get(verb.i)
        if verb == noun or noun.head != verb or not noun.dep_.startswith("nsubj"):
            return False  # "they prepared the attack": the attack done may be the one planned
        was = event.time_span or told
        if own is None or was is None or not self._told_done(noun.doc[event.mentions[0]]):
            return False  # "the convention will open on July 11 ... is scheduled for July": one
        if text[own[0] : own[1]].lower() == text[was[0] : was[1]].lower():
            return False
        # "was intending this year to raise money" after last night's fundraiser: the plan's time
        # holds the event's, and tells the same fundraiser
        return not (same_date(was, own) or same_date(own, was)) and self._planned_clause(verb)

    def _told_done(self, word: Token) -> bool:
        """Whether the clause of an event's first word tells it as done or not done, not as
        planned, possible or asked (:data:`TOLD_MODES`)."""
        verb = clause_verb(word)
        return mode_of(verb, self.scheme, self.lexicon) in TOLD_MODES and not self._planned_clause(
            verb
        )

    def _planned_clause(self, verb: Token) -> bool:
        """Whether a clause tells its act as planned: by its auxiliary or governor ("will be
        held", "zal plaatsvinden", mode_of), or by the lemma of its verb or participle ("is
        scheduled", "staat gepland", whose "staat" the parser may take for a particle: the
        ``governor`` rows of the modality lexicon, not those that govern clauses only)."""
        if mode_of(verb, self.scheme, self.lexicon) == "planned":
            return True
        participles = [c for c in children(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        lemmas = {word.lemma_.lower() for word in (verb, *participles)}
        return any(
            self.lexicon.modes.get(("governor", lemma)) == "planned"
            for lemma in lemmas - self.lexicon.clause_governors
        )

    def _retelling_words(self, doc: Doc) -> list[tuple[int, str | None, tuple[str, ...]]]:
        """(index, a noun's lemma in lower case or None, a verb's lemmas) of each noun and verb
        of ``doc``, in text order, for :meth:`_retold_time`: read once per document, not once per
        event that walks them all."""
        memo = last_document_memo(_LAST_RETELLING, doc)
        found = memo.get(self.lexicon.lang)
        if found is None:
            found = memo[self.lexicon.lang] = [
                (t.i, t.lemma_.lower(), ())
                if t.pos_ == "NOUN"
                else (t.i, None, tuple(self._verb_lemmas(t)))
                for t in tagged_tokens(doc, ("NOUN", "VERB"))
            ]
        return found

    def _stem_verbs(
        self, doc: Doc, words: list[tuple[int, str | None, tuple[str, ...]]], stem: str
    ) -> frozenset[int]:
        """The indices of the verbs among ``words`` (:meth:`_retelling_words`) one of whose lemmas
        shares ``stem`` (:func:`same_stem`): remembered per document and stem, each pair of words
        judged once for every document, as every event of a stem walks the same verbs."""
        memo = last_document_memo(_LAST_STEM_VERBS, doc)
        lang = self.lexicon.lang
        found = memo.get((lang, stem))
        if found is None:
            hits = []
            for i, noun, lemmas in words:
                if noun is not None:
                    continue
                for verb in lemmas:
                    if _same_stem_of(lang, verb, stem):
                        hits.append(i)
                        break
            found = memo[(lang, stem)] = frozenset(hits)
        return found

    def _told_as_done(self, doc: Doc, told: TimeMention) -> bool:
        """Whether the clause of a time told before tells what was or was not done, not what is
        planned, possible or asked: a noun's event in the sentence after it happened then."""
        span = doc.char_span(told.start, told.end, alignment_mode="expand")
        if span is None:
            return False
        mode = mode_of(clause_verb(span.root), self.scheme, self.lexicon)
        return mode in TOLD_MODES

    def _verb_lemmas(self, verb: Token) -> list[str]:
        return list(verb_lemmas_of(verb, self.scheme, self.lexicon.lang))

    def _current_period(self, expression: str) -> bool:
        """ "this week", "deze maand", "dit jaar": a period that holds the present."""
        found = self.lexicon.times.get(expression.lower())
        return found is not None and found.kind in ("week", "month", "year") and found.value == 0

    def _event_noun(self, noun: Token) -> NounEvent | None:
        """The lexicon entry of an event noun: with its compound ("press conference") first, then
        with the adjective right before it ("legal action", "militaire operatie": the adjective
        makes an event of a noun that alone names none), then alone; the PLOVER nouns first, then
        the other event words ("election", "crash"). Not in a phrase that gives it another
        sense, nor as a habit: asked only of a noun the lexicons list, as most nouns are not."""
        lemma = noun.lemma_.lower()
        found = self._listed_event_noun(noun, lemma)
        if found is None or self._other_sense(noun, lemma) or self._habit(noun):
            return None
        return found

    def _listed_event_noun(self, noun: Token, lemma: str) -> NounEvent | None:
        """The lexicon entry of ``noun`` by its words alone (see :meth:`_event_noun`)."""
        if self.lexicon.names_no_event(lemma, "noun"):
            return None  # "the charges against him": what he is accused of, no happening
        reading = sense_reading(noun, self.lexicon)
        if reading is not None:
            return reading  # "a strike by the union": a labour strike, no attack
        forms = modified_forms(noun, adjective=True)
        forms += [f"{lemma} {word}" for word in complement_words(noun)]  # "call for", "call to"
        forms += [f"{lemma} {word}" for word in particle_word(noun)]  # "the swearing in"
        forms += [lemma, lookup_lemma(self.lexicon.lang, noun.text) or noun.lower_]
        if self.lexicon.closed_compounds and "-" in lemma:
            # "G7-top", "NAVO-top": a hyphenated compound's head, however short
            forms.append(lemma.rsplit("-", 1)[1])
        found = next(filter(None, map(self.lexicon.noun_event, forms)), None)
        if found is not None and found.kind in NODE_KINDS:
            return found
        word = next(filter(None, (self.lexicon.event_word(f, "noun") for f in forms)), None)
        if word is not None and word.needs == "name" and not self._heads_name(noun):
            return found
        return word or found

    def _possessor(self, pronoun: Token, noun: Token, resolver: ArgumentResolver) -> list[str]:
        """Whom a possessive pronoun on an event noun stands for: in a phrase put before its
        clause's subject, that subject where it is a person the pronoun agrees with ("After his
        arrest, Waseem appeared", "Na zijn arrestatie verscheen Waseem"); else the person or
        thing the resolver is sure of (:meth:`Coreference.possessor`), but no one for a man's
        pronoun after a neuter noun in its sentence, which it may stand for as well.

        On the Dutch dev split, the neuter nouns kept two wrong participants out ("het netwerk
        ... zijn concessie", "geld ... zijn campagne")."""
        clause = noun.head.head if noun.head.pos_ == "ADP" else noun.head
        if noun.dep_ not in self.scheme.subject and noun.dep_ not in self.scheme.object:
            for subject in subjects(clause, self.scheme):
                eid = resolver.entity(subject) if subject.i > noun.i else None
                if eid and resolver.type_of(eid) == "PERSON":
                    return [eid] if resolver.coreference.agrees(pronoun, eid) else []
        if resolver.coreference.pronoun_genders.get(pronoun.lower_) == "m" and any(
            t.pos_ == "NOUN" and not t.ent_type_ and morph_values(t, "Gender") == ["Neut"]
            for t in doc_tokens(pronoun.doc)[pronoun.sent.start : pronoun.i]
        ):
            # "Calida beschuldigde het netwerk van het schenden van zijn concessie": Dutch "zijn"
            # is also a neuter noun's ("its"); with one named before it, whose is not clear
            return []
        found = resolver.coreference.possessor(pronoun)
        named = {
            ent.kb_id_
            for ent in pronoun.doc.ents
            if pronoun.sent.start <= ent.start < pronoun.i
            and ent.label_ == "PERSON"
            and resolver.coreference.agrees(pronoun, ent)
        }
        # "Katigbak said that Duterte's ads ..., which his campaign": two people before it in its
        # sentence, whose is not clear (the resolver would take the subject)
        return found if len(named) < 2 else []

    def _heads_name(self, noun: Token) -> bool:
        """Whether ``noun`` is itself (not by a closed compound's head: "commissie" is no
        "missie") a word of ``events.<lang>.tsv`` that heads a proper name (:func:`event_name`):
        "Vande Bharat Mission", "Vande Bharat-missie"."""
        head = noun.lemma_.lower().rsplit("-", 1)[-1]
        word = self.lexicon.event_words.get(("noun", head))
        return (
            word is not None
            and word.kind != NO_EVENT
            and event_name(noun, self.lexicon.time_expression) != ""
        )

    def _habit(self, noun: Token) -> bool:
        """Whether ``noun`` is a bare plural subject of a clause that says how often such things
        happen (``habitual.<lang>.txt``): "Fires are common in India", "Branden komen vaak voor
        in India" tell of fires in general, no one fire there."""
        if (
            not self.habitual
            or noun.dep_ not in self.scheme.subject
            or "Plur" not in morph_values(noun, "Number")
            or any(c.dep_ in DETERMINER_LABELS or c.dep_ == "nummod" for c in children(noun))
        ):
            return False
        head = noun.head
        return any(
            word.lower_ in self.habitual or word.lemma_.lower() in self.habitual
            for word in [head, *children(head)]
            if word is head or word.dep_ in ("advmod", "acomp")
        )

    def _other_sense(self, noun: Token, lemma: str) -> bool:
        """Whether the word right before or after ``noun`` that hangs on it or it on (its
        adjective, the preposition it hangs from, the noun it modifies) gives it a sense that names
        no event (``eventsenses.<lang>.tsv``): "in charge of", "free of charge", "a cardiac arrest",
        "a fire extinguisher", "wetenschappelijk onderzoek"."""
        any_noun = bool(self.any_sense_words)
        if lemma not in self.sense_words and not any_noun:  # the noun is one word of each phrase
            return False
        for other in doc_tokens(noun.doc)[max(noun.i - 1, 0) : noun.i + 2]:
            if other == noun or (other.head != noun and noun.head != other):
                continue
            for form in (other.lower_, other.lemma_.lower()):
                for word in (lemma, ANY) if any_noun and form in self.any_sense_words else (lemma,):
                    phrase = (form, word) if other.i < noun.i else (word, form)
                    if phrase in self.senses:
                        return True
        return False

    def _event_verb(self, verb: Token) -> NounEvent | None:
        """The event a verb's clause is ("ontmoette", "was sentenced", "stortte neer"), or None.

        Not a participle used as an adjective ("the attacked city"), nor a negated clause.
        """
        if verb.dep_ in ATTRIBUTIVE:
            return None
        lemmas = verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
        found = next(
            filter(None, (self.lexicon.event_word(lemma, "verb") for lemma in lemmas)), None
        )
        if found is None or self._negated(verb):
            return None
        if found.kind == "attack" and self._criticises(verb, lemmas):
            return None  # "attacked the inquiry": words, no attack
        if found.needs == "court" and not self._before_court(verb):
            return None  # "Frankrijk veroordeelde de aanval": a condemnation, no trial
        if found.needs == "party" and not (
            any(_names_side(o, self.kb) for o in objects(verb, self.scheme))
            and any(
                _named_actor(s, self.kb)
                for s in subjects(verb, self.scheme) + agents(verb, self.scheme, self.preps.agent)
            )
        ):
            # "visited the hospital", "bezocht de plechtigheid": no one visited; "people visiting
            # Hong Kong": no one named visits
            return None
        if found.kind == "meeting" and self._received(verb):
            return None  # "the day was met with protests": a reception, no meeting
        return found

    def _received(self, verb: Token) -> bool:
        """Whether a meeting verb is a passive without agent ("was met with protests", "was
        greeted with anger"): what the subject met is how it was received, no one it met;
        "was met by the minister" names whom it met."""
        return bool(passive_subjects(verb, self.scheme)) and not agents(
            verb, self.scheme, self.preps.agent
        )

    def _criticises(self, verb: Token, lemmas: list[str]) -> bool:
        """Whether a verb of force attacks with words: its phrase with its object (or particle) is
        an accusation in the verb lexicon ("attacked the inquiry", "attacked the decision", "hit
        out at", phrases.<lang>.tsv), as an act, a decision or a said thing is criticised, not
        hit. Then it is no attack, and its subject judges the event it governs (:meth:`_judges`)."""
        found = phrase_type(verb, lemmas, self.scheme, self.lexicon, self._noun_plover_type)
        return found is not None and found[0] == "ACCUSE"

    def _noun_plover_type(self, noun: Token) -> str | None:
        found = noun_event_of(noun, self.lexicon)
        return found.type if found else None

    def _before_court(self, verb: Token) -> bool:
        """Whether a verb that is a trial only before a court is one here: a court or judge of
        ``courts.<lang>.tsv`` is its subject or agent ("de rechtbank veroordeelde", "door het
        gerechtshof veroordeeld"), it gives a sentence ("tot negen jaar cel"), or it is a passive
        without agent ("Navalny werd veroordeeld")."""
        courts = self.lexicon.courts
        if any(courts.get(prep) == "sentence" for prep, _ in prepositional_args(verb, self.scheme)):
            return True
        agents_ = agents(verb, self.scheme, self.preps.agent)
        if passive_subjects(verb, self.scheme) and not agents_:
            return True
        judges = [w for w, kind in courts.items() if kind == "court"]
        for doer in agents_ + subjects(verb, self.scheme):
            words = [doer] + [c for c in children(doer) if c.dep_ in ("flat", "compound", "appos")]
            for word in words:
                forms = (word.lower_, word.lemma_.lower())
                if any(form.endswith(judge) for form in forms for judge in judges):
                    return True
        return False

    def _negated(self, verb: Token) -> bool:
        """The clause's mode is negated: "did not meet", and also "refused to meet", "failed to
        reach" (read from the governing verb, as the relation component reads it)."""
        return mode_of(verb, self.scheme, self.lexicon) == "negated"

    # --- participants of an event told elsewhere ("other victims included X") ---------------------

    def _declared_class(self, token: Token) -> bool:
        """Whether ``token`` is the class a reporting verb declares a happening to be, in a
        phrase of the verb or as its object's predicate (``report`` rows of
        eventroles.<lang>.tsv: "had de uitbraak tot pandemie verklaard", "riep COVID-19 uit tot
        pandemie", "declared the outbreak a pandemic"): it names the happening the verb
        speaks of, no event of its own, and the declarer takes no part in it (a STATEMENT,
        speech.py ``_reported_counts``). The phrase's preposition must mark a class
        (``designation`` of prepositions.<lang>.tsv: "tot", "als"): a time phrase under the
        verb ("bevestigde na de dood van X", "verklaarde tijdens de pandemie") names an event.
        In English the parser hangs the noun of "as a pandemic" on its preposition, not on the
        verb, so only the small clause is read there."""
        if token.pos_ != "NOUN" or not self.roles.reports:
            return False
        head = token.head
        # "tot pandemie", "als epidemie"; or the predicate of a small clause the verb governs
        # ("declared the outbreak a pandemic", parsed with the outbreak as its subject)
        phrased = any(
            c.dep_ in self.scheme.case and c.lower_ in self.preps.designation
            for c in children(token)
        )
        predicated = token.dep_ in self.scheme.complement | {"xcomp", "oprd"} and any(
            c.dep_ in self.scheme.subject for c in children(token)
        )
        if head.pos_ != "VERB" or not (phrased or predicated):
            return False
        noun = token.lemma_.lower()
        return any(
            (verb.lower(), noun) in self.roles.reports
            for verb in verb_lemmas_of(head, self.scheme, self.lexicon.lang)
        )

    def _participant_word(self, token: Token) -> EventRole | None:
        """The participant word of ``eventroles.<lang>.tsv`` that ``token`` is: a noun ("victim",
        "slachtoffers") or a verb with its object ("claimed responsibility", "eiste de
        verantwoordelijkheid op"), a passive's subject for the object ("responsibility was
        claimed"); None for any other word, and for a negated verb unless its
        phrase tells a result ("failed to win any seats": the party stood all the same)."""
        if token.pos_ == "NOUN":
            lemmas = (token.lemma_.lower(), (lookup_lemma(self.lexicon.lang, token.text) or ""))
            return next(filter(None, (self.roles.nouns.get(x.lower()) for x in lemmas)), None)
        if token.pos_ != "VERB" or not self.roles.phrases:
            return None
        verbs = [
            v.lower()
            for v in verb_lemmas_of(token, self.scheme, self.lexicon.lang)
            if v.lower() in self.roles.phrase_verbs
        ]
        nouns = [o.lemma_.lower() for o in objects(token, self.scheme)] if verbs else []
        if verbs and is_passive(token, self.scheme):
            # "responsibility for the attack was claimed by X": the object is the passive subject
            nouns += [s.lemma_.lower() for s in passive_subjects(token, self.scheme)]
        if verbs:
            # "lost a net of 20 seats", "won a total of 13 seats": the noun of the quantity
            nouns += [
                arg.lemma_.lower()
                for o in objects(token, self.scheme)
                for prep, arg in prepositional_args(o, self.scheme)
                if prep in self.preps.possessor
            ]
        if verbs and self._elided_object(token):
            # "SNP gained 13 seats and the Liberal Democrats lost 10", "en Labour verloor er 42":
            # a number for the object takes the noun of the clause it goes on from
            nouns += [o.lemma_.lower() for o in objects(token.head, self.scheme)]
        key = next(((v, n) for v in verbs for n in nouns if (v, n) in self.roles.phrases), None)
        if key is None or (key not in self.roles.results and self._negated(token)):
            return None
        return self.roles.phrases[key]

    def _elided_object(self, verb: Token) -> bool:
        """Whether ``verb`` goes on from a verb before it (a conjunct or a clause hung on it) with
        a bare number for the noun that verb's object has ("gained 13 seats and ... lost 10",
        "terwijl Labour er 42 verloor"): its own object is that noun, left out."""
        if verb.head == verb or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
            return False
        if verb.dep_ not in self.scheme.open_clause | {"parataxis"}:
            return False
        return any(
            c.pos_ == "NUM" and c.dep_ not in ("nummod", "nmod") and c.i > verb.head.i
            for c in children(verb)
        )

    def _join_told(
        self,
        word: Token,
        role: EventRole,
        events: list[EventMention],
        resolver: ArgumentResolver,
        sentence: int,
    ) -> None:
        """Add the names a participant word stands for to the event it belongs to (see
        :meth:`_told_event`): "other victims included X and Y" are targets of the attack told
        before, "X claimed responsibility" its source, "McArthur's first victim was X" a target of
        McArthur's murders with McArthur as source."""
        owners = self._word_owners(word, resolver) if word.pos_ == "NOUN" else []
        event = self._told_event(word, role, events, owners)
        if event is None:
            return
        if role.result:
            event.results.append(word.i)
        named = self._named_by(word)
        # "waren een functionaris van X en Y": X's member took part, X only through it, as no
        # side (as with _inside_targets); so does Y, which the parser hangs on X: on the Dutch
        # dev split their pairs with the event's sides were wrong 2 times to 1
        through = {
            t.i for t in named if t.dep_ == "nmod" and t.head.pos_ == "NOUN" and t.head != word
        }
        names = [
            (e, t.i not in through)
            for t in named
            for c in with_conjuncts(self._antecedent(t), self.scheme)
            for e in self._actors(resolver, c)
            if resolver.may_act(e)
            and e not in owners
            # "Prohibition Party nominee Phil Collins": the party puts up the nominee, who stands
            and (not role.near or resolver.type_of(e) == "PERSON")
        ]
        # "guests included her grandchildren and such celebrities as X and Y": the names a
        # common noun among them is illustrated by
        names += [
            (e, True)
            for t in named
            if t.pos_ == "NOUN"
            for c in with_conjuncts(t, self.scheme)
            for e in resolver.examples(c)
            if e not in owners
        ]
        for entity, paired in dict.fromkeys(names):
            event.add(
                Participant(entity, role.role, word.i, sentence, paired=paired, stood=role.result)
            )
        if names and role.role == "target":
            for owner in owners:
                event.add(Participant(owner, "source", word.i, sentence))
        if role.near:
            # "the Democratic Party's nominee", "de kandidaat van de Libertarische Partij": the
            # party that puts the nominee up stands in the election with its nominee; only a
            # party ("the New York Times' preferred nominee": the paper stands in no election)
            for owner in owners:
                if self._party(owner, resolver):
                    event.add(Participant(owner, role.role, word.i, sentence))

    def _party(self, entity: str, resolver: ArgumentResolver) -> bool:
        """Whether the organisation ``entity`` is a political party: one of its names in the text
        or the knowledge base ends a word in a ``party_head`` word of namewords.<lang>.tsv
        ("Harbor Party", "Democratic Party" for "the Democrats", "Volkspartij voor Vrijheid en
        Democratie", "Labour-partij"), or the knowledge base calls it one (kind ``party``:
        the CDA, Sinn Féin, whose names do not say so); not "the New York Times"."""
        if resolver.type_of(entity) != "ORG":
            return False
        names = [ent.text for ent in resolver.ents if ent.kb_id_ == entity]
        key = kb_key(entity)
        if key is not None and self.kb is not None and self.kb.is_party(key):
            return True
        if key is not None and self.kb is not None and key in self.kb:
            entry = self.kb.get(key)
            names += [entry.label, *entry.aliases]
        return any(
            word.endswith(head)
            for name in names
            for word in re.split(r"[\s-]+", name.lower())
            for head in PARTY_HEADS
        )

    def _word_owners(self, noun: Token, resolver: ArgumentResolver) -> list[str]:
        """The actors a participant noun belongs to: "McArthur's victims", "victims of McArthur",
        "de slachtoffers van McArthur"."""
        owned = [c for c in children(noun) if c.dep_ in POSSESSIVE_LABELS and c.i < noun.i]
        owned += [a for p, a in prepositional_args(noun, self.scheme) if p in self.preps.possessor]
        return [e for t in owned for e in resolver.actors(t) if resolver.may_act(e)]

    def _named_by(self, word: Token) -> list[Token]:
        """The words that name whom a participant word stands for.

        A verb ("claimed responsibility"): its subjects, and a passive's agents ("responsibility
        was claimed by X"). A noun: itself (its apposed names: "the
        final victim, X"), the objects or predicate of a linking verb it is the subject of, or
        part of the subject of ("other victims included X", "the first victim was X", "het eerste
        van de slachtoffers was X"), and the subjects of the clause it is "among" ("X was among
        the victims", "onder de slachtoffers waren X en Y")."""
        if word.pos_ == "VERB":
            # "responsibility was claimed by X": the agent of the passive
            return subjects(word, self.scheme) + (
                agents(word, self.scheme, self.preps.agent) if is_passive(word, self.scheme) else []
            )
        found = [word]
        # "several speakers at the rally, including X and Y", "sprekers zoals X": the names it
        # gives as examples ("including" tagged a verb is no preposition to prepositional_args)
        found += [a for p, a in prepositional_args(word, self.scheme) if p in self.preps.example]
        found += [
            a
            for c in children(word)
            if c.pos_ == "VERB" and c.lower_ in self.preps.example
            for a in children(c)
            if a.dep_ in ("pobj", "dobj", "obj")
        ]
        if (
            word.dep_ in self.scheme.name_part
            and word.head.pos_ == "PROPN"
            and word.head.i > word.i
        ) or (word.dep_ in self.scheme.appos and word.head.pos_ == "PROPN"):
            # "student protester Joshua Wong", "Kyle Rittenhouse, the suspect": the name it is a
            # title of, or in apposition to
            found.append(word.head)
        found += self._legend_names(word)
        head = word.head
        part = _partitive_head(word)  # "the first of the victims", "het eerste van de slachtoffers"
        if part.dep_ in self.scheme.subject and part.head != part:
            head = verb = part.head
            if head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "cop" and c.lemma_.lower() in self.roles.links for c in children(head)
            ):
                found += with_conjuncts(head, self.scheme)  # UD: the predicate heads its copula
            elif (
                verb.lemma_.lower() in self.roles.links
                or (lookup_lemma(self.lexicon.lang, verb.text) or "") in self.roles.links
            ):
                found += objects(verb, self.scheme)
                found += [c for c in children(verb) if c.dep_ == "attr"]

        if (
            word.dep_ in self.scheme.predicate
            and word.head != word
            and word.head.lemma_.lower() in self.roles.links
            and not self._existential(word.head)  # "there were suspects in custody"
        ):
            # ClearNLP: "X are the suspected perpetrators", "X was the first victim": the noun is
            # the predicate of the linking verb, the names its subject (UD: the copula case below)
            found += subjects(word.head, self.scheme)
        if self.roles.namings and part.head.pos_ == "VERB" and part.head != part:
            # "the plaintiffs were listed as X and Y", "werden geïdentificeerd als X"
            found += self._naming(part)
        head = word.head
        prep = next(
            (
                c.lower_
                for c in [head, *children(word)]
                if c.pos_ == "ADP" and (c is head or c.dep_ in self.scheme.case)
            ),
            None,
        )
        copula = any(
            c.dep_ == "cop" and c.lemma_.lower() in self.roles.links for c in children(word)
        )
        if copula:
            # UD: "Onder de slachtoffers waren X en Y", "X was het eerste slachtoffer": the noun
            # heads its copula, the names are its subject (or hang on it after the copula)
            found += [c for c in children(word) if c.dep_ in self.scheme.subject]
            if prep in self.roles.among:
                found += [c for c in children(word) if c.dep_ == "nmod" and c.pos_ == "PROPN"]
        elif prep in self.roles.among:
            clause = head.head if head.pos_ == "ADP" else head
            found += subjects(clause, self.scheme)
            if clause.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "cop" and c.lemma_.lower() in self.roles.links for c in children(clause)
            ):
                # UD: "Onder de slachtoffers waren Y en een functionaris van X": the predicate
                # heads its copula; its names, and those its common noun is of, are the holders
                found += [clause] if clause.pos_ == "PROPN" else []
                found += [c for c in children(clause) if c.dep_ == "nmod" and c.pos_ == "PROPN"]
        return found

    def _legend_names(self, word: Token) -> list[Token]:
        """The names a participant noun gives in a line without a verb, a results legend or table
        ("Pirate Party - 3 seats", "Piratenpartij - 3 zetels"): the names before it on that line,
        however the parser joined them to it (to the number, the noun or the name)."""
        line = word.sent
        if any(t.pos_ in ("VERB", "AUX") for t in line):
            return []
        return [t for t in line if t.i < word.i and t.pos_ == "PROPN" and t.ent_type_]

    def _naming(self, subject: Token) -> list[Token]:
        """The names a naming verb (``eventroles.<lang>.tsv`` pos naming) gives its subject or
        passive subject in its preposition's phrase: "the plaintiffs were listed as X and Y"."""
        if subject.dep_ not in self.scheme.subject | self.scheme.passive_subject:
            return []
        verb = subject.head
        lemmas = {v.lower() for v in verb_lemmas_of(verb, self.scheme, self.lexicon.lang)}
        # UD marks "als X" as a clause on the verb: "geïdentificeerd als Anna Berg"
        marked = [(m.lower_, c) for c in children(verb) for m in children(c) if m.dep_ == "mark"]
        return [
            arg
            for prep, arg in [*prepositional_args(verb, self.scheme), *marked]
            if any((lemma, prep) in self.roles.namings for lemma in lemmas)
        ]

    def _told_event(
        self, word: Token, role: EventRole, events: list[EventMention], owners: list[str]
    ) -> EventMention | None:
        """The event a participant word belongs to: the event named in its own phrase ("the
        victims of the fire"); else, of the events of its kinds told before it, the first of
        those its owner acts in ("McArthur's victims": McArthur's murders), or the first of all:
        a news story opens with its event, and the later ones are background ("the deadliest
        since an assault in Ghazni")."""
        mention_of = {i: e for e in events for i in e.mentions}
        for _, arg in prepositional_args(word, self.scheme):
            if arg.i in mention_of:
                event = mention_of[arg.i]
                return event if event.kind in role.kinds else None
        if word.pos_ == "VERB":
            for o in objects(word, self.scheme):
                if any(a.i in mention_of for _, a in prepositional_args(o, self.scheme)):
                    return None  # "claimed responsibility for the attacks": found with the attacks
        told = [e for e in events if e.kind in role.kinds]
        if role.near:
            return self._only_in_sentence(word, told)
        before = [e for e in told if e.mentions[0] < word.i]
        acted = [
            e
            for e in before
            if any(p.entity in owners and p.role == "source" for p in e.participants)
        ]
        # "wrote student protester Joshua Wong" before the protests are named: the story's
        # protests still, the first of its kind it tells
        return (acted or before or told or [None])[0]

    def _only_in_sentence(self, word: Token, told: list[EventMention]) -> EventMention | None:
        """The only event of ``told`` that the sentence of ``word`` names ("the party's nominee
        in the 2020 election"); None when it names none or two ("the candidate spoke of the 2016
        election and the 2020 referendum"), as a candidate's noun names nobody's part in an event
        told elsewhere in the story (one named in its own phrase is found before this). A word
        of a class other than its kind's own names no such event ("sought the nomination": the
        party's choice, not the election the nominee stands in)."""
        sent = word.sent
        found = [
            e
            for e in told
            if any(
                sent.start <= i < sent.end and self._mention_class(word.doc[i]) in (None, e.kind)
                for i in e.mentions
            )
        ]
        return found[0] if len(found) == 1 else None

    def _displaced_subjects(self, verb: Token) -> list[Token]:
        """Words hung on ``verb`` before it, without a preposition, when its only subjects (if
        any) are time words: "Zelensky had maandag een ontmoeting" parsed with "Zelensky" as an
        adverbial and "maandag" as subject or object. The caller keeps only actors among them."""
        own = [c for c in children(verb) if c.dep_ in self.scheme.subject]
        if any(not self.lexicon.time_expression(c.text) for c in own):
            return []
        return [
            c
            for c in children(verb)
            if c.i < verb.i
            and c.pos_ in ("PROPN", "NOUN", "ADV", "X")
            and not self.lexicon.time_expression(c.text)
            and not any(g.dep_ in self.scheme.case for g in children(c))
        ]

    def _attends(self, link: Token) -> bool:
        """Whether the verb's subject takes part in the event, judged by how the event hangs from
        the verb.

        As object ("lanceerde een invasie", "held talks") or through an attending preposition
        ("op een persconferentie", "at a press conference"); not through "na", "voor", "since".
        """
        if (
            link.dep_ in self.scheme.object
            or link.dep_ in self.scheme.subject
            and not is_subject(link, self.scheme)
        ):
            return True  # an object, or the second of two subjects (see _governing_verb)
        taking_part = (
            self.preps.attend | self.preps.place
        )  # "won seats in the 2015 election", "killed in the attack"
        if link.pos_ == "ADP":
            return link.lower_ in taking_part
        return any(c.dep_ in self.scheme.case and c.lower_ in taking_part for c in children(link))

    def _acts_from_outside(self, verb: Token, kind: str) -> bool:
        """Whether ``verb`` is an act done from outside an event of ``kind`` to its people
        (:data:`OUTSIDE_ACTS`): its subject takes no part in the event it names in a phrase."""
        outside = OUTSIDE_ACTS.get(kind)
        if not outside:
            return False
        typed = next(filter(None, map(self.lexicon.verb_type, self._verb_lemmas(verb))), None)
        return typed is not None and typed[0] in outside

    def _calls(self, verb: Token, kind: str) -> bool:
        """Whether ``verb`` calls, sets off or puts off an event of ``kind`` (``call`` rows of
        ``eventroles.<lang>.tsv``: "called a snap election", "schreef verkiezingen uit"): its
        subject or agent takes no part in the event by that clause."""
        if not self.roles.callers or not kind:
            return False
        return any(
            kind in self.roles.callers.get(lemma.lower(), ())
            for lemma in verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
        )

    def _hosts(self, verb: Token, kind: str) -> bool:
        """Whether ``verb`` holds an event of ``kind`` (``host`` rows of ``eventroles.<lang>.tsv``:
        "Canada held a general election", "Nederland houdt verkiezingen"): a country or place
        that is its subject is where the event is held (:func:`_hosts_as_places`). Not a verb
        with a particle, which makes another verb of it ("houden de verkiezingen in de gaten",
        "hield de verkiezingen tegen", "held off the election"; review)."""
        if not kind or any(c.dep_ in self.scheme.particle for c in verb.children):
            return False
        lemmas = verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
        # the most specific lemma only: a particle verb's comes before its bare verb's
        return bool(lemmas) and kind in self.roles.hosts.get(lemmas[0].lower(), ())

    def _called(self, verb: Token, link: Token, noun: Token, undergoers: list[Token]) -> bool:
        """Whether ``verb`` acts on the event ``noun`` itself, as a :meth:`_calls` verb calls or
        puts it off: ``link``, the word that joins the noun to the verb, is the verb's object or
        its passive subject ("called an election", "the election was called by X"), and is the
        noun or a part of it whose "of"/"van" phrase holds the noun ("postponed the second round
        of the election", "stelde de tweede ronde van de verkiezingen uit")."""
        if link.dep_ not in self.scheme.object and link not in undergoers:
            return False
        return link.i == noun.i or any(
            arg.i == noun.i
            for prep, arg in prepositional_args(link, self.scheme)
            if prep in self.preps.possessor
        )

    def _judges(self, verb: Token) -> bool:
        """Whether ``verb`` judges the event it governs ("supported the attack", "het akkoord werd
        verwelkomd door Spanje", ``eventroles.<lang>.tsv`` pos judge): its subject or agent takes
        no part in the event. On the dev split these judges made a third of the event route's wrong
        pairs ("the Pentagon justified the strike", "Merkel steunde het voorstel")."""
        lemmas = verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
        if any(lemma.lower() in self.roles.judges for lemma in lemmas):
            return True
        return self._attacks_with_words(verb, lemmas)

    def _comments(self, verb: Token) -> bool:
        """Whether ``verb`` only comments on the event it judges ("he described the attacks as a
        dastardly act", "the ministry denounced the summit", ``eventroles.<lang>.tsv`` pos
        comment): its subject or agent takes no part at all, not even unpaired as one who
        approves. The yardstick's gold gives such a speaker a stance or a statement, never
        PARTICIPANT."""
        if not self.roles.comments:
            return False
        lemmas = verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
        return any(lemma.lower() in self.roles.comments for lemma in lemmas)

    def _attacks_with_words(self, verb: Token, lemmas: list[str]) -> bool:
        """Whether ``verb`` is a verb of force (events.<lang>.tsv kind attack) that
        :meth:`_criticises`: "Trump attacked the impeachment investigation" judges it, and takes
        part in it as no side (he is its target on the dev split's gold), not as its attacker."""
        return any(
            (found := self.lexicon.event_word(lemma, "verb")) is not None and found.kind == "attack"
            for lemma in lemmas
        ) and self._criticises(verb, lemmas)

    def _ascribed(self, verb: Token, resolver: ArgumentResolver) -> list[tuple[str, str]]:
        """Who ``verb`` lays the event it is said of at the door of ("ascribed to the Taliban",
        "aan de Taliban toegeschreven", ``eventroles.<lang>.tsv`` pos ascribe): the actors of the
        verb's phrase with the listed preposition, as sources; none for any other verb."""
        preps = self._ascribing(verb)
        return [
            (e, "source")
            for prep, arg in prepositional_args(verb, self.scheme)
            if prep in preps
            for e in self._actors(resolver, arg)
            if resolver.may_act(e)
        ]

    def _ascribing(self, verb: Token) -> frozenset[str]:
        """The prepositions through which ``verb`` lays an event at someone's door ("to" of
        "ascribe", "aan" of "toeschrijven"); empty for any other verb."""
        if not self.roles.ascribes:
            return frozenset()
        lemmas = {lemma.lower() for lemma in verb_lemmas_of(verb, self.scheme, self.lexicon.lang)}
        return frozenset(prep for lemma, prep in self.roles.ascribes if lemma in lemmas)

    def _judged(self, verb: Token, link: Token) -> bool:
        """Whether ``verb`` judges the event it has for object ("Belarus supported the attack"),
        also where the Dutch parser makes that object the second of two subjects ("Pols noemde de
        schikking een overwinning": "schikking" nsubj, as _attends reads it); not one in a phrase
        ("steunde Biden bij de verkiezingen": Biden takes part)."""
        as_object = link.dep_ in self.scheme.object or (
            link.dep_ in self.scheme.subject and not is_subject(link, self.scheme)
        )
        return as_object and self._judges(verb)

    def _judges_of(self, noun: Token, resolver: ArgumentResolver) -> list[tuple[str, bool]]:
        """Who judges the event of ``noun``: the subject of a judging verb it is the object of,
        the agent of one it is the passive subject of or whose clause hangs on it ("the strike,
        which was approved by Trump"). They take part, but as no side of it (see
        :attr:`Participant.paired`): the approver of a strike attacks nobody. Each comes with
        whether its verb only comments on the event (:meth:`_comments`): then it takes no part."""
        found: list[tuple[Token, bool]] = []
        verb, link = _governing_verb(noun, self.scheme, self.roles.apart, self.roles.sequel)
        if verb is not None and self._judged(verb, link):
            undergoers = passive_subjects(verb, self.scheme)
            comments = self._comments(verb)
            found += [(s, comments) for s in subjects(verb, self.scheme) if s not in undergoers]
        if noun.dep_ in self.scheme.passive_subject and self._judges(noun.head):
            comments = self._comments(noun.head)
            found += [(a, comments) for a in agents(noun.head, self.scheme, self.preps.agent)]
        for clause in children(noun):
            if clause.i > noun.i and clause.dep_.startswith(("relcl", "acl")):
                if clause.pos_ == "VERB" and self._judges(clause):
                    comments = self._comments(clause)
                    found += [(a, comments) for a in agents(clause, self.scheme, self.preps.agent)]
        return [
            (e, comments)
            for t, comments in found
            for e in self._actors(resolver, self._antecedent(t))
            if resolver.may_act(e)
        ]

    def _link_preposition(self, link: Token) -> str | None:
        """The preposition through which an event noun hangs from its verb
        (:func:`_preposition_of`)."""
        return _preposition_of(link, self.scheme)

    def _during(self, link: Token) -> bool:
        """Whether the event hangs from its verb only as the time of the clause: a preposition of
        attending that names no place ("apologised to X during the hearing", "tijdens de
        hoorzitting"). The clause's object and addressee did something then, not in the event (on
        the dev split their PARTICIPANT and pair relations were wrong 3 times and right never);
        a partner ("with", "met") did it with the subject there."""
        prep = self._link_preposition(link)
        return prep is not None and prep in self.preps.attend and prep not in self.preps.place

    @staticmethod
    def _existential(verb: Token) -> bool:
        """Whether ``verb`` only says that its event is or will be ("there will be more
        protests", ClearNLP ``expl``): no one is named doing it, and the subject a clause borrows
        from the one it hangs on ('Berg said there will be more protests') only speaks of it."""
        return any(c.dep_ == "expl" for c in children(verb))

    def _tells(self, verb: Token) -> bool:
        """Whether ``verb`` is a speech or reporting verb (``speech.<lang>.tsv``): whom it tells
        of the event it governs only hears of it and takes no part ("Pelosi announced the vote to
        Schumer", "Merkel legde de verkiezingen uit aan Macron"), where one a light verb's event
        is made to does ("made a call to Zelensky"); a partner still speaks with its subject
        ("sprak op de top met Xi"). On Wikinews texts nobody tuned on, such addressees were
        wrong participants; the dev split has none either way. Only the verb's own lemma counts,
        with its particle: "stelde een onderzoek in naar Israël" (instellen) tells no one, though
        "stellen" alone is a speech verb."""
        lemmas = verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
        return bool(lemmas) and self.lexicon.is_speech_verb(lemmas[0])

    def _inside_another_event(self, noun: Token, link: Token) -> bool:
        """Whether event ``noun`` reaches its verb (through ``link``) only through another event
        noun, in a phrase on it or in its name ("meedeed aan de voorverkiezing voor de
        presidentsverkiezingen", "a ruling on the prorogation", "negotiate a Brexit deal"): the
        verb's subject takes part in that nearer event, not in the one it is held for or about
        (where both name one event, the nearer noun still gives the pair)."""
        below, word = noun, noun.head
        while word != below and word.i != link.head.i:
            if (
                word.pos_ == "NOUN"
                and (found := self._event_noun(word))
                and found.kind in NODE_KINDS
            ):
                return True
            below, word = word, word.head
        return False

    def _attends_by_phrase(self, verb: Token, link: Token) -> bool:
        """Whether the verb with its object and the preposition of ``link`` is a phrase of taking
        part (``eventroles.<lang>.tsv``, pos attend): "nam deel aan het overleg", "maakt deel uit
        van een verdrag", "heeft deelgenomen aan de top"; "-" for the event as the verb's own
        object ("attended the summit", "woonde de top bij"). Denied, it makes no one take part."""
        if not self.roles.attend:
            return False
        prep = self._link_preposition(link)
        if prep is None and (
            link.dep_ in self.scheme.object
            or link.dep_ in self.scheme.subject
            and not is_subject(link, self.scheme)
        ):
            # "attended the summit", "woonde de top bij": the verb's own object (or the second
            # of two subjects, as the Dutch parser may take it: see _attends)
            prep = "-"
        if prep is None:
            return False
        nouns = {""} | {o.lemma_.lower() for o in objects(verb, self.scheme) if o != link}
        return any(
            (lemma.lower(), noun, prep) in self.roles.attend
            for lemma in verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
            for noun in nouns
        )

    def _class_of(self, noun: Token) -> EventClass | None:
        """The class of an event noun (``eventclasses.<lang>.tsv``), read as
        :meth:`_event_noun` reads the noun: with its compound, with its adjective ("legal
        action"), then alone."""
        if not self.classes.words:
            return None
        return self.classes.of(modified_forms(noun, adjective=True) + [noun.lemma_.lower()])

    def _refers_back(
        self,
        noun: Token,
        kind: str,
        place: str | None,
        earlier: "_EarlierEvents",
        definite: bool | None = None,
    ) -> EventMention | None:
        if not (is_definite(noun) if definite is None else definite):
            return None
        # The most talked-about such event so far (the latest on a tie): an article returns to its
        # main event; but one named by the same word first ("an airstrike ... the airstrike").
        # With a compound, name or number of its own ("the Brexit referendum", "de tweede
        # stemming") only an event of its word, or the kind's main event while no noun has named
        # it yet ("leaders met ... the G7 Summit"). Tried on dev and left out (evid2, evid3):
        # possessors and phrases after the noun as own words too (nl pairs -6); a possessed noun
        # joining an event of its word (en pairs -4, "SpaceX's launch"); no event for a noun
        # compounded with an event noun (en right -4: "Brexit" is an event of its own).
        word = noun.lemma_.lower()
        return earlier.best(_family(kind, noun), place, word, only_word=_own_words(noun))

    def _named_by_modifier(
        self,
        noun: Token,
        kind: str,
        place: str | None,
        earlier: "_EarlierEvents",
        mention_of: Mapping[int, EventMention],
    ) -> EventMention | None:
        """The earlier event of its word that an event noun names again as the bare modifier of
        another noun ("eight murders ... an alleged murder weapon", "the impeachment inquiry ...
        impeachment proceedings"): a noun compounded before another, with no determiner of its
        own, describes the thing it modifies by the event the text told, rather than telling a
        new one. Only an event a mention of which is the noun's word or a compound of it
        (:func:`_told_by_word`) and that is no passing word so far, and not when the noun's
        sentence told an event of its family before it; None for any other noun."""
        if (
            noun.dep_ not in COMPOUND_LABELS
            or noun.head.i <= noun.i
            # "Tropical Storm Barry": a word of a name, which event_name reads
            or noun.head.pos_ != "NOUN"
            or noun.pos_ != "NOUN"
            or any(c.dep_ in DETERMINER_LABELS for c in children(noun))
            # "the 2017 election cycle", "the party's primary election cycle": the thing's own
            # year, name or owner tells which occasion it is of
            or any(
                c.i < noun.i
                and (
                    c.pos_ in ("PROPN", "NUM")
                    or c.like_num
                    or c.dep_ in POSSESSIVE_LABELS
                    or possessive_pronoun(c)
                )
                for c in children(noun.head)
            )
        ):
            return None
        family = _family(kind, noun)
        if any(
            (told := mention_of.get(i)) is not None and told.family == family
            for i in range(noun.sent.start, noun.i)
        ):
            # "the planned launch on Wednesday ... before scheduled launch time": the one its
            # own sentence told, which the later joins read
            return None
        event = earlier.best(family, place, noun.lemma_.lower(), only_word=True)
        if event is None or event.passing or not _told_by_word(noun, event):
            # a passing word so far ("Trump's state of emergency ... his emergency declaration")
            # is joined once the text is read (_named_again), which this join would forestall
            return None
        return event

    def _place(
        self, noun: Token, resolver: ArgumentResolver, happening: bool = False
    ) -> str | None:
        """Where the event happened: a place name before the noun ("a Kabul car bombing"; a country
        too before a happening: "the United States presidential election"), else the noun's or its
        clause's place phrase."""
        before = ("LOCATION", "COUNTRY") if happening else ("LOCATION",)
        for child in children(noun):
            eid = resolver.entity(child)
            if eid and child.i < noun.i and resolver.type_of(eid) in before:
                return eid
        heads = [noun]
        verb = clause_verb(noun)
        if verb != noun:
            heads.append(verb)
        elif noun.pos_ == "VERB":
            # "met Steve Witkoff and Jared Kushner in Moscow" parsed with the place on the last
            # object
            heads += [o for o in objects(noun, self.scheme) if o.ent_type_ == "PERSON"]
        for head in heads:
            for prep, arg in prepositional_args(head, self.scheme):
                if prep not in self.preps.place:
                    continue
                eid = resolver.entity(arg)
                if eid and resolver.type_of(eid) in PLACE_TYPES:
                    return eid
                if eid is None and arg.pos_ == "NOUN":
                    # "bij een brand in een escaperoom in Koszalin": the named place of an unnamed
                    # one; "in de hoofdstad San Juan", "in the capital, San Juan": the name the
                    # place noun stands for, in the noun's own phrase (not an "of" phrase: "in the
                    # history of the United States" placed an impeachment there on the dev split;
                    # nor a clause's: "een arts uit Martinsville in de staat Virginia veroordeeld")
                    apposed = self.scheme.appos | self.scheme.name_part
                    named = [
                        c
                        for c in children(arg)
                        if head is noun
                        and noun.pos_ != "VERB"
                        and c.i > arg.i
                        and c.dep_ in apposed
                    ]
                    for inner_prep, inner in prepositional_args(arg, self.scheme):
                        if inner_prep in self.preps.place:
                            named.append(inner)
                    if (place := _first_place(named, resolver)) is not None:
                        return place
        return None

    def _participants(
        self,
        noun: Token,
        resolver: ArgumentResolver,
        symmetric: bool = False,
        happening: bool = False,
        kind: str = "",
        force: bool = False,
    ) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        # "the Iraq War": a name inside the event's own name is no side of it (annotation guide)
        named_from = noun.i - len(event_name(noun).split()) + 1
        for child in children(noun):
            # "the Minetest release": a name that makes the noun a thing takes no side of it
            eid = None if resolver.names_thing(child) else resolver.entity(child)
            if eid is None and child.pos_ == "NOUN" and child.dep_ in POSSESSIVE_LABELS:
                # "the nation's civil war", "the president's claims": the country or title holder
                # the description stands for. Not an organisation's ("the party's convention" of
                # a text about several parties went to the wrong one on pairs_fresh3_en)
                eid = resolver.named_or_described(child)
                eid = eid if eid and resolver.type_of(eid) != "ORG" else None
            if (
                eid
                and child.i < min(noun.i, named_from)
                and _side_of(resolver, eid, happening)
                # "Volgens persbureau Reuters was de aanslag ...", parsed with Reuters the subject
                # of the noun as predicate: a clause's subject is not the noun's own actor
                and child.dep_ not in self.scheme.subject
            ):
                found.append((eid, "source"))
            elif eid is None and child.i < noun.i and possessive_pronoun(child):
                # "his resignation", "zijn aftreden", "haar arrestatie": whom the pronoun stands
                # for, where the resolver is sure of it (a fronted phrase's: its clause's subject)
                found += [
                    (e, "source")
                    for e in self._possessor(child, noun, resolver)
                    if _side_of(resolver, e, happening)
                ]
        # "Russia's invasion of Ukraine", "de Russische invasie van Oekraïne": with the actor before
        # the noun, or in its agent phrase after it ("the detention of Navalny by Russia", "de
        # vergiftiging van Navalny door Rusland"), the "of"/"van" phrase is the one it is done to;
        # a "by" phrase counts only when it names someone who acts ("the withdrawal of the United
        # States by May", "the visit of Macron by train" name no maker)
        phrases = list(prepositional_args(noun, self.scheme))
        agented = any(
            prep in self.preps.agent and self._acting(resolver, arg) for prep, arg in phrases
        )
        of_role = "target" if found or agented else "source"
        # "the bombing of Syria": only a noun whose "of" names whom it befell
        # (victimnouns.<lang>.txt; not "the attack of Hamas", "the offensive of the Taliban") and
        # that names no recipient
        # ("the bombing of Hamas on Israel"; "on Monday" is none)
        struck = (
            force
            and victim_noun(noun, self.grammar)
            and not any(
                prep in self.preps.recipient and self._acting(resolver, arg)
                for prep, arg in phrases
            )
        )
        for prep, arg in phrases:
            role = (
                "target"
                if prep in self.preps.recipient
                else "source"
                if prep in self.preps.agent
                # "the bombing of Syria": after a noun of force, the state or body it befell
                else "befallen"
                if struck and prep in self.preps.befallen
                else of_role
                if prep in self.preps.possessor
                else None
                if prep in self.preps.place
                or prep in self.preps.between
                or prep in self.preps.attend
                # "allegations from Tara Reade": whom a said act comes from made it
                else "source"
                if prep in self.grammar.origin and kind in SAID_KINDS
                # an actor in any other phrase takes part
                else "target"
            )
            if role == "befallen":
                # a person so named keeps the owner's reading: "the shooting of X" retold in a
                # story of another shooting paired X with its shooter (dev: one wrong ASSAULT)
                found += [
                    (e, of_role if resolver.type_of(e) == "PERSON" else "target")
                    for e in self._acting(resolver, arg)
                ]
            elif role:
                found += [(e, role) for e in self._acting(resolver, arg)]
            elif prep in self.preps.within and (symmetric or kind in HELD_KINDS):
                # "a trial in the Senate", "een stemming in het Huis": the body it is held in
                found += [
                    (e, "source")
                    for e in self._acting(resolver, arg)
                    if resolver.type_of(e) == "ORG"
                ]
        for side in between_sides(noun, self.scheme, self.preps.between):
            found += [(e, "source") for e in self._actors(resolver, side) if resolver.may_act(e)]
        found += self._relative_clause_participants(noun, resolver)
        found += self._passive_clause_participants(noun, resolver, symmetric, kind)
        found += self._subject_clause_participants(noun, resolver, symmetric, happening)
        # "granted Milken a pardon", "gave Ukraine aid": whom the verb gives the act to
        found += [
            (e, "target")
            for recipient in indirect_recipients(noun, self.scheme)
            for e in self._acting(resolver, recipient)
        ]
        verb, link = _governing_verb(noun, self.scheme, self.roles.apart, self.roles.sequel)
        if (
            verb is not None
            and link.dep_ in self.scheme.object
            and (preps := self._ascribing(verb))
        ):
            # "Kabul blamed the attack on the Taliban": who blames takes no part, the blamed did it,
            # also where the parser hung "on the Taliban" on the noun
            blamed = [
                (e, "source")
                for prep, arg in prepositional_args(noun, self.scheme)
                if prep in preps
                for e in self._acting(resolver, arg)
            ]
            kept = [(e, r) for e, r in found if (e, "source") not in blamed]
            return kept + blamed + self._ascribed(verb, resolver)
        if (
            verb is not None
            and not self._judged(verb, link)
            and not self._inside_another_event(noun, link)
            and (
                # a copula's adjective tells taking part only by a phrase ("aanwezig bij"), not
                # by any preposition ("kritisch op de verkiezingen")
                self._attends(link)
                and not _copula_predicate(verb)
                or self._attends_by_phrase(verb, link)
            )
            # "was bij de begrafenis niet aanwezig", "nam niet deel aan het overleg", "did not
            # attend the summit": a phrase of taking part that is denied makes no one take part
            and not (self._attends_by_phrase(verb, link) and self._negated(verb))
        ):
            undergoers = passive_subjects(verb, self.scheme)
            # "Becerra is joined in the lawsuit by X", "bij de aanslag door X gedood": the agent of
            # a passive verb acts in the event it took part in
            acting = [
                self._antecedent(subj)
                # "promised to hold elections and a referendum": a conjunct's subject may lie
                # one clause further up than a verb's
                for subj in subjects(verb, self.scheme, 3)
                if subj not in undergoers
            ] + [a for a in agents(verb, self.scheme, self.preps.agent) if a.i != noun.i]
            sources = [e for t in acting for e in self._actors(resolver, t)]
            if not sources and verb.dep_ in ("aux", "aux:pass", "cop") and verb.head != verb:
                # "Zelensky had maandag een ontmoeting ...": the parser made "had" an auxiliary of a
                # later verb.
                acting = subjects(verb.head, self.scheme)
                sources = [e for t in acting for e in self._actors(resolver, t)]
            if not sources and not undergoers:
                acting = self._displaced_subjects(verb)
                sources = [e for t in acting for e in self._actors(resolver, t)]
            if link.dep_ not in self.scheme.object and self._acts_from_outside(verb, kind):
                sources, acting = [], []
            if self._called(verb, link, noun, undergoers) and self._calls(verb, kind):
                # "the prime minister called a snap election", "the election was called by X",
                # "postponed the second round of the election": who calls, sets off or puts off
                # the event takes no part in it by that (a candidate does by what else is told);
                # not one who "forced a runoff in the election" (the verb's object is another
                # thing)
                sources, acting = [], []
            owners = {e for e, role in found if role == "source"}
            if (
                owners
                and any(possessive_pronoun(c) for c in children(noun) if c.i < noun.i)
                and owners
                & {e for o in objects(verb, self.scheme) for e in self._acting(resolver, o)}
            ):
                # "the lawyer who represented Daniels in her lawsuit against Trump": the pronoun
                # names the object as the owner; the subject acts for it, not in its place
                sources = [e for e in sources if e in owners]
                acting = []
            # "Flynn received a pardon from Trump", "Kenia kreeg steun van Japan": the subject
            # of a verb of receiving is whom its object's act is done to, its giver does it
            # (not "received news of the attack": the object is no act)
            received = link.dep_ in self.scheme.object and (link == noun or _measured(noun, link))
            givers = self._givers(verb, noun) if received else None
            if (
                givers is not None
                and not any(self._acting(resolver, g) for g in givers)
                and self._aimed_or_owned(noun, resolver)
            ):
                # with no giver named, an act aimed at another or owned by a pronoun is the
                # subject's own: "kreeg het offensief tegen Hamas op gang", "got its
                # counteroffensive under way" (review); "Kenya received aid" still receives
                givers = None
            subject_role = "source" if givers is None else "target"
            if not self._existential(verb):
                parts = [(e, subject_role) for e in sources if resolver.may_act(e)]
                if link.dep_ in self.scheme.object and self._hosts(verb, kind):
                    # "Canada held a general election": where it is held; not "Russia hacked
                    # the election" nor "interfered in the election" (no verb of holding)
                    parts = _hosts_as_places(parts, resolver)
                found += parts
                # "joined in the lawsuit by attorneys general from Maine and Ohio": the states
                found += [(e, subject_role) for t in acting for e in resolver.regions_acting(t)]
            given = [(e, "source") for g in givers or [] for e in self._acting(resolver, g)]
            # the giver's phrase on the noun ("a visit from Japan") was read as one it is aimed at
            found = [(e, r) for e, r in found if (e, "source") not in given] + given
            # "Sacoolas was involved in a collision", "X werd gedood bij de aanslag": the one it
            # happened to; but "Becerra is joined in the lawsuit by X": Becerra sued with X
            joined = verb.lemma_.lower() in self.roles.partners
            found += [
                (e, "source" if joined else "target")
                for subj in undergoers
                for e in self._actors(resolver, subj)
                if resolver.may_act(e)
            ]
            during = self._during(link)
            if link.dep_ not in self.scheme.object and not during:
                # "steunt Joe Biden bij de verkiezingen": with the event in a phrase, the object
                # takes part too
                found += [
                    (e, "target")
                    for o in objects(verb, self.scheme)
                    for e in self._acting(resolver, o)
                ]
            told = self._tells(verb)
            for prep, arg in prepositional_args(verb, self.scheme):
                # "zat tijdens de top met Sharif om de tafel": a partner did it with the subject
                if (during or told) and prep not in self.preps.partner:
                    continue
                # "received a visit from Japan's premier": the giver acts, it is not a target
                if prep in self.preps.recipient and arg != noun and arg not in (givers or []):
                    found += [
                        (e, "target") for e in self._actors(resolver, arg) if resolver.may_act(e)
                    ]
        return found

    def _aimed_or_owned(self, noun: Token, resolver: ArgumentResolver) -> bool:
        """Whether event ``noun`` names whom it is aimed at ("het offensief tegen Hamas") or an
        owner by a possessive pronoun ("its counteroffensive"): an act of its own clause's
        subject, not one it receives."""
        return any(possessive_pronoun(c) for c in children(noun) if c.i < noun.i) or any(
            prep in self.preps.recipient and self._acting(resolver, arg)
            for prep, arg in prepositional_args(noun, self.scheme)
        )

    def _givers(self, verb: Token, noun: Token) -> list[Token] | None:
        """The giver's phrases on ``verb`` or on its object ``noun`` when ``verb`` is a verb of
        receiving (a ``receive`` row of ``phrases.<lang>.tsv``: "receive from", "krijgen van"),
        which may be none ("Kenya received aid"); None for any other verb. Its subject does not
        do the act its object names but undergoes it (:mod:`extract.components.relations.received`
        reads the same rows for the typed relation)."""
        lemmas = [
            lemma
            for lemma in verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
            if self.lexicon.has_phrase_part(lemma, "receive")
        ]
        if not lemmas:
            return None
        return [
            arg
            for head in (verb, noun)
            for prep, arg in prepositional_args(head, self.scheme)
            if any(self.lexicon.phrase_type(lemma, "receive", prep) is not None for lemma in lemmas)
        ]

    def _antecedent(self, subject: Token) -> Token:
        """The noun a relative pronoun stands for ("Liberals, which had secured a majority in the
        2015 election": Liberals), else the subject itself."""
        clause = subject.head
        relative = subject.lower_ in RELATIVE or morph_values(subject, "PronType") == ["Rel"]
        if relative and clause.dep_.startswith(("relcl", "acl")) and clause.head != clause:
            return clause.head
        return subject

    def _actors(self, resolver: ArgumentResolver, token: Token) -> list[str]:
        """The entities ``token`` stands for (:meth:`ArgumentResolver.actors`), else the names in
        apposition after a common noun: "de Iraanse luchtvaartmaatschappij Mahan Air", "the South
        American group Mercosur", "porn star Stormy Daniels"."""
        found = resolver.actors(token)
        if found or token.pos_ != "NOUN":
            return found
        apposed = self.scheme.appos | self.scheme.name_part
        return list(
            dict.fromkeys(
                eid
                for c in children(token)
                if c.i > token.i and c.dep_ in apposed and (eid := resolver.entity(c)) is not None
            )
        )

    def _acting(self, resolver: ArgumentResolver, token: Token) -> list[str]:
        """The persons, organisations and countries ``token`` stands for (:meth:`_actors`), else
        the states or provinces a public office noun acts for ("attorneys general from Maine and
        Ohio", :meth:`ArgumentResolver.regions_acting`): a side of an event, not its place."""
        found = [e for e in self._actors(resolver, token) if resolver.may_act(e)]
        return found or resolver.regions_acting(token)

    def _inside_targets(
        self, noun: Token, resolver: ArgumentResolver, happening: bool = False
    ) -> list[str]:
        """The actors named inside a phrase an event noun is aimed at whose own noun names none:
        "an attack on an Iraqi air base", "een aanval op een Iraakse luchtmachtbasis" (Iraq is hit,
        through its base). One level of that noun's modifiers and phrases is read, not its place
        phrases ("a base near Mosul"). They take part as targets but are no side that acts
        towards the other participants (:attr:`Participant.paired`): on the Dutch dev split their
        pairs were wrong 7 times and right never. Not inside a noun that names an event of its
        own ("a campaign for the Democratic Party nomination"): its names are that event's. A
        ``happening`` (no act: a ceremony, a trial) is where its place or attending phrase says,
        not aimed at it: "de doopplechtigheid op het Spaanse eiland Mallorca" has no Spanish
        target."""
        skip = self.preps.place | self.preps.attend | self.preps.agent
        return [
            e
            for prep, arg in prepositional_args(noun, self.scheme)
            if prep in self.preps.recipient
            and not (happening and prep in self.preps.place | self.preps.attend)
            and arg.pos_ == "NOUN"
            and not self._actors(resolver, arg)
            # "her campaign for the Democratic Party nomination": the party's is the nomination
            and self._event_noun(arg) is None
            for e in resolver.within(arg, skip=skip, depth=1)
            if resolver.may_act(e)
        ]

    def _relative_clause_participants(
        self, noun: Token, resolver: ArgumentResolver
    ) -> list[tuple[str, str]]:
        """ "a collision which killed Harry Dunn", "the attack carried out by the Taliban": the
        objects of a relative clause whose subject is the event (targets), the subject of one
        whose object it is ("de sancties die de EU heeft ingesteld": sources), the agents of a
        participle clause on it (sources) and, where it has one, the one it was done to (see
        :meth:`_clause_recipients`)."""
        found: list[tuple[str, str]] = []
        for clause in children(noun) + self._trailing_participles(noun):
            if (
                clause.pos_ != "VERB"
                or clause.i < noun.i
                or not clause.dep_.startswith(("relcl", "acl", "advcl"))
                or self._judges(clause)
            ):
                continue
            relatives = [
                c
                for c in children(clause)
                if c.lower_ in RELATIVE or morph_values(c, "PronType") == ["Rel"]
            ]
            # a pronoun labelled subject that the clause reads as its object (see
            # extract.grammar.syntax._agreeing_relative_subject) stands for what was done
            clause_objects = objects(clause, self.scheme)
            by_event = any(
                c.dep_ in self.scheme.subject and c not in clause_objects for c in relatives
            )
            if by_event:
                found += [
                    (e, "target")
                    for o in clause_objects
                    for e in self._actors(resolver, o)
                    if resolver.may_act(e)
                ]
            elif any(c.dep_ in self.scheme.subject for c in relatives):
                doers = [
                    (e, "source")
                    for s in subjects(clause, self.scheme)
                    for e in self._actors(resolver, s)
                    if resolver.may_act(e)
                ]
                found += doers
                if doers:
                    found += self._clause_recipients([clause], resolver)
            # "die naar verluidt door de Taliban werd gepleegd": the agent may hang on a verb under
            # the clause's
            verbs = [clause] + [
                c
                for c in children(clause)
                if c.pos_ == "VERB" and c.dep_ in self.scheme.open_clause
            ]
            sources = [
                (e, "source")
                for v in verbs
                for a in agents(v, self.scheme, self.preps.agent)
                for e in self._actors(resolver, a)
                if resolver.may_act(e)
            ]
            # "another attack ascribed to the Taliban", "een aanslag die aan de Taliban wordt
            # toegeschreven": the one it is laid on did it
            found += [p for v in verbs for p in self._ascribed(v, resolver)]
            found += sources
            if sources:
                found += self._clause_recipients(verbs, resolver)
        return found

    def _trailing_participles(self, noun: Token) -> list[Token]:
        """A past participle clause right after ``noun`` and a comma that the parser hung on the
        verb governing the noun, not on the noun: "Dozens died in the attack, reportedly
        conducted by the Taliban". With no subject of its own and the noun last before it, the
        clause tells of the noun: its agent did the event. Empty for any other noun."""
        verb = noun.head.head if noun.head.pos_ == "ADP" else noun.head
        after = noun.right_edge.i  # the comma itself, where the parser hung it on the noun
        after += noun.doc[after].text != ","
        if (
            verb.pos_ not in ("VERB", "AUX")
            or after >= len(noun.doc)
            or noun.doc[after].text != ","
        ):
            return []
        return [
            c
            for c in children(verb)
            if c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and c.left_edge.i in (after, after + 1)  # UD hangs the comma on the clause
            and "Part" in morph_values(c, "VerbForm")
            and not any(g.dep_ in self.scheme.subject for g in children(c))
            and not self._tells(c)  # ", reported by Reuters" tells the whole clause
        ]

    def _clause_recipients(
        self, verbs: list[Token], resolver: ArgumentResolver
    ) -> list[tuple[str, str]]:
        """ "de sancties die door de EU tegen Rusland werden opgelegd", "the attack carried out by
        Russia on Ukraine": in a passive clause on the event, with its agent, the actors of a
        recipient phrase ("tegen", "op", "on") are whom it was done to (targets)."""
        return [
            (e, "target")
            for v in verbs
            for prep, arg in prepositional_args(v, self.scheme)
            if prep in self.preps.recipient and prep not in self.preps.agent
            for e in self._actors(resolver, arg)
            if resolver.may_act(e)
        ]

    def _passive_clause_participants(
        self, noun: Token, resolver: ArgumentResolver, symmetric: bool = False, kind: str = ""
    ) -> list[tuple[str, str]]:
        """ "The agreement was signed by X", "de aanslag werd gepleegd door Y": the agents of the
        passive verb whose subject the event is take part in it, but not of one that calls or
        puts it off (:meth:`_calls`: "the election was called by X"); "facilities of Aramco were
        hit by drone strikes": the subject of the passive verb whose agent the event is undergoes
        it.

        Not the agents of a symmetric event ("the meeting was attended by" six ministers): every
        pair of them would consult every other, which the dev split shows wrong 32 times to 7
        participants found."""

        def actors(tokens: list[Token], role: str) -> list[tuple[str, str]]:
            return [(e, role) for t in tokens for e in self._acting(resolver, t)]

        verb = noun.head
        if noun.dep_ in self.scheme.passive_subject and verb.pos_ in ("VERB", "AUX"):
            if symmetric or self._judges(verb) or self._calls(verb, kind):
                return []  # "the attack was condemned by Germany", "was called by X"
            # "the bombing was blamed on the Taliban"
            ascribed = self._ascribed(verb, resolver)
            return ascribed + actors(agents(verb, self.scheme, self.preps.agent), "source")
        clause = (
            verb.head
            if self.scheme.preposition_heads_noun
            and noun.dep_ == "pobj"
            and verb.dep_ in self.scheme.agent
            else verb
        )
        if clause.pos_ == "VERB" and noun in agents(clause, self.scheme, self.preps.agent):
            hit = passive_subjects(clause, self.scheme)
            return actors(hit, "target") or [
                (e, "target") for t in hit for e in resolver.within(t) if resolver.may_act(e)
            ]
        return []

    def _subject_clause_participants(
        self,
        noun: Token,
        resolver: ArgumentResolver,
        symmetric: bool = False,
        happening: bool = False,
    ) -> list[tuple[str, str]]:
        """ "A bombing killed Ziad al-Sharabi", "een bomaanslag doodde X", "the blast was reported
        to have injured X": the objects of a harming verb (:meth:`_harms`) whose subject the
        event is (for a passive subject, of the verb's open clause only) undergo it, as the
        objects of a relative clause on it do ("a collision which killed X"). Only an object
        after the event ("Volgens het persbureau vonden de aanvallen plaats": a source taken for
        an object) and a side of it (:func:`_side_of`; a happening's: no country or place, "the
        hurricane hit the Bahamas"); not for a negated verb, or a symmetric event (its objects
        would consult each other)."""
        verb = noun.head
        if symmetric or verb.pos_ != "VERB" or verb == noun:
            return []
        open_clauses = [c for c in children(verb) if c.pos_ == "VERB" and c.dep_ == "xcomp"]
        if noun.dep_ in self.scheme.subject:
            verbs = [verb] + open_clauses
        elif noun.dep_ in self.scheme.passive_subject:
            verbs = open_clauses  # "the bombing was reported to have killed X"
        else:
            return []
        return [
            (e, "target")
            for v in verbs
            if self._harms(v) and not self._negated(v)
            for o in objects(v, self.scheme)
            if o.dep_ not in self.scheme.predicate and o.i > noun.i
            for e in self._acting(resolver, o)
            if _side_of(resolver, e, happening)
        ]

    def _struck_places(
        self, noun: Token, resolver: ArgumentResolver, name_length: int = 0
    ) -> list[tuple[str, Token, bool]]:
        """Where a happening struck or reached, each place with the word of the happening's name
        whose clause tells the place's mode, and whether it places the happening (a harming or
        reaching verb of its own told as done, not negated nor in an open clause):
        the place objects of a harming verb (:meth:`_harms`) whose subject the happening is, or
        of a relative clause on it ("a quake hit Puerto Rico", "an earthquake that struck
        southern Chile", "de orkaan trof Florida"), also a place named in that object's phrase
        ("hit the commonwealth of Puerto Rico", "verwoestte woningen in Karaj"); the places of
        a reaching verb's phrase (:meth:`_reached`: "spread to Kenya", "made landfall in Cuba");
        every place joined to one by "and"/"or" ("hit Luzon and Samar"), and those of the
        subject's open clause ("Dorian was forecast to reach the coast of Mexico", "is not
        expected to make landfall in X or in Y"). A happening has no side (see
        :meth:`_subject_clause_participants`), but a careful reader gives it the places it
        hit (annotation guide: the event's ``location``, a participant where it is a country:
        "Dorian cleared the Bahamas"). A named one ("Hurricane Nadia hit Florida") is the
        subject by any word of its name (``name_length`` words long, opening at ``noun``)."""
        verbs: list[tuple[Token, Token]] = []  # (verb, the name's word whose clause it is)
        governing: list[tuple[Token, Token]] = []  # whose open clauses the happening is subject of
        doc = noun.doc
        for word in doc[noun.i : min(len(doc), noun.i + max(name_length, 1))]:
            verb = word.head
            if verb == word or verb.pos_ != "VERB":
                continue
            if word.dep_ in self.scheme.subject:
                verbs.append((verb, word))
                governing.append((verb, word))
            elif word.dep_ in self.scheme.passive_subject:
                governing.append((verb, word))  # "Dorian was forecast to reach the coast"
        verbs += [
            (c, word)
            for v, word in governing
            for c in children(v)
            if c.pos_ == "VERB" and c.dep_ == "xcomp"
        ]
        for clause in children(noun):
            if (
                clause.pos_ == "VERB"
                and clause.i > noun.i
                and clause.dep_.startswith(("relcl", "acl:relcl"))
                and any(
                    (c.lower_ in RELATIVE or morph_values(c, "PronType") == ["Rel"])
                    and c.dep_ in self.scheme.subject
                    for c in children(clause)
                )
            ):
                verbs.append((clause, noun))
        found: list[tuple[str, Token, bool]] = []
        for v, word in verbs:
            open_clause = v.dep_ == "xcomp"
            negated = self._negated(v) or (open_clause and self._negated(v.head))
            if negated and v.head == noun and v.dep_.startswith(("relcl", "acl:relcl")):
                continue  # "a storm that did not hit Cuba": the noun's clause tells no denial
            # an open clause under a verb told as done places it ("continued to batter the
            # Bahamas"), one under a forecast does not ("is expected to hit Portugal")
            places_it = not negated and (not open_clause or self._told_done(v.head))
            reached = self._reached(v)
            if self._harms(v):
                for o in objects(v, self.scheme):
                    if o.dep_ in self.scheme.predicate or o.i < noun.i:
                        continue
                    inner = [
                        arg
                        for prep, arg in prepositional_args(o, self.scheme)
                        if prep in self.preps.place or prep in self.preps.possessor
                    ]
                    inner += [c for c in children(o) if c.dep_ in self.scheme.appos and c.i > o.i]
                    reached += [o, *inner]
            for t in reached:
                if t.i < noun.i:
                    continue  # a source taken for an object, as for sides
                eid = resolver.entity(t)
                if eid and resolver.type_of(eid) in PLACE_TYPES and all(eid != f[0] for f in found):
                    found.append((eid, word, places_it))
        return found

    def _reached(self, verb: Token) -> list[Token]:
        """The words of the places a reaching verb (``reach`` rows of
        ``eventroles.<lang>.tsv``: "reach -", "spread to", "make landfall in", "komen land in")
        names: its object (and a place named in the object's phrase, "reach the coast of
        Mexico") for a row without a preposition, else that preposition's phrase; the row's
        object noun must be the verb's ("landfall", "aan land")."""
        if not self.roles.reaches:
            return []
        lemmas = {lemma.lower() for lemma in verb_lemmas_of(verb, self.scheme, self.lexicon.lang)}
        below = {c.lemma_.lower() for c in children(verb)}
        out: list[Token] = []
        for lemma, noun, prep in self.roles.reaches:
            if lemma not in lemmas or (noun and noun not in below):
                continue
            if prep:
                out += [a for p, a in prepositional_args(verb, self.scheme) if p == prep]
                out += _coordinated_phrases(verb, prep, self.scheme)
                continue
            for o in objects(verb, self.scheme):
                if o.dep_ in self.scheme.predicate:
                    continue
                out.append(o)
                out += [
                    a for p, a in prepositional_args(o, self.scheme) if p in self.preps.possessor
                ]
        return out

    def _struck_alone(
        self,
        doc: Doc,
        events: list[EventMention],
        resolver: ArgumentResolver,
        sentence_of: list[int],
    ) -> None:
        """Add to each happening named after its kind the places its name told alone hit
        ("Hurricane Dorian hit the Bahamas. ... Dorian struck Florida": Florida too), as
        :meth:`_struck_places` does for the full name."""
        for event in events:
            words = event.name.split()
            if event.type != NO_ACT or len(words) < 2:
                continue  # an act between actors, or no name told alone
            for i in sorted(set(event.mentions)):
                token = doc[i]
                if token.text != words[1]:
                    continue  # the full name, read where it was found
                self._add_struck_place(event, token, resolver, len(words) - 1, sentence_of[i])

    def _counted_countries(
        self,
        doc: Doc,
        events: list[EventMention],
        resolver: ArgumentResolver,
        sentence_of: list[int],
    ) -> None:
        """Give the story's happening (the event told most, when a disaster, fire or crash:
        COUNTED_KINDS) the countries its counts are placed in: "the number of casualties rose to
        1,035 in Turkey and 19 in Greece", "there are 142 cases in India", "zijn er in India 142
        gevallen". A reader counts such a country among the participants, as the annotation
        guide's settled case of an epidemic has it for a country whose cases or deaths the text
        counts. The count: a noun of ``count`` rows of ``eventroles.<lang>.tsv``, or a number
        in a clause that holds one (not "over 1,000 [escape rooms] in Poland"); the place: its
        place phrase ("in"), naming a country (a city's count gives nothing: the city is no
        side). Unpaired: a country hit takes no act towards the others."""
        if not self.roles.counts or not events:
            return
        story = max(events, key=lambda e: len(e.mentions))
        if story.kind not in COUNTED_KINDS:
            return
        counted: dict[int, bool] = {}  # clause head -> whether it holds a count noun
        for token in doc:
            if token.lemma_.lower() not in self.roles.counts and not (
                token.pos_ == "NUM" and self._counted_in_clause(token, counted)
            ):
                continue
            for prep, arg in prepositional_args(token, self.scheme):
                eid = resolver.entity(arg)
                if prep in self.preps.place and eid and resolver.type_of(eid) == "COUNTRY":
                    story.add(Participant(eid, "target", arg.i, sentence_of[arg.i], paired=False))

    def _owners_told_apart(
        self,
        doc: Doc,
        events: list[EventMention],
        resolver: ArgumentResolver,
        sentence_of: list[int],
    ) -> None:
        """Give the story's crash or fire (the event told most: OWNED_KINDS) the owner or
        operator of its vehicle, told in a clause of its own: "The Starling was owned by Kaldor
        Tours and chartered by Bell Diving", "Kaldor Air operated the plane", "the plane belonged
        to X", "X was eigenaar van het toestel", "het toestel was eigendom van X". The vehicle is
        one a sentence of the event names (a ``vehicle`` noun of ``eventroles.<lang>.tsv``, or
        the name in apposition to it: "The boat, Starling, caught fire"); the verbs are the
        participles of ``owners.<lang>.tsv``, the nouns ``holder`` and ``held`` rows. The owner
        (a company or person) takes part unpaired, as :meth:`_vehicle_owners` reads one named in
        the vehicle's own phrase."""
        if not self.roles.vehicles or not events:
            return
        story = max(events, key=lambda e: len(e.mentions))
        if story.kind not in OWNED_KINDS:
            return
        vehicles = self._story_vehicles(doc, story)
        if not vehicles:
            return
        for token in doc:
            for owner in self._owners_of(token, vehicles):
                for eid in resolver.actors(owner):
                    if resolver.type_of(eid) in OWNER_TYPES:
                        story.add(
                            Participant(eid, "source", owner.i, sentence_of[owner.i], paired=False)
                        )

    def _flight_told(
        self,
        doc: Doc,
        events: list[EventMention],
        resolver: ArgumentResolver,
        sentence_of: list[int],
    ) -> None:
        """Name the story's crash or fire (the event told most: OWNED_KINDS) by the flight
        number of its vehicle: "Ethiopian Airlines Flight 302 crashed", "Air India
        Express-vlucht 1344", "vlucht MH17 van Malaysia Airlines". The flight word (``flight``
        of ``namewords.<lang>.tsv``) before a number or code is a mention of the happening, and
        the airline named right before it (or in its "of"/"van" phrase) its operator, who takes
        part unpaired, as :meth:`_owners_told_apart` reads one told in a clause of its own.
        The story's flight number is the first one told as the happening's own, the subject or
        the possessor of a word of it ("Flight 302 crashed", "the crash of Flight 610"), not a
        flight the story only names ("flight 117 was diverted" in a story of a fire); another
        number after it ("after Lion Air Flight 610 crashed in October") is an earlier
        occasion. In a story of an air crash (:meth:`_air_crash_told_apart`) the first flight
        number hung on no other event names it wherever it is told ("Een passagiersvliegtuig
        verongelukte ... Air India Express-vlucht 1344 kwam uit Dubai")."""
        if not events:
            return
        story = max(events, key=lambda e: len(e.mentions))
        if story.kind not in OWNED_KINDS:
            return
        number = None
        for token in doc:
            hyphened = "-" in token.text[1:]  # "Express-vlucht": the airline's name in the word
            if _last_part(token) not in FLIGHT_WORDS or token.i + 1 >= len(doc):
                continue
            code = doc[token.i + 1]
            if not (code.like_num or any(ch.isdigit() for ch in code.text)):
                continue  # "the flight", "the flight recorders"
            if number is None and not _tells_of(token, story):
                if not self._air_crash_told_apart(doc, token, story, events):
                    continue  # "British Airways flight 117 was diverted" in a story of a fire
            if number is None:
                number = code.text.lower()
            if code.text.lower() != number:
                continue  # another flight than the story's
            if token.i not in story.mentions:
                bisect.insort(story.mentions, token.i)
            before = token.i if hyphened else token.i - 1
            if before >= 0 and doc[before].text in ("-", "–"):
                before -= 1  # "Air India Express - vlucht 1344"
            operators = [resolver.entity(doc[before])] if before >= 0 else []
            if hyphened:  # "Air India Express-vlucht": the airline named so elsewhere
                operators.append(_named_before_hyphen(token, resolver))
            # "vlucht MH17 van Malaysia Airlines", the phrase on the number or on the word
            operators += [
                e
                for word in (token, code)
                for prep, arg in prepositional_args(word, self.scheme)
                if prep in self.preps.possessor
                for e in self._actors(resolver, arg)
            ]
            for eid in dict.fromkeys(e for e in operators if e):
                if resolver.type_of(eid) == "ORG":
                    story.add(
                        Participant(eid, "source", token.i, sentence_of[token.i], paired=False)
                    )

    def _air_crash_told_apart(
        self, doc: Doc, flight: Token, story: EventMention, events: list[EventMention]
    ) -> bool:
        """Whether the flight word ``flight``, hung on no word of ``story``, names it all the
        same: the story is a crash whose sentences name an aircraft (an ``aircraft`` vehicle of
        ``eventroles.<lang>.tsv``: "a passenger plane crashed ... Flight 1344 had come from
        Dubai"), and the flight hangs on no word of another event ("Lion Air Flight 610 crashed
        in October"). A flight names only an air crash: not a bus crash its victims had flown
        to ("the victims had arrived on flight 8132"), nor a fire. And only when the flight is
        the subject of its clause: "passengers on KLM flight 1234 saw the smoke", "had planned
        to board flight 1210" name a flight apart from the crash."""
        if story.kind != "crash" or not self.roles.aircraft:
            return False
        if not _flight_is_subject(flight, self.scheme):
            return False
        if any(_tells_of(flight, other) for other in events if other is not story):
            return False
        return any(
            _last_part(token) in self.roles.aircraft
            for sent in {doc[i].sent for i in story.mentions}
            for token in sent
        )

    def _story_vehicles(self, doc: Doc, story: EventMention) -> set[str]:
        """The words of the vehicles the sentences of ``story`` name: each ``vehicle`` noun's
        lemma (the last part of a hyphened word: "een Boeing 707-vrachtvliegtuig"), and a name in
        apposition to such a noun anywhere in the text ("The boat, Starling, caught fire":
        starling, which the tagger may call a common noun)."""
        found = {
            _last_part(token)
            for sent in {doc[i].sent for i in story.mentions}
            for token in sent
            if _last_part(token) in self.roles.vehicles
        }
        for token in doc:
            if _last_part(token) not in found:
                continue
            named = [c for c in children(token) if c.dep_ == "appos"]
            if token.dep_ == "appos":
                named.append(token.head)
            found.update(t.lower_ for t in named if t.text[:1].isupper())
        return found

    def _owners_of(self, token: Token, vehicles: set[str]) -> list[Token]:
        """The owner words ``token`` names of a vehicle in ``vehicles``: the agent of a passive
        owning verb whose subject is the vehicle ("was owned by X"), the subject of an active
        one whose object is ("X owned the plane"), the phrase of one whose preposition is no
        agent's ("belonged to X"); the subject of a ``holder`` noun whose phrase names the
        vehicle, the phrase of a ``held`` noun whose subject is it."""

        def is_vehicle(words: list[Token]) -> bool:
            # the story's vehicle, or a vehicle noun a definite article or demonstrative makes
            # one told before ("a cargo plane crashed ... Kaldor Air owned the aircraft", "that
            # aircraft"): the determiners the event nouns' reference back is read by (is_definite)
            return any(
                w.lemma_.lower() in vehicles
                or w.lower_ in vehicles
                or (w.lemma_.lower() in self.roles.vehicles and is_definite(w))
                for w in words
            )

        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            preps = self.grammar.owners.get(lemma) or self.grammar.owners.get(token.lower_)
            if not preps:
                return []
            clause = token
            while clause.dep_ == "conj" and not subjects(clause, self.scheme):
                clause = clause.head  # "was owned by X and chartered by Y"
            args = list(prepositional_args(token, self.scheme))
            if preps & set(self.preps.agent):
                if passive_subjects(clause, self.scheme) or is_passive(token, self.scheme):
                    if is_vehicle(passive_subjects(clause, self.scheme)):
                        return agents(token, self.scheme, self.preps.agent) or [
                            a for p, a in args if p in preps
                        ]
                    return []
                if is_vehicle(objects(token, self.scheme)):
                    own = [c for c in children(token) if c.dep_ in self.scheme.subject]
                    return (not own and _name_before(token)) or subjects(token, self.scheme)
                return []
            if is_vehicle(subjects(clause, self.scheme)):
                return [a for p, a in args if p in preps]
            return []
        pairs = [(p, a) for p, a in prepositional_args(token, self.scheme)]
        holder = [a for p, a in pairs if (lemma, p) in self.roles.holders]
        held = [a for p, a in pairs if (lemma, p) in self.roles.held]
        if not (holder or held):
            return []
        clause = copula_clause(token, self.scheme)
        if clause is None:
            return []
        said_of = subjects(clause, self.scheme)
        if holder and is_vehicle(holder):
            return said_of or _name_before(token)
        if held and is_vehicle(said_of):
            return held
        return []

    def _counted_in_clause(self, number: Token, counted: dict[int, bool]) -> bool:
        """Whether the clause of ``number`` holds a count noun (``count`` rows of
        ``eventroles.<lang>.tsv``): "the number of casualties rose to 1,035 in Turkey". Each
        clause is read once per document (``counted``), however many numbers it holds."""
        clause = number
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        if clause.i not in counted:
            counted[clause.i] = any(t.lemma_.lower() in self.roles.counts for t in clause.subtree)
        return counted[clause.i]

    def _add_struck_place(
        self,
        event: EventMention,
        noun: Token,
        resolver: ArgumentResolver,
        name_length: int,
        sentence: int,
    ) -> None:
        """Give ``event`` the places its mention at ``noun`` struck or reached
        (:meth:`_struck_places`) as locations, and the first one told as done as its location when
        it has none yet: the one way both the full name and the name told alone
        (:meth:`_struck_alone`) set it. A place of a negated or open clause ("is not expected to
        make landfall in Cuba", "is expected to hit Portugal") takes part in that clause's mode
        (read at the name's word that is the clause's subject), never the event's place."""
        for place, word, places_it in self._struck_places(noun, resolver, name_length):
            if places_it:
                event.location = event.location or place
            event.add(Participant(place, "location", word.i, sentence))

    def _harms(self, verb: Token) -> bool:
        """Whether ``verb`` is one whose object undergoes the event that is its subject (pos
        ``harm`` of ``eventroles.<lang>.tsv``: kill, injure, hit, doden, treffen); "Brexit divides
        the party" makes the party no side of Brexit."""
        lemmas = verb_lemmas_of(verb, self.scheme, self.lexicon.lang)
        return any(lemma.lower() in self.roles.harms for lemma in lemmas)

    def _scene_participants(self, noun: Token, resolver: ArgumentResolver) -> list[str]:
        """The subjects of a relative clause on ``noun`` that a relative adverb of the event's
        scene opens (``eventroles.<lang>.tsv``, pos ``scene``): "een top, waar de presidenten X
        en Y het verdrag ondertekenden", "een akkoord waarmee Israël en de Emiraten betrekkingen
        aangaan", "een aanval waarbij honderden Taliban omkwamen" take part in it. They act at
        the event, not towards each of its sides: unpaired (:attr:`Participant.paired`), as
        attendees are."""
        if not self.roles.scenes:
            return []
        found: list[str] = []
        for clause in children(noun):
            if (
                clause.i < noun.i
                or clause.pos_ not in ("VERB", "AUX")
                or not clause.dep_.startswith(("relcl", "acl:relcl"))
                or self._judges(clause)
                or not any(
                    c.i < clause.i and c.lower_ in self.roles.scenes for c in children(clause)
                )
            ):
                continue
            found += [
                e
                for subject in subjects(clause, self.scheme)
                for e in self._actors(resolver, subject)
                if resolver.may_act(e)
            ]
        return list(dict.fromkeys(found))

    def _attendees(self, noun: Token, resolver: ArgumentResolver) -> list[str]:
        """ "The meeting was attended by X and Y", "het overleg werd bijgewoond door X": the agents
        of the passive verb whose subject a symmetric event is take part in it, but as attendees
        only (see :attr:`Participant.paired`): the dev split showed their pairs wrong 32 times to 7.
        """
        verb = noun.head
        if noun.dep_ not in self.scheme.passive_subject or verb.pos_ not in ("VERB", "AUX"):
            return []
        if self._judges(verb):
            return []
        return [
            e
            for t in agents(verb, self.scheme, self.preps.agent)
            for e in self._actors(resolver, t)
            if resolver.may_act(e)
        ]

    def _verb_participants(
        self, verb: Token, resolver: ArgumentResolver, kind: str = ""
    ) -> list[tuple[str, str]]:
        """Who takes part in the event a verb's clause is: subjects and passive agents act,
        objects, passive subjects and "with"/"met" phrases undergo it, "between X and Y" both;
        a verb of taking's "from"/"op" phrase names whom it is taken from ("was recaptured
        from the Houthis", "heroverden de stad op IS")."""

        def actors(tokens: list[Token], role: str) -> list[tuple[str, str]]:
            return [(e, role) for t in tokens for e in self._acting(resolver, t)]

        passive = passive_subjects(verb, self.scheme)
        found = (
            actors(passive, "target") if passive else actors(subjects(verb, self.scheme), "source")
        )
        found += actors(agents(verb, self.scheme, self.preps.agent), "source")
        if kind in HOSTED_KINDS:
            # "Hongkong kiest zondag": the verb is the election, its country where it is held
            found = _hosts_as_places(found, resolver)
        found += actors(objects(verb, self.scheme), "target")
        found += actors(
            [a for p, a in prepositional_args(verb, self.scheme) if p in self.preps.recipient],
            "target",
        )
        found += actors(between_sides(verb, self.scheme, self.preps.between), "source")
        if kind in VEHICLE_KINDS:
            found += [(e, "source") for e in self._vehicle_owners(verb, resolver)]
        if kind in TAKING_KINDS:
            taken_from = self.preps.dispossessed
            found += actors(
                [a for p, a in prepositional_args(verb, self.scheme) if p in taken_from], "target"
            )
        return found

    def _vehicle_owners(self, verb: Token, resolver: ArgumentResolver) -> list[str]:
        """The owners of the vehicles that a crash's verb has as subjects, which name no actor
        themselves: the company or person named in the subject's phrase ("a Stagecoach South
        bus crashed", "Smith's car collided", "a bus owned by Acme crashed": the owner of a
        participle of ``owners.<lang>.tsv``), not its place ("a bus in Leeds")."""
        return [
            e
            for t in subjects(verb, self.scheme)
            if t.pos_ == "NOUN" and not self._acting(resolver, t)
            for e in resolver.within(t, skip=self.preps.place, depth=1)
            if resolver.type_of(e) in OWNER_TYPES
        ]


def _coordinated_phrases(head: Token, prep: str, scheme: LabelScheme) -> list[Token]:
    """The nouns of phrases coordinated with a ``prep`` phrase of ``head`` where a preposition
    heads its noun ("landfall in Cuba or in Haiti": Haiti, whose "in" the parser hung on the
    first "in" as a conjunct)."""
    return [
        t
        for first in children(head)
        if first.pos_ == "ADP" and first.lower_ == prep and scheme.preposition_heads_noun
        for other in children(first)
        if other.dep_ in scheme.conj and other.pos_ == "ADP"
        for noun in children(other)
        if noun.dep_ in ("pobj", "pcomp")
        for t in with_conjuncts(noun, scheme)
    ]


def _flight_is_subject(flight: Token, scheme: LabelScheme) -> bool:
    """Whether the flight word ``flight`` (or its number) is, with the name it is part of, the
    subject of its clause: "Flight 1344 had come from Dubai", "Air India Express-vlucht 1344
    kwam uit Dubai" (parsed as a parataxis under the airline's name); not "passengers on
    flight 1234", "to board flight 1210"."""
    words = (flight, flight.doc[flight.i + 1]) if flight.i + 1 < len(flight.doc) else (flight,)
    for word in words:
        for _ in range(4):  # up through the words of the name: "Air India Express-vlucht 1344"
            name_part = word.dep_ in ("compound", "flat", "flat:name", "appos", "nummod")
            if not (name_part or word.dep_ == "parataxis" and word.head.pos_ == "PROPN"):
                break
            if word.head is word:
                break
            word = word.head
        if word.dep_ in scheme.subject | scheme.passive_subject:
            return True
    return False


def _tells_of(flight: Token, story: EventMention) -> bool:
    """Whether the flight word ``flight`` (or its number) names the vehicle of ``story``: it
    hangs on a word of the story, or one step further ("Flight 302 crashed", "the crash of
    Flight 610", "Air India Express-vlucht 1344 verongelukte")."""
    words = (flight, flight.doc[flight.i + 1]) if flight.i + 1 < len(flight.doc) else (flight,)
    return any(w.head.i in story.mentions or w.head.head.i in story.mentions for w in words)


def _named_before_hyphen(word: Token, resolver: ArgumentResolver) -> str | None:
    """The entity of the name a hyphened word opens with, the proper nouns before the word
    included, where the text names it so elsewhere ("Air India Express-vlucht 1344" after "een
    toestel van Air India Express"; the parser may tag the whole no name)."""
    words = [word.text.rsplit("-", 1)[0]]
    i = word.i - 1
    while i >= 0 and word.i - i <= 4 and word.doc[i].pos_ == "PROPN":
        words.insert(0, word.doc[i].text)
        i -= 1
    named = {ent.text: ent for ent in word.doc.ents}
    for start in range(len(words)):
        ent = named.get(" ".join(words[start:]))
        if ent is not None:
            return resolver.entity(ent.root)
    return None


def _last_part(token: Token) -> str:
    """The lemma of ``token``, or its last part after a hyphen ("707-vrachtvliegtuig")."""
    return token.lemma_.lower().rsplit("-", 1)[-1]


def _name_before(predicate: Token) -> list[Token]:
    """The name right before a predicate the parser gave no subject, which is its subject in a
    clause without a conjunction ("stating X owned the plane", parsed as the object of
    "stating" and a verb coordinated with the sentence's, and "volgens wie X eigenaar van het
    toestel was", where X hangs on the main verb)."""
    if predicate.is_sent_start:
        return []  # the token before is the last of another sentence
    before = predicate.doc[predicate.i - 1]
    return [before] if before.pos_ == "PROPN" and before.ent_type_ else []


#: Kinds that news uses interchangeably for one event ("de gesprekken" ... "de bijeenkomst").
KIND_FAMILIES = {"talks": "talks", "meeting": "talks", "negotiations": "talks", "summit": "talks"}
#: Kinds whose words name different acts of one sort: "a subpoena", "the investigation" and "the
#: accusation" are all of kind accusation, yet a definite one refers back only to an earlier one of
#: its own word (prec9's held-out judging: a subpoena, an investigation and an accusation merged
#: into one event drew 6 wrong pairs across them).
DISTINCT_WORDS = frozenset({"accusation"})
#: Kinds that hold events of every sort ("the campaign", "the shutdown", "the death"): the kind
#: alone says little of which event a definite noun of one names again, so one told by another word
#: is no mention of an earlier event whose participants hold nobody the noun's own phrase names
#: (:meth:`EventFinder._names_others_than`), nor of one no word of the noun's class told ("the
#: shutdown" after "the swearing-in": :meth:`EventFinder._of_another_class`). Asking the noun's word
#: alone (a definite noun of the kind refers back only to its own word) cost pairs on dev en,
#: pairs_fresh3_nl and pairs_fresh4_en; the dates as well changed nothing on dev and the tuning sets
#: with the noun's phrase's date (the finder already tells a noun dated apart from the event, see
#: :func:`_another_time`), and with its clause's split the 2018 shutdown of pairs_fresh4_en.
CATCH_ALL_KINDS = frozenset({"other"})
#: Dependency labels of a noun compounded before another ("murder weapon"), ClearNLP and UD.
COMPOUND_LABELS = frozenset({"compound"})


def _another_time(
    noun: Token,
    event: EventMention,
    mentions: list[TimeMention],
    text: str,
    told: tuple[int, int] | None = None,
    same_date: SameDate | None = None,
) -> bool:
    """The noun names its own time, and the earlier event has a different one: "the talks of last
    month" after Tuesday's talks are other talks, whatever their article says. An earlier event
    without a time of its own is compared with ``told``, the time the text told it on (see
    :func:`_told_time`): "het vonnis van vorige week" after a sentencing told on Wednesday is
    another verdict, "de aanslag van maandag" after an attack told on Monday the same. A time
    whose date lies within the earlier one's (``same_date``) is the same: "de verkiezingen van
    donderdag" after the "Britse parlementsverkiezingen van 2019" of the headline."""
    own = _own_time(noun, mentions)
    if own is None:
        return False
    other = event.time_span or told
    if other is None:
        return False
    if own.text.lower() == text[other[0] : other[1]].lower():
        return False
    if same_date is None or not _told_by_word(noun, event):
        return True
    return not same_date(other, (own.start, own.end))


def _told_by_word(noun: Token, event: EventMention) -> bool:
    """Whether an earlier mention of ``event`` is the noun's word or a compound of it
    ("parlementsverkiezingen" for "verkiezingen"): only then does a date within the event's make
    the noun the same event ("the 2020 election ... the nomination on June 2" are two)."""
    word = noun.lemma_.lower()
    doc = noun.doc
    return any(doc[i].lemma_.lower().endswith(word) for i in event.mentions)


def _own_time(noun: Token, mentions: list[TimeMention]) -> TimeMention | None:
    """The first time expression inside an event noun's phrase ("the talks of last month",
    "Monday's attack"), not one of a clause the noun is the predicate of."""
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    # a noun that is its clause's predicate ("Monday's were the first talks") heads the clause
    clause_parts = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in children(noun)
        if c.dep_.startswith(("nsubj", "csubj", "cop", "aux"))
    ]
    return next(
        (
            m
            for m in mentions
            if start <= m.start
            and m.end <= end
            and not any(a <= m.start < b for a, b in clause_parts)
        ),
        None,
    )


def _told_time(
    doc: Doc,
    event: EventMention,
    mentions: list[TimeMention],
    own_sentence: bool = True,
    untold: Sequence[TimeMention] = (),
) -> TimeMention | None:
    """The time an event without one of its own was told on: the latest time expression before
    its first mention, in that sentence (unless not ``own_sentence``: "On Tuesday he said Russia
    attacked" dates the saying) or the one before ("Trump's adviser was sentenced on Wednesday.
    Judge Jackson sentenced Manafort ..."), in the same paragraph (a year in the paragraph before,
    "founded in 1992", is background); None without one, or when the nearest sentence that tells
    a time tells only ``untold`` ones (deadlines: "is to be completed by December 2023"), or
    when the event is told in a clause in the pluperfect ("On Monday, Ruto flew to Addis Ababa.
    Abiy had met him before", "Kenya had launched an attack": that tells what came before the
    time told, as a relation's told time does not cross it either, ``told_time_span``)."""
    first = doc[event.mentions[0]]
    start = sentence_bounds(first)[0]
    if start == 0 and not own_sentence:
        return None
    if not own_sentence and told_in_pluperfect(first):
        return None
    first_told = start
    start_idx = doc[start].idx
    for _ in range(1 if own_sentence else TOLD_REACH):  # over sentences that tell no time
        if first_told == 0:
            break
        first_told = sentence_bounds(doc[first_told - 1])[0]
        told_idx = doc[first_told].idx  # once, not a new Token per time mention
        if any(told_idx <= m.start < start_idx for m in (*mentions, *untold)):
            break
    begin = doc[first_told].idx
    end = first.idx if own_sentence else doc[start].idx
    before = [m for m in mentions if begin <= m.start and m.end <= end]
    if not before:
        return None
    breaks = doc.user_data.get(LINE_BREAKS) or []
    return None if any(before[-1].end <= b < first.idx for b in breaks) else before[-1]


def _told_over_paragraph(
    doc: Doc, event: EventMention, mentions: list[TimeMention], untold: Sequence[TimeMention]
) -> TimeMention | None:
    """The time told in the paragraph before a noun's event, when the event's sentence tells the
    act of that time again ("On Monday, Kenya accused Somalia ...\n\nIn a letter to the
    council, Kenya accused ..."): the sentence goes on with that story, as a relation's does
    (``told_time_span``); None in the first sentence, whose headline time is read apart."""
    first = doc[event.mentions[0]]
    if sentence_bounds(first)[0] == 0:
        return None
    spans = [(m.start, m.end) for m in mentions]
    breaks = doc.user_data.get(LINE_BREAKS) or []
    untold_spans = [(m.start, m.end) for m in untold]
    told = told_time_span(first, spans, breaks, lambda sentence: False, untold_spans)
    return next((m for m in mentions if (m.start, m.end) == told), None)


def _result_time(
    doc: Doc, event: EventMention, times: Mapping[int, tuple[int, int]]
) -> tuple[int, int] | None:
    """The time of the first clause that tells a result of the event and names one ("On
    Thursday, the party netted 66 seats", "won on Sunday 13 seats"), for an event whose own
    clauses and sentence name none: the result is the event's, so its day is the election's,
    not that of a sentence told just before ("Results came in early on Friday. Before this
    election, ..."). ``times`` maps clause verbs to their time (``clause_time_spans``)."""
    return next(
        (span for i in event.results if (span := time_span_of(doc[i], times)) is not None), None
    )


def _sentence_times(doc: Doc, event: EventMention, mentions: list[TimeMention]) -> bool:
    """Whether the sentence of the event's first mention names a time."""
    start, end = sentence_bounds(doc[event.mentions[0]])
    begin, stop = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return any(begin <= m.start and m.end <= stop for m in mentions)


def event_name(noun: Token, is_time: Callable[[str], object] | None = None) -> str:
    """The proper name an event noun heads, or "": a capitalised noun after a run of capitalised
    words or numbers, within its sentence ("Syrian Civil War", "the 2019 Hong Kong Crisis"), or a
    hyphenated compound that opens with a capital ("COVID-19-pandemie", "Bharat-missie", with the
    capitalised words before it). A capitalised noun alone ("War broke out", "the Summit") names
    none. A word that opens an event's name names the event with the words after it ("Hurricane
    Dorian", "orkaan Dorian", "Operation Inherent Resolve": :func:`opened_name`, ``is_time``
    telling a time after it, "the storm Saturday", from a name), unless the name finder kept
    them as a name of their own."""
    if noun.lower_ in EVENT_FIRSTS:
        end = opened_name(noun.doc, noun.i, is_time)
        if end is not None and not any(t.ent_type_ for t in noun.doc[noun.i + 1 : end]):
            return noun.doc[noun.i : end].text
    if not noun.text[:1].isupper() and not ("-" in noun.text and name_word(noun.text)):
        return ""
    if _inside_name(noun):
        return ""
    start = noun.i
    sent_start = noun.sent.start
    while start > sent_start and name_word((before := noun.doc[start - 1]).text):
        if before.pos_ == "DET" or before.lower_ in DEFINITE_DETERMINERS:
            break  # "The Summit": no name of its own
        start -= 1
    if start == noun.i and "-" not in noun.text and not closed_compound_name(noun.text):
        return ""
    if start == noun.i == sent_start:
        return ""  # "Post-election violence ...": a sentence's first word is capitalised anyway
    return noun.doc[start : noun.i + 1].text


def _inside_name(noun: Token) -> bool:
    """Whether a longer name goes on after ``noun``, which then heads none ("Voting Rights Act",
    "Ministry of Emergency Situations", "Public Health Emergency of International Concern")."""
    doc, end = noun.doc, noun.sent.end
    after = noun.i + 1
    if after < end and doc[after].lower_ in NAME_LINKS:
        after += 1  # "Emergency of International Concern"
    return after < end and doc[after].text[:1].isupper()


def is_event_name(trigger: str) -> bool:
    """Whether an EVENT record's trigger is the proper name it goes by (:func:`event_name`), not
    a word: a name of more words with a capital or number ("Syrian Civil War", "orkaan Dorian"),
    or a hyphenated or closed compound that opens with one ("Irakoorlog")."""
    if " " in trigger:
        return any(name_word(word) for word in trigger.split())
    return name_word(trigger) and ("-" in trigger or closed_compound_name(trigger))


#: The last words of events' names ("War", "oorlog", "top": ``event_head`` in namewords).
EVENT_HEADS = name_words()["event_head"]
#: Last words of a party's name ("party", "partij"): an organisation named so is a party.
PARTY_HEADS = name_words()["party_head"]


def closed_compound_name(word: str) -> bool:
    """Whether ``word`` is one capitalised word closed on the last word of an event's name, after
    a name of its own ("Irakoorlog", "Golfoorlog", "Vietnamoorlog"): the event's proper name, as
    "Iraq War" is; the head alone ("Oorlog", "the Summit") is none."""
    lower = word.lower()
    return word[:1].isupper() and any(
        len(head) >= MIN_COMPOUND_HEAD
        and lower.endswith(head)
        and len(lower) - len(head) >= MIN_COMPOUND_MODIFIER
        for head in EVENT_HEADS
    )


#: Articles that let an event noun tell an event again (:func:`_restated`): "a decree" may be the
#: decree told before; "another decree", "a new decree" are not.
INDEFINITE = name_words()["indefinite_article"]


def _restated(
    doc: Doc,
    events: list[EventMention],
    same_date: SameDate | None = None,
    ongoing: OngoingWords | None = None,
) -> list[EventMention]:
    """``events`` with each one told again by the same noun as an earlier one joined to it: named
    once, bare or with an indefinite article and no adjective ("Chahed signed a government
    decree ..." then '"Chahed signed a government decree that ...", an official said'), at no
    other place or time, and with participants the earlier event has already. A headline or a
    quote retells the lead's event so, and each telling was a node of its own. An event with a
    participant or place of its own, an adjective ("a new decree") or another determiner
    ("another attack") stays apart, as does one nobody is named taking part in; but a bare,
    indefinite or possessed noun joins the one event its word told before when nothing tells it
    apart (:func:`_one_open`)."""
    kept: list[EventMention] = []
    for event in events:
        first = doc[event.mentions[0]]
        earlier = _one_open(doc, kept, event, same_date, ongoing) or next(
            (
                e
                for e in kept
                if len(event.mentions) == 1
                and event.participants
                and not _told_by_verb(first)
                and e.family == event.family
                and doc[e.mentions[0]].lemma_.lower() == first.lemma_.lower()
                and event.location in (None, e.location)
                and _same_time(doc, e.time_span, event.time_span, same_date)
                and {(p.entity, p.role) for p in event.participants}
                <= {(p.entity, p.role) for p in e.participants}
                and not any(
                    c.dep_ in DETERMINER_LABELS
                    and c.lower_ not in INDEFINITE
                    or c.dep_ in ATTRIBUTE_LABELS
                    for c in children(first)
                )
            ),
            None,
        )
        if earlier is None:
            kept.append(event)
        else:
            earlier.mentions += event.mentions
            _take_over(earlier, event)
            # its own time dates the event only once nothing nearer the first mention does: at
            # this point a noun's sentence has not lent it its time yet, and a time the first
            # telling's sentence gives wins (pairs_fresh3_en wn2020-036: "Yesterday ... held
            # caucuses", not the 2016 caucuses' "votes" the join took in)
            earlier.joined_time = earlier.joined_time or event.time_span or event.joined_time
    return kept


def _take_over(into: EventMention, told_again: EventMention) -> None:
    """Give ``into`` what a later telling of it joined to it knows: its participants ("granted X
    a pardon": X, a participant of the one pardon) and its place where ``into`` has none (both
    joins, :func:`_restated` and :func:`_headline_retold`, refuse another place)."""
    into.location = into.location or told_again.location
    for p in told_again.participants:
        into.add(p)


def _owned_by_another(owners: frozenset[str], event: EventMention) -> bool:
    """Whether an event noun's owners (its possessor, "of"/"van" phrase or a name compounded
    before it: :meth:`EventFinder._owners`) and those of an earlier ``event``'s nouns both name
    someone, and the noun's none of the event's owners or participants: "Floyd's death" after
    "the death of Tom Rivers", "de dood van Floyd" after "de dood van Rivers" are two deaths,
    whatever the word. An event no noun's owner has named keeps a noun with one ("de
    inzamelingsactie van het Groot Orkest" after "tijdens een inzamelingsactie", where the
    mayor was stabbed: one fundraiser), as does one whose owner or participant it names ("the
    death of Rivers" after "Rivers died")."""
    if not owners or not event.owners:
        return False
    return not owners & (event.owners | {p.entity for p in event.participants})


def _one_open(
    doc: Doc,
    kept: list[EventMention],
    event: EventMention,
    same_date: SameDate | None = None,
    ongoing: OngoingWords | None = None,
) -> EventMention | None:
    """The one earlier event that an event first told by a bare, indefinite or possessed
    singular noun ("granted clemency", "a pardon", "een gratie", "Rosselló's resignation")
    names again: the only one of
    ``kept`` its word has named, at no other place or time, when the noun tells nothing apart,
    neither a word of another occasion ("a new decree", "a second attack": :func:`told_another`)
    nor an owner or actor the earlier event does not have ("Trump issued pardons ... Trump
    granted X a pardon": one act of clemency; "Russia launched an attack ... Ukraine launched an
    attack": two; "the resignation of Rosselló ... Rosselló's resignation": one). Whom it is
    aimed at ("granted X a pardon") tells it no more apart than it does a definite noun; a
    possessor nobody is known for ("his resignation", unresolved) may tell it apart."""
    first = doc[event.mentions[0]]
    determiners = [c for c in children(first) if c.dep_ in DETERMINER_LABELS]
    possessed = any(c.dep_ != "det" for c in determiners)
    if (
        not _told_once_by_its_word(doc, event)
        or event.name
        or _told_by_verb(first)
        or "Plur" in morph_values(first, "Number")
        or any(c.dep_ == "det" and c.lower_ not in INDEFINITE for c in determiners)
        or (possessed and not event.owners)
        or (ongoing is not None and told_another(first, ongoing))
        # "the next general election cycle": an occasion before or after the one told
        or (ongoing is not None and told_in_sequence(first, ongoing))
    ):
        return None
    word = first.lemma_.lower()
    told = [
        e
        for e in kept
        if e.family == event.family
        and any(not _told_by_verb(doc[i]) and doc[i].lemma_.lower() == word for i in e.mentions)
    ]
    if len(told) != 1:
        return None
    earlier = told[0]
    theirs = earlier.owners | {p.entity for p in earlier.participants}
    actors = {p.entity for p in event.participants if p.role == "source"}
    if (
        event.location not in (None, earlier.location)
        or not _same_time(doc, earlier.time_span, event.time_span, same_date)
        or not (event.owners | actors) <= theirs
    ):
        return None
    return earlier


def _told_once_by_its_word(doc: Doc, event: EventMention) -> bool:
    """Whether only an event's first mention tells it by its own word, any other being a definite
    noun of another word that took it as the event of its class or kind ("bij zijn overlijden
    ... het heengaan van Mukherjee": the definite noun took the latest of two deaths told once,
    which is the first again)."""
    word = doc[event.mentions[0]].lemma_.lower()
    return all(
        is_definite(doc[i]) and not _told_by_verb(doc[i]) and doc[i].lemma_.lower() != word
        for i in event.mentions[1:]
    )


def _headline_retold(
    doc: Doc, events: list[EventMention], same_date: SameDate | None = None
) -> list[EventMention]:
    """``events`` with each event the headline alone names joined to the first event after it
    told by the same word at no other place or time: "Brand in parkeergarage van luchthaven Sola
    ... is dinsdag brand uitgebroken", "Fire kills nine in Chittagong slum ... A fire destroyed":
    a headline tells the lead's event, bare and without a determiner, and each telling was a
    node of its own (:func:`_restated` joins a later telling to an earlier one, never the lead's
    event to the headline's). Nouns only: a headline's clause ("Duitsland: Navalny vergiftigd")
    tells an event of its own, as a verb does anywhere. A headline event told by another word,
    or at another place, stays apart."""
    end = headline_end(doc, doc.user_data.get(LINE_BREAKS) or [])
    if not end:
        return events
    kept = list(events)
    for event in events:
        if not event.mentions or max(event.mentions) >= end:
            continue
        if any(doc[i].pos_ == "VERB" for i in event.mentions):
            continue  # "Duitsland: Navalny vergiftigd": a clause tells an event of its own
        words = {doc[i].lemma_.lower() for i in event.mentions}
        later = next(
            (
                e
                for e in kept
                if e is not event
                and min(e.mentions) >= end
                and doc[e.mentions[0]].pos_ != "VERB"
                and e.family == event.family
                and doc[e.mentions[0]].lemma_.lower() in words
                and (event.location is None or e.location in (None, event.location))
                and (not event.name or not e.name or event.name.lower() == e.name.lower())
                and _same_time(doc, event.time_span, e.time_span, same_date)
            ),
            None,
        )
        if later is None:
            continue
        later.mentions = sorted(event.mentions + later.mentions)
        later.sentence = min(later.sentence, event.sentence)
        later.time_span = later.time_span or event.time_span
        later.name = later.name or event.name
        _take_over(later, event)
        kept.remove(event)
    return kept


def _opened_key(name: str, family: str) -> str:
    """The key under which an event named after its kind is the same whichever opener names it
    ("Hurricane Lorenzo", "Storm Lorenzo", "orkaan Lorenzo": the family and "lorenzo"); "" for
    a name without an opener."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in EVENT_FIRSTS:
        return ""
    return f"{family}|{' '.join(words[1:]).lower()}"


def _same_time(
    doc: Doc,
    one: tuple[int, int] | None,
    other: tuple[int, int] | None,
    same_date: SameDate | None = None,
) -> bool:
    """Whether two events' own times may be one: either has none, both say the same, or the
    second's date lies within the first's (``same_date``: the headline's "2019", then the
    lead's "maandag")."""
    if one is None or other is None:
        return True
    text = doc_text(doc)
    if text[one[0] : one[1]].lower() == text[other[0] : other[1]].lower():
        return True
    return same_date is not None and same_date(one, other)


#: Whether the time at the second of two spans of a text names a date within the first's
#: (:func:`_date_agreement`).
SameDate = Callable[[tuple[int, int], tuple[int, int]], bool]


def _date_agreement(doc: Doc, text: str, lang: str, days: dict[str, int]) -> SameDate:
    """Whether the time expression at the second of two spans of ``text`` names a date within
    that of the first: both resolve (from the document's date) and the second says the first
    or more closely ("2019", then "donderdag" in an article of 16 December 2019; not "2016"
    and "Monday", nor "last month" and "Tuesday"). A story tells its event's time more closely
    as it goes (the headline's "elections of 2019", the lead's "Thursday's elections"), and
    comparing the words alone told the two apart; a year after a day ("the caucus on
    Saturday ... the 2020 election") names a larger event, and stays apart."""
    date = document_date(doc)
    values: dict[tuple[int, int], str | None] = {}

    def value(span: tuple[int, int]) -> str | None:
        # read again with the document date: the document's time mentions (document_times) are
        # read without one, so "donderdag" or "last month" carries no value there
        if span not in values:
            found = find_time_mentions(text[span[0] : span[1]], lang, date, days)
            values[span] = found[0].value if found else None
        return values[span]

    def within(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
        if not date:
            return False
        a, b = value(outer), value(inner)
        return bool(a and b) and len(a) <= len(b) and b.startswith(a)

    return within


def _named_alone(doc: Doc, events: list[EventMention]) -> None:
    """Add to each event whose name opens with its kind ("Hurricane Dorian", "orkaan Dorian",
    :func:`extract.grammar.named_events.opened_name`) the words after the opener told again
    alone ("Dorian made landfall", "Dorian's winds"): a mention of the event, as a surname is of
    a person (the name finder makes no name of them)."""
    for event in events:
        taken = set(event.mentions)
        event.mentions += [i for i in _alone_tokens(doc, event) if i not in taken]


def _alone_tokens(doc: Doc, event: EventMention) -> list[int]:
    """Where the text tells the name of an event named after its kind without its opener
    ("Dorian" of "Hurricane Dorian"): the first token of each such telling; none for another
    event."""
    words = event.name.split()
    if len(words) < 2 or words[0].lower() not in EVENT_FIRSTS:
        return []
    rest = words[1:]
    return [
        token.i
        for token in doc_tokens(doc)
        if token.text == rest[0]
        and not token.ent_type_
        and not (token.i > 0 and doc[token.i - 1].lower_ in EVENT_FIRSTS)
        and [t.text for t in doc[token.i : token.i + len(rest)]] == rest
    ]


def _first_place(words: Iterable[Token], resolver: ArgumentResolver) -> str | None:
    """The entity of the first of ``words`` that names a place (:data:`PLACE_TYPES`), or None:
    the lead's place phrase and an unnamed place noun's named place read it alike."""
    for word in words:
        eid = resolver.entity(word)
        if eid and resolver.type_of(eid) in PLACE_TYPES:
            return eid
    return None


def _hosts_as_places(
    parts: list[tuple[str, str]], resolver: ArgumentResolver
) -> list[tuple[str, str]]:
    """``parts`` of an event told as held by its acting sides, with each country or place among
    them made its location: "Canada held a general election" is held in Canada; a party or
    candidate keeps its part.

    >>> # [("kb:CAN", "source"), ("kb:liberal_party", "source")] ->
    >>> #     [("kb:CAN", "location"), ("kb:liberal_party", "source")]
    """
    return [
        (entity, "location")
        if role == "source" and resolver.type_of(entity) not in PEOPLE_AND_BODIES
        else (entity, role)
        for entity, role in parts
    ]


def _side_of(resolver: ArgumentResolver, entity_id: str, happening: bool) -> bool:
    """Whether ``entity_id`` may be a side of an event: any side of an act
    (:meth:`ArgumentResolver.may_act`), but of a happening (a storm, a fire) only a person or an
    organisation: a country or place before or struck by it is where it happened."""
    if happening:
        return resolver.type_of(entity_id) in PEOPLE_AND_BODIES
    return resolver.may_act(entity_id)


def _names_side(token: Token, kb: KnowledgeBase | None) -> bool:
    """Whether ``token`` is part of a name that may be a side of an act (:func:`is_side`)."""
    return is_side(token.ent_type_, kb_key(token.ent_kb_id_), kb)


def _named_actor(token: Token, kb: KnowledgeBase | None) -> bool:
    """Whether ``token`` names a side of an act (:func:`_names_side`), or is a pronoun that may
    stand for one: a relative pronoun only when the noun its clause hangs on is such a name ("Rutte,
    die Poetin bezocht"; not "toeristen die Hongkong bezoeken")."""
    if _names_side(token, kb):
        return True
    if token.pos_ != "PRON":
        return False
    if token.lower_ in RELATIVE or "Rel" in morph_values(token, "PronType"):
        clause = token.head
        return clause.head != clause and _names_side(clause.head, kb)
    return True


def _told_by_verb(token: Token) -> bool:
    """Whether an event's mention is a verb's clause, not a noun: a verb the parser tagged that is
    no infinitive used as a noun ("zijn overlijden" is a noun, as "his death" is)."""
    return token.pos_ == "VERB" and not _nominal_infinitive(token)


def _nominal_infinitive(token: Token) -> bool:
    """Whether a verb the parser tagged is an infinitive used as a noun, with its own article or
    possessive ("zijn aftreden", "het ingrijpen"): the event noun, not a clause."""
    return morph_values(token, "VerbForm") == ["Inf"] and any(
        c.dep_ in DETERMINER_LABELS and c.i < token.i for c in children(token)
    )


#: How many sentences back an event noun without a time looks for the verb of its stem: "was
#: sworn in" is told again as "the swearing-in" paragraphs later.
TOLD_ACT_REACH = 14


def _time_owner(noun: Token, mentions: list[TimeMention]) -> TimeMention | None:
    """The time expression that is an event noun's possessor ("Wednesday's quake"), if any."""
    # most nouns have no possessor: the document's possessors' heads say so without a walk
    if not mentions or noun.i not in labelled_arcs(noun.doc, POSSESSIVE_LABELS)[1]:
        return None
    owners = {c.idx for c in children(noun) if c.dep_ in ("poss", "nmod:poss")}
    return next((m for m in mentions if m.start in owners), None) if owners else None


def _owner_time_told(owner: TimeMention, event: EventMention, text: str) -> bool:
    """Whether an earlier event has the time its possessor names: "Wednesday's quake" is the
    quake told as Wednesday's, and no event without a time of its own (on the dev split, a
    noun owned by a time and joined to any such event lost more dates than it won)."""
    span = event.time_span
    return span is not None and text[span[0] : span[1]].lower() == owner.text.lower()


def _own_words(noun: Token) -> bool:
    """Whether a definite event noun says which event it is by words of its own: a compound,
    a name or a number before it ("the Brexit referendum", "the 2016 election", "de tweede
    stemming"), so it is not simply the story's main event of its kind told again. (Possessors
    and phrases after it, "Britain's referendum", "de stemming over de begroting", were tried
    too: nl pairs -6 on dev.)"""
    for child in children(noun):
        if child.dep_ in DETERMINER_LABELS:
            continue
        before = child.i < noun.i
        if before and child.dep_ in ("compound", "nummod", "flat", "flat:name"):
            return True
        if before and (child.pos_ in ("PROPN", "NUM") or child.like_num):
            return True
        if before and child.ent_type_ and child.ent_type_ not in ("DATE", "TIME", "ORDINAL"):
            return True
    return False


def _partitive_head(noun: Token) -> Token:
    """The word that stands for ``noun`` in its clause when the noun only says of what it is a
    part: "one of the victims", "the first of the eight victims", "het eerste van de
    slachtoffers" (a number, adjective or pronoun with the noun in its "of"/"van" phrase); else
    the noun itself."""
    head = noun.head
    if head.pos_ == "ADP" and head != noun:
        head = head.head
    if head != noun and head.pos_ in ("NUM", "ADJ", "PRON") and noun.dep_ in ("nmod", "pobj"):
        return head
    return noun


def _named_again(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """``events`` with each passing one (:attr:`EventMention.passing`) first named by a bare noun
    ("Brexit", "prorogation", "the impeachment inquiry": no determiner of its own) joined to the
    latest earlier event of its family named by the same word: a story names its event again
    without "the" ("a no-deal Brexit ... debating Brexit", "during prorogation ... most
    prorogations"), and each such mention alone was a passing word. A noun with a determiner of
    its own ("a referendum", "another attack") or a verb names a new one, and an event named with
    its participants or place stays one of its own (it may be another, and keeps its own date)."""
    kept: list[EventMention] = []
    named: dict[tuple[str, str], EventMention] = {}
    for event in events:
        first = doc[event.mentions[0]]
        family = event.family or _family(event.kind)
        before = named.get((family, first.lemma_.lower()))
        if (
            before is not None
            and event.passing
            and first.pos_ != "VERB"
            and "Plur" not in morph_values(first, "Number")
            and not any(c.dep_ in DETERMINER_LABELS for c in children(first))
        ):
            before.mentions += event.mentions
            event = before
        else:
            kept.append(event)
        for i in event.mentions:
            if doc[i].pos_ != "VERB":
                named[family, doc[i].lemma_.lower()] = event
    return kept


def _family(kind: str, word: Token | None = None) -> str:
    """The group of events a definite mention of ``kind`` may refer back to: its kind's family,
    or for a kind of :data:`DISTINCT_WORDS` the kind with the word's lemma
    ("accusation:subpoena")."""
    if word is not None and kind in DISTINCT_WORDS:
        return f"{kind}:{word.lemma_.lower()}"
    return KIND_FAMILIES.get(kind, kind)


def _measured(noun: Token, amount: Token) -> bool:
    """Whether ``noun`` is what ``amount`` measures: with no preposition between them ("kreeg
    tien miljoen euro hulp": hulp on miljoen), or after a number's ("receiving 11% of the votes");
    not "received news of the attack", whose object is no amount."""
    through = noun.head.pos_ == "ADP"  # ClearNLP: the preposition heads its noun
    if (noun.head.head if through else noun.head) != amount:
        return False
    if not through and not any(c.dep_ == "case" or c.pos_ == "ADP" for c in children(noun)):
        return True
    # a number or a share ("11%"), not any counted noun ("two warnings of an attack"; review)
    return amount.pos_ in ("NUM", "SYM") or amount.text == "%"


def _governing_verb(
    noun: Token,
    scheme: LabelScheme,
    apart: frozenset[str] = frozenset(),
    sequel: frozenset[str] = frozenset(),
) -> tuple[Token | None, Token]:
    """The verb an event noun is an argument of, and the verb's child on the way to it.

    Through a preposition or a quantity: "X lanceerde een invasie", "spoke at a press
    conference", "held five hours of talks". A noun that is the verb's subject has none, unless
    the verb has another subject that comes first ("Witkoff en Kushner woonden de gesprekken
    bij" parsed with two subjects: the talks are the object). Nor has one that hangs on a noun of
    ``apart`` (lower case lemmas, ``eventroles.<lang>.tsv`` pos apart): "de FAA gaat de oorzaak
    van de crash onderzoeken"; the verb deals with the cause, not with the event. Nor one that
    hangs on a noun through a preposition of ``sequel`` (pos sequel): "in een verklaring na de
    aanval gaf X ..." is said after the attack, not in it.
    """
    current = noun
    for _ in range(3):
        head = current.head
        if head == current:
            return None, current
        if head.pos_ in ("VERB", "AUX") or _copula_predicate(head):
            subject = current.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "csubj") and (
                current.dep_ not in scheme.subject or is_subject(current, scheme)
            )
            return (None if subject else head), current
        if head.pos_ not in ("ADP", "NOUN", "NUM") or (
            head.pos_ == "NOUN"
            and (head.lemma_.lower() in apart or _preposition_of(current, scheme) in sequel)
        ):
            return None, current
        current = head
    return None, current


def _copula_predicate(word: Token) -> bool:
    """Whether ``word`` is an adjective a copula makes the predicate of its clause, which UD
    makes the clause's head ("was bij de plechtigheid aanwezig", "was aanwezig op de top"): it
    governs the event noun as a verb would; its subject takes part in the event when the
    adjective and the preposition are a phrase of taking part (``eventroles.<lang>.tsv`` pos
    attend: "aanwezig bij")."""
    return word.pos_ == "ADJ" and any(c.dep_ == "cop" for c in children(word))


def _preposition_of(word: Token, scheme: LabelScheme) -> str | None:
    """The preposition ``word`` stands for on the way up to its head: itself where it is one (a
    ClearNLP path goes through it), else its own phrase's (:func:`preposition_of`); None for
    none."""
    prep = word if word.pos_ == "ADP" else preposition_of(word, scheme)
    return prep.lower_ if prep is not None else None


def make_event_finder(
    nlp: Language,
    name: str,
    lexicon: Lexicon,
    kb: KnowledgeBase,
    scheme: LabelScheme,
    grammar: Grammar,
) -> EventFinder:
    """Factory body for ``newsgraph_events`` (registered in :mod:`extract.pipeline`)."""
    return EventFinder(name, lexicon=lexicon, kb=kb, scheme=scheme, grammar=grammar)


#: The memo of :meth:`EventFinder._retelling_words`: {language: (index, noun lemma, verb lemmas)}.
_LAST_RETELLING: list = [None]
#: The memo of :meth:`EventFinder._stem_verbs`: {(language, stem): verb indices}.
_LAST_STEM_VERBS: list = [None]
#: {language: {(verb lemma, noun stem): whether they share a stem}}, for every document;
#: emptied beyond this many pairs.
_SAME_STEM: dict[str, dict[tuple[str, str], bool]] = {}
_SAME_STEM_KEPT = 100_000


def _same_stem_of(lang: str, verb: str, noun: str) -> bool:
    """:func:`same_stem` with ``lang``'s nominal endings, remembered per language
    (:data:`_SAME_STEM`): a retelling verb is tested against every noun of every earlier event,
    and the same lemma pairs come back in every document."""
    judged = _SAME_STEM.setdefault(lang, {})
    same = judged.get((verb, noun))
    if same is None:
        if len(judged) > _SAME_STEM_KEPT:
            judged.clear()
        same = judged[(verb, noun)] = same_stem(verb, noun, nominal_endings(lang))
    return same
