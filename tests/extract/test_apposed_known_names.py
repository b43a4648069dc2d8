"""A known name (a knowledge-base alias) in apposition to a noun is a name even where the tagger
took it for an adverb ("het Spaanse eiland Mallorca" with Mallorca tagged ADV):
extract/components/names.py ``_is_junk``. A hand-built parse as the Dutch model makes it."""

from __future__ import annotations

from collections import Counter

from extract.components.names import _is_junk
from tests.extract.extraction_helpers import parse

# "Zij gingen naar het Spaanse eiland Mallorca": the island's name tagged ADV
NL_ISLAND = """
Zij 1 nsubj PRON
gingen 1 ROOT VERB gaan
naar 5 case ADP
het 5 det DET
Spaanse 5 amod ADJ spaans
eiland 1 obl NOUN
Mallorca 5 appos ADV mallorca
"""

# "Zij gingen naar het eiland Mallorca": the name a bare nmod of its noun, as the model also
# hangs it
NL_ISLAND_NMOD = NL_ISLAND.replace("Mallorca 5 appos", "Mallorca 5 nmod")

# "Zij gingen toen naar huis": "Toen" would be junk, as any adverb
NL_ADVERB = """
Zij 1 nsubj PRON
gingen 1 ROOT VERB gaan
Toen 1 advmod ADV toen
"""


def words(doc):
    return Counter(t.lower_ for t in doc)


def test_apposed_known_names_a_known_name_after_its_noun_is_no_junk():
    doc = parse(NL_ISLAND)
    assert not _is_junk(doc[6:7], words(doc), known=True)


def test_apposed_known_names_a_known_name_hung_bare_on_its_noun_is_no_junk():
    doc = parse(NL_ISLAND_NMOD)
    assert not _is_junk(doc[6:7], words(doc), known=True)


def test_apposed_known_names_an_unknown_one_stays_junk():
    doc = parse(NL_ISLAND)
    assert _is_junk(doc[6:7], words(doc), known=False)


def test_apposed_known_names_a_known_adverb_not_in_apposition_stays_junk():
    doc = parse(NL_ADVERB)
    assert _is_junk(doc[2:3], words(doc), known=True)
