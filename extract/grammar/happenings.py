"""Verbs of a change of state, whose subject without an object is the thing changed; verbs that
tell a happening's course.

"The zoo has shut", "de brug stortte in": the subject of such a verb with no object is what the
change happens to, not someone who acts; "the council shut the zoo" is an act again. The verbs
are lemmas of ``changeverbs.<lang>.txt``; :mod:`extract.components.events` asks
:func:`changed_subject` before it makes a verb's subject a participant of an event the verb
retells.

"Which went into effect on Tuesday", "die dinsdag inging": a clause of a verb of
``courseverbs.<lang>.tsv`` tells when a happening took place or took effect
(:func:`tells_course`), so the event finder takes its time for an event noun when the parser hung
it on a noun of the event noun's own phrase.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Token

from extract.grammar.lemmas import lookup_lemma
from extract.grammar.syntax import LabelScheme, objects
from extract.lexicon import DEFAULT_LEXICON_DIR, read_table, read_word_list, text_field


@lru_cache(maxsize=8)
def change_verbs(lang: str) -> frozenset[str]:
    """The verbs of a change of state of ``lang`` (``changeverbs.<lang>.txt``); none without the
    file."""
    path = DEFAULT_LEXICON_DIR / f"changeverbs.{lang}.txt"
    return read_word_list(path) if path.is_file() else frozenset()


def changed_subject(verb: Token, lemmas: Iterable[str], scheme: LabelScheme, lang: str) -> bool:
    """Whether ``verb``'s subject is the thing its change happens to: one of its ``lemmas`` is
    a verb of a change of state and the verb has no object ("the zoo has shut", not "the
    council shut the zoo")."""
    verbs = change_verbs(lang)
    return any(lemma in verbs for lemma in lemmas) and not objects(verb, scheme)


@lru_cache(maxsize=8)
def course_verbs(lang: str) -> dict[str, tuple[frozenset[str], ...]]:
    """Verb lemma -> the word sets that make it tell a happening's course with it (an empty set:
    the verb alone), from ``courseverbs.<lang>.tsv``; none without the file."""
    path = DEFAULT_LEXICON_DIR / f"courseverbs.{lang}.tsv"
    if not path.is_file():
        return {}
    found: dict[str, list[frozenset[str]]] = {}
    for _, row in read_table(path, {"lemma": text_field, "words": text_field}):
        words = str(row["words"])
        found.setdefault(str(row["lemma"]).lower(), []).append(
            frozenset() if words == "-" else frozenset(words.lower().split())
        )
    return {lemma: tuple(sets) for lemma, sets in found.items()}


def tells_course(verb: Token, lang: str) -> bool:
    """Whether the clause of ``verb`` tells when a happening took place or took effect ("which
    went into effect on Tuesday", "die dinsdag inging"): its verb and words are a row of
    ``courseverbs.<lang>.tsv``. Such a clause is said of happenings, not of things or people."""
    rows = course_verbs(lang)
    if not rows:
        return False
    lemmas = {verb.lemma_.lower(), (lookup_lemma(lang, verb.lower_) or "").lower()}
    lemmas |= {
        c.lower_ + lemma for c in verb.children if c.dep_ in _PARTICLES for lemma in set(lemmas)
    }
    words = {w for t in verb.subtree for w in (t.lower_, t.lemma_.lower())}
    return any(needed <= words for lemma in lemmas for needed in rows.get(lemma, ()))


#: Labels of a separable particle ("ging ... in"), in UD and ClearNLP.
_PARTICLES = frozenset({"compound:prt", "prt"})
