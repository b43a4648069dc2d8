"""Exceptions raised by ``extract``.

Every message names the thing at fault (file, line, value) and what was
expected, so the command line and the app can show it as one line. Their base,
``NewsgraphError``, is the ground floor's (:mod:`records.errors`).
"""

from __future__ import annotations

from records.errors import NewsgraphError, one_line

__all__ = [
    "NewsgraphError",
    "one_line",
    "LexiconError",
    "KnowledgeBaseError",
    "InputError",
    "UnsupportedLanguageError",
]


class LexiconError(NewsgraphError):
    """A lexicon file under ``data/lexicons`` is missing or has a bad row."""


class KnowledgeBaseError(NewsgraphError):
    """The knowledge base under ``data/kb`` is missing, malformed, or lacks a key."""


class InputError(NewsgraphError):
    """An input article cannot be read (empty, binary, undecodable)."""


class UnsupportedLanguageError(NewsgraphError):
    """No pipeline or lexicon exists for the requested language."""
