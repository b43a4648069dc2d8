"""An event noun's act told in a te-infinitive clause names whom it is aimed at, also where the
parser hangs that clause as a modifier (issue 18): "de weigering van Polen om de leveringen aan
Oekraïne goed te keuren" is a refusal towards Ukraine."""

from __future__ import annotations

import pytest

from extract.components.relations.nominal import act_clauses
from tests.extract.extraction_helpers import parse, relations

# "de weigering van Polen om de leveringen aan Oekraïne goed te keuren", as the Dutch model
# parses it before a comma: the infinitive as nmod of the noun
NL_REFUSAL = """
de 1 det DET
weigering 1 ROOT NOUN
van 3 case ADP
Polen 1 nmod PROPN
om 11 mark ADP
de 6 det DET
leveringen 11 obj NOUN levering
aan 8 case ADP
Oekraïne 6 nmod PROPN
goed 11 advmod ADJ
te 11 mark ADP
keuren 1 nmod VERB
"""

# the same noun with a place phrase after it, no clause: "de weigering van Polen in Brussel"
NL_PLACE = """
de 1 det DET
weigering 1 ROOT NOUN
van 3 case ADP
Polen 1 nmod PROPN
in 5 case ADP
Brussel 1 nmod PROPN
"""


def test_act_clauses_a_te_infinitive_hung_as_modifier_tells_the_act():
    doc = parse(NL_REFUSAL, lang="nl")
    assert [t.text for t in act_clauses(doc[1])] == ["keuren"]


def test_act_clauses_a_phrase_is_no_clause():
    doc = parse(NL_PLACE, lang="nl")
    assert act_clauses(doc[1]) == []


@pytest.mark.model
def test_act_clauses_a_refusal_to_approve_deliveries_is_aimed_at_their_receiver():
    found = relations(
        "De weigering van Polen om de wapenleveringen aan Oekraïne goed te keuren, verraste "
        "Brussel.",
        "nl",
    )
    assert ("Poland", "REJECT", "Ukraine") in found, sorted(found)
