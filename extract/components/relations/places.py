"""Places (``PlaceRelations``): LOCATED_IN from a place's or organisation's own phrase, a comma
container ("Kharkiv, Ukraine"), an organisation's seat ("UK-based retailer Tesco", "is based in
Paris") or premises ("Costco's store in Canberra"), place phrases in a row ("a base in Kandahar in
Afghanistan"), a place phrase after a list of places ("the towns of Beni, Butembo and Mangina in
Congo"), a copula's noun in a place ("Crete is the largest island in Greece"), the
country of organisations named as examples ("German firms including Siemens") and of a country
by name that the text makes another's territory ("the United States commonwealth of Puerto
Rico").
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.tokens import Span, Token

from extract.components.events import PLACE_TYPES
from extract.components.names import MISSION_PREPOSITIONS
from extract.components.relations.context import _Context
from extract.components.relations.events import _NOUN_ARGUMENTS
from extract.components.relations.relation import CONFIDENCE, Relation
from extract.grammar.affiliation import noun_seats, predicated_seats, seat_places, site_ends
from extract.grammar.syntax import (
    LabelScheme,
    children,
    lemma_tokens,
    name_start,
    phrase_nouns_after,
    phrase_of,
    predicate_nouns,
    preposition_of,
    prepositional_args,
    tagged_tokens,
    with_conjuncts,
)
from records.ids import is_kb_id, kb_key


def _located(ctx: "_Context", place: str, container: str, word: Token) -> Relation:
    """LOCATED_IN ``place`` -> ``container``, shown on ``word``: a place's container holds at
    any time, so the relation takes no date."""
    return ctx.relation(place, container, "LOCATED_IN", word, CONFIDENCE["located"], dated=False)


class PlaceRelations:
    """LOCATED_IN relations."""

    def _place_relations(self, ctx: "_Context") -> Iterable[Relation]:
        for ent in ctx.resolver.ents:  # doc.ents builds every span anew
            if ent.label_ == "COUNTRY":
                yield from self._territory_of(ent, ctx)
            if ent.label_ not in ("LOCATION", "ORG") or _place_adjective(ent, ctx):
                continue
            root = ent.root
            # "de Oekraïense grensstad Vovchansk": a country word on the noun the place hangs from
            # or modifies; "de Amerikaanse staten Utah, Oregon en Nevada", "the US states of Utah
            # and Nevada": each name of a list, through its first.
            first = self._first_named_conjunct(ent, ctx)
            for noun in self._place_nouns_beside(
                ent,
                [root.head, *self._place_noun_of(root)]
                + ([first.head, *self._place_noun_of(first)] if first is not None else [])
                + list(children(root)),
            ):
                whole = self._named_whole(ent, noun, ctx)
                for target, word in whole:
                    yield _located(ctx, ent.kb_id_, target, word)
                if whole:
                    continue
                owner = root.dep_ in self.scheme.possessive and root.head == noun
                for child in children(noun):
                    if owner and child.dep_ not in self.scheme.possessive:
                        # "Seattle's Capitol Hill neighborhood": the noun's own name is the
                        # place the possessor holds, not one it lies in
                        continue
                    # "the country's capital, Tunis": a description as the possessor too
                    target = (
                        ctx.resolver.named_or_described(child)
                        if child.dep_ in self.scheme.possessive
                        else ctx.resolver.entity(child)
                    )
                    if (
                        target
                        and target != ent.kb_id_
                        and ctx.resolver.type_of(target) in PLACE_TYPES
                        and child.i < noun.i
                    ):
                        yield _located(ctx, ent.kb_id_, target, noun)
                for target, word in self._part_of(ent, noun, ctx):
                    yield _located(ctx, ent.kb_id_, target, word)
            for target, word in self._place_inside_name(ent, ctx):
                yield _located(ctx, ent.kb_id_, target, word)
            # "Bishkek, Kyrgyzstan", "Fort Lee, New Jersey": a place and the place it is in, after a
            # comma.
            container = self._comma_container(ent, ctx)
            if container:
                yield _located(ctx, ent.kb_id_, container, ctx.doc[_after_gloss(ctx.doc, ent.end)])
            listed = self._list_container(ent, ctx)
            if listed:
                yield _located(ctx, ent.kb_id_, listed[0], listed[1])
            # "the Libyan House of Representatives", "de Turkse ambassade": an organisation of a
            # country; "the United States National Institute of Health": the country's name
            # compounded into the organisation's, as English writes it where Dutch has a demonym;
            # "het Ierse Cork": a place of a country, by the adjective on its name.
            if ent.start > 0:
                before = ctx.doc[ent.start - 1]
                country = ctx.resolver.entity(before)
                if (
                    country
                    and _country_word_on(before, ent)
                    and ctx.resolver.type_of(country) == "COUNTRY"
                    and country != ent.kb_id_
                ):
                    yield _located(ctx, ent.kb_id_, country, before)
            # "Pokrovsk in Oekraïne", "the Kremlin in Moscow"; "Maidan Shahr in the centre of X".
            whose_event = self._whose_event(ent, ctx)
            if not whose_event:
                yield from self._in_phrases(ent, root, ctx)
            yield from self._shared_place_phrases(ent, root, ctx)
            for target, word in (
                self._owning_country(ent, ctx)
                + ([] if whose_event else self._place_right_after(ent, ctx))
                + self._place_before_description(ent, ctx)
            ):
                yield _located(ctx, ent.kb_id_, target, word)
            for target, word in self._place_after_comma(ent, ctx):
                yield _located(ctx, ent.kb_id_, target, word)
            for target, word in self._described_body_places(ent, ctx):
                yield _located(ctx, ent.kb_id_, target, word)

    def _first_named_conjunct(self, ent: Span, ctx: "_Context") -> Token | None:
        """The first name of the list ``ent`` is a later item of ("Oregon" and "Nevada" in "the
        US states of Utah, Oregon and Nevada": Utah), when it names something of the same kind;
        else None."""
        first = ent.root
        while first.dep_ in self.scheme.conj and first.head != first:
            first = first.head
        if first is ent.root:
            return None
        named = ctx.resolver.entity(first)
        if not named or ctx.resolver.type_of(named) != ctx.resolver.type_of(ent.kb_id_):
            return None
        return first

    def _territory_of(self, ent: Span, ctx: "_Context") -> Iterable[Relation]:
        """ "the United States commonwealth of Puerto Rico", "the British territory of Anguilla",
        "het Amerikaanse gebiedsdeel Guam": a name the knowledge base holds for a country that
        the text makes a place of another country, by that country's word on a place noun the
        name is the "of" phrase of or stands beside. Only a country's word counts ("the Gulf
        state of Qatar" places Qatar in no country)."""
        root = ent.root
        nouns = [root.head]
        prep = preposition_of(root, self.scheme)
        if prep is not None and prep.lower_ in self.preps.possessor:
            # the noun whose "of" phrase the name is, however the scheme hangs the preposition
            nouns.append(prep.head if self.scheme.preposition_heads_noun else root.head)
        for noun in self._place_nouns_beside(ent, nouns):
            for child in children(noun):
                if child.dep_ in self.scheme.subject:
                    # "Guam is een Amerikaans territorium": the copula's subject is the place the
                    # country word places, not the country it is in
                    continue
                target = ctx.resolver.entity(child)
                if (
                    child.i < noun.i
                    and target
                    and target != ent.kb_id_
                    and ctx.resolver.type_of(target) == "COUNTRY"
                ):
                    yield _located(ctx, ent.kb_id_, target, noun)

    def _chained_places(self, ctx: "_Context") -> Iterable[Relation]:
        """LOCATED_IN from two place phrases in a row on one word: "a base in Maidan Shahr in the
        centre of Afghanistan's Maidan Wardak province" (the second names the part of a place the
        first lies in), "took place in Iraq, at Baghdad International Airport", "een basis in
        Kandahar in Afghanistan" (a place and a country: the place lies in the country, whichever
        comes first), "in the Nile Delta, in Damietta and Idku" (a list after a place names its
        parts). Two single places named alike are left alone ("in Athens at the Zappeion Hall" puts
        the wider first, "in Maidan Shahr in Kabul" the narrower)."""
        resolver = ctx.resolver
        for ent in resolver.ents:
            kind = resolver.type_of(ent.kb_id_)
            if kind not in PLACE_TYPES and ent.label_ != "ORG":
                continue
            phrase = phrase_of(ent.root, self.scheme)
            if phrase is None or phrase[1].lower_ not in self.preps.within:
                continue
            for noun in phrase_nouns_after(ent, phrase[0], self.scheme, self.preps.within):
                direct = resolver.entity(noun)
                members = with_conjuncts(noun, self.scheme)
                listed = len(members) > 1
                if listed and all(_said_with(m, phrase[1], self.scheme) for m in members):
                    # "in Parijs, in Londen en in Berlijn": a phrase of its own for each place is
                    # one series of places, not the parts of the first
                    continue
                # "in Charkiv in Oekraïne en Belgorod": a country and a city are no list of parts
                named = [e for m in members if (e := resolver.entity(m))]
                mixed = len({resolver.type_of(e) for e in named}) > 1
                for target, word in [
                    found for member in members for found in self._place_within(member, ctx)
                ]:
                    if target == ent.kb_id_:
                        continue
                    other = resolver.type_of(target)
                    if not direct or (other == "COUNTRY" and kind != "COUNTRY"):
                        pair = (ent.kb_id_, target)
                    elif (kind == "COUNTRY" and other != "COUNTRY") or (
                        kind != "COUNTRY" and listed and not mixed
                    ):
                        # "in the Nile Delta, in Damietta and Idku": a list names its parts
                        pair = (target, ent.kb_id_)
                    else:
                        continue
                    yield _located(ctx, *pair, word)

    def _said_places(self, ctx: "_Context") -> Iterable[Relation]:
        """LOCATED_IN from a place or organisation to the place a copula's noun about it is in:
        "ABS-CBN is the largest broadcaster in the Philippines", "England is the only country in
        the United Kingdom", "Kreta is het grootste eiland in Griekenland"."""
        resolver = ctx.resolver
        for ent in resolver.ents:
            if ent.label_ not in ("LOCATION", "ORG"):
                continue
            for noun in predicate_nouns(ent.root, self.scheme):
                yield from self._in_phrases(ent, noun, ctx)

    def _part_of(self, ent: Span, noun: Token, ctx: "_Context") -> list[tuple[str, Token]]:
        """ "the Donbas region of eastern Ukraine", "the San Francisco area of California", "de wijk
        Kreuzberg van Berlijn": a name that modifies the place noun after it, or stands in
        apposition to the noun before it, lies in the place the noun's "of" phrase names."""
        root = ent.root
        # "de wijk Kreuzberg van Berlijn": UD hangs the name after the noun as its apposition
        named_after = root.dep_ in self.scheme.appos and root.i > noun.i
        if root.head != noun or (root.i > noun.i and not named_after):
            return []
        return [
            (target, word)
            for prep, arg in prepositional_args(noun, self.scheme)
            if prep in self.preps.possessor and arg.i > noun.i
            for target, word in self._place_within(arg, ctx)
            if target != ent.kb_id_
        ]

    def _named_whole(self, ent: Span, noun: Token, ctx: "_Context") -> list[tuple[str, Token]]:
        """ "de wijk Karol Bagh van de Indiase hoofdstad New Delhi", the "van" phrase hung on the
        name: the name lies in the place the phrase's place noun is given, and the country word
        on that noun is the named place's, not this name's."""
        if noun.head != ent.root or noun.i < ent.end:
            return []
        prep = preposition_of(noun, self.scheme)
        if prep is None or prep.lower_ not in self.preps.possessor:
            return []
        return [
            (target, word)
            for word in self._named_place_noun(noun)
            for target in [ctx.resolver.entity(word)]
            if target and target != ent.kb_id_ and ctx.resolver.type_of(target) in PLACE_TYPES
        ]

    def _place_nouns_beside(self, ent: Span, nouns: Iterable[Token]) -> Iterator[Token]:
        """The place nouns ("stad", "commonwealth", "region") among ``nouns``, each once and
        outside the name itself: the nouns a country word on which places the name."""
        for noun in dict.fromkeys(nouns):
            if noun.pos_ != "NOUN" or noun.i in range(ent.start, ent.end):
                continue
            if self.grammar.is_place_noun(noun.lemma_) or self.grammar.is_place_noun(noun.text):
                yield noun

    def _place_noun_of(self, root: Token) -> list[Token]:
        """The noun a name is the "of" phrase of, in ClearNLP ("the Polish city of Gdansk": city),
        where the preposition stands between them; its country word then places the name."""
        head = root.head
        if root.dep_ != "pobj" or head.lower_ not in self.preps.possessor or head.head == head:
            return []
        noun = head.head
        # "the San Francisco area of California": a name on the noun is the part, not the whole
        # ("the US state of Utah": a country's name on it is the whole, as "Polish" is)
        if any(
            c.dep_ in ("compound", "nmod") and c.ent_type_ and c.ent_type_ != "COUNTRY"
            for c in children(noun)
        ):
            return []
        return [noun]

    def _seat_relations(self, ctx: "_Context") -> Iterable[Relation]:
        """LOCATED_IN from an organisation to where a participle says it sits: "UK-based retailer
        Tesco", "het in Kenia gevestigde Amani Trust" (see
        :func:`extract.grammar.affiliation.seat_places`)."""
        resolver = ctx.resolver
        found: set[tuple[str, str]] = set()
        for ent in resolver.ents:
            if ent.label_ != "ORG":
                continue
            seats = self.grammar.seats
            for token in seat_places(ent, self.scheme, seats) + predicated_seats(
                ent, self.scheme, seats, self.preps.within
            ):
                target = resolver.entity(token)
                if target and target != ent.kb_id_ and resolver.type_of(target) in PLACE_TYPES:
                    found.add((ent.kb_id_, target))
                    yield _located(ctx, ent.kb_id_, target, token)
        yield from self._described_seats(ctx, found)

    def _described_seats(self, ctx: "_Context", found: set[tuple[str, str]]) -> Iterable[Relation]:
        """LOCATED_IN from the organisation a description stands for to the place its participle
        names: "The European Court of Justice ruled ... The Luxembourg-based court", "het in
        Luxemburg gevestigde hof" (:mod:`extract.grammar.coreference`; none when the description
        stands for nothing clear)."""
        resolver = ctx.resolver
        seats = self.grammar.seats
        for participle in lemma_tokens(ctx.doc, seats):
            noun = participle.head
            if noun.pos_ != "NOUN" or noun.ent_type_:
                continue
            places = [
                (token, target)
                for token in noun_seats(noun, seats)
                if (target := resolver.entity(token)) and resolver.type_of(target) in PLACE_TYPES
            ]
            if not places:
                continue
            for org in resolver.coreference.resolve(noun):
                if resolver.type_of(org) != "ORG":
                    continue
                for token, target in places:
                    if (org, target) not in found and target != org:
                        found.add((org, target))
                        yield _located(ctx, org, target, token)

    def _site_places(self, ctx: "_Context") -> Iterable[Relation]:
        """LOCATED_IN from an organisation to where its premises are: "Costco's store in
        Canberra", "the Atlantic Council's Washington headquarters", "het hoofdkantoor in
        Washington van de denktank Atlantic Council" (a noun of ``sites.<lang>.tsv``, see
        :func:`extract.grammar.affiliation.site_ends`). Only an organisation: a country's embassy
        is not in the country it stands in."""
        resolver = ctx.resolver
        for noun in lemma_tokens(ctx.doc, self.grammar.sites):
            if noun.pos_ != "NOUN":
                continue
            owners, places = site_ends(noun, self.scheme, self.preps.possessor, self.preps.within)
            # "van de denktank Atlantic Council": a noun stands for the name beside it
            orgs = [e for t in owners for e in resolver.actors(t) if resolver.type_of(e) == "ORG"]
            for token in places:
                target = resolver.entity(token)
                if not target or resolver.type_of(target) not in PLACE_TYPES:
                    continue
                for org in dict.fromkeys(orgs):
                    if org != target:
                        yield _located(ctx, org, target, token)

    def _example_places(self, ctx: "_Context") -> Iterable[Relation]:
        """ "German firms including Deutsche Bahn and Siemens", "Duitse bedrijven als Daimler": each
        organisation named as an example lies in the country that modifies the noun, and so does
        each place named as an example of a kind of place ("Russische steden zoals Kazan")."""
        resolver = ctx.resolver
        for noun in tagged_tokens(ctx.doc, ("NOUN",)):
            if not any(c.i > noun.i for c in children(noun)):
                continue
            countries = [
                (e, c)
                for c in children(noun)
                if c.i < noun.i
                and (c.dep_ in self.scheme.possessive or c.dep_ in ("amod", "compound", "nmod"))
                for e in [resolver.entity(c)]
                if e and resolver.type_of(e) == "COUNTRY"
            ]
            if not countries:
                continue
            # "Amerikaanse gebieden zoals Puerto Rico en Guam", "Russian cities such as Kazan":
            # places named as examples of a kind of place lie in its country too
            kinds = frozenset({"ORG"})
            if self.grammar.is_place_noun(noun.lemma_) or self.grammar.is_place_noun(noun.text):
                kinds |= frozenset(PLACE_TYPES)
            for example in resolver.examples(noun, kinds):
                for country, word in countries:
                    if country != example:
                        yield _located(ctx, example, country, word)

    def _listed_places(self, ctx: "_Context", found: list[Relation]) -> Iterable[Relation]:
        """LOCATED_IN shared along a list that the place routes read through its first name
        only: each place of a list of containers holds what the first one holds ("the Amazon
        rainforest in Brazil, Bolivia and Paraguay", "in Brazilië, Bolivia en Paraguay"), and
        the container told before a list of names holds each name of it ("Australian store
        chains Woolworths and Coles", "the United States' National Science Foundation and
        Office of Naval Research"). ``found``: the relations the routes made so far. A list
        needs its coordinator (two names joined by a comma only may be a place and its
        container, "Kenosha, Wisconsin") and names of one kind; a name that already lies in a
        place of its own in that sentence keeps it ("Kharkiv in Ukraine and Belgorod in
        Russia")."""
        doc = ctx.doc
        located = [r for r in found if r.type == "LOCATED_IN"]
        placed = {(r.source, r.sentence) for r in located}
        pairs = {(r.source, r.target) for r in located}
        made: list[Relation] = []
        for r in located:
            span = doc.char_span(r.trigger_start, r.trigger_end, alignment_mode="expand")
            if span is None or len(span) != 1:
                continue
            word = span[0]
            for target, member in self._containers_listed(word, r.target, r.source, ctx):
                if (r.source, target) not in pairs:
                    pairs.add((r.source, target))
                    made.append(_located(ctx, r.source, target, member))
            for source in self._names_listed_after(word, r.source, ctx):
                if (source, r.sentence) not in placed and (source, r.target) not in pairs:
                    pairs.add((source, r.target))
                    made.append(_located(ctx, source, r.target, word))
        return made

    def _list_members(self, token: Token, kind: str, ctx: "_Context") -> list[Token]:
        """The other members of the coordination ``token`` heads, each the root of a name of
        ``kind`` (an entity type); none when the list has no coordinator or holds anything
        else."""
        members = [m for m in with_conjuncts(token, self.scheme) if m.dep_ in self.scheme.conj]
        if not members:
            return []
        everyone = [token, *members]
        if not any(c.dep_ == "cc" for m in everyone for c in children(m)):
            return []
        kinds = {ctx.resolver.type_of(ctx.resolver.entity(m) or "") for m in members}
        return members if kinds == {kind} else []

    def _containers_listed(
        self, word: Token, container: str, place: str, ctx: "_Context"
    ) -> list[tuple[str, Token]]:
        """(place, its word) for the other containers of the list whose first name ``word``
        named ``container`` ("in Brazil, Bolivia and Paraguay": Bolivia, Paraguay); none when
        ``word`` is no first name of a list, or a member is ``place`` itself."""
        resolver = ctx.resolver
        if resolver.entity(word) != container or word.dep_ in self.scheme.conj:
            return []
        kind = resolver.type_of(container) or ""
        if kind not in PLACE_TYPES:
            return []
        found = [(resolver.entity(m) or "", m) for m in self._list_members(word, kind, ctx)]
        if any(e in (place, container) for e, _ in found):
            return []
        return found

    def _names_listed_after(self, word: Token, place: str, ctx: "_Context") -> list[str]:
        """The other names of the list whose first name is ``place`` when the container's
        ``word`` stands before the list as a modifier of its first name ("the United States'
        Department of Energy, National Science Foundation and Office of Naval Research") or of
        the noun the list describes ("Australian store chains Woolworths and Coles", with the
        names in apposition to "chains" or "chains" compounded on the first)."""
        resolver = ctx.resolver
        kind = resolver.type_of(place) or ""
        if kind not in ("ORG", "LOCATION"):
            return []
        noun = word.head
        firsts = [noun] if resolver.entity(noun) == place else []
        firsts += [c for c in children(noun) if resolver.entity(c) == place and c.i > noun.i]
        if noun.head != noun and resolver.entity(noun.head) == place and noun.head.i > noun.i:
            firsts.append(noun.head)
        doc = ctx.doc
        for first in firsts:
            if first.dep_ in self.scheme.conj or word.i >= name_start(first).i:
                continue
            if first != noun and "Plur" not in noun.morph.get("Number"):
                # "The French carmaker Renault and Nissan": a singular noun is the first name's
                # alone; only a plural one ("store chains", "banken") describes the whole list
                continue
            # only a bare name shares the modifier: one with an article or modifier of its own
            # opens a phrase of its own ("the US National Medal of Science, and the French
            # Legion of Honour")
            return [
                e
                for m in self._list_members(first, kind, ctx)
                if (e := resolver.entity(m))
                and (start := name_start(m).i) > 0
                and (doc[start - 1].text == "," or doc[start - 1].pos_ == "CCONJ")
            ]
        return []

    def _whose_event(self, ent: Span, ctx: "_Context") -> bool:
        """Whether ``ent`` is the "of" phrase of an event noun ("the annual meeting of the
        American Chemical Society in Denver", "de top van de Afrikaanse Unie in Addis Abeba"):
        the place phrase after it says where the event is, not where the body sits. A place
        keeps its phrase ("the siege of the fortress in Kandahar": the fortress is there)."""
        if ent.label_ != "ORG":
            return False
        prep = preposition_of(ent.root, self.scheme)
        if prep is None or prep.lower_ not in self.preps.possessor:
            return False
        hung = prep if self.scheme.preposition_heads_noun else ent.root
        return hung.head != hung and hung.head.i in ctx.resolver.events

    def _place_right_after(self, ent: Span, ctx: "_Context") -> list[tuple[str, Token]]:
        """ "before the International Court of Justice in The Hague", "het Internationaal
        Gerechtshof in Den Haag", "the town of Maiduguri in Nigeria": an organisation or a place
        directly followed by a place phrase is in that place, also when the parser hung the
        phrase on the verb or on the noun the name is the "of" phrase of (a name's own place
        phrase is handled above)."""
        doc = ctx.doc
        if ent.label_ not in ("ORG", "LOCATION") or ent.end + 1 >= len(doc):
            return []
        prep = doc[ent.end]
        # the phrase on the name's root is its own (handled above); on another word of the name
        # it still places the whole ("the Ministry of Public Health and Health Care in Munich")
        if prep.lower_ not in self.preps.within or prep.head == ent.root:
            return []
        name = doc[ent.end + 1]
        if name.pos_ == "DET" and ent.end + 2 < len(doc):
            name = doc[ent.end + 2]
        if name.pos_ == "ADJ" and not name.ent_type_ and name.i + 1 < len(doc):
            name = doc[name.i + 1]  # "in northern Nigeria"
        held = name.head
        if name.dep_ in self.scheme.possessive and held.i > name.i and held.ent_type_:
            # "Zhuhai in China's Guangdong Province": the place the country's name owns
            name = name_start(held)
        target = ctx.resolver.entity(name)
        if target is None and ent.label_ == "LOCATION" and name.pos_ == "NOUN":
            # "Makilala in the province of North Cotabato", the phrase hung on the noun or verb
            # before the place: the place a place noun's "of" phrase names
            return [(t, w) for t, w in self._place_within(name, ctx) if t != ent.kb_id_]
        if not target or target == ent.kb_id_ or name.ent_iob_ != "B":
            return []
        kind = ctx.resolver.type_of(target)
        if ent.label_ == "LOCATION" and not (
            _wider(target, ent.kb_id_, ctx) or self._named_inside(ent, prep, name, target, ctx)
        ):
            # "in Athens at the Zappeion Hall", "het district van Virginia in Abingdon": of two
            # places in a row the order alone does not say which holds the other
            return []
        return [(target, name)] if kind in PLACE_TYPES else []

    def _named_inside(
        self, ent: Span, prep: Token, name: Token, target: str, ctx: "_Context"
    ) -> bool:
        """ "from Tomsk in Siberia", "near Dolgellau in Gwynedd", "van Tomsk in Siberië": a town
        or other place that is no country or first-level region, then the narrow preposition
        (``inside``) and at once a place's bare name (or a country's owning it: "Zhuhai in
        China's Guangdong Province"), no country either: the second holds the first, when the
        knowledge base knows both, neither or only the second. Not a name after an article ("in
        Athene in het Zappeion" names a site in the town) nor after "at"."""
        resolver = ctx.resolver
        return (
            prep.lower_ in self.preps.inside
            and ctx.doc[ent.end + 1].pos_ == "PROPN"
            and name.ent_type_ == "LOCATION"
            and resolver.type_of(ent.kb_id_) == "LOCATION"
            and resolver.type_of(target) == "LOCATION"
            and not _region(ent.kb_id_, ctx)
            # "in Athene in Zappeion": a site the knowledge base lacks after a town it knows is
            # more likely inside the town than around it, unless its name ends in a place noun
            # ("Guangdong Province", "Lincoln County")
            and (is_kb_id(target) or not is_kb_id(ent.kb_id_) or self._ends_in_place_noun(name))
        )

    def _ends_in_place_noun(self, name: Token) -> bool:
        """Whether the name that opens at ``name`` ends in a place noun ("Lincoln County")."""
        after = _after_name(name.doc, name.i)
        last = name.doc[after.i - 1] if after is not None else name.doc[-1]
        return last.i > name.i and (
            self.grammar.is_place_noun(last.lemma_) or self.grammar.is_place_noun(last.lower_)
        )

    def _place_before_description(self, ent: Span, ctx: "_Context") -> list[tuple[str, Token]]:
        """ "United States public utility PG&E", "Berlin non-profit Cinema for Peace Foundation",
        "the United States think tank Atlantic Council", "UK-based retailer Tesco": a place's
        name, then words that say what kind of organisation it is or that it is based there,
        then its name. Read by word order, as parsers hang these flat phrases every which way: a
        proper name, then up to four common nouns, adjectives, compound words or a hyphenated
        seat participle, none of them a clause's argument or verb, then the organisation."""
        doc = ctx.doc
        if ent.label_ != "ORG":
            return []
        i = ent.start - 1
        between = 0
        while i >= 0 and between < 4 and not doc[i].ent_type_:
            word = doc[i]
            if word.text == "-":  # "non-profit" split in three
                i -= 1
                continue
            # "UK-based retailer Tesco": a seat participle after a hyphen, however it is parsed
            seat = word.lemma_.lower() in self.grammar.seats and i > 0 and doc[i - 1].text == "-"
            described = word.pos_ in ("NOUN", "ADJ") or word.dep_ == "compound" or seat
            if not described or word.dep_ in _NOUN_ARGUMENTS or word.is_punct:
                return []
            between += 1
            i -= 1
        if between == 0 or i < 0 or not doc[i].ent_type_ or doc[i].pos_ != "PROPN":
            # a demonym there ("the South American group Mercosur") is read by _owning_country
            # through the parse, or not at all
            return []
        target = ctx.resolver.entity(doc[i])
        if not target or target == ent.kb_id_ or ctx.resolver.type_of(target) not in PLACE_TYPES:
            return []
        return [(target, doc[i])]

    def _in_phrases(self, ent: Span, word: Token, ctx: "_Context") -> Iterable[Relation]:
        """LOCATED_IN from ``ent`` to the places the place phrases on ``word`` name."""
        for prep, arg in prepositional_args(word, self.scheme):
            if prep in self.preps.within:
                yield from self._placed_by(ent, arg, ctx)

    def _placed_by(self, ent: Span, arg: Token, ctx: "_Context") -> Iterable[Relation]:
        """LOCATED_IN from ``ent`` to the place the place phrase's noun ``arg`` names."""
        for target, trigger in self._place_within(arg, ctx):
            if target != ent.kb_id_:
                yield _located(ctx, ent.kb_id_, target, trigger)

    def _shared_place_phrases(self, ent: Span, root: Token, ctx: "_Context") -> Iterable[Relation]:
        """LOCATED_IN from each place of a list to the place phrase right after the list: "the
        towns of Beni, Butembo and Mangina in Congo" (each town lies in Congo). The parser hangs
        the phrase on the list's first member, on its last, on the place noun the list is the
        "of" phrase of ("towns") or on the one it stands in apposition to ("de steden Beni,
        Butembo en Mangina in Congo"); the member the phrase hangs on itself is read by
        :meth:`_in_phrases`. A phrase before the last member ("Beni in Congo and Kigali") or
        after other words says nothing of the list, nor does a phrase after names without a
        coordinator, which a comma joins as a place and its container ("Karipur, Kerala in
        India"), or after a list with an organisation or a common noun in it."""
        if ent.label_ != "LOCATION":
            return
        first = root
        while first.dep_ in self.scheme.conj and first.head != first:
            first = first.head
        members = with_conjuncts(first, self.scheme)
        # a list has its coordinator; "Karipur, Kerala in India" is a place and its state
        if len(members) < 2 or not any(c.dep_ == "cc" for m in members for c in children(m)):
            return
        # a list of names none of which is an organisation ("the University of Colorado in
        # Colorado and the College of Wooster in Ohio" lists two colleges, each with its place)
        entities = [ctx.resolver.entity(m) for m in members]
        if any(e is None or ctx.resolver.type_of(e) == "ORG" for e in entities):
            return
        doc = ctx.doc
        last = max(members, key=lambda t: t.i)
        # "Kharkiv in Ukraine and Belgorod in Russia": an item before the last with a place
        # phrase of its own (one inside the list) lists places each with its own
        if any(
            prep in self.preps.within and arg.i < last.i
            for m in members
            if m != last
            for prep, arg in prepositional_args(m, self.scheme)
        ):
            return
        after = last.i + 1
        while after < len(doc) and doc[after].ent_iob_ == "I":
            after += 1
        if after >= len(doc) or doc[after].pos_ != "ADP":
            return
        prep = doc[after].lower_
        if prep not in self.preps.within:
            return
        heads = [first, last, *self._place_noun_of(first), *self._listing(first)]
        for head in dict.fromkeys(heads):
            if head == root:
                continue
            for found, arg in prepositional_args(head, self.scheme):
                if found == prep and arg.i > after:
                    yield from self._placed_by(ent, arg, ctx)

    def _listing(self, first: Token) -> list[Token]:
        """The place noun a list of names stands in apposition to, as UD hangs it: "de steden
        Beni, Butembo en Mangina" (steden)."""
        head = first.head
        if first.dep_ not in self.scheme.appos or head == first or head.pos_ != "NOUN":
            return []
        return [head] if self.grammar.is_place_noun(head.lemma_) else []

    def _place_within(self, arg: Token, ctx: "_Context") -> list[tuple[str, Token]]:
        """The place a place phrase names: its own name ("in Oekraïne"), else the place of a part
        of it ("in the centre of Afghanistan", "in het noorden van Polen", "in northern Iraq")."""
        target = ctx.resolver.entity(arg)
        if target:
            return [(target, arg)] if ctx.resolver.type_of(target) in PLACE_TYPES else []
        if arg.pos_ != "NOUN":
            return []
        # "in de staat Virginia", "in de wijk Karol Bagh": the name the place noun is given
        named = [
            (t, word)
            for word in self._named_place_noun(arg)
            for t in [ctx.resolver.entity(word)]
            if t and ctx.resolver.type_of(t) in PLACE_TYPES
        ]
        if named:
            return named
        return [
            (t, word)
            for prep, noun in prepositional_args(arg, self.scheme)
            if prep in self.preps.possessor
            for word in [noun, *self._named_place_noun(noun)]
            for t in [ctx.resolver.entity(word)]
            if t and ctx.resolver.type_of(t) in PLACE_TYPES
        ]

    def _named_place_noun(self, noun: Token) -> list[Token]:
        """The name a place noun without one of its own is given ("the Maidan Wardak province",
        "de provincie Maidan Wardak"): a proper noun compounded with it or in apposition to it."""
        if noun.ent_type_ or not (
            self.grammar.is_place_noun(noun.lemma_) or self.grammar.is_place_noun(noun.text)
        ):
            return []
        links = self.scheme.appos | self.scheme.name_part
        return [c for c in children(noun) if c.dep_ in links and c.pos_ == "PROPN"]

    def _place_inside_name(self, ent: Span, ctx: "_Context") -> list[tuple[str, Token]]:
        """The place an embassy's name ends in, a mention of its own inside the name ("the US
        Embassy in Manila", names.py ``_missions``): the mission is in it."""
        return [
            (target, ctx.doc[i])
            for i in range(ent.start + 1, ent.end)
            if ctx.doc[i - 1].lower_ in MISSION_PREPOSITIONS
            for target in ctx.resolver.inner.get(i, [])
            if target != ent.kb_id_ and ctx.resolver.type_of(target) in PLACE_TYPES
        ]

    def _owning_country(self, ent: Span, ctx: "_Context") -> list[tuple[str, Token]]:
        """The country an organisation or place is of: "Thailand's Thai Raksa Chart Party", "the
        Federal Aviation Office of Germany", "de Iraanse luchtvaartmaatschappij Mahan Air" (a
        country word on the noun the name stands in apposition to)."""
        resolver, root = ctx.resolver, ent.root
        inside = range(ent.start, ent.end)
        found: list[tuple[str, Token]] = []
        for child in children(root):
            if child.dep_ in self.scheme.possessive and child.i not in inside:
                found.append((resolver.entity(child), child))
        for prep, noun in prepositional_args(root, self.scheme):
            if prep in self.preps.possessor and noun.i not in inside and noun.i > root.i:
                found.append((resolver.entity(noun), noun))
        # "de Iraanse luchtvaartmaatschappij Mahan Air": the common noun right before the name
        before = ctx.doc[ent.start - 1] if ent.start > 0 else None
        if (
            ent.label_ == "ORG"
            and before is not None
            and before.pos_ == "NOUN"
            and not before.ent_type_
            and (before.head.i in inside or root.head == before)
        ):
            for child in children(before):
                if child.i < before.i and (
                    child.dep_ in self.scheme.possessive
                    or child.dep_ in ("amod", "compound", "nmod")
                ):
                    found.append((resolver.entity(child), child))
        found += self._described_body_owner(ent, ctx)
        return [
            (t, w)
            for t, w in found
            if t
            and t != ent.kb_id_
            and (resolver.type_of(t) == "COUNTRY" or _adjective_of_a_country_place(t, w, ctx))
        ]

    def _described_body_owner(self, ent: Span, ctx: "_Context") -> list[tuple[str, Token]]:
        """The country named on the description of a public body (``publicbodies.<lang>.txt``)
        that an organisation's name stands in apposition to: "Tonga's parliament, the
        Legislative Assembly", "het parlement van Tonga, de Wetgevende Vergadering". Only a
        public body: "Iran's enemy, the US Army" is no body of Iran."""
        root = ent.root
        noun = root.head
        if (
            ent.label_ != "ORG"
            or root.dep_ not in self.scheme.appos
            or noun.pos_ != "NOUN"
            or noun.ent_type_
            or not noun.i < ent.start
            or not any(noun.lower_.endswith(b) for b in self.grammar.public_bodies)
        ):
            return []
        found = [
            (ctx.resolver.entity(c), c)
            for c in children(noun)
            if c.i < noun.i
            and (c.dep_ in self.scheme.possessive or c.dep_ in ("amod", "compound", "nmod"))
        ]
        found += [
            (ctx.resolver.entity(arg), arg)
            for prep, arg in prepositional_args(noun, self.scheme)
            if prep in self.preps.possessor and noun.i < arg.i < ent.start
        ]
        return found

    def _place_after_comma(self, ent: Span, ctx: "_Context") -> list[tuple[str, Token]]:
        """ "Mosul, in northern Iraq", "Koszalin, in het noorden van Polen", "Niamey, de hoofdstad
        van Niger": a place, a comma, then a place phrase or a place noun of a place."""
        doc = ctx.doc
        if ent.label_ != "LOCATION" or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
            return []
        first = doc[ent.end + 1]
        if first.lower_ in self.preps.within and first.pos_ == "ADP":
            i = first.i + 1
            while i < len(doc) and doc[i].pos_ in ("DET", "ADJ"):
                i += 1
            if i >= len(doc):
                return []
            word = doc[i]
            target = ctx.resolver.entity(word)
            if target:
                # "in the Nile Delta, in Damietta and Idku" lists places inside it
                name = next(
                    (
                        e
                        for e in ctx.names_in_sentence.get(ctx.sentence_of[word.i], [])
                        if e.start == word.i
                    ),
                    None,
                )
                # "played in Paris, in London and in Berlin": phrases coordinated with each
                # other list the places of one act
                listed = (
                    (
                        name is not None
                        and (
                            name.root.dep_ in self.scheme.conj
                            or len(with_conjuncts(name.root, self.scheme)) > 1
                        )
                    )
                    or first.dep_ in self.scheme.conj
                    or any(c.dep_ in self.scheme.conj and c.pos_ == "ADP" for c in children(first))
                )
                fits = (
                    ctx.resolver.type_of(target) in PLACE_TYPES
                    and word.ent_iob_ == "B"
                    and not listed
                )
                return [(target, word)] if fits else []
            if word.pos_ != "NOUN":
                return []
            # "Dayton, in de staat Ohio": the name given to the place noun ("the state of Ohio")
            return self._place_within(word, ctx) or [
                (t, name)
                for name in self._named_place_noun(word)
                for t in [ctx.resolver.entity(name)]
                if t and t != ent.kb_id_ and ctx.resolver.type_of(t) in PLACE_TYPES
            ]
        # "Niamey, de hoofdstad van Niger"
        for noun in doc[ent.end + 1 : min(len(doc), ent.end + 4)]:
            if noun.pos_ == "NOUN":
                if self.grammar.is_place_noun(noun.lemma_) or self.grammar.is_place_noun(noun.text):
                    return self._place_within(noun, ctx)
                break
            if noun.pos_ not in ("DET", "ADJ"):
                break
        return []

    def _described_body_places(self, ent: Span, ctx: "_Context") -> list[tuple[str, Token]]:
        """ "Saudi Aramco, the state oil company of Saudi Arabia", "het Court of Session, het
        hoogste civiele gerechtshof van Schotland", "UOKiK, the Polish anti-monopoly agency",
        "Cinema for Peace, a Berlin-based non-profit", "the Azores, autonomous islands of
        Portugal in the Atlantic Ocean": an organisation or place, a comma or dash, then a
        description headed by a noun for its kind (for an organisation a body:
        ``descriptions.<lang>.tsv`` of type ORG, ``publicbodies.<lang>.txt``, a Dutch compound by
        its last part; for either a place noun) whose country word, place before a seat
        participle ("Berlin-based") or place phrases right after it ("of Portugal in the
        Atlantic Ocean") name a place: the named one lies there. Read by word order, as parsers
        hang such appositions every which way. Not a place joined to another participle
        ("Hezbollah, an Iranian-backed militia": backed by Iran, not in it) nor a place after
        another noun ("a partner of Google in Iran")."""
        doc = ctx.doc
        if (
            ent.label_ not in ("ORG", "LOCATION")
            or ent.end + 2 >= len(doc)
            or doc[ent.end].text not in _APPOSERS
        ):
            return []
        words = _description_words(doc, ent.end + 1)
        nouns = [w for w in words if w.pos_ == "NOUN"]
        if not nouns or not self._names_a_kind(nouns[-1], ent.label_):
            return []
        head = nouns[-1]
        resolver = ctx.resolver
        found: list[tuple[str, Token]] = []
        for word in words:
            if word.i >= head.i or not word.ent_type_:
                continue
            after = doc[word.i + 1]
            if after.text == "-" and not (
                word.i + 2 < len(doc) and doc[word.i + 2].lemma_.lower() in self.grammar.seats
            ):
                continue  # "Iranian-backed", "US-led": no seat
            found.append((resolver.entity(word), word))
        # "of Portugal in the Atlantic Ocean": place phrases in a row after the head
        preps = self.preps.possessor | self.grammar.affiliation | self.preps.within
        i = head.i + 1
        while i < len(doc) and doc[i].lower_ in preps and doc[i].pos_ == "ADP":
            i += 1
            while i < len(doc) and doc[i].pos_ in ("DET", "ADJ") and not doc[i].ent_type_:
                i += 1
            if i >= len(doc) or doc[i].ent_iob_ != "B":
                break
            found.append((resolver.entity(doc[i]), doc[i]))
            after = _after_name(doc, i)
            i = after.i if after is not None else len(doc)
        return [
            (t, w)
            for t, w in dict.fromkeys(found)
            if t and t != ent.kb_id_ and resolver.type_of(t) in PLACE_TYPES
        ]

    def _names_a_kind(self, noun: Token, label: str) -> bool:
        """Whether ``noun`` says what kind of thing a name of type ``label`` is: a place noun
        ("islands", "stad"), or for an organisation a body (:meth:`_names_a_body`)."""
        if self.grammar.is_place_noun(noun.lemma_) or self.grammar.is_place_noun(noun.lower_):
            return True
        return label == "ORG" and self._names_a_body(noun)

    def _names_a_body(self, noun: Token) -> bool:
        """Whether ``noun`` is a word for an organisation or public body ("company", "agency",
        "staatsoliebedrijf", "gerechtshof"): a description of type ORG, or a public body, a
        compound by its last part. The body words are listed once per grammar, not per noun."""
        grammar = self.grammar
        listed = getattr(self, "_body_words", None)  # (the grammar, its body words)
        if listed is None or listed[0] is not grammar:
            bodies = [d for d, kind in grammar.descriptions.items() if kind == "ORG"]
            listed = self._body_words = (grammar, bodies + list(grammar.public_bodies))
        words = {noun.lower_, noun.lemma_.lower()}
        return any(w == b or (w.endswith(b) and len(b) > 2) for w in words for b in listed[1])

    @staticmethod
    def _comma_container(ent: Span, ctx: "_Context") -> str | None:
        """The place right after ``ent`` and a comma that contains it, unless the two are items of
        a list ("Paris, London and Berlin"): a city or region followed by a country or by a last
        place (what follows it is no comma or coordinator). A chain of containers ends in its
        country: "Kenosha, Wisconsin, United States" puts Kenosha in Wisconsin and Wisconsin in
        the United States (a chain has no coordinator and starts after no comma), or in a place
        wider than the one before it ("Winchester, Hampshire, England"; see :func:`_wider`). A
        short bracketed gloss after a name keeps it in the chain ("British Columbia (B.C.),
        Canada")."""
        doc = ctx.doc
        comma = _after_gloss(doc, ent.end)  # "British Columbia (B.C.), Canada"
        if ent.label_ != "LOCATION" or comma + 1 >= len(doc) or doc[comma].text != ",":
            return None
        nxt = doc[comma + 1]
        target = ctx.resolver.entity(nxt)
        if not target or nxt.ent_iob_ != "B" or target == ent.kb_id_:
            return None
        kind = ctx.resolver.type_of(target)
        if kind not in PLACE_TYPES:
            return None
        after = _after_name(doc, nxt.i)
        inner = ctx.resolver.type_of(ent.kb_id_) != "COUNTRY"
        if ent.start > 0 and doc[ent.start - 1].text == ",":
            # inside a list, unless the middle of a chain ("Kenosha, Wisconsin, United States",
            # "Winchester, Hampshire, England": a country or a place wider than the middle one)
            closing = kind == "COUNTRY" or _wider(target, ent.kb_id_, ctx)
            chained = inner and closing and _ends_list(after)
            return target if chained and _chain_opens(doc, ent.start - 2, ctx) else None
        if _state_of(ent.kb_id_, target, ctx):
            # "in Portland, Oregon, and Seattle, Washington": a known town of the country a
            # state or province is in, then that state: a pair, though a list goes on after it
            # (not "Maine, New York, New Jersey", where the town opens no list)
            return target
        if after is not None and after.text == "," and kind != "COUNTRY":
            # "Kenosha, Wisconsin, United States": the state is no item of a list; nor is it in
            # "in Kenosha, Wisconsin, on Sunday", where the comma closes the pair
            closes = (
                _country_closes(doc, after.i + 1, ctx)
                or _wider_closes(doc, after.i + 1, target, ctx)
                or _pair_closed(doc, after.i + 1)
                or _outside_phrase(doc, after.i + 1, ent)
            )
            return target if inner and closes else None
        return None if after is not None and after.pos_ == "CCONJ" else target

    @staticmethod
    def _list_container(ent: Span, ctx: "_Context") -> tuple[str, Token] | None:
        """The country after a comma that closes a list of places ``ent`` is an item of (not its
        last): "Mosul and Kirkuk, Iraq", "Beni, Butembo en Mangina, Congo" (each town lies in
        the country). A list of cities or regions only, with its coordinator before its last
        item, and nothing listed after the country; the last item is read by
        :meth:`_comma_container`."""
        doc = ctx.doc
        resolver = ctx.resolver
        if ent.label_ != "LOCATION" or resolver.type_of(ent.kb_id_) == "COUNTRY":
            return None
        i, coordinated = ent.end, False
        while i + 1 < len(doc) and not coordinated:
            joint = doc[i]
            if joint.pos_ == "CCONJ":
                coordinated = True
            elif joint.text != ",":
                return None
            i += 1
            if doc[i].pos_ == "CCONJ" and not coordinated:  # "X, Y, and Z"
                coordinated = True
                i += 1
            if i >= len(doc) or doc[i].ent_iob_ != "B":
                return None
            member = resolver.entity(doc[i])
            if not member or resolver.type_of(member) not in ("LOCATION",):
                return None
            after = _after_name(doc, i)
            i = after.i if after is not None else len(doc)
        if not coordinated or i + 1 >= len(doc) or doc[i].text != ",":
            return None
        if not _country_closes(doc, i + 1, ctx):
            return None
        return resolver.entity(doc[i + 1]), doc[i + 1]


def _country_word_on(before: Token, ent: Span) -> bool:
    """Whether the word right before a name says the name's country: an adjective on an
    organisation ("de Turkse ambassade") or on a place's own name ("het Ierse Cork", not "de
    Ierse schrijver ... Parijs"), or a country's name compounded into an organisation's."""
    if before.pos_ == "ADJ":
        return ent.label_ == "ORG" or before.head.i in range(ent.start, ent.end)
    return ent.label_ == "ORG" and _compounded_into(before, ent)


def _place_adjective(ent: Span, ctx: "_Context") -> bool:
    """Whether ``ent`` is a place's adjective ("Siberische", "Californian"), no name of a place:
    like a country's adjective it places the name it modifies ("the Siberian city of Omsk":
    Omsk in Siberia) and is placed by nothing ("Siberia" in Omsk)."""
    kb = ctx.resolver.kb
    if kb is None or len(ent) != 1:
        return False
    entry = kb.demonym(ent.text, ctx.doc.lang_)
    return entry is not None and all(e.key != entry.key for e in kb.lookup(ent.text))


def _adjective_of_a_country_place(place: str, word: Token, ctx: "_Context") -> bool:
    """Whether ``word`` is the adjective of ``place``, a region or town the knowledge base places
    in a country ("de Californische brandweerdienst CalFire", "de Berlijnse stichting X", as
    "a Berlin-based non-profit"): it places an organisation as a country's adjective does. A
    continent's or bloc's adjective ("de Europese toezichthouder X") places nothing, and
    neither does the place's own name ("Berlin's X" is read elsewhere)."""
    kb = ctx.resolver.kb
    if kb is None or not is_kb_id(place) or word.pos_ not in ("ADJ", "PROPN"):
        return False
    entry = kb.demonym(word.text, ctx.doc.lang_)
    return (
        entry is not None
        and entry.key == kb_key(place)
        and entry.type == "LOCATION"
        and entry.country is not None
        and all(e.key != entry.key for e in kb.lookup(word.text))
    )


def _compounded_into(word: Token, ent: Span) -> bool:
    """Whether the proper name ``word`` right before ``ent`` is parsed as a compound of it ("the
    United States National Institute of Health"), not as its own argument."""
    return (
        word.pos_ == "PROPN"
        and word.dep_ == "compound"
        and word.head.i in range(ent.start, ent.end)
    )


def _after_name(doc, start: int) -> Token | None:
    """The token after the name that opens at ``start`` (None at the end of the text)."""
    end = start
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end + 1] if end + 1 < len(doc) else None


