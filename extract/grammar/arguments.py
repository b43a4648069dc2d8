"""Which entities a token in a relation stands for.

A token may be part of a name ("Poetin"), hold a name inside it
("Poetin-assistent"), or be a noun that speaks for one: "het Oekraïense leger"
and "Russische troepen" act for their country, "een woordvoerder van het
Kremlin" for the Kremlin. Only nouns the lexicon lists as agents or titles
speak for their modifier, so "de leiders van het continent" does not become
"het continent".
"""

from __future__ import annotations

from datetime import date
from typing import Mapping

from spacy.tokens import Doc, Span, Token

from extract.documents import document_date
from extract.grammar.argument_words import Grammar
from extract.grammar.coreference import SPEAKING_ROLES, Coreference
from extract.grammar.name_compounds import acting_head
from extract.grammar.quotations import Quotations
from extract.grammar.sides import is_side
from extract.grammar.syntax import (
    LabelScheme,
    adjacent_possessor,
    after_stance,
    agents,
    children,
    morph_values,
    prepositional_args,
    sentence_bounds,
    with_conjuncts,
)
from extract.grammar.titles import COUNSEL, POSSESSIVE_MARKS, title_phrase, whole_title
from extract.kb import KnowledgeBase
from extract.lexicon import Lexicon
from extract.name_words import name_words
from records.ids import kb_entity_id, kb_key

#: Labels of a participle or relative clause on a noun, in both schemes.
_MODIFYING_CLAUSES = frozenset({"acl", "relcl", "acl:relcl", "amod"})
#: Words that count a crowd ("tienduizenden"), and the labels of the noun they count when the
#: parser hangs it on them ("Tienduizenden Georgiërs": nmod, flat).
_CROWD_COUNTS = name_words()["crowd_count"]
#: Definite and indefinite articles of every language (namewords.<lang>.tsv).
_ARTICLES = name_words()["definite_article"] | name_words()["indefinite_article"]
_COUNTED_DEPS = frozenset({"nmod", "flat", "appos"})


