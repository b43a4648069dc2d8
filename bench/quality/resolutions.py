"""What the argument resolver made of each pronoun and description, for ``--misses``.

Records keep no trace of coreference (only the relations it helped make), so while the yardstick
extracts, the one method every relation route asks what a token stands for
(``ArgumentResolver.actors``) is watched: each pronoun or common noun it is asked about that is
not itself a name or an event is noted with its sentence and the entity ids it stood for (none:
not resolved). ``--misses`` then says, for a gold end a sentence does not name, whether the
pronoun or description there was resolved to that end, to another entity, to nothing, or never
asked about. This is measuring, not extraction: nothing is changed, and the watch ends with the
``with`` block.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from extract.grammar.arguments import ArgumentResolver


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
        """Note the first answer for the word at ``start`` (a character offset in ``sentence``)."""
        words = self._by_sentence.setdefault(_key(sentence), {})
        words.setdefault((start, resolution.word), resolution)

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
    original = ArgumentResolver.actors

    def actors(self, token):
        found = original(self, token)
        if (
            token.pos_ in ("PRON", "NOUN", "PROPN")
            and token.i not in self.by_token
            and token.i not in self.events
        ):
            sent = token.sent
            noted.note(
                sent.text,
                token.idx - sent.start_char,
                Resolution(token.lower_, token.lemma_.lower(), token.pos_, tuple(found)),
            )
        return found

    ArgumentResolver.actors = actors
    try:
        yield noted
    finally:
        ArgumentResolver.actors = original
