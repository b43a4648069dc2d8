"""Who speaks a direct quotation, and so whom its "I" and "we" stand for.

A reader carries the speaker of a quote into every sentence of it: in '"We warn Saudi Arabia.
We will strike again," Saree said.' both "we" are Saree, though the first sentence names no one;
in 'Parrilla responded: "I reject the new measure."' "I" is Parrilla. A quote is the text
between two double quotation marks of one paragraph; its speaker is the one subject of the
speech verbs of its attribution, the part of the sentence before the opening mark and the part
of the sentence after the closing mark. Where the attribution is unclear (no speech verb there,
two speakers, marks that do not pair within the paragraph) the quote has no speaker: no
relation is better than a wrong one. The attribution of one quote never speaks for another,
so a pronoun is never carried across a quote of another speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Callable

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from extract.grammar.lemmas import verb_lemmas_of
from extract.grammar.syntax import (
    DETERMINER_LABELS,
    LabelScheme,
    morph_values,
    subjects,
    tokens_where,
)
from extract.lexicon import Lexicon

#: Double quotation marks that open what someone said, straight and typographic, in any
#: language's use, each with the mark that closes it (a straight mark closes itself).
QUOTE_PAIRS = {'"': '"', "“": "”", "„": "”", "«": "»"}
#: Every double quotation mark.
QUOTE_MARKS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())
#: Marks that only close a quotation.
CLOSING_MARKS = frozenset(QUOTE_PAIRS.values()) - frozenset(QUOTE_PAIRS)


class Quotations:
    """The quotations of one parsed document and their speakers (see module docstring).

    ``actors(token)`` gives the entities a token stands for (the speaker's subject may be a name,
    a description or a pronoun outside the quote); ``is_actor(entity)`` whether an entity may
    speak. Quotes and speakers are found once, on first use.
    """

    def __init__(
        self,
        doc: Doc,
        scheme: LabelScheme,
        lexicon: Lexicon,
        actors: Callable[[Token], list[str]],
        is_actor: Callable[[str], bool],
        line_breaks: list[int] | None = None,
    ) -> None:
        self.doc = doc
        self.scheme = scheme
        self.lexicon = lexicon
        self._actors = actors
        self._is_actor = is_actor
        self._breaks = sorted(line_breaks or [])
        self._spans: list[tuple[int, int]] | None = None  # (opening mark, closing mark) tokens
        self._speakers: dict[int, list[str]] = {}  # quote's opening mark -> its speaker
        self._verbs: dict[int, list[Token]] = {}  # quote's opening mark -> its speaker's verbs

    def speaker_of(self, pronoun: Token) -> list[str]:
        """The speaker a first-person personal pronoun inside a quotation stands for ("I",
        "we", "ik", "wij", by morphology: Person=1, PronType=Prs), as a list of one entity id;
        empty for any other token, a possessive, or a quote whose speaker is unclear."""
        if (
            pronoun.pos_ != "PRON"
            or morph_values(pronoun, "Person") != ["1"]
            or morph_values(pronoun, "PronType") != ["Prs"]
            or morph_values(pronoun, "Poss") == ["Yes"]
            # a possessive says whose a thing is, not who acts ("our islands")
            or pronoun.dep_ in DETERMINER_LABELS
        ):
            return []
        return self.speaker_around(pronoun)

    def speaker_around(self, token: Token) -> list[str]:
        """The speaker of the quotation ``token`` lies inside, as a list of one entity id; empty
        outside a quotation or where its speaker is unclear. A third-person pronoun there never
        stands for that speaker, who would say "I" (:class:`Coreference`)."""
        quote = self._quote_around(token.i)
        if quote is None:
            return []
        if quote[0] not in self._speakers:
            self._speakers[quote[0]] = []  # no cycle through a quote being resolved
            self._speakers[quote[0]] = self._speaker(quote)
        return list(self._speakers[quote[0]])

    def attributed_by(self, token: Token) -> list[Token]:
        """The speech verbs whose subject is the speaker of the quotation ``token`` lies inside
        ('"...," Kern wrote': wrote; '"...?" Kern asked': asked), for a reader that weighs what
        the attribution does; empty where :meth:`speaker_around` finds no speaker."""
        quote = self._quote_around(token.i)
        if quote is None or not self.speaker_around(token):
            return []
        return list(self._verbs.get(quote[0], []))

    def inside(self, token: Token) -> bool:
        """Whether ``token`` lies inside a quotation (between its marks)."""
        return self._quote_around(token.i) is not None

    def spans(self) -> list[tuple[int, int]]:
        """(opening mark, closing mark) token indices of each quotation, in text order: marks
        paired in turn within a paragraph; an opening mark left unclosed at a line break is
        dropped (a quote that runs over paragraphs is not followed)."""
        if self._spans is None:
            self._spans = []
            opening: Token | None = None
            # the marks only: a walk over the whole document made a Token and a string per word
            for token in tokens_where(self.doc, ORTH, QUOTE_MARKS.__contains__, QUOTE_MARKS):
                if opening is not None and self._break_between(opening.idx, token.idx):
                    opening = None
                if opening is None:
                    if token.text not in CLOSING_MARKS:
                        opening = token
                    continue
                self._spans.append((opening.i, token.i))
                opening = None
        return self._spans

    def _quote_around(self, i: int) -> tuple[int, int] | None:
        spans = self.spans()
        k = bisect_left(spans, (i, i))
        if k > 0 and spans[k - 1][0] < i < spans[k - 1][1]:
            return spans[k - 1]
        return None

    def _break_between(self, start: int, end: int) -> bool:
        k = bisect_left(self._breaks, start)
        return k < len(self._breaks) and self._breaks[k] < end

    def _speaker(self, quote: tuple[int, int]) -> list[str]:
        """The one actor the speech verbs of the quote's attribution have as subject; for a quote
        with no speech verb there that opens a sentence, the speaker of the sentence just before
        it (:meth:`_introduced_by`)."""
        start, end = quote
        before = self.doc[start].sent
        after = self.doc[end].sent
        outside = [t for t in before if t.i < start] + [t for t in after if t.i > end]
        verbs = [t for t in outside if self._speech_verb(t)]
        if not verbs and start == before.start:
            verbs = self._introduced_by(before)
        found: set[str] = set()
        by: list[Token] = []
        for verb in verbs:
            for subject in subjects(verb, self.scheme):
                if start <= subject.i <= end or _inside_any(subject.i, self.spans()):
                    continue
                actors = {e for e in self._actors(subject) if self._is_actor(e)}
                if actors and verb not in by:
                    by.append(verb)
                found |= actors
        self._verbs[start] = by
        return list(found) if len(found) == 1 else []

    def _speech_verb(self, token: Token) -> bool:
        """A verb of the speech lexicon outside every quotation."""
        if token.pos_ not in ("VERB", "AUX") or _inside_any(token.i, self.spans()):
            return False
        lemmas = verb_lemmas_of(token, self.scheme, self.lexicon.lang)
        return any(self.lexicon.is_speech_verb(lemma) for lemma in lemmas)

    def _introduced_by(self, sentence: Span) -> list[Token]:
        """The speech verb of the sentence before ``sentence`` that introduces a quote opening
        ``sentence`` with no attribution of its own ('A spokesperson said the attack took place
        at 7.45 pm. "No troops were injured. We appreciate ..."'): the root of that sentence, when
        it is a speech verb, the sentence is in the same paragraph and holds no quotation mark
        (a quote of its own would be another's words)."""
        if sentence.start == 0:
            return []
        previous = self.doc[sentence.start - 1].sent
        root = previous.root
        if (
            any(t.text in QUOTE_MARKS for t in previous)
            or self._break_between(previous.end_char, sentence.start_char + 1)
            or not self._speech_verb(root)
        ):
            return []
        return [root]


def _inside_any(i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether token ``i`` lies within one of the quotations ``spans``."""
    k = bisect_left(spans, (i, i))
    return k > 0 and spans[k - 1][0] < i < spans[k - 1][1]
