"""Whom a named person works for, read from the noun phrase around the name (issue 17, titles
and roles in every form).

Each function is one construction and returns the tokens that may name the organisation,
country or place; the relation tagger keeps those that are names of the right type:

- :func:`of_phrase`: "Maria Lopez of UNICEF", "Jan de Vries van de VVD";
- :func:`possessor`: "the BBC's Jonathan Marcus";
- :func:`name_modifier`: a name right before the person's, with no title between ("Republican
  Kevin McCarthy");
- :func:`descriptor_owners`: a common noun bound to the name ("Ahmed Karimi, a spokesman for the
  Red Cross", "Red Cross spokesman Ahmed Karimi", "Supreme Court Justice Elena Kagan", "Mark
  de Boer, woordvoerder van Shell") and whose it is;
- :func:`name_before_title`: a name right before the title before the name, all hung on the
  person ("Santa Barbara County Sheriff Bill Brown", "WHO director-general Tedros");
- :func:`title_across_place`: a title, an affiliation word and a place right before the name
  ("Mayor of Koszalin Piotr Jedlinski", "de senator voor Vermont Bernie Sanders").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from spacy.tokens import Span, Token

from extract.grammar.syntax import (
    LabelScheme,
    children,
    copula_predicates,
    listed_between,
    lost_relative_predicate,
    morph_values,
    name_start,
    plural_form,
    prepositional_args,
)

#: Dependencies by which a common noun describes the name it is bound to.
DESCRIPTOR_LINKS = frozenset({"appos", "compound", "nmod", "nn", "flat"})

#: Dependencies of the words before a noun that say whose it is ("Red Cross spokesman", "Taliban
#: commander", "Northwestern University public health expert").
OWNER_LINKS = frozenset({"compound", "amod", "nmod", "nn", "npadvmod", "poss", "nmod:poss"})


def of_phrase(name: Span, scheme: LabelScheme, affiliation: Iterable[str]) -> list[Token]:
    """Nouns of an affiliation phrase hung on the name itself: "Maria Lopez of UNICEF", "Jan de
    Vries van de VVD" (UD may hang it on the name's first word, which is its root there)."""
    words = set(affiliation)
    found = [
        noun
        for prep, noun in prepositional_args(name.root, scheme)
        if prep in words and noun.i >= name.end
    ]
    return found or _of_by_word_order(name, words)


def marked_by(token: Token, scheme: LabelScheme, words: Iterable[str]) -> bool:
    """Whether one of ``words`` is the preposition of ``token``'s phrase ("from" in "an
    economist from Leiden University")."""
    words = set(words)
    if scheme.preposition_heads_noun:
        return token.head is not token and token.head.lower_ in words
    return any(c.dep_ in scheme.case and c.lower_ in words for c in children(token))


def _of_by_word_order(name: Span, words: set[str]) -> list[Token]:
    """ "Patrice Talon van Benin" parsed as one long name (van and Benin as flat parts of
    Patrice): the affiliation word right after the name and the name after it, both hung on the
    name, read by word order."""
    doc, root = name.doc, name.root
    if name.end + 1 >= len(doc):
        return []
    word = doc[name.end]
    if word.lower_ not in words or word.head != root:
        return []
    i = name.end + 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].head not in (root, word):
        return []
    return [doc[i]]


def possessor(name: Span, scheme: LabelScheme) -> list[Token]:
    """The possessor of the name: "the BBC's Jonathan Marcus"."""
    return [
        c
        for c in children(name.root)
        if c.dep_ in scheme.possessive and not name.start <= c.i < name.end
    ]


def name_modifier(name: Span) -> list[Token]:
    """The last word of a name that modifies the person's name right before it, with no title
    between: "Republican Kevin McCarthy" (Republican, the party's name). Only the parse's own
    modifier links count (compound, nmod, amod on the name's root); the caller keeps names of
    the right type."""
    if name.start == 0:
        return []
    before = name.doc[name.start - 1]
    if not before.ent_type_:
        return []
    if before.head == name.root and before.dep_ in _NAME_MODIFIER:
        return [before]
    if (
        name.root.head == before
        and name.root.dep_ in _NAME_APPOSED
        and any(c.dep_ == "det" for c in children(before))
    ):
        # "de Republikein Kevin McCarthy", "de Democraten Nancy Pelosi en ...": the parser
        # makes the party's member noun the head and the person's name its apposition; the
        # article says it is a noun, not a name of the same person ("heette Baloch Fouzia Azeem")
        return [before]
    return []