class ArgumentResolver:
    """Maps tokens of one parsed document to entity ids (from ``doc.ents`` and inner mentions)."""

    def __init__(
        self,
        doc: Doc,
        scheme: LabelScheme,
        lexicon: Lexicon,
        grammar: Grammar,
        kb: KnowledgeBase | None = None,
        line_breaks: list[int] | None = None,
    ) -> None:
        """``line_breaks``: the character offsets of the text's line breaks, which end a
        quotation's paragraph (:class:`Quotations`)."""
        self.scheme = scheme
        self.lexicon = lexicon
        self.grammar = grammar
        self.kb = kb
        self.preps = grammar.prepositions
        #: doc.ents builds every span anew: read it once per document.
        self.ents: list[Span] = list(doc.ents)
        self.by_token: dict[int, str] = {t.i: ent.kb_id_ for ent in self.ents for t in ent}
        for ent in self.ents:
            article = _heading_article(ent, scheme)
            if article is not None:
                self.by_token.setdefault(article.i, ent.kb_id_)
        self.types: dict[str, str] = {ent.kb_id_: ent.label_ for ent in self.ents}
        self.inner: dict[int, list[str]] = {}
        #: token -> lemma of the acting noun after the name inside it ("Talibanstrijders",
        #: "Hamas-leiders": strijder, leider), read in place of the token's own lemma
        self.compound_heads: dict[int, str] = {}
        countries_inside: list[Span] = []
        for mention, eid in zip(doc._.inner_mentions, doc._.inner_mention_ids):
            self.inner.setdefault(mention.token_i, []).append(eid)
            if _whole_token(doc[mention.token_i], mention):
                # "kabinet-Schoof", "regering-Trump": the mention is the token's own name, an
                # argument as a name of doc.ents is ("deed een beroep op het kabinet-Schoof")
                self.by_token.setdefault(mention.token_i, eid)
            head = _compound_head(doc[mention.token_i], mention.end_char, lexicon, grammar)
            if head:
                self.compound_heads[mention.token_i] = head
            self.types[eid] = mention.label
            if mention.label == "COUNTRY":
                at = mention.token_i
                countries_inside.append(Span(doc, at, at + 1, "COUNTRY", kb_id=eid))
        self.events: dict[int, str] = {}
        self.position_holders = _position_holders(doc, kb, self.ents) if kb is not None else {}
        self.coreference = Coreference(
            doc,
            self.ents,
            scheme,
            lexicon,
            grammar.pronouns,
            grammar.descriptions,
            self._titles_of,
            named_only=grammar.named_descriptions,
            firm_only=grammar.firm_descriptions,
            introducers=grammar.description_introducers,
            public_bodies=grammar.public_bodies,
            pronoun_genders=grammar.pronoun_genders,
            name_gender=kb.first_name_gender if kb is not None else None,
            possessives=grammar.possessives,
            inside=countries_inside,
            quoted_speaker=lambda token: self.quotations.speaker_around(token),
            quoted=lambda token: self.quotations.inside(token),
            may_act=self.may_act,
        )
        self.quotations = Quotations(
            doc,
            scheme,
            lexicon,
            self._speaker_actors,
            self.may_act,
            line_breaks,
        )
        #: token index -> what :meth:`actors` gave it (the routes of both components ask the
        #: same arguments again and again), kept while the events told stay as many
        self._actors_memo: dict[int, tuple[str, ...]] = {}
        self._actors_memo_events = 0
        #: how deep the resolver is inside a quotation's speaker being found: there a quote or a
        #: description being resolved stands for no one yet, so answers are neither kept nor read
        self._finding_speaker = 0

    def carried_into(self, sentence: Span) -> set[str]:
        """The speakers that first-person pronouns of ``sentence`` stand for where the sentence
        does not name them ('"We warn Iran. We will strike," Saree said.': Saree, carried into
        the first sentence): what the reader carried, less sure than a speaker of the pronoun's
        own sentence (see RelationTagger's confidence).

        Read from the sentence and its quotations alone, not left behind by the routes as they
        resolve pronouns: a relation's confidence then never depends on which route asked first,
        nor on whether a route ran at all, so a route may be skipped where it has nothing to do.
        Asked per sentence, so only the sentences that hold a relation pay for their quotes'
        speakers."""
        doc = sentence.doc
        found: set[str] = set()
        for start, end in self.quotations.spans():  # in text order
            if start >= sentence.end:
                break
            if end <= sentence.start:
                continue
            for pronoun in doc[max(start + 1, sentence.start) : min(end, sentence.end)]:
                # a pronoun that is a name or an event stands for that (:meth:`_actors_of`)
                if pronoun.pos_ == "PRON" and not (
                    self.by_token.get(pronoun.i) or self.events.get(pronoun.i)
                ):
                    found.update(self._unnamed_speaker(pronoun))
        return found

    def _unnamed_speaker(self, pronoun: Token) -> list[str]:
        """The speaker ``pronoun`` stands for (:meth:`Quotations.speaker_of`) where its own
        sentence does not name them; else nothing."""
        found = self.quotations.speaker_of(pronoun)
        if not found:
            return []
        start, end = sentence_bounds(pronoun)
        return [e for e in found if not any(self.by_token.get(i) == e for i in range(start, end))]

    def entity(self, token: Token) -> str | None:
        """The entity a token names, or None."""
        return self.by_token.get(token.i)

    def named_or_described(self, token: Token) -> str | None:
        """The entity a token names, else the one a definite description stands for ("Jim
        Farley, a lawyer for the company", "the country's capital, Tunis", "advocaat van het
        bedrijf": :meth:`Coreference.resolve`); None for a pronoun or where the description's
        antecedent is unclear. For the routes that read an owner from a name only, so a
        description there is asked too and the evidence keeps the word that stood for it."""
        own = self.by_token.get(token.i)
        if own is not None or token.pos_ != "NOUN":
            return own
        found = self.coreference.resolve(token)
        return found[0] if len(found) == 1 else None

    def actors(self, token: Token) -> list[str]:
        """Entities ``token`` stands for as an argument (see module docstring); remembered per
        token, a new list each call."""
        if self._finding_speaker:
            return self._actors_of(token)
        if self._actors_memo_events != len(self.events):
            self._actors_memo.clear()
            self._actors_memo_events = len(self.events)
        found = self._actors_memo.get(token.i)
        if found is None:
            found = self._actors_memo[token.i] = tuple(self._actors_of(token))
        return list(found)

    def _speaker_actors(self, token: Token) -> list[str]:
        """:meth:`actors` for :class:`Quotations`, which asks it while finding a quote's speaker
        (that quote, and any description being resolved on the way, stand for no one until
        found): not remembered, nor read from what was."""
        self._finding_speaker += 1
        try:
            return self._actors_of(token)
        finally:
            self._finding_speaker -= 1

    def _actors_of(self, token: Token) -> list[str]:
        """The entities ``token`` stands for, as :meth:`actors` gives them."""
        own = self.by_token.get(token.i) or self.events.get(token.i)
        if own and self.names_thing(token):
            return []
        if own:
            named = self._possessed_name(token, own) if _clause_argument(token) else None
            return [named] if named else [own]
        named = self._name_after_misparsed_head(token)
        if named is not None:
            return self.actors(named)
        if token.pos_ == "PRON":
            noun = relative_antecedent(token, self.grammar.relatives)
            if noun is not None:
                noun = self._apposed_to_name(noun) or noun
                # "a collision which killed Harry Dunn": an event noun is not the clause's actor
                return [e for e in self.actors(noun) if e != self.events.get(noun.i)]
            speaker = self.quotations.speaker_of(token)
            if speaker:
                return speaker
            # where the resolver finds no clear antecedent (two people in the nearest sentence
            # that names any), no one: the latest person named was a wrong guess ("He announced
            # this change": not the Hagia Sophia named last)
            return self.coreference.resolve(token)
        counted = self._counted(token)
        if counted is not None:
            return self.actors(counted)
        one = self._one_of_them(token)
        if one is not None:
            return self.actors(one)
        honoured = self._honoured_name(token)
        if honoured:
            return honoured
        if token.pos_ not in ("NOUN", "PROPN", "X"):
            return []
        found = self._named_by(token)
        if not found and token.pos_ == "NOUN":
            found = self._led_by(token)
        if not found and token.pos_ in ("NOUN", "PROPN"):
            found = self.coreference.resolve(token)
        return found

    def names_thing(self, token: Token) -> bool:
        """Whether the organisation's name at ``token`` names a thing here, not an actor: it is
        compounded before a noun of a thing ("the Minetest release") or is the object of a
        verb of using ("YouTube implements DRM"), unless the verb's open clause makes it an
        actor ("Russia used the Wagner Group to attack Bakhmut"); such a mention takes no side
        of an act (``things.<lang>.tsv``)."""
        own = self.by_token.get(token.i)
        if own is None or self.types.get(own) != "ORG":
            return False
        top = token
        while top.dep_ in self.scheme.name_part and self.by_token.get(top.head.i) == own:
            top = top.head
        head = top.head
        if head == top or self.by_token.get(head.i) is not None:
            return False
        if top.dep_ == "compound" and head.pos_ == "NOUN" and head.i > top.i:
            return self.grammar.makes_thing(head.lemma_, verb=False)
        return (
            top.dep_ in self.scheme.object
            and self.grammar.makes_thing(head.lemma_, verb=True)
            and not any(c.pos_ == "VERB" and c.dep_ in ("xcomp", "advcl") for c in children(head))
        )

    def _honoured_name(self, token: Token) -> list[str]:
        """The person an abbreviated honorific stands for where the parser made it the head of
        the name right after it ("zei dr. Gary Mortimer": "dr." the subject, the name its flat
        parts): the name, not nobody."""
        if token.pos_ != "PROPN" or not token.text.endswith(".") or token.i + 1 >= len(token.doc):
            return []
        after = token.doc[token.i + 1]
        eid = self.by_token.get(after.i)
        if after.head != token or after.dep_ not in self.scheme.name_part or eid is None:
            return []
        return [eid] if self.types.get(eid) == "PERSON" else []

    def _counted(self, token: Token) -> Token | None:
        """The people a crowd's count stands for: the noun the parser hung on a word of
        ``crowd_count`` without a preposition ("Tienduizenden Israëlische betogers gingen de
        straat op", "Duizenden Georgiërs"), which acts for whom it names; None for any other
        token."""
        if token.lower_ not in _CROWD_COUNTS:
            return None
        return next(
            (
                c
                for c in children(token)
                if c.i > token.i
                and c.dep_ in _COUNTED_DEPS
                and not any(g.dep_ in self.scheme.case for g in children(c))
            ),
            None,
        )

    def _one_of_them(self, token: Token) -> Token | None:
        """The name set apart right after a number and its partitive phrase: "Een van hen, Nur
        Khan Liton, vertelde", "One of the activists, Nur Khan Liton, told" stand for the name,
        however the parser hung it (the Dutch model makes it a parataxis of the number); None for
        any other token."""
        doc = token.doc
        i = token.i + 1
        if token.pos_ != "NUM" or i >= len(doc) or doc[i].lower_ not in self.preps.possessor:
            return None
        comma = next((t for t in doc[i + 1 : i + 6] if t.is_punct), None)
        if comma is None or comma.text != "," or comma.i + 1 >= len(doc):
            return None
        name = doc[comma.i + 1]
        if name.ent_iob_ != "B" or name.i not in self.by_token:
            return None
        end = name.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return name if end < len(doc) and doc[end].text == "," else None

    def _name_after_misparsed_head(self, token: Token) -> Token | None:
        """The name right after an article that the parser made a verb's object and the head of
        the name's words: "verweet de Democraten dat ..." with "de" tagged a proper noun and
        "Democraten" its flat part. The name is the object, not the article. Objects only: as
        a subject or a phrase ("Volgens The Guardian", "De Wereldgezondheidsorganisatie (WHO)
        heeft ...") the Dutch dev split lost a right relation by it."""
        if token.ent_type_ or token.lower_ not in _ARTICLES or token.dep_ not in self.scheme.object:
            return None
        after = token.i + 1
        if after >= len(token.doc) or after not in self.by_token:
            return None
        name = token.doc[after]
        return name if name.head == token and name.dep_ in self.scheme.name_part else None

    def _apposed_to_name(self, noun: Token) -> Token | None:
        """The name a common noun stands in apposition to, when the noun heads a relative
        clause: "Angela Merkel, the German chancellor who met Macron", "Michael Avenatti, de
        advocaat die Stormy Daniels vertegenwoordigde" describe Merkel and Avenatti, not whom
        the title names (Germany) nor nobody. Only a name of an actor before the noun."""
        name = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ not in self.scheme.appos or name.i >= noun.i:
            return None
        return name if self.may_act(self.by_token.get(name.i, "")) else None

    def owners(self, token: Token) -> list[str]:
        """Entities the possessor of a title or kin noun stands for: a name or description as
        in :meth:`actors`, a possessive pronoun ("his sister Yingluck Shinawatra", "zijn zus") by
        :meth:`Coreference.possessor`."""
        return self.actors(token) or self.coreference.possessor(token)

    def _led_by(self, token: Token) -> list[str]:
        """The leader a group acts for: "the U.S.-led coalition", "the Saudi-led coalition" (one
        token, the leader an inner mention), "een door de VS geleide coalitie", "a coalition led
        by Saudi Arabia" (a participle of ``grammar.leading`` with the leader as its agent)."""
        leading = self.grammar.leading
        if not leading:
            return []
        found: list[str] = []
        for child in children(token):  # the per-document index: actors() runs for every argument
            if child.dep_ not in ("amod", "acl", "compound"):
                continue
            word = child.lower_.rsplit("-", 1)
            if len(word) == 2 and word[1] in leading and child.i < token.i:
                found += [e for e in self.inner.get(child.i, []) if self.may_act(e)]
                found += [e for e in [self.by_token.get(child.i)] if e and self.may_act(e)]
            elif child.lemma_.lower() in leading or child.lower_ in leading:
                found += [
                    e
                    for leader in agents(child, self.scheme, self.preps.agent)
                    for e in self.actors(leader)
                    if self.may_act(e)
                ]
        return list(dict.fromkeys(found))

    def regions_acting(self, token: Token) -> list[str]:
        """The first-level regions (a US state, a province: :meth:`KnowledgeBase.is_region`) a
        public office noun that names no holder acts for: "attorneys general from Maine and
        Ohio", "the governor of Ohio", "Ontario's premier", "de procureurs-generaal van Maine
        en Ohio". A state's governor or attorney general sues, signs and declares in the state's
        name, so the state is a side of the act; a town's mayor or a state's senator acts for no
        region (no region, or no public office of ``publicoffices.tsv``), nor does a former
        holder (``formertitles.<lang>.txt``). Empty for any other token, and for a title the text
        gives a person for ("Governor Mike DeWine")."""
        if self.kb is None or token.pos_ != "NOUN":
            return []
        title = title_phrase(token, self.lexicon)
        held = self.grammar.public_offices.get(title.role) if title is not None else None
        if held in (None, "organisation"):  # a company's officer acts for no region
            return []
        words = token.doc[title.start : title.end]
        former = self.grammar.former_titles
        if token.lower_.split("-", 1)[0] in former or any(
            c.lower_ in former and c.i < title.start for w in words for c in children(w)
        ):
            return []  # "the former governor of Illinois", "ex-governor": holds it no more
        owning = self.preps.possessor | self.grammar.origin
        places: list[Token] = []
        for word in words:
            places += [
                c
                for c in children(word)
                if c.dep_ in self.scheme.possessive
                or c.dep_ in ("compound", "nmod", "nn")
                and c.i < title.start
            ]
            places += [
                noun for prep, noun in prepositional_args(word, self.scheme) if prep in owning
            ]
        found = [
            eid
            for place in places
            if (eid := self.by_token.get(place.i))
            and self.types.get(eid) == "LOCATION"
            and self.kb.is_region(kb_key(eid))
        ]
        # the holder last: most offices name no region, and resolving a noun costs more
        if not found or any(self.types.get(e) == "PERSON" for e in self.actors(token)):
            return []
        return list(dict.fromkeys(found))

    def may_act(self, entity_id: str) -> bool:
        """Whether ``entity_id`` may be a side of an act (:func:`extract.grammar.sides.is_side`):
        a person, an organisation or a country, not a place or an event."""
        return is_side(self.types.get(entity_id), kb_key(entity_id), self.kb)

    def _possessed_name(self, token: Token, own: str) -> str | None:
        """The person named after a possessor and a title, when the parser made the possessor
        the head of the phrase: "met Trumps schoonzoon Jared Kushner", "with Obama's adviser Ben
        Rhodes" parsed with Trump(s) as the argument. The argument is the named person; the
        possessor is only whose relative or aide they are (FAMILY, ROLE come from the title)."""
        doc = token.doc
        j = token.i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I" and self.by_token.get(j) == own:
            j += 1
        while j < len(doc) and doc[j].lower_ in POSSESSIVE_MARKS:
            j += 1
        if j >= len(doc):
            return None
        title = title_phrase(doc[j], self.lexicon)
        if title is None or title.end >= len(doc):
            return None
        name = doc[title.end]
        eid = self.by_token.get(name.i)
        if eid is None or eid == own or name.ent_iob_ != "B" or self.types.get(eid) != "PERSON":
            return None
        # the name must belong to the possessor's phrase, not start a clause of its own
        head = name
        for _ in range(4):
            if head.head == head:
                return None
            head = head.head
            if head.i == token.i or head.i in range(j, title.end):
                return eid
        return None

    def _titles_of(self, ent: Span) -> list[str]:
        """Roles the text gives the person ``ent`` ("President Rodrigo Duterte": president)."""
        from extract.grammar.patterns import titles_near

        is_title = lambda t: title_phrase(t, self.lexicon) is not None  # noqa: E731
        found = []
        for token in titles_near(ent, self.scheme, is_title, self.preps.possessor):
            title = title_phrase(token, self.lexicon)
            if title is not None:
                # "Vice President Joe Biden" is no president: the whole title says which office
                title = whole_title(title, token.doc, self.lexicon)
            if title is not None and title.role:
                found.append(title.role)
        return found

    def _named_by(self, token: Token) -> list[str]:
        """Entities a noun names through its own words: a title's name, an acting-for noun's
        owner."""
        lemma = self.compound_heads.get(token.i) or token.lemma_.lower()
        title = bool(self.lexicon.role(lemma) or self.lexicon.kin(lemma))
        if title:
            # "de Russische president Vladimir Poetin": the title stands for the name that follows
            # it.
            for child in children(token):
                eid = self.by_token.get(child.i)
                prepositional = any(g.dep_ in self.scheme.case for g in children(child))
                if (
                    eid
                    and child.i > token.i
                    and self.types.get(eid) == "PERSON"
                    and child.dep_ not in self.scheme.conj
                    and not prepositional
                ):
                    return [eid]
            set_apart = self._conjunct_set_apart(token)
            if set_apart:
                return set_apart
            # "United States Senator from Vermont Bernie Sanders": the parser hangs the name on
            # the title's place phrase; a title is from a place or a body, never from a person
            for prep, noun in prepositional_args(token, self.scheme):
                eid = self.by_token.get(noun.i)
                if prep in self.grammar.origin and eid and self.types.get(eid) == "PERSON":
                    return [eid]
            holder = self._holder_on_owner(token)
            if holder:
                return holder
        # "de Houthi-beweging", "Houthi-milities": a group noun written together with the name
        # of the group it is (groups.<lang>.tsv) stands for that name, as an agent noun does
        described = token.i in self.compound_heads and self.grammar.is_described_group(lemma)
        if not (title or described or self.grammar.is_agent_noun(lemma)):
            return self.apposed_name(token)
        if self.lexicon.kin(lemma):
            # "an investigation of Joe Biden's son", "accused Trump's daughter": a relative is a
            # person of their own, not whose relative they are (FAMILY comes from the title)
            return list(self.inner.get(token.i, []))
        found = list(self.inner.get(token.i, []))
        # "the California, US lawyer who represented X": a lawyer is from a place, not its
        counsel = self.lexicon.role(lemma) in COUNSEL
        for child in children(token):
            eid = self.by_token.get(child.i)
            if eid and child.i < token.i and child.dep_ not in self.scheme.conj:
                if described and self.types.get(eid) == "COUNTRY":
                    continue  # "de Iraakse Hezbollah-milities": Iraq only describes them
                if (
                    counsel
                    and child.dep_ not in self.scheme.possessive
                    and self.types.get(eid) in ("COUNTRY", "LOCATION")
                ):
                    continue
                found.append(eid)
        if not found:
            # "rescue teams from Turkey", "reddingsteams uit Turkije": a group acts for where it
            # comes from as for whom it belongs to (a title only for whom: "senator from Ohio")
            owning = self.preps.possessor if title else self.preps.possessor | self.grammar.origin
            speaking = self.lexicon.role(lemma) in SPEAKING_ROLES
            if speaking:
                # "a spokesman for NATO" speaks for NATO as "een woordvoerder van de NAVO" does:
                # a spokesperson's affiliation phrase names whom they speak for (not "from",
                # which names where they come from)
                owning = owning | (self.grammar.affiliation - self.grammar.origin)
            possessors = [
                noun
                for prep, noun in prepositional_args(token, self.scheme)
                if prep in owning and noun.i != token.i
            ]
            if not possessors:
                adjacent = adjacent_possessor(token, self.scheme, self.preps.possessor)
                possessors = [adjacent] if adjacent is not None else []
            for noun in possessors:
                owners = [self.by_token[noun.i]] if noun.i in self.by_token else self.actors(noun)
                for eid in owners:
                    # "de onderhandelaar van Trump" is the one person here known to work for Trump,
                    # if any; a spokesperson speaks for the body itself ("the spokesperson for
                    # the German government" is not Angela Merkel, who holds a post in it)
                    holders = self.position_holders.get(eid, set()) if title else set()
                    holders = set() if speaking else holders
                    found.append(next(iter(holders)) if len(holders) == 1 else eid)
        if not found and not title:
            # "pardoned the opposition activist Marat Zhylanbayev": an acting-for noun that
            # names no owner stands for the name it describes, as any common noun does
            return self.apposed_name(token)
        return list(dict.fromkeys(found))

    def _holder_on_owner(self, title: Token) -> list[str]:
        """The person named between commas after a title's owner, where the parser hung the
        name on the owner: "The director of the Ask Wellness Society, Bob Hughes, told ..."
        ("Hughes" an apposition of "Society"). No person is an apposition of a body or a place,
        so the name is the title's holder, not the owner."""
        doc = title.doc
        for prep, owner in prepositional_args(title, self.scheme):
            owner_id = self.by_token.get(owner.i)
            if prep not in self.preps.possessor or not owner_id:
                continue
            if self.types.get(owner_id) == "PERSON":
                continue  # "the wife of Jan Kern, Ida Kern": whose apposition is unclear
            for child in children(owner):
                eid = self.by_token.get(child.i)
                if (
                    child.dep_ in self.scheme.appos
                    and eid
                    and eid != owner_id
                    and self.types.get(eid) == "PERSON"
                    and doc[child.left_edge.i - 1].text == ","
                ):
                    return [eid]
        return []

    @staticmethod
    def _split_example(token: Token, child: Token, words: frozenset[str]) -> bool:
        """Whether ``child`` ends an example phrase of two words whose first modifies ``token``
        before it: "such celebrities as Tim Gunn" is "celebrities such as Tim Gunn"."""
        return any(m.i < token.i and f"{m.lower_} {child.lower_}" in words for m in children(token))

    def examples(self, token: Token, kinds: frozenset[str] | None = None) -> list[str]:
        """The names a plural noun is illustrated by: "German firms including Deutsche Bahn and
        Siemens", "Duitse bedrijven als Daimler en Siemens", "such celebrities as Tim Gunn"
        (words of the ``example`` role);
        sides only (:meth:`may_act`), unless ``kinds`` names the entity types wanted (places,
        "Russian cities such as Kazan")."""
        if token.pos_ != "NOUN":
            return []
        words = self.preps.example
        found: list[str] = []
        for child in children(token):
            if child.i < token.i:
                continue
            if (
                child.lower_ in words
                or (child.i > 0 and f"{child.doc[child.i - 1].lower_} {child.lower_}" in words)
                or self._split_example(token, child, words)
            ):
                heads = [g for g in children(child) if g.dep_ in ("pobj", "pcomp")]
            elif any(g.dep_ in ("mark", "case") and g.lower_ in words for g in children(child)):
                heads = [child]
            else:
                continue
            for head in heads:
                for t in with_conjuncts(head, self.scheme):
                    eid = self.by_token.get(t.i)
                    if not eid:
                        continue
                    if self.may_act(eid) if kinds is None else self.types.get(eid) in kinds:
                        found.append(eid)
        return list(dict.fromkeys(found))

    def apposed_name(self, token: Token) -> list[str]:
        """ "de Zuid-Amerikaanse groep Mercosur", "sportartikelenfabrikant Nike": a common noun
        directly followed by the name it describes stands for that name; a noun for a kind of
        place (``placenouns``) for the place it names too ("beschoten de stad El Fasher")."""
        if token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
            return []
        apart = self._name_set_apart(token)
        if apart:
            return apart
        name = token.doc[token.i + 1]
        eid = self.by_token.get(name.i)
        # "the researcher Fariba Adelkhah": the parser may hang the name's last word on the noun
        # and the first name on that word
        while (
            eid is not None
            and name.head != token
            and name.head.i > name.i
            and self.by_token.get(name.head.i) == eid
        ):
            name = name.head
        if (
            eid is None
            or name.head != token
            or name.dep_ not in self.scheme.appos | self.scheme.name_part | {"nmod"}
        ):
            return []
        if token.doc[token.i + 1].ent_iob_ != "B":
            return []
        if self.may_act(eid):
            return [eid]
        if self.types.get(eid) == "LOCATION" and self.grammar.is_place_noun(token.lemma_):
            return [eid]
        return []

    def _conjunct_set_apart(self, title: Token) -> list[str]:
        """The person named between commas after a title's phrase where the parser hung the name
        on the title's portfolio as a conjunct with no coordinator: "De Zuid-Soedanese minister
        van Informatie, Michael Makuei, prees ..." ("Michael" a conjunct of "Informatie"). A
        real list has a coordinator ("van Handel, Industrie en Energie"); this one has none."""
        doc = title.doc
        for word in title.subtree:
            if word.i <= title.i + 1 or word.dep_ not in self.scheme.conj or word.pos_ != "PROPN":
                continue
            listed = [c for c in children(word.head) if c.dep_ in self.scheme.conj]
            if any(c.dep_ == "cc" for member in listed for c in children(member)):
                continue
            after = word.right_edge.i + 1
            if doc[word.i - 1].text != "," or after >= len(doc) or doc[after].text != ",":
                continue
            eid = self.by_token.get(word.i)
            if eid is not None and self.types.get(eid) == "PERSON":
                return [eid]
        return []

    def _name_set_apart(self, token: Token) -> list[str]:
        """ "Pakistan's army chief, General Asim Munir,": a common noun stands for the name in an
        apposition set off by a comma, or for the name a title there names ("de Pakistaanse
        legerchef, generaal Asim Munir,"), rather than for its possessor."""
        if token.head.pos_ not in ("VERB", "AUX"):
            return []  # a verb's argument only, not a noun inside a list of names
        doc = token.doc
        for child in children(token):
            if child.dep_ not in self.scheme.appos or child.i <= token.i + 1:
                continue
            # set apart by commas on both sides
            after = child.right_edge.i + 1
            if not any(t.text == "," for t in doc[token.i + 1 : child.i]) or (
                after >= len(doc) or doc[after].text != ","
            ):
                continue
            eid = self.by_token.get(child.i)
            if eid is not None:
                return [eid] if self.may_act(eid) else []
            if child.pos_ == "NOUN" and self.lexicon.role(child.lemma_.lower()):
                return [e for e in self._named_by(child) if self.types.get(e) == "PERSON"]
        return []

    def within(self, token: Token, skip: frozenset[str] = frozenset(), depth: int = 2) -> list[str]:
        """Entities inside the noun phrase of ``token``, nearest level first, when the token
        itself stands for none: "Afghanistan's Khost province", "the offices of Apple Daily",
        "Australian news outlets", "sanctions on Venezuela's state oil company".

        Possessors, name and country modifiers, prepositional phrases (but those in ``skip``,
        such as "in" for a place) and owners named by a participle ("facilities belonging to
        Saudi Aramco", :meth:`_owned_by`) are read; the first level that holds an entity decides.
        A country is not read from the modifier of a group it only describes ("Iraqi militias":
        ``grammar.described_groups``).
        """
        level = [token]
        for _ in range(depth):
            found: list[str] = []
            deeper: list[Token] = []
            for head in level:
                if self.lexicon.kin(head.lemma_.lower()):
                    continue  # "accused Trump's daughter": not Trump (see _named_by)
                described = self.grammar.is_described_group(head.lemma_.lower())
                for child in children(head):
                    if after_stance(child, self.preps.stance):
                        continue  # "Kennedy's pro-Israel position": Kennedy's, not Israel's
                    if (
                        child.dep_ in self.scheme.possessive
                        or child.dep_ in ("amod", "compound", "nmod", "nn")
                        and child.i < head.i
                    ):
                        found += [
                            e
                            for e in self.actors(child)
                            if self.types.get(e) != "EVENT"
                            and not (described and self.types.get(e) == "COUNTRY")
                        ]
                for prep, noun in [*prepositional_args(head, self.scheme), *self._owned_by(head)]:
                    if prep in skip or noun.i == head.i:
                        continue
                    own = [e for e in self.actors(noun) if self.types.get(e) != "EVENT"]
                    found += own
                    if not own:
                        deeper.append(noun)
            if found:
                return list(dict.fromkeys(found))
            level = deeper
            if not level:
                break
        return []

    def _owned_by(self, noun: Token) -> list[tuple[str, Token]]:
        """(preposition, owner) of the participles of ``grammar.owners`` on ``noun``: "oil
        facilities belonging to Saudi Aramco", "a hospital run by MSF", "installaties die
        toebehoren aan Aramco" -> Aramco, with no preposition: the owner is read as the noun's
        own, whatever words a caller skips after it ("by" for an agent, "to" for a recipient)."""
        owners = self.grammar.owners
        if not owners:
            return []
        found: list[tuple[str, Token]] = []
        for child in children(noun):
            if child.dep_ not in _MODIFYING_CLAUSES:
                continue
            # the lemma, or the form itself where a lemmatiser misreads participles ("beheerd")
            preps = owners.get(child.lemma_.lower()) or owners.get(child.lower_)
            if preps:
                found += [
                    ("", owner)
                    for prep, owner in prepositional_args(child, self.scheme)
                    if prep in preps
                ]
        return found

    def type_of(self, entity_id: str) -> str | None:
        return self.types.get(entity_id)


