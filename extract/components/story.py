"""The story's main event: the one event the headline and lead tell (the attack, the election,
the summit, the crash, the lawsuit), decided once per document.

A news article tells one happening in its lead, the first paragraph after the headline, and
returns to it: what later sentences tell without a time of their own is mostly about it. The
event finder writes it on the Doc (``doc._.main_event``, the event's id) after it has found the
events and gives it the place the lead's first sentence names when no telling of it has one
(``EventFinder._placed_by_lead``). It dates no act: a reading that gave an undated act about it
the main event's day was taken out in stop 58 (it dated acts told before or after it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from spacy.tokens import Doc

from extract.components.paragraphs import LINE_BREAKS
from extract.grammar.syntax import sentence_bounds
from extract.grammar.timing import headline_end

if TYPE_CHECKING:
    from extract.components.events import EventMention


def main_event(doc: Doc, events: Sequence[EventMention]) -> str | None:
    """The id of the story's main event among ``events`` (which are all of node kinds): the
    event the lead's first sentence names first (the lead: the first paragraph after the
    headline, or the text's first paragraph when it opens without one), else the one the
    headline names first, else the first the lead names; None when none of them names an
    event. The lead's later sentences often tell what led to it ("The move follows the
    killing of X last week"), so they come last."""
    if not len(doc) or not events:
        return None
    breaks = doc.user_data.get(LINE_BREAKS) or []
    end = headline_end(doc, breaks)
    if end >= len(doc):
        return None
    first = sentence_bounds(doc[end])
    stop = next((b for b in breaks if b > doc[end].idx), None)
    lead = (end, len(doc) if stop is None else _token_at(doc, stop))
    for start, until in (first, (0, end), lead):
        told = [
            (min(i for i in e.mentions if start <= i < until), e.id)
            for e in events
            if any(start <= i < until for i in e.mentions)
        ]
        if told:
            return min(told)[1]
    return None


def _token_at(doc: Doc, offset: int) -> int:
    """The index of the first token that begins at or after character ``offset``."""
    return next((t.i for t in doc if t.idx >= offset), len(doc))