#: Dependencies of a name that modifies a person's name right before it.
_NAME_MODIFIER = frozenset({"compound", "nmod", "amod", "nn"})
#: Dependencies of a person's name on the name right before it that the parser made its head.
_NAME_APPOSED = frozenset({"appos", "flat", "flat:name"})


def descriptors(name: Span, scheme: LabelScheme) -> list[Token]:
    """Common nouns bound to the name that describe the person: an apposition after a comma
    ("Ahmed Karimi, a spokesman for ..."), the noun the name stands in apposition to ("the
    Red Cross spokesman, Ahmed Karimi"), or a noun before the name that modifies it ("Red Cross
    spokesman Ahmed Karimi")."""
    root, doc = name.root, name.doc
    found = []
    for child in _name_children(name):
        if name.start <= child.i < name.end or child.dep_ not in DESCRIPTOR_LINKS:
            continue
        if child.pos_ == "NOUN" or (child.pos_ == "PROPN" and not child.ent_type_):
            after_comma = child.i > root.i and any(t.is_punct for t in doc[name.end : child.i])
            if (child.i < name.start and not listed_between(child, name, _noun)) or after_comma:
                found.append(child)
        elif child.pos_ in ("ADJ", "VERB") and child.dep_ in scheme.appos and child.i > root.i:
            # "Avinoam Idan, deskundige aan de Universiteit van Haifa": an adjective used as a
            # noun ("deskundige", "gedeputeerde"), set off as an apposition; or a noun tagged as
            # a verb ("retailexpert"), which an apposition is not
            if any(t.is_punct for t in doc[name.end : child.i]):
                found.append(child)
        elif child.pos_ == "NUM" and child.dep_ in scheme.appos and child.i > root.i:
            # "Rebecca Nyandeng, one of the vice presidents of South Sudan", "een van de
            # vicepresidenten van Zuid-Soedan": the noun of the partitive is the description
            if any(t.is_punct for t in doc[name.end : child.i]):
                found += [
                    noun for _, noun in prepositional_args(child, scheme) if noun.pos_ == "NOUN"
                ]
    head = root.head
    if (
        root.dep_ in scheme.appos
        and head.i < name.start
        and head.pos_ in ("NOUN", "PROPN")
        and not head.ent_type_
        # "premier X en minister van Financiën Y" with Y on "premier": the nearer noun is Y's
        and not listed_between(head, name, _noun)
    ):
        found.append(head)
    found += _title_of_misparsed_apposition(name, scheme)
    found += _coordinated_descriptors([t for t in found if t.i > root.i], scheme)
    found += _conjunct_descriptors(name, [t for t in found if t.i > root.i], scheme)
    found += _noun_before_comma(name)
    found += _predicate_noun(name, scheme)
    found += _shared_appositions(name, scheme)
    found += relative_predicate(name)
    return found + _list_descriptors(name, scheme)


def _title_of_misparsed_apposition(name: Span, scheme: LabelScheme) -> list[Token]:
    """The title whose phrase a name set off by commas was made a conjunct of: "De Keniaanse
    minister van Informatie, Peter Otieno, zei", which the Dutch parser reads as "Informatie"
    and "Peter Otieno". With no coordinator before the name, it is the title's apposition (a
    named phrase, "de directeur van Shell, Mark de Boer", is :func:`_noun_before_comma`'s)."""
    root, doc = name.root, name.doc
    phrase = root.head
    title = phrase.head
    if (
        root.dep_ not in scheme.conj
        or name.start == 0
        or not doc[name.start - 1].is_punct
        or phrase.i >= name.start
        or title == phrase
        or title.pos_ != "NOUN"
        or title.ent_type_
        or phrase.ent_type_
        or not any(c.dep_ in scheme.case for c in children(phrase))
        or any(c.dep_ == "cc" for c in children(root))
    ):
        return []
    return [title]


