"""One node per real-world entity (the ``newsgraph_linker`` component).

Each name span in ``doc.ents`` gets a global entity id in ``kb_id``: ``kb:<key>``
when the knowledge base knows it (exactly, or by a close transliteration such as
Zelenski/Zelenskyy), otherwise ``<type>:<slug>`` of the fullest form seen in the
document, so a surname after a full name ("Poetin" after "Vladimir Poetin")
joins it. ``doc._.entities`` maps every id to an :class:`EntityInfo`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.kb import KnowledgeBase
from extract.text import fold, slug

FUZZY_TYPES = ("PERSON", "LOCATION", "COUNTRY", "ORG")

#: (knowledge-base key or None, type, display label, ISO alpha-3 country or None)
Resolved = tuple[str | None, str, str, str | None]


@dataclass
class EntityInfo:
    """What a document says about one entity: its display label, type, country and the forms seen."""

    id: str
    label: str
    type: str
    country: str | None = None
    kb_key: str | None = None
    aliases: list[str] = field(default_factory=list)

    def add_alias(self, text: str) -> None:
        if text not in self.aliases:
            self.aliases.append(text)


def entity_id(kb_key: str | None, type_: str, label: str) -> str:
    """The global id of an entity: knowledge-base entities by key, others by type and name.

    >>> entity_id(None, "PERSON", "Volodymyr Zelenski"), entity_id("RUS", "COUNTRY", "Rusland")
    ('person:volodymyr-zelenski', 'kb:RUS')
    """
    return f"kb:{kb_key}" if kb_key else f"{type_.lower()}:{slug(label, sep='-') or 'x'}"


class EntityLinker:
    """Assigns global entity ids to ``doc.ents`` and collects ``doc._.entities``."""

    def __init__(self, name: str, kb: KnowledgeBase) -> None:
        self.name = name
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        entities: dict[str, EntityInfo] = {}
        resolved = self.resolve(doc)
        spans = []
        for ent, (key, type_, label, country) in zip(doc.ents, resolved):
            info = self._register(entities, key, type_, label, country)
            info.add_alias(ent.text)
            spans.append(Span(doc, ent.start, ent.end, label=info.type, kb_id=info.id))
        doc.ents = spans
        inner_ids = []
        for mention in doc._.inner_mentions:
            entry = self.kb.get(mention.kb_key)
            info = self._register(entities, entry.key, entry.type, entry.label, entry.country)
            info.add_alias(mention.text)
            inner_ids.append(info.id)
        doc._.inner_mention_ids = inner_ids
        doc._.entities = entities
        return doc

    def resolve(self, doc: Doc) -> list[Resolved]:
        """For each span in ``doc.ents``: (knowledge-base key or None, type, display label, country)."""
        ents = list(doc.ents)
        full_names = self._full_names(ents)
        out = []
        for ent in ents:
            if ent.kb_id_:
                entry = self.kb.get(ent.kb_id_)
                out.append((entry.key, entry.type, entry.label, entry.country))
            else:
                fuller = full_names.get((ent.label_, fold(ent.text, articles=False)), ent.text)
                out.append(self._resolve_text(fuller, ent.label_))
        return out

    def _resolve_text(self, text: str, label: str) -> Resolved:
        entry = self.kb.fuzzy_lookup(text, type=label) if label in FUZZY_TYPES else None
        if entry is not None:
            return entry.key, entry.type, entry.label, entry.country
        return None, label, text, None

    @staticmethod
    def _full_names(ents: list[Span]) -> dict[tuple[str, str], str]:
        """Surname (and other trailing parts) of each multi-word person name -> the full name.

        When two full names share a surname the surname stays ambiguous and is not mapped.
        """
        seen: dict[tuple[str, str], str | None] = {}
        for ent in ents:
            if ent.label_ != "PERSON" or len(ent) < 2 or ent.kb_id_:
                continue
            for k in range(1, len(ent)):
                part = (ent.label_, fold(ent[k:].text, articles=False))
                if part in seen and seen[part] != ent.text:
                    seen[part] = None
                else:
                    seen[part] = ent.text
        return {k: v for k, v in seen.items() if v}

    @staticmethod
    def _register(
        entities: dict[str, EntityInfo], key: str | None, type_: str, label: str, country: str | None
    ) -> EntityInfo:
        eid = entity_id(key, type_, label)
        info = entities.get(eid)
        if info is None:
            info = entities[eid] = EntityInfo(id=eid, label=label, type=type_, country=country, kb_key=key)
        elif not key and len(label) > len(info.label):
            info.label = label
        return info



def make_linker(nlp: Language, name: str, kb: KnowledgeBase) -> EntityLinker:
    """Factory body for ``newsgraph_linker`` (registered in :mod:`extract.pipeline`)."""
    return EntityLinker(name, kb=kb)
