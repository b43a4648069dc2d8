"""A seat of government standing for its government: "Athens expelled the ambassador",
"Teheran dreigde met sancties", "Moscow's invasion".

The annotation guide (docs/annotation.md, "Metonyms keep their own node") makes such a capital the
country (COUNTRY with the country's id); where the name is the place ("in Athens", "the embassy in
Washington") it stays a place. The knowledge base says which places stand for whom (role kind
``metonym``, role ``government``, ``data/kb/curated/roles.tsv``); this module says which uses are
the government's: the slots only an actor fills. A place is taken as a government only there:
the subject or agent of a verb the lexicon types or a speech verb, the possessor of an event
noun, the object of a verb whose type is aimed at an actor ("accused Kyiv", "dreigde Peking"),
and the recipient of an event noun of such a type ("sanctions on Moscow").
"""

from __future__ import annotations

from functools import lru_cache, partial

from spacy.tokens import Token

from extract.grammar.event_nouns import noun_event_of
from extract.grammar.lemmas import verb_lemmas_of
from extract.grammar.patterns import Prepositions
from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import LabelScheme, after_stance, phrase_of
from extract.kb import KBEntry, KnowledgeBase
from extract.lexicon import DEFAULT_LEXICON_DIR, Lexicon, read_word_list
from records.ids import kb_key

#: Verb types whose object is an actor, never a place: "accused Kyiv", "dreigde Peking". Not the
#: types whose object may be the place itself ("attacked Kyiv", "visited Beijing", "withdrew
#: from Kherson", "sent aid to Gaza").
ACTOR_OBJECT_TYPES = frozenset(
    {"ACCUSE", "AGREE", "COOPERATE", "REJECT", "REQUEST", "SANCTION", "SUPPORT", "THREATEN"}
)


@lru_cache(maxsize=8)
def mind_verbs(lang: str) -> frozenset[str]:
    """The verbs of knowing, wanting and fearing of ``lang`` (``mindverbs.<lang>.txt``; none
    without the file): only someone who thinks is their subject ("not even Beijing knows")."""
    path = DEFAULT_LEXICON_DIR / f"mindverbs.{lang}.txt"
    return read_word_list(path) if path.is_file() else frozenset()


def government_of(kb: KnowledgeBase, entity_id: str) -> KBEntry | None:
    """The country (or organisation) a place's entity stands for as a government, or None.

    Only places whose knowledge-base entry has a ``metonym`` role ``government``: "Washington"
    stands for the United States, "Brussels" for the European Union.

    >>> from extract.kb import load_kb
    >>> government_of(load_kb(), "kb:athens_grc").key
    'GRC'
    >>> government_of(load_kb(), "kb:rotterdam") is None
    True
    """
    key = kb_key(entity_id)
    if key is None or key not in kb:
        return None
    entry = kb.get(key)
    if entry.type != "LOCATION":
        return None
    of = next((r.of for r in entry.roles if r.kind == "metonym" and r.role == "government"), None)
    return kb.get(of) if of is not None and of in kb else None


def in_actor_slot(token: Token, scheme: LabelScheme, lexicon: Lexicon, preps: Prepositions) -> bool:
    """Whether the name whose head is ``token`` fills a slot only an actor fills (see the module
    docstring); a coordinated name takes the slot of the first ("Washington and Beijing
    agreed")."""
    if after_stance(token, preps.stance):
        return True
    while token.dep_ in scheme.conj and token.head != token:
        token = token.head
    head = token.head
    if head == token or _after_place_word(token, preps):
        return False
    if token.dep_ in scheme.subject:
        return _acting_verb(head, scheme, lexicon)
    if token.dep_ in scheme.possessive:
        return head.pos_ == "NOUN" and lexicon.noun_event(head.lemma_.lower()) is not None
    if _is_agent(token, scheme, preps):
        verb = head.head if scheme.preposition_heads_noun else head
        return _acting_verb(verb, scheme, lexicon)
    if token.dep_ in scheme.object:
        return _aimed_at_actor(head, scheme, lexicon)
    verb = _hung_after(token, scheme, preps.partner)
    if verb is not None and _aimed_at_actor(verb, scheme, lexicon):
        return True
    noun = _hung_after(token, scheme, preps.recipient)
    return noun is not None and _act_aimed_at_actor(noun, lexicon)