#: Labels of a relative clause on the noun it describes (ClearNLP, UD).
RELATIVE_CLAUSES = frozenset({"relcl", "acl:relcl"})
#: English tags of relative pronouns ("which", "who", "that"); Dutch marks PronType=Rel.
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def relative_antecedent(
    pronoun: Token, relatives: Mapping[str, tuple[tuple[str, str], ...]] | None = None
) -> Token | None:
    """The noun a relative pronoun stands for: "Russia, which attacked Ukraine", "Rutte, die
    Zelensky steunt", "the lawyer who represented Daniels". The pronoun must be an argument of
    the relative clause's own verb (not "whose", a possessor), and the clause must hang from a
    noun, so the pronoun takes the place of that noun in the clause's relations.

    ``relatives`` (:attr:`Grammar.relatives`) gives the gender and number a pronoun agrees
    with: when the noun the clause hangs from says otherwise, the pronoun stands for the nearest
    noun above it that agrees ("een verdrag met de groep Mercosur, dat ...": the neuter
    "verdrag", not the common-gender "groep"); when none does, for the noun itself."""
    verb = pronoun.head
    if verb == pronoun or verb.dep_ not in RELATIVE_CLAUSES or verb.head == verb:
        return None
    if pronoun.tag_ not in RELATIVE_TAGS and morph_values(pronoun, "PronType") != ["Rel"]:
        return None
    noun = verb.head
    agreeing = (relatives or {}).get(pronoun.lower_)
    if noun.pos_ in ("VERB", "AUX") and noun.i + 1 == pronoun.i == verb.left_edge.i:
        return _extraposed_antecedent(noun, agreeing)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= pronoun.i:
        return None
    if agreeing and not _agrees(noun, agreeing):
        return _agreeing_above(noun, agreeing) or noun
    return noun


