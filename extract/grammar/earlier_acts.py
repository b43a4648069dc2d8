"""Which earlier act a definite event noun refers back to.

"Macron called for G7 action ... The call was seconded by Merkel": "the call" names no maker of
its own, but a reader takes it for the act the text just told with the verb of its stem, and its
maker for that verb's subject. :func:`earlier_act` finds that verb: the nearest one before the
noun, in the noun's sentence or the two before, one of whose lemmas shares the noun's stem
(call/call, oproep/oproepen, propose/proposal). Only the stem links them: a general noun ("the
move", "de stap") could refer to any act, and on the dev split the nearest act is often not it.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from extract.grammar.syntax import sentence_bounds

#: How many sentences before the noun's own are searched for its act.
WINDOW = 2


def same_stem(verb: str, noun: str) -> bool:
    """Whether a verb and an event noun share their stem, but for a last letter or an ending:
    oproepen/oproep, call/call, propose/proposal, attack/attack."""
    shorter = min(len(verb), len(noun))
    if shorter < 4:
        return verb == noun
    common = 0
    for a, b in zip(verb, noun):
        if a != b:
            break
        common += 1
    return common >= shorter - 1


def earlier_act(noun: Token, lemmas: Callable[[Token], list[str]]) -> Token | None:
    """The verb of the act ``noun`` refers back to: the nearest verb before it, in its sentence
    or the ``WINDOW`` before, one of whose ``lemmas`` shares the noun's stem; None when there is
    none."""
    doc = noun.doc
    start = sentence_bounds(noun)[0]
    for _ in range(WINDOW):
        if start > 0:
            start = sentence_bounds(doc[start - 1])[0]
    lemma = noun.lemma_.lower()
    for verb in reversed(doc[start : noun.i]):
        if verb.pos_ == "VERB" and any(same_stem(v, lemma) for v in lemmas(verb)):
            return verb
    return None
