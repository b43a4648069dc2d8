"""The ``newsgraph_relations`` component: runs every route over a document and keeps one
relation per pair, type and sentence (see the package docstring).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.components.events import EventMention, Participant
from extract.components.paragraphs import LINE_BREAKS
from extract.components.relations.arguments import Arguments
from extract.components.relations.backing import BackedActors
from extract.components.relations.capitals import CapitalPlaces
from extract.components.relations.contested import ContestedEvents
from extract.components.relations.context import _Context
from extract.components.relations.cooccurrence import CoOccurrences
from extract.components.relations.events import EventRelations
from extract.components.relations.judgements import Judgements
from extract.components.relations.nominal import NominalRelations
from extract.components.relations.places import PlaceRelations
from extract.components.relations.received import ReceivedActs, without_reversed
from extract.components.relations.relation import CONFIDENCE, Relation, coded_as_planned
from extract.components.relations.speech import SpeechAndStance
from extract.components.relations.titles import TitleRelations
from extract.components.relations.verbs import VerbRelations
from extract.dates import relative_days
from extract.grammar.argument_words import Grammar
from extract.grammar.arguments import ArgumentResolver
from extract.grammar.phrases import mode_of
from extract.grammar.syntax import LabelScheme
from extract.grammar.timing import (
    clause_time_spans,
    deadline_times,
    limited_noun_times,
    phrase_noun_times,
    told_times,
)
from extract.kb import KnowledgeBase
from extract.lexicon import Lexicon


class RelationTagger(
    Arguments,
    VerbRelations,
    SpeechAndStance,
    Judgements,
    NominalRelations,
    ReceivedActs,
    TitleRelations,
    PlaceRelations,
    CapitalPlaces,
    BackedActors,
    ContestedEvents,
    EventRelations,
    CoOccurrences,
):
    """Writes ``doc._.relations`` (see the package docstring)."""

    def __init__(
        self,
        name: str,
        lang: str,
        lexicon: Lexicon,
        kb: KnowledgeBase,
        scheme: LabelScheme,
        grammar: Grammar,
    ) -> None:
        self.name = name
        self.kb = kb
        self.lang = lang
        self.lexicon = lexicon
        self.scheme = scheme
        self.grammar = grammar
        self.preps = grammar.prepositions
        self.relative_days = relative_days(lexicon.times)
        #: the court words of courts.<lang>.tsv (see patterns.court_in_place)
        self._judges = frozenset(w for w, kind in lexicon.courts.items() if kind == "court")

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Relation]:
        resolver = ArgumentResolver(
            doc, self.scheme, self.lexicon, self.grammar, self.kb, doc.user_data.get(LINE_BREAKS)
        )
        # an event that is only a passing word here is no argument of any act (see
        # EventMention.passing): its word reads as it would without it
        events = [event for event in doc._.events if not event.passing]
        for event in events:
            for i in event.mentions:
                resolver.events[i] = event.id
        context = _Context(doc, resolver, clause_time_spans(doc, self.lang, self.relative_days))
        context.events = {event.id: event for event in events}
        context.lang = self.lang
        context.told_spans = told_times(doc, self.lang, self.relative_days)
        context.untold_spans = [
            (m.start, m.end) for m in deadline_times(doc, self.lang, self.relative_days)
        ]
        context.noun_times = limited_noun_times(doc, self.lang, self.relative_days)
        context.phrase_times = phrase_noun_times(doc, self.lang, self.relative_days)
        found: list[Relation] = list(self._verb_relations(context))
        found += self._clause_order_relations(context, covered={r.trigger_start for r in found})
        found = self._governed_acts(context, found)
        found += self._nominal_relations(context)
        received = list(self._received_relations(context))
        found = without_reversed(found, received) + received
        found += self._according_to_statements(context)
        found += list(self._reported_subjects(context, found))
        found += list(self._persons_spoken_of(context, found))
        found += self._declared_statements(context)
        found += self._bodies_addressed(context)
        found += self._reported_counts(context)
        found += self._judgement_relations(context)
        found += self._relational_noun_relations(context)
        found = [
            r
            for r in found
            if not context.against_own_country(r) and not context.place_as_party(r, self.kb)
        ]
        found += self._title_relations(context)
        found += self._respective_titles(context)
        found += self._ticket_relations(context)
        found += self._coworker_relations(context)
        found += self._affiliation_relations(context)
        found += self._predicated_roles(context)
        found = _offices_over_acts(found, list(self._office_relations(context)))
        found += list(self._successor_roles(context, found))
        found += self._place_relations(context)
        found += self._chained_places(context)
        found += self._said_places(context)
        found += self._seat_relations(context)
        found += self._site_places(context)
        found += self._example_places(context)
        found += self._capital_places(context)
        found += self._listed_places(context, found)
        found += self._backed_relations(context)
        for event, source, verb in context.attending:
            if _only_as_modifier(event, verb, context.sentence_of):
                continue
            if mode_of(verb, self.scheme, self.lexicon) == "negated":
                continue  # "woonde de top niet bij": one told as not attending takes no part
            event.add(Participant(source, "source", verb.i, context.sentence_of[verb.i]))
        self._contested_events(context, events)
        self._tellers_take_no_part(context)
        found += self._event_relations(context, events)
        platforms, channel = self.grammar.platforms, self.preps.channel
        found = [r for r in found if not context.channel_as_party(r, platforms, channel)]
        outlets = self._document_outlets(context)
        found = self._outlet_interviews(context, found, outlets)
        found = self._outlets_only_report(context, found, outlets)
        found += self._co_occurrences(context)
        found = [coded_as_planned(r) for r in found]
        return _trust_carried(_trust_reported(_dedupe(found)), context)


def _only_as_modifier(event: EventMention, verb: Token, sentence_of: Sequence[int]) -> bool:
    """Whether ``verb``'s sentence names ``event`` only as the bare modifier of another noun
    ("an attack on Kharkiv ... Ukraine shot down attack drones"): the verb's subject attends the
    drones, not the attack."""
    told = [i for i in event.mentions if sentence_of[i] == sentence_of[verb.i]]
    return bool(told) and all(i in event.modifiers for i in told)


def _trust_carried(relations: list[Relation], context: _Context) -> list[Relation]:
    """``relations``, those with an end that a first-person pronoun carried from a quotation's
    speaker named in another sentence ('"We warn Saudi Arabia. ...," Saree said.': the first
    sentence names no one) with their confidence lowered by ``CONFIDENCE["carried"]``: the
    reader's join, not the sentence's own word (the resolver carries only a speaker the
    pronoun's sentence does not name)."""
    carried = {
        (k, eid)
        for k in {r.sentence for r in relations}
        for eid in context.resolver.carried_into(context.sentences[k])
    }
    if not carried:
        return relations
    factor = CONFIDENCE["carried"]
    return [
        replace(r, confidence=round(r.confidence * factor, 3))
        if (r.sentence, r.source) in carried or (r.sentence, r.target) in carried
        else r
        for r in relations
    ]


def _trust_reported(relations: list[Relation]) -> list[Relation]:
    """``relations``, those inside what a named speaker said ("NATO said Russia attacked
    Ukraine") with their confidence lowered by ``CONFIDENCE["reported"]``: the speaker's word,
    not the article's."""
    factor = CONFIDENCE["reported"]
    return [
        replace(r, confidence=round(r.confidence * factor, 3)) if r.reported_by else r
        for r in relations
    ]


def _offices_over_acts(found: list[Relation], offices: list[Relation]) -> list[Relation]:
    """``found`` and ``offices``, without the act a verb's lexicon type read into a position held
    ("lead" is COOPERATE in CAMEO): a verb that says whom someone leads says no more than that."""
    held = {(r.source, r.target, r.trigger_start) for r in offices}
    kept = [
        r
        for r in found
        if (r.source, r.target, r.trigger_start) not in held
        and (r.target, r.source, r.trigger_start) not in held
    ]
    return kept + offices


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (source, target, type, sentence, role): the most confident; no
    self-links."""
    best: dict[tuple, Relation] = {}
    for rel in relations:
        if rel.source == rel.target:
            continue
        key = (rel.source, rel.target, rel.type, rel.sentence, rel.role)
        kept = best.get(key)
        if kept is None:
            best[key] = rel
            continue
        winner, other = (rel, kept) if rel.confidence > kept.confidence else (kept, rel)
        if winner.time_span is None and winner.event is None and (other.time_span or other.event):
            # the same act read twice: keep the time of the reading that has one (an event's date)
            winner = replace(winner, time_span=other.time_span, event=other.event)
        best[key] = winner
    typed_pairs = {
        (r.sentence, frozenset((r.source, r.target)))
        for r in best.values()
        if r.type != "CO_OCCURS"
    }
    return [
        r
        for r in best.values()
        if r.type != "CO_OCCURS" or (r.sentence, frozenset((r.source, r.target))) not in typed_pairs
    ]


def make_relation_tagger(
    nlp: Language,
    name: str,
    lang: str,
    lexicon: Lexicon,
    kb: KnowledgeBase,
    scheme: LabelScheme,
    grammar: Grammar,
) -> RelationTagger:
    """Factory body for ``newsgraph_relations`` (registered in :mod:`extract.pipeline`)."""
    return RelationTagger(name, lang=lang, lexicon=lexicon, kb=kb, scheme=scheme, grammar=grammar)