def _coordinated_descriptors(appositions: list[Token], scheme: LabelScheme) -> list[Token]:
    """The nouns coordinated with an apposition after the name, each one more description of the
    person: "Avinoam Idan, an expert at Haifa University and a former Israeli security
    official", "Avinoam Idan, deskundige aan de Universiteit van Haifa en voormalig Israëlisch
    veiligheidsfunctionaris" (the Dutch parser hangs the second on the first's last noun). A
    common noun only, with no person in its phrase ("X, a lawyer, and Y, a diplomat": Y's)."""
    found: list[Token] = []
    for noun in appositions:
        for token in noun.subtree:
            if (
                token.i > noun.i
                and token.dep_ in scheme.conj
                and token.pos_ == "NOUN"
                and not token.ent_type_
                and not any(t.ent_type_ == "PERSON" for t in token.subtree)
                and token not in found
            ):
                found.append(token)
    return found


def _conjunct_descriptors(name: Span, appositions: list[Token], scheme: LabelScheme) -> list[Token]:
    """A second description the Dutch parser hung on the name itself as its conjunct: "Jared
    Kushner, schoonzoon van Trump en adviseur van het Witte Huis," ("adviseur" a conjunct of
    "Jared"). Only after an apposition, opened by a coordinator, ending at a comma or the end of
    the sentence, and with no person in its phrase ("X, a lawyer, and Y": Y's)."""
    if not appositions:
        return []
    doc, first = name.doc, min(a.i for a in appositions)
    return [
        c
        for c in children(name.root)
        if c.dep_ in scheme.conj
        and c.pos_ == "NOUN"
        and c.i > first
        and not c.ent_type_
        and any(g.dep_ == "cc" for g in children(c))
        and c.right_edge.i + 1 < len(doc)
        and doc[c.right_edge.i + 1].text in (",", ".", ";")
        and not any(t.ent_type_ == "PERSON" for t in c.subtree)
    ]


def _name_children(name: Span) -> list[Token]:
    """The children of the name's root, and those after the name of the word right before it
    when the parser made that word (a title, "dr.") the head of the name: "dr. Gary Mortimer,
    retailexpert van ..." hangs the apposition on "dr."."""
    root = name.root
    found = list(children(root))
    # a name the parser split ("Rebecca Nyandeng De Mabior, een van de vicepresidenten van ..."
    # with "Mabior" a subject of its own): what hangs on its other words after the name
    found += [c for t in name if t.i != root.i for c in children(t) if c.i >= name.end]
    head = root.head
    if (
        name.start > 0
        and head.i == name.start - 1
        and not head.ent_type_
        and root.dep_ in ("flat", "flat:name", "appos", "compound", "nmod")
    ):
        # not a title of another name listed after it ("minister van Energie X, de Griekse
        # premier Y", "de voorzitter van Greenpeace Y", with the noun on "minister"): Y's
        found += [
            c
            for c in children(head)
            if c.i >= name.end and not any(g.ent_type_ == "PERSON" for g in c.subtree)
        ]
    return found


def _list_descriptors(name: Span, scheme: LabelScheme) -> list[Token]:
    """The plural nouns before the first name of a list that ``name`` is a later member of:
    "NASA astronauts Bob Behnken and Doug Hurley", "de NASA-astronauten Bob Behnken en Doug
    Hurley" (each is an astronaut; a singular noun is the first name's alone)."""
    head = name.root
    while head.dep_ in scheme.conj and head.head != head:
        head = head.head
    if head == name.root or head.pos_ != "PROPN" or not head.ent_type_:
        return []
    doc = head.doc
    start = next(t.i for t in reversed(doc[: head.i + 1]) if t.ent_iob_ == "B")
    end = next((t.i for t in doc[head.i + 1 :] if t.ent_iob_ != "I"), len(doc))
    first_name = doc[start:end]
    return [
        noun
        for noun in descriptors(first_name, scheme)
        if noun.i < first_name.start
        and plural_form(noun)
        # "zijn Duitse en Franse ambtgenoten, respectievelijk X en Y": coordinated modifiers
        # pair off with the names, each its own
        and not any(c.dep_ in scheme.conj for m in children(noun) for c in children(m))
    ]


