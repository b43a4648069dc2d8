"""Which earlier act a definite event noun refers back to.

"Macron called for G7 action ... The call was seconded by Merkel": "the call" names no maker of
its own, but a reader takes it for the act the text just told with the verb of its stem, and its
maker for that verb's subject. :func:`earlier_act` finds that verb: the nearest one before the
noun, in the noun's sentence or the two before, one of whose lemmas shares the noun's stem
(call/call, oproep/oproepen, propose/proposal).

A general noun ("the move", "de stap", "het besluit"; ``actnouns.<lang>.tsv``) could refer to any
act, so :func:`nearest_acts` is asked only for the object or target of a reaction ("The EU
condemned the move") and only looks close: the acts of a type the noun fits told before it in its
own sentence, else in the sentence before; the caller gives nothing when two of them have
different makers.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter
from typing import Callable, Collection

from spacy.tokens import Doc, Token

from extract.grammar.syntax import doc_lang, sentence_bounds, tagged_tokens

#: How many sentences before the noun's own are searched for its act.
WINDOW = 2


#: The shortest stem a verb and its noun share once their endings are cut (``nominal_endings``):
#: "sl" of "slaan" and "slag" is too short to say they are one word.
_SHORTEST_STEM = 3


def same_stem(verb: str, noun: str, endings: Collection[tuple[str, str]] = ()) -> bool:
    """Whether a verb and an event noun share their stem, but for a last letter or an ending:
    oproepen/oproep, call/call, propose/proposal, attack/attack, the stem at least half the
    noun (come/complaint share only "com"); or, by the language's
    ``endings`` (:func:`nominal_endings`: verb ending, noun ending), once each has its own
    ending cut: veroordelen/veroordeling, stemmen/stemming, decide/decision.

    >>> endings = [("en", "ing")]
    >>> same_stem("veroordelen", "veroordeling"), same_stem("veroordelen", "veroordeling", endings)
    (False, True)
    """
    shorter = min(len(verb), len(noun))
    if shorter < 4:
        return verb == noun
    common = 0
    for a, b in zip(verb, noun):
        if a != b:
            break
        common += 1
    # the shared stem is at least half the noun: "rul" of rule/ruling, not "com" of
    # come/complaint ("I came back ... the complaint" is no retelling)
    if common >= shorter - 1 and len(noun) - common <= common:
        return True
    return any(
        verb.endswith(v_end)
        and noun.endswith(n_end)
        and len(verb) - len(v_end) >= _SHORTEST_STEM
        and verb[: len(verb) - len(v_end)] == noun[: len(noun) - len(n_end)]
        for v_end, n_end in endings
    )


@lru_cache(maxsize=None)
def nominal_endings(lang: str) -> tuple[tuple[str, str], ...]:
    """(verb ending, noun ending) of the language's ``nominals.<lang>.tsv``: how a verb and the
    noun made from it end where they part at more than a letter ("en"/"ing" of
    veroordelen/veroordeling); empty for a language without the file."""
    from extract.lexicon import DEFAULT_LEXICON_DIR, read_table, text_field

    path = DEFAULT_LEXICON_DIR / f"nominals.{lang}.tsv"
    if not path.exists():
        return ()
    return tuple(
        (str(row["verb_ending"]).lower(), str(row["noun_ending"]).lower())
        for _, row in read_table(path, {"verb_ending": text_field, "noun_ending": text_field})
    )


@lru_cache(maxsize=None)
def act_pairs(lang: str) -> frozenset[tuple[str, str]]:
    """(verb, noun) of the language's ``actpairs.<lang>.tsv``: a noun that names a verb's act
    without sharing its stem (die/death); empty for a language without the file."""
    from extract.lexicon import DEFAULT_LEXICON_DIR, read_table, text_field

    path = DEFAULT_LEXICON_DIR / f"actpairs.{lang}.tsv"
    if not path.exists():
        return frozenset()
    return frozenset(
        (str(row["verb"]).lower(), str(row["noun"]).lower())
        for _, row in read_table(path, {"verb": text_field, "noun": text_field})
    )


def earlier_act(
    noun: Token, lemmas: Callable[[Token], list[str]], window: int = WINDOW
) -> Token | None:
    """The verb of the act ``noun`` refers back to: the nearest verb before it, in its sentence
    or the ``window`` before, one of whose ``lemmas`` shares the noun's stem; None when there is
    none. A compound joined by a hyphen is read by its first part: "the swearing-in" (parsed
    "swearing - in") is the act of "was sworn in". A noun paired with a verb of another stem
    (:func:`act_pairs`: "his death" after "died") refers back to that verb too."""
    doc = noun.doc
    start = sentence_bounds(noun)[0]
    for _ in range(window):
        if start > 0:
            start = sentence_bounds(doc[start - 1])[0]
    stems = {noun.lemma_.lower()}
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_:
        stems |= {doc[noun.i - 2].lemma_.lower(), doc[noun.i - 2].lower_}
    lang = doc_lang(doc)
    endings = nominal_endings(lang)
    pairs = act_pairs(lang)
    for verb in reversed(_verbs_between(doc, start, noun.i)):
        if any(
            same_stem(v, stem, endings) or (v, stem) in pairs
            for v in lemmas(verb)
            for stem in stems
        ):
            return verb
    return None


def nearest_acts(
    noun: Token, act_type: Callable[[Token], str | None], fits: Collection[str]
) -> list[Token]:
    """The verbs of the acts a general act noun may refer back to ("Russia annexed Crimea. The EU
    condemned the move": annexed): the verbs before it in its own sentence that do not govern it,
    else those of the sentence before, whose ``act_type`` is one of ``fits``; empty when neither
    sentence has one."""
    start, _ = sentence_bounds(noun)
    governing = set(t.i for t in noun.ancestors)
    own = [
        v
        for v in _verbs_between(noun.doc, start, noun.i)
        if v.i not in governing and act_type(v) in fits
    ]
    if own or start == 0:
        return own
    before = sentence_bounds(noun.doc[start - 1])[0]
    return [v for v in _verbs_between(noun.doc, before, start) if act_type(v) in fits]


def _verbs_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The verbs (``pos_`` VERB) of ``doc[start:end]`` in text order, from the document's list of
    verbs: a slice of the document makes a Token and its tag's string for every word."""
    verbs = tagged_tokens(doc, ("VERB",))
    index = attrgetter("i")
    return verbs[bisect_left(verbs, start, key=index) : bisect_left(verbs, end, key=index)]
