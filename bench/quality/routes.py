"""Which rule made each relation, for ``--wrong``: the entry of
``extract.components.relations.relation.CONFIDENCE`` its route was trusted by.

Records carry no pattern name (only what a reader needs), so while the yardstick extracts, the
one factory every route makes its relations with (``_Context.relation``) is watched: each relation
is noted with the verb pattern of the candidate it came from (``cand.pattern``), else the
``CONFIDENCE`` entry its caller named and passed unscaled, else the caller's name (a route whose
confidence was scaled by a lexicon weight, such as ``_among_subjects``). A relation is found
again in the records by its trigger, type and ends. This is measuring, not extraction: nothing is
changed, and the watch ends with the ``with`` block.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from types import FrameType
from typing import Iterator

from extract.components.relations.context import _Context
from extract.components.relations.relation import CONFIDENCE

#: What a relation made outside the watched factory is called (extract.retold's participants).
UNKNOWN = "?"


class Routes:
    """The rule noted for each relation made while :func:`noting_routes` was open."""

    def __init__(self) -> None:
        self._by_ends: dict[tuple[str, str, str, str], str] = {}
        self._by_trigger: dict[tuple[str, str], str] = {}

    def note(self, trigger: str, type_: str, source: str, target: str, rule: str) -> None:
        self._by_ends.setdefault((trigger, type_, source, target), rule)
        self._by_trigger.setdefault((trigger, type_), rule)

    def of(self, rel: dict) -> str:
        """The rule that made record ``rel`` (its ends first, else its trigger and type)."""
        key = (rel.get("trigger") or "", rel["type"])
        return self._by_ends.get((*key, rel["source"], rel["target"])) or self._by_trigger.get(
            key, UNKNOWN
        )


def rule_of(caller: FrameType, confidence: float) -> str:
    """The rule a call of ``_Context.relation`` from ``caller`` with ``confidence`` stands for."""
    cand = caller.f_locals.get("cand")
    if isinstance(getattr(cand, "pattern", None), str):
        return cand.pattern
    named = [
        name
        for name in caller.f_code.co_consts
        if isinstance(name, str) and name in CONFIDENCE and CONFIDENCE[name] == confidence
    ]
    route = caller.f_locals.get("route")
    if isinstance(route, str) and CONFIDENCE.get(route) == confidence:
        return route
    return named[0] if named else caller.f_code.co_name


@contextmanager
def noting_routes() -> Iterator[Routes]:
    """While open, note the rule of every relation extraction makes (see the module docstring)."""
    routes = Routes()
    original = _Context.relation

    def noted(self, source, target, type_, trigger, confidence, **kwargs):
        routes.note(trigger.text, type_, source, target, rule_of(sys._getframe(1), confidence))
        return original(self, source, target, type_, trigger, confidence, **kwargs)

    _Context.relation = noted
    try:
        yield routes
    finally:
        _Context.relation = original
