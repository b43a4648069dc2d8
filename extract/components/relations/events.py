"""Event participation (``EventRelations``): PARTICIPANT from each participant to its EVENT node,
and the actor-to-actor relation an event types between two of its participants, each in the
mode of its clause.
"""

from __future__ import annotations

from itertools import combinations
from typing import Iterable

from spacy.tokens import Token

from extract.components.events import EventMention
from extract.components.relations.context import _Context
from extract.components.relations.relation import CONFIDENCE, SYMMETRIC_TYPES, Relation
from extract.grammar.affiliation import marked_by
from extract.grammar.event_roles import load_event_roles
from extract.grammar.lemmas import lookup_lemma
from extract.grammar.phrases import mode_of
from extract.grammar.syntax import children, clause_verb, is_negated, objects

#: Where an event noun stands when the verb of its clause plans, demands or refuses it: its
#: subject (a passive's included) or object, in UD and ClearNLP labels.
_NOUN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj"})

#: Modes of a clause that doubt or deny its act, not the event it took place in (see
#: ``EventRelations._setting_of``); a planned act's setting is planned too ("will meet at the
#: summit").
_SETTING_MODES = frozenset({"negated", "possible"})


class EventRelations:
    """PARTICIPANT relations and the actor pairs an event links."""

    def _event_relations(self, ctx: "_Context", events: list[EventMention]) -> Iterable[Relation]:
        for event in events:
            for p in event.participants:
                if p.commenting:
                    continue  # "he described the attacks as ...": told with it, no part in it
                trigger = ctx.doc[p.token]
                mode = self._event_mode(trigger, taking_part=True)
                if p.stood and mode == "negated":
                    mode = "asserted"  # "failed to win any seats": the party stood all the same
                yield ctx.relation(
                    p.entity,
                    event.id,
                    "PARTICIPANT",
                    trigger,
                    CONFIDENCE["participant"],
                    role=p.role,
                    mode=mode,
                    negated=mode == "negated",
                    # the event noun's own time: "a lawsuit filed by the Senate on Sunday"
                    own_time=ctx.noun_time(trigger) if p.token in event.mentions else None,
                )
            actors = [p for p in event.participants if p.role != "location" and p.paired]
            sides = ctx.has_sides([p.entity for p in actors])
            for a, b in combinations(actors, 2):
                pair = self._event_pair(event, a, b, ctx, sides)
                if pair is not None:
                    later = a if a.token >= b.token else b
                    mode = self._event_mode(ctx.doc[later.token])
                    maker_is_state = ctx.resolver.type_of(pair[0].entity) == "COUNTRY"
                    yield ctx.relation(
                        pair[0].entity,
                        pair[1].entity,
                        # a country's blockade restricts movement, a protesters' is a protest
                        event.by_state if maker_is_state and event.by_state else event.type,
                        ctx.doc[later.token],
                        CONFIDENCE["event_pair"],
                        event=event.id,
                        mode=mode,
                        negated=mode == "negated",
                    )
        yield from self._responders(ctx, events)

    def _responders(self, ctx: "_Context", events: list[EventMention]) -> Iterable[Relation]:
        """ "North Wales Fire and Rescue Service were called to the building", "CalFire said
        several acres burned", "de brandweer van Rogaland vroeg om hulp": in a story of a
        happening (the event it names most, a fire or crash), an organisation whose name marks it
        as a responder to such happenings (``responder`` rows of ``eventroles.<lang>.tsv``) and
        that is the subject of a clause takes part in it, named in that sentence or not (as the
        dev gold has the fire service of a fire); one that is only mentioned ("a robot ordered
        from Oslo Fire and Rescue") does not."""
        responders = load_event_roles(self.lang).responders
        if not responders or not events:
            return
        story = max(events, key=lambda e: len(e.mentions))
        taking_part = {p.entity for p in story.participants}
        subject = self.scheme.subject | self.scheme.passive_subject
        for ent in ctx.resolver.ents:
            if ent.label_ != "ORG" or ent.kb_id_ in taking_part or ent.root.dep_ not in subject:
                continue
            name = f" {ent.text.lower()} "
            entry = next((r for word, r in responders.items() if f" {word} " in name), None)
            if entry is None or story.kind not in entry.kinds:
                continue
            taking_part.add(ent.kb_id_)
            yield ctx.relation(
                ent.kb_id_,
                story.id,
                "PARTICIPANT",
                ent.root,
                CONFIDENCE["responder"],
                role=entry.role,
            )

    def _event_mode(self, trigger: Token, taking_part: bool = False) -> str:
        """The mode of taking part in an event (``taking_part``), or of the act between two of
        its participants: its clause's ("a summit is planned", "will attend the talks", "is to
        meet"), a verb's own included; asserted for an event noun that heads no clause, and for
        taking part in the setting of a doubted or denied act ("did not speak with Xi during
        the summit": the summit took place, the talk with Xi did not)."""
        mode = self._clause_event_mode(trigger, taking_part)
        if mode == "asserted":
            return self._modified_mode(trigger) or mode
        return mode

    def _clause_event_mode(self, trigger: Token, taking_part: bool) -> str:
        """:meth:`_event_mode` as its clause says it."""
        verb = clause_verb(trigger)
        if verb.pos_ not in ("VERB", "AUX"):
            return "asserted"
        mode = mode_of(verb, self.scheme, self.lexicon)
        if mode == "negated" and self._denies_what_is_said(trigger, verb):
            return "asserted"
        if taking_part and mode in _SETTING_MODES and self._setting_of(trigger, verb):
            return "asserted"
        if (
            mode == "asserted"
            and trigger.head == verb
            and trigger.dep_ in _NOUN_ARGUMENTS
            and not (
                trigger.dep_ in self.scheme.subject
                and any(o != trigger for o in objects(verb, self.scheme))
            )
        ):
            # the event noun is what the verb plans, demands or refuses: "a summit is planned",
            # "de top staat gepland", "they demanded talks"; not a subject that does it to an
            # object ("the campaign cancelled events": the campaign goes on); the noun itself
            # does not count as that object ("Kenia eist gesprekken", parsed with two subjects,
            # which ``objects`` reads as subject and object: the talks are demanded)
            return self._own_mode(verb) or mode
        return mode

    def _modified_mode(self, noun: Token) -> str | None:
        """The mode a word before an event noun sets for taking part in it (``modifier`` rows of
        the modality lexicon: "the upcoming debate", "het komende debat", "the cancelled talks":
        planned, negated), or a verb without a subject after a headline's noun that has no verb
        ("Tweede debat tussen Biden en Trump afgelast": ``governor`` rows, as "the debate was
        cancelled" reads); None for any other word."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        modes = self.lexicon.modes
        for child in children(noun):
            if child.dep_ not in ("amod", "acl", "parataxis"):
                continue
            words = (
                child.lower_,
                child.lemma_.lower(),
                (lookup_lemma(self.lang, child.lower_) or "").lower(),
            )
            if child.i < noun.i:
                found = next(
                    (modes[("modifier", w)] for w in words if ("modifier", w) in modes), None
                )
                if found:
                    return found
            elif (
                noun.dep_ == "ROOT"
                and child.pos_ == "VERB"
                and not any(c.dep_.startswith("nsubj") for c in children(child))
            ):
                return next(
                    (modes[("governor", w)] for w in words if ("governor", w) in modes), None
                )
        return self._governing_noun_mode(noun)

    def _governing_noun_mode(self, noun: Token) -> str | None:
        """The mode a noun sets for the event noun in its prepositional phrase (``governor`` rows
        of the modality lexicon): "his plans for a no-deal Brexit", "zijn plannen voor een
        Brexit", "the postponement of the burial", "de afgelasting van de top"; negated when
        that noun is ("no plans for talks"); None for any other phrase."""
        if self.scheme.preposition_heads_noun:  # ClearNLP: plans -prep-> for -pobj-> Brexit
            phrase = noun.head
            head = phrase.head if noun.dep_ == "pobj" and phrase.pos_ == "ADP" else None
        else:  # UD: plans -nmod-> Brexit -case-> voor
            head = noun.head if noun.dep_ == "nmod" else None
        if head is None or head == noun or head.pos_ != "NOUN":
            return None
        modes = self.lexicon.modes
        for word in (head.lemma_.lower(), (lookup_lemma(self.lang, head.lower_) or "").lower()):
            found = modes.get(("governor", word))
            if found and word not in self.lexicon.clause_governors:
                if is_negated(head, self.scheme, self.lexicon.negations):
                    return "negated"
                return found
        return None

    def _denies_what_is_said(self, trigger: Token, verb: Token) -> bool:
        """Whether a negated clause denies only what it says of an event noun, not that the
        event took place: of a noun inside another noun's phrase ("have not named a cause for
        the fire", "geen datum voor de top"), or of its active subject, by the predicate of a
        copula ("the ban is not part of a broader plan"; ClearNLP makes the copula the head of
        its ``attr``) or by the verb's object ("het verbod maakt geen deel uit van ...").
        "The talks did not take place" and "no talks took place" deny the talks."""
        head = trigger.head.head if trigger.head.pos_ == "ADP" else trigger.head
        if head != trigger and head.pos_ in ("NOUN", "PROPN"):
            return True
        if trigger.dep_ not in self.scheme.subject or trigger.head != verb:
            return False
        if any(c.dep_ in self.scheme.predicate for c in children(verb)):
            return True
        negations = self.lexicon.negations
        return not is_negated(verb, self.scheme, negations, on_objects=False) and is_negated(
            verb, self.scheme, negations
        )

    def _setting_of(self, trigger: Token, verb: Token) -> bool:
        """Whether an event noun is the setting of ``verb``'s act, a phrase of place or of an
        event attended hung on the verb ("in a phone call, Trump might have urged ...", "did
        not raise it during the talks"): the doubt or denial is of the act, not of the event
        it took place in."""
        if trigger == verb or trigger.pos_ not in ("NOUN", "PROPN"):
            return False
        if self.scheme.preposition_heads_noun:  # ClearNLP: verb -prep-> in -pobj-> call
            phrase = trigger.head
            on_verb = phrase.pos_ == "ADP" and phrase.dep_ == "prep" and phrase.head == verb
        else:  # UD: verb -obl-> call -case-> in
            on_verb = trigger.dep_ == "obl" and trigger.head == verb
        return on_verb and marked_by(trigger, self.scheme, self.preps.place | self.preps.attend)

    def _own_mode(self, verb: Token) -> str | None:
        """The mode a verb sets for the noun it governs (plan, schedule, demand, refuse, cancel),
        from the modality lexicon's governors, or its participle's ("staat gepland"; negated
        when the participle is: "staat niet gepland"); None for a governor of clauses only
        (``Lexicon.clause_governors``: "set a deadline") or of clauses and nouns' phrases only
        (``Lexicon.phrase_governors``: "called the deal lousy", "ordered the killing of the
        pigs", as the noun "a call for talks" does ask), for verbs that set none, and for a
        phrasal verb: "called off its search" is no call for one, and "bood zijn excuses aan"
        an apology made, not offered (on the dev split the only nouns that phrasal verbs
        governed)."""
        for word in [verb, *(c for c in children(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB")]:
            if any(c.dep_ in self.scheme.particle for c in children(word)):
                continue
            lemmas = [word.lemma_.lower(), (lookup_lemma(self.lang, word.lower_) or "").lower()]
            for lemma in lemmas:
                if (
                    lemma
                    and lemma not in self.lexicon.clause_governors
                    and lemma not in self.lexicon.phrase_governors
                ):
                    found = self.lexicon.modes.get(("governor", lemma))
                    negations = self.lexicon.negations
                    if found and word != verb and is_negated(word, self.scheme, negations):
                        return "negated"  # "de top staat niet gepland": no summit is planned
                    if found:
                        return found
        return None

    @staticmethod
    def _event_pair(event: EventMention, a, b, ctx: "_Context", sides: bool = True):
        """Who acts towards whom through an event, or None.

        Directed events go from a source to a target. In talks and other symmetric events, two
        whom the same actor talked with (both targets) did not talk ("X met with the IMF, then
        with Trump"); two sources are parties only where one verb says they did it together
        ("Erdogan and Macron met", :func:`_met`) or they are people of two known countries
        (:func:`_across`: "Kushner attended the talks between Putin and Witkoff"). Otherwise
        they may only have taken part ("Brazil is part of the pact between the EU and
        Mercosur", "Pompeo joined the meeting"): on the dev split such pairs were wrong 12 times
        and every right one was found by another route as well (rel P en .821 -> .832, nl .840 ->
        .844, pairs unchanged). Between countries (``sides``), people on the same side (the same
        country) do not talk to each other; in a domestic event a person and an organisation are
        parties, see ``_Context.one_side``.
        """
        if a.entity == b.entity:
            return None
        if event.type in SYMMETRIC_TYPES:
            if (a.role, b.role) == ("target", "target"):
                return None  # "X met with the IMF, then with Trump": both met X, not each other
            if ctx.one_side(a.entity, b.entity, sides):
                return None
            if (a.role, b.role) == ("source", "source") and not (
                _met(a, b, ctx) or _across(a, b, ctx)
            ):
                return None  # "Brazil is part of the pact between the EU and Mercosur"
            return (b, a) if (a.role, b.role) == ("target", "source") else (a, b)
        if (a.role, b.role) == ("source", "target"):
            return a, b
        if (a.role, b.role) == ("target", "source"):
            return b, a
        return None


def _met(a, b, ctx: "_Context") -> bool:
    """Whether two sources of a symmetric event are the subjects of one verb that is the event
    ("Erdogan and Macron met"): they did it with each other, not only took part in it."""
    return a.token == b.token and ctx.doc[a.token].pos_ == "VERB"


def _across(a, b, ctx: "_Context") -> bool:
    """Whether two sources of a symmetric event are of two known countries: each side's people
    talk with the other's ("Jared Kushner attended the talks between Putin and Witkoff")."""
    countries = {ctx.country_of(a.entity), ctx.country_of(b.entity)}
    return None not in countries and len(countries) == 2
