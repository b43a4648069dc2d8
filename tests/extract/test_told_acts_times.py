"""Issue 18 item 4 (dates5): a sentence that tells again the act of a sentence before it, over a
paragraph break, takes the time of that act's clause, not the last time the sentence names.

"Yesterday, X announced that from June 15 ... <new paragraph> X announced the measure at a press
conference": the press conference is yesterday's, June 15 is when the measure begins. The
sentences are written for these tests (none comes from the yardstick, the probes or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of

ENGLISH = (
    "Yesterday, Kenya's health minister Mutahi Kagwe announced that from June 15, passengers "
    "must wear masks on buses in Kenya.\n\nKagwe announced the measure at a press conference in "
    "Nairobi."
)
DUTCH = (
    "Gisteren maakte de Keniaanse minister van Volksgezondheid Mutahi Kagwe bekend dat reizigers "
    "vanaf 15 juni mondkapjes moeten dragen in bussen in Kenia.\n\nKagwe maakte de maatregel "
    "bekend op een persconferentie in Nairobi."
)


@pytest.mark.model
@pytest.mark.parametrize("lang, text", [("en", ENGLISH), ("nl", DUTCH)])
def test_an_act_told_again_takes_the_time_of_its_own_clause(lang, text):
    records = records_of(text, lang, "2020-06-05")
    conferences = [
        e["event"]["date"]
        for e in records["entities"]
        if e["type"] == "EVENT" and e["event"]["trigger"] in ("conference", "persconferentie")
    ]
    assert conferences == ["2020-06-04"]