def relative_predicate(name: Span) -> list[Token]:
    """The noun a relative clause right after the name says the person is or was, where the
    parser lost the clause ("Jan de Vries, die woordvoerder van Shell was, vloog", see
    :func:`extract.grammar.syntax.lost_relative_predicate`); a clause the parser read right is
    ``TitleRelations._relative_titles``' and :func:`_predicate_noun`'s."""
    doc = name.doc
    if name.end + 2 >= len(doc) or doc[name.end].text != ",":
        return []
    noun = next((t for t in doc[name.end + 2 : name.end + 6] if t.pos_ not in _LEADING), None)
    return [noun] if noun is not None and lost_relative_predicate(noun) else []


#: Parts of speech of the words between a relative pronoun and its predicate noun ("die de
#: voormalige adviseur ... was").
_LEADING = frozenset({"DET", "ADJ", "NUM"})


def _shared_appositions(name: Span, scheme: LabelScheme) -> list[Token]:
    """The apposition after a list of names that describes each of them: "X and Y, both members
    of the Labour Party", "X en Y, beiden lid van de VVD". The parser hangs it on the list's
    first name, so a later member (``name``) takes it from there: only an apposition after
    ``name``, set off by a comma, that is plural ("both senators", "beide leden") or marked by a
    quantifying pronoun ("beiden lid": ``PronType=Ind``/``Tot``; an article is no mark, "X and Y,
    a lawyer" is Y's alone)."""
    head = name.root
    while head.dep_ in scheme.conj and head.head != head:
        head = head.head
    if head == name.root:
        return []
    doc = name.doc
    return [
        noun
        for noun in children(head)
        if noun.dep_ in scheme.appos
        and noun.pos_ == "NOUN"
        and noun.i > name.end
        and doc[name.end].text == ","
        and not any(t.ent_type_ == "PERSON" for t in doc[name.end : noun.i])
        and (
            plural_form(noun)
            or any(
                c.i < noun.i and {"Ind", "Tot"} & set(morph_values(c, "PronType"))
                for c in children(noun)
            )
        )
    ]


def _noun(token: Token) -> bool:
    return token.pos_ == "NOUN"


def _predicate_noun(name: Span, scheme: LabelScheme) -> list[Token]:
    """The noun a copula says the person is: "X was the deputy commander of the PMF", "X is de
    directeur van Shell". UD makes the noun the head, with the copula and the name under it;
    ClearNLP makes the copula the head, with the name as subject and the noun as ``attr``."""
    root = _listed_subject(name.root, scheme)
    if root is None:
        return []
    nouns = copula_predicates(root.head, scheme)
    return [n for n in nouns if n.pos_ in ("NOUN", "PROPN") and not n.ent_type_]


def _listed_subject(root: Token, scheme: LabelScheme) -> Token | None:
    """The subject ``root`` is or is listed with: itself, the first of the coordination it is a
    later member of ("X, Y and Z are members of ..."), or the subject of the copula the parser
    made a conjunct of the list's first name ("Pierluisi, Rivera Schatz, and Rosselló are" with
    "are" under "Pierluisi"); None when it is no subject."""
    head = root
    while head.dep_ in scheme.conj and head.head != head:
        head = head.head
    if head.dep_ in scheme.subject:
        return head
    for verb in children(head):
        if verb.dep_ in scheme.conj and verb.pos_ in ("VERB", "AUX") and verb.i > root.i:
            return next(
                (s for s in children(verb) if s.dep_ in scheme.subject and root.i < s.i < verb.i),
                None,
            )
    return None


def _noun_before_comma(name: Span) -> list[Token]:
    """ "The governor of Ohio, Mike DeWine", "de president van Niger, Mahamadou Issoufou": a noun
    and its phrase, a comma, then the name. Parsers often hang the name on the phrase's last name
    (as apposition or conjunct); the noun the phrase belongs to describes the person."""
    doc = name.doc
    if name.start < 3 or doc[name.start - 1].text != ",":
        return []
    token = doc[name.start - 2]
    if _twin_subject(token, name.root):
        return [token]
    if not token.ent_type_:
        return []
    for _ in range(4):
        head = token.head
        if head == token or head.i >= token.i:
            return []
        if _nominal(head) and not head.ent_type_:
            return [] if "Plur" in morph_values(head, "Number") else [head]
        if not (head.ent_type_ or head.pos_ == "ADP"):
            return []
        token = head
    return []


