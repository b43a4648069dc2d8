"""A backer towards the name a backing participle describes: "an Iranian-backed militia", "the
Harbor Party-backed candidate Tom Reyes", "een door Iran gesteunde militie" (SUPPORT from Iran,
or the row's type of ``backers.<lang>.tsv``: "Saudi-funded" is AID). The participle's noun is
often a common noun beside a name ("the PMF, an Iranian-backed militia"), and the parser may hang
that apposition on another noun, so the backed is read from the text: the noun itself when it is
a name, else the name right after it, else the name that ends just before its phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Mapping

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from extract.components.relations.relation import CONFIDENCE, Relation
from extract.grammar.patterns import hyphened_agents
from extract.grammar.syntax import agents, doc_lang, doc_tokens, lemma_tokens, tokens_where
from records.ids import kb_entity_id

if TYPE_CHECKING:
    from extract.components.relations.context import _Context

#: The labels of a participle on the noun it describes.
_MODIFIER_DEPS = frozenset({"amod", "acl", "acl:relcl"})


def _backing_words(doc: Doc, backing: Mapping[str, str]) -> list[Token]:
    """The words of ``doc`` whose lemma or form is a participle of ``backing``, in text order:
    found from the document's arrays of lemmas and forms, so the route makes no Token or string
    of the other words (a walk over every word was most of its cost, and most documents have
    no such participle)."""
    words = frozenset(backing)
    found = {t.i for t in lemma_tokens(doc, words)}
    found.update(t.i for t in tokens_where(doc, LOWER, words.__contains__, (_backing_words, words)))
    tokens = doc_tokens(doc)
    return [tokens[i] for i in sorted(found)]


class BackedActors:
    """The backer's act towards the name a backing participle describes."""

    def _backed_relations(self, ctx: "_Context") -> Iterable[Relation]:
        backing = self.grammar.backing
        if not backing:
            return
        for word in _backing_words(ctx.doc, backing):
            type_ = backing.get(word.lemma_.lower()) or backing.get(word.lower_)
            if type_ is None or word.dep_ not in _MODIFIER_DEPS or word.head.i <= word.i:
                continue
            backed = self._backed(word.head, ctx)
            for backer in self._backers(word, ctx):
                for target in backed:
                    if backer != target:
                        yield ctx.relation(
                            backer, target, type_, word, CONFIDENCE["backed"], dated=False
                        )

    def _backers(self, word: Token, ctx: "_Context") -> list[str]:
        """The actors that back: the name or country word joined to ``word`` by a hyphen
        ("Iranian-backed", "Harbor Party-backed": :func:`hyphened_agents`), or the participle's
        "by"/"door" phrase."""
        resolver = ctx.resolver
        found: list[str] = []
        for before in hyphened_agents(word):
            named = resolver.entity(before)
            if named:
                found.append(named)
            else:
                country = self.kb.demonym(before.text, doc_lang(word.doc))
                key = kb_entity_id(country.key) if country is not None else ""
                if country is not None and resolver.type_of(key) == "COUNTRY":
                    found.append(key)
        found += [
            e
            for agent in agents(word, self.scheme, self.preps.agent)
            for e in resolver.actors(agent)
        ]
        return [e for e in dict.fromkeys(found) if ctx.is_actor(e)]

    def _backed(self, noun: Token, ctx: "_Context") -> list[str]:
        """The actor ``noun`` (the participle's noun) stands for: its own name, the name right
        after it ("candidate Tom Reyes"), or the name that ends just before its phrase, across
        a comma or a closing bracket ("the PMF, an Iranian-backed militia")."""
        resolver = ctx.resolver
        doc = noun.doc
        own = resolver.entity(noun)
        if own:
            return [own] if ctx.is_actor(own) else []
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.ent_iob_ == "B":
            named = resolver.entity(after)
            return [named] if named and ctx.is_actor(named) else []
        start = min(t.i for t in noun.subtree if t.i <= noun.i and not t.is_punct)
        j = start - 1
        while j >= 0 and doc[j].text in (",", ")"):
            j -= 1
        if j < 0 or "," not in [t.text for t in doc[j + 1 : start]]:
            return []
        named = resolver.entity(doc[j])
        return [named] if named and ctx.is_actor(named) else []
