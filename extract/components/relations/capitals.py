"""LOCATED_IN from a capital to its country where the text names it as a place noun's place:
"the capital, Riyadh", "the capital of Oslo", "de hoofdstad Tunis". The sentence names the
city only; the country it is the capital of is the knowledge base's (a capital standing for its
government, ``data/kb/curated/roles.tsv``), and the country must be named in the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Span

from extract.components.relations.relation import CONFIDENCE, Relation
from extract.grammar.metonyms import government_of
from records.ids import kb_entity_id

if TYPE_CHECKING:
    from extract.components.relations.context import _Context

#: Words that may stand between a place noun and the name it gives ("the capital, Riyadh",
#: "the capital of Oslo", "de hoofdstad van Noorwegen" is a country, not a capital's name).
_BETWEEN = frozenset({",", "of", "van"})


class CapitalPlaces:
    """LOCATED_IN from a capital named after a place noun to the country it is the capital of."""

    def _capital_places(self, ctx: "_Context") -> Iterable[Relation]:
        resolver = ctx.resolver
        for ent in resolver.ents:
            if ent.label_ != "LOCATION" or not self._after_place_noun(ent):
                continue
            country = government_of(self.kb, ent.kb_id_)
            if country is None or resolver.type_of(kb_entity_id(country.key)) != "COUNTRY":
                continue
            yield ctx.relation(
                ent.kb_id_,
                kb_entity_id(country.key),
                "LOCATED_IN",
                ent.root,
                CONFIDENCE["located"],
                dated=False,
            )

    def _after_place_noun(self, ent: Span) -> bool:
        """Whether ``ent`` follows a place noun ("capital", "hoofdstad"), directly or after a
        comma or "of"/"van"."""
        doc = ent.doc
        i = ent.start - 1
        if i >= 0 and doc[i].lower_ in _BETWEEN:
            i -= 1
        if i < 0 or doc[i].pos_ != "NOUN":
            return False
        word = doc[i]
        return self.grammar.is_place_noun(word.lemma_) or self.grammar.is_place_noun(word.lower_)
