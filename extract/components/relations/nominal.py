"""Nominal events and relational nouns (``NominalRelations``): "Russia's attack on Kyiv", "de
kritiek van Frankrijk op Italië", "Navalny is a critic of Putin".
"""

from __future__ import annotations

from itertools import combinations, product
from typing import Iterable

from spacy.tokens import Token

from extract.components.relations.context import _Context
from extract.components.relations.relation import CONFIDENCE, Relation
from extract.components.relations.verbs import AIMED_AT_ACTORS, AT_THE_THINGS_PLACE, REACTIONS
from extract.grammar.event_nouns import event_noun_args
from extract.grammar.patterns import copula_clause, relational_noun
from extract.grammar.phrases import mode_of
from extract.grammar.syntax import (
    LabelScheme,
    between_sides,
    children,
    clause_verb,
    doc_lang,
    has_infinitive_marker,
    objects,
    phrase_of,
    possessive_pronoun,
    prepositional_args,
    subjects,
    tagged_tokens,
)

#: Labels a parser gives an event noun's te-infinitive clause beside acl and xcomp (UD Dutch:
#: "om ... te keuren" as nmod).
INFINITIVE_MODIFIERS = frozenset({"nmod", "advcl"})

#: Nominal events whose place is their target: "China's deployment of carriers near Taiwan".
PLACE_TARGETS = frozenset({"MOBILIZE"})

#: Nominal events aimed at the one their content clause says acts: "de eis van Oekraïne dat
#: Rusland de kinderen teruggeeft" (Russia is asked), "the accusation that Belarus sends migrants"
#: (Belarus is accused).
CONTENT_TARGETS = frozenset({"REQUEST", "ACCUSE"})


def content_clauses(noun: Token) -> list[Token]:
    """The finite clauses after an event noun that say what it asks or claims, opened by a
    subordinating conjunction ("de eis dat Rusland ... teruggeeft"), whatever label the parser
    gave the clause (UD Dutch: acl:relcl)."""
    return [
        clause
        for clause in children(noun)
        if clause.pos_ in ("VERB", "AUX")
        and clause.i > noun.i
        and clause.dep_.startswith("acl")
        and any(c.pos_ == "SCONJ" and c.i < clause.i for c in children(clause))
    ]


def act_clauses(noun: Token) -> list[Token]:
    """The clauses after an event noun that tell its act ("Turkey's refusal to let Sweden join":
    let), as acl or xcomp, or as a te-infinitive the parser hung as a modifier ("de weigering van
    Polen om de leveringen aan Oekraïne goed te keuren, ...": keuren as nmod)."""
    return [
        clause
        for clause in children(noun)
        if clause.pos_ == "VERB"
        and clause.i > noun.i
        and (
            clause.dep_ in ("acl", "xcomp")
            or clause.dep_ in INFINITIVE_MODIFIERS
            and has_infinitive_marker(clause)
        )
    ]


