"""Titles and kin words, which can span several tokens.

"Secretary of State", "minister van Buitenlandse Zaken" and "son-in-law" are
one title each. :func:`title_phrase` finds the longest one starting at a token,
so the name finder does not mistake "State" or "Buitenlandse Zaken" for an
organisation, and relations read the whole title.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extract.lexicon import Lexicon
from records.text import fold

MAX_TITLE_TOKENS = 7


@dataclass(frozen=True)
class Title:
    """A title at ``doc[start:end]``: its normalised role, or its kin relation."""

    start: int
    end: int
    role: str | None
    kin: str | None

    @property
    def detail(self) -> str:
        return self.kin or self.role or ""


_FIRST_WORDS: dict[int, frozenset[str]] = {}


def _first_words(lexicon: Lexicon) -> frozenset[str]:
    """First words of every title and kin phrase, to skip tokens that cannot start one."""
    found = _FIRST_WORDS.get(id(lexicon))
    if found is None:
        found = _FIRST_WORDS[id(lexicon)] = frozenset(
            key.split()[0] for key in (*lexicon.roles, *lexicon.family) if key.split()
        )
    return found


def title_phrase(token: Token, lexicon: Lexicon) -> Title | None:
    """The longest title starting at ``token`` (or the token's own title), else None."""
    doc = token.doc
    words = fold(token.lemma_, articles=False).split()
    if "-" not in token.text and (not words or words[0] not in _first_words(lexicon)):
        return None
    best = None
    text = token.lemma_.lower()
    for j in range(token.i + 1, min(len(doc), token.i + MAX_TITLE_TOKENS) + 1):
        if j > token.i + 1:
            previous = doc[j - 2]
            text += previous.whitespace_ + doc[j - 1].lower_
        role, kin = lexicon.role(text), lexicon.kin(text)
        if role or kin:
            best = Title(token.i, j, role, kin)
    if best is None and "-" in token.text:
        last = token.text.rsplit("-", 1)[1]
        role, kin = lexicon.role(last), lexicon.kin(last)
        if role or kin:
            best = Title(token.i, token.i + 1, role, kin)
    return best
