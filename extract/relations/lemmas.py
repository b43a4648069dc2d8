"""A second opinion on lemmas, from spacy-lookups-data's lookup tables.

A trained lemmatizer sometimes returns a word form unchanged ("viel", "overlegen"
for "overlegde"); a relation is then lost because the lexicon lists the
infinitive. The lookup table of the language, where spacy-lookups-data has one,
gives the dictionary lemma of known forms. Languages without a table simply get
no second opinion.
"""

from __future__ import annotations

import os
from functools import lru_cache

import srsly


@lru_cache(maxsize=None)
def lemma_table(lang: str) -> dict[str, str]:
    """Word form -> lemma for ``lang`` (empty when spacy-lookups-data has no table)."""
    try:
        import spacy_lookups_data
    except ImportError:
        return {}
    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", f"{lang}_lemma_lookup.json.gz")
    if not os.path.exists(path):
        return {}
    return srsly.read_gzip_json(path)


def lookup_lemma(lang: str, word: str) -> str | None:
    """The table lemma of ``word`` (lower-cased), or None.

    >>> lookup_lemma("nl", "overlegde")
    'overleggen'
    """
    table = lemma_table(lang)
    return table.get(word.lower()) or table.get(word)