#: The arguments of a verb that a relative clause moved after it may describe (UD, ClearNLP).
_EXTRAPOSED_FROM = frozenset({"obj", "nsubj", "nsubj:pass", "dobj", "nsubjpass"})


def _extraposed_antecedent(
    verb: Token, agreeing: tuple[tuple[str, str], ...] | None
) -> Token | None:
    """The noun a relative clause right after ``verb`` describes when the parser hung it on the
    verb, where Dutch moves it after a verb-final participle ("Op de basis zijn Amerikaanse
    troepen gelegerd die IS moeten uitschakelen"): the nearest subject or object noun before the
    verb that agrees with the pronoun."""
    nouns = [
        c
        for c in children(verb)
        if c.dep_ in _EXTRAPOSED_FROM and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i
    ]
    if agreeing:
        nouns = [n for n in nouns if _agrees(n, agreeing)]
    return max(nouns, key=lambda n: n.i, default=None)


#: Links from a noun to the phrase it belongs to, which a relative clause after both may
#: describe instead ("een verdrag tussen de EU en de groep Mercosur, dat ...").
_NOUN_PHRASE_LINKS = frozenset({"conj", "appos", "nmod", "flat", "compound"})


def _agrees(noun: Token, agreeing: tuple[tuple[str, str], ...]) -> bool:
    """Whether the noun's gender and number, where its morphology gives them, fit one of the
    (gender, number) pairs."""
    gender, number = morph_values(noun, "Gender"), morph_values(noun, "Number")
    return any(
        (g == "-" or not gender or g in gender) and (n == "-" or not number or n in number)
        for g, n in agreeing
    )


