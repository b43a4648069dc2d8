"""Finding and typing the names in a document (the ``newsgraph_names`` component).

Candidates come from three places: the statistical NER of the language's
pipeline, runs of capitalised tokens that the knowledge base knows, and
demonyms ("Russische", "Ukrainian") that point to a country. The component
keeps finding separate from writing, like spaCy's ``SpanRuler``: :meth:`find`
returns spans, ``__call__`` writes them to ``doc.ents`` with the newsgraph type
as label and the knowledge-base key (if any) as ``kb_id``.

Names inside a hyphenated token ("Poetin-assistent", "NAVO-lidmaatschap") cannot
be token spans; they go to ``doc._.inner_mentions``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.kb import KBEntry, KnowledgeBase
from extract.lexicon import Lexicon
from extract.relations.titles import title_phrase

ENTITY_TYPES = ("PERSON", "ORG", "COUNTRY", "LOCATION", "EVENT")

#: Labels of the statistical NER models we load, mapped onto newsgraph types.
#: OntoNotes (English) and the project's Dutch PER/ORG/LOC labels both appear.
MODEL_LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "LOCATION": "LOCATION",
    "FAC": "LOCATION",
    "NORP": "NORP",
    "MISC": None,
}

#: Tokens that may sit inside a multi-word name ("Verenigde Staten van Amerika", "Ministerie van Defensie").
NAME_CONNECTORS = {"van", "der", "den", "de", "of", "the", "and", "voor", "for", "&"}
QUOTES = set("\"'“”‘’«»„")


@dataclass(frozen=True)
class InnerMention:
    """A name inside a larger token, by character offsets into the document."""

    start_char: int
    end_char: int
    text: str
    label: str
    kb_key: str
    token_i: int


class NameFinder:
    """Writes typed name spans to ``doc.ents`` (see module docstring)."""

    def __init__(self, name: str, kb: KnowledgeBase, lexicon: Lexicon) -> None:
        self.name = name
        self.kb = kb
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        spans, inner = self.find(doc)
        doc.ents = spans
        doc._.inner_mentions = inner
        return doc

    # --- finding ---------------------------------------------------------------------------

    def find(self, doc: Doc) -> tuple[list[Span], list[InnerMention]]:
        """Typed, non-overlapping name spans, plus names found inside hyphenated tokens."""
        in_titles = self._inside_titles(doc)
        words = Counter(t.text for t in doc)
        kb_spans = filter_spans(list(self._kb_runs(doc, words)) + list(self._demonyms(doc)))
        taken = {t.i for s in kb_spans for t in s}
        model_spans = [
            s for s in self._model_spans(doc)
            if not _is_junk(s, words) and not any(t.i in taken for t in s) and not all(t.i in in_titles for t in s)
        ]
        # Knowledge-base matches win over model spans; among the rest, longer spans win.
        spans = kb_spans + filter_spans(model_spans)
        return sorted(spans, key=lambda s: s.start), list(self._inner(doc, spans))

    def _inside_titles(self, doc: Doc) -> set[int]:
        """Tokens after the first word of a multi-word title ("Secretary of *State*")."""
        inside: set[int] = set()
        for token in doc:
            title = title_phrase(token, self.lexicon)
            if title is not None and title.end - title.start > 1:
                inside.update(range(title.start + 1, title.end))
        return inside

    def _model_spans(self, doc: Doc) -> Iterable[Span]:
        for ent in doc.ents:
            label = MODEL_LABELS.get(ent.label_)
            if not label:
                continue
            ent = _strip_edges(ent)
            if ent is None:
                continue
            entry = self._lookup(ent.text, label)
            if entry is not None:
                yield Span(doc, ent.start, ent.end, label=entry.type, kb_id=entry.key)
            elif label != "NORP":
                yield Span(doc, ent.start, ent.end, label=self._type_from_context(ent, label))

    def _kb_runs(self, doc: Doc, words: Counter[str]) -> Iterable[Span]:
        """Longest knowledge-base matches inside runs of capitalised tokens (``words``: the
        doc's word counts)."""
        for start, end in _capitalised_runs(doc):
            i = start
            while i < end:
                for j in range(min(end, i + 6), i, -1):
                    span = doc[i:j]
                    if span[-1].lower_ in NAME_CONNECTORS or span[0].lower_ in NAME_CONNECTORS:
                        continue
                    entry = self._lookup(span.text, None)
                    if entry is not None and not (j - i == 1 and _is_junk(span, words, known=True)):
                        yield Span(doc, i, j, label=entry.type, kb_id=entry.key)
                        i = j
                        break
                else:
                    i += 1

    def _demonyms(self, doc: Doc) -> Iterable[Span]:
        for token in doc:
            if token.pos_ in ("ADJ", "PROPN", "NOUN", "X") or token.is_title:
                entry = self.kb.demonym(token.text)
                if entry is not None:
                    yield Span(doc, token.i, token.i + 1, label=entry.type, kb_id=entry.key)

    def _inner(self, doc: Doc, spans: list[Span]) -> Iterable[InnerMention]:
        covered = {t.i for s in spans for t in s}
        for token in doc:
            if "-" not in token.text or token.i in covered:
                continue
            offset = token.idx
            for part in token.text.split("-"):
                if part[:1].isupper():
                    entry = self._lookup(part, None) or self.kb.demonym(part)
                    if entry is not None:
                        yield InnerMention(offset, offset + len(part), part, entry.type, entry.key, token.i)
                offset += len(part) + 1

    # --- typing and filtering --------------------------------------------------------------

    def _lookup(self, text: str, label: str | None) -> KBEntry | None:
        entries = self.kb.lookup(text)
        if not entries:
            return None
        if label in ENTITY_TYPES:
            same = [e for e in entries if e.type == label]
            if same:
                return same[0]
            if label == "LOCATION":
                places = [e for e in entries if e.type in ("COUNTRY", "LOCATION", "ORG")]
                if places:
                    return places[0]
        return entries[0]

    def _type_from_context(self, span: Span, label: str) -> str:
        """A title right before a name makes it a person ("minister X", "president Y")."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        if label != "PERSON" and before is not None and self.lexicon.role(before.lemma_.lower()):
            return "PERSON"
        return label


def _is_junk(span: Span, words: Counter[str], known: bool = False) -> bool:
    """A lone sentence-initial capitalised word that is not a name ("Gevraagd", "Ondertussen").

    ``words`` counts the doc's words: a tagger may call a capitalised sentence opener PROPN,
    and the word written lower case elsewhere in the doc gives it away. A ``known`` name (a
    knowledge-base alias) opening a sentence counts even when the tagger did not call it PROPN
    ("Zelensky had maandag ..." with Zelensky tagged ADV).
    """
    if len(span) != 1:
        return False
    token = span[0]
    initial = token.is_sent_start or (token.i > 0 and token.nbor(-1).text in QUOTES)
    if not initial:
        return token.pos_ in ("ADV", "VERB", "AUX", "SCONJ", "CCONJ", "DET", "PRON", "ADP")
    if token.pos_ != "PROPN" and not known:
        return True
    return words[token.lower_] > (token.text == token.lower_)


def _strip_edges(span: Span) -> Span | None:
    """Drop leading articles and trailing punctuation the NER sometimes includes."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].text in QUOTES):
        start += 1
    while end > start and (doc[end - 1].pos_ == "PUNCT" or doc[end - 1].text in QUOTES or doc[end - 1].text == "'s"):
        end -= 1
    return doc[start:end] if end > start else None


def _capitalised_runs(doc: Doc) -> Iterable[tuple[int, int]]:
    """Maximal runs of capitalised tokens, allowing name connectors inside ("Ministerie van Defensie")."""
    i = 0
    n = len(doc)
    while i < n:
        if _capitalised(doc[i]):
            j = i + 1
            while j < n and (_capitalised(doc[j]) or (doc[j].lower_ in NAME_CONNECTORS and j + 1 < n and _capitalised(doc[j + 1]))):
                j += 1
            yield i, j
            i = j
        else:
            i += 1


def _capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def make_name_finder(nlp: Language, name: str, kb: KnowledgeBase, lexicon: Lexicon) -> NameFinder:
    """Factory body for ``newsgraph_names`` (registered in :mod:`extract.pipeline`)."""
    return NameFinder(name, kb=kb, lexicon=lexicon)
