"""Which time expression belongs to which clause.

A relation or event is dated by the time expression in its own clause: in "On
Monday he met Macron, and on Tuesday he spoke at a press conference" the press
conference is Tuesday's. The expression's clause is found from the parse.
"""

from __future__ import annotations

from typing import Mapping

from spacy.tokens import Doc, Token

from extract.dates import find_time_mentions
from extract.relations.syntax import clause_verb


def clause_time_spans(doc: Doc, lang: str, relative_days: Mapping[str, int]) -> dict[int, tuple[int, int]]:
    """Clause verb token index -> character span of the first time expression in that clause."""
    spans: dict[int, tuple[int, int]] = {}
    for mention in find_time_mentions(doc.text, lang, None, relative_days):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        spans.setdefault(clause_verb(span.root).i, (mention.start, mention.end))
    return spans


def time_span_of(token: Token, spans: Mapping[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The time expression of ``token``'s clause, if it has one."""
    return spans.get(clause_verb(token).i)
