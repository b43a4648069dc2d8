"""Words that give arguments their part: prepositions, acting-for nouns, place nouns and clause openers, per language.

Read from ``data/lexicons/prepositions.<lang>.tsv``, ``agents.<lang>.tsv``, ``placenouns.<lang>.tsv`` and
``subordinators.<lang>.tsv`` with
the lexicons' validating reader, so adding a language stays adding files.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.lexicon import DEFAULT_LEXICON_DIR, one_of, read_table, text_field
from extract.relations.patterns import Prepositions
from records.text import fold

PREPOSITION_ROLES = ("recipient", "agent", "place", "possessor", "between", "attend")


@dataclass(frozen=True)
class Grammar:
    """Prepositions by role, and nouns that act for the country or organisation modifying them."""

    prepositions: Prepositions
    agent_nouns: frozenset[str]
    place_nouns: frozenset[str] = frozenset()
    #: Conjunctions opening a verb-final clause ("dat", "sinds"); empty where clauses keep SVO order.
    subordinators: frozenset[str] = frozenset()

    def is_place_noun(self, lemma: str) -> bool:
        """'stad', 'border town': a noun for a kind of place."""
        return fold(lemma, articles=False) in self.place_nouns

    def is_agent_noun(self, lemma: str) -> bool:
        """'leger', 'troops': a noun that acts for whoever modifies it."""
        return fold(lemma, articles=False) in self.agent_nouns


@lru_cache(maxsize=None)
def load_grammar(lang: str, data_dir: Path | None = None) -> Grammar:
    """The grammar lexicon of ``lang`` (cached)."""
    folder = Path(data_dir or DEFAULT_LEXICON_DIR)
    rows = read_table(folder / f"prepositions.{lang}.tsv", {"preposition": text_field, "role": one_of("role", PREPOSITION_ROLES)})
    roles: dict[str, set[str]] = {role: set() for role in PREPOSITION_ROLES}
    for _, row in rows:
        roles[str(row["role"])].add(str(row["preposition"]).lower())
    agents = read_table(folder / f"agents.{lang}.tsv", {"noun": text_field})
    places = read_table(folder / f"placenouns.{lang}.tsv", {"noun": text_field})
    openers = read_table(folder / f"subordinators.{lang}.tsv", {"word": text_field})
    return Grammar(
        prepositions=Prepositions(**{role: frozenset(words) for role, words in roles.items()}),
        agent_nouns=frozenset(fold(str(row["noun"]), articles=False) for _, row in agents),
        place_nouns=frozenset(fold(str(row["noun"]), articles=False) for _, row in places),
        subordinators=frozenset(str(row["word"]).lower() for _, row in openers),
    )
