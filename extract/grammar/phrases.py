"""Typing a verb by its phrase, and reading a relation's mode and reporter from its clause.

A verb's lemma is the least specific evidence of what happens: "impose sanctions on",
"threatened to halt", "put pressure on", "described the meeting as useful" each mean
something the lemma alone does not. :func:`phrase_type` looks at the verb's object noun,
particle, prepositions and complement in the language's ``phrases.<lang>.tsv``, and at a
support verb's event noun ("gesprekken voeren", "expressed support"); the most specific
match wins over the lemma, and a phrase typed NONE is no event at all.

:func:`mode_of` reads the clause: negation, modal and future auxiliaries, a governing verb
("plans to", "demanded that", "refused to"), a conditional opener ("if", "als") of the clause
or of a condition it states ("would retaliate if ..."), from the ``modality`` lexicon; a clause
reported by a denying speech verb ("denied that it attacked") is negated.
:func:`reporter_of` finds the speech verb that reports a clause ("X said that ...", "..., X said").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Callable

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from extract.grammar.arguments import relative_antecedent
from extract.grammar.event_nouns import modified_noun_event, sense_reading
from extract.grammar.lemmas import lookup_lemma
from extract.grammar.syntax import (
    LabelScheme,
    children,
    commits_own_subject,
    deed_prepositions,
    doc_lang,
    doc_tokens,
    finite_beside_infinitive,
    has_infinitive_marker,
    infinitive_markers,
    is_negated,
    is_passive,
    last_document_memo,
    morph_values,
    object_controlled,
    objects,
    opened_clause,
    passive_subjects,
    prepositional_args,
    sentence_bounds,
    subjects,
    tokens_where,
    verb_lemmas,
)
from extract.grammar.timing import past_tense
from extract.lexicon import Lexicon

#: Weight of a relation typed by a phrase (more specific than a lemma's weight).
PHRASE_WEIGHT = 1.0


def _phrase_noun(noun: Token | None) -> Token | None:
    """The noun of a preposition phrase that belongs to the verb's phrase ("went on strike"):
    a common noun, not a name the tagger took for one ("withdrew from ECOWAS", where ECOWAS,
    the body left, is the target)."""
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    return noun


def _object_prepositions(verb: Token, scheme: LabelScheme) -> list[str]:
    """The prepositions of the phrases the parser hung on the verb's direct object nouns
    (not on a name: "sent Chile into talks" is no phrase of the object)."""
    return [
        prep
        for obj in objects(verb, scheme)
        if obj.pos_ == "NOUN"
        for prep, _noun in prepositional_args(obj, scheme)
    ]


def _describing_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle that describes the noun it hangs on ("the deal
    signed by Vietnam", "het gesloten akkoord"), whose noun is what the verb is done to."""
    return (
        verb.dep_ in ("acl", "amod")
        and verb.head.pos_ == "NOUN"
        and verb.head.i != verb.i
        and (verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm"))
    )


def _object_nouns(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The verb's object nouns, a passive's subject included ("sanctions were imposed")."""
    # each walk read once: a remembered walk still copies its answer at every call
    objects_ = objects(verb, scheme)
    passives = passive_subjects(verb, scheme)
    own = children(verb)
    found = [t for t in objects_ if t.pos_ in ("NOUN", "PROPN", "X")]
    # "bracht hulde aan": a noun the tagger took for a verb ("hulde" as a form of "hullen") is
    # still the object noun where nothing of a clause hangs on it (no subject, object or marker)
    found += [
        t
        for t in objects_
        if t.pos_ == "VERB"
        and t.i > verb.i
        and not any(
            c.dep_ in scheme.subject or c.dep_ in scheme.object or c.dep_ == "mark"
            for c in children(t)
        )
    ]
    # "voerde actie tegen het verdrag": a bare object noun the parser took for the verb's particle
    found += [c for c in own if c.dep_ in scheme.particle and c.pos_ == "NOUN"]
    # "sancties die de EU instelde", "the sanctions which the EU imposed": a relative pronoun
    # object is the noun its clause describes
    found += [
        noun
        for t in objects_
        if t.pos_ == "PRON"
        for noun in [relative_antecedent(t)]
        if noun is not None and noun.pos_ == "NOUN"
    ]
    found += [t for t in passives if t.pos_ == "NOUN"]
    # "the deal signed by Vietnam", "de door Japan gesloten akkoord": a participle that describes
    # a noun is done to it, as a passive is to its subject
    if _describing_participle(verb):
        found.append(verb.head)
    # "went on strike", "put on alert": the noun of a prepositional phrase is the verb's object noun
    # too.
    found += [noun for _prep, noun in prepositional_args(verb, scheme) if noun.pos_ == "NOUN"]
    # "schoot Libanon te hulp": a bare noun complement.
    found += [c for c in own if c.dep_ == "xcomp" and c.pos_ == "NOUN"]
    # "niet tegen Israël in stelling gebracht": a prepositional phrase the parser took for a
    # clause; "ter beschikking stellen": the noun of a fixed phrase it took for a particle
    found += [
        c
        for c in own
        if c.dep_ == "advcl" and c.pos_ == "NOUN" and any(g.dep_ == "case" for g in children(c))
    ]
    found += [
        g
        for c in own
        if c.dep_ in scheme.particle
        for g in children(c)
        if g.dep_ == "fixed" and g.pos_ == "NOUN"
    ]
    # "een pakket sancties opleggen", "imposed a package of sanctions": the noun a quantity noun
    # counts; also where the parser made the number itself the object ("stuurde duizenden extra
    # militairen", "duizenden militairen werden gestuurd")
    numbers = [t for t in [*objects_, *passives] if t.pos_ == "NUM"]
    found += [inner for noun in found + numbers for inner in counted_nouns(noun)]
    # "banned Iranian airline Mahan Air": the common noun that says what a named object is, as
    # "verbood de luchtvaartmaatschappij Mahan Air" has it as the object itself
    found += [
        c
        for t in objects_
        if t.pos_ == "PROPN"
        for c in children(t)
        if c.dep_ in ("compound", "nn") and c.pos_ == "NOUN" and c.i < t.i
    ]
    return found


#: The coarse tags of the object nouns :func:`_object_nouns` gives.
_OBJECT_TAGS = frozenset({"NOUN", "PROPN", "X"})


def _object_phrase_in_sentence(verb: Token, lemmas: list[str], lexicon: Lexicon) -> bool:
    """Whether a word of ``verb``'s sentence makes an object phrase with one of ``lemmas``
    ("sancties" for "opleggen"). Every object noun :func:`_object_nouns` finds is a noun of the
    verb's sentence, so where none is, that walk of the parse (the costliest part of typing a
    phrase) cannot type the verb and is not made."""
    positions, words = _phrase_object_words(verb.doc, lexicon)
    start, end = sentence_bounds(verb)
    for pair in words[bisect_left(positions, start) : bisect_left(positions, end)]:
        if any(lexicon.phrase_type(lemma, "obj", word) for word in pair for lemma in lemmas):
            return True
    return False


def _phrase_object_words(doc: Doc, lexicon: Lexicon) -> tuple[list[int], list[tuple[str, str]]]:
    """(indices, (lemma, form) in lower case) of ``doc``'s nouns that are the object noun of
    some verb's phrase by lemma or form (:meth:`Lexicon.may_be_phrase_object`), in text order;
    remembered per document and lexicon, each distinct word asked once."""
    memo = last_document_memo(_LAST_OBJECT_WORDS, doc)
    found = memo.get(id(lexicon))
    if found is None:
        test = lexicon.may_be_phrase_object
        hits = {
            t.i
            for t in tokens_where(doc, LEMMA, lambda lemma: test(lemma.lower()), (str.lower, test))
        }
        hits |= {t.i for t in tokens_where(doc, LOWER, test, test)}
        tokens = doc_tokens(doc)
        # a noun the tagger took for a verb may still be an object ("bracht hulde aan")
        nouns = [
            t
            for t in map(tokens.__getitem__, sorted(hits))
            if t.pos_ in _OBJECT_TAGS or (t.pos_ == "VERB" and t.dep_ in ("obj", "dobj"))
        ]
        found = memo[id(lexicon)] = (
            [t.i for t in nouns],
            [(t.lemma_.lower(), t.lower_) for t in nouns],
        )
    return found


#: The memo of :func:`_phrase_object_words`: {lexicon id: (word indices, their words)}.
_LAST_OBJECT_WORDS: list = [None]


def counted_nouns(noun: Token) -> list[Token]:
    """Nouns after ``noun`` that may belong to the verb's phrase: "pakket sancties", "package of
    sanctions", and a phrase noun the parser hung on the object ("Imran Khan onder huisarrest
    plaatsen"). They are only looked up as phrase words, after the verb's own nouns."""
    out = []
    for child in children(noun):
        if child.i < noun.i or child.pos_ != "NOUN":
            if child.dep_ == "prep" and child.lower_ == "of" and child.i > noun.i:
                out += [g for g in children(child) if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            continue
        if child.dep_ in ("nmod", "compound"):
            out.append(child)
    return out


#: Labels under which a verb's adjective is a predicate of its phrase ("set free", "pleaded
#: guilty", "found him guilty", "schuldig bevonden"), not a modifier of a noun.
_PREDICATED = frozenset({"advmod", "oprd", "acomp", "xcomp", "ccomp"})


def predicated_adjectives(
    verb: Token, scheme: LabelScheme, lexicon: Lexicon
) -> list[tuple[str, Token]]:
    """(phrase word, adjective) for each adjective ``verb`` predicates of its object or subject,
    however parsed ("set the hostages free", "pleaded guilty", "found him guilty", "schuldig
    bevonden"); a negated one is the phrase word with its negation ("not guilty"), which the
    lexicon lists as the two words."""
    out = []
    for adj in children(verb):
        if adj.pos_ != "ADJ" or adj.dep_ not in _PREDICATED:
            continue
        negation = _negation_of(adj, scheme, lexicon)
        out.append((f"{negation.lower_} {adj.lower_}" if negation is not None else adj.lower_, adj))
    return out


def _negation_of(word: Token, scheme: LabelScheme, lexicon: Lexicon) -> Token | None:
    """The negation word on ``word`` ("not" in "not guilty"), or None."""
    return next(
        (
            c
            for c in children(word)
            if c.dep_ in scheme.negation or c.dep_ == "advmod" and lexicon.is_negation(c.lower_)
        ),
        None,
    )


def _reflexive(verb: Token) -> bool:
    """Whether ``verb`` has a reflexive pronoun ("verzette zich", "trok zich terug")."""
    return any(
        c.dep_ in ("expl:pv", "expl", "obj", "iobj", "dobj") and "Yes" in morph_values(c, "Reflex")
        for c in children(verb)
    )


def _complements(verb: Token, scheme: LabelScheme) -> list[str]:
    """'to' for an infinitive complement, 'that' for a finite one, 'as' for "describe X as"."""
    out = []
    for child in children(verb):
        if child.dep_ in ("xcomp",) or (
            child.dep_ in scheme.complement and child.pos_ in ("VERB", "AUX")
        ):
            marks = {g.lower_ for g in children(child) if g.dep_ in ("aux", "mark")}
            if has_infinitive_marker(child) or child.dep_ == "xcomp":
                out.append("to")
            if marks & {"that", "dat"} or (child.dep_ in scheme.complement and not marks):
                out.append("that")
        if child.dep_ == "oprd" or (
            child.dep_ in ("prep", "obl", "advcl") and child.lower_ in ("as", "als")
        ):
            out.append("as")
    return out


def phrase_type(
    verb: Token,
    lemmas: list[str],
    scheme: LabelScheme,
    lexicon: Lexicon,
    noun_type: Callable[[Token], str | None],
) -> tuple[str, str, Token | None] | None:
    """(type, how, noun) of ``verb`` by its phrase, or None when no phrase of the lexicon matches.

    ``how`` names the part that decided (refl, prt, obj, comp, prep, support, tried in that
    order for each lemma); the type is NONE for
    a phrase that is no event. ``noun`` is the phrase's own noun ("sanctions" in "impose
    sanctions on", "strike" in "went on strike against"), which is part of the act, not its
    target. ``noun_type`` gives an event noun's PLOVER type.
    """
    by_lemma = [(lemma, lexicon.phrase_parts(lemma)) for lemma in lemmas]
    lemmas = [lemma for lemma, its_parts in by_lemma if its_parts]
    if not lemmas:
        return None
    # only the parts some lemma has phrases of are read off the parse: no other part can match
    parts = frozenset().union(*(its_parts for _, its_parts in by_lemma))
    # the object nouns only where a support verb's event noun or an object phrase may be among
    # them
    wanted = any(lexicon.is_support_verb(lemma) for lemma in lemmas) or (
        "obj" in parts and _object_phrase_in_sentence(verb, lemmas, lexicon)
    )
    nouns = _object_nouns(verb, scheme) if wanted else []
    particles = _particle_words(verb, scheme, lexicon) if "prt" in parts else []
    preps: list[tuple[str, Token | None]] = (
        list(prepositional_args(verb, scheme)) if "prep" in parts else []
    )
    if scheme.preposition_heads_noun and "prep" in parts:
        preps += [
            (c.lower_, None)
            for c in children(verb)
            if c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in children(c))
        ]
    comps = _complements(verb, scheme) if "comp" in parts else []
    reflexive = "refl" in parts and _reflexive(verb)
    for lemma in lemmas:
        if reflexive:
            found = lexicon.phrase_type(lemma, "refl", "*")
            if found:
                return found, "refl", None
        # a particle makes another verb ("called off a meeting", "turned down the offer"): it
        # decides before the object noun does
        for word in particles:
            found = lexicon.phrase_type(lemma, "prt", word)
            if found:
                return found, "prt", None
        for noun in nouns:
            if lexicon.is_support_verb(lemma):
                # "gave humanitarian support to", "verleende financiële steun aan": a noun its
                # modifier makes another act (material support is AID) says more than the
                # phrase of the bare noun ("give support": SUPPORT); so does a noun its maker
                # reads otherwise ("the union launched a strike": a labour strike, PROTEST)
                modified = sense_reading(noun, lexicon) or modified_noun_event(noun, lexicon)
                if modified:
                    return modified.type, "support", noun
            for word in dict.fromkeys((noun.lemma_.lower(), noun.lower_)):
                found = lexicon.phrase_type(lemma, "obj", word)
                if found:
                    return found, "obj", noun
        for word in comps:
            found = lexicon.phrase_type(lemma, "comp", word)
            if found:
                return found, "comp", None
        for word, noun in preps:
            found = lexicon.phrase_type(lemma, "prep", word)
            if found:
                return found, "prep", _phrase_noun(noun)
        if "prep" in parts:
            # "let observers into the town", "fired rockets at Israel": the parser often hangs
            # the verb's preposition on its object noun; the phrase is still the verb's
            for word in _object_prepositions(verb, scheme):
                found = lexicon.phrase_type(lemma, "prep", word)
                if found:
                    return found, "prep", None
        if lexicon.is_support_verb(lemma):
            for noun in nouns:
                found = noun_type(noun)
                if found:
                    return found, "support", noun
    return None


def _particle_words(verb: Token, scheme: LabelScheme, lexicon: Lexicon) -> list[str]:
    """The words that may make a particle verb of ``verb`` with the lexicon's ``prt`` phrases
    (read by :func:`phrase_type` only for a lemma with such phrases: most verbs have none): its
    particles, and what the parser made of a particle elsewhere."""
    particles = [c.lower_ for c in children(verb) if c.dep_ in scheme.particle]
    # "pulled its troops back", "handed the villages back": a particle after the object is
    # often parsed as an adverb, or as an adverb's open complement ("zijn het eens geworden":
    # "eens" as xcomp); it still only counts where the lexicon lists the phrase
    particles += [
        c.lower_
        for c in children(verb)
        if c.dep_ in ("advmod", "xcomp") and c.pos_ in ("ADV", "ADP")
    ]
    # "set free the hostage", "set the hostages free", "found him guilty", "schuldig bevonden": an
    # adjective the verb predicates makes another verb as a particle does
    particles += [word for word, _ in predicated_adjectives(verb, scheme, lexicon)]
    return particles


#: Modes of a governing verb that only says how its complement's act stands ("plans to meet",
#: "hopes to sign"); the demanding ones (order, call) are requests of their own.
_INTENT_MODES = frozenset({"planned", "possible"})


def governs_mode_only(
    verb: Token, lemmas: list[str], scheme: LabelScheme, lexicon: Lexicon
) -> bool:
    """Whether ``verb`` only sets the mode of its infinitive or that-clause: "Chile plans to meet
    Peru" is a planned meeting, not an AGREE of Chile with Peru, though CAMEO codes plan, intend,
    want and hope as intents to cooperate. A verb whose phrase with that complement is an act of
    its own (promise, offer, threaten to) is typed by that phrase before this is asked."""
    # the form too: "going" (to meet) governs, "go" does not ("went to Lima to meet Peru")
    words = [*lemmas, verb.lower_]
    if not any(lexicon.modes.get(("governor", word)) in _INTENT_MODES for word in words):
        return False
    return any(word in ("to", "that") for word in _complements(verb, scheme))


def _governors(verb: Token, scheme: LabelScheme) -> list[Token]:
    """The verbs ``verb`` is an open or clausal complement of, nearest first ("plans to meet").

    Not the noun a participle describes ("the calls asking the US to waive": the asking is no
    call's complement, as "plans to withdraw" is), nor a finite verb the parser joined to an
    infinitive ("urged the embassy to reconsider and spoke with Pompeo": he spoke)."""
    out = []
    current = verb
    for _ in range(3):
        if _gerund_under_governor(current, scheme):
            # "has no intention of leaving", "is committed to leaving": through the preposition
            out.append(current.head.head)
            current = current.head.head
            continue
        if _open_complement(current, scheme) or object_controlled(current, scheme):
            # "Turkije dreigde Syrië aan te vallen" (advcl); "vroeg Italië om ... te openen": a
            # request to its object
            out.append(current.head)
            current = current.head
            continue
        if current.dep_ not in ("xcomp", "ccomp", "conj", "acl") or current.head == current:
            break
        if current.dep_ == "acl" and not has_infinitive_marker(current):
            break
        if finite_beside_infinitive(current, current.head, scheme):
            break
        if current.dep_ != "conj":
            out.append(current.head)
        current = current.head
    return out


def _gerund_under_governor(verb: Token, scheme: LabelScheme) -> bool:
    """Whether ``verb`` is a gerund in a prepositional phrase on a noun, an adjective or a
    passive participle ("no intention of leaving", "committed to leaving"), which governs it as
    it governs an infinitive; not on an active verb ("responded by annexing", "asked about
    leaving")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep == verb or prep.pos_ != "ADP" or prep.head == prep:
        return False
    word = prep.head
    return word.pos_ in ("NOUN", "ADJ") or (word.pos_ == "VERB" and is_passive(word, scheme))


def _open_complement(clause: Token, scheme: LabelScheme) -> bool:
    """Whether an adverbial clause is the open complement of its verb after all: an infinitive
    with no opener but its marker, on a verb without a direct object, as the Dutch parser hangs
    "aan te vallen" on "dreigde". With an object or an opener it states a purpose ("called a
    meeting to discuss the crisis", "stuurde troepen om Iran af te schrikken")."""
    if clause.dep_ != "advcl" or clause.head == clause or not has_infinitive_marker(clause):
        return False
    if opened_clause(clause):
        return False
    if commits_own_subject(clause, scheme):
        return True  # "dreigde Italië aan te vallen": the object is the infinitive's
    return not any(c.dep_ in scheme.object for c in children(clause.head))


def governor_mode(
    governor: Token, scheme: LabelScheme, lexicon: Lexicon, complement: Token | None = None
) -> str | None:
    """The mode a governing word sets for its complement (``governor`` rows of the modality
    lexicon): by its model lemma, its table lemma ("hopes": hope) or its form ("is going to").
    A phrasal verb is looked up whole, never by its bare verb: "called off its search" is no call
    for a search, and "riep Oeganda op" is ``oproepen``. Where ``complement`` has an infinitive
    marker, the word with the marker is looked up first: a row "be to" plans "is to meet" but
    not a clause the parser hung on a copula ("He was being met by X. X was the deputy ..."),
    and before it the word with an adverb between it and the marker ("have yet to" denies "has
    yet to concede")."""
    modes = lexicon.modes
    second = lookup_lemma(lexicon.lang, governor.lower_)
    bare = [governor.lemma_.lower(), *([second] if second else []), governor.lower_]
    words = bare
    if any(c.dep_ in scheme.particle for c in children(governor)):
        words = verb_lemmas(governor, scheme, lambda form: lookup_lemma(lexicon.lang, form))
        words = [w for w in words if w not in bare]
    if complement is not None:
        marks = [
            c.lower_
            for c in children(complement)
            if c.dep_ in ("mark", "aux") and c.lower_ in infinitive_markers(lexicon.lang)
        ]
        # an adverb between the word and its infinitive is read with them: "has yet to
        # concede" (no concession yet), not "has to concede"
        adverbs = [
            c.lower_
            for c in children(governor)
            if c.dep_ == "advmod" and governor.i < c.i < complement.i
        ]
        words = (
            [f"{word} {adverb} {mark}" for mark in marks for adverb in adverbs for word in words]
            + [f"{word} {mark}" for mark in marks for word in words]
            + words
        )
    for word in words:
        found = modes.get(("governor", word))
        if found:
            return found
    return None


def _complement_under(governor: Token, verb: Token) -> Token:
    """The child of ``governor`` on the way up from ``verb``: ``verb`` itself, or the
    complement or conjunct it hangs on."""
    current = verb
    while current.head != governor and current.head != current:
        current = current.head
    return current


#: Modes of an act told as done or not done, not planned, possible, asked or conditional: only
#: such an act happened when a time told before it, or an event told with it, says.
TOLD_MODES = frozenset({"asserted", "negated"})


def mode_of(verb: Token, scheme: LabelScheme, lexicon: Lexicon, *, reported: bool = False) -> str:
    """asserted, negated, possible, planned, demanded or conditional (see module docstring).

    Remembered per document: the routes of the relation component ask it of the same verbs
    (an English article's verbs two to three times each)."""
    memo = last_document_memo(_LAST_MODES, verb.doc)
    key = (verb.i, scheme.name, id(lexicon), reported)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _clause_mode(verb, scheme, lexicon)
    return found


#: The memo of :func:`mode_of`: {(verb index, scheme name, lexicon id, reported): mode}.
_LAST_MODES: list = [None]


def _clause_mode(verb: Token, scheme: LabelScheme, lexicon: Lexicon) -> str:
    """:func:`mode_of`, worked out."""
    if is_negated(verb, scheme, lexicon.negations) or _negated_subject(verb, scheme, lexicon):
        return "negated"
    modes = lexicon.modes
    # "would retaliate if the US imposed sanctions": the consequence of a condition is conditional
    # too.
    if any(c.dep_ == "advcl" and _conditional(c, modes) for c in children(verb)):
        return "conditional"
    found = _counterfactual(verb, modes)
    if found:
        return found
    aux = [
        c
        for c in children(verb)
        if c.dep_ in ("aux", "aux:pass", "auxpass") or (c.pos_ == "AUX" and c.i < verb.i)
    ]
    found = _reported_aux_mode(verb, aux, scheme, lexicon)
    if found:
        return found
    for token in aux:
        found = modes.get(("aux", token.lower_)) or modes.get(("aux", token.lemma_.lower()))
        if found:
            return found
    for child in children(verb):
        if child.dep_ in ("mark", "advmod") and modes.get(("mark", child.lower_)) == "conditional":
            return "conditional"
        if child.dep_ in ("advmod",) and modes.get(("aux", child.lower_)):
            return modes[("aux", child.lower_)]
        found = _adverbial_mode(child, modes)
        if found:
            return found
    if verb.dep_ == "advcl" and _conditional(verb, modes):
        return "conditional"
    found = _planned_by_object(verb, scheme, lexicon)
    if found:
        return found
    for governor in _governors(verb, scheme):
        lemma = governor.lemma_.lower()
        found = governor_mode(governor, scheme, lexicon, _complement_under(governor, verb))
        if found and governor.pos_ == "NOUN" and is_negated(governor, scheme, lexicon.negations):
            return "negated"  # "has no plans to recognise Kosovo": no plan, so no act either
        if found and _governor_denied(governor, scheme, lexicon):
            return "negated"  # "does not intend to withdraw", "did not announce plans to leave"
        if found:
            return found
        # by the table's lemma too: the Dutch model lemmatises "ontkende" as "ontkenen"
        lemmas = (lemma, lookup_lemma(lexicon.lang, governor.lower_))
        if any(lexicon.speech_mode(word) == "deny" for word in lemmas if word):
            return "negated"  # "Russia denied that it attacked": the attack is denied, not asserted
        if verb.dep_ == "xcomp" and is_negated(governor, scheme, lexicon.negations):
            return "negated"  # "did not manage to reach an agreement"
        found = _counterfactual(governor, modes)
        if found:
            return found  # "a bill that would have allowed China to extradite": it did not
        for token in [
            governor,
            *(c for c in children(governor) if c.dep_ in ("aux", "aux:pass", "auxpass")),
        ]:
            found = modes.get(("aux", token.lower_))
            # a future speech verb does not plan what it will report ("will say that X met Y"),
            # but a future verb does plan its open complement ("would take over guarding X")
            if found and (found != "planned" or (verb.dep_ == "xcomp" and governor == verb.head)):
                return found
    return "asserted"


def _reported_aux_mode(
    verb: Token, aux: list[Token], scheme: LabelScheme, lexicon: Lexicon
) -> str | None:
    """The mode of a clause's only auxiliary where a speech verb reports the clause (its
    ``reported`` row of the modality lexicon): "Rusland kondigde aan dat het zich zou
    terugtrekken", "maakte bekend dat Benin zou toetreden" tell an act to come, as English
    "said it would withdraw" does, while "zou" alone is hearsay or a condition ("volgens Rudaw
    zou hij banden hebben"). Not with a second auxiliary: "zei dat Rusland zou hebben
    aangevallen" (allegedly), "zou kunnen aanvallen". Only under a speech verb in the past that
    says or announces (a future in the past), with no condition on either verb: "zeggen dat Iran
    wapens zou leveren" (now, hearsay), "beweert dat ..." (a claim) and "zei dat Rusland zou
    aanvallen als de NAVO uitbreidt" (a condition the parser hangs on "zei") keep their reading."""
    if len(aux) != 1 or verb.dep_ not in ("ccomp", "acl:relcl") or verb.head == verb:
        return None
    found = lexicon.modes.get(("reported", aux[0].lower_))
    if not found:
        return None
    head = verb.head
    # a condition anywhere in the sentence: the parser hangs "als de NAVO uitbreidt" loosely
    if not past_tense(head) or any(
        t.dep_ == "mark" and lexicon.modes.get(("mark", t.lower_)) == "conditional"
        for t in head.sent
    ):
        return None
    lemmas = verb_lemmas(head, scheme, lambda form: lookup_lemma(lexicon.lang, form))
    words = [*lemmas, head.lemma_.lower(), lookup_lemma(lexicon.lang, head.lower_) or ""]
    modes = {lexicon.speech_mode(w) for w in words if w}
    return found if modes & {"say", "announce"} else None


#: Dependents of a verb whose negation denies them too: its object ("did not announce plans
#: to leave") and the predicate of a copula ("was not able to attack", "is not likely to").
_DENIED_WITH_VERB = frozenset({"dobj", "obj", "acomp", "attr", "xcomp"})


#: Labels of a relative clause on a noun, in either scheme ("a bill that would have allowed").
_RELATIVE = frozenset({"relcl", "acl:relcl"})


def _counterfactual(clause: Token, modes) -> str | None:
    """The mode of a relative clause whose auxiliaries, read in order, are a ``counterfactual``
    row of the modality lexicon ("a bill that would have allowed China to extradite ...": the
    bill was withdrawn, the act did not happen, as docs/annotation.md reads a withdrawn or
    defeated proposal). Only in a relative clause on a noun: a main clause's "would have faced
    impeachment but resigned" may tell a condition."""
    if clause.dep_ not in _RELATIVE:
        return None
    words = [c.lower_ for c in children(clause) if c.i < clause.i and c.pos_ == "AUX"]
    return modes.get(("counterfactual", " ".join(words))) if len(words) > 1 else None


def _governor_denied(governor: Token, scheme: LabelScheme, lexicon: Lexicon) -> bool:
    """Whether a governing word that sets a mode is itself denied, so that the act it governs
    is not planned, possible or asked but told as not happening: "Siemens does not intend to
    withdraw", "Rusland is niet van plan aan te vallen", "did not ask Russia to withdraw"; a
    plan noun or adjective through the verb it belongs to ("did not announce plans to
    withdraw", "will not be able to attack"). A governor that already denies ("refused to")
    is not turned round by a second negation here."""
    words = lexicon.negations
    if is_negated(governor, scheme, words, on_objects=False):
        return True
    head = governor.head
    return (
        governor.pos_ in ("NOUN", "ADJ")
        and governor.dep_ in _DENIED_WITH_VERB
        and head != governor
        and head.i < governor.i
        and is_negated(head, scheme, words, on_objects=False)
    )


def _planned_by_object(verb: Token, scheme: LabelScheme, lexicon: Lexicon) -> str | None:
    """The mode the object noun of the verb above sets for an infinitive the parser hung on that
    verb, not on the noun: "hebben plannen aangekondigd zich uit Iran terug te trekken" (the
    Dutch parser makes "terug te trekken" an adverbial clause of "aangekondigd") is a planned
    withdrawal, as "announced plans to withdraw" is; it may hang the infinitive as a clausal
    complement too. The noun's ``governor`` row in the
    modality lexicon gives the mode; a denied noun ("geen plannen") denies the act."""
    if verb.dep_ not in ("advcl", "xcomp", "ccomp") or not has_infinitive_marker(verb):
        return None
    # the parser may even make the noun the subject ("plannen" nsubj of "aangekondigd")
    for noun in [*objects(verb.head, scheme), *subjects(verb.head, scheme)]:
        if noun.pos_ != "NOUN" or noun.i > verb.i:
            continue
        found = governor_mode(noun, scheme, lexicon)
        if found:
            return "negated" if is_negated(noun, scheme, lexicon.negations) else found
    return None


def threat_on_condition(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb``'s act is promised on a condition: a future act ("will", "would", "zal")
    with a conditional clause of its own ("would impose tariffs on Mexico unless it stopped the
    migrants", "zal Mexico heffingen opleggen tenzij ..."). Said of a hostile act, that is a
    threat, not the act."""
    modes = lexicon.modes
    planned = any(
        "planned" in (modes.get(("aux", c.lower_)), modes.get(("aux", c.lemma_.lower())))
        for c in children(verb)
        if c.dep_ in ("aux", "aux:pass", "auxpass") or (c.pos_ == "AUX" and c.i < verb.i)
    )
    return planned and any(c.dep_ == "advcl" and _conditional(c, modes) for c in children(verb))


def _conditional(clause: Token, modes) -> bool:
    """Whether an adverbial clause states a condition: its opener ("if", "als") is its mark, or
    its first word when the parser hung the mark elsewhere ("Als Rusland Oekraïne aanvalt, ..."
    with "als" under "Rusland"). A clause, not a noun: "wezen op de aanval als voorbeeld" is an
    example, "as", not "if"."""
    if clause.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    return any(
        modes.get(("mark", g.lower_)) == "conditional"
        for g in (*children(clause), clause.left_edge)
        if g.dep_ == "mark"
    )


#: Negation words that, on a subject, contrast rather than deny ("not Kenya but Uganda").
_CONTRASTIVE = frozenset({"not", "niet"})


def _negated_subject(verb: Token, scheme: LabelScheme, lexicon: Lexicon) -> bool:
    """Whether the subject denies the act: "Neither Kenya nor Uganda signed", "No country
    objected", "Noch Kenia noch Oeganda tekende", "Geen enkel land tekende"."""
    for subject in subjects(verb, scheme):
        for child in children(subject):
            if (
                child.dep_ in ("det", "preconj", "cc", "advmod", "neg")
                and child.i < subject.i
                and child.lower_ not in _CONTRASTIVE
                and lexicon.is_negation(child.lower_)
            ):
                return True
    return False


#: Dependents that may be an adverbial phrase of several words ("naar verwachting", "in all
#: likelihood").
_ADVERBIAL = frozenset({"advmod", "obl", "obl:arg", "nmod", "prep", "npadvmod"})


def _adverbial_mode(child: Token, modes) -> str | None:
    """The mode an adverbial phrase of up to three words sets ("naar verwachting ontmoet hij ...":
    planned), looked up whole as an ``aux`` row of the modality lexicon."""
    if child.dep_ not in _ADVERBIAL or not children(child):
        return None  # one word alone is no phrase (and spaCy's subtree walk is slow)
    words = list(child.subtree)
    if 1 < len(words) <= 3:
        found = modes.get(("aux", " ".join(t.lower_ for t in words)))
        if found:
            return found
    # the phrase without what the parser hung after it: "is van plan Macron te ontmoeten" with
    # "Macron" an apposition of "plan"
    bare = [c for c in children(child) if c.i < child.i and c.dep_ in _PHRASE_WORDS] + [child]
    if 1 < len(bare) <= 3 and len(bare) < len(words):
        return modes.get(("aux", " ".join(t.lower_ for t in bare)))
    return None


#: The function words of an adverbial phrase before its noun ("van plan", "naar verwachting").
_PHRASE_WORDS = frozenset({"case", "fixed", "det", "amod", "prep"})


def _set_apart(clause: Token) -> bool:
    """Whether punctuation comes right before ``clause``'s words: "Iran attacked, X said",
    '"..." meldt het leger' (a reporter after what it reports), not "requested X declare"."""
    start = clause.left_edge
    if start.is_punct:  # the parser may hang the comma on the reporter itself
        return True
    return start.i > 0 and clause.doc[start.i - 1].is_punct


def reporter_of(
    verb: Token, scheme: LabelScheme, is_speech: Callable[[Token], bool]
) -> Token | None:
    """The speech verb that reports ``verb``'s clause, or None.

    "X said (that) Iran attacked": attacked is the complement of said. "Iran attacked, X said":
    the parser may hang said on attacked (parataxis, ccomp) or the reverse; such a reporter after
    the clause is set apart from it by punctuation, so a speech verb in the clause's own
    complement is no reporter ("requested Trump declare an emergency": what is asked, and
    Trump whom it is asked of). "X accused Y of attacking Z": a gerund after a preposition of
    the deed (ClearNLP ``pcomp``; not a means, "responded by attacking").
    """
    current = verb
    for _ in range(4):
        if current.head == current:
            break
        if current.dep_ == "pcomp" and current.head.lower_ in deed_prepositions(doc_lang(verb.doc)):
            return current.head.head if is_speech(current.head.head) else None
        if current.dep_ in scheme.complement or current.dep_ in ("ccomp", "parataxis"):
            if is_speech(current.head):
                return current.head
        if current.dep_ not in ("conj", "xcomp", "advcl", "ccomp", "parataxis"):
            break
        current = current.head
    root = current
    for child in children(root):
        if (
            child.dep_ in ("parataxis", "ccomp")
            and child.i > verb.i
            and is_speech(child)
            and not any(g.dep_ in scheme.complement for g in children(child))
            and _set_apart(child)
        ):
            return child
    return None
