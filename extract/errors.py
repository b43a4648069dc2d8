"""Exceptions raised by ``extract``.

Every message names the thing at fault (file, line, value) and what was
expected, so the command line and the app can show it as one line.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def one_line(text: str) -> str:
    r"""``text`` with line breaks and other control characters escaped, so it prints as one line.

    A file may be named "a\nb.txt"; its name must not split the message.

    >>> one_line("a\nb.txt: the file is empty")
    'a\\nb.txt: the file is empty'
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class NewsgraphError(Exception):
    """Base class for every expected error in newsgraph; its message is always one line."""

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], str):
            args = (one_line(args[0]), *args[1:])
        super().__init__(*args)


class LexiconError(NewsgraphError):
    """A lexicon file under ``data/lexicons`` is missing or has a bad row."""


class KnowledgeBaseError(NewsgraphError):
    """The knowledge base under ``data/kb`` is missing, malformed, or lacks a key."""


class InputError(NewsgraphError):
    """An input article cannot be read (empty, binary, undecodable)."""


class UnsupportedLanguageError(NewsgraphError):
    """No pipeline or lexicon exists for the requested language."""
