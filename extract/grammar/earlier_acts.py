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
from operator import attrgetter
from typing import Callable, Collection

from spacy.tokens import Doc, Token

from extract.grammar.syntax import sentence_bounds, tagged_tokens

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


def earlier_act(
    noun: Token, lemmas: Callable[[Token], list[str]], window: int = WINDOW
) -> Token | None:
    """The verb of the act ``noun`` refers back to: the nearest verb before it, in its sentence
    or the ``window`` before, one of whose ``lemmas`` shares the noun's stem; None when there is
    none. A compound joined by a hyphen is read by its first part: "the swearing-in" (parsed
    "swearing - in") is the act of "was sworn in"."""
    doc = noun.doc
    start = sentence_bounds(noun)[0]
    for _ in range(window):
        if start > 0:
            start = sentence_bounds(doc[start - 1])[0]
    stems = {noun.lemma_.lower()}
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_:
        stems |= {doc[noun.i - 2].lemma_.lower(), doc[noun.i - 2].lower_}
    for verb in reversed(_verbs_between(doc, start, noun.i)):
        if any(same_stem(v, stem) for v in lemmas(verb) for stem in stems):
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
