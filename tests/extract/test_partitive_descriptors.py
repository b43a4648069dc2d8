"""Issues 17 and 18 (pairfresh2_nl): a person described by a partitive apposition ("Anna Smith,
one of the vice presidents of Kenya", "Anna de Vries, een van de vicepresidenten van Kenia")
holds the office of its noun, and a name the Dutch parser split over two subjects ("Rebecca
Nyandeng De Mabior" with "Mabior" hung on the verb) still keeps the apposition after it. Found on
fresh Dutch news. Hand-built parses (extract/grammar/affiliation.py), then end to end in both
languages on sentences of our own."""

from __future__ import annotations

import pytest

from extract.grammar.affiliation import descriptor_owners, descriptors
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import relations
from tests.extract.test_affiliation import EN_WORDS, named, texts
from tests.extract.test_patterns import parse


def test_partitive_descriptors_one_of_the_office_holders_en():
    doc = parse("""
Anna 1 compound PROPN
Smith 11 nsubj PROPN
, 1 punct PUNCT
one 1 appos NUM
of 3 prep ADP
the 7 det DET
vice 7 compound NOUN
presidents 4 pobj NOUN president
of 7 prep ADP
Kenya 8 pobj PROPN
, 1 punct PUNCT
spoke 11 ROOT VERB speak
""")
    nouns = descriptors(named(doc, 0, 2), CLEAR)
    assert texts(nouns) == ["presidents"]
    assert texts(descriptor_owners(nouns[0], CLEAR, EN_WORDS)) == ["Kenya", "vice"]


# "Anna Maria De Vries, een van de ministers van Kenia, sprak", the name split as the Dutch
# model splits such names: "Vries" a second subject of the verb, the apposition on it.
NL_SPLIT = """
Anna 9 nsubj PROPN
Maria 0 flat PROPN
De 3 det DET
Vries 9 nsubj PROPN
, 5 punct PUNCT
een 3 appos NUM één
van 8 case ADP
de 8 det DET
ministers 5 nmod NOUN minister
sprak 9 ROOT VERB spreken
"""


def test_partitive_descriptors_on_a_split_name_nl():
    doc = parse(NL_SPLIT)
    assert texts(descriptors(named(doc, 0, 4), UD)) == ["ministers"]


def test_partitive_descriptors_a_number_before_the_name_is_none():
    # "drie van de ministers, Anna Maria De Vries": nothing after the name describes her
    doc = parse(NL_SPLIT)
    assert descriptors(named(doc, 0, 2), UD) == []


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Anna Smith, one of the vice presidents of Kenya, spoke to reporters.",
            "Anna Smith",
        ),
        (
            "nl",
            "Maria Teresa De Souza, een van de vicepresidenten van Kenia, sprak met journalisten.",
            "Maria Teresa De Souza",
        ),
    ],
    ids=["en", "nl"],
)
@pytest.mark.model
def test_partitive_descriptors_end_to_end(lang, text, expected):
    found = {(s, t) for s, kind, t in relations(text, lang) if kind == "ROLE"}
    assert (expected, "Kenya") in found, sorted(found)


# "De Keniaanse minister van Informatie, Peter Otieno, sprak", as the Dutch model parses it: the
# name a conjunct of "Informatie", with no coordinator, set off by commas.
NL_MISPARSED = """
De 2 det DET
Keniaanse 2 amod ADJ keniaans
minister 9 nsubj NOUN
van 4 case ADP
Informatie 2 nmod NOUN
, 6 punct PUNCT
Peter 4 conj PROPN
Otieno 6 flat PROPN
, 2 punct PUNCT
sprak 9 ROOT VERB spreken
"""


def test_partitive_descriptors_a_name_made_a_conjunct_of_the_title_phrase_nl():
    doc = parse(NL_MISPARSED)
    assert texts(descriptors(named(doc, 6, 8), UD)) == ["minister"]


def test_partitive_descriptors_a_coordinated_name_is_no_apposition_nl():
    # "de minister van Informatie en Peter Otieno": two people
    doc = parse(NL_MISPARSED.replace(", 6 punct PUNCT", "en 6 cc CCONJ"))
    assert descriptors(named(doc, 6, 8), UD) == []


@pytest.mark.model
def test_partitive_descriptors_title_before_a_name_in_commas_end_to_end_nl():
    found = relations(
        "De Keniaanse minister van Informatie, Peter Otieno, sprak met journalisten.", "nl"
    )
    assert ("Peter Otieno", "ROLE", "Kenya") in found, sorted(found)
