"""Who acts and whom an act is aimed at (``Arguments``): the entities a verb's subject and object
stand for, a pronoun's speaker, the owner of an earlier act; and the lexicon's types of verb and
event-noun lemmas. Shared by every route that reads a clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.relations.context import _Context
from extract.components.relations.relation import CONFIDENCE
from extract.grammar.earlier_acts import earlier_act, nearest_acts
from extract.grammar.event_nouns import noun_event_of
from extract.grammar.lemmas import lookup_lemma, verb_lemmas_of
from extract.grammar.syntax import (
    agents,
    article_as_pronoun,
    children,
    is_definite,
    is_nominalised,
    last_document_memo,
    subjects,
)
from records.vocabulary import PLOVER_TYPES

#: Labels of a clause that describes the noun it hangs from: a participle ("the claims made by
#: X", "de door X gestuurde migranten") or a relative clause ("de migranten die X had gestuurd").
DESCRIBING_CLAUSES = frozenset({"acl", "relcl", "acl:relcl", "amod"})

#: Acts a crowd does for the country or place that describes its people: "Protesters from Kenya
#: marched against Uganda", "Farmers from Kenya blocked roads in protest" (PLOVER PROTEST is
#: collective action). In any other act a person of no body acts for themself only.
CROWD_ACTS = frozenset({"PROTEST"})


class Arguments:
    """Sources and targets of acts, and the lexicon types of lemmas."""

    def _noun_type(self, noun: Token) -> str | None:
        found = self._noun_event(noun)
        return found.type if found else None

    def _noun_event(self, noun: Token):
        """:func:`noun_event_of` ``noun``, remembered per document: the routes ask it of the
        same nouns again (a frozen NounEvent, or None)."""
        memo = last_document_memo(_LAST_NOUN_EVENTS, noun.doc)
        key = (noun.i, id(self.lexicon))
        found = memo.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = memo[key] = noun_event_of(noun, self.lexicon)
        return found

    def _sources(self, token: Token, ctx: "_Context", act: str | None = None) -> list[str]:
        """Who acts: the names that illustrate ``token`` ("German firms including Siemens and
        Daimler"), else the entities it stands for, else the group it belongs to ("members of
        Verdi"), else the states a public office acts for ("attorneys general from Maine",
        :meth:`ArgumentResolver.regions_acting`). A country or place that describes people of no
        body ("a German doctor", "Russische demonstranten") acts through them only in an act of
        ``CROWD_ACTS`` (:meth:`_without_describing_country`). Remembered per token in
        ``ctx.sources``, but not while a speaker is being looked for (a pronoun may then stand
        for no one yet)."""
        found = self._named_sources(token, ctx)
        if act in CROWD_ACTS:
            return found
        return self._without_describing_country(token, found, ctx)

    def _named_sources(self, token: Token, ctx: "_Context") -> list[str]:
        """Whom ``token`` stands for as :meth:`_sources` finds them, a country that describes
        people of no body included: whom an act befell ("the arrest of German doctors"), who
        receives it ("Ukrainian refugees received aid from Poland") or is told of ("said Russian
        doctors broke the law"); only a doer or speaker sets that country aside."""
        if ctx.reporters_asked:
            return self._find_sources(token, ctx)
        found = ctx.sources.get(token.i)
        if found is None:
            found = ctx.sources[token.i] = tuple(self._find_sources(token, ctx))
        return list(found)

    def _find_sources(self, token: Token, ctx: "_Context") -> list[str]:
        """Who acts through ``token``, whatever the act, as :meth:`_sources` gives it before it
        sets aside a country that describes a person of no body."""
        return self._found_sources(token, ctx)

    def _without_describing_country(
        self, noun: Token, found: list[str], ctx: "_Context"
    ) -> list[str]:
        """``found`` for ``noun``, but for a noun of people of no body (:meth:`_of_no_body`;
        counted, "Honderden Duitse artsen", too) only the bodies and persons it names
        ("supporters of Hamas"), else the person's name apposed to it ("de Russische activist
        Ivan Petrov"), never a country or place that describes it: a doctor's accusation, a
        protester's demand or statement is not the country's (issue 18)."""
        if found and noun.pos_ == "NUM":
            noun = next((c for c in children(noun) if c.pos_ == "NOUN" and c.i > noun.i), noun)
        if not found or noun.pos_ != "NOUN" or not self._of_no_body(noun):
            return found
        kept = [e for e in found if ctx.resolver.type_of(e) not in ("COUNTRY", "LOCATION")]
        return kept or [
            e for e in ctx.resolver.apposed_name(noun) if ctx.resolver.type_of(e) == "PERSON"
        ]

    def _of_no_body(self, noun: Token) -> bool:
        """Whether ``noun`` names people who act for no state: a person noun of
        ``people.<lang>.txt`` ("doctor", "arts") or an activist noun of ``agents.<lang>.tsv``
        ("protesters", "demonstranten")."""
        grammar = self.grammar
        lemmas = {noun.lemma_.lower(), lookup_lemma(self.lexicon.lang, noun.lower_)} - {None}
        return any(
            grammar.is_person_noun(lemma) or lemma in grammar.activist_nouns for lemma in lemmas
        )

    def _found_sources(self, token: Token, ctx: "_Context") -> list[str]:
        """Whom ``token`` stands for or names inside its phrase (a country describing people of
        no body included: :meth:`_sources` sets it aside for every act but a crowd's)."""
        found = ctx.resolver.examples(token) or ctx.resolver.actors(token)
        if not found and (token.pos_ == "PRON" or article_as_pronoun(token, self.scheme)):
            return self._speaker_pronoun(token, ctx)
        if not found and token.pos_ == "NUM":
            # "Honderden leden van Oxfam", "Duizenden aanhangers van X": the counted group
            token = next((c for c in children(token) if c.pos_ == "NOUN" and c.i > token.i), token)
        if found or token.pos_ != "NOUN":
            return found
        # the noun's own "by" phrase names its maker, who acts through it ("a report by Human
        # Rights Watch blamed Nigeria", as "Human Rights Watch's report blamed Nigeria")
        return [
            e
            for e in ctx.resolver.within(token, skip=self._not_owner - self.preps.agent, depth=1)
            if ctx.resolver.may_act(e)
        ] or ctx.resolver.regions_acting(token)  # "attorneys general from Maine and Ohio sued"

    def _speaker_pronoun(self, pronoun: Token, ctx: "_Context") -> list[str]:
        """The speaker a third-person subject pronoun of a reported clause stands for: "Het
        Oekraïense leger zei dat het Russische troepen aanvalt", "Iran said it would retaliate"."""
        if article_as_pronoun(pronoun, self.scheme):
            # "zei dat het troepen had gestuurd": hung on the noun after it, of the noun's verb
            verb = pronoun.head.head
        elif pronoun.dep_ not in self.scheme.subject or pronoun.morph.get("Person") not in (
            [],
            ["3"],
        ):
            return []
        elif pronoun.morph.get("PronType") not in ([], ["Prs"]):
            return []
        else:
            verb = pronoun.head
        reporter = self._reporter(verb, ctx)
        if not reporter or not reporter[0]:
            return []
        if reporter[0] in ctx.resolver.quotations.speaker_around(pronoun):
            return []  # 'Schumer said: "I do not know why he left"': the speaker would say "I"
        # "Angela Merkel said he would meet Putin": "he" is not the speaker
        return [reporter[0]] if ctx.resolver.coreference.agrees(pronoun, reporter[0]) else []

    def _targets(self, token: Token, ctx: "_Context") -> tuple[list[str], float]:
        """Whom an act is aimed at, and a confidence factor: the entities ``token`` stands for,
        a place with its country ("Afghanistan's Khost province"), else the entities inside
        its noun phrase ("the offices of Apple Daily", "the American proposals"). Names that
        illustrate the token are whom it stands for ("landen zoals Oeganda en Rwanda")."""
        if self.grammar.marks_beneficiary(token.lemma_):
            # "filed the lawsuit on behalf of the Senate": the phrase names whom one acts for
            return [], 1.0
        found = ctx.resolver.examples(token) or ctx.resolver.actors(token)
        if found:
            if ctx.resolver.type_of(found[0]) == "LOCATION":
                found = found + [
                    e
                    for c in children(token)
                    if c.dep_ in self.scheme.possessive
                    for e in ctx.resolver.actors(c)
                    if ctx.resolver.type_of(e) == "COUNTRY"
                ]
            return found, 1.0
        if token.pos_ not in ("NOUN", "PROPN", "X") and not is_nominalised(token):
            return [], 1.0
        inside = ctx.resolver.within(token, skip=self._not_target)
        if self.grammar.is_person_noun(token.lemma_):
            # "veroordeelde een arts uit Martinsville", "arrested a nurse from Dayton": the town a
            # person of no body comes from or is in is not whom the act is aimed at (their
            # country may be: "sent the refugees from Colombia back" returns them to Colombia)
            inside = [e for e in inside if ctx.resolver.type_of(e) != "LOCATION"]
        if self._one_country_described(token):
            # "pulled out of the Middle Eastern nation", "het Europese land": a region's adjective
            # says where the country lies; the act is not aimed at the region
            inside = [e for e in inside if ctx.resolver.type_of(e) != "LOCATION"]
        if token.lemma_.lower() in self.lexicon.roles or token.lower_ in self.lexicon.roles:
            # "a former adviser of President Trump was sentenced", "een adviseur van Trump
            # veroordeeld": whom the office holder serves is not whom the act is aimed at
            inside = [e for e in inside if ctx.resolver.type_of(e) != "PERSON"]
        if not inside and self.grammar.is_place_noun(token.lemma_):
            # a noun for a kind of place is where its place phrase says: "uit de regio rond Kiev"
            inside = ctx.resolver.within(token, skip=self.preps.attend | self.preps.agent)
        if inside:
            return inside, CONFIDENCE["inside_argument"]
        return self._earlier_act_owner(token, ctx), CONFIDENCE["inside_argument"]

    def _one_country_described(self, noun: Token) -> bool:
        """Whether ``noun`` is a singular description of a country ("nation", "land"): one
        country, which a region's adjective only places ("the Middle Eastern nation"); a plural
        one stands for the region's countries together ("European nations have refused")."""
        return self.grammar.descriptions.get(
            noun.lemma_.lower()
        ) == "COUNTRY" and "Plur" not in noun.morph.get("Number")

    def _act_agents(self, noun: Token, ctx: "_Context", any_noun: bool = False) -> list[str]:
        """Who made the act ``noun`` names, read from its agent phrase as from its possessor ("a
        demand by the IAEA", "een eis door het IAEA": the IAEA's); nothing for a noun that names
        no act, whose agent phrase names no maker ("a school run by the UN"), unless
        ``any_noun``: what a protest is against is the doing of its maker, whatever the noun
        ("in protest against cuts by Uber": Uber's cuts). For a reaction whose object names
        nobody else."""
        lemma = noun.lemma_.lower()
        if any_noun:
            return [
                e
                for e in ctx.resolver.within(noun, skip=self.preps.place | self.preps.attend)
                if ctx.resolver.may_act(e)
            ]
        if self._noun_event(noun) is None and lemma not in self.grammar.act_nouns:
            return []
        return ctx.resolver.within(noun, skip=self.preps.place | self.preps.attend)

    def _clause_makers(self, noun: Token, ctx: "_Context") -> list[str]:
        """Who made what ``noun`` names, as a clause that describes it tells: the agent of its
        participle ("dismissed the claims made by South Africa", "refused the migrants sent by
        the Commission") or the subject of its relative clause other than the relative pronoun
        ("weigerde de migranten op te nemen die de Europese Commissie had gestuurd", the
        subject read by agreement). Only a clause whose verb is an act (typed in the verb
        lexicon): "rejected a ship built by Peru" reacts to no act of Peru's. For a reaction whose
        object names nobody itself: it reacts to what that maker did. A noun that describes a
        body or place ("sued the company that Musk founded") names that body, not its maker's
        act."""
        if noun.lemma_.lower() in self.grammar.descriptions:
            return []
        makers: list[Token] = []
        for clause in children(noun):
            if clause.dep_ not in DESCRIBING_CLAUSES or clause.pos_ not in ("VERB", "AUX"):
                continue
            if self._act_type(clause) not in PLOVER_TYPES:
                continue
            makers += agents(clause, self.scheme, self.preps.agent) or [
                s_ for s_ in subjects(clause, self.scheme) if s_.pos_ != "PRON"
            ]
        return [e for m in makers for e in self._sources(m, ctx) if ctx.resolver.may_act(e)]

    def _earlier_act_owner(self, noun: Token, ctx: "_Context") -> list[str]:
        """Who made the act a definite event noun refers back to: "Macron riep op tot actie ...
        De oproep werd gesteund door Merkel" (the call is Macron's), "X proposed ... Y backed the
        proposal", "The call was seconded by Merkel". The subjects of the verb of the noun's own
        stem in the noun's sentence or the two before (:func:`earlier_act`); nothing when there is
        none. Read for an argument that names nobody, for an event noun a verb takes a stance
        on and for the noun of a verb's phrase ("backed the call")."""
        if noun.pos_ != "NOUN" or self._noun_event(noun) is None or not is_definite(noun):
            return []
        verb = earlier_act(noun, self._verb_lemmas)
        return [] if verb is None else self._act_makers(verb, ctx)

    def _reacted_act_owner(self, noun: Token, ctx: "_Context") -> list[str]:
        """Who made the act a reaction's definite general act noun refers back to ("Russia
        annexed Crimea. The EU condemned the move": Russia; "Polen zette diplomaten uit. Moskou
        wees de stap af": Poland): the makers of the acts of :func:`nearest_acts`, when they all
        have the same ones; nothing when two acts with other makers compete."""
        fits = self.grammar.act_nouns.get(noun.lemma_.lower())
        if not fits or noun.pos_ != "NOUN" or not is_definite(noun):
            return []
        makers: dict[frozenset[str], list[str]] = {}  # the same makers in any order are one
        for verb in nearest_acts(noun, self._act_type, fits):
            if found := self._act_makers(verb, ctx):
                makers.setdefault(frozenset(found), found)
        return next(iter(makers.values())) if len(makers) == 1 else []

    def _act_makers(self, verb: Token, ctx: "_Context") -> list[str]:
        """The actors ``verb``'s subjects stand for."""
        return [
            e
            for s_ in subjects(verb, self.scheme)
            for e in self._sources(s_, ctx)
            if ctx.resolver.may_act(e)
        ]

    def _act_type(self, verb: Token) -> str | None:
        """The PLOVER type the verb lexicon gives ``verb``, if any."""
        found = self._verb_type(self._verb_lemmas(verb))
        return found[0] if found else None

    @property
    def _not_target(self) -> frozenset[str]:
        return self.preps.place | self.preps.attend | self.preps.agent

    @property
    def _not_owner(self) -> frozenset[str]:
        return frozenset(p for p in self._not_target) | self.preps.recipient

    def _verb_lemmas(self, verb: Token) -> list[str]:
        return verb_lemmas_of(verb, self.scheme, self.lang)

    def _verb_type(self, lemmas: list[str]) -> tuple[str, float] | None:
        """The (PLOVER type, weight) of the first lemma the verb lexicon knows."""
        return next((t for t in map(self.lexicon.verb_type, lemmas) if t), None)


#: The memo of :meth:`Arguments._noun_event`: {(noun index, lexicon id): its event or None}.
_LAST_NOUN_EVENTS: list = [None]
#: What no memo holds (None is an answer).
_UNKNOWN = object()
