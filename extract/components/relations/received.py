"""Acts told from the side of whoever receives them (``ReceivedActs``): "Kenya received aid from
Japan", "Kenia kreeg steun van Japan", "Moldavië krijgt door Duitsland geld toegewezen".

A verb of receiving (a ``receive`` row of ``phrases.<lang>.tsv``: the verb with the preposition
that marks the giver) names no act of its own: the act is its object's event noun (aid, steun,
kritiek, een bezoek) or, in Dutch, the participle of a typed verb it governs (the
"krijgen-passief": "krijgt ... toegewezen", "kreeg ... aangeboden"). The giver does that act to
the verb's subject, so the relation runs from the giver's phrase to the subject, the other way
round from the verb's own subject and object.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from extract.components.relations.context import _Context
from extract.components.relations.relation import CONFIDENCE, Relation
from extract.grammar.syntax import children, objects, prepositional_args, subjects, tagged_tokens

#: Labels under which a parser hangs the participle of a "krijgen-passief" on the verb or on its
#: object ("krijgt twintig miljoen euro toegewezen": toegewezen as ccomp of krijgt, or as acl
#: of miljoen).
PARTICIPLE_LABELS = frozenset({"ccomp", "xcomp", "acl", "conj", "advcl"})


#: Labels of the noun an amount stands before ("tien miljoen euro hulp": hulp as nmod of miljoen).
MEASURED_LABELS = frozenset({"nmod", "flat", "compound", "appos"})
#: Types of a received act that help its receiver, who keeps the country that describes it.
HELPING = frozenset({"AID", "SUPPORT", "COOPERATE", "AGREE"})


def without_reversed(found: list[Relation], received: list[Relation]) -> list[Relation]:
    """``found`` without a relation that the verb of a ``received`` one also read the other way
    round ("Kenya got support from Japan" is no support of Kenya's for Japan, as the verb's
    subject and its object's phrase would have it)."""
    turned = {(r.target, r.source, r.trigger_start) for r in received}
    return [r for r in found if (r.source, r.target, r.trigger_start) not in turned]


class ReceivedActs:
    """Relations from verbs of receiving (see the module docstring)."""

    def _received_relations(self, ctx: "_Context") -> Iterable[Relation]:
        """Giver -> subject, typed by the received act, for each verb of receiving with a
        giver's phrase."""
        for verb in tagged_tokens(ctx.doc, ("VERB", "AUX")):
            lemmas = self._verb_lemmas(verb)
            lemmas = [lemma for lemma in lemmas if self.lexicon.has_phrase_part(lemma, "receive")]
            if not lemmas:
                continue
            things = objects(verb, self.scheme)
            heads = [verb, *things]
            act = self._received_act(verb, things)
            if act is None:
                # the parser may hang the giver's phrase on a noun inside the object ("to
                # extradite people accused of crimes from Hong Kong": from on crimes)
                heads += [
                    t for thing in things for t in thing.subtree if t.pos_ == "NOUN" and t != thing
                ]
                act = self._own_act(lemmas, heads)
            if act is None:
                continue
            type_, weight = act
            givers = [
                noun
                for head in heads
                for prep, noun in prepositional_args(head, self.scheme)
                if self._marks_giver(lemmas, prep)
            ]
            # a receiver of help keeps the country that describes its people ("Ukrainian
            # refugees received aid from Poland"); not of a hostile act ("American journalists
            # received threats from Iran" is no threat to the United States; review)
            describing = self._named_sources if type_ in HELPING else self._sources
            receivers = [e for s in subjects(verb, self.scheme) for e in describing(s, ctx)]
            sources = [e for g in givers for e in self._sources(g, ctx) if ctx.is_actor(e)]
            targets = [e for e in receivers if ctx.resolver.type_of(e) not in (None, "EVENT")]
            if not (sources and targets):
                continue
            common = self._clause_terms(verb, {}, ctx)
            for source in dict.fromkeys(sources):
                for target in dict.fromkeys(targets):
                    yield ctx.relation(
                        source, target, type_, verb, CONFIDENCE["received"] * weight, **common
                    )

    def _marks_giver(self, lemmas: list[str], prep: str) -> bool:
        """Whether ``prep`` marks the giver after one of the verb's ``lemmas`` (a ``receive``
        row: "krijgen van", "receive from")."""
        return any(self.lexicon.phrase_type(lemma, "receive", prep) is not None for lemma in lemmas)

    def _own_act(self, lemmas: list[str], heads: list[Token]) -> tuple[str, float] | None:
        """(type, weight) of the verb's own act that its giver does, from a typed ``receive``
        row ("extradite from": COOPERATE), or None; only with a giver's phrase on the verb or
        its object (``heads``), where the givers are read."""
        preps = [prep for head in heads for prep, _ in prepositional_args(head, self.scheme)]
        for lemma in lemmas:
            for prep in preps:
                found = self.lexicon.phrase_type(lemma, "receive", prep)
                if found not in (None, "NONE"):
                    return found, 1.0
        return None

    def _received_act(self, verb: Token, things: list[Token]) -> tuple[str, float] | None:
        """(PLOVER type, weight) of what ``verb`` receives: its object's event noun ("kreeg
        kritiek van", "received aid from"), else the typed participle it governs, on the verb or
        on its object ("krijgt geld toegewezen"); None when it receives no act ("received a
        letter from")."""
        for thing in things:
            # "kreeg tien miljoen euro hulp": the act's noun after an amount, without preposition
            measured = [
                c
                for c in children(thing)
                if c.i > thing.i
                and c.dep_ in MEASURED_LABELS
                and c.pos_ == "NOUN"
                and not any(g.dep_ in self.scheme.case for g in children(c))
            ]
            for noun in [thing, *measured]:
                type_ = self._noun_type(noun)
                if type_ is not None:
                    return type_, 1.0
        for head in [verb, *things]:
            for child in children(head):
                if (
                    child.dep_ in PARTICIPLE_LABELS
                    and child.pos_ == "VERB"
                    and "Part" in child.morph.get("VerbForm")
                ):
                    found = self._verb_type(self._verb_lemmas(child))
                    if found is not None:
                        return found
        return None
