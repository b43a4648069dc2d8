"""Co-occurrence (``CoOccurrences``): CO_OCCURS between names of one sentence, the weakest
link, dropped where a typed relation links the same pair (see tagger._dedupe).
"""

from __future__ import annotations

from itertools import combinations
from typing import Iterable

from extract.components.relations.context import _Context
from extract.components.relations.relation import CONFIDENCE, Relation


class CoOccurrences:
    """CO_OCCURS relations."""

    def _co_occurrences(self, ctx: "_Context") -> Iterable[Relation]:
        for k, names in ctx.names_in_sentence.items():
            start = ctx.sentences[k].start_char
            ids = dict.fromkeys(ent.kb_id_ for ent in names if ent.label_ != "EVENT")
            for source, target in combinations(list(ids), 2):
                yield Relation(
                    source, target, "CO_OCCURS", "", start, start, k, CONFIDENCE["co_occurs"]
                )
