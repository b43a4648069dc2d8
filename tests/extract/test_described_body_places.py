"""Issue 17 (recall8): an organisation or place named, then described after a comma or dash by a
noun for its kind with a country word, a seat ("Berlin-based") or place phrases ("Statoil, the
Norwegian state oil company", "het Court of Session, het hoogste gerechtshof van Schotland", "the
Isles, islands of Ostland in the North Sea") lies in each place it names. Checked on hand-built
parses and end to end on sentences of our own in both languages."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.places import PlaceRelations
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import hand_resolver, relations


def _described(rows: str, names: list[tuple[int, int, str, str]], lang: str) -> list[str]:
    """The places :meth:`PlaceRelations._described_body_places` gives the first name."""
    resolver, doc = hand_resolver(rows, lang, names)
    places = PlaceRelations()
    places.scheme, places.grammar = (UD if lang == "nl" else CLEAR), load_grammar(lang)
    places.preps = places.grammar.prepositions
    ctx = _Context(doc, resolver, {})
    first = resolver.ents[0]
    return [target for target, _ in places._described_body_places(first, ctx)]


# "Norvik , the Ostlandic state oil company , cut its forecast"
EN_DEMONYM = """
Norvik 7 nsubj PROPN
, 0 punct PUNCT
the 5 det DET
Ostlandic 5 amod ADJ
state 5 compound NOUN
company 0 appos NOUN
, 0 punct PUNCT
cut 7 ROOT VERB
"""

# "Norvik , the highest court of Ostland , ruled"
EN_OF_PHRASE = """
Norvik 7 nsubj PROPN
, 0 punct PUNCT
the 4 det DET
highest 4 amod ADJ
court 0 appos NOUN
of 4 prep ADP
Ostland 5 pobj PROPN
ruled 7 ROOT VERB
"""

# "Norvik , an Ostland - backed militia , fired": backed by Ostland, not in it
EN_BACKED = """
Norvik 7 nsubj PROPN
, 0 punct PUNCT
an 6 det DET
Ostland 5 npadvmod PROPN
- 5 punct PUNCT
backed 6 amod VERB back
militia 0 appos NOUN
fired 7 ROOT VERB
"""

# "Norvik , a Berlin - based company , paid"
EN_SEAT = """
Norvik 7 nsubj PROPN
, 0 punct PUNCT
a 6 det DET
Berlin 5 npadvmod PROPN
- 5 punct PUNCT
based 6 amod VERB base
company 0 appos NOUN
paid 7 ROOT VERB
"""

# "Norvik , a partner of Ostland , said": "partner" names no body
EN_NO_BODY = """
Norvik 5 nsubj PROPN
, 0 punct PUNCT
a 3 det DET
partner 0 appos NOUN
of 3 prep ADP
Ostland 4 pobj PROPN
said 5 ROOT VERB
"""

# "Norvik , het hoogste gerechtshof van Ostland , oordeelde": a compound by its last part
NL_OF_PHRASE = """
Norvik 7 nsubj PROPN
, 4 punct PUNCT
het 4 det DET
hoogste 4 amod ADJ
gerechtshof 0 appos NOUN
van 6 case ADP
Ostland 4 nmod PROPN
oordeelde 7 ROOT VERB
"""

# "Norvik , het Ostlandse staatsoliebedrijf , verlaagde"
NL_DEMONYM = """
Norvik 5 nsubj PROPN
, 4 punct PUNCT
het 4 det DET
Ostlandse 4 amod ADJ
staatsoliebedrijf 0 appos NOUN
verlaagde 5 ROOT VERB
"""


# "Norvik — remote islands of Ostland in the Grey Sea — closed schools"
EN_ISLANDS = """
Norvik 9 nsubj PROPN
— 3 punct PUNCT
remote 3 amod ADJ
islands 0 appos NOUN island
of 3 prep ADP
Ostland 4 pobj PROPN
in 3 prep ADP
the 8 det DET
Sea 6 pobj PROPN
closed 9 ROOT VERB close
"""

# "Norvik , een afgelegen eilandengroep van Ostland in de Grijze Zee , sloot"
NL_ISLANDS = """
Norvik 10 nsubj PROPN
, 3 punct PUNCT
een 3 det DET
eilandengroep 0 appos NOUN
van 5 case ADP
Ostland 3 nmod PROPN
in 9 case ADP
de 9 det DET
Grijze 9 amod ADJ
Zee 3 nmod PROPN
sloot 10 ROOT VERB sluiten
"""


@pytest.mark.parametrize(
    "rows, lang, names, expected",
    [
        (
            EN_ISLANDS,
            "en",
            [(0, 1, "LOCATION", "norvik"), (5, 6, "COUNTRY", "ostland"), (8, 9, "LOCATION", "sea")],
            ["ostland", "sea"],
        ),
        (
            NL_ISLANDS,
            "nl",
            [(0, 1, "ORG", "norvik"), (5, 6, "COUNTRY", "ostland"), (8, 10, "LOCATION", "sea")],
            ["ostland", "sea"],
        ),
        (
            EN_DEMONYM,
            "en",
            [(0, 1, "ORG", "norvik"), (3, 4, "COUNTRY", "ostland")],
            ["ostland"],
        ),
        (
            EN_OF_PHRASE,
            "en",
            [(0, 1, "ORG", "norvik"), (6, 7, "COUNTRY", "ostland")],
            ["ostland"],
        ),
        (
            EN_BACKED,
            "en",
            [(0, 1, "ORG", "norvik"), (3, 4, "COUNTRY", "ostland")],
            [],
        ),
        (
            EN_SEAT,
            "en",
            [(0, 1, "ORG", "norvik"), (3, 4, "LOCATION", "berlin")],
            ["berlin"],
        ),
        (
            EN_NO_BODY,
            "en",
            [(0, 1, "ORG", "norvik"), (5, 6, "COUNTRY", "ostland")],
            [],
        ),
        (
            NL_OF_PHRASE,
            "nl",
            [(0, 1, "ORG", "norvik"), (6, 7, "COUNTRY", "ostland")],
            ["ostland"],
        ),
        (
            NL_DEMONYM,
            "nl",
            [(0, 1, "ORG", "norvik"), (3, 4, "COUNTRY", "ostland")],
            ["ostland"],
        ),
    ],
    ids=[
        "en-islands",
        "nl-islands",
        "en-demonym",
        "en-of",
        "en-backed",
        "en-seat",
        "en-no-body",
        "nl-van",
        "nl-demonym",
    ],
)
def test_a_described_body_lies_in_the_place_its_description_names(rows, lang, names, expected):
    assert _described(rows, names, lang) == expected


def test_a_person_described_is_no_body():
    """ "Jan Smit, a Ostlandic company lawyer": a person's description places no one."""
    rows = EN_DEMONYM.replace("Norvik", "Smit")
    names = [(0, 1, "PERSON", "smit"), (3, 4, "COUNTRY", "ostland")]
    assert _described(rows, names, "en") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Statoil, the Norwegian state oil company, cut its forecast on Monday.",
            ("Statoil", "LOCATED_IN", "Norway"),
        ),
        (
            "nl",
            "Statoil, het Noorse staatsoliebedrijf, verlaagde maandag zijn prognose.",
            ("Statoil", "LOCATED_IN", "Norway"),
        ),
        (
            "nl",
            "Het Court of Session, het hoogste civiele gerechtshof van Schotland, heeft woensdag "
            "geoordeeld.",
            ("Court of Session", "LOCATED_IN", "Scotland"),
        ),
        (
            "nl",
            "De Azoren, een autonome eilandengroep van Portugal in de Atlantische Oceaan, sloten "
            "maandag de scholen.",
            ("Azoren", "LOCATED_IN", "Atlantic Ocean"),
        ),
    ],
    ids=["en-demonym", "nl-demonym", "nl-van", "nl-islands"],
)
def test_described_body_places_end_to_end(lang, text, expected):
    assert expected in relations(text, lang)


@pytest.mark.model
def test_a_backed_militia_is_not_placed_end_to_end():
    found = relations("Hezbollah, an Iranian-backed militia, fired rockets on Monday.", "en")
    assert not any(kind == "LOCATED_IN" for _, kind, _ in found), sorted(found)
