"""The base of every expected newsgraph error, and the records' own error.

They live on the ground floor because every room raises or catches them: extract, store, graph
and the app all show an expected error as one line, and nothing here imports any of them.
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


class RecordsError(NewsgraphError, ValueError):
    """Records could not be read, or do not follow ``records/records.schema.json``.

    The message names the file (or other source), the place in the JSON and the problem.
    """
