"""A capital in an actor's slot is its country (the ``newsgraph_metonyms`` component).

Runs after the linker: a name linked to a place that stands for a government
(:func:`extract.grammar.metonyms.government_of`) and fills a slot only an actor fills
(:func:`extract.grammar.metonyms.in_actor_slot`) is linked to that country instead, so "Athens
expelled the Libyan ambassador" gives Greece a relation, while "in Athens" stays the city. The
place's entity goes when no other mention names it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.components.linking import EntityInfo, EntityLinker
from extract.grammar.metonyms import government_of, in_actor_slot
from extract.grammar.patterns import Prepositions
from extract.grammar.syntax import LabelScheme
from extract.kb import KBEntry, KnowledgeBase
from extract.lexicon import Lexicon


class MetonymLinker:
    """Relinks capitals standing for their government to the country (see module docstring)."""

    def __init__(
        self,
        name: str,
        kb: KnowledgeBase,
        lexicon: Lexicon,
        scheme: LabelScheme,
        preps: Prepositions,
    ) -> None:
        self.name = name
        self.kb = kb
        self.lexicon = lexicon
        self.scheme = scheme
        self.preps = preps

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        found = {
            k: entry
            for k, ent in enumerate(ents)
            if ent.label_ == "LOCATION"
            and (entry := government_of(self.kb, ent.kb_id_)) is not None
            and in_actor_slot(ent.root, self.scheme, self.lexicon, self.preps)
        }
        if found:
            self._relink(doc, ents, found)
        return doc

    def _relink(self, doc: Doc, ents: list[Span], found: dict[int, KBEntry]) -> None:
        entities: dict[str, EntityInfo] = doc._.entities
        places = {ents[k].kb_id_ for k in found}
        for k, entry in found.items():
            ent = ents[k]
            # the linker's own registration: one EntityInfo per id, as for any other name
            info = EntityLinker._register(
                entities, entry.key, entry.type, entry.label, entry.country
            )
            info.add_alias(ent.text)
            ents[k] = Span(doc, ent.start, ent.end, label=entry.type, kb_id=info.id)
        doc.ents = ents
        named = {ent.kb_id_ for ent in ents} | set(doc._.inner_mention_ids or [])
        for place in places - named:
            entities.pop(place, None)


def make_metonym_linker(
    name: str, kb: KnowledgeBase, lexicon: Lexicon, scheme: LabelScheme, preps: Prepositions
) -> MetonymLinker:
    """Factory body for ``newsgraph_metonyms`` (registered in :mod:`extract.pipeline`)."""
    return MetonymLinker(name, kb=kb, lexicon=lexicon, scheme=scheme, preps=preps)