def _agreeing_above(noun: Token, agreeing: tuple[tuple[str, str], ...]) -> Token | None:
    """The nearest noun of the phrase above ``noun`` (up to three links) whose morphology says
    it agrees (a name without gender, "Europese Unie", says nothing either way: passed over)."""
    current = noun
    for _ in range(3):
        if current.dep_ not in _NOUN_PHRASE_LINKS or current.head == current:
            return None
        current = current.head
        known = morph_values(current, "Gender") or morph_values(current, "Number")
        if current.pos_ in ("NOUN", "PROPN") and known and _agrees(current, agreeing):
            return current
    return None


def _whole_token(token: Token, mention) -> bool:
    """Whether an inner mention spans all of ``token`` ("kabinet-Schoof"), not a name inside it
    ("Talibanstrijders", "EU-diplomaten")."""
    return mention.start_char == token.idx and mention.end_char == token.idx + len(token.text)


def _compound_head(token: Token, name_end: int, lexicon: Lexicon, grammar: Grammar) -> str | None:
    """The lemma of the acting noun that ends ``token`` after a name ending at character
    ``name_end`` ("Talibanstrijders" -> "strijder"; see extract/grammar/name_compounds.py)."""
    rest = token.text[name_end - token.idx :].lstrip("-")
    if not rest or "-" in rest:
        return None
    return acting_head(rest, lexicon, grammar)