def _ends_list(after: Token | None) -> bool:
    """Whether a name followed by ``after`` is the last of what a comma joins to it (neither a
    comma nor a coordinator comes next)."""
    return after is None or not (after.text == "," or after.pos_ == "CCONJ")


def _wider(place: str, other: str, ctx: "_Context") -> bool:
    """Whether ``place`` may hold ``other`` when a phrase right after ``other`` names it: a
    country, a first-level region (a US state, a province:
    :meth:`extract.kb.KnowledgeBase.is_region`), or a place the knowledge base knows after one
    it does not know ("Karol Bagh in New Delhi"). Not a site after a known city ("Athens at the
    Zappeion Hall") nor a town after a state ("Virginia in Abingdon")."""
    if ctx.resolver.type_of(place) == "COUNTRY" or _region(place, ctx):
        return True
    return is_kb_id(place) and not is_kb_id(other)


def _state_of(town: str, region: str, ctx: "_Context") -> bool:
    """Whether ``region`` is a first-level region of the country the knowledge base places the
    place ``town`` in, and ``town`` is no region itself ("Portland" and "Oregon"; not "Texas"
    and "California", two states in a list)."""
    kb = ctx.resolver.kb
    if kb is None or not is_kb_id(town) or not _region(region, ctx) or _region(town, ctx):
        return False
    one, other = kb.get(kb_key(town)), kb.get(kb_key(region))
    return one.type == "LOCATION" and one.country is not None and one.country == other.country


