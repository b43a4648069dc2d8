"""What the argument resolver made of each pronoun and description, for ``--misses``.

Records keep no trace of coreference (only the relations it helped make), so while the yardstick
extracts, every way a relation or event route asks what a token stands for is watched: the
method most of them ask (``ArgumentResolver.actors``, watched where it answers, so a quotation's
speaker it finds for an "I" is noted too: 'He tweeted, "I ..."'), and the resolver itself where a
route asks it without ``actors`` (``Coreference.resolve``: a title's owner or a place's body read
by ``named_or_described``; ``Coreference.possessor``: "his sister X", "zijn vrouw X" read by
``owners``). Each pronoun or common noun asked about that is not itself a name or an event is
noted with its sentence and the entity ids it stood for (none: not resolved); the resolver's own
calls inside one answer (an earlier "the country" it resolves on the way) are no route's question
and are not noted. ``--misses`` then says, for a gold end a sentence does not name, whether the
pronoun or description there was resolved to that end, to another entity, to nothing, or never
asked about. This is measuring, not extraction: nothing is changed, and the watch ends with the
``with`` block.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from extract.grammar.arguments import ArgumentResolver
from extract.grammar.coreference import Coreference


@dataclass(frozen=True)
class Resolution:
    """One word the resolver was asked about: its form, lemma and part of speech, and the entity
    ids it stood for (empty: nothing)."""

    word: str
    lemma: str
    pos: str
    found: tuple[str, ...]


def _key(sentence: str) -> str:
    return " ".join(sentence.split())


class Resolutions:
    """The words noted while :func:`noting_resolutions` was open, by sentence."""

    def __init__(self) -> None:
        self._by_sentence: dict[str, dict[tuple[int, str], Resolution]] = {}

    def note(self, sentence: str, start: int, resolution: Resolution) -> None:
        """Note the first answer for the word at ``start`` (a character offset in ``sentence``)
        that found anyone, else the first: ``owners`` asks ``actors`` about "his", which finds
        no one, before the possessor, which does."""
        words = self._by_sentence.setdefault(_key(sentence), {})
        key = (start, resolution.word)
        if key not in words or (resolution.found and not words[key].found):
            words[key] = resolution

    def in_sentence(self, evidence: str) -> list[Resolution]:
        """The words noted in the sentence ``evidence`` (or a sentence inside it, or one it is
        inside: gold and the parser may cut sentences differently)."""
        key = _key(evidence)
        if key in self._by_sentence:
            return list(self._by_sentence[key].values())
        return [
            r
            for sentence, words in self._by_sentence.items()
            if sentence and (sentence in key or key in sentence)
            for r in words.values()
        ]


@contextmanager
def noting_resolutions() -> Iterator[Resolutions]:
    """While open, note what every pronoun and common noun asked about stood for (see the module
    docstring)."""
    noted = Resolutions()
    original = ArgumentResolver._actors_of
    resolve, possessor = Coreference.resolve, Coreference.possessor
    #: how deep the watch is inside an answer: only the outermost call of the resolver is a
    #: route's question (``actors`` notes each of its own calls, as it always has)
    depth = [0]

    def note(token, found, named) -> None:
        """Note ``token`` unless it is a name or an event (``named``: whether a token index
        is one)."""
        if token.pos_ in ("PRON", "NOUN", "PROPN") and not named(token.i):
            sent = token.sent
            noted.note(
                sent.text,
                token.idx - sent.start_char,
                Resolution(token.lower_, token.lemma_.lower(), token.pos_, tuple(found)),
            )

    def actors(self, token):
        depth[0] += 1
        try:
            found = original(self, token)
        finally:
            depth[0] -= 1
        note(token, found, lambda i: i in self.by_token or i in self.events)
        return found

    def watched(method):
        def asked(self, token):
            outermost = depth[0] == 0
            depth[0] += 1
            try:
                found = method(self, token)
            finally:
                depth[0] -= 1
            if outermost:
                note(token, found, self._ent_at.__contains__)
            return found

        return asked

    ArgumentResolver._actors_of = actors
    Coreference.resolve = watched(resolve)
    Coreference.possessor = watched(possessor)
    try:
        yield noted
    finally:
        ArgumentResolver._actors_of = original
        Coreference.resolve, Coreference.possessor = resolve, possessor
