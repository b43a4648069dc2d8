"""Judgements (``Judgements``): a predicate adjective or noun of the ``judge`` lexicon ("called
the plan unacceptable", "een schending noemen") types the judge's act towards whoever made what
is judged, and towards the event judged.
"""

from __future__ import annotations

from typing import Iterable

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from extract.components.relations.context import _Context
from extract.components.relations.relation import CONFIDENCE, Relation
from extract.components.relations.speech import stance_targets
from extract.grammar.phrases import mode_of
from extract.grammar.syntax import (
    children,
    clause_verb,
    doc_tokens,
    prepositional_args,
    tagged_tokens,
    tokens_where,
    with_conjuncts,
)
from extract.lexicon import Lexicon

#: The coarse tags of a word that can judge (see Judgements._predicate_noun and
#: Judgements._predicate_participle).
_JUDGING_TAGS = ("ADJ", "NOUN", "VERB")


def _judging_words(doc: Doc, lexicon: Lexicon) -> list[Token]:
    """The adjectives, nouns and verbs of ``doc`` whose lemma or form the ``judge`` lexicon
    lists, in text order: only they can judge, and they are found from the document's arrays
    of lemmas and forms, each distinct word asked once, so the parse of every other noun and
    verb is not walked to see whether it is a predicate (most documents judge nothing)."""
    listed = lexicon.judgement
    found = {
        t.i
        for attr in (LEMMA, LOWER)
        for t in tokens_where(doc, attr, lambda w: listed(w) is not None, (_judging_words, listed))
    }
    if not found:
        return []
    tokens = doc_tokens(doc)
    tagged = {t.i for t in tagged_tokens(doc, _JUDGING_TAGS)}
    return [tokens[i] for i in sorted(found & tagged)]