def _clause_argument(token: Token) -> bool:
    """A proper noun that is itself an argument of a verb (not a modifier inside a noun
    phrase)."""
    return token.pos_ == "PROPN" and token.head.pos_ in ("VERB", "AUX") and token.head != token


def _position_holders(doc: Doc, kb: KnowledgeBase, ents: list[Span]) -> dict[str, set[str]]:
    """Entity id -> people named in ``doc`` whom the knowledge base knows to hold a position for it.

    Only positions held on the document's date count (any, when the date is unknown). ``ents``:
    ``doc.ents``, read once by the caller (it builds every span anew).
    """
    iso = document_date(doc)
    day = date.fromisoformat(iso) if iso else None
    holders: dict[str, set[str]] = {}
    for ent in ents:
        key = kb_key(ent.kb_id_) if ent.label_ == "PERSON" else None
        if key is None or key not in kb:
            continue
        for role in kb.roles_of(key, on=day):
            if role.kind == "position":
                holders.setdefault(kb_entity_id(role.of), set()).add(ent.kb_id_)
    return holders


def _heading_article(ent: Span, scheme: LabelScheme) -> Token | None:
    """The article right before ``ent`` that the parser made the head of the name ("de
    Democraten willen", "De Wereldgezondheidsorganisatie (WHO) heeft ... verklaard": the
    name hung on "de" as its flat part, and "de" the verb's subject), so that the article's
    place in the clause is the name's; else None."""
    if ent.start == 0:
        return None
    article = ent.doc[ent.start - 1]
    if article.pos_ != "DET" or ent.root.head.i != article.i or article.head.i == ent.root.i:
        return None
    return article if ent.root.dep_ in scheme.name_part | scheme.appos else None
