"""A blame with an actor for indirect object ("gaf Iran de schuld van de aanvallen") is aimed at
that actor; the event inside the phrase's noun is the deed it is blamed for, not a second target,
and the blamer takes no part in it (issue 18)."""

from __future__ import annotations

import pytest

from extract.components.relations.verbs import blames_an_actor
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import parse, relations

NL_IOBJ = """
Pompeo 1 nsubj PROPN
gaf 1 ROOT VERB geven
Iran 1 iobj PROPN
de 4 det DET
schuld 1 obj NOUN
"""

# the Dutch parser often makes the indirect object a second subject
NL_SECOND_SUBJECT = """
Pompeo 1 nsubj PROPN
gaf 1 ROOT VERB geven
Iran 1 nsubj PROPN
de 4 det DET
schuld 1 obj NOUN
"""

NL_NO_IOBJ = """
Pompeo 1 nsubj PROPN
gaf 1 ROOT VERB geven
de 3 det DET
schuld 1 obj NOUN
"""

EN_DATIVE = """
Pompeo 1 nsubj PROPN
gave 1 ROOT VERB give
Iran 1 dative PROPN
the 4 det DET
blame 1 dobj NOUN
"""


@pytest.mark.parametrize(
    "rows, scheme, expected",
    [
        (NL_IOBJ, UD, True),
        (NL_SECOND_SUBJECT, UD, True),
        (NL_NO_IOBJ, UD, False),
        (EN_DATIVE, CLEAR, True),
    ],
)
def test_blamed_deeds_an_actor_as_indirect_object(rows, scheme, expected):
    doc = parse(rows)
    names = {"Pompeo", "Iran"}
    assert blames_an_actor(doc[1], lambda t: t.text in names, scheme) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "De Amerikaanse minister Mike Pompeo gaf Iran de schuld van de aanvallen op Saoedi-Arabië.",
        "Mike Pompeo gaf Iran in een bericht op Twitter de schuld van de aanvallen op "
        "Saoedi-Arabië.",
    ],
)
def test_blamed_deeds_the_blamed_actor_not_the_event(text):
    found = relations(text, "nl")
    assert ("Mike Pompeo", "ACCUSE", "Iran") in found, sorted(found)
    assert not any(
        s == "Mike Pompeo" and t in ("ACCUSE", "PARTICIPANT") and o == "attack" for s, t, o in found
    ), sorted(found)
