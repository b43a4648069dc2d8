"""Issue 17 (notnamed): a capital named after a place noun is in its country.

"The capital, Riyadh" names only the city; the country it is the capital of comes from the
knowledge base, and counts when the document names that country. Checked on parses built by
hand and end to end on sentences of our own, in both languages.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.relations.capitals import CapitalPlaces
from extract.grammar.argument_words import load_grammar
from extract.kb import load_kb
from tests.extract.extraction_helpers import hand_resolver, records_of

EN_CAPITAL = """
Iran 1 nsubj PROPN
struck 1 ROOT VERB strike
near 1 prep ADP
the 4 det DET
capital 2 pobj NOUN capital
, 4 punct PUNCT
Riyadh 4 appos PROPN
, 1 punct PUNCT
in 1 prep ADP
Saudi 10 compound PROPN
Arabia 8 pobj PROPN
. 1 punct PUNCT
"""

EN_CITY_NEAR = """
Iran 1 nsubj PROPN
struck 1 ROOT VERB strike
near 1 prep ADP
Riyadh 2 pobj PROPN
in 1 prep ADP
Saudi 6 compound PROPN
Arabia 4 pobj PROPN
. 1 punct PUNCT
"""


class _Route(CapitalPlaces):
    def __init__(self) -> None:
        self.kb = load_kb()
        self.grammar = load_grammar("en")


def _located(rows: str, names: list[tuple[int, int, str, str]]) -> list[tuple[str, str]]:
    resolver, doc = hand_resolver(rows, "en", names, load_kb())
    ctx = SimpleNamespace(
        resolver=resolver,
        relation=lambda source, target, *args, **kw: (source, target),
    )
    return list(_Route()._capital_places(ctx))


def test_a_capital_after_its_place_noun_is_in_its_country() -> None:
    names = [
        (0, 1, "COUNTRY", "kb:IRN"),
        (6, 7, "LOCATION", "kb:riyadh"),
        (9, 11, "COUNTRY", "kb:SAU"),
    ]
    assert _located(EN_CAPITAL, names) == [("kb:riyadh", "kb:SAU")]


def test_a_capital_named_without_a_place_noun_says_nothing() -> None:
    names = [
        (0, 1, "COUNTRY", "kb:IRN"),
        (3, 4, "LOCATION", "kb:riyadh"),
        (5, 7, "COUNTRY", "kb:SAU"),
    ]
    assert _located(EN_CITY_NEAR, names) == []


def test_the_country_must_be_named_in_the_document() -> None:
    names = [(0, 1, "COUNTRY", "kb:IRN"), (6, 7, "LOCATION", "kb:riyadh")]
    assert _located(EN_CAPITAL, names) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, city, country",
    [
        (
            "en",
            "Saudi Arabia said the oil field lies east of the capital, Riyadh.",
            "Riyadh",
            "Saudi Arabia",
        ),
        (
            "en",
            "Norway's prime minister drove from Stavanger to the capital of Oslo.",
            "Oslo",
            "Norway",
        ),
        (
            "nl",
            "Saoedi-Arabië zei dat het olieveld ten oosten van de hoofdstad Riyad ligt.",
            "Riyadh",
            "Saudi Arabia",
        ),
        (
            "nl",
            "De premier van Noorwegen reed van Stavanger naar de hoofdstad Oslo.",
            "Oslo",
            "Norway",
        ),
    ],
)
def test_end_to_end(lang: str, text: str, city: str, country: str) -> None:
    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    located = {
        (label[r["source"]], label[r["target"]])
        for r in records["relations"]
        if r["type"] == "LOCATED_IN"
    }
    assert (city, country) in located
