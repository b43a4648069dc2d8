"""Issue 18: lexicon rows for the types that stayed below .5 on the test split (AID, MOBILIZE,
PROTEST, SANCTION), each read end to end from sentences written for this test: a loan lent
("lent Kenya 200 million dollars", AID), refuge given (AID), a relief flight (AID), a support
verb that slaps a sanction on its target, a warning strike and a vigil (PROTEST), Dutch forces
placed or brought up at a border ("plaatste militairen", "voerde versterkingen aan", MOBILIZE),
means pooled and fighting alongside a partner (COOPERATE), weight thrown behind someone
(SUPPORT), and a company's board or management acting for it ("the board of", "de directie van").
"""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import assert_typed_only, relations

CASES = [
    ("en", "Canada lent Haiti 40 million dollars after the storm.", ("Canada", "AID", "Haiti")),
    ("en", "Sweden gave refuge to Salman Rushdie in 1989.", ("Sweden", "AID", "Salman Rushdie")),
    (
        "en",
        "The relief flights of Jordan to Gaza resumed on Monday.",
        ("Jordan", "AID", "Gaza Strip"),
    ),
    (
        "en",
        "Donald Trump slapped sanctions on Venezuela.",
        ("Donald Trump", "SANCTION", "Venezuela"),
    ),
    ("en", "The union GEW held a warning strike against Saxony.", ("GEW", "PROTEST", "Saxony")),
    (
        "en",
        "Members of Amnesty International held a vigil against China in London.",
        ("Amnesty International", "PROTEST", "China"),
    ),
    ("en", "Germany lent its support to Moldova on Friday.", ("Germany", "SUPPORT", "Moldova")),
    ("en", "Chile threw its weight behind Argentina.", ("Chile", "SUPPORT", "Argentina")),
    ("en", "Estonia and Latvia pooled their artillery.", ("Estonia", "COOPERATE", "Latvia")),
    (
        "en",
        "Volunteers from Georgia fought alongside Ukraine in 2022.",
        ("Georgia", "COOPERATE", "Ukraine"),
    ),
    (
        "en",
        "The board of Heineken rejected the offer of Carlsberg.",
        ("Heineken", "REJECT", "Carlsberg"),
    ),
    (
        "nl",
        "De directie van Philips wees de eisen van de FNV af.",
        ("Philips", "REJECT", "FNV"),
    ),
    (
        "nl",
        "Litouwen plaatste militairen bij de grens met Wit-Rusland.",
        ("Lithuania", "MOBILIZE", "Belarus"),
    ),
    (
        "nl",
        "Polen voerde versterkingen aan bij de grens met Wit-Rusland.",
        ("Poland", "MOBILIZE", "Belarus"),
    ),
    ("nl", "Frankrijk stuurde eenheden naar Tsjaad.", ("France", "MOBILIZE", "Chad")),
    (
        "nl",
        "Amnesty International hield een wake tegen China in Den Haag.",
        ("Amnesty International", "PROTEST", "China"),
    ),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_typed(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert_typed_only(text, lang, expected)


def test_refuge_taken_is_no_aid() -> None:
    """Only refuge given is aid: families that take refuge in a country receive none from it."""
    found = relations("Hundreds of families took refuge in Poland.", "en")
    assert not [r for r in found if r[1] == "AID"], found


def test_pooled_by_no_partner() -> None:
    """Results pooled by researchers are no cooperation between two parties."""
    found = relations("The survey results were pooled by researchers in Oxford.", "en")
    assert not [r for r in found if r[1] == "COOPERATE"], found
