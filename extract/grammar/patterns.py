"""Syntactic relation patterns, one small function each.

A pattern takes a trigger token (a verb, or a role noun) and yields
:class:`Candidate` triples of tokens. Patterns find structure only: which
tokens are the actor and the recipient. Which entities those tokens stand for
is decided in :mod:`extract.grammar.arguments`, and the relation type comes
from the language's lexicon in :mod:`extract.components.relations`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Mapping, Sequence

from spacy.tokens import Span, Token

from extract.grammar.lemmas import speech_phrase_governor
from extract.grammar.syntax import (
    LabelScheme,
    adjacent_possessor,
    agents,
    borrows_subject,
    children,
    copula_predicates,
    doc_tokens,
    has_infinitive_marker,
    is_passive,
    is_subject,
    labelled_arcs,
    listed_between,
    objects,
    passive_subjects,
    prepositional_args,
    reads_as_passive,
    sentence_bounds,
    speaking_subjects,
    stranded_in_clause,
    subjects,
    titled_name,
    with_conjuncts,
)


@dataclass(frozen=True)
class Candidate:
    """Actor and recipient tokens linked through ``trigger`` by ``pattern``."""

    pattern: str
    actor: Token
    recipient: Token
    trigger: Token


@dataclass(frozen=True)
class Prepositions:
    """Which prepositions mark a recipient, an agent, a place or a possessor in one language."""

    recipient: frozenset[str]
    agent: frozenset[str]
    place: frozenset[str]
    possessor: frozenset[str]
    between: frozenset[str]
    #: "op een persconferentie", "at a press conference": the subject takes part in the event.
    attend: frozenset[str] = frozenset()
    #: "German firms including X and Y", "Duitse bedrijven als X en Y": the names the noun stands
    #: for.
    example: frozenset[str] = frozenset()
    #: "spoke with X", "sprak met X": whom one talks with, a partner in a conversation rather
    #: than the addressee of a statement.
    partner: frozenset[str] = frozenset()
    #: "told it to X", "zei tegen X": whom a speaker addresses. Narrower than ``recipient``: a
    #: speaker "said on Twitter", "wrote for the Court", "reported on the war" addresses no one
    #: of them (on the English dev split such phrases made 6 wrong statements and no right one).
    addressee: frozenset[str] = frozenset()
    #: "fought for Ukraine", "streden voor Oekraïne": on whose behalf or side one acts, never the
    #: target of a hostile act.
    beneficiary: frozenset[str] = frozenset()
    #: "on Twitter", "via Instagram", "op Twitter": the channel one speaks or acts through, when
    #: it names a platform (``Grammar.platforms``): never a party to the act.
    channel: frozenset[str] = frozenset()
    #: "served as president", "diende als voorzitter": the office in which the subject acts.
    capacity: frozenset[str] = frozenset()
    #: "said about Amman", "zei over Rutte": whom a speaker speaks about, when the phrase is a
    #: name of its own (docs/annotation.md: STATEMENT to the main subject, "said of Trump").
    topic: frozenset[str] = frozenset()
    #: "Fairfield, in California", "Karaj, in Iran": the place phrases that put one place inside
    #: another (LOCATED_IN); narrower than ``place``, which also has "near", "bij", "rond":
    #: "Karaj, near Tehran" is near Tehran, not in it (docs/annotation.md).
    within: frozenset[str] = frozenset()
    #: "Tomsk in Siberia", "Tomsk in Siberië": narrower than ``within``, the preposition by which
    #: a place named right after another place's name holds it, whatever the order says of two
    #: known places ("at", "te" also name a site inside a town: "in Athens at the Zappeion").
    inside: frozenset[str] = frozenset()
    #: "pro-Beijing candidates", "anti-Moscow protests": a prefix joined by a hyphen to a name
    #: that says for or against whom one stands; a capital after it is its government.
    stance: frozenset[str] = frozenset()
    #: "a lawsuit against the decree", "sanctions over the annexation", "kritiek op het besluit":
    #: after a hostile act's noun, the act or event it contests, whose makers it is aimed at.
    contest: frozenset[str] = frozenset()
    #: "Senator from Vermont X": after a title, the place its holder represents, whose office
    #: it is (ROLE to the place, as after "of"; not "for"/"voor", which the gold leaves out).
    constituency: frozenset[str] = frozenset()
    #: "was suspended from the African Union", "werd geschorst uit de Afrikaanse Unie": after a
    #: passive that cuts ties or removes with no agent phrase, the body one is removed from, which
    #: does it.
    expelling: frozenset[str] = frozenset()
    #: "recaptured the town from the Houthis", "heroverden de stad op IS": after a verb of
    #: taking, the one it is taken from (an event's target).
    dispossessed: frozenset[str] = frozenset()
    #: "a probe into Microsoft", "een onderzoek naar Shell": after an inquiry's noun, whom or what
    #: it looks into; read on the support verb too, where the parser hangs the noun's phrase
    #: ("launched a probe into Microsoft").
    scrutiny: frozenset[str] = frozenset()
    #: "the withdrawal from the treaty", "een onderzoek naar Shell": besides the recipient ones,
    #: the prepositions after an event noun that name what it is aimed at; after a verb they make
    #: the noun the verb's argument, no adjunct its subject made ("withdrew from a treaty").
    noun_target: frozenset[str] = frozenset()
    #: "the bombing of Syria", "the killing of X": after a noun of force (an ASSAULT event) with
    #: no maker named before it or in an agent phrase, the phrase that names whom it befell (its
    #: target), not its maker. None in Dutch: "de aanval van Rusland" names the attacker.
    befallen: frozenset[str] = frozenset()
    #: "tot pandemie verklaard", "classified the outbreak as a pandemic", "upgraded to a
    #: hurricane": the class a reporting verb declares a happening to be; not a time or place
    #: phrase ("bevestigde na de dood van X", "said during the pandemic").
    designation: frozenset[str] = frozenset()


Pattern = Callable[[Token, LabelScheme, Prepositions], Iterator[Candidate]]


def subject_verb_object(
    verb: Token, scheme: LabelScheme, preps: Prepositions
) -> Iterator[Candidate]:
    """'Rusland viel Oekraïne binnen' -> (Rusland, binnenvallen, Oekraïne)."""
    for actor in subjects(verb, scheme):
        for recipient in objects(verb, scheme):
            yield Candidate("subject_verb_object", actor, recipient, verb)


def subject_verb_oblique(
    verb: Token, scheme: LabelScheme, preps: Prepositions
) -> Iterator[Candidate]:
    """'Oekraïne oefent druk uit op de Verenigde Staten' -> (Oekraïne, uitoefenen, Verenigde
    Staten). Not a clause with a subject of its own after the preposition: "attacked the inquiry,
    with Scalise calling the investigation into Trump Soviet-style" tells a circumstance, and
    whoever its clause names is no partner of the act."""
    for actor in subjects(verb, scheme):
        for prep, recipient in prepositional_args(verb, scheme):
            if prep in preps.recipient and not _has_own_subject(recipient, scheme):
                yield Candidate("subject_verb_oblique", actor, recipient, verb)


def passive_in_statement(
    adjuncts: Mapping[tuple[str, str], frozenset[str]],
    verb: Token,
    scheme: LabelScheme,
    preps: Prepositions,
) -> Iterator[Candidate]:
    """'Turkey was condemned in a joint statement by Egypt and Greece', 'Turkije werd in een
    verklaring van Egypte veroordeeld' -> (Egypt, condemn, Turkey): a passive with no agent of its
    own whose phrase names a statement, letter or declaration (``adjuncts`` kind ``author``: the
    noun -> the prepositions that mark its makers) was done by whoever made it."""
    recipients = passive_subjects(verb, scheme)
    if not recipients and is_passive(verb, scheme):
        # "Turkey is under sanctions and was condemned in ...": the subject its conjunct shares
        recipients = subjects(verb, scheme)
    if not recipients or agents(verb, scheme, preps.agent):
        return
    for _prep, noun in prepositional_args(verb, scheme):
        for maker in statement_makers(adjuncts, noun, scheme):
            for recipient in recipients:
                yield Candidate("passive_with_agent", maker, recipient, verb)


def statement_makers(
    adjuncts: Mapping[tuple[str, str], frozenset[str]], noun: Token, scheme: LabelScheme
) -> list[Token]:
    """The makers a statement or report names in its own phrase: "a joint statement by Egypt",
    "the reports by the Red Cross", "het rapport van de WHO" (``adjuncts`` kind ``author``: the
    noun -> the prepositions that mark its makers), and, where a row's preposition is "-", a
    name before it or its possessor ("the official WHO report", "the WHO's situation report");
    none for another noun."""
    marks = adjuncts.get(("author", noun.lemma_.lower()), frozenset())
    if not marks:
        return []
    makers = [maker for prep, maker in prepositional_args(noun, scheme) if prep in marks]
    if "-" in marks:
        makers += [
            c
            for c in children(noun)
            if c.i < noun.i
            and (c.dep_ in scheme.possessive or c.dep_ == "compound" and c.pos_ == "PROPN")
        ]
    return makers


def _has_own_subject(token: Token, scheme: LabelScheme) -> bool:
    """Whether ``token`` is a verb heading a clause with its own subject ("with Scalise
    calling ...")."""
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ in scheme.subject for c in children(token))