def _after_place_word(token: Token, preps: Prepositions) -> bool:
    """Whether the name right after a place preposition, whatever the parse made of it: in
    "voerden in Ottawa overleg" the parser may hang "Ottawa" on "overleg" as its possessor."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].lower_ in preps.place


def _hung_after(token: Token, scheme: LabelScheme, words: frozenset[str]) -> Token | None:
    """The word a noun's phrase hangs on when its preposition is one of ``words`` ("dreigde met
    Warschau": dreigde), else None; the phrase as :func:`phrase_of` reads it."""
    phrase = phrase_of(token, scheme)
    return phrase[0] if phrase is not None and phrase[1].lower_ in words else None


def _aimed_at_actor(verb: Token, scheme: LabelScheme, lexicon: Lexicon) -> bool:
    """A verb whose type's object is an actor (``ACTOR_OBJECT_TYPES``)."""
    if verb.pos_ != "VERB":
        return False
    types = (lexicon.verb_type(lemma) for lemma in _lemmas(verb, lexicon, scheme))
    return any(t is not None and t[0] in ACTOR_OBJECT_TYPES for t in types)


def _act_aimed_at_actor(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun whose type is aimed at an actor (``ACTOR_OBJECT_TYPES``): "sanctions on
    Moscow", "sancties tegen Moskou", "support for Kyiv"; not "an attack on Kyiv" (the city)."""
    if noun.pos_ != "NOUN":
        return False
    event = lexicon.noun_event(noun.lemma_.lower())
    return event is not None and event.type in ACTOR_OBJECT_TYPES


def _is_agent(token: Token, scheme: LabelScheme, preps: Prepositions) -> bool:
    """ "by Moscow" (ClearNLP: agent -> pobj), "door Kiev" (UD: obl:agent, or obl with "door")."""
    if scheme.preposition_heads_noun:
        return token.dep_ == "pobj" and token.head.dep_ in scheme.agent
    return token.dep_ in scheme.agent or _hung_after(token, scheme, preps.agent) is not None


def _acting_verb(verb: Token, scheme: LabelScheme, lexicon: Lexicon) -> bool:
    """A verb the lexicon types, a speech verb, a verb of knowing or wanting (:func:`mind_verbs`:
    "knows", "weet"), or a verb whose phrase with its object is an act: "expelled", "dreigt",
    "said", "placed an asset freeze on" (a support verb gets its type from its event noun, not
    from its lemma). Not a verb whose object makes a phrase the lexicon
    says is no act ("Helsinki wouldn't make sense"), whatever its lemma's type."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemmas = _lemmas(verb, lexicon, scheme)
    found = phrase_type(verb, lemmas, scheme, lexicon, partial(_noun_type, lexicon=lexicon))
    if found is not None and found[0] == "NONE" and found[1] == "obj" and found[2] is not None:
        return False
    minds = mind_verbs(lexicon.lang)
    if any(
        lexicon.verb_type(lemma) is not None
        or lexicon.is_speech_verb(lemma)
        or lemma.lower() in minds
        for lemma in lemmas
    ):
        return True
    return found is not None and found[0] != "NONE"


def _noun_type(noun: Token, lexicon: Lexicon) -> str | None:
    """The PLOVER type an event noun names (for :func:`phrase_type`)."""
    event = noun_event_of(noun, lexicon)
    return event.type if event else None


def _lemmas(verb: Token, lexicon: Lexicon, scheme: LabelScheme) -> list[str]:
    return verb_lemmas_of(verb, scheme, lexicon.lang)
