"""An event told as ongoing, and a single occasion of its kind (``ongoing.<lang>.tsv``).

"Weeks of protests", "the months-long protests", "de aanhoudende protesten" tell a run of
occasions, one general event; "Saturday's march" or "the protest" after it tell one occasion of
that kind, an event of its own that the text dates or places apart (the gold keeps the two apart),
while "the protests" names the general event again. Its ``another`` rows ("a new decree", "a
second attack", "een tweede aanval") tell an indefinite noun apart from the one event its word
told before (:func:`told_another`). Read by :class:`extract.components.events.EventFinder`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from extract.grammar.syntax import LabelScheme, children, morph_values, preposition_of
from extract.lexicon import DEFAULT_LEXICON_DIR, words_by_role

ROLES = ("modifier", "period", "link", "another", "sequence")


@dataclass(frozen=True)
class OngoingWords:
    """The words of one language that tell an event noun as ongoing (see the module docstring)."""

    modifiers: frozenset[str] = frozenset()  # "ongoing", "months-long", "aanhoudende"
    periods: frozenset[str] = frozenset()  # "weeks" of "weeks of protests"
    links: frozenset[str] = frozenset()  # "of", "van"
    others: frozenset[str] = frozenset()  # "new", "second", "nieuw": another occasion
    #: "next", "previous", "volgende": an occasion before or after the one told, definite or not
    sequence: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def load_ongoing_words(lang: str, data_dir: Path | None = None) -> OngoingWords:
    """The words of ``ongoing.<lang>.tsv``; none without the file."""
    path = (data_dir or DEFAULT_LEXICON_DIR) / f"ongoing.{lang}.tsv"
    if not path.is_file():
        return OngoingWords()
    found = words_by_role(path, ROLES)
    return OngoingWords(
        found["modifier"], found["period"], found["link"], found["another"], found["sequence"]
    )


def told_ongoing(noun: Token, words: OngoingWords, scheme: LabelScheme) -> bool:
    """Whether a plural event noun is told as ongoing: with a modifier of ``words`` ("the ongoing
    protests", "months-long protests", with the words joined to it by hyphens), or in the phrase
    of a period ("weeks of protests", "the eleventh week of protests", "twee weken van
    protesten"; not "the fourth day of protest"). A singular noun is one event however long it
    lasts ("the ongoing investigation ... the investigation")."""
    if "Plur" not in morph_values(noun, "Number"):
        return False
    for child in children(noun):
        if child.dep_ not in ("amod", "acl") or child.i > noun.i:
            continue
        written = noun.doc[child.left_edge.i : child.i + 1].text.lower()
        if {written, child.lower_, child.lemma_.lower()} & words.modifiers:
            return True
    prep = preposition_of(noun, scheme)
    if prep is None or prep.lower_ not in words.links:
        return False
    head = prep.head if scheme.preposition_heads_noun else noun.head
    return head != noun and bool({head.lower_, head.lemma_.lower()} & words.periods)


def told_in_sequence(noun: Token, words: OngoingWords) -> bool:
    """Whether an adjective before an event noun tells it as the occasion before or after the
    one its word told ("the next election", "the previous election", "de volgende
    verkiezingen"): another event even where the noun is definite, where :func:`told_another`
    reads only an indefinite one ("the new decree" may be the decree told before). A noun
    compounded before another reads the other's words before it too ("the next general
    election cycle")."""
    before = [c for c in children(noun) if c.i < noun.i]
    if noun.dep_ == "compound" and noun.head.i > noun.i:
        before += [c for c in children(noun.head) if c.i < noun.i]
    return any({c.lower_, c.lemma_.lower()} & words.sequence for c in before)


def told_once(noun: Token) -> bool:
    """Whether an event noun tells one occasion: singular ("the protest", "yesterday's march"),
    which :func:`told_ongoing` never tells as ongoing."""
    return "Sing" in morph_values(noun, "Number")


def told_another(noun: Token, words: OngoingWords) -> bool:
    """Whether an adjective, number or ordinal before an event noun tells it apart from an
    earlier event of its word: "a new decree", "a second attack", "een tweede aanval", "two
    attacks" (a noun with none, "a full pardon", may be the one told before)."""
    for child in children(noun):
        if child.i > noun.i:
            continue
        if child.dep_ == "nummod" or child.pos_ == "NUM" or child.ent_type_ == "ORDINAL":
            # not "een" ("a"), a number word as well
            return True
        if {child.lower_, child.lemma_.lower()} & words.others:
            return True
    return False