class NominalRelations:
    """Relations from event nouns and relational nouns."""

    def _nominal_relations(self, ctx: "_Context") -> Iterable[Relation]:
        """ "Russia's attack on Kyiv", "Poland's criticism of Belarus", "de kritiek van Frankrijk op
        Italië", "the dispute between Japan and China": the event noun's type from its possessor,
        country adjective, agent or "van" (source) to its "on/against/with/to/op/tegen" phrase
        (target); "between" links both sides."""
        resolver = ctx.resolver
        possessor = self.preps.possessor
        for noun in tagged_tokens(ctx.doc, ("NOUN", "PROPN")):
            if noun.ent_type_:
                continue
            event = self._noun_event(noun)
            if event is None:
                continue
            owners = [
                e
                for c in children(noun)
                if c.i < noun.i
                and (c.dep_ in self.scheme.possessive or c.dep_ in ("amod", "compound", "nmod"))
                for e in resolver.actors(c)
            ]
            # with the phrases the parser hung on its actor's name ("door Marokko met Frankrijk")
            # a deployment is aimed at its place, also where the parser hung it on the agent's
            # name ("de inzet van schepen door China rond Taiwan")
            aimed = self.preps.recipient | self.preps.noun_target
            if event.type in PLACE_TARGETS:
                aimed |= self.preps.place
            by_prep: list[tuple[str, Token]] = event_noun_args(
                noun, self.scheme, agent=self.preps.agent, owner=possessor, aimed=aimed
            )
            agents = [
                e for p, arg in by_prep if p in self.preps.agent for e in resolver.actors(arg)
            ]
            sources = owners + agents + self._multiword_owners(noun, ctx)
            targets: list[str] = []
            inside_makers: list[str] = []
            for prep, arg in by_prep:
                if prep in possessor and not sources:
                    sources += resolver.actors(arg)
                    # "de steun van de Afrikaanse Unie aan Kenia" with "aan Kenia" hung on the owner
                    by_prep += [
                        (p, a)
                        for p, a in prepositional_args(arg, self.scheme)
                        if p in self.preps.recipient and a.i > arg.i
                    ]
                elif (
                    prep in self.preps.recipient
                    or prep in possessor
                    or prep in self.preps.noun_target
                    or event.type in PLACE_TARGETS
                    and prep in self.preps.place
                ):
                    if prep in self.preps.partner and self._noun_event(arg) is not None:
                        # "Israel's attack on Gaza with the support of the US", "de aanval met
                        # steun van de VS": an act in the partner phrase is how the act is done
                        # (with whose help), not whom it is aimed at
                        continue
                    found = self._targets(arg, ctx)[0]
                    if found and not any(resolver.type_of(e) for e in found):
                        # only an event ("Mali's rejection of ECOWAS mediation", "de afwijzing
                        # van het voorstel van Peru"): the act is aimed at whose event it is
                        found = resolver.within(arg, skip=self._not_target)
                    if not found:
                        found = self._aimed_inside(noun, event.type, arg, ctx)
                        # "Iran's rejection of a demand by Egypt": the agent phrase hung on the
                        # rejected act names its maker, not a second maker of the rejection
                        inside_makers += found
                    targets += found
            # "Turkey's refusal to let Sweden join", "Vietnam's pledge to hold exercises with the
            # Philippines"
            told_targets = len(targets)
            for clause in act_clauses(noun):
                args = list(objects(clause, self.scheme)) + [
                    a
                    for p, a in prepositional_args(clause, self.scheme)
                    if p in self.preps.recipient
                ]
                targets += [e for a in args for e in self._targets(a, ctx)[0]]
            if not targets and event.type in AIMED_AT_ACTORS:
                # "the demonstration of Amnesty outside the embassy of Saudi Arabia"
                targets += self._premises_owners(noun, [a for _, a in by_prep], ctx)
            if event.type in CONTENT_TARGETS:
                targets += [
                    e
                    for clause in content_clauses(noun)
                    for subject in subjects(clause, self.scheme)
                    for e in resolver.actors(subject)
                ]
            if event.type == "REQUEST" and sources and not told_targets:
                # "will comply with the request of Johnson to suspend Parliament": the request
                # is made to whoever acts on it, not to the one its act clause names
                targets += self._request_takers(noun, ctx)
            sources = [
                e for e in dict.fromkeys(sources) if resolver.may_act(e) and e not in inside_makers
            ]
            targets = [
                e
                for e in dict.fromkeys(targets)
                if resolver.may_act(e) or resolver.type_of(e) == "LOCATION"
            ]
            deed = self._deed_of(noun, ctx) if targets and not sources else None
            if deed is not None:
                # "Ukraine accused Russia of the attack on Poland": the accused did it, as the
                # accuser says
                sources = [e for e in deed[0] if resolver.may_act(e)]
            elif bool(sources) != bool(targets):
                # "returned at the Iraqi government's request", "deed dat op verzoek van Trudeau",
                # "in cooperation with Iraqi forces": the clause's subject is the other side
                subjects_ = [
                    e for e in self._adjunct_subjects(noun, ctx) if e not in sources + targets
                ]
                if sources:
                    targets = subjects_
                elif not any(possessive_pronoun(c) for c in children(noun)):
                    # "the lawyer who represented Daniels in her lawsuit against Trump": a
                    # possessive pronoun names the owner, who need not be the clause's subject
                    # (on the English dev split 1 such edge from the subject, wrong; reading the
                    # pronoun's owner instead made 1 right and 2 wrong, "their refusal", "haar
                    # steun")
                    sources = [e for e in subjects_ if resolver.may_act(e)]
            sides = [
                e
                for side in between_sides(noun, self.scheme, self.preps.between)
                or self._clause_between(noun)
                for e in resolver.actors(side)
            ]
            if not (sources and targets) and len(dict.fromkeys(sides)) < 2:
                continue  # no relation: the clause's mode and reporter are not needed
            verb = clause_verb(noun)
            mode = self._event_mode(noun) if verb != noun else "asserted"
            reporter = self._reporter(verb, ctx) if verb != noun else None
            if deed is not None:
                reporter = deed[1]
            # owner -> target pairs first, then every two sides of "between/tussen"
            pairs = [*product(sources, targets), *combinations(dict.fromkeys(sides), 2)]
            for source, target in pairs:
                yield ctx.relation(
                    source,
                    target,
                    # a country's blockade restricts movement, a protesters' is a protest
                    event.type_for(resolver.type_of(source) == "COUNTRY"),
                    noun,
                    CONFIDENCE["nominal"],
                    negated=mode == "negated",
                    mode=mode,
                    reporter=reporter,
                )

    def _request_takers(self, noun: Token, ctx: "_Context") -> list[str]:
        """Who acts on a request the noun names: the subject of the verb the noun is the object
        or argument phrase of ("she will comply with the request of Johnson", "zal ingaan op het
        verzoek van Johnson"); none for a request that is its verb's subject or an adjunct."""
        phrase = phrase_of(noun, self.scheme)
        if phrase is not None:
            verb, word = phrase[0], phrase[1].lower_
            if word not in self.preps.recipient | self.preps.noun_target:
                return []  # "at the request of X": an adjunct, see _adjunct_subjects
        elif noun.dep_ in self.scheme.object:
            verb = noun.head
        else:
            return []
        if verb.pos_ not in ("VERB", "AUX") or self.lexicon.is_speech_verb(verb.lemma_.lower()):
            return []  # "Reuters reported Johnson's request": telling of it is no answer to it
        return [e for s in subjects(verb, self.scheme) for e in self._sources(s, ctx)]

    def _premises_owners(self, noun: Token, args: list[Token], ctx: "_Context") -> list[str]:
        """Whom a protest told by an event noun is aimed at when it is held at premises
        (``sites`` lexicon) named with their owner: "the demonstration of Amnesty outside the
        embassy of Saudi Arabia", "de betoging van Amnesty bij de ambassade van Saudi-Arabië"
        (a phrase on the noun, or on the name of its maker, where the parser may hang it), as
        the verb route reads "demonstrated outside the embassy of X" (VerbRelations._premises_of);
        or at an organisation or person its own place phrase names ("a warning strike at
        Lufthansa"); not a place named alone ("a march in Paris")."""
        skip = self.preps.agent | self.preps.possessor
        found: list[str] = []
        for host in [noun] + [a for a in args if a.pos_ == "PROPN"]:
            for prep, arg in prepositional_args(host, self.scheme):
                if prep in skip:
                    continue
                if arg.lemma_.lower() in self.grammar.sites:
                    found += ctx.resolver.within(arg, skip=self._not_target)
                elif prep in self.preps.place:
                    # "a strike at Lufthansa", "een staking bij KLM": a firm or a person, as
                    # the verb route's AIMED_AT_ACTORS; not a place ("a march in Paris")
                    found += [
                        e
                        for e in ctx.resolver.actors(arg)
                        if ctx.resolver.type_of(e) not in ("LOCATION", "COUNTRY")
                    ]
        return [e for e in dict.fromkeys(found) if ctx.resolver.may_act(e)]

    def _clause_between(self, noun: Token) -> list[Token]:
        """The sides of a "between X and Y" that the parser hung on the verb whose subject the
        event noun is ("talks were held between Russia and Ukraine", "an agreement was reached
        between X and Y", "er werden gesprekken gevoerd tussen X en Y"): the sides of the
        noun's event, read where the noun has no "between" of its own."""
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in (
            self.scheme.subject | self.scheme.passive_subject
        ):
            return []
        return between_sides(verb, self.scheme, self.preps.between)

    def _aimed_inside(self, noun: Token, type_: str, arg: Token, ctx: "_Context") -> list[str]:
        """Whom an event noun is aimed at when its phrase's noun names nobody, read as the verb
        route reads its object (see VerbRelations._aims): a reaction is aimed at the maker of
        the act it reacts to ("Iran's rejection of a request by the IAEA"), a strike or a
        withdrawal at the place of the thing it hits or leaves ("Russia's strike on a hospital
        in Kyiv")."""
        if type_ in REACTIONS:
            return self._act_agents(arg, ctx)
        if type_ in AT_THE_THINGS_PLACE:
            return self._things_place(arg, clause_verb(noun), "nominal", ctx)
        return []

    def _multiword_owners(self, noun: Token, ctx: "_Context") -> list[str]:
        """ "op verzoek van de Iraakse regering" parsed as one preposition (op, with "verzoek" and
        "van" as its fixed parts) marking "regering": the event noun's owner is the phrase it
        marks."""
        head = noun.head
        if noun.dep_ != "fixed" or head.pos_ != "ADP":
            return []
        of = next(
            (
                c
                for c in children(head)
                if c.dep_ == "fixed" and c.i > noun.i and c.lower_ in self.preps.possessor
            ),
            None,
        )
        if of is None:
            return []
        if head.dep_ in self.scheme.case:
            marked = head.head
        else:
            # the parser hung the phrase's noun on the verb beside the preposition ("deed dat op
            # verzoek van Justin Trudeau" with Trudeau as object of deed): the next noun after "van"
            marked = next(
                (t for t in ctx.doc[of.i + 1 : of.sent.end] if t.pos_ not in ("DET", "ADJ", "NUM")),
                None,
            )
            if marked is None or marked.head != head.head or marked.pos_ not in ("NOUN", "PROPN"):
                return []
        return ctx.resolver.actors(marked) or ctx.resolver.within(
            marked, skip=self._not_target, depth=1
        )

    def _deed_of(self, noun: Token, ctx: "_Context") -> tuple[list[str], tuple] | None:
        """Who did an event noun in a deed phrase after the object of an accusing verb ("accused
        Russia of the attack", "blamed Iran for the attacks"; prepositions ``deed``), and the
        verb's subject as the one who says so (the reporter), or None."""
        from extract.grammar.syntax import deed_prepositions, object_before, subjects

        if not self.scheme.preposition_heads_noun:
            return None  # Dutch says it with a clause ("ervan ... te hebben aangevallen")
        prep, verb = noun.head, noun.head.head
        if noun.dep_ != "pobj" or prep.pos_ != "ADP" or verb.pos_ not in ("VERB", "AUX"):
            return None
        if prep.lower_ not in deed_prepositions(doc_lang(ctx.doc)):
            return None
        typed = self._verb_type(self._verb_lemmas(verb))
        if typed is None or typed[0] != "ACCUSE":
            return None  # "withdrew the US from a treaty": not what the US is said to have done
        doers = [e for o in object_before(verb, prep.i, self.scheme) for e in self._sources(o, ctx)]
        if not doers:
            return None
        speakers = [e for s in subjects(verb, self.scheme) for e in self._sources(s, ctx)]
        return doers, ((speakers[0], verb.text, verb) if speakers else None)

    def _adjunct_subjects(self, noun: Token, ctx: "_Context") -> list[str]:
        """The subject's entities of the verb an event noun is an adjunct of ("at the request of X",
        "under EU sanctions"), through a preposition that marks neither the agent nor a recipient or
        target (those make the noun the verb's argument: "withdrew from a treaty with Iran")."""
        from extract.grammar.syntax import subjects

        if noun.dep_ == "fixed" and noun.head.pos_ == "ADP":
            # "op verzoek van X": the multiword preposition marks X, an argument of the verb
            verb = noun.head.head if noun.head.dep_ not in self.scheme.case else noun.head.head.head
            if verb.pos_ not in ("VERB", "AUX"):
                return []
            return [e for s in subjects(verb, self.scheme) for e in self._sources(s, ctx)]
        phrase = phrase_of(noun, self.scheme)
        if phrase is None or noun.dep_ in self.scheme.agent:
            return []
        verb, word = phrase[0], phrase[1].lower_
        if self.scheme.preposition_heads_noun and phrase[1].dep_ != "prep":
            return []  # ClearNLP's agent and dative: no adjunct
        if verb.pos_ not in ("VERB", "AUX") or word in self.preps.agent:
            return []
        if word in self.preps.recipient or word in self.preps.noun_target:
            # "withdrew from a treaty with Iran", "help with X's investigation": an argument
            return []
        return [e for s in subjects(verb, self.scheme) for e in self._sources(s, ctx)]

    def _relational_noun_relations(self, ctx: "_Context") -> Iterable[Relation]:
        """ "Navalny is a critic of Putin", "Frankrijk is een bondgenoot van Duitsland", "X, a
        supporter of Y,": the relational noun's type from whom it is said of to the owner of its
        "of" phrase (see patterns.relational_noun), in the mode of the copula's clause."""
        nouns = self.grammar.relational_nouns
        for noun in tagged_tokens(ctx.doc, ("NOUN",)):
            type_ = nouns.get(noun.lemma_.lower())
            if type_ is None:
                continue
            clause = copula_clause(noun, self.scheme)
            mode = mode_of(clause, self.scheme, self.lexicon) if clause is not None else None
            for cand in relational_noun(noun, self.scheme, self.preps):
                sources = [e for e in self._sources(cand.actor, ctx) if ctx.is_actor(e)]
                owner = cand.recipient
                if (
                    owner.pos_ == "PRON"
                    and owner.dep_ in self.scheme.possessive
                    and _apposed(noun, cand.actor, self.scheme)
                ):
                    # "his running mate, X", "X, his fiercest critic,": whose, as a title's or
                    # kin noun's possessive pronoun is read (never the name set off beside the
                    # noun); not in a capacity phrase ("was chosen by Y as his running mate":
                    # the choosing is the act the text tells, and the dev gold has only it)
                    found = ctx.resolver.coreference.possessor(owner)
                else:
                    found = self._targets(owner, ctx)[0]
                targets = [e for e in found if ctx.is_actor(e)]
                for source in sources:
                    for target in targets:
                        if target == source:
                            continue
                        yield ctx.relation(
                            source,
                            target,
                            type_,
                            noun,
                            CONFIDENCE["relational_noun"],
                            negated=mode == "negated",
                            mode=mode,
                        )


def _apposed(noun: Token, name: Token, scheme: LabelScheme) -> bool:
    """Whether ``noun`` and the name ``name`` stand in apposition, either way round."""
    return (name.dep_ in scheme.appos and name.head == noun) or (
        noun.dep_ in scheme.appos and noun.head == name
    )
