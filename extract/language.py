"""Which language an article is written in.

Detection scores the share of a text's words that are stop words of each
candidate language, using the stop lists spaCy ships for every language. It is
enough to tell Dutch from English from German in a news article, needs no extra
model, and grows with the languages spaCy knows, not with our code.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

#: Languages we can recognise, even when we have no pipeline for them, so the
#: error can say "German" rather than guessing Dutch.
CANDIDATES = ("nl", "en", "de", "fr", "es", "it", "pt", "da", "sv", "nb", "pl", "ru", "uk")

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for ``lang`` (empty when spaCy has none)."""
    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(word.lower() for word in getattr(module, "STOP_WORDS", ()))


def detect_language(text: str, candidates: tuple[str, ...] = CANDIDATES) -> str | None:
    """The most likely language code of ``text``, or None when it has too few words to tell.

    >>> detect_language("De Russische president zei dat het plan niet goed was.")
    'nl'
    >>> detect_language("The Russian president said that the plan was not good.")
    'en'
    """
    words = [word.lower() for word in WORD.findall(text[:20000])]
    if len(words) < 3:
        return None
    best, best_score = None, 0.0
    for lang in candidates:
        stops = stop_words(lang)
        if not stops:
            continue
        score = sum(word in stops for word in words) / len(words)
        if score > best_score:
            best, best_score = lang, score
    return best if best_score >= 0.08 else None
