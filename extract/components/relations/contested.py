"""Acts against an event (``ContestedEvents``): "a lawsuit against the state of emergency Trump
declared", "sanctions over Russia's annexation of Crimea", "een rechtszaak tegen het besluit dat
de regering nam". A hostile event whose phrase of a ``contest`` preposition names another act is
aimed at whoever made that act: its makers become targets of the hostile event, so the event's
own sources, wherever the story names them ("Becerra is joined in this legal action by attorneys
general from Maine"), get the event's type towards them (see EventRelations).
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from extract.components.events import EventMention, Participant
from extract.components.relations.context import _Context
from extract.components.relations.speech import event_makers
from extract.grammar.syntax import children, prepositional_args

#: Event types that act against what their phrase names ("a lawsuit against the rule", "sancties
#: tegen de annexatie", "protests against the law"): aimed at that act's makers.
CONTESTING = frozenset({"ACCUSE", "REJECT", "COERCE", "PROTEST", "SANCTION"})

#: Event types whose noun's possessor, without a phrase for whom the act is done to, may be
#: whom it befell ("Navalny's arrest", "Navalny's poisoning").
_BEFALLING = frozenset({"ASSAULT", "COERCE"})  # see ContestedEvents._befallen

#: Labels of a clause on a noun, in UD and ClearNLP: a relative clause ("the decision that
#: Johnson took", ClearNLP's ``acl`` too) or a participle ("the decree issued by the Senate").
_RELATIVE = frozenset({"acl:relcl", "relcl", "acl"})


class ContestedEvents:
    """Makers of a contested act as targets of the event that contests it."""

    def _contested_events(self, ctx: "_Context", events: list[EventMention]) -> None:
        """Adds, to each hostile event (CONTESTING), the makers of the act a ``contest`` phrase
        of one of its mentions names (prepositions.<lang>.tsv: "against", "over", "tegen",
        "op"; see _contested and _makers_of) as targets; the event's own sources are left
        out."""
        for event in events:
            if event.type not in CONTESTING:
                continue
            for i in event.mentions:
                own = {p.entity for p in event.participants if p.role == "source"}
                for noun in self._contested(ctx.doc[i]):
                    for maker in self._makers_of(noun, event, ctx):
                        if maker not in own:
                            event.add(Participant(maker, "target", i, ctx.sentence_of[i]))

    def _contested(self, word: Token) -> Iterator[Token]:
        """The nouns of ``word``'s ``contest`` phrases, and of its verb's when it is that verb's
        object ("filed a lawsuit against the decree": the phrase hangs on "filed")."""
        heads = [word]
        if word.dep_ in self.scheme.object and word.head != word:
            heads.append(word.head)
        for head in heads:
            for prep, noun in prepositional_args(head, self.scheme):
                if prep in self.preps.contest:
                    yield noun

    def _makers_of(
        self, noun: Token, contesting: EventMention | None, ctx: "_Context"
    ) -> list[str]:
        """Who made the act ``noun`` names (or its ``of`` phrase: "the state of emergency"): those
        its own phrase names (see _named_makers), else, for an event node, those named with its
        other mentions ("Trump's state of emergency" later on). Nothing for a noun that names
        no act, nor when no mention names a maker."""
        nouns = [noun] + [
            a for p, a in prepositional_args(noun, self.scheme) if p in self.preps.possessor
        ]
        acts = [n for n in nouns if self._names_act(n, ctx)]
        if not acts:
            return []
        events = [ctx.events.get(ctx.resolver.events.get(act.i, "")) for act in acts]
        if any(e is not None and e is contesting for e in events):
            return []  # "the lawsuit over the lawsuit": the event itself
        event = next((e for e in events if e is not None), None)
        found = self._named_makers(noun, event, ctx)
        if found or event is None:
            return found
        for i in event.mentions:
            frame = _frame(ctx.doc[i], self.preps.possessor, self.scheme)
            if frame.i != noun.i and frame.i not in (a.i for a in acts):
                found += self._named_makers(frame, event, ctx)
        return list(dict.fromkeys(found))

    def _named_makers(self, noun: Token, event: EventMention | None, ctx: "_Context") -> list[str]:
        """The makers ``noun``'s phrase names: the sources of its event named there ("Russia's
        annexation", "the deal between X and Y"), its possessor ("Trump's decision", "Trump's
        state of emergency"; not one its event befell: "Navalny's arrest"), the subject of a
        relative clause on it ("the state of emergency Trump declared", "het besluit dat de
        regering nam") or the agent of a participle ("the decree issued by the Senate")."""
        possessors = [
            e
            for c in children(noun)
            if c.dep_ in self.scheme.possessive
            for e in self._sources(c, ctx)
        ]
        if event is not None:
            befallen = self._befallen(noun, event, ctx)
            found = [e for e in event_makers(event, noun, "", sides_only=True) if e not in befallen]
            if found:
                return found
            befallen |= {p.entity for p in event.participants if p.role == "target"}
        else:
            befallen = set()
        owners = [e for e in possessors if e not in befallen]
        for clause in children(noun):
            if clause.dep_ in _RELATIVE and clause.pos_ in ("VERB", "AUX"):
                owners += self._act_makers(clause, ctx) or [
                    e
                    for prep, agent in prepositional_args(clause, self.scheme)
                    if prep in self.preps.agent
                    for e in ctx.resolver.actors(agent)
                ]
        return [e for e in owners if ctx.resolver.may_act(e)]

    def _befallen(self, noun: Token, event: EventMention, ctx: "_Context") -> set[str]:
        """Who the one owner of ``noun`` stands for when it may be whom the event befell rather
        than its maker: an act of force or coercion whose noun has a possessor or an ``of``
        phrase and no other phrase for its maker or for whom it is done to ("Navalny's arrest",
        "de arrestatie van Navalny"; not "Russia's annexation of Crimea", "de annexatie van de
        Krim door Rusland"). Empty otherwise."""
        if event.type not in _BEFALLING:
            return set()
        owners = [c for c in children(noun) if c.dep_ in self.scheme.possessive]
        others = False
        for prep, arg in prepositional_args(noun, self.scheme):
            if prep in self.preps.possessor:
                owners.append(arg)
            elif prep in self.preps.agent or prep in self.preps.recipient:
                others = True
        if others or len(owners) != 1:
            return set()
        return set(self._named_sources(owners[0], ctx))

    def _names_act(self, noun: Token, ctx: "_Context") -> bool:
        """Whether ``noun`` names an act: an event's mention, an event noun of either lexicon
        ("annexation", "emergency") or a general act noun ("move", "besluit")."""
        return (
            noun.i in ctx.resolver.events
            or self._noun_event(noun) is not None
            or noun.lemma_.lower() in self.grammar.act_nouns
            or self.lexicon.event_word(noun.lemma_.lower(), "noun") is not None
        )


def _frame(word: Token, possessor: frozenset[str], scheme) -> Token:
    """The noun that frames an event's mention in an ``of`` phrase ("state" of "the state of
    emergency"), else the mention itself."""
    head = word.head
    if scheme.preposition_heads_noun:
        if head.pos_ == "ADP" and head.lower_ in possessor and head.head.pos_ == "NOUN":
            return head.head
        return word
    if (
        word.dep_ == "nmod"
        and head.pos_ == "NOUN"
        and any(c.dep_ == "case" and c.lower_ in possessor for c in children(word))
    ):
        return head
    return word