#: Labels of a participle on the noun it describes, and the tags of such a noun.
_ATTRIBUTIVE = frozenset({"acl", "amod"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def passive_with_agent(
    verb: Token, scheme: LabelScheme, preps: Prepositions
) -> Iterator[Candidate]:
    """'Het lidmaatschap werd door Trump uitgesloten' -> (Trump, uitsluiten, lidmaatschap)."""
    recipients = passive_subjects(verb, scheme)
    actors = agents(verb, scheme, preps.agent, hosts=preps.recipient)
    # an agent phrase, labelled so or hung on a noun of the clause ("werden door Rusland
    # soldaten naar de grens gestuurd")
    by = [c for c in children(verb) if c.dep_ in scheme.agent] or [
        a for a in actors if a.head != verb or reads_as_passive(verb, scheme)
    ]
    if not recipients and by:
        # "Maria Kalesnikava is door Loekasjenko begenadigd" with the subject labelled active: an
        # agent phrase makes the clause passive, so its subject is the recipient.
        recipients = [c for c in children(verb) if c.dep_ in scheme.subject]
    attributive = verb.dep_ in _ATTRIBUTIVE and verb.head.pos_ in _NOMINAL and verb.i < verb.head.i
    if not recipients and not actors and attributive:
        # "Iran-backed rebels", "the Sanders-backed candidate": a name joined to the participle by
        # a hyphen is its agent (a people's adjective, "Iranian-backed", names no one here: the
        # backing route reads it as its country)
        actors = [a for a in hyphened_agents(verb) if a.pos_ == "PROPN"]
    if not recipients and actors and attributive:
        # "de door Rusland bestookte opslagplaats van het Rode Kruis": a participle with an agent
        # phrase before the noun it describes is a passive of that noun (also one the tagger took
        # for a past form, "bestookte"). Not one after its noun: "SpaceX, backed by Elon Musk"
        # describes the company (on the English dev split one wrong SUPPORT, no right one).
        recipients = [verb.head]
        by = by or actors
    if by:
        # "zijn door Australië aan Indonesië doorgegeven": the recipient phrase of a passive.
        recipients = recipients + [
            noun
            for prep, noun in prepositional_args(verb, scheme)
            if prep in preps.recipient and noun not in actors
        ]
    if not recipients:
        return
    for actor in actors:
        for recipient in recipients:
            yield Candidate("passive_with_agent", actor, recipient, verb)


def hyphened_agents(verb: Token) -> list[Token]:
    """The word joined by a hyphen to a past participle before its noun: a name ("Iran-backed
    rebels", "the Bernie Sanders-backed candidate") or a people's adjective ("an Iranian-backed
    militia", "a British-backed coup"), which only a caller that knows demonyms can read. A
    child of the participle right before the hyphen, with no space on either side of it."""
    doc = verb.doc
    if verb.i < 2 or not _past_participle(verb):
        return []
    hyphen = doc[verb.i - 1]
    if hyphen.text not in ("-", "‐") or hyphen.whitespace_:
        return []
    return [c for c in children(verb) if c.i == verb.i - 2 and not c.whitespace_]


def passive_from_body(verb: Token, scheme: LabelScheme, preps: Prepositions) -> Iterator[Candidate]:
    """'Gabon was suspended from the African Union' -> (African Union, suspend, Gabon): a
    passive with no agent phrase, whose ``expelling`` phrase names the body one is removed from.
    Read only for acts that cut ties or remove (see VerbRelations), where that body acts."""
    recipients = passive_subjects(verb, scheme)
    if not recipients or any(c.dep_ in scheme.agent for c in children(verb)):
        return
    if agents(verb, scheme, preps.agent, hosts=preps.recipient):
        return
    for prep, noun in prepositional_args(verb, scheme):
        if prep in preps.expelling:
            for recipient in recipients:
                yield Candidate("passive_from_body", noun, recipient, verb)


def names_a_court(noun: Token, judges: frozenset[str]) -> bool:
    """Whether ``noun`` (with the words of its name) ends in a word of ``judges``, the court words
    of ``courts.<lang>.tsv``: "U.S. Federal Court", "the Superior Court", "de rechtbank"."""
    words = [noun] + [c for c in children(noun) if c.dep_ in ("flat", "compound", "appos")]
    forms = [form for word in words for form in (word.lower_, word.lemma_.lower())]
    return any(form.endswith(judge) for form in forms for judge in judges)


def _place_nouns(verb: Token, scheme: LabelScheme, preps: Prepositions) -> list[Token]:
    """The nouns of ``verb``'s place phrases, also where the parser hangs the phrase on the
    adjective the verb predicates or on the noun of its recipient phrase ("pleaded guilty to
    the charges at the Superior Court", with "at" under "charges")."""
    heads = [verb] + [c for c in children(verb) if c.pos_ == "ADJ"]
    found: list[Token] = []
    for head in heads:
        for prep, noun in prepositional_args(head, scheme):
            if prep in preps.place:
                found.append(noun)
            elif prep in preps.recipient:
                found += [n for p, n in prepositional_args(noun, scheme) if p in preps.place]
    return found


def court_in_place(
    judges: frozenset[str], verb: Token, scheme: LabelScheme, preps: Prepositions
) -> Iterator[Candidate]:
    """A court named only in a place phrase of a court's act: a passive with no agent is the
    court's doing ("was sentenced in U.S. Federal Court", "werd in de rechtbank van Utrecht
    veroordeeld" -> (court, sentence, the sentenced)); an act with a subject and no object is
    made to the court ("pleaded guilty at the Superior Court", "pleitte bij het Superior Court
    schuldig" -> (the pleader, plead, court)). ``judges``: the court words (see
    :func:`names_a_court`). Read only for the acts of courts and pleas (see VerbRelations)."""
    courts = [noun for noun in _place_nouns(verb, scheme, preps) if names_a_court(noun, judges)]
    if not courts or any(c.dep_ in scheme.agent for c in children(verb)):
        return
    if agents(verb, scheme, preps.agent, hosts=preps.recipient):
        return
    recipients = passive_subjects(verb, scheme)
    for court in courts:
        for recipient in recipients:
            yield Candidate("court_in_place", court, recipient, verb)
    if recipients or objects(verb, scheme):
        return
    for actor in subjects(verb, scheme):
        for court in courts:
            yield Candidate("court_in_place", actor, court, verb)


def speech_with_content(
    verb: Token, scheme: LabelScheme, preps: Prepositions
) -> Iterator[Candidate]:
    """'Poetin zei dat Europa ...' -> (Poetin, zeggen, each name in the reported clause).

    The recipient tokens are the heads of every noun in the complement clause; the
    argument resolver keeps those that are entities.
    """
    speakers = subjects(verb, scheme) or [c for c in children(verb) if c.dep_ in scheme.agent]
    if not speakers:
        return
    for clause in children(verb):
        if clause.dep_ in scheme.complement or (
            clause.dep_ in scheme.object | {"xcomp"} and clause.pos_ in ("VERB", "AUX")
        ):
            for token in [*clause.subtree, *stranded_in_clause(clause)]:
                if token.pos_ in ("PROPN", "NOUN", "ADJ") and token.dep_ not in scheme.name_part:
                    for speaker in speakers:
                        yield Candidate("speech_with_content", speaker, token, verb)


def reported_clauses(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The clauses the speech verb ``verb`` reports: its complements that are clauses, a verb's
    or, as UD heads a copular clause, its predicate's ("zei dat de schade groot was"); without
    one, the clause it hangs on as a parataxis, where the Dutch parser makes the quote the head
    ('zei: "Het virus is een ziekte ..."', '"De situatie verslechtert", zei Cordeiro')."""
    own = [c for c in children(verb) if c.dep_ in scheme.complement]
    if own:
        return [c for c in own if _heads_clause(c, scheme)]
    head = verb.head
    if verb.dep_ == "parataxis" and head != verb and _heads_clause(head, scheme):
        return [head]
    return []


def _heads_clause(token: Token, scheme: LabelScheme) -> bool:
    """Whether ``token`` heads a clause: a verb, or a predicate over its copula (UD)."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ in scheme.copula for c in children(token))


def speech_topic(verb: Token, scheme: LabelScheme, preps: Prepositions) -> Iterator[Candidate]:
    """'Mangal said the attack had killed twelve', 'Mangal zei dat de aanslag twaalf doden eiste'
    -> (Mangal, attack): what a reported clause (see reported_clauses) is about is its own
    subject (a passive one included), not every name in it (see speech_with_content)."""
    speakers = subjects(verb, scheme) or [c for c in children(verb) if c.dep_ in scheme.agent]
    if not speakers:
        return
    for clause in reported_clauses(verb, scheme):
        labels = scheme.subject | scheme.passive_subject
        topics = [c for c in children(clause) if c.dep_ in labels]
        topics += [t for t in stranded_in_clause(clause) if t.dep_ in labels][:1]
        for topic in topics[:1]:
            for speaker in speakers:
                yield Candidate("speech_topic", speaker, topic, verb)


def verb_final_clause(
    verb: Token,
    openers: frozenset[str],
    negators: frozenset[str] = frozenset(),
    names: Sequence[Span] | None = None,
) -> Iterator[Candidate]:
    """'sinds Rusland Oekraïne binnenviel' -> (Rusland, binnenvallen, Oekraïne), read by word order.

    A fallback for languages whose subordinate clauses put the verb last (Dutch): there the
    first bare name is the subject and the next one the object, whatever the parser made of
    them (it tends to join two adjacent country names into one and to take the final verb for
    a noun). Only a plain clause is read: an opener from ``openers``, then up to ``verb`` at the
    clause's end exactly two names without a preposition before them, and no punctuation,
    coordinator, negation or other verb in between. The tree patterns are tried first.
    """
    doc = verb.doc
    tokens = doc_tokens(doc)  # made once: ``doc[i]`` makes a new Token at every look
    after = verb.i + 1
    if after < len(tokens) and not tokens[after].is_punct and not tokens[after].is_sent_start:
        return  # the verb does not end its clause
    start = sentence_bounds(verb)[0]
    opener = next(
        (
            t
            for t in reversed(tokens[start : verb.i])
            if t.lower_ in openers or t.is_punct or t.pos_ == "VERB"
        ),
        None,
    )
    if opener is None or opener.lower_ not in openers:
        return
    clause = tokens[opener.i + 1 : verb.i]
    if any(t.pos_ in ("CCONJ", "SCONJ") or t.lower_ in negators for t in clause):
        return
    # ``names``: the sentence's names when the caller has them (Span.ents walks every name of the
    # Doc).
    bare = [
        ent
        for ent in (verb.sent.ents if names is None else names)
        if opener.i < ent.start and ent.end <= verb.i and _preposition_before(ent) in (None, opener)
    ]
    if len(bare) == 2:
        yield Candidate("verb_final_clause", bare[0].root, bare[1].root, verb)


def _preposition_before(name: Span) -> Token | None:
    """The preposition that governs ``name`` by position ('in de stad X' -> 'in'), or None."""
    i = name.start - 1
    first = sentence_bounds(name[0])[0]
    while i >= first and name.doc[i].pos_ in ("DET", "ADJ", "NUM"):
        i -= 1
    before = name.doc[i] if i >= first else None
    return before if before is not None and before.pos_ == "ADP" else None


def shared_passive(verb: Token, scheme: LabelScheme, preps: Prepositions) -> Iterator[Candidate]:
    """Coordinated passives share their subject and agent: 'Kuwait was attacked and occupied by
    Iraq' (the agent on the last), 'Koeweit werd door Irak aangevallen en bezet' (on the first),
    'John Smith werd opgepakt en door de FBI aangeklaagd', and a passive conjunct of an active
    clause takes its subject: 'Iraq invaded Kuwait and was condemned by the UN' -> (UN, condemn,
    Iraq). A conjunct with a subject of its own is a clause of its own. The agent of a later
    conjunct is shared back only with a verb right before it ("attacked and occupied by"), that
    of an earlier one only when it stands before that verb ("door Irak aangevallen en bezet")."""
    if not _coordinated(verb, scheme):
        return
    if _has_subject(verb, scheme):
        if passive_subjects(verb, scheme) and not agents(verb, scheme, preps.agent):
            for later in _adjacent_conjuncts(verb, scheme):
                if _has_subject(later, scheme) or is_passive(later, scheme):
                    continue
                for actor in agents(later, scheme, preps.agent):
                    for recipient in passive_subjects(verb, scheme):
                        yield Candidate("shared_passive", actor, recipient, verb)
        return
    first = verb.head
    if verb.dep_ not in scheme.conj or first == verb or first.pos_ not in ("VERB", "AUX"):
        return
    first_passive = is_passive(first, scheme) or bool(passive_subjects(first, scheme))
    if is_passive(verb, scheme):
        recipients = passive_subjects(first, scheme) or subjects(first, scheme)
    elif first_passive and _past_participle(verb):
        recipients = passive_subjects(first, scheme)
    else:
        return
    actors = agents(verb, scheme, preps.agent)
    if not actors and first_passive:
        actors = [a for a in agents(first, scheme, preps.agent) if a.i < first.i]
    for actor in actors:
        for recipient in recipients:
            yield Candidate("shared_passive", actor, recipient, verb)


def shared_object(verb: Token, scheme: LabelScheme, preps: Prepositions) -> Iterator[Candidate]:
    """Verbs coordinated right beside each other share the object one of them lacks: 'Iraq
    attacked and occupied Kuwait' -> (Iraq, attack, Kuwait), the object after the last verb; 'Irak
    heeft Koeweit aangevallen en bezet' -> (Irak, bezetten, Koeweit), the object before the first.
    Only where nothing but a coordinator stands between the two verbs and the later one has no
    subject of its own ("Russia attacked and Ukraine defended Kyiv" is two clauses)."""
    if (
        not _coordinated(verb, scheme)
        or objects(verb, scheme)
        or passive_subjects(verb, scheme)
        or is_passive(verb, scheme)
    ):
        return
    recipients = [
        o
        for later in _adjacent_conjuncts(verb, scheme)
        if not _has_subject(later, scheme)
        for o in objects(later, scheme)
        if o.i > later.i
    ]
    first = verb.head
    if not _has_subject(verb, scheme) and verb in _adjacent_conjuncts(first, scheme):
        recipients += [o for o in objects(first, scheme) if o.i < first.i]
    for actor in subjects(verb, scheme) if recipients else []:
        for recipient in recipients:
            yield Candidate("shared_object", actor, recipient, verb)


def _coordinated(verb: Token, scheme: LabelScheme) -> bool:
    """Whether ``verb`` is a conjunct or has one (only such a verb can share an argument): a
    look-up in the document's coordination arcs, as every verb of every sentence is asked."""
    conjuncts, firsts = labelled_arcs(verb.doc, scheme.conj)
    return verb.i in conjuncts or verb.i in firsts


def _has_subject(verb: Token, scheme: LabelScheme) -> bool:
    """Whether ``verb`` has a subject or passive subject of its own."""
    labels = scheme.subject | scheme.passive_subject
    return any(c.dep_ in labels for c in children(verb))


def _past_participle(verb: Token) -> bool:
    """A past participle by its morphology ("backed", "gesteund"; not "backing")."""
    morph = verb.morph
    return (
        "Part" in morph.get("VerbForm")
        and "Pres" not in morph.get("Tense")
        and "Prog" not in morph.get("Aspect")
    )


def _adjacent_conjuncts(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The verbs coordinated with ``verb`` that follow it with nothing but a coordinator or a
    comma between them ("attacked and occupied")."""
    tokens = doc_tokens(verb.doc)
    return [
        c
        for c in children(verb)
        if c.dep_ in scheme.conj
        and c.pos_ in ("VERB", "AUX")
        and c.i > verb.i
        and all(t.pos_ == "CCONJ" or t.is_punct for t in tokens[verb.i + 1 : c.i])
    ]


def means_clause_object(
    verb: Token, scheme: LabelScheme, preps: Prepositions
) -> Iterator[Candidate]:
    """'Rusland reageerde door de Krim te annexeren' with "door de Krim" hung on reageerde as an
    oblique -> (Rusland, annexeren, Krim).

    "door X te <infinitive>" is a means clause whose object is X; a parser may give the governing
    verb the oblique and leave the infinitive without an object. Read only when the infinitive
    follows X with nothing but its own marker between them, and the governor is not passive
    (where "door" names the agent).
    """
    governor = verb.head
    if governor == verb or not borrows_subject(verb, scheme) or objects(verb, scheme):
        return
    if passive_subjects(governor, scheme):
        return
    for prep, noun in prepositional_args(governor, scheme):
        between = verb.doc[noun.right_edge.i + 1 : verb.i]
        if prep in preps.agent and noun.i < verb.i and all(t.head == verb for t in between):
            for actor in subjects(verb, scheme):
                yield Candidate("means_clause_object", actor, noun, verb)


def speech_addressee(verb: Token, scheme: LabelScheme, preps: Prepositions) -> Iterator[Candidate]:
    """'Ghana told the IMF ...', 'zei tegen Macron': (speaker, addressee).

    A speech verb links its speaker to whom it speaks to, not to every name in what was said
    (that is reported, see extract.grammar.phrases.reporter_of): the addressee is the verb's
    nominal object or dative, or its addressee phrase ("to X", "tegen X":
    ``Prepositions.addressee``); of a two-word speech verb's infinitive ("liet Rusland weten"),
    the object of the verb it makes the pair with.
    """
    speakers = subjects(verb, scheme) or [c for c in children(verb) if c.dep_ in scheme.agent]
    if not speakers:
        return
    heard = objects(verb, scheme)
    governor = speech_phrase_governor(verb)
    if governor is not None and speaking_subjects(governor, scheme):
        heard += objects(governor, scheme)  # "liet Rusland weten dat ...": spoken to
    addressees = [t for t in heard if t.pos_ in ("PROPN", "NOUN")]
    addressees += [
        noun
        for prep, noun in prepositional_args(verb, scheme)
        if prep in preps.addressee
        and noun.pos_ in ("PROPN", "NOUN")
        or prep in preps.topic
        and noun.pos_ == "PROPN"
    ]
    for speaker in speakers:
        for addressee in addressees:
            yield Candidate("speech_addressee", speaker, addressee, verb)


def object_before(verb: Token, clause: Token, scheme: LabelScheme) -> bool:
    """Whether ``verb`` has an object of its own before its complement ``clause``: labelled so,
    or the second of two subjects, as the Dutch parser often has it ("beschuldigde Nederland ervan
    te buigen": "Nederland" nsubj)."""
    return any(
        c.i < clause.i
        and (c.dep_ in scheme.object or c.dep_ in scheme.subject and not is_subject(c, scheme))
        for c in children(verb)
    )


def subject_verb_complement(
    verb: Token, scheme: LabelScheme, preps: Prepositions
) -> Iterator[Candidate]:
    """'Beijing threatened to halt its exports to Japan', 'The Philippines demanded that China
    withdraw': the governing verb's act is aimed at the complement's object or recipient, or, for
    a finite complement with a subject of its own that is a name or a noun a name owns, at that
    subject only ("Trump alleged Biden's plan would strip Medicare" accuses Biden, not Medicare:
    on dev and the tuning sets no relation changed, on unlabelled Wikinews two wrong ones went);
    a common noun no name owns tells what the act is, and the objects stay ("warned that tariffs
    would hit China" threatens China).

    Not when the governing verb has an object of its own before the complement, the Dutch
    parse's second subject included (:func:`object_before`): that object is whom the act is aimed
    at, and the complement says what it did or is to do ("Trump encouraged Zelensky to
    investigate Hunter Biden" asks Zelensky, not Biden; "beschuldigde Nederland ervan te buigen
    voor Amerikaanse druk" and "verweet Moskou dat zij Pyongyang beschermen" accuse the object,
    not the United States or Pyongyang; subject_verb_object finds it)."""
    actors = subjects(verb, scheme)
    if not actors:
        return
    for clause in children(verb):
        if not (clause.dep_ == "xcomp" or clause.dep_ in scheme.complement) or clause.pos_ not in (
            "VERB",
            "AUX",
        ):
            continue
        if object_before(verb, clause, scheme):
            continue
        own = []
        if clause.dep_ in scheme.complement:
            own = [c for c in children(clause) if c.dep_ in scheme.subject and c not in actors]
        if any(_named_or_owned_by_name(c, scheme) for c in own):
            # "alleged Biden's plan would strip Medicare": a named subject of the clause's own is
            # whom the act is aimed at, its objects what that subject did it to; a pronoun may be
            # the actor's own ("warned that it would strike Japan"), and a noun no name owns says
            # what the act is ("warned that tariffs would hit China"), so the objects stay then
            recipients = own
        else:
            recipients = list(objects(clause, scheme)) + own
            recipients += [
                noun for prep, noun in prepositional_args(clause, scheme) if prep in preps.recipient
            ]
        for actor in actors:
            for recipient in recipients:
                yield Candidate("subject_verb_complement", actor, recipient, verb)


def _named_or_owned_by_name(token: Token, scheme: LabelScheme) -> bool:
    """Whether ``token`` is a proper name, or a noun whose possessor is one ("Biden's plan")."""
    return token.pos_ == "PROPN" or any(
        c.dep_ in scheme.possessive and c.pos_ == "PROPN" for c in children(token)
    )


def purpose_clause_object(
    verb: Token, scheme: LabelScheme, preps: Prepositions
) -> Iterator[Candidate]:
    """'De VS brachten een vliegdekschip in stelling om Iran af te schrikken', 'sent troops to
    deter Russia' -> (VS, Iran): a deployment is aimed at whom the infinitive clause of its purpose
    acts on (its object), when the act names no target itself. The actor is the verb's subject,
    or its agent in a passive ("werden door de Navo overgebracht om Rusland af te schrikken")."""
    actors = subjects(verb, scheme) or agents(verb, scheme, preps.agent)
    if not actors:
        return
    for clause in children(verb):
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.i < verb.i:
            continue
        if not has_infinitive_marker(clause):
            continue
        for recipient in objects(clause, scheme):
            for actor in actors:
                yield Candidate("purpose_clause_object", actor, recipient, verb)


def office_holding(verb: Token, scheme: LabelScheme, preps: Prepositions) -> Iterator[Candidate]:
    """'Trudeau heads the Liberal Party', 'The Supreme Court is led by Brenda Hale', 'Trudeau
    leidt de Liberale Partij' -> (Trudeau, heads, Liberal Party): who heads, leads or chairs
    something holds a position in it. Which verbs say so is the lexicon's (offices.<lang>.tsv);
    the holder is the subject of an active clause or the agent of a passive one."""
    if not passive_subjects(verb, scheme):
        for holder in subjects(verb, scheme):
            for office in objects(verb, scheme):
                yield Candidate("office_holding", holder, office, verb)
    for cand in passive_with_agent(verb, scheme, preps):
        yield Candidate("office_holding", cand.actor, cand.recipient, verb)


def relational_noun(noun: Token, scheme: LabelScheme, preps: Prepositions) -> Iterator[Candidate]:
    """'Navalny is a critic of Putin', 'Frankrijk is een bondgenoot van Duitsland', 'Navalny, a
    critic of Putin, ...' -> (Navalny, critic, Putin): a noun said of someone names a stance
    its holder takes towards the owner of the noun's possessive phrase. Also said of a name set
    off after it ("Putin's critic, Navalny"), in a capacity phrase ("ran as the running mate
    of Y") or as the title right before it ("Y's running mate X"), with a possessor for owner
    ("Y's running mate"). Which nouns do, and the type, is the lexicon's
    (relationalnouns.<lang>.tsv)."""
    holders = (
        predicated_of(noun, scheme)
        or _apposed_names(noun, scheme)
        or holders_of_office(noun, scheme, preps)
        or _name_after(noun)
    )
    if not holders:
        return
    owners = [arg for prep, arg in prepositional_args(noun, scheme) if prep in preps.possessor]
    if not owners:
        adjacent = adjacent_possessor(noun, scheme, preps.possessor)
        owners = [adjacent] if adjacent is not None else []
    if not owners:
        # "X was Y's running mate", "his running mate, X": the possessor is the owner
        owners = [c for c in children(noun) if c.dep_ in scheme.possessive]
    for holder in holders:
        for owner in owners:
            yield Candidate("relational_noun", holder, owner, noun)


def predicated_of(noun: Token, scheme: LabelScheme) -> list[Token]:
    """Whom ``noun`` is said of: the subject of its copula's clause, or the name it stands in
    apposition to."""
    clause = copula_clause(noun, scheme)
    if clause is not None:
        return subjects(clause, scheme)
    head = noun.head
    if noun.dep_ in scheme.appos and head.pos_ == "PROPN" and head.i < noun.i:
        return [head]
    return []


def _apposed_names(noun: Token, scheme: LabelScheme) -> list[Token]:
    """The names set off after ``noun`` as its apposition ("Putin's fiercest critic, Alexei
    Navalny", "his running mate, historian X"): whom the noun is said of."""
    return [
        c
        for c in children(noun)
        if c.dep_ in scheme.appos
        and c.pos_ == "PROPN"
        and c.i > noun.i
        and any(t.is_punct for t in noun.doc[noun.i + 1 : c.i])
    ]


def _name_after(noun: Token) -> list[Token]:
    """The person's name ``noun`` stands right before as its title ("Biden's running mate Kamala
    Harris", "Putin's fiercest critic Alexei Navalny"), whether the parser hung the noun on the
    name or made both subjects of one verb (:func:`extract.grammar.syntax.titled_name`): whom
    the noun is said of."""
    name = titled_name(noun)
    return [name] if name is not None else []


#: A UD noun that completes a verb and is said of its subject ("werd voorzitter").
PREDICATIVE = frozenset({"xcomp"})


def holders_of_office(noun: Token, scheme: LabelScheme, preps: Prepositions) -> list[Token]:
    """Whom an office noun is said of by the verb it completes: "X became leader of Y"
    (ClearNLP ``attr`` of a verb), "X served as vice president", "X was sworn in as governor",
    "X diende als voorzitter" (the noun after a word of ``preps.capacity``: UD ``mark``/``case``
    on the noun, ClearNLP ``pobj``), "X werd voorzitter" (a bare UD ``obl`` of a copula the
    parser made the head): the verb's subjects, passive ones included; the possessor of a noun
    the capacity phrase hangs on ("his role as CEO of Y", "Milken's time as head of Y"). None
    for a capacity
    phrase of a verb with a person for object: it is said of that person, not of the subject
    ("endorsed Biden as president", "steunde Biden als president"), and whether that person holds
    the office or is only put forward for it ("named X as minister" against "endorsed X as
    president") the phrase does not say."""
    verb = None
    capacity = False
    if noun.dep_ == "attr" and noun.head.pos_ == "VERB":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in preps.capacity:
        verb, capacity = noun.head.head, True
    elif any(c.lower_ in preps.capacity and c.dep_ in ("mark", "case") for c in children(noun)):
        verb, capacity = noun.head, True
    elif (
        noun.head.pos_ == "AUX"
        and (noun.dep_ in scheme.oblique or noun.dep_ in PREDICATIVE)
        and not any(_marks_noun(c, noun) for c in children(noun))
    ):
        # "X werd in 2010 voorzitter van Y": a copula the parser made the head of a bare noun
        verb = noun.head
    if capacity and verb is not None and verb.pos_ == "NOUN":
        # "his role as CEO of Y", "Milken's time as head of Y": said of the noun's possessor
        return [c for c in children(verb) if c.dep_ in scheme.possessive]
    if verb is None or verb == noun or verb.pos_ not in ("VERB", "AUX"):
        return []
    if capacity:
        if any(o.ent_type_ == "PERSON" and o.i < noun.i for o in objects(verb, scheme)):
            return []
    return passive_subjects(verb, scheme) or subjects(verb, scheme)


def _marks_noun(word: Token, noun: Token) -> bool:
    """Whether ``word`` is a preposition of ``noun`` itself, not of a number the parser hung on
    it ("werd in 2010 voorzitter": "in" is the year's)."""
    return word.dep_ == "case" and not any(
        word.i < c.i < noun.i and c.pos_ == "NUM" for c in children(noun)
    )


def copula_clause(noun: Token, scheme: LabelScheme) -> Token | None:
    """The head of the clause in which a copula says ``noun`` of its subject ("X is a critic"):
    the noun itself in UD, which hangs the copula under it, the copula in ClearNLP, which makes
    it the head (:func:`~extract.grammar.syntax.copula_predicates`); None when no copula says
    it."""
    return next((c for c in (noun, noun.head) if noun in copula_predicates(c, scheme)), None)


def respective_pairs(word: Token, scheme: LabelScheme) -> list[tuple[Token, Token]]:
    """'his Greek and French counterparts, X and Y, respectively', 'zijn Griekse en Franse
    ambtgenoten, respectievelijk X en Y' -> [(Greek, X), (French, Y)]: a distributive ``word``
    pairs the members of two coordinations of one length in order. The second list stands right
    after the word or right before it; the first is the nearest coordination of that length
    before the second. Nothing when there is no such pair of lists."""
    second = _list_beside(word, scheme)
    if len(second) < 2:
        return []
    doc = word.doc
    start = second[0].i
    sentence_start = sentence_bounds(word)[0]
    while start > sentence_start and doc[start - 1].head == second[0]:
        if doc[start - 1].dep_ not in scheme.name_part:
            break
        start -= 1
    for token in reversed(doc[sentence_start:start]):
        if token.dep_ in scheme.conj or token in second:
            continue
        first = sorted(with_conjuncts(token, scheme), key=lambda t: t.i)
        if len(first) == len(second) and not set(first) & set(second):
            return list(zip(first, second))
    return []


def _list_beside(word: Token, scheme: LabelScheme) -> list[Token]:
    """The members of the coordination that starts right after ``word`` or ends right before it
    (punctuation aside), in text order."""
    doc = word.doc
    start, end = sentence_bounds(word)
    after = next((t for t in doc[word.i + 1 : end] if not t.is_punct), None)
    before = next((t for t in reversed(doc[start : word.i]) if not t.is_punct), None)
    for token, edge in ((after, 0), (before, -1)):
        if token is None:
            continue
        while token.dep_ in scheme.name_part and token.head.i > token.i:
            token = token.head
        head = token
        while head.dep_ in scheme.conj and head.head != head:
            head = head.head
        members = sorted(with_conjuncts(head, scheme), key=lambda t: t.i)
        if len(members) >= 2 and members[edge] == token:
            return members
    return []


VERB_PATTERNS: tuple[Pattern, ...] = (
    subject_verb_object,
    subject_verb_oblique,
    passive_with_agent,
    means_clause_object,
    shared_passive,
    shared_object,
)
SPEECH_PATTERNS: tuple[Pattern, ...] = (speech_addressee,)


@dataclass(frozen=True)
class TitleLink:
    """A person (or place) token, the title noun next to it, and whose title it is."""

    pattern: str
    holder: Token
    title: Token
    of: Token | None


def title_of(title: Token, scheme: LabelScheme, preps: Prepositions) -> Token | None:
    """Whose ``title`` is: 'gezant van Trump', "Trump's son-in-law", 'Russische president', 'US
    President'."""
    for prep, noun in prepositional_args(title, scheme):
        if prep in preps.possessor:
            return noun
    for child in children(title):
        if child.dep_ in scheme.possessive:
            return child
    for child in children(title):
        if (
            child.dep_ in ("amod", "compound", "nmod")
            and child.i < title.i
            and child.pos_ in ("ADJ", "PROPN")
            # "Emmanuel Macron and agriculture minister X" with Macron on "minister": a name
            # across a coordinator is another member of the list, not whose title it is
            and not any(t.pos_ == "CCONJ" for t in title.doc[child.i + 1 : title.i])
        ):
            return child
    return adjacent_possessor(title, scheme, preps.possessor)


def _titles_beside(name: Span, word: Token) -> list[Token]:
    """Appositions of the word before a name that the name hangs on, after the name: the Dutch
    parser hangs "directeur" of "Professor Jean Muyembe, directeur van het instituut" on
    "Professor", beside the name, not on it. Not one that another name follows ("premier X,
    minister Y", "X, de voorzitter van Greenpeace Y": Y's title)."""
    return [
        c for c in children(word) if c.dep_ == "appos" and c.i >= name.end and not _names_after(c)
    ]


def _names_after(token: Token) -> bool:
    """Whether a person is named after ``token`` before the next punctuation mark."""
    for t in token.doc[token.i + 1 : token.sent.end]:
        if t.is_punct:
            return False
        if t.ent_type_ == "PERSON":
            return True
    return False


def _skip_left(doc, i: int, is_title: Callable[[Token], bool]) -> int:
    """Index of the first token left of ``i`` (inclusive) that is not an adjective or article."""
    while i > 0 and doc[i].pos_ in ("ADJ", "DET") and not is_title(doc[i]):
        i -= 1
    return i


#: How many articles and adjectives may stand between a comma and the title it opens.
_MAX_TITLE_MODIFIERS = 4


def _apposed_after(name: Span, is_title: Callable[[Token], bool]) -> Token | None:
    """The title noun of an apposition right after ``name``, between commas, however the
    parser hung it ("William Conley, een Amerikaanse federale districtsrechter, had bepaald",
    "X, the governor of Y, said"): a comma, at most a few articles and adjectives, the title,
    and up to the next punctuation no verb and no other person's name (so the title of the next
    name in a list, "Rutte, minister Hoekstra", stays that name's)."""
    doc = name.doc
    sent_end = name.sent.end if doc.has_annotation("SENT_START") else len(doc)
    i = name.end
    if i >= sent_end - 1 or doc[i].text != ",":
        return None
    j = i + 1
    while j < sent_end and j - i <= _MAX_TITLE_MODIFIERS and doc[j].pos_ in ("ADJ", "DET"):
        if is_title(doc[j]):
            break
        j += 1
    if j >= sent_end or doc[j].pos_ not in ("NOUN", "PROPN") or not is_title(doc[j]):
        return None
    for k in range(i + 1, sent_end):
        word = doc[k]
        if word.is_punct:
            break
        if word.pos_ in ("VERB", "AUX") or (word.ent_type_ == "PERSON" and word.ent_iob_ == "B"):
            return None
    return doc[j]


def _apposed_to_possessor(name: Span, possessor: frozenset[str]) -> int | None:
    """Where the title ends whose whole phrase, of/van and another name, ``name`` stands in
    apposition to between commas ("De tante van Tom Berg, Mira Kolar, zei"; the Dutch parser
    makes the apposed name a conjunct of the possessor's name, so no arc binds it to the title):
    the index of the word before the possessor's preposition (articles skipped). Not in a list
    of names ("de broers van X, Y, Z en W"), whose next word after the comma names someone."""
    doc = name.doc
    start, end = name.start, name.end
    if start < 4 or end >= len(doc) - 1 or doc[start - 1].text != "," or doc[end].text != ",":
        return None
    nxt = doc[end + 1]
    if nxt.ent_type_ or nxt.pos_ in ("PROPN", "CCONJ"):
        return None
    before = doc[start - 2]
    if not before.ent_type_ or before.ent_type_ == "DATE":
        return None
    while before.i > 0 and before.ent_iob_ != "B":
        before = doc[before.i - 1]
    i = before.i - 1
    while i > 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 1 or doc[i].lower_ not in possessor:
        return None
    return i - 1


#: Dependencies that bind a title and a name into one phrase (not coordination, not clause roles).
TITLE_LINKS = frozenset({"appos", "flat", "flat:name", "compound", "nmod", "amod", "nn"})


def titles_near(
    name: Span,
    scheme: LabelScheme,
    is_title: Callable[[Token], bool],
    possessor: frozenset[str] = frozenset(),
) -> Iterator[Token]:
    """Title nouns bound to a name: its head, its children, or the word right before it.

    Covers 'de Russische president Vladimir Poetin' (title heads or modifies the name),
    'Yuri Ushakov, an aide to Putin' (apposition after a comma), and 'Poetin-assistent
    Yuri Ushakov' even when the parser attached the title elsewhere. A title after the
    name needs punctuation in between ("X, aide to Y"), so a mis-attached noun of a
    following phrase is not taken for the name's title.
    """
    root = name.root
    doc = name.doc
    seen: set[int] = set()
    candidates = [c for c in children(root) if c.dep_ in TITLE_LINKS]
    # a name the parser split ("Tony" subject, "Evers" object): the other parts' titles too
    for part in name:
        if part != root and not name.start <= part.head.i < name.end:
            candidates += [c for c in children(part) if c.dep_ in TITLE_LINKS]
    if root.dep_ in TITLE_LINKS:
        candidates.insert(0, root.head)
        if root.dep_ == "appos" and root.head.i < name.start:
            candidates += _titles_beside(name, root.head)
    # in a list of titled names the nearer title is the name's, however the parser hung it
    candidates = [
        c for c in candidates if c.i > name.start or not listed_between(c, name, is_title)
    ]
    if name.start > 0:
        left = _skip_left(doc, name.start - 1, is_title)
        candidates.append(doc[left])
        # "gezant van Trump Steve Witkoff": the title and its holder's name come before the name.
        before = doc[left]
        if before.ent_type_ and before.ent_iob_ != "B":
            while before.i > 0 and before.ent_iob_ != "B":
                before = doc[before.i - 1]
        if before.ent_type_ and before.i >= 2 and doc[before.i - 1].lower_ in possessor:
            candidates.append(doc[_skip_left(doc, before.i - 2, is_title)])
    apposed = _apposed_to_possessor(name, possessor)
    if apposed is not None:
        candidates.append(doc[_skip_left(doc, apposed, is_title)])
    after = _apposed_after(name, is_title)
    if after is not None and not any(name.end < c.i <= after.i + 2 for c in candidates):
        # only where the parser hung no word of that apposition on the name (a second title
        # word of "a vice president at PG&E" would find a second holder)
        candidates.append(after)
    for token in candidates:
        if token.i in seen or name.start <= token.i < name.end:
            continue
        seen.add(token.i)
        if token.pos_ not in ("NOUN", "PROPN", "X"):
            continue
        if not is_title(token):
            token = _compound_title_start(token, is_title)
            if token is None or token.i in seen:
                continue
            seen.add(token.i)
        if token.i >= name.end and not any(t.is_punct for t in doc[name.end : token.i]):
            continue
        yield token


def _compound_title_start(head: Token, is_title: Callable[[Token], bool]) -> Token | None:
    """The word right before ``head`` that starts a title of the two ("security" of "the city's
    security chief, X", where "chief" alone is no title), if it is a compound of ``head``."""
    if head.i == 0:
        return None
    before = head.doc[head.i - 1]
    if before.head == head and before.dep_ == "compound" and is_title(before):
        return before
    return None