class Judgements:
    """Relations from judging adjectives and nouns."""

    def _judgement_relations(self, ctx: "_Context") -> Iterable[Relation]:
        """ "Poetin zei dat de door Kiev voorgestelde wijzigingen onaanvaardbaar waren", "Israel
        called Hamas's demand unacceptable", "dismissed the offer as unacceptable": a predicate
        adjective of the ``judge`` lexicon types the act of whoever judges towards whoever made
        what is judged. The judge is the speaker of a reported copular clause, or the subject of
        the verb the adjective is a secondary predicate of; what is judged is the clause's subject
        or the verb's object. Said of a proposal, plan, offer or demand (an AGREE or REQUEST
        noun) the judgement is a refusal: REJECT."""
        # only an adjective, a noun or a participle can judge (see _predicate_noun and
        # _predicate_participle): the others are not walked
        for adj in _judging_words(ctx.doc, self.lexicon):
            place = self._first_conjunct(adj)
            if place.pos_ == "NOUN" and not self._predicate_noun(place):
                continue
            if place.pos_ == "VERB" and not self._predicate_participle(place):
                continue
            type_ = self.lexicon.judgement(adj.lemma_) or self.lexicon.judgement(adj.lower_)
            if type_ is None or type_ == "NONE":
                continue
            found = self._judged(place, ctx)
            if found is None:
                continue
            judges, judged, clause, reporter, scope = found
            judges = [e for e in dict.fromkeys(judges) if ctx.resolver.may_act(e)]
            if not judges or not judged:
                continue
            if any(self._is_proposal(t) for t in scope):
                type_ = "REJECT"
            targets = [
                e
                for noun in judged
                for e in self._makers(noun, ctx)
                if ctx.resolver.may_act(e) or ctx.resolver.type_of(e) == "LOCATION"
            ]
            mode = mode_of(clause, self.scheme, self.lexicon)
            for source in judges:
                for target in dict.fromkeys(targets + self._judged_events(judged, source, ctx)):
                    yield ctx.relation(
                        source,
                        target,
                        type_,
                        adj,
                        CONFIDENCE["judgement"],
                        negated=mode == "negated",
                        mode=mode,
                        reporter=reporter,
                    )

    def _first_conjunct(self, word: Token) -> Token:
        """The first of the predicates ``word`` is coordinated with ("null and void", "illegal
        and void"): a later conjunct hangs on the first, so it judges from the first's place."""
        while (
            word.dep_ in self.scheme.conj
            and word.head != word
            and word.head.i < word.i
            and word.head.pos_ in _JUDGING_TAGS
        ):
            word = word.head
        return word

    def _predicate_noun(self, noun: Token) -> bool:
        """Whether ``noun`` is a noun of the ``judge`` lexicon said of something: "called Trump's
        conduct a breach of ...", "characterized the attack as a violation of ...", "de aanval
        een schending noemen" (a secondary predicate, or the predicate of a copula)."""
        if noun.pos_ != "NOUN":
            return False
        if noun.dep_ in ("oprd", "xcomp") or self._second_object(noun):
            return True
        if noun.head.pos_ == "ADP" and noun.head.lower_ in self.preps.capacity:
            return True
        return any(c.dep_ == "cop" for c in children(noun))

    def _predicate_participle(self, verb: Token) -> bool:
        """Whether ``verb`` is a participle said of something as an adjective is: "noemde de
        luchtaanval gerechtvaardigd", "called the strike justified" (the parsers tag it VERB
        and lemmatise it to its verb, so the judge lexicon is asked its form)."""
        if verb.dep_ == "oprd":
            return True  # ClearNLP's object predicate, even where the tagger took it as finite
        if "Part" not in verb.morph.get("VerbForm"):
            return False
        return verb.dep_ in ("xcomp", "acomp") or any(c.dep_ == "cop" for c in children(verb))

    def _second_object(self, noun: Token) -> bool:
        """Whether ``noun`` is an object after another object of its verb: the Dutch parser
        takes the predicate of "noemde de aanval een schending" for a second object."""
        return noun.dep_ in self.scheme.object and any(
            c.dep_ in self.scheme.object and c.i < noun.i for c in children(noun.head)
        )

    def _judged_events(self, judged: list[Token], judge: str, ctx: "_Context") -> list[str]:
        """The EVENT nodes among what a judge judges ("characterized the attack as a serious
        violation"): the judgement is aimed at the event too, and the judge takes no part in
        it (see stance_targets)."""
        out = []
        for noun in judged:
            event = ctx.events.get(ctx.resolver.events.get(noun.i, ""))
            if event is not None and event.type not in ("CO_OCCURS",):
                stance_targets(event, noun, judge)
                out.append(event.id)
        return out

    def _judged(
        self, adj: Token, ctx: "_Context"
    ) -> tuple[list[str], list[Token], Token, tuple[str, str, Token] | None, list[Token]] | None:
        """(judges, judged nouns, the clause's head, reporter, where to look for a proposal) of a
        judging adjective, or None.

        A copular clause ("het plan was onaanvaardbaar", "the plan was unacceptable") is judged by
        the speaker that reports it; a secondary predicate ("noemde het plan onaanvaardbaar",
        "dismissed the offer as unacceptable") by its verb's subject."""
        from extract.grammar.syntax import subjects

        if any(c.dep_ in self.scheme.copula or c.dep_ == "cop" for c in children(adj)):
            head = adj  # UD: the predicate heads its clause
        elif adj.dep_ == "acomp" and adj.head.pos_ == "AUX":
            head = adj.head  # ClearNLP: "was unacceptable" headed by the copula
        else:
            head = None
        if head is not None:
            judged = [
                c for c in children(head) if c.dep_ in self.scheme.subject and c.pos_ == "NOUN"
            ]
            reporter = self._reporter(head, ctx)
            if reporter is None or not reporter[0]:
                return None
            # the speaker is the source: the relation is not also "reported by" them; the clause
            # is judged as a whole ("de wijzigingen in het plan", however the parser hangs "plan")
            return [reporter[0]], judged, head, None, [head]
        verb = adj.head
        if verb.pos_ in ("ADP", "ADV", "SCONJ") and verb.lower_ in self.preps.capacity:
            # "dismissed the demand for a withdrawal as unacceptable", wherever "as" was hung
            verb = clause_verb(verb.head)
        elif adj.dep_ not in ("xcomp", "oprd", "advmod", "obl", "ccomp", "acomp") and not (
            adj.pos_ == "NOUN" and self._second_object(adj)
        ):
            return None
        if verb.pos_ != "VERB":
            return None
        own = subjects(verb, self.scheme)
        judged = [
            c
            for c in children(verb)
            if c.pos_ == "NOUN"
            and c not in own
            and c != adj
            and (c.dep_ in self.scheme.object or c.dep_ in self.scheme.subject)
        ]
        judges = [e for s_ in own for e in self._sources(s_, ctx)]
        return judges, judged, verb, self._reporter(verb, ctx), judged

    def _is_proposal(self, noun: Token) -> bool:
        """Whether a judged phrase names a proposal, plan, offer or demand: an AGREE or REQUEST
        event noun, or a noun of an AGREE or REQUEST verb's lemma ("offer", "demand"), itself or
        in a phrase inside it ("changes to the peace plan")."""
        for token in noun.subtree:
            if token.pos_ != "NOUN":
                continue
            event = self._noun_event(token)
            if event is not None and event.type in ("AGREE", "REQUEST"):
                return True
            typed = self._verb_type([token.lemma_.lower()])
            if typed is not None and typed[0] in ("AGREE", "REQUEST"):
                return True
        return False

    def _makers(self, noun: Token, ctx: "_Context") -> list[str]:
        """Whose the judged thing is: the entities it stands for or holds ("Hamas's demand", "het
        plan van Oeganda"), else the agent of a participle on it ("de door Kiev voorgestelde
        wijzigingen", "the changes proposed by Kyiv")."""
        found = [
            e for e in ctx.resolver.actors(noun) if e not in ctx.resolver.events.values()
        ] or ctx.resolver.within(noun, skip=self.preps.place | self.preps.attend)
        if found:
            return found
        for participle in children(noun):
            if participle.pos_ not in ("VERB", "ADJ") or participle.dep_ not in ("acl", "amod"):
                continue
            for prep, arg in prepositional_args(participle, self.scheme):
                if prep in self.preps.agent:
                    found += [
                        e for c in with_conjuncts(arg, self.scheme) for e in ctx.resolver.actors(c)
                    ]
            found += [
                e
                for c in children(participle)
                if c.dep_ in self.scheme.agent
                for e in ctx.resolver.actors(c)
            ]
        # "Russia annexed Crimea. Germany called the move illegal": the maker of the act before
        return list(dict.fromkeys(found)) or self._reacted_act_owner(noun, ctx)