def _twin_subject(noun: Token, root: Token) -> bool:
    """Whether ``noun``, right before the comma before a name, is a singular common noun the
    parser made a second subject of the name's verb: "The Labour Party's leader, Jeremy Corbyn
    announced ...", with "leader" and "Corbyn" both subjects of "announced" (the apposition
    read as two subjects)."""
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and "Plur" not in morph_values(noun, "Number")
        and noun.tag_ not in ("NNS", "NNPS")
        and noun.dep_ == root.dep_
        and noun.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")
        and noun.head == root.head
        and noun.head != noun
    )


def _nominal(token: Token) -> bool:
    """A noun, or an adjective used as one, with an article of its own: "de procureur-generaal
    van Californië, Xavier Becerra", which the Dutch tagger took for an adjective."""
    return token.pos_ == "NOUN" or (
        token.pos_ == "ADJ" and any(c.dep_ == "det" for c in children(token))
    )


def descriptor_owners(
    noun: Token,
    scheme: LabelScheme,
    affiliation: Iterable[str],
    depth: int = 3,
    through: Callable[[Token], bool] = lambda _: True,
) -> list[Token]:
    """Words that say whose ``noun`` is: its affiliation phrases ("a spokesman for the Red Cross",
    "woordvoerder van Shell"), and the names before it that modify it, through a chain of
    modifiers ("Supreme Court Justice", "Northwestern University public health expert").
    ``through`` says which common nouns of an affiliation phrase pass on to the name they are
    of."""
    words = set(affiliation)
    found = [arg for prep, arg in prepositional_args(noun, scheme) if prep in words]
    # "mayor of the Polish city of Gdansk", "burgemeester van de Poolse stad Gdansk": through a
    # common noun to the name it is of, or stands in apposition to
    for common in [t for t in found if t.pos_ == "NOUN" and not t.ent_type_ and through(t)]:
        found += [arg for prep, arg in prepositional_args(common, scheme) if prep in words]
        found += [c for c in children(common) if c.dep_ in scheme.appos and c.i > common.i]
    level = [noun]
    for _ in range(depth):
        deeper = []
        for head in level:
            for child in children(head):
                if child.i < head.i and child.dep_ in OWNER_LINKS:
                    found.append(child)
                    deeper.append(child)
        level = deeper
    return found


def origin_words(noun: Token, owners: Iterable[Token], office: bool) -> list[Token]:
    """The words among ``owners`` (from :func:`descriptor_owners`) that only say where the person
    ``noun`` describes is from: those before a noun that is no ``office`` (neither a title nor a
    noun that acts for whoever modifies it). "a three-year-old Syrian boy", "de Amerikaanse
    worsteljournalist": Syria and the United States are no employers (docs/annotation.md lists
    a demonym of origin as no form at all); "BBC journalist", "Iranian officials" stay theirs
    where the caller keeps organisations or offices."""
    if office:
        return []
    # "the government's lawyer, Richard Keen", "Tunisia's lawyer": a possessor says whose, not
    # where from
    return [t for t in owners if t.i < noun.i and t.dep_ not in ("poss", "nmod:poss")]


def seat_places(name: Span, scheme: LabelScheme, seats: Iterable[str]) -> list[Token]:
    """Proper nouns that say where an organisation sits, through a participle of ``seats`` on the
    name or on the noun it names: "UK-based retailer Tesco", "the Yemen-based Houthi movement",
    "het in Kenia gevestigde Amani Trust"."""
    words = set(seats)
    if not words:
        return []
    root = name.root
    # the noun right before the name ("retailer Tesco") or right after it ("Houthi movement"),
    # bound to it; in a list ("UK-based retailer Tesco and Denmark-based retailer Salling") a
    # participle further away belongs to another name
    nouns = [root] + [
        c
        for c in (*children(root), root.head)
        if c.pos_ == "NOUN"
        and c.i in (name.start - 1, name.end)
        and (c.head == root or root.dep_ in DESCRIPTOR_LINKS)
    ]
    return [place for noun in nouns for place in noun_seats(noun, words)]


