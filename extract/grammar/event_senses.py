"""Senses of event nouns that name no event (``eventsenses.<lang>.tsv``).

"Charge" is an accusation, but "in charge of" a duty and "free of charge" a price; "arrest" is a
detention, but "a cardiac arrest" an illness; "fire" is a fire, but "a fire extinguisher" a tool.
Each row is a phrase of two words, the noun's lemma and the word right before or after it that
hangs on it or it on (its adjective, the preposition it hangs from, the noun it modifies); in that
phrase the noun makes no event (:meth:`extract.components.events.EventFinder._event_noun`).
A row whose noun is ``*`` holds for any event noun in its place ("* law": "the extradition law").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from extract.lexicon import (
    DEFAULT_LEXICON_DIR,
    LexiconError,
    read_table,
    read_word_list,
    text_field,
)

#: The noun of a row that holds for every event noun beside its other word: "* law" (noun "*")
#: is "the extradition law", "the election law": a document named by what it is about.
ANY = "*"


@lru_cache(maxsize=None)
def load_event_senses(lang: str, data_dir: Path | None = None) -> frozenset[tuple[str, str]]:
    """The phrases of ``lang`` as (first word, second word) in lower case, one of them a noun's
    lemma; none without the file."""
    path = (data_dir or DEFAULT_LEXICON_DIR) / f"eventsenses.{lang}.tsv"
    found = set()
    for lineno, row in _sense_rows(lang, data_dir):
        if str(row.get("as", "") or "").strip():
            continue  # a phrase in which the noun reads as another event (load_sense_readings)
        phrase, noun = str(row["phrase"]).lower().split(), str(row["noun"]).lower()
        if len(phrase) != 2 or noun not in phrase or phrase == [ANY, ANY]:
            raise LexiconError(
                f"phrase {' '.join(phrase)!r} in {path.name}, line {lineno} is not two words of "
                f"which one is the noun {noun!r}; expected 'word noun' or 'noun word'"
            )
        found.add((phrase[0], phrase[1]))
    return frozenset(found)


@lru_cache(maxsize=None)
def _sense_rows(lang: str, data_dir: Path | None = None) -> tuple[tuple[int, dict], ...]:
    """(line number, row) of ``eventsenses.<lang>.tsv``, none without the file: read once for
    both its views, the phrases of no event (:func:`load_event_senses`) and those that read a
    noun as another (:func:`load_sense_readings`)."""
    path = (data_dir or DEFAULT_LEXICON_DIR) / f"eventsenses.{lang}.tsv"
    if not path.is_file():
        return ()
    return tuple(read_table(path, {"phrase": text_field, "noun": text_field}))


@lru_cache(maxsize=None)
def load_habitual_words(lang: str, data_dir: Path | None = None) -> frozenset[str]:
    """The words of ``lang`` that make a bare plural event noun a habit rather than one event
    ("Fires are common in India", "Branden komen vaak voor"; ``habitual.<lang>.txt``); none
    without the file."""
    path = (data_dir or DEFAULT_LEXICON_DIR) / f"habitual.{lang}.txt"
    return read_word_list(path) if path.is_file() else frozenset()


@lru_cache(maxsize=None)
def load_sense_readings(lang: str, data_dir: Path | None = None) -> dict[tuple[str, str], str]:
    """The phrases of ``lang`` in which a noun names another event than alone, as (first word,
    second word) -> the noun of ``nouns.<lang>.tsv`` it then reads as (``as`` column of
    ``eventsenses.<lang>.tsv``): "a strike" by a union, nurses or workers, or "on strike", is a
    labour strike (PROTEST), not an attack; none without the file."""
    found: dict[tuple[str, str], str] = {}
    for _, row in _sense_rows(lang, data_dir):
        reading = str(row.get("as", "") or "").strip().lower()
        if reading:
            first, second = str(row["phrase"]).lower().split()
            found[first, second] = reading
    return found


@lru_cache(maxsize=None)
def sense_reading_nouns(lang: str) -> tuple[str, ...]:
    """The nouns the phrases of :func:`load_sense_readings` read otherwise (their second word),
    sorted: asked of every noun of every document (:func:`extract.grammar.event_nouns.
    sense_reading`), which most pass by, so made once per language, not at each noun."""
    return tuple(sorted({second for _, second in load_sense_readings(lang)}))
