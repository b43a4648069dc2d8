"""News outlets (``outlets.tsv``): which organisations of a document are newspapers,
broadcasters, news agencies, news sites or magazines.

An outlet that reports something is the reporter of what it reports, never a speaker towards
the people, bodies or events it reports on ("NBC reported Avenatti is to be sentenced",
"volgens persbureau Reuters ..."; docs/annotation.md, settled case "An outlet's report").
An organisation is an outlet when the knowledge base entry it is linked to is one (``key``
rows), when a name the document gives it is an outlet's (``name``), ends in an outlet's word
(``head``: "Fars News", "Manila Bulletin", "Znak.com"), or stands beside a noun that says so
(``cue``: "the news agency AFP", "de Noorse publieke omroep NRK", "Znak.com, a news site").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from spacy.tokens import Doc, Span

from extract.lexicon import DEFAULT_LEXICON_DIR, one_of, read_table, text_field
from records.text import fold

KINDS = ("key", "name", "head", "cue")


@dataclass(frozen=True)
class OutletWords:
    """The rows of ``outlets.tsv``, folded (``suffixes``: heads that end a web address)."""

    keys: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    cues: frozenset[str] = frozenset()

    def names_an_outlet(self, name: str) -> bool:
        """Whether ``name`` (as written) is an outlet's name or ends in an outlet's word."""
        if name.lower().endswith(self.suffixes):
            return True
        folded = fold(name)
        if folded in self.names:
            return True
        words = folded.split()
        return any(" ".join(words[-n:]) in self.heads for n in (1, 2) if len(words) > n)


@lru_cache(maxsize=None)
def load_outlet_words(folder: Path = DEFAULT_LEXICON_DIR) -> OutletWords:
    """The outlet words of ``folder/outlets.tsv``; none when the file is missing."""
    path = folder / "outlets.tsv"
    if not path.exists():
        return OutletWords()
    rows = read_table(path, {"word": text_field, "kind": one_of("kind", KINDS)})
    by_kind: dict[str, set[str]] = {kind: set() for kind in KINDS}
    suffixes = []
    for _, row in rows:
        word, kind = str(row["word"]), str(row["kind"])
        if kind == "head" and word.startswith("."):
            suffixes.append(word.lower())
        elif kind == "key":
            by_kind[kind].add(word)
        else:
            by_kind[kind].add(fold(word, articles=False))
    return OutletWords(
        frozenset(by_kind["key"]),
        frozenset(by_kind["name"]),
        frozenset(by_kind["head"]),
        tuple(suffixes),
        frozenset(by_kind["cue"]),
    )


def _cued(span: Span, cues: frozenset[str]) -> bool:
    """Whether a noun of ``cues`` stands just before ``span`` ("persbureau Reuters", "the news
    agency AFP", "de publieke omroep NRK") or in apposition to it ("Znak.com, a news site",
    "One news site, Znak.com")."""
    doc = span.doc
    before = [t for t in doc[max(0, span.start - 2) : span.start] if not t.is_punct]
    for n in (1, 2):
        words = before[-n:]
        if len(words) == n and fold(" ".join(t.text for t in words), articles=False) in cues:
            return True
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        if noun.i in range(span.start, span.end):
            continue
        left = [t for t in doc[max(0, noun.i - 1) : noun.i + 1] if not t.is_punct]
        if fold(noun.text, articles=False) in cues or (
            len(left) == 2 and fold(" ".join(t.text for t in left), articles=False) in cues
        ):
            return True
    return False


def document_outlets(doc: Doc, names: Iterable[Span], words: OutletWords) -> set[str]:
    """The ids of the organisations among ``names`` (the document's name spans, ``kb_id_`` the
    entity id) that are news outlets, by ``words`` and the document's entities."""
    entities = doc._.entities or {}
    found: set[str] = set()
    for span in names:
        eid = span.kb_id_
        if span.label_ != "ORG" or eid in found:
            continue
        info = entities.get(eid)
        key = info.kb_key if info is not None else None
        if (
            (key is not None and key in words.keys)
            or words.names_an_outlet(span.text)
            or (info is not None and words.names_an_outlet(info.label))
            or _cued(span, words.cues)
        ):
            found.add(eid)
    return found
