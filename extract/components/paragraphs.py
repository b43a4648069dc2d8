"""Sentence boundaries from punctuation and line breaks (the ``newsgraph_sentences`` component).

News text puts a headline or paragraph on its own line, often without a final
full stop, and a parser trained on treebank text may also start a sentence
before a capitalised name ("Speciaal gezant van Trump | Steve Witkoff").
Before the parser runs, this marks every token: a sentence starts after a line
break, or after sentence-final punctuation (and any closing quote) when the
next word opens like a sentence; nowhere else. The parser keeps preset
boundaries, so names stay inside their sentence and every link keeps its
evidence sentence whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from extract.grammar.syntax import remember_text

FINAL = {".", "!", "?", "…", "..."}
CLOSING = {"”", '"', "’", "'", ")", "»"}
OPENING = {"“", '"', "‘", "'", "(", "«", "-", "–", "—"}


LINE_BREAKS = "newsgraph_line_breaks"

#: A line-break character (one match per character, as ``make_doc`` records them).
_BREAK = re.compile("[\r\n]")


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenise ``text`` for the pipeline, with line breaks as spaces but remembered.

    A treebank parser has never seen a newline token and attaches other words
    to it; a space keeps every character offset the same. The positions of the
    line breaks go to ``doc.user_data`` for :func:`mark_sentences`.
    """
    flat = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    doc = nlp.make_doc(flat)
    remember_text(doc, flat)
    # found by the regex engine: a Python test of each character took 6x as long (20 ms per
    # hundred articles)
    doc.user_data[LINE_BREAKS] = [m.start() for m in _BREAK.finditer(text)]
    return doc


def mark_sentences(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token (True or False) from line breaks and final
    punctuation."""
    breaks = doc.user_data.get(LINE_BREAKS) or []
    # The tokens' texts, spacing and offsets read from one array: a Token is built anew on
    # every doc[i] and at every step of a walk over the Doc.
    columns = doc.to_array([ORTH, SPACY, IS_SPACE, IDX])
    texts = list(map(doc.vocab.strings.__getitem__, columns[:, 0].tolist()))
    spaces = [" " if spacy else "" for spacy in columns[:, 1].tolist()]  # token.whitespace_
    is_space = (columns[:, 2] != 0).tolist()
    starts_at = columns[:, 3].tolist()
    after_break = set()
    for position in breaks:
        k = bisect_left(starts_at, position)  # first token starting at or after the break
        while k < len(doc) and is_space[k]:
            k += 1
        if k < len(doc):
            after_break.add(k)
    if len(doc) < 2:
        return doc
    # One array for the whole Doc: setting token.is_sent_start one token at a time scans the Doc
    # each time.
    line_starts = after_break | {0}
    starts = [1] + [
        1
        if _starts_sentence(i, i in after_break, texts, spaces, is_space)
        or _after_dateline(i, line_starts, texts, spaces)
        else -1
        for i in range(1, len(doc))
    ]
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


def _starts_sentence(
    i: int, after_break: bool, texts: list[str], spaces: list[str], is_space: list[bool]
) -> bool:
    """Whether token ``i`` starts a sentence, from the tokens' texts, spacing and space flags."""
    if is_space[i]:
        return False
    if after_break or "\n" in spaces[i - 1] or (is_space[i - 1] and "\n" in texts[i - 1]):
        return True
    # Skip back over closing quotes and spaces to the last real character. A straight quote
    # that opens a sentence ('... zei hij. "We ...') belongs to the sentence it opens.
    j = i - 1
    while j > 0 and (texts[j] in CLOSING or is_space[j]):
        if _opening_straight_quote(j, texts, spaces, is_space):
            return False
        j -= 1
    if texts[j] not in FINAL and not texts[j].endswith(("…",)):
        return False
    text = texts[i]
    if text in STRAIGHT_QUOTES:
        # a closing one ends its sentence ('... sterk."')
        return _opening_straight_quote(i, texts, spaces, is_space)
    first = text[:1]
    return first.isupper() or first.isdigit() or text in OPENING


STRAIGHT_QUOTES = {'"', "'"}
DASHES = {"-", "–", "—"}
#: A dateline: at most this many words in capitals ("WASHINGTON", "SHARM EL-SHEIKH", "DEN HAAG"),
#: then at most this many tokens of sources in brackets ("(ANP/RTR)", "(Reuters)"), then a dash.
DATELINE_WORDS = 4
DATELINE_SOURCE = 8


def _after_dateline(i: int, line_starts: set[int], texts: list[str], spaces: list[str]) -> bool:
    """Whether ``token`` opens the story after a dateline that starts a line: "MOSKOU (ANP/RTR) -
    Poetin ...", "WASHINGTON (Reuters) — ...". The dateline is a sentence of its own, so the
    parser does not make the city the subject of the story's first sentence (issue 17 item 9).
    ``texts`` and ``spaces`` are the Doc's token texts and trailing whitespace."""
    dash = i - 1
    if dash < 1 or texts[dash] not in DASHES or not spaces[dash]:
        return False
    j = dash - 1
    if texts[j] == ")":
        opening = next(
            (k for k in range(j - 1, max(-1, j - DATELINE_SOURCE - 1), -1) if texts[k] == "("),
            None,
        )
        if opening is None:
            return False
        j = opening - 1
    first = j + 1
    while j >= 0 and first - j <= DATELINE_WORDS and _dateline_word(texts[j]):
        first = j
        if j in line_starts:
            return True
        j -= 1
    return False


def _dateline_word(text: str) -> bool:
    """A place word of a dateline: in capitals ("MOSKOU", "EL-SHEIKH", "D.C.")."""
    return text.isupper() or text == ","


def _opening_straight_quote(
    i: int, texts: list[str], spaces: list[str], is_space: list[bool]
) -> bool:
    """A straight quote written against the word after it and apart from the one before it."""
    if texts[i] not in STRAIGHT_QUOTES or spaces[i] or i + 1 >= len(texts):
        return False
    return i == 0 or bool(spaces[i - 1]) or is_space[i - 1]


def split_paragraphs(text: str, limit: int) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pairs of at most ``limit`` characters, cut after a line break
    where possible.

    spaCy refuses a text longer than ``nlp.max_length``; a line break is
    always a sentence start here, so cutting there changes no sentence. A
    paragraph longer than ``limit`` is cut after a sentence's final
    punctuation, else at a space, else anywhere.

    >>> split_paragraphs("one.\\ntwo.\\nthree.", 10)
    [(0, 'one.\\ntwo.\\n'), (10, 'three.')]
    >>> split_paragraphs("One. Two. Three", 11)
    [(0, 'One. Two. '), (10, 'Three')]
    >>> split_paragraphs("abcdefgh", 3)
    [(0, 'abc'), (3, 'def'), (6, 'gh')]
    """
    if len(text) <= limit:
        return [(0, text)]
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n") + 1
        if cut <= 0:
            final = max(window.rfind(f"{mark} ") for mark in ".!?")
            cut = final + 2 if final >= 0 else 0
        if cut <= 0:
            cut = window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces
