"""Event nouns in a parse: the event a noun names, read with its compound modifiers, and the
prepositional arguments of an event noun, with those the parser hung on its actor.

In "de uitwisseling van informatie door Marokko met Frankrijk" the Dutch model hangs "met
Frankrijk" on "Marokko", and in "de afwijzing door Mali van de bemiddeling van Ecowas" it hangs
"van de bemiddeling" on "Mali". A proper name takes no partner, recipient or owner of its own, so
such a phrase after the name that is the event's agent or owner belongs to the event.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from extract.grammar.event_senses import load_sense_readings, sense_reading_nouns
from extract.grammar.syntax import (
    LabelScheme,
    children,
    doc_lang,
    doc_tokens,
    has_infinitive_marker,
    infinitive_markers,
    is_passive,
    prepositional_args,
)
from extract.lexicon import Lexicon, NounEvent

#: Labels of the words before a noun that say who makes its act: "union strike", "the nurses'
#: strike", "de stakingen van het personeel" (nmod), "a strike by the union" (pobj of the agent).
MAKER_LABELS = ("compound", "poss", "nmod:poss", "nmod", "amod", "obl:agent")
#: Labels of an act noun that is its verb's object, and of that verb's subject, who then makes
#: the act ("the workers staged a strike").
OBJECT_LABELS = ("dobj", "obj")
#: The fewest letters a closed compound puts before the head it is read by ("solidariteits" +
#: "acties", "piloten" + "vakbond"): "reactie" and "transactie" are no acties.
MIN_PART = 6
SUBJECT_LABELS = ("nsubj",)


def noun_event_of(noun: Token, lexicon: Lexicon) -> NounEvent | None:
    """The event ``noun`` names in the noun lexicon, read first with the compound modifiers
    before it ("impeachment inquiry", "trade deal"), then by its lemma and its form, so that one
    lookup serves every route that types an act noun.
    """
    lemma = noun.lemma_.lower()
    words = complement_words(noun) + support_verb_words(noun, lexicon)
    forms = [f"{lemma} {word}" for word in dict.fromkeys(words)] + [lemma, noun.lower_]
    return (
        sense_reading(noun, lexicon)
        or modified_noun_event(noun, lexicon)
        or next(filter(None, map(lexicon.noun_event, forms)), None)
    )


def modified_noun_event(noun: Token, lexicon: Lexicon) -> NounEvent | None:
    """The event the noun lexicon lists ``noun`` as with its compound or adjective before it
    ("impeachment inquiry", "humanitarian support": AID), or None when it lists no such form."""
    return next(filter(None, map(lexicon.noun_event, modified_forms(noun, adjective=True))), None)


def modified_forms(noun: Token, adjective: bool = False) -> list[str]:
    """The lemma of ``noun`` with the compound modifiers before it ("press conference"), and,
    when ``adjective``, with the adjective right before it ("legal action", "militaire
    operatie"), as the lexicons list such nouns; empty when it has neither."""
    lemma = noun.lemma_.lower()
    compounds = [c.lower_ for c in children(noun) if c.dep_ == "compound" and c.i < noun.i]
    forms = [" ".join(compounds + [lemma])] if compounds else []
    # the word before from the document's Token list (``doc[i]`` makes a new Token), its label
    # before its head (``head`` makes another)
    before = doc_tokens(noun.doc)[noun.i - 1] if adjective and noun.i > 0 else None
    if before is not None and before.dep_ == "amod" and before.head == noun:
        forms.append(f"{before.lower_} {lemma}")
    return forms


def complement_words(noun: Token) -> list[str]:
    """The words that open the complements after ``noun``, by which the noun lexicon may list a
    sense of its own ("call for", "call to": a call on someone to act is a demand, a call alone
    a phone call): the preposition of each phrase and, for an infinitive clause, its marker. A
    preposition that is also the infinitive marker is left out ("a call to Zelensky" is a phone
    call: only "a call to act" reads as "call to")."""
    markers = infinitive_markers(doc_lang(noun.doc))
    words: list[str] = []
    for child in children(noun):
        if child.i < noun.i:
            continue
        if child.pos_ == "VERB" and has_infinitive_marker(child):
            words += [c.lower_ for c in children(child) if c.lower_ in markers][:1]
            continue
        words += [prep for prep in _opening(child) if prep not in markers]
    return list(dict.fromkeys(words))


def support_verb_words(noun: Token, lexicon: Lexicon) -> list[str]:
    """The prepositions of the phrases after ``noun`` that the parser hung on the support verb
    whose object it is: in a light-verb phrase the phrase belongs to the noun ("deed uitspraak
    tegen Trump" is a ruling against Trump, though the Dutch model hangs "tegen Trump" on
    "deed"), so a sense the noun lexicon lists with that preposition holds; as with
    :func:`complement_words`, not the infinitive marker; empty for a noun that is no support
    verb's object."""
    verb = noun.head
    if noun.dep_ not in OBJECT_LABELS or verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return []
    if not lexicon.is_support_verb(verb.lemma_.lower()):
        return []
    markers = infinitive_markers(doc_lang(noun.doc))  # "gave a call to Zelensky": no demand
    return [
        word
        for child in children(verb)
        if child.i > noun.i
        for word in _opening(child)
        if word not in markers
    ]


def _opening(child: Token) -> list[str]:
    """The preposition that opens the phrase ``child`` heads or is (ClearNLP hangs the
    preposition, UD its noun with a ``case`` word), or nothing."""
    if child.pos_ == "ADP" and child.dep_ == "prep":
        return [child.lower_]
    return [c.lower_ for c in children(child) if c.dep_ == "case"][:1]


def particle_word(noun: Token) -> list[str]:
    """The particle right after ``noun`` that makes one word with it, written without its hyphen
    ("the swearing in of the new Congress", "at the swearing in"): an adverb, particle or
    preposition with no object of its own, however the parser attached it; a preposition that
    opens a phrase ("the fire in the building", Dutch "de brand in het gebouw") is none."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return []
    word = doc[noun.i + 1]
    if word.pos_ not in ("ADP", "ADV", "PART") or word.dep_ == "case":
        return []
    if any(child.dep_ in ("pobj", "pcomp") for child in children(word)):
        return []
    return [word.lower_]


def event_noun_args(
    noun: Token,
    scheme: LabelScheme,
    agent: Iterable[str],
    owner: Iterable[str],
    aimed: Iterable[str],
) -> list[tuple[str, Token]]:
    """(preposition, argument) pairs of the event ``noun``: its own phrases, then the phrases
    hung on a proper name that is its ``agent`` ("door") or ``owner`` ("van") phrase: those
    ``aimed`` at someone (recipient and target prepositions: "met", "tegen", "op") after either,
    and an ``owner`` phrase after an agent (the one the act is done to: "door Mali van het
    plan"); and an agent phrase hung on the thing or the name the act is done to ("de
    uitwisseling van gegevens door België met Nederland", "the detention of Besigye by
    Uganda"). Place phrases stay with the name ("door de politie in
    Hongkong")."""
    agent, owner, aimed = frozenset(agent), frozenset(owner), frozenset(aimed)
    found = [(p, a) for p, a in prepositional_args(noun, scheme) if not multiword_phrase(a, scheme)]
    found += _agents_on_the_verb(noun, scheme, agent, found)
    for prep, arg in found:  # grows while it is read: a moved agent name brings its partner
        if _is_name(arg):
            # "the detention of Kizza Besigye by Uganda", "de blokkade van Gaza door Israël": an
            # agent phrase hung on the name the act is done to is the act's agent
            wanted = (
                aimed | owner if prep in agent else aimed | agent if prep in owner else frozenset()
            )
        else:
            # "de uitwisseling van gegevens door België": a thing has no agent, the act has
            wanted = agent if prep in owner else frozenset()
        found += [
            (p, a)
            for p, a in prepositional_args(arg, scheme)
            if p in wanted and a.i > arg.i and (p, a) not in found
        ]
    return found


def multiword_phrase(arg: Token, scheme: LabelScheme) -> bool:
    """Whether ``arg``'s phrase opens with a preposition of several words that the parser made
    one, its first word the case marker with a noun fixed to it (UD: "op verzoek van Duitsland",
    "met steun van de VS", "onder leiding van X"): the phrase's part is not its first word's ("op"
    marks no target here, "met" no partner), and "op verzoek van" is read on its own (see
    ``NominalRelations._multiword_owners``)."""
    if scheme.preposition_heads_noun:
        return False
    prep = next((c for c in children(arg) if c.dep_ in scheme.case), None)
    return prep is not None and any(
        c.dep_ == "fixed" and c.pos_ == "NOUN" and c.i > prep.i for c in children(prep)
    )


def _agents_on_the_verb(
    noun: Token, scheme: LabelScheme, agent: frozenset[str], found: list[tuple[str, Token]]
) -> list[tuple[str, Token]]:
    """The agent phrases the parser hung on the active verb whose subject ``noun`` is, between
    the two ("de blokkade van Gaza door Israël duurt": "door Israël" on "duurt"): an active
    verb has no agent of its own, so the phrase is the event noun's."""
    verb = noun.head
    if noun.dep_ not in scheme.subject or verb.i <= noun.i or is_passive(verb, scheme):
        return []
    return [
        (p, a)
        for p, a in prepositional_args(verb, scheme)
        if p in agent and noun.i < a.i < verb.i and (p, a) not in found
    ]


def _is_name(token: Token) -> bool:
    """A proper name: a PROPN or a token of a named entity."""
    return token.pos_ == "PROPN" or bool(token.ent_type_)


def sense_reading(noun: Token, lexicon: Lexicon) -> NounEvent | None:
    """The event ``noun`` names in a phrase of ``eventsenses.<lang>.tsv`` that reads it as
    another noun (its ``as`` column), or None: "a strike by the union", "the nurses' strike",
    "workers on strike" are a labour strike (PROTEST), where "a strike" alone is an attack.

    The phrase's other word is the word right before or after the noun that hangs on it or it
    on ("on strike"), or, before the noun in the phrase, a word that says who makes the act
    (:func:`maker_words`)."""
    lang = doc_lang(noun.doc)
    nouns = sense_reading_nouns(lang)  # sorted
    if not nouns:
        return None
    readings = load_sense_readings(lang)
    lemma = noun.lemma_.lower()
    if lemma not in nouns and lexicon.closed_compounds:
        # "solidariteitsacties": an actie, read by its head as the closed compound's; not a word
        # that only ends like one ("reactie", "transactie")
        lemma = next(
            (n for n in nouns if lemma.endswith(n) and len(lemma) - len(n) >= MIN_PART),
            lemma,
        )
    if lemma not in nouns:
        return None  # most nouns: no phrase reads them otherwise
    tokens = doc_tokens(noun.doc)
    near = [
        t
        for t in tokens[max(noun.i - 1, 0) : noun.i + 2]
        if t.i != noun.i and (t.head.i == noun.i or noun.head.i == t.i)
    ]
    phrases = [
        ((form, lemma) if word.i < noun.i else (lemma, form))
        for word in near
        for form in (word.lower_, word.lemma_.lower())
    ]
    makers = [form for word in maker_words(noun) for form in (word.lower_, word.lemma_.lower())]
    if lexicon.closed_compounds:  # "de pilotenvakbond": a vakbond
        makers += [
            first
            for first, second in readings
            if second == lemma
            and any(m.endswith(first) and len(m) - len(first) >= MIN_PART for m in makers)
        ]
    phrases += [(form, lemma) for form in makers]
    for phrase in phrases:
        found = lexicon.noun_event(readings[phrase]) if phrase in readings else None
        if found is not None:
            return found
    return None


def maker_words(noun: Token) -> list[Token]:
    """The words that may say who makes the act ``noun`` names: a modifier before it ("the
    nurses' strike", "union strike"), the noun of its agent or owner phrase ("a strike by the
    union", "de staking van het personeel"), and their own modifiers and owner phrases ("by the
    pilots' union ALPA", "by members of the union")."""
    preps = _argument_prepositions(doc_lang(noun.doc))
    makers = [c for c in children(noun) if c.i < noun.i and c.dep_ in MAKER_LABELS]
    makers += _phrase_objects(noun, preps, after=noun.i)
    if noun.dep_ in OBJECT_LABELS:  # "the union held a strike", "de bond voerde acties"
        makers += [c for c in children(noun.head) if c.dep_ in SUBJECT_LABELS]
    for maker in list(makers):
        makers += [c for c in children(maker) if c.i < maker.i and c.dep_ in MAKER_LABELS]
        makers += _phrase_objects(maker, preps - _agent_prepositions(doc_lang(noun.doc)), maker.i)
    return list(dict.fromkeys(makers))


def _phrase_objects(word: Token, preps: frozenset[str], after: int) -> list[Token]:
    """The nouns of the phrases after ``word`` that open with one of ``preps``: with the
    preposition as head (ClearNLP "prep"/"pobj") or as the noun's case marker (UD)."""
    found: list[Token] = []
    for child in children(word):
        if child.i < after:
            continue
        if child.dep_ == "prep" and child.lower_ in preps:
            found += [g for g in children(child) if g.dep_ == "pobj"]
        elif child.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "case" and c.lower_ in preps for c in children(child)
        ):
            found.append(child)
    return found


def _agent_prepositions(lang: str) -> frozenset[str]:
    """The prepositions of ``lang`` that open an act's agent phrase ("by", "door")."""
    from extract.grammar.argument_words import load_grammar

    return load_grammar(lang).prepositions.agent


def _argument_prepositions(lang: str) -> frozenset[str]:
    """The prepositions of ``lang`` that open an act's agent or owner phrase ("by", "of")."""
    from extract.grammar.argument_words import load_grammar

    preps = load_grammar(lang).prepositions
    return preps.agent | preps.possessor
