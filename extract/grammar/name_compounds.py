"""A name written together with a group or role noun as one word.

Dutch writes "Talibanstrijders", "Hamasleiders", "Kremlinwoordvoerder" where English writes
"Taliban fighters". Such a word acts for the name it opens, as "strijders van de Taliban" does
for the Taliban: the noun that ends it (its head) is one of the language's agent nouns
(``agents.<lang>.tsv``, but for members: "Lagerhuisleden" are not the House), group nouns
(``groups.<lang>.tsv``) or role nouns (``roles.<lang>.tsv``), read through the language's lemma
table ("strijders" -> "strijder"). Only languages that write
compounds as one word (``languages.tsv``) have them, and a word the lemma table or the lexicons
know as a whole is never split ("Amsterdammers", "Partijleider").

:func:`head_splits` finds where a word may be cut (names.py then asks whether the part before
the cut is a name); :func:`acting_head` says whether the rest speaks for that name
(arguments.py reads the head of a compound whose name is an inner mention, hyphen or not).
"""

from __future__ import annotations

from functools import lru_cache

from extract.grammar.argument_words import Grammar, load_grammar
from extract.grammar.lemmas import lemma_table
from extract.lexicon import Lexicon, load_lexicon
from records.text import fold

#: The fewest letters of a name that opens a compound ("EU" is written "EU-diplomaten").
MIN_NAME = 3
#: The fewest letters of the head noun that ends one.
MIN_HEAD = 3


def head_lemma(word: str, lang: str) -> str:
    """The lemma of a compound's head as written ("strijders" -> "strijder"), lower case."""
    lower = word.lower()
    return lemma_table(lang).get(lower, lower)


def acting_head(word: str, lexicon: Lexicon, grammar: Grammar) -> str | None:
    """The lemma of ``word`` where it is a noun that acts for the name before it (an agent or
    group noun, or a role), else None."""
    lemma = head_lemma(word, lexicon.lang)
    if fold(lemma, articles=False) in grammar.member_nouns:
        return None
    if grammar.is_agent_noun(lemma) or grammar.is_described_group(lemma) or lexicon.role(lemma):
        return lemma
    return None


def head_splits(text: str, lang: str) -> tuple[int, ...]:
    """The lengths of the name parts a capitalised one-word compound may open with, longest
    head first: "Hamasleiders" -> (5,) ("Hamas" + "leiders"). Empty for a word with a hyphen
    (names.py reads those), a word known as a whole, and in a language that writes compounds
    apart."""
    return _head_splits(text, lang)


@lru_cache(maxsize=1 << 14)
def _head_splits(text: str, lang: str) -> tuple[int, ...]:
    lexicon = load_lexicon(lang)
    if (
        not lexicon.closed_compounds
        or not text[:1].isupper()
        or "-" in text
        or len(text) < MIN_NAME + MIN_HEAD
    ):
        return ()
    grammar = load_grammar(lang)
    lower = text.lower()
    if lower in lemma_table(lang) or acting_head(lower, lexicon, grammar):
        return ()
    return tuple(
        k
        for k in range(MIN_NAME, len(text) - MIN_HEAD + 1)
        if text[k:].islower() and text[k - 1].isalpha() and acting_head(text[k:], lexicon, grammar)
    )
