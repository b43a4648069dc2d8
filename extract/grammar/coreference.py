"""Which named entity a pronoun or a definite description stands for.

A small, conservative coreference step for relation arguments: "They called on Turkey",
"the network signed off", "hij", "het bedrijf", "de premier". A word resolves to the
nearest earlier compatible name in its own sentence or the ones just before it:

- a personal pronoun by the pronoun lexicon (``pronouns.<lang>.tsv``: number, kind, gender):
  a singular person pronoun to a PERSON (subjects first, a main clause's before one inside
  it) whose first name does not contradict its gender ("she" is never Paul; a first name's
  gender from the knowledge base's ``first_name_genders.tsv``), "it" to an ORG or COUNTRY
  subject,
  a plural one to the group of names of the nearest subject that is not one person (its
  coordination, the subjects beside it, their appositions) or to an ORG/COUNTRY subject (an
  unnamed subject of a clause inside another, "They concluded that the deal is void", is passed
  over);
- a description noun with a name of its own type before it ("the Houthi movement") to that
  name;
- a bare description noun compounded before a title ("company meteorologist X", "county sheriff
  X", newswire's dropped article) to the name of its type it heads, the nearest in the window,
  else the only one the text has named ("Lincoln County" three sentences back); never the latest
  name of the type it does not head;
- a definite description ("the company", "het land") by the description lexicon
  (``descriptions.<lang>.tsv``: noun, entity type, refers) to the latest name of that type that
  it heads ("the company" after "Pacific Gas and Electric Company"), else, unless it stands only
  for such names ("the court"), to the latest name of that type; a description of a business
  ("the network", "het bedrijf") passes over public bodies (``publicbodies.<lang>.txt``: "the
  network" is not the "Congress of the Philippines" named after it); where the window names none
  clearly, the name the same noun's latest earlier use stood for (a text that calls a name "the
  network" all along); beyond the window, a bare one ("the country") to the name of its type
  that leads the text so far, or the only one it has named;
- a definite title ("the President", "de premier") to the person the text gave that title
  ("President Rodrigo Duterte ... the President"); when several hold it, the one the nearest
  sentence names; a plural one ("the energy ministers", "de ministers van Energie") to the
  people of the window whose names follow the same title words, when there are two or more;
- a spokesperson who names no one ("A spokesperson told the Military Times", "een woordvoerder
  zei") to the organisation or country that is the main subject of the sentence before.

A third-person pronoun inside a quotation never stands for the quotation's speaker, who would
say "I" ('Durbin said "I don't know what he's basing this on"'); an "it" that holds the place of
a clause ("It is clear that ...") stands for no name; a name in apposition to its clause's
subject title ("the Turkish President Recep Tayyip Erdoğan pledged") counts as that subject.

Where no antecedent is clear (two candidates of the same kind in the nearest sentence that
has any, a pronoun whose number is unknown), nothing is returned, and the caller guesses no
latest name instead: no relation is better than a wrong one. Language-specific words live in
data files, so a language adds no code.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import chain
from typing import Callable, Iterable, Iterator, Mapping

from spacy.tokens import Doc, Span, Token

from extract.grammar.sides import BODIES_AND_STATES, is_side
from extract.grammar.syntax import (
    DEFINITE_DETERMINERS,
    LabelScheme,
    children,
    is_definite,
    is_subject,
    lemma_tokens,
    morph_values,
    with_conjuncts,
)
from extract.lexicon import Lexicon

#: How many sentences before the word's own are searched for a pronoun's or description's
#: antecedent.
WINDOW = 2
#: Labels of a clause inside another, in both schemes (a complement, an adverbial or relative
#: clause, a participle).
SUBORDINATE_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "acl:relcl", "csubj"})
#: Labels of the words that coordinate a noun with another, in both schemes ("and", "both",
#: "zowel"): no words of the noun's own phrase.
_COORDINATING = frozenset({"cc", "preconj", "cc:preconj"})
#: Normalised roles (``roles.<lang>.tsv``) of someone who speaks for a body: one named without
#: the body ("a spokesperson said") speaks for the body the sentence before named.
SPEAKING_ROLES = frozenset({"spokesperson"})


class Coreference:
    """Resolves pronouns and definite descriptions of one parsed document (see module docstring)."""

    def __init__(
        self,
        doc: Doc,
        ents: list[Span],
        scheme: LabelScheme,
        lexicon: Lexicon,
        pronouns: dict[str, tuple[str, str]],
        descriptions: dict[str, str],
        titles_of: Callable[[Span], Iterable[str]] | None = None,
        named_only: frozenset[str] = frozenset(),
        firm_only: frozenset[str] = frozenset(),
        public_bodies: frozenset[str] = frozenset(),
        introducers: Mapping[str, frozenset[str]] | None = None,
        pronoun_genders: Mapping[str, str] | None = None,
        name_gender: Callable[[str], str | None] | None = None,
        possessives: Mapping[str, tuple[str, str]] | None = None,
        inside: Iterable[Span] = (),
        quoted_speaker: Callable[[Token], list[str]] | None = None,
        may_act: Callable[[str], bool] | None = None,
        quoted: Callable[[Token], bool] | None = None,
    ) -> None:
        """``quoted_speaker(token)``: the speaker of the quotation a token lies inside (empty
        outside one), whom a third-person pronoun there never stands for. ``quoted(token)``:
        whether a token lies inside a quotation. ``may_act(entity)``:
        whether an entity may be a side of an act (:func:`extract.grammar.sides.is_side`), what
        a group of subjects a plural pronoun stands for is made of."""
        self.doc = doc
        # names inside other names ("Iraakse" in "het Iraakse parlement") are antecedents too,
        # but never what a token of the longer name stands for
        self.ents = sorted([*ents, *inside], key=lambda ent: (ent.end, ent.start))
        self._ent_ends = [ent.end for ent in self.ents]
        self._ent_at: dict[int, Span] = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        self._types: dict[str, str] = {ent.kb_id_: ent.label_ for ent in self.ents}
        self._may_act = may_act or (lambda e: is_side(self._types.get(e), None, None))
        self.scheme = scheme
        self.lexicon = lexicon
        self.pronouns = pronouns
        self.possessives = possessives or {}
        self.descriptions = descriptions
        self._titles_of = titles_of
        self.named_only = named_only
        self.firm_only = firm_only
        self.public_bodies = public_bodies
        self.introducers = introducers or {}
        self._title_holders: list[tuple[int, str, str]] | None = None  # (token, role, entity id)
        self.pronoun_genders = pronoun_genders or {}
        self._name_gender = name_gender
        self._quoted_speaker = quoted_speaker
        self._quoted = quoted or (lambda token: False)
        self._genders: dict[str, str | None] | None = None  # entity id -> m or f, if known
        self._links: dict[int, list[str]] | None = None  # subject pronoun -> what it stands for
        self._described_at: dict[int, list[str]] = {}  # description -> what it stands for
        self._public: set[str] | None = None  # organisations named as public bodies
        self._uses: dict[str, list[Token]] = {}  # description noun -> its tokens (by lemma)

    # --- entry point ------------------------------------------------------------------------

    def resolve(self, token: Token) -> list[str]:
        """The entity ids ``token`` stands for (empty when unknown or unclear)."""
        if token.pos_ == "PRON":
            return self._pronoun(token)
        if token.pos_ == "NOUN" and (own := self._own_name(token)):
            return own
        if token.pos_ == "NOUN" and self._unowned_speaker(token):
            return self._speaking_body(token)
        if token.pos_ in ("NOUN", "PROPN") and self._bare_title_modifier(token):
            # "committee member X", "company meteorologist X": the body of that noun's name
            lemma = token.lemma_.lower()
            return self._described(token, lemma, self.descriptions[lemma], headed_only=True)
        if token.pos_ in ("NOUN", "PROPN") and self._definite(token) and self._refers(token):
            lemma = token.lemma_.lower()
            noun = lemma if lemma in self.descriptions else token.lower_
            kind = self.descriptions.get(noun)
            if kind and _plural_noun(token):
                return []  # "the countries", "de bedrijven": several, not the latest one
            if kind:
                return self._described(token, noun, kind)
            role = self.lexicon.role(lemma)
            if role and not any(c.dep_ in self.scheme.possessive for c in children(token)):
                if _plural_noun(token):
                    return self._title_group(token)
                return self._title_holder(token, role)
        return []

    # --- pronouns ---------------------------------------------------------------------------

    def possessor(self, token: Token) -> list[str]:
        """The entity a possessive pronoun stands for, by the possessive lexicon, as a personal
        pronoun of its number, kind and gender would ("his sister Yingluck Shinawatra": the man
        named before, not the sister's own name); empty for any other word. Asked only where the
        possessor says whose title or relative a name is: elsewhere ("their refusal", "his
        efforts to complete the withdrawal") it made more wrong relations than right ones on
        the dev split."""
        entry = self.possessives.get(token.lower_)
        if entry is None or token.pos_ != "PRON" or token.dep_ not in self.scheme.possessive:
            return []
        coordinated = self._coordinated_owner(token, entry)
        return coordinated if coordinated is not None else self._personal(token, entry)

    def _coordinated_owner(self, token: Token, entry: tuple[str, str]) -> list[str] | None:
        """The person a singular possessive stands for when its noun is coordinated with that
        person's name: "senator Rand Paul en zijn vrouw Kelley", "Rand Paul and his wife Kelley"
        (the man of the first conjunct, not the latest subject of the text before: on fresh
        Wikinews text the wife went to the president named a sentence earlier). The name is the
        first conjunct itself or a name in apposition to its title ("premier X en zijn broer").
        None where the noun is no such conjunct; no one (empty) where the conjunct's person
        does not agree with the pronoun: the coordination names the owner, and no earlier name
        is guessed instead (a first-name list may give a man's name as a woman's)."""
        number, kind = entry
        noun = token.head
        if number != "sing" or kind != "person" or noun.dep_ not in self.scheme.conj:
            return None
        first = noun.head
        if first.i >= noun.i:
            return None
        for word in (first, *(c for c in children(first) if c.dep_ in self.scheme.appos)):
            ent = self._ent_at.get(word.i)
            if ent is not None and ent.label_ == "PERSON":
                return [ent.kb_id_] if self.agrees(token, ent) else []
        return None

    def _pronoun(self, token: Token) -> list[str]:
        entry = self.pronouns.get(token.lower_)
        if entry is None or token.dep_ in self.scheme.possessive or token.dep_ in ("poss", "det"):
            return []
        return self._personal(token, entry)

    def _personal(self, token: Token, entry: tuple[str, str]) -> list[str]:
        """What a pronoun of ``entry`` (number, kind) stands for. Inside a quotation it is never
        the quotation's speaker, who would say "I" or "we" ('Durbin said "I don't know what he's
        basing this on"': not Durbin); a singular one looks past the speaker, any other gives
        nothing when it would stand for them."""
        number, kind = entry
        speaker = set(self._quoted_speaker(token)) if self._quoted_speaker is not None else set()
        if number == "any":
            number = self._number_from_verb(token)
        found: list[str] = []
        if number == "plur":
            found = self._plural(token)
        elif number == "sing" and kind == "person":
            return self._latest(
                token,
                lambda ent: (
                    ent.label_ == "PERSON" and ent.kb_id_ not in speaker and self.agrees(token, ent)
                ),
                prefer_subjects=True,
                linked=lambda t, found: (
                    self._singular_person(t)
                    and len(found) == 1
                    and found[0] not in speaker
                    and self._types.get(found[0]) == "PERSON"
                    and self.agrees(token, found[0])
                ),
            )
        elif number == "sing" and kind == "thing":
            found = self._thing(token)
        return [] if speaker & set(found) else found

    def plural(self, pronoun: Token) -> bool:
        """Whether a personal pronoun stands for several: by the pronoun lexicon, else ("zij
        deden", "ze zeiden") by its verb."""
        entry = self.pronouns.get(pronoun.lower_)
        number = entry[0] if entry else None
        if number == "any":
            number = self._number_from_verb(pronoun)
        return number == "plur"

    def agrees(self, pronoun: Token, ent: Span | str) -> bool:
        """Whether a singular pronoun may stand for ``ent`` (a name or an entity id): its gender
        (by the pronoun lexicon) is not contradicted by a person's first name ("she" is not Paul
        Manafort; "she" may be Amy Jackson, or a Xi whose gender is unknown)."""
        want = self.pronoun_genders.get(pronoun.lower_)
        entity = ent if isinstance(ent, str) else ent.kb_id_
        if want is None or self._types.get(entity) != "PERSON":
            return True
        found = self.gender_of(entity)
        return found is None or found == want

    def gender_of(self, entity: str) -> str | None:
        """ "m" or "f" by the first names of the entity's mentions of two words or more ("Amy
        Berman Jackson"; not a bare "Jackson", which may be a surname), when they agree; None when
        unknown."""
        if self._genders is None:
            self._genders = self._first_name_genders()
        return self._genders.get(entity)

    def _first_name_genders(self) -> dict[str, str | None]:
        """Each entity's gender by :meth:`gender_of`, from one pass over the document's names (a
        pass per entity asked was a tenth of the English coreference's time)."""
        found: dict[str, set[str]] = {}
        if self._name_gender is not None:
            for ent in self.ents:
                words = ent.text.split()
                if len(words) < 2:
                    continue
                first = words[0]
                gender = self._name_gender(first) or self._name_gender(first.split("-")[0])
                if gender:
                    found.setdefault(ent.kb_id_, set()).add(gender)
        return {entity: genders.pop() for entity, genders in found.items() if len(genders) == 1}

    def _number_from_verb(self, token: Token) -> str | None:
        """ "zij deed" (singular) or "zij deden" (plural): a subject pronoun's number from its
        verb."""
        if token.dep_ not in self.scheme.subject:
            return None
        verb = token.head
        auxiliaries = [
            c for c in children(verb) if c.dep_ in ("aux", "aux:pass", "cop") and c.i < verb.i
        ]
        for word in [*auxiliaries, verb]:
            number = morph_values(word, "Number")
            if number == ["Sing"]:
                return "sing"
            if number == ["Plur"]:
                return "plur"
        return None

    def _plural(self, token: Token) -> list[str]:
        """ "They", "zij" (plural): the group of the nearest earlier subject that is not one
        person: the names of its coordination, its other subjects and their appositions ("Sameh
        Shoukry and his counterparts, Nikos Dendias and Jean-Yves Le Drian, gathered ... The
        Italian minister, Luigi Di Maio, joined ... They concluded"), or an ORG or COUNTRY. A
        subject that is one person is passed over (it cannot be "they"); any other subject that
        names no group (an unnamed "the stores") ends the search."""
        for subject in self._subjects_outside(token):
            if subject.pos_ == "PRON":
                group = self._link(subject) if self.plural(subject) else []
                if group:
                    return group  # "They met ... They concluded": the same group
                continue
            group = self._group(subject)
            if len(group) > 1:
                return group
            kind = self._types.get(group[0]) if group else None
            if kind == "PERSON" or (not group and self._subordinate(subject)):
                continue
            return group if kind in BODIES_AND_STATES else []
        return []

    def _subordinate(self, subject: Token) -> bool:
        """Whether ``subject`` is the subject of a clause inside another ("They concluded that
        the agreement is void"): the story's topic is the main clause's subject."""
        return subject.head.dep_ in SUBORDINATE_CLAUSES

    def _group(self, subject: Token) -> list[str]:
        """The actors a subject and the subjects beside it name, with their conjuncts and the
        names in apposition to them, in text order."""
        verb = subject.head
        beside = [
            t
            for t in (children(verb) if verb != subject else ())
            if t.dep_ == subject.dep_ and t.pos_ != "PRON"
        ] or [subject]
        tokens = [t for s in beside for t in with_conjuncts(s, self.scheme)]
        tokens += [c for t in tokens for c in children(t) if c.dep_ in self.scheme.appos]
        found = (self._entity_at(t) for t in sorted(tokens, key=lambda t: t.i))
        return [e for e in dict.fromkeys(found) if e and self._may_act(e)]

    def _subjects_back(self, token: Token, *, pronouns: bool = False) -> Iterator[Token]:
        """The subjects before ``token`` in the window, nearest first; pronouns only when
        ``pronouns``."""
        start = self._sentences_back(token)[-1].start
        for t in reversed(self.doc[start : token.i]):
            if (t.dep_ in self.scheme.subject or t.dep_ in self.scheme.passive_subject) and (
                pronouns or t.pos_ != "PRON"
            ):
                yield t

    def _subjects_outside(self, token: Token) -> Iterator[Token]:
        """The subjects before a pronoun in the window, nearest first, pronouns too, but for one
        that is no subject itself the subject of its own clause (:meth:`_clause_of`), which it
        cannot stand for: "Iran warned them", "the US attacked it", "Ukraine was attacked by
        it" (not Iran, the US, Ukraine)."""
        clause = None if self._is_subject(token) else self._clause_of(token)
        return (s for s in self._subjects_back(token, pronouns=True) if s.head != clause)

    # --- chains -----------------------------------------------------------------------------

    def _link(self, pronoun: Token) -> list[str]:
        """What an earlier subject pronoun stood for: a resolved pronoun is a mention of its
        antecedent, so "Erdogan ... He ... He ... He" carries the name beyond the window. The
        subject pronouns are resolved once, in text order, so each looks back only at links
        already made."""
        if self._links is None:
            self._links = {}
            for t in self.doc:
                if t.pos_ == "PRON" and t.lower_ in self.pronouns and self._is_subject(t):
                    self._links[t.i] = self._pronoun(t)
        return self._links.get(pronoun.i, [])

    def _is_subject(self, token: Token) -> bool:
        return token.dep_ in self.scheme.subject or token.dep_ in self.scheme.passive_subject

    def _singular_person(self, token: Token) -> bool:
        """ "he", "she", "hij": a pronoun for one person."""
        entry = self.pronouns.get(token.lower_)
        if entry is None or entry[1] != "person":
            return False
        return entry[0] == "sing" or (entry[0] == "any" and self._number_from_verb(token) == "sing")

    def _thing(self, token: Token) -> list[str]:
        """ "It": the nearest earlier subject, when that is an ORG or COUNTRY ("Iran ... it");
        nothing for an "it" that only holds the place of a clause (:func:`_placeholder`)."""
        if _placeholder(token):
            return []
        subject = next(self._subjects_outside(token), None)
        if subject is not None and subject.pos_ == "PRON":
            if self.pronouns.get(subject.lower_, ("", ""))[1] != "thing":
                subject = self._nearest_subject(token)
            else:
                return self._link(subject)  # "Iran ... It said ... it": the same name
        if subject is None or self._type_at(subject) not in BODIES_AND_STATES:
            return []
        found = self._entity_at(subject)
        return [found] if found else []

    def _nearest_subject(self, token: Token) -> Token | None:
        """The closest subject before ``token`` in the window that is not itself a pronoun: the
        topic an "it" most likely continues ("the new supply ... it" is not a name)."""
        return next(self._subjects_back(token), None)

    # --- descriptions and titles ---------------------------------------------------------------

    def _unowned_speaker(self, token: Token) -> bool:
        """ "A spokesperson told the Military Times", "een woordvoerder zei": an indefinite
        spokesperson (a role of :data:`SPEAKING_ROLES`) that names no one it speaks for (no
        possessor, no phrase after it, no name of its own)."""
        if self.lexicon.role(token.lemma_.lower()) not in SPEAKING_ROLES or _plural_noun(token):
            return False
        return any(
            c.dep_ == "det" and c.lower_ not in DEFINITE_DETERMINERS for c in children(token)
        ) and not any(
            c.dep_ != "det" and (c.i > token.i or c.dep_ in self.scheme.possessive or c.ent_type_)
            for c in children(token)
        )

    def _speaking_body(self, token: Token) -> list[str]:
        """Whom an unowned spokesperson speaks for: the organisation or country the sentence
        just before names as its main subject ("The task force released a statement. A
        spokesperson told ..."); nothing when that subject is anything else. Of two subjects the
        parser gives one verb ("bracht vrijdag ... uit" with "vrijdag" a subject too), the first is
        the clause's."""
        if token.sent.start == 0:
            return []
        before = self.doc[token.sent.start - 1].sent
        subject = next((c for c in children(before.root) if self._is_subject(c)), None)
        if subject is None or self._type_at(subject) not in BODIES_AND_STATES:
            return []
        found = self._entity_at(subject)
        return [found] if found else []

    def _definite(self, token: Token) -> bool:
        """A noun with a definite article or demonstrative (:func:`is_definite`) and no name of
        its own ("the company", "het bedrijf", "dat bedrijf"; not "de groep Mercosur", "the
        Iranian company", "the Scottish court": a capitalised word before the noun names which
        one). The words that coordinate it are not its own: "Both the council and the
        government", "the company and Italy", "zowel het bedrijf als Italië" (a conjunct's name,
        or "Both" capitalised as the sentence's first word, says nothing of which council)."""
        return is_definite(token) and not any(
            c.ent_type_ or c.pos_ == "PROPN" or (c.i < token.i and c.dep_ != "det" and c.is_title)
            for c in children(token)
            if c.dep_ not in self.scheme.conj and c.dep_ not in _COORDINATING
        )

    def _bare_title_modifier(self, token: Token) -> bool:
        """Whether ``token`` is a bare description noun (``descriptions.<lang>.tsv``) compounded
        with a title after it, with no article or name of its own: "Republican committee member
        X", "court spokesman X", "company meteorologist X", "county sheriff X" in a story that
        names the House Judiciary Committee, the Supreme Court, Pacific Gas and Electric Company
        or Lincoln County (a noun that is no title, such as "member", only right before a
        person's name). Newswire drops the article before a title, so such a noun points back as
        "the committee" would; the parser takes a capitalised one for a proper noun ("Council
        President X"), which a name of its own would hold before it."""
        lemma = token.lemma_.lower()
        head = token.head
        return (
            lemma in self.descriptions
            and (token.pos_ == "NOUN" or token.lower_ == lemma)
            and token.dep_ == "compound"
            and head.i > token.i
            and head.pos_ in ("NOUN", "PROPN")
            and (
                self.lexicon.role(head.lemma_.lower()) is not None
                or head.i + 1 in self._person_starts()
            )
            and not _plural_noun(token)
            and not any(
                c.dep_ == "det" or c.ent_type_ or c.pos_ == "PROPN" for c in children(token)
            )
            and not any(c.dep_ == "det" for c in children(head) if c.i < token.i)
        )

    def compound_body(self, token: Token) -> list[str]:
        """The body a closed-compound title's first part stands for: "Partijleider X",
        "Raadsvoorzitter X" in a story that names "de Conservatieve Partij" or the Legislative
        Council ("de wetgevende raad"), as "Conservative Party leader X" and "Council President
        X" do where compounds are written apart (:meth:`_bare_title_modifier`). The first part
        is a noun of ``descriptions.<lang>.tsv`` (with or without a linking "s") and the rest a
        role noun; it stands only for a name of its type it heads, the nearest in the window,
        else the only one the text has named. Empty for any other word, and in a language that
        writes compounds apart."""
        if not self.lexicon.closed_compounds or token.pos_ not in ("NOUN", "PROPN"):
            return []
        word = token.lemma_.lower()
        if not word.isalpha() or _plural_noun(token):
            return []
        for noun in sorted(self.descriptions, key=len, reverse=True):
            rest = word[len(noun) :]
            if not word.startswith(noun) or not rest:
                continue
            for head in (rest, rest[1:] if rest.startswith("s") else ""):
                if head and (self.lexicon.role(head) or self.lexicon.compound_role(head)):
                    return self._described(token, noun, self.descriptions[noun], headed_only=True)
        return []

    def _person_starts(self) -> set[int]:
        """Where the document's person names start."""
        return {ent.start for ent in self.ents if ent.label_ == "PERSON"}

    def _refers(self, token: Token) -> bool:
        """Whether a definite noun points back at all: not a predicate ("Shell is the largest
        company", "Shell is het grootste bedrijf") nor a superlative ("the most censor-prone
        country", "het machtigste land"), which single one out by what they say, not by an
        earlier mention."""
        if token.dep_ in ("compound", *self.scheme.name_part) and token.head.ent_type_:
            return False  # "the news agency AFP": the name says which
        if token.dep_ in self.scheme.predicate or any(
            c.dep_ in self.scheme.copula for c in children(token)
        ):
            return False
        return not any(
            morph_values(w, "Degree") == ["Sup"]
            for c in children(token)
            if c.dep_ in ("amod", "advmod") and c.i < token.i
            for w in (c, *children(c))
        )

    def _clause_arguments(self, token: Token) -> set[str]:
        """The names that are the other arguments of the clause ``token`` belongs to: "Germany
        withdrew its troops from the country", "U.S. troops in the country", "the NTC issued an
        order to the network" (a description is not a name its own clause gives beside it). The
        clause is the nearest verb above the token; its arguments are its subjects and objects
        with their compounds and name parts (not a place or time phrase)."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        found: set[str] = set()
        for arg in children(verb):
            if arg.i == token.i:
                continue
            arguments = self.scheme.subject | self.scheme.passive_subject | self.scheme.object
            if arg.dep_ not in arguments | self.scheme.predicate:
                continue  # "In Cyprus, the ruling party hailed ... the nation's sovereignty"
            for t in (arg, *children(arg)):
                if t == arg or t.dep_ in ("compound", *self.scheme.name_part):
                    found |= self._entities_of(t)
        # the names of the other phrases of the noun it is a phrase of: "the takeover of Spirit
        # by the company", "the attack on Kyiv by the country" (not Spirit, not Kyiv)
        owner = token.head.head if token.head.pos_ == "ADP" else token.head
        if owner.pos_ == "NOUN" and owner != token:
            for phrase in children(owner):
                for t in (phrase, *children(phrase)):
                    if t.i != token.i and not any(a.i == token.i for a in t.ancestors):
                        found |= self._entities_of(t)
        found.discard(self._entity_at(token) or "")
        return found

    def _own_name(self, token: Token) -> list[str]:
        """The name a description noun carries before it, of the noun's own type: "the Houthi
        movement", "the Wagner group", "de Hamas-beweging" is that organisation (not "the Iranian
        company": a country's adjective says whose it is, not which one)."""
        lemma = token.lemma_.lower()
        kind = self.descriptions.get(lemma) or self.descriptions.get(token.lower_)
        if kind is None:
            return []
        names = {
            ent.kb_id_
            for c in children(token)
            if c.i < token.i
            and c.dep_ in self.scheme.name_part
            and (ent := self._ent_at.get(c.i)) is not None
            and ent.label_ == kind
        }
        if not names and lemma in self.introducers:
            # "the city of Port Vel": the name after its "of" is its own
            names = {
                ent.kb_id_
                for ent in self.ents
                if ent.label_ == kind and self._introducing_word(ent) == token
            }
        return list(names) if len(names) == 1 else []

    def _introducing_word(self, ent: Span) -> Token | None:
        """The noun that introduces ``ent`` with the name after its "of" ("the city of Port
        Vel") or in apposition ("the Bordurian capital, Port Vel"; "Port Vel, the capital"),
        else None."""
        root = ent.root
        head = root.head
        if root.dep_ in self.scheme.appos and head.pos_ == "NOUN":
            return head
        if head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < root.i:
            return head.head
        return next(
            (c for c in children(root) if c.dep_ in self.scheme.appos and c.pos_ == "NOUN"), None
        )

    def _described(
        self, token: Token, noun: str, kind: str, *, headed_only: bool = False
    ) -> list[str]:
        """The name a description stands for: the latest name of its type that it heads ("the
        court" after "the Supreme Court", "het hof" after "het Gerechtshof"), else, unless the
        noun stands only for such names, the latest name of its type. Two names it heads in the
        nearest sentence with any are unclear: no name of the type then stands in. When the window
        gives no name, the same noun's latest use before the window does, if it stood for one
        (:meth:`_use_before_window`). With ``headed_only`` every noun stands only for a name it
        heads, as a ``named_only`` one does ("company founder X" after "SpaceX ... NASA" is
        neither's: the latest or leading organisation was a wrong guess on the dev split)."""
        beside = self._clause_arguments(token) if token.dep_ not in self.scheme.appos else set()
        if noun in self.firm_only:
            beside |= self._public_bodies()
        found = self._described_near(token, noun, kind, beside, headed_only)
        if found:
            return found
        before = self._use_before_window(token, noun)
        return before if len(before) == 1 and before[0] not in beside else []

    def _described_near(
        self, token: Token, noun: str, kind: str, beside: set[str], headed_only: bool = False
    ) -> list[str]:
        """What :meth:`_described` finds in the window (names in ``beside`` passed over)."""

        introducers = self.introducers.get(noun, frozenset())

        def headed(ent: Span) -> bool:
            if ent.label_ != kind or ent.kb_id_ in beside:
                return False
            if any(w.lower().endswith(noun) for w in ent.text.split()):
                return True
            # "the Bordurian capital, Port Vel ... the city": introduced by a noun of its kind
            word = self._introducing_word(ent) if introducers else None
            return word is not None and word.lemma_.lower() in introducers

        earlier = self._earlier_use(token, noun)
        if earlier is not None and not any(
            earlier.sent.start <= ent.start
            and ent.end <= token.i
            and headed(ent)
            and self._subject_name(ent)
            for ent in self.ents
        ):
            # a name the noun heads that is a subject since the earlier use's sentence began is
            # the newer topic ("the party ... the Libertarian Party nominated X, the party's
            # nominee. The next day, the party ...": the Libertarian Party); one said of another
            # is not ("the only court above it is the Supreme Court")
            same = self._described_memo(earlier, noun)
            if len(same) == 1 and same[0] not in beside:
                return same  # "the country ... the country": one country, as long as it is clear
        found = self._latest(token, headed)
        if not found and (introducers or headed_only) and not self._any_before(token, headed):
            # "the Bordurian capital, Port Vel" long before "the city's mayor": the one place the
            # text introduced so; "Lincoln County" three sentences before "county sheriff X":
            # the one county the text named
            earlier = {ent.kb_id_ for ent in self.ents if ent.end <= token.i and headed(ent)}
            if len(earlier) == 1:
                return list(earlier)
        if found and self._qualified_use_after(token, noun, found[0]):
            return []
        if found or headed_only or noun in self.named_only or self._any_before(token, headed):
            return found

        def fits(ent: Span) -> bool:
            return ent.label_ == kind and ent.kb_id_ not in beside

        found = self._latest(token, fits)
        if found or self._any_before(token, fits) or not _bare(token):
            return found
        return self._salient(token, kind, beside)

    def _qualified_use_after(self, token: Token, noun: str, entity: str) -> bool:
        """Whether the same noun, with a word of its own before it that says which one ("het
        Schotse hof", "the Scottish court"), comes between the latest mention of ``entity`` and
        ``token``: the nearest earlier mention of the noun is then that other one, and the name
        before it is no clear antecedent ("Alleen het Hooggerechtshof staat boven het Schotse
        hof. Het hof ...": not the Hooggerechtshof)."""
        last = max(
            (e.end for e in self.ents if e.kb_id_ == entity and e.end <= token.i), default=-1
        )
        for t in self.doc[max(last, 0) : token.i]:
            if (
                t.pos_ == "NOUN"
                and noun in (t.lemma_.lower(), t.lower_)
                and t.i not in self._ent_at
                and not _plural_noun(t)
                and any(
                    c.i < t.i and c.dep_ == "amod" and (c.is_title or c.ent_type_)
                    for c in children(t)
                )
            ):
                return True
        return False

    def _public_bodies(self) -> set[str]:
        """The organisations of the text that a public-body word names ("Congress of the
        Philippines", "National Telecommunications Commission", "het Gerechtshof"): a description
        of a business ("the network", "het bedrijf") never stands for them."""
        if self._public is None:
            self._public = {
                ent.kb_id_
                for ent in self.ents
                if ent.label_ == "ORG"
                and any(
                    word.lower().endswith(body)
                    for word in ent.text.replace("-", " ").split()
                    for body in self.public_bodies
                )
            }
        return self._public

    def _salient(self, token: Token, kind: str, beside: set[str]) -> list[str]:
        """With no name of its type in the window, the name of that type the text has mentioned
        most so far, when it clearly leads (at least twice, and twice as often as any other), or
        the only one of its type named so far: "the government" of a story about Samoa, "the
        company" of one about PG&E, "the country's capital" three sentences after the one country
        named. A tie or a close second gives no name."""
        counts = Counter(
            ent.kb_id_ for ent in self.ents if ent.end <= token.i and ent.label_ == kind
        )
        for entity in beside:
            counts.pop(entity, None)
        ranked = counts.most_common(2)
        if not ranked or (ranked[0][1] < 2 and len(ranked) > 1):
            return []
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return []
        return [ranked[0][0]]

    def _earlier_use(self, token: Token, noun: str) -> Token | None:
        """The nearest earlier use of the same description noun in the window, which then stands
        for the same name ("Canada criticised the country. Germany left the country": Iraq both
        times, not Canada)."""
        start = self._sentences_back(token)[-1].start
        for t in reversed(self.doc[start : token.i]):
            if (
                t.pos_ == "NOUN"
                and noun in (t.lemma_.lower(), t.lower_)
                and not _plural_noun(t)
                and self._definite(t)
                and self._refers(t)
            ):
                return t
        return None

    def _use_before_window(self, token: Token, noun: str) -> list[str]:
        """What the latest use of the same description noun before the window stood for: a text
        that has called a name "het netwerk" all along goes on meaning it where the window
        holds other names of the type or a name it cannot tell ("ABS-CBN Corporation" and a
        stray "FM-" in the sentence before: the window alone is unclear). The uses are resolved
        oldest first (each with its own window), so no chain recurses deeply; nothing when the
        latest use stood for nothing clear."""
        start = self._sentences_back(token)[-1].start
        found: list[str] = []
        uses = self._uses.get(noun)
        if uses is None:
            uses = self._uses[noun] = lemma_tokens(self.doc, {noun})
        for use in uses:
            if use.i >= start:
                break
            if _plural_noun(use) or not self._definite(use) or not self._refers(use):
                continue
            if use.i not in self._described_at:
                self._described_at[use.i] = []  # no cycle through a token being resolved
                self._described_at[use.i] = self.resolve(use)
            found = self._described_at[use.i]
        return found

    def _described_memo(self, token: Token, noun: str) -> list[str]:
        """What an earlier use stood for, resolving a chain of uses oldest first (no deep
        recursion in a long text that says "the country" in every sentence)."""
        uses: list[Token] = []
        use: Token | None = token
        while use is not None and use.i not in self._described_at:
            uses.append(use)
            use = self._earlier_use(use, noun)
        for use in reversed(uses):
            self._described_at[use.i] = []  # no cycle through a token being resolved
            self._described_at[use.i] = self.resolve(use)
        return self._described_at[token.i]

    def _any_before(self, token: Token, fits: Callable[[Span], bool]) -> bool:
        """Whether a name that fits comes before ``token`` in the window."""
        return any(
            fits(ent)
            for sentence in self._sentences_back(token)
            for ent in self._ents_in(sentence, before=token.i)
        )

    def _title_holder(self, token: Token, role: str) -> list[str]:
        """The person given title ``role`` earlier in the document, if exactly one person holds
        it there; with several, the one the nearest sentence of the window names, if it names
        only one of them ("former President Ferdinand Marcos ... Katigbak apologized to Duterte,
        which the President accepted": Duterte)."""
        if self._titles_of is None:
            return []
        if self._title_holders is None:
            self._title_holders = [
                (ent.start, found, ent.kb_id_)
                for ent in self.ents
                if ent.label_ == "PERSON"
                for found in self._titles_of(ent)
            ]
        holders = {eid for i, r, eid in self._title_holders if r == role and i < token.i}
        if len(holders) > 1:
            return self._latest(token, lambda ent: ent.kb_id_ in holders)
        return list(holders)

    def _title_group(self, token: Token) -> list[str]:
        """ "The agreement was signed by the energy ministers", "de ministers van Energie": a
        plural definite title stands for the people of its window whose names follow the same
        title words ("energy minister Yuval Steinitz ... and energy minister Konstantinos
        Hatzidakis", not "prime minister Benjamin Netanyahu" between them), in text order, when
        there are at least two of them; one, or none, gives nobody (the plural then speaks of
        others too)."""
        words = [  # the title's words: not "door de", "the two"
            t.lemma_.lower()
            for t in token.subtree
            if t.pos_ not in ("DET", "NUM", "PUNCT") and not (t.i < token.i and t.pos_ == "ADP")
        ]
        n = len(words)
        found = [
            ent.kb_id_
            for sentence in reversed(self._sentences_back(token))
            for ent in self._ents_in(sentence, before=token.i)
            if ent.label_ == "PERSON"
            and ent.start >= n
            and [t.lemma_.lower() for t in self.doc[ent.start - n : ent.start]] == words
        ]
        group = list(dict.fromkeys(found))
        return group if len(group) > 1 else []

    # --- search -----------------------------------------------------------------------------

    def _latest(
        self,
        token: Token,
        fits: Callable[[Span], bool],
        *,
        prefer_subjects: bool = False,
        linked: Callable[[Token, list[str]], bool] | None = None,
    ) -> list[str]:
        """The nearest sentence (the token's own, then back) with a fitting name decides: its
        fitting subject when ``prefer_subjects`` and there is one, else its fitting name, unless
        two different entities fit there (unclear). Names in the token's own clause are skipped
        ("he accused him"). With ``linked``, a subject pronoun that it accepts with what the
        pronoun stood for counts as a subject mention of that entity (a chain: "He ... He"); a
        sentence with only such links decides too, which reaches past the window."""
        own_clause = {
            e
            for head in {token.head, self._clause_of(token)}
            for t in children(head)
            if t != token
            for e in self._entities_of(t)
        }
        window = self._sentences_back(token)
        for k, sentence in enumerate(chain(window, self._chain_back(token, linked))):
            if k >= len(window) and linked is None:
                break  # the chain was broken: nothing beyond the window
            found = [
                ent
                for ent in self._ents_in(sentence, before=token.i)
                if fits(ent) and ent.kb_id_ not in own_clause
            ]
            if prefer_subjects:
                subjects = [(ent.start, ent.kb_id_) for ent in found if self._subject_name(ent)]
                if linked is not None:
                    subjects += self._links_in(sentence, token, linked, own_clause)
                if subjects:
                    # the main clause's subject before one of a clause inside it ("Hutchinson
                    # questioned the findings, saying Caudipteryx might have ... he told")
                    main = [s for s in subjects if not self._in_subordinate_clause(s[0])]
                    start, chosen = max(main or subjects)
                    if self._fitting_conjunct(start, chosen, found):
                        return []  # "Trudeau and Biden won. He ...": either of them
                    return [chosen]
            if not found:
                if linked is not None and self._new_topic(sentence, token):
                    linked = None  # "... zij ... De kiescommissie zal ... Zij moet": no chain
                continue
            if len({ent.kb_id_ for ent in found}) > 1:
                return []
            if linked is not None and self._owners_in(sentence, token) - {found[-1].kb_id_}:
                return []  # "The news came from his son-in-law, X. He ...": X or whose "his"?
            return [found[-1].kb_id_]
        return []

    def _clause_of(self, token: Token) -> Token:
        """The word whose arguments are the names of ``token``'s own clause: its head, or for a
        pronoun in a prepositional phrase the verb the phrase (or the noun it is on) belongs
        to ("Putin was criticised by him", "Macron held talks with him", "voerde gesprekken
        met hem": not Putin, not Macron). A possessive keeps its noun ("Trump praised his
        son": "his" may be Trump)."""
        head = token.head
        in_phrase = head.pos_ == "ADP" or any(c.dep_ in self.scheme.case for c in children(token))
        if not in_phrase or token.dep_ in self.scheme.possessive:
            return head
        for _ in range(len(token.sent)):
            if head.pos_ in ("VERB", "AUX") or head.head == head:
                break
            head = head.head
        return head

    def _fitting_conjunct(self, start: int, chosen: str, found: list[Span]) -> bool:
        """Whether the subject name at ``start`` is coordinated with another name that fits as
        well ("Justin Trudeau and Joe Biden won votes. He ..."): the pronoun may stand for
        either."""
        ent = self._ent_at.get(start)
        if ent is None:
            return False
        beside = {t.i for t in with_conjuncts(ent.root, self.scheme)}
        return any(e.root.i in beside and e.kb_id_ != chosen for e in found)

    def _owners_in(self, sentence: Span, token: Token) -> set[str]:
        """Whom the singular possessive pronouns of ``sentence`` before ``token`` that agree with
        ``token`` stand for ("his" in "The news came from his son-in-law, X"): a person the
        sentence names only through such a pronoun is as much its topic as the name in it."""
        return {
            owner
            for t in sentence
            if t.i < token.i and self.possessives.get(t.lower_, ("", ""))[:2] == ("sing", "person")
            for owner in self.possessor(t)
            if self.agrees(token, owner)
        }

    def _in_subordinate_clause(self, start: int) -> bool:
        """Whether the word at ``start`` lies in a clause inside its sentence's main clause
        (:data:`SUBORDINATE_CLAUSES`)."""
        token = self.doc[start]
        for _ in range(len(token.sent)):
            if token.head == token:
                return False
            if token.dep_ in SUBORDINATE_CLAUSES:
                return True
            token = token.head
        return False

    def _subject_name(self, ent: Span) -> bool:
        """Whether a name is its clause's subject, or names the title that is ("the Turkish
        President Recep Tayyip Erdoğan pledged ...": the parser makes "President" the subject and
        the name its apposition)."""
        root = ent.root
        return is_subject(root, self.scheme) or (
            root.dep_ in self.scheme.appos
            and root.head.i < root.i
            and root.head.i not in self._ent_at
            and is_subject(root.head, self.scheme)
        )

    def _new_topic(self, sentence: Span, token: Token) -> bool:
        """Whether the main clause of ``sentence`` (before ``token``) has a subject that is a
        singular common noun naming nothing ("De kiescommissie van het land zal ..."): a pronoun
        after it no longer continues the chain of pronouns before it. A plural one ("Normally,
        only embassy workers have immunity") cannot be the one person the chain speaks of, nor
        one a possessive of the pronoun's kind and gender owns ("His term was to end in August,
        in favour of his successor"): it speaks of the chain's person; nor one inside a quotation
        ('"Het akkoord negeert onze eilanden," voegde hij eraan toe': the speaker's words, which
        the story's chain of pronouns runs past)."""
        root = sentence.root
        return root.i < token.i and any(
            c.dep_ in self.scheme.subject | self.scheme.passive_subject
            and c.pos_ == "NOUN"
            and not _plural_noun(c)
            and not self._entities_of(c)
            and not self._owned_by_pronoun_like(c, token)
            and not self._quoted(c)
            for c in children(root)
        )

    def _owned_by_pronoun_like(self, noun: Token, token: Token) -> bool:
        """Whether a possessive for one person of ``token``'s gender owns ``noun`` ("His term",
        "Zijn termijn" before "his", "zijn")."""
        want = self.pronoun_genders.get(token.lower_)
        return any(
            c.dep_ in self.scheme.possessive
            and self.possessives.get(c.lower_, ("", ""))[:2] == ("sing", "person")
            and self.pronoun_genders.get(c.lower_) == want
            for c in children(noun)
        )

    def _links_in(
        self,
        sentence: Span,
        token: Token,
        linked: Callable[[Token, list[str]], bool] | None,
        own_clause: set[str],
    ) -> list[tuple[int, str]]:
        """(position, entity) of the accepted subject pronouns of ``sentence`` before ``token``."""
        if linked is None:
            return []
        return [
            (t.i, found[0])
            for t in sentence
            if t.i < token.i
            and t.pos_ == "PRON"
            and (found := self._link(t))
            and linked(t, found)
            and found[0] not in own_clause
        ]

    def _chain_back(
        self, token: Token, linked: Callable[[Token, list[str]], bool] | None
    ) -> Iterator[Span]:
        """The sentences before the window, nearest first, as long as each has a subject pronoun
        that ``linked`` accepts (the chain goes on). Lazy: read only when the window decides
        nothing."""
        if linked is None:
            return
        sentence = self._sentences_back(token)[-1]
        while sentence.start > 0:
            before = self.doc[sentence.start - 1].sent
            if not self._links_in(before, token, linked, set()):
                return
            yield before
            sentence = before

    def _sentences_back(self, token: Token) -> list[Span]:
        out = [token.sent]
        while len(out) <= WINDOW and out[-1].start > 0:
            out.append(self.doc[out[-1].start - 1].sent)
        return out

    def _ents_in(self, sentence: Span, before: int) -> list[Span]:
        """Names of ``sentence`` that end before token ``before``, in text order."""
        k = bisect_right(self._ent_ends, min(before, sentence.end))
        found = []
        while k > 0 and self.ents[k - 1].start >= sentence.start:
            k -= 1
            found.append(self.ents[k])
        return found[::-1]

    def _entity_at(self, token: Token) -> str | None:
        ent = self._ent_at.get(token.i)
        return ent.kb_id_ if ent is not None else None

    def _type_at(self, token: Token) -> str | None:
        ent = self._ent_at.get(token.i)
        return ent.label_ if ent is not None else None

    def _entities_of(self, token: Token) -> set[str]:
        found = self._entity_at(token)
        return {found} if found else set()


def _plural_noun(token: Token) -> bool:
    """ "the countries", "de landen": a plural noun (by morphology, else by a form other than its
    lemma ending in s or en), which stands for several names, not for the latest one."""
    number = morph_values(token, "Number")
    if number:
        return number == ["Plur"]
    lemma = token.lemma_.lower()
    return token.lower_ != lemma and token.lower_.endswith(("s", "en"))


def _placeholder(token: Token) -> bool:
    """ "It is not for the court to opine", "It is clear that Iran attacked": a subject whose
    auxiliary verb ("is") has a clause of its own (complement, infinitive or adverbial), which
    is what the sentence is about; the pronoun stands for no name ("Iran said it is ready to
    talk" keeps its "it": the infinitive hangs on "ready")."""
    verb = token.head
    return (
        token.dep_ != "ROOT"
        and verb.pos_ == "AUX"
        and any(c.dep_ in SUBORDINATE_CLAUSES for c in children(verb) if c.i > token.i)
    )


def _bare(token: Token) -> bool:
    """ "the government", "het bedrijf": a description with no word before it but its article,
    which a reader takes for the story's own when nothing nearer is named (not "the anti-vaccine
    movement")."""
    return not any(c.i < token.i and c.dep_ not in ("det", "poss") for c in children(token))