def predicated_seats(
    name: Span, scheme: LabelScheme, seats: Collection[str], place_preps: Collection[str]
) -> list[Token]:
    """Proper nouns that a clause says an organisation sits in, the organisation its subject:
    "UNESCO is based in Paris", "Unesco is gevestigd in Parijs" (a participle of ``seats`` with
    a place phrase of ``place_preps``)."""
    root = name.root
    verb = root.head
    if verb == root or verb.lemma_.lower() not in seats:
        return []
    if root.dep_ not in scheme.subject | scheme.passive_subject:
        return []
    return [
        noun
        for prep, noun in prepositional_args(verb, scheme)
        if prep in place_preps and noun.pos_ == "PROPN"
    ]


def site_ends(
    noun: Token, scheme: LabelScheme, possessor_preps: Collection[str], place_preps: Collection[str]
) -> tuple[list[Token], list[Token]]:
    """(whose, where) for a noun of an organisation's premises: "Costco's store in Canberra",
    "the Atlantic Council's Washington headquarters", "het hoofdkantoor in Washington van Atlantic
    Council". Whose: the noun's possessor or the noun of its possessor phrase after it; where: the
    noun of a place phrase, or a proper noun compounded before it."""
    owners = [c for c in children(noun) if c.dep_ in scheme.possessive]
    places = [
        c
        for c in children(noun)
        if c.i < noun.i and c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod", "flat")
    ]
    for prep, arg in prepositional_args(noun, scheme):
        if prep in possessor_preps and arg.i > noun.i:
            owners.append(arg)
        elif prep in place_preps and arg.i > noun.i:
            places.append(arg)
    return owners, places


def noun_seats(noun: Token, seats: Collection[str]) -> list[Token]:
    """Proper nouns that a participle of ``seats`` before ``noun`` says it sits in: "the
    Luxembourg-based court", "het in Luxemburg gevestigde hof" (also a noun with no name of its
    own, which stands for the organisation a description names)."""
    return [
        c
        for participle in children(noun)
        if participle.i < noun.i and participle.lemma_.lower() in seats
        for c in children(participle)
        if c.i < participle.i and c.pos_ == "PROPN"
    ]


def name_before_title(name: Span, title_start: int) -> Token | None:
    """The last token of a name that ends right before a title starting at ``title_start`` and
    followed by ``name``, when the parser hung that name on the person or the title ("Santa
    Barbara County Sheriff Bill Brown", "WHO director-general Tedros" parsed flat): whose title it
    is. Not a name that belongs to the clause ("in Moscow President Putin": Moscow hangs on
    "in")."""
    doc = name.doc
    if title_start <= 0 or title_start >= name.start:
        return None
    before = doc[title_start - 1]
    if before.ent_iob_ not in ("B", "I"):
        return None
    start = name_start(before).i
    inside = range(start, before.i + 1)
    root = next((t for t in doc[start : before.i + 1] if t.head.i not in inside), before)
    if root.head.i not in range(title_start, name.end) or root.dep_ not in OWNER_LINKS:
        return None
    return before


#: Entity types a title written before a name can be held in ("governor of Alaska", "Mayor of
#: Koszalin", "senator voor Vermont").
TITLE_PLACE_TYPES = ("ORG", "COUNTRY", "LOCATION")


def title_across_place(
    name: Span,
    place: Span | None,
    is_title: Callable[[Token], bool],
    affiliation: Iterable[str],
) -> tuple[Token, Span] | None:
    """The title and the organisation or place of "TITLE of PLACE NAME" written before a person's
    name, where the parser often hangs the person on the place: "then-governor of Alaska Sarah
    Palin", "Mayor of Koszalin Piotr Jedlinski", "de Amerikaanse senator voor Vermont Bernie
    Sanders". ``place`` is the name that ends right before the person's (if any); the
    affiliation word (and articles) stand right before it and a title right before the word."""
    doc = name.doc
    if place is None or place.end != name.start or place.label_ not in TITLE_PLACE_TYPES:
        return None
    i = place.start - 1
    while i > 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 1 or doc[i].lower_ not in set(affiliation) or not is_title(doc[i - 1]):
        return None
    return doc[i - 1], place
