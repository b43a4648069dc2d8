"""Helpers shared by the end-to-end extraction tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.api import extract
from extract.documents import Document
from extract.grammar.argument_words import load_grammar
from extract.grammar.arguments import ArgumentResolver
from extract.grammar.patterns import Prepositions
from extract.grammar.syntax import CLEAR, UD
from extract.kb import KnowledgeBase
from extract.lexicon import load_lexicon

#: A vocabulary with the lexical attributes (lower_) the patterns read, for hand-built parses.
VOCAB = spacy.blank("xx").vocab


def parse(rows: str, lang: str | None = None, spaces: list[bool] | None = None) -> Doc:
    """A hand-built parse from lines 'word head dep pos [lemma [morph]]' (head is a 0-based
    index), so a pattern can be tested on exactly the tree it is written for; ``lang`` gives the
    Doc that language (for rules that read its word lists, such as its infinitive marker);
    ``spaces`` whether a space follows each word (default: after every word)."""
    words, heads, deps, pos, lemmas, morphs = [], [], [], [], [], []
    for line in rows.strip().splitlines():
        parts = line.split()
        words.append(parts[0])
        heads.append(int(parts[1]))
        deps.append(parts[2])
        pos.append(parts[3])
        lemmas.append(parts[4] if len(parts) > 4 else parts[0].lower())
        morphs.append(parts[5] if len(parts) > 5 else "")
    vocab = VOCAB if lang is None else spacy.blank(lang).vocab
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        morphs=morphs,
    )


def hand_resolver(
    rows: str,
    lang: str,
    names: list[tuple[int, int, str, str]],
    kb: KnowledgeBase | None = None,
    spaces: list[bool] | None = None,
) -> tuple[ArgumentResolver, Doc]:
    """(ArgumentResolver, doc) of a hand-built parse (see :func:`parse`) in ``lang`` whose
    ``names`` are (start, end, label, entity id), with no inner mentions; ``kb`` for the rules
    that ask the knowledge base (a region's office); ``spaces`` as :func:`parse`."""
    doc = parse(rows, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label, kb_id=eid) for s, e, label, eid in names]
    doc._.inner_mentions = []
    doc._.inner_mention_ids = []
    scheme = UD if lang == "nl" else CLEAR
    return ArgumentResolver(doc, scheme, load_lexicon(lang), load_grammar(lang), kb), doc


def records_of(text: str, lang: str, date: str = "2025-12-03") -> dict:
    """The records extracted from ``text``, an article of ``date``."""
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date=date, language=lang)]
    )
    assert result.errors == []
    return result.records


def typed(
    text: str, lang: str, date: str = "2025-12-03", *, participants: bool = False
) -> dict[tuple[str, str, str], dict]:
    """Each relation extracted from ``text`` (an article of ``date``), keyed by (source label,
    type, target label), without co-occurrence, and without event participation unless
    ``participants``."""
    records = records_of(text, lang, date)
    label = {e["id"]: e["label"] for e in records["entities"]}
    left_out = ("CO_OCCURS",) if participants else ("CO_OCCURS", "PARTICIPANT")
    return {
        (label[r["source"]], r["type"], label[r["target"]]): r
        for r in records["relations"]
        if r["type"] not in left_out
    }


def assert_typed_only(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    """That ``text`` gives the relation ``expected`` (source label, type, target label) and no
    relation of another type between the same two ends."""
    found = typed(text, lang)
    assert expected in found, sorted(found)
    wrong = [k for k in found if (k[0], k[2]) == (expected[0], expected[2]) and k != expected]
    assert not wrong, wrong


def relations(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(source label, type, target label) of each relation extracted from ``text``."""
    return set(typed(text, lang))


#: Preposition classes for the pattern tests on hand-built parses, one per language.
NL_PREPS = Prepositions(
    recipient=frozenset({"met", "tegen", "aan", "op"}),
    agent=frozenset({"door"}),
    place=frozenset({"in"}),
    within=frozenset({"in"}),
    possessor=frozenset({"van"}),
    between=frozenset({"tussen"}),
    addressee=frozenset({"tegen", "aan"}),
)
EN_PREPS = Prepositions(
    recipient=frozenset({"with", "against", "to", "on"}),
    agent=frozenset({"by"}),
    place=frozenset({"in", "at"}),
    within=frozenset({"in", "at"}),
    possessor=frozenset({"of"}),
    between=frozenset({"between"}),
    addressee=frozenset({"to"}),
)


def with_morph(doc: Doc, **features: str) -> Doc:
    """``doc`` with the morphology ``features`` gives by index ("t6": "Number=Sing")."""
    for key, value in features.items():
        doc[int(key[1:])].set_morph(value)
    return doc


# "sancties die de EU tegen Iran heeft ingesteld", parsed as the Dutch model parses it: the
# relative pronoun as the subject, the EU as the object.
RELATIVE_SANCTIONS = """
sancties 0 ROOT NOUN sanctie
die 7 nsubj PRON
de 3 det DET
EU 7 obj PROPN
tegen 5 case ADP
Iran 7 obl PROPN
{aux} 7 aux AUX
ingesteld 0 acl:relcl VERB instellen
"""


def resolved_keys(
    linker, text: str, names: list[tuple[str, str]], lang: str = "en", linked: bool = False
) -> list[str]:
    """The entity key the linker gives each name (text, type), found in order in ``text`` (words
    split at spaces); ``linked`` first links each name to its first knowledge-base entry, as the
    name finder does."""
    from extract.components.linking import _key_of

    words = text.split()
    doc = Doc(spacy.blank(lang).vocab, words=words)
    spans, at = [], 0
    for name, type_ in names:
        size = len(name.split())
        while words[at : at + size] != name.split():
            at += 1
        kb_id = linker.kb.lookup(name)[0].key if linked else ""
        spans.append(Span(doc, at, at + size, label=type_, kb_id=kb_id))
        at += size
    doc.ents = spans
    return [_key_of(res) for res in linker.resolve(doc)]
