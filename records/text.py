"""How names are compared: the one place that says when two spellings are the same name.

Two rules, for two jobs:

- :func:`fold` is extraction's: case, diacritics, hyphens, apostrophes, dots and a leading
  article do not matter ("het Witte Huis" = "Witte Huis", "U.N." = "UN"). The knowledge base's
  build script precomputes its alias index with it, and the loaders use it at lookup time, so
  both sides always agree.
- :func:`alias_key` is the store's: every run of punctuation is one space and articles stay
  ("U.N." = "U N", "het Kremlin" is not "Kremlin"), cut to the 300 characters of the store's
  column. Stores keep these keys on disk, so the rule cannot change without a migration.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Leading articles dropped before matching ("het Kremlin", "the White House").
LEADING_ARTICLES: frozenset[str] = frozenset({"de", "het", "the", "'t"})

_APOSTROPHES = "'\u2019\u2018\u02bc\u02b9`\u00b4"
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2212_/"
_DROP = str.maketrans({c: "" for c in _APOSTROPHES + "."})
_SPACE = str.maketrans({c: " " for c in _HYPHENS + ",\u00a0"})
_WHITESPACE = re.compile(r"\s+")


def strip_diacritics(text: str) -> str:
    """Remove combining marks: 'Oekraïne' -> 'Oekraine'.

    >>> strip_diacritics("Erdoğan Élysée Oekraïne")
    'Erdogan Elysee Oekraine'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # lemmas and names repeat: folding each once saves most of the cost
@lru_cache(maxsize=1 << 16)
def fold(text: str, articles: bool = True) -> str:
    """Return the matching key of a name.

    Case-, diacritic-, hyphen- and apostrophe-insensitive, dots removed, and
    (unless ``articles`` is False) a leading article dropped when something
    follows it.

    >>> fold("het Witte Huis")
    'witte huis'
    >>> fold("Oost-Oekraïne") == fold("oost oekraine")
    True
    >>> fold("U.N.")
    'un'
    >>> fold("Kupyans’k")
    'kupyansk'
    >>> fold("Het")
    'het'
    >>> fold("de schuld geven", articles=False)
    'de schuld geven'
    """
    text = strip_diacritics(text).casefold()
    text = text.translate(_DROP).translate(_SPACE)
    text = _WHITESPACE.sub(" ", text).strip()
    head, _, rest = text.partition(" ")
    if articles and rest and head in LEADING_ARTICLES:
        text = rest
    return text


def slug(text: str, sep: str = "_") -> str:
    """Return a stable identifier made of ASCII letters, digits and ``sep``.

    >>> slug("Recep Tayyip Erdoğan")
    'recep_tayyip_erdogan'
    >>> slug("Oekraïne-oost", sep="-")
    'oekraine-oost'
    """
    ascii_text = strip_diacritics(text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", sep, ascii_text).strip(sep)


_NOT_WORD = re.compile(r"[^\w]+")
_STORE_APOSTROPHES = re.compile(r"['’`]")
#: The store's alias keys are at most this long (its ``aliases.key`` column).
ALIAS_KEY_LENGTH = 300


def alias_key(name: str) -> str:
    """The key under which the store compares and keeps an entity's aliases.

    >>> alias_key("  Jared  KUSHNER ")
    'jared kushner'
    >>> alias_key("Zelens'kyj, Volodymyr")
    'zelenskyj volodymyr'
    >>> alias_key("U.N."), fold("U.N.")
    ('u n', 'un')
    """
    plain = _STORE_APOSTROPHES.sub("", strip_diacritics(name).casefold())
    return " ".join(_NOT_WORD.sub(" ", plain).split())[:ALIAS_KEY_LENGTH]