def _region(entity: str, ctx: "_Context") -> bool:
    """Whether ``entity`` is a first-level region in the knowledge base."""
    kb = ctx.resolver.kb
    return kb is not None and kb.is_region(kb_key(entity))


def _pair_closed(doc, start: int) -> bool:
    """Whether the comma before ``start`` closes a place and its container ("in Kenosha,
    Wisconsin, on Sunday", "the mayor of Esperanza, Sultan Kudarat, announced"): what follows
    is no name, no proper noun and no coordinator, so the two names are no list (not "Paris,
    Lyon, Marseille"; a parser may still make the second a conjunct: "in Kenosha, Wisconsin,
    neergeschoten")."""
    if start >= len(doc):
        return False
    word = doc[start]
    return not word.ent_type_ and word.pos_ not in ("CCONJ", "PUNCT", "PROPN")


def _outside_phrase(doc, start: int, ent: Span) -> bool:
    """Whether the name or word at ``start``, after the comma that closes a place and its
    container, stands outside the phrase the parser built on the place ("According to police in
    Baytown, Texas, Smith has ...": Smith is the clause's subject), so the three are no list (in
    "Paris, Lyon, Marseille" the parser hangs the third on the first). Not a third place, which
    a parser may hang outside a list of places ("van Maine, New York, New Jersey en ...")."""
    if start >= len(doc):
        return False
    root = ent.root
    word = doc[start]
    return (
        word.pos_ != "CCONJ"
        and word.ent_type_ not in ("LOCATION", "COUNTRY")
        and not root.left_edge.i <= word.i <= root.right_edge.i
        and word.head.i != root.i
    )


