"""Issue 18 (nlprec2): the common noun that says what a named object is types the verb's phrase
as the object noun would ("banned Iranian airline Mahan Air" as "banned the airline": SANCTION,
an embargo, not COERCE), in both languages. On a parse built by hand and end to end on sentences
of our own.
"""

from __future__ import annotations

from extract.grammar.phrases import _object_nouns
from extract.grammar.syntax import CLEAR
from tests.extract.extraction_helpers import parse, typed

BANNED = """
Ruritania 1 nsubj PROPN Ruritania
banned 1 ROOT VERB ban
Borduria 5 amod ADJ Borduria
airline 5 compound NOUN airline
Sky 5 compound PROPN Sky
Air 1 dobj PROPN Air
"""


def test_the_noun_before_a_named_object_is_an_object_noun() -> None:
    doc = parse(BANNED)
    assert [t.text for t in _object_nouns(doc[1], CLEAR)] == ["Air", "airline"]


def test_banning_a_named_airline_is_a_sanction() -> None:
    for text, lang in (
        ("Germany on Friday banned Iranian airline Mahan Air from its airports.", "en"),
        ("Duitsland verbood vrijdag de Iraanse luchtvaartmaatschappij Mahan Air.", "nl"),
    ):
        found = typed(text, lang)
        ends = [k for k in found if (k[0], k[2]) == ("Germany", "Mahan Air")]
        assert ends == [("Germany", "SANCTION", "Mahan Air")], (lang, sorted(found))
