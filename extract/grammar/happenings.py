"""Verbs of a change of state, whose subject without an object is the thing changed.

"The zoo has shut", "de brug stortte in": the subject of such a verb with no object is what the
change happens to, not someone who acts; "the council shut the zoo" is an act again. The verbs
are lemmas of ``changeverbs.<lang>.txt``; :mod:`extract.components.events` asks
:func:`changed_subject` before it makes a verb's subject a participant of an event the verb
retells.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Token

from extract.grammar.syntax import LabelScheme, objects
from extract.lexicon import DEFAULT_LEXICON_DIR, read_word_list


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