def _country_closes(doc, start: int, ctx: "_Context") -> bool:
    """Whether a country's name opens at ``start`` and ends what commas join before it."""
    if start >= len(doc) or doc[start].ent_iob_ != "B":
        return False
    country = ctx.resolver.entity(doc[start])
    return (
        country is not None
        and ctx.resolver.type_of(country) == "COUNTRY"
        and _ends_list(_after_name(doc, start))
    )


def _wider_closes(doc, start: int, inner: str, ctx: "_Context") -> bool:
    """Whether a place wider than ``inner`` (see :func:`_wider`) opens at ``start`` and ends
    what commas join before it: "Winchester, Hampshire, England", where England is no country in
    the knowledge base but holds the county it does not know."""
    if start >= len(doc) or doc[start].ent_iob_ != "B":
        return False
    place = ctx.resolver.entity(doc[start])
    return (
        place is not None
        and place != inner
        and ctx.resolver.type_of(place) in PLACE_TYPES
        and _wider(place, inner, ctx)
        and _ends_list(_after_name(doc, start))
    )


def _after_gloss(doc, start: int) -> int:
    """The index after a short bracketed gloss that opens at ``start`` ("(B.C.)" of "British
    Columbia (B.C.), Canada"), else ``start``."""
    if start >= len(doc) or doc[start].text != "(":
        return start
    for i in range(start + 1, min(start + 5, len(doc))):
        if doc[i].text == ")":
            return i + 1
    return start


