"""The per-document lookups every relation route shares (``_Context``), and the one place a
relation is built from a trigger (its sentence, time, mode and reporter).
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Span, Token

from extract.components.events import EventMention
from extract.components.linking import EntityInfo
from extract.components.paragraphs import LINE_BREAKS
from extract.components.relations.relation import Relation
from extract.dates import open_direction
from extract.grammar.affiliation import marked_by
from extract.grammar.arguments import ArgumentResolver
from extract.grammar.metonyms import government_of
from extract.grammar.phrases import TOLD_MODES
from extract.grammar.syntax import clause_verb, doc_text
from extract.grammar.timing import (
    after_bound,
    described_time_span,
    present_tense,
    time_span_of,
    told_time_span,
)
from extract.kb import KnowledgeBase
from records.ids import kb_entity_id, kb_key
from records.vocabulary import PLOVER_TYPES

#: The acts a platform named as their channel takes no part in (see _Context.channel_as_party):
#: speech, stances and taking part in an event, not the material acts done to a company.
CHANNEL_ACTS = (frozenset(PLOVER_TYPES) - {"ASSAULT", "COERCE", "SANCTION"}) | {
    "STATEMENT",
    "PARTICIPANT",
}


#: Acts done with other actors (PLOVER AGREE, COOPERATE), never with a place (see
#: _Context.place_as_party).
PARTNER_ACTS_WITH_ACTORS = frozenset({"AGREE", "COOPERATE"})


class _Context:
    """Per-document lookups shared by the relation routes."""

    def __init__(
        self, doc: Doc, resolver: ArgumentResolver, time_spans: dict[int, tuple[int, int]]
    ) -> None:
        self.doc = doc
        self.resolver = resolver
        self.time_spans = time_spans
        self.sentences = list(doc.sents)
        # token index -> sentence number (a list: walking the sentences' tokens builds each Token)
        self.sentence_of = [k for k, sent in enumerate(self.sentences) for _ in range(len(sent))]
        #: Sentence number -> its names, from one walk over doc.ents (``sent.ents`` walks them all
        #: per sentence).
        self.names_in_sentence: dict[int, list[Span]] = {}
        for ent in resolver.ents:
            self.names_in_sentence.setdefault(self.sentence_of[ent.start], []).append(ent)
        self.known_ids = set(doc._.entities or {})
        #: Event id -> event, and (event, actor, verb) found taking part in one by a verb of its
        #: type.
        self.events: dict[str, EventMention] = {}
        self.attending: list[tuple[EventMention, str, Token]] = []
        #: The document's time expressions (character spans, in text order).
        self.told_spans: list[tuple[int, int]] = []
        self.untold_spans: list[tuple[int, int]] = []  # deadlines: they end the walk back
        #: Noun token index -> the limit in its own phrase ("since NASA's last mission in July
        #: 2011": the mission's), from ``limited_noun_times``.
        self.noun_times: dict[int, tuple[int, int]] = {}
        #: Noun token index -> a time in its own phrase after a preposition ("a rally on
        #: Friday"), from ``phrase_noun_times``.
        self.phrase_times: dict[int, tuple[int, int]] = {}
        self.lang = ""
        #: Speech verbs whose speaker is being looked for: a speaker's pronoun leads to the
        #: speech act that reports it, which on a garbled parse can be the same one again.
        self.reporters_asked: set[int] = set()
        #: Token index -> who acts through it (``Arguments._sources``), found while no speaker
        #: was being looked for: the routes ask the same subjects many times.
        self.sources: dict[int, tuple[str, ...]] = {}

    def kb_entity(self, kb: KnowledgeBase, key: str) -> str:
        """The id of knowledge-base entry ``key``, added to ``doc._.entities`` if the text never
        named it.

        "President Trump" links Trump to the USA although the sentence does not
        name the country: the records must still carry the USA as an entity.
        """
        eid = kb_entity_id(key)
        entities = self.doc._.entities if self.doc._.entities is not None else {}
        if eid not in entities:
            entry = kb.get(key)
            entities[eid] = EntityInfo(
                id=eid, label=entry.label, type=entry.type, country=entry.country, kb_key=key
            )
            self.doc._.entities = entities
            self.known_ids.add(eid)
        return eid

    def leading_country(self) -> str | None:
        """The country named most often in the document (demonyms included), if it is named more
        often than any other; computed once."""
        return self.most_named("COUNTRY")

    def name_counts(self, label: str) -> dict[str, int]:
        """How often the document names each entity of type ``label``, in the order first named;
        computed once per label."""
        if not hasattr(self, "_name_counts"):
            self._name_counts: dict[str, dict[str, int]] = {}
        if label not in self._name_counts:
            counts: dict[str, int] = {}
            for ent in self.resolver.ents:
                if ent.label_ == label:
                    counts[ent.kb_id_] = counts.get(ent.kb_id_, 0) + 1
            self._name_counts[label] = counts
        return self._name_counts[label]

    def most_named(self, label: str, first_on_tie: bool = False) -> str | None:
        """The entity of type ``label`` named most often in the document, if it is named more
        often than any other, or with ``first_on_tie`` the first named of those named most (a
        town the story opens with, where it has no dateline); computed once per question."""
        if not hasattr(self, "_most_named"):
            self._most_named: dict[tuple[str, bool], str | None] = {}
        key = (label, first_on_tie)
        if key not in self._most_named:
            counts = self.name_counts(label)
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # stable: ties stay in order
            clear = ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1] or first_on_tie)
            self._most_named[key] = ranked[0][0] if clear else None
        return self._most_named[key]

    def country_of(self, entity_id: str) -> str | None:
        info = (self.doc._.entities or {}).get(entity_id)
        return info.country if info else None

    def same_side(self, a: str, b: str) -> bool:
        """Whether two actors belong to the same known country."""
        country = self.country_of(a)
        return country is not None and country == self.country_of(b)

    def against_own_country(self, relation: Relation) -> bool:
        """Whether an act goes from a person or organisation to its own country: "Trump withdrew
        the US from the treaty" makes the US what is withdrawn, not whom Trump sanctions."""
        return (
            relation.type in PLOVER_TYPES
            and self.is_country(relation.target)
            and not self.is_country(relation.source)
            and self.same_side(relation.source, relation.target)
        )

    def place_as_party(self, relation: Relation, kb: KnowledgeBase) -> bool:
        """Whether an agreement or cooperation (AGREE, COOPERATE) is aimed at a place, or talks
        or a visit (CONSULT) have a place for a party: "headed for Moscow",
        "traveled to Cleveland", "naar Berlijn gevlogen" go somewhere and consult no one. A
        country stays a party (a state visit is PLOVER's CONSULT), and so does a seat of
        government ("a visit to Beijing", see :func:`extract.grammar.metonyms.government_of`).
        On the dev split no CONSULT with another city or region was right (3 wrong), and 3 of 3
        were wrong on unlabelled news."""
        if relation.type in PARTNER_ACTS_WITH_ACTORS:
            # "signed the treaty on the African free trade area": an agreement or cooperation
            # is made with parties, not with a place its object names (the dev and fresh gold
            # hold no AGREE or COOPERATE towards a place)
            return self._place(relation.target)
        if relation.type != "CONSULT":
            return False
        return any(
            self._place(end) and government_of(kb, end) is None
            for end in (relation.source, relation.target)
        )

    def _place(self, entity_id: str) -> bool:
        """Whether ``entity_id`` is a place that is no side of an act (a city, not Hong Kong)."""
        return self.resolver.type_of(entity_id) == "LOCATION" and not self.resolver.may_act(
            entity_id
        )

    def channel_as_party(
        self, relation: Relation, platforms: frozenset[str], channel: frozenset[str]
    ) -> bool:
        """Whether a spoken or political act has for a party a platform (``platforms``: Twitter,
        Instagram) that its sentence names only after a ``channel`` preposition: "praised the
        endorsement on Twitter", "vroeg op Twitter om tips", "thanked her supporters via
        Instagram" are said through it, to no one there. Material acts keep it ("a ban on
        TikTok", "sanctions on Meta"). On unlabelled news 4 such edges were wrong of 4, on the
        Dutch dev split 1 of 1."""
        act = relation.type
        if act == "PARTICIPANT" and relation.target in self.events:
            act = self.events[relation.target].type  # "sanctions on TikTok": TikTok takes part
        if act not in CHANNEL_ACTS:
            return False
        for end in (relation.source, relation.target):
            if kb_key(end) not in platforms:
                continue
            names = [
                e for e in self.names_in_sentence.get(relation.sentence, []) if e.kb_id_ == end
            ]
            if names and all(marked_by(e.root, self.resolver.scheme, channel) for e in names):
                return True
        return False

    def is_event(self, entity_id: str) -> bool:
        """Whether ``entity_id`` is an event noun's node ("restrictions", "the attack"), which
        takes part in an act but does not do one."""
        return entity_id in self.events

    def is_actor(self, entity_id: str) -> bool:
        """Whether ``entity_id`` may be a side of an act (:func:`extract.grammar.sides.is_side`),
        not a place or an event."""
        return self.resolver.may_act(entity_id)

    def is_country(self, entity_id: str) -> bool:
        return self.resolver.type_of(entity_id) == "COUNTRY"

    def one_side(self, a: str, b: str, sides: bool) -> bool:
        """Whether two actors are one side, not parties to each other: of one country in talks
        or a deal that has another country in it (``sides``), or at home a country and its own
        people, or two people ("Witkoff and Kushner met in Moscow" are a delegation); a
        minister and parliament are parties."""
        if not self.same_side(a, b):
            return False
        types = {self.resolver.type_of(a), self.resolver.type_of(b)}
        return sides or "COUNTRY" in types or types == {"PERSON"}

    def has_sides(self, actors: Iterable[str]) -> bool:
        """Whether ``actors`` come from more than one known country: then the people of one
        country are a side in talks or a deal, not parties to each other."""
        return len({self.country_of(a) for a in actors} - {None}) > 1

    def names_any(self, sentence: Span, entities: Iterable[str]) -> bool:
        """Whether ``sentence`` names one of ``entities``."""
        named = {
            ent.kb_id_ for ent in self.names_in_sentence.get(self.sentence_of[sentence.start], [])
        }
        return not named.isdisjoint(entities)

    def time_of(
        self, own: tuple[int, int] | None, reporter: tuple[str, str, Token] | None
    ) -> tuple[int, int] | None:
        """The time expression of the trigger's clause (``own``: its :func:`time_span_of`); a
        reported clause without one takes its speech verb's ("On Tuesday Kyiv said Russia
        attacked Kharkiv": the attack is dated Tuesday, not the day the article appeared)."""
        if own is None and reporter is not None:
            return time_span_of(reporter[2], self.time_spans)
        return own

    def noun_time(self, noun: Token) -> tuple[int, int] | None:
        """The time of an event noun's own phrase or of a clause that describes it, whatever the
        time of the clause it is in: "a lawsuit filed by the Senate on Sunday", "NASA's last
        mission in July 2011" (as the event component dates the noun)."""
        return (
            self.noun_times.get(noun.i)
            or described_time_span(noun, self.time_spans)
            or self.phrase_times.get(noun.i)
        )

    def ahead(self, trigger: Token, span: tuple[int, int], own: tuple[int, int] | None) -> bool:
        """Whether the trigger's own clause (whose time is ``own``), in the present tense, names a
        bare weekday or month: news tells what is to come that way ("Kenya meets Somalia on
        Friday", "wordt in juni aangeklaagd"), so the act is planned and its time looks
        forward."""
        verb = clause_verb(trigger)
        inside = trigger.left_edge.idx <= span[0] < trigger.right_edge.idx + len(trigger.right_edge)
        return (
            own == span
            and not (trigger != verb and inside)  # "the November 27 agreement is void": the noun's
            and present_tense(verb)
            and open_direction(doc_text(self.doc)[span[0] : span[1]], self.lang)
            and not self._of_a_reporting_phrase(span)
            and not self._limits_a_state(span)
        )

    def _limits_a_state(self, span: tuple[int, int]) -> bool:
        """Whether the time is a limit after "since" or "until" ("sinds maandag"), not when a
        planned act takes place."""
        chars = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return chars is not None and after_bound(chars, self.lang)

    def _of_a_reporting_phrase(self, span: tuple[int, int]) -> bool:
        """Whether a time belongs to a phrase that reports the clause, hung beside it without a
        verb of its own ("..., aldus een tweet van maandag"): it dates the report, it does not
        put the act ahead."""
        chars = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if chars is None:
            return False
        for token in [chars.root, *chars.root.ancestors]:
            if token.pos_ in ("VERB", "AUX"):
                return False
            if token.dep_ == "parataxis":
                return True
        return False

    def relation(
        self,
        source: str,
        target: str,
        type_: str,
        trigger: Token,
        confidence: float,
        *,
        negated: bool = False,
        detail: str = "",
        role: str | None = None,
        dated: bool = True,
        event: str | None = None,
        mode: str | None = None,
        reporter: tuple[str, str, Token] | None = None,
        own_time: tuple[int, int] | None = None,
    ) -> Relation:
        # the trigger's own time, found once: when it is dated, whether it is ahead, reported
        own = time_span_of(trigger, self.time_spans) if dated else None
        span = (own_time or self.time_of(own, reporter)) if dated else None
        told = None
        if (
            (mode or "asserted") == "asserted"
            and span is not None
            and self.ahead(trigger, span, own)
        ):
            mode = "planned"
        if dated and span is None and (mode or "asserted") in TOLD_MODES:
            breaks = self.doc.user_data.get(LINE_BREAKS) or []
            told = told_time_span(
                trigger,
                self.told_spans,
                breaks,
                lambda s: self.names_any(s, (source, target)),
                self.untold_spans,
            )
        return Relation(
            source=source,
            target=target,
            type=type_,
            trigger=trigger.text,
            trigger_start=trigger.idx,
            trigger_end=trigger.idx + len(trigger.text),
            sentence=self.sentence_of[trigger.i],
            confidence=round(confidence, 3),
            negated=negated,
            detail=detail,
            role=role,
            time_span=span,
            event=event,
            mode=mode or ("negated" if negated else "asserted"),
            reported_by=(reporter[0] or None) if reporter else None,
            speech_verb=reporter[1] if reporter else None,
            reported_time=span is not None and own is None,
            told_span=told,
            dated=dated,
        )
