"""Typed relations between entities (the ``newsgraph_relations`` component).

Runs the syntactic patterns of :mod:`extract.relations.patterns` over every
verb, types what they find with the language's lexicon (PLOVER verbs, speech
verbs -> STATEMENT), adds titles and kinship (ROLE, FAMILY), places
(LOCATED_IN), event participation (PARTICIPANT, plus actor-to-actor relations
typed by the event) and same-sentence co-occurrence (CO_OCCURS), and writes
them to ``doc._.relations``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.components.events import PLACE_TYPES, EventMention
from extract.components.linking import EntityInfo
from extract.kb import KnowledgeBase
from extract.dates import relative_days
from extract.lexicon import Lexicon
from extract.relations.arguments import ArgumentResolver
from extract.relations.grammar import Grammar
from extract.relations.lemmas import lookup_lemma
from extract.relations.patterns import (
    SPEECH_PATTERNS,
    VERB_PATTERNS,
    title_of,
    titles_near,
    verb_final_clause,
)
from extract.relations.timing import clause_time_spans, time_span_of
from extract.relations.titles import Title, title_phrase
from extract.relations.syntax import (
    LabelScheme,
    acts_as_verb,
    is_negated,
    prepositional_args,
    verb_lemmas,
)

#: How much a relation found by each route is trusted.
CONFIDENCE = {
    "subject_verb_object": 0.8,
    "passive_with_agent": 0.8,
    "subject_verb_oblique": 0.7,
    "speech_with_content": 0.6,
    "verb_final_clause": 0.5,
    "means_clause_object": 0.6,  # the parse is repaired, as in verb_final_clause
    "title": 0.9,
    "title_shared": 0.6,
    "title_kb": 0.6,
    "located": 0.7,
    "participant": 0.8,
    "event_pair": 0.6,
    "co_occurs": 0.2,
}

#: Event types where every pair of participants interacts, whatever their role.
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}


@dataclass(frozen=True)
class Relation:
    """A typed link between two entity ids, traced to one sentence of the document."""

    source: str
    target: str
    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: int
    confidence: float
    negated: bool = False
    detail: str = ""
    role: str | None = None
    time_span: tuple[int, int] | None = None
    #: The event an actor-to-actor relation was derived from (two of its participants).
    event: str | None = None


class RelationTagger:
    """Writes ``doc._.relations`` (see module docstring)."""

    def __init__(
        self, name: str, lang: str, lexicon: Lexicon, kb: KnowledgeBase, scheme: LabelScheme, grammar: Grammar
    ) -> None:
        self.name = name
        self.kb = kb
        self.lang = lang
        self.lexicon = lexicon
        self.scheme = scheme
        self.grammar = grammar
        self.preps = grammar.prepositions
        self.relative_days = relative_days(lexicon.times)

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Relation]:
        resolver = ArgumentResolver(doc, self.scheme, self.lexicon, self.grammar, self.kb)
        for event in doc._.events:
            for i in event.mentions:
                resolver.events[i] = event.id
        context = _Context(doc, resolver, clause_time_spans(doc, self.lang, self.relative_days))
        found: list[Relation] = list(self._verb_relations(context))
        found += self._clause_order_relations(context, covered={r.trigger_start for r in found})
        found += self._title_relations(context)
        found += self._place_relations(context)
        found += self._event_relations(context, doc._.events)
        found += self._co_occurrences(context)
        return _dedupe(found)

    # --- verbs -------------------------------------------------------------------------------

    def _verb_relations(self, ctx: "_Context") -> Iterable[Relation]:
        for verb in ctx.doc:
            if not acts_as_verb(verb, self.scheme):
                continue
            lemmas = self._verb_lemmas(verb)
            typed = self._verb_type(lemmas)
            speech = any(self.lexicon.is_speech_verb(lemma) for lemma in lemmas)
            if not typed and not speech:
                continue
            negated = is_negated(verb, self.scheme, self.lexicon.negations)
            runs = []
            if typed:
                runs.append((VERB_PATTERNS, typed[0], typed[1]))
            if speech:
                runs.append((SPEECH_PATTERNS, "STATEMENT", 1.0))
            for patterns, type_, weight in runs:
                for pattern in patterns:
                    for cand in pattern(verb, self.scheme, self.preps):
                        for source in ctx.resolver.actors(cand.actor):
                            for target in ctx.resolver.actors(cand.recipient):
                                if ctx.resolver.type_of(source) == "EVENT":
                                    continue
                                yield ctx.relation(
                                    source, target, type_, verb, CONFIDENCE[cand.pattern] * weight, negated=negated
                                )

    def _verb_lemmas(self, verb: Token) -> list[str]:
        return verb_lemmas(verb, self.scheme, lambda form: lookup_lemma(self.lang, form))

    def _verb_type(self, lemmas: list[str]) -> tuple[str, float] | None:
        """The (PLOVER type, weight) of the first lemma the verb lexicon knows."""
        return next((t for t in map(self.lexicon.verb_type, lemmas) if t), None)

    def _clause_order_relations(self, ctx: "_Context", covered: set[int]) -> Iterable[Relation]:
        """Verb-final clauses the tree patterns found nothing in, read by word order (see verb_final_clause)."""
        openers = self.grammar.subordinators
        if not openers:
            return
        for token in ctx.doc:
            if token.idx in covered or token.pos_ not in ("VERB", "AUX", "NOUN"):
                continue
            names = ctx.names_in_sentence.get(ctx.sentence_of[token.i], [])
            candidates = list(verb_final_clause(token, openers, self.lexicon.negations, names))
            if not candidates:
                continue
            typed = self._verb_type(self._verb_lemmas(token))
            if not typed:
                continue
            for cand in candidates:
                for source in ctx.resolver.actors(cand.actor):
                    for target in ctx.resolver.actors(cand.recipient):
                        yield ctx.relation(source, target, typed[0], token, CONFIDENCE[cand.pattern] * typed[1])

    # --- titles and kinship ---------------------------------------------------------------

    def _title_relations(self, ctx: "_Context") -> Iterable[Relation]:
        shared_of: dict[int, str] = {}  # sentence -> latest holder, for "gezant van Trump X en schoonzoon Y"
        for ent in ctx.doc.ents:
            if ent.label_ != "PERSON":
                continue
            is_title = lambda t: title_phrase(t, self.lexicon) is not None  # noqa: E731
            for token in titles_near(ent, self.scheme, is_title, self.preps.possessor):
                title = title_phrase(token, self.lexicon)
                type_ = "FAMILY" if title.kin else "ROLE"
                sentence = ctx.sentence_of[token.i]
                targets, route = self._title_holders(token, title, ent, ctx), "title"
                if not targets and sentence in shared_of:
                    targets, route = [shared_of[sentence]], "title_shared"
                if not targets:
                    targets, route = self._title_holders_from_kb(ent, title, ctx), "title_kb"
                for target in targets:
                    shared_of[sentence] = target
                    yield ctx.relation(ent.kb_id_, target, type_, token, CONFIDENCE[route], detail=title.detail, dated=False)

    def _title_holders(self, token: Token, title: Title, holder: Span, ctx: "_Context") -> list[str]:
        """Whose title it is, from the parse: a name inside the token, a possessor, a country adjective."""
        inner = ctx.resolver.inner.get(token.i)
        if inner:
            return inner
        doc = ctx.doc
        inside = range(title.start, title.end)
        for part in doc[title.start:title.end]:
            of = title_of(part, self.scheme, self.preps)
            if of is None or of.i in inside or of.i in range(holder.start, holder.end):
                continue
            found = [e for e in ctx.resolver.actors(of) if e != holder.kb_id_]
            if found:
                return found
        # "Jared Kushner, Trump's son-in-law": the possessor may hang from the name, beside the title.
        for sibling in token.head.children:
            if sibling != token and any(c.lower_ in ("'s", "'") and c.dep_ in ("case", "possessive") for c in sibling.children):
                found = [e for e in ctx.resolver.actors(sibling) if e != holder.kb_id_]
                if found:
                    return found
        return []

    def _title_holders_from_kb(self, holder: Span, title: Title, ctx: "_Context") -> list[str]:
        """Whose title it is by the knowledge base, when the sentence does not say ("Secretary of State Rubio")."""
        key = holder.kb_id_[3:] if holder.kb_id_.startswith("kb:") else None
        if key is None or key not in self.kb:
            return []
        roles = [r for r in self.kb.roles_of(key) if r.role in (title.role, title.kin) and r.of]
        return [ctx.kb_entity(self.kb, r.of) for r in roles[:1] if f"kb:{r.of}" in ctx.known_ids or r.of in self.kb]

    # --- places ---------------------------------------------------------------------------------

    def _place_relations(self, ctx: "_Context") -> Iterable[Relation]:
        for ent in ctx.doc.ents:
            if ent.label_ not in ("LOCATION", "ORG"):
                continue
            root = ent.root
            # "de Oekraïense grensstad Vovchansk": a country word on the noun the place hangs from or modifies.
            for noun in [root.head] + list(root.children):
                if noun.pos_ != "NOUN" or noun.i in range(ent.start, ent.end):
                    continue
                if not (self.grammar.is_place_noun(noun.lemma_) or self.grammar.is_place_noun(noun.text)):
                    continue
                for child in noun.children:
                    target = ctx.resolver.entity(child)
                    if target and target != ent.kb_id_ and ctx.resolver.type_of(target) in PLACE_TYPES and child.i < noun.i:
                        yield ctx.relation(ent.kb_id_, target, "LOCATED_IN", noun, CONFIDENCE["located"], dated=False)
            # "Pokrovsk in Oekraïne", "the Kremlin in Moscow".
            for prep, arg in prepositional_args(root, self.scheme):
                target = ctx.resolver.entity(arg)
                if target and prep in self.preps.place and ctx.resolver.type_of(target) in PLACE_TYPES:
                    yield ctx.relation(ent.kb_id_, target, "LOCATED_IN", arg, CONFIDENCE["located"], dated=False)

    # --- events -----------------------------------------------------------------------------------

    def _event_relations(self, ctx: "_Context", events: list[EventMention]) -> Iterable[Relation]:
        for event in events:
            for p in event.participants:
                trigger = ctx.doc[p.token]
                yield ctx.relation(p.entity, event.id, "PARTICIPANT", trigger, CONFIDENCE["participant"], role=p.role)
            actors = [p for p in event.participants if p.role != "location"]
            for a, b in combinations(actors, 2):
                pair = self._event_pair(event, a, b, ctx)
                if pair is not None:
                    later = a if a.token >= b.token else b
                    yield ctx.relation(
                        pair[0].entity,
                        pair[1].entity,
                        event.type,
                        ctx.doc[later.token],
                        CONFIDENCE["event_pair"],
                        event=event.id,
                    )

    @staticmethod
    def _event_pair(event: EventMention, a, b, ctx: "_Context"):
        """Who acts towards whom through an event, or None.

        Directed events go from a source to a target. In talks and other
        symmetric events, people on the same side (the same country) do not
        talk to each other, everyone else does.
        """
        if a.entity == b.entity:
            return None
        if event.type in SYMMETRIC_TYPES:
            country_a, country_b = ctx.country_of(a.entity), ctx.country_of(b.entity)
            same_side = country_a is not None and country_a == country_b
            if same_side:
                return None
            return (b, a) if (a.role, b.role) == ("target", "source") else (a, b)
        if (a.role, b.role) == ("source", "target"):
            return a, b
        if (a.role, b.role) == ("target", "source"):
            return b, a
        return None

    # --- co-occurrence ------------------------------------------------------------------------

    def _co_occurrences(self, ctx: "_Context") -> Iterable[Relation]:
        for k, names in ctx.names_in_sentence.items():
            start = ctx.sentences[k].start_char
            ids = dict.fromkeys(ent.kb_id_ for ent in names if ent.label_ != "EVENT")
            for source, target in combinations(list(ids), 2):
                yield Relation(source, target, "CO_OCCURS", "", start, start, k, CONFIDENCE["co_occurs"])

    # --- time -------------------------------------------------------------------------------------


class _Context:
    """Per-document lookups shared by the relation routes."""

    def __init__(self, doc: Doc, resolver: ArgumentResolver, time_spans: dict[int, tuple[int, int]]) -> None:
        self.doc = doc
        self.resolver = resolver
        self.time_spans = time_spans
        self.sentences = list(doc.sents)
        self.sentence_of = {t.i: k for k, sent in enumerate(self.sentences) for t in sent}
        #: Sentence number -> its names, from one walk over doc.ents (``sent.ents`` walks them all per sentence).
        self.names_in_sentence: dict[int, list[Span]] = {}
        for ent in resolver.ents:
            self.names_in_sentence.setdefault(self.sentence_of[ent.start], []).append(ent)
        self.known_ids = set(doc._.entities or {})

    def kb_entity(self, kb: KnowledgeBase, key: str) -> str:
        """The id of knowledge-base entry ``key``, added to ``doc._.entities`` if the text never named it.

        "President Trump" links Trump to the USA although the sentence does not
        name the country: the records must still carry the USA as an entity.
        """
        eid = f"kb:{key}"
        entities = self.doc._.entities if self.doc._.entities is not None else {}
        if eid not in entities:
            entry = kb.get(key)
            entities[eid] = EntityInfo(id=eid, label=entry.label, type=entry.type, country=entry.country, kb_key=key)
            self.doc._.entities = entities
            self.known_ids.add(eid)
        return eid

    def country_of(self, entity_id: str) -> str | None:
        info = (self.doc._.entities or {}).get(entity_id)
        return info.country if info else None

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
    ) -> Relation:
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
            time_span=time_span_of(trigger, self.time_spans) if dated else None,
            event=event,
        )


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (source, target, type, sentence, role): the most confident; no self-links."""
    best: dict[tuple, Relation] = {}
    for rel in relations:
        if rel.source == rel.target:
            continue
        key = (rel.source, rel.target, rel.type, rel.sentence, rel.role)
        if key not in best or rel.confidence > best[key].confidence:
            best[key] = rel
    typed_pairs = {(r.sentence, frozenset((r.source, r.target))) for r in best.values() if r.type != "CO_OCCURS"}
    return [
        r for r in best.values()
        if r.type != "CO_OCCURS" or (r.sentence, frozenset((r.source, r.target))) not in typed_pairs
    ]


def make_relation_tagger(
    nlp: Language, name: str, lang: str, lexicon: Lexicon, kb: KnowledgeBase, scheme: LabelScheme, grammar: Grammar
) -> RelationTagger:
    """Factory body for ``newsgraph_relations`` (registered in :mod:`extract.pipeline`)."""
    return RelationTagger(name, lang=lang, lexicon=lexicon, kb=kb, scheme=scheme, grammar=grammar)