def _chain_opens(doc, last: int, ctx: "_Context") -> bool:
    """Whether the word at ``last`` ends a city's or region's name that opens a chain of
    containers: no comma or coordinator before it ("Kenosha" of "in Kenosha, Wisconsin, ...")."""
    if last < 0 or not doc[last].ent_type_:
        return False
    first = name_start(doc[last]).i
    place = ctx.resolver.entity(doc[first])
    if place is None or ctx.resolver.type_of(place) != "LOCATION":
        return False
    before = doc[first - 1] if first > 0 else None
    return before is None or not (before.text == "," or before.pos_ == "CCONJ")


def _said_with(noun: Token, prep: Token, scheme: LabelScheme) -> bool:
    """Whether ``noun``'s own phrase has the preposition ``prep`` has ("in Londen en in
    Berlijn": each conjunct repeats "in")."""
    own = preposition_of(noun, scheme)
    return own is not None and own.lower_ == prep.lower_


#: What opens an apposition after a name: a comma or a dash.
_APPOSERS = frozenset({",", "—", "–"})

#: The parts of speech of a short description's words before and at its head noun.
_DESCRIBING = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _description_words(doc, start: int, limit: int = 8) -> list[Token]:
    """The words of the description that opens at ``start`` (an apposition after a name):
    articles, adjectives, nouns and names, and hyphenated seats ("Berlin-based"), up to the
    first other word, at most ``limit`` words."""
    words: list[Token] = []
    i = start
    while i < len(doc) and len(words) < limit:
        word = doc[i]
        if word.pos_ in _DESCRIBING or word.text == "-" or (words and words[-1].text == "-"):
            words.append(word)
            i += 1
            continue
        break
    return words
