"""A country's parliament named by its common noun (the ``newsgraph_bodies`` component).

"Parliament", "the parliament", "het parlement" and "het Britse parlement" name no body by
themselves, yet a text about one country's parliament means that body, and the annotation guide
counts such a word as a form of it. Before linking, each such noun (``nationalbodies.<lang>.txt``)
becomes, or its span is linked as, the body of its country in the knowledge base, where the
knowledge base knows it as "<demonym> <noun>" ("British parliament", "Britse parlement"). The
country is the one its adjective names ("the British parliament"), else the one the text names
most, when it clearly leads. No country, or a country the knowledge base knows no body of, gives
no node: a parliament of no clear country is no name.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.grammar.syntax import children, tokens_where
from extract.kb import KnowledgeBase
from extract.lexicon import DEFAULT_LEXICON_DIR, Lexicon, read_word_list
from extract.name_words import name_words

#: The definite articles of every language (``namewords.<lang>.tsv``): "the", "de", "het".
_DEFINITE_ARTICLES = name_words()["definite_article"]


@cache
def body_nouns(lang: str) -> frozenset[str]:
    """The nouns of ``nationalbodies.<lang>.txt`` (empty when the language has none)."""
    path = DEFAULT_LEXICON_DIR / f"nationalbodies.{lang}.txt"
    return frozenset(w.lower() for w in read_word_list(path)) if path.exists() else frozenset()


class NationalBodies:
    """Turns a country's parliament named by its noun into a span linked to that body."""

    def __init__(self, name: str, kb: KnowledgeBase, lexicon: Lexicon) -> None:
        self.name = name
        self.kb = kb
        self.lang = lexicon.lang
        self.nouns = body_nouns(lexicon.lang)
        self._bodies: dict[tuple[str, str], str | None] = {}

    def body(self, country: str, noun: str) -> str | None:
        """The knowledge-base key of ``country``'s body called ``noun``, known under one of
        the country's demonyms with the noun ("British parliament"), or None."""
        if (country, noun) not in self._bodies:
            found = None
            for demonym in self.kb.demonyms_of(country):
                for entry in self.kb.lookup(f"{demonym} {noun}"):
                    if entry.type == "ORG" and entry.country == country:
                        found = entry.key
                        break
                if found:
                    break
            self._bodies[(country, noun)] = found
        return self._bodies[(country, noun)]

    def __call__(self, doc: Doc) -> Doc:
        # the words of a body ("parliament"), from the document's array of words (a walk over
        # every token made a Token and its string of each)
        named = tokens_where(doc, LOWER, self.nouns.__contains__)
        if not named:
            return doc  # most texts name no parliament: no country count, no new entities
        ents = list(doc.ents)
        leading = self._leading_country(doc, ents)
        out: list[Span] = []
        for ent in ents:
            words = [t for t in ent if t.lower_ not in _DEFINITE_ARTICLES]
            noun = words[-1].lower_ if words else ""
            if ent.label_ == "ORG" and not ent.kb_id_ and noun in self.nouns:
                country = self._country_of(words[-1], words[:-1], leading)
                key = self.body(country, noun) if country else None
                if key:
                    ent = Span(doc, ent.start, ent.end, label="ORG", kb_id=key)
            out.append(ent)
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        for token in named:
            if token.i in taken or not self._bare(token):
                continue
            country = self._country_of(token, [], leading)
            key = self.body(country, token.lower_) if country else None
            if key:
                out.append(Span(doc, token.i, token.i + 1, label="ORG", kb_id=key))
        doc.ents = filter_spans(out)
        return doc

    def _bare(self, token: Token) -> bool:
        """A singular noun with nothing before it but an article or the country's adjective:
        "his parliament", "a parliament", "parliaments" and "the Iraqi parliament's speaker's
        parliament" are left alone."""
        if token.pos_ not in ("NOUN", "PROPN") or "Plur" in token.morph.get("Number"):
            return False
        if token.dep_ in ("compound", "flat", "amod") or token.dep_.startswith("flat"):
            return False  # "Parliament Square", "parliament building"
        for child in children(token):
            if child.i > token.i:
                continue
            if child.lower_ in _DEFINITE_ARTICLES:
                continue
            if child.pos_ == "ADJ" and self.kb.demonym(child.text, self.lang) is not None:
                continue
            return False
        return True

    def _country_of(self, noun: Token, before: list[Token], leading: str | None) -> str | None:
        """The country whose body ``noun`` is: its adjective's, else the leading one."""
        adjectives = list(before) + [c for c in children(noun) if c.i < noun.i and c.pos_ == "ADJ"]
        for word in adjectives:
            entry = self.kb.demonym(word.text, self.lang)
            if entry is not None:
                return entry.key if entry.type == "COUNTRY" else None
        return leading

    def _leading_country(self, doc: Doc, ents: list[Span]) -> str | None:
        """The country the text names most, by name or adjective, when it leads clearly (at
        least twice, and more than twice as often as the next): a story about one country."""
        counts: Counter[str] = Counter()
        for ent in ents:
            if ent.label_ in ("COUNTRY", "GPE", "NORP"):
                entry = self.kb.country_named(ent.text, self.lang)
                if entry is not None:
                    counts[entry.key] += 1
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        for token in doc:
            if token.i not in taken and token.pos_ == "ADJ" and token.text[:1].isupper():
                entry = self.kb.demonym(token.text, self.lang)
                if entry is not None and entry.type == "COUNTRY":
                    counts[entry.key] += 1
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2:
            return None
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1] + 1:
            return None
        return ranked[0][0]
