"""Whom a said act comes from made it (prec13, issue 18): "the allegations from Tara Reade",
"beschuldigingen uit Moskou" have their origin phrase ("from", "uit") as source, where it was read
as a target (events.SAID_KINDS); what a withdrawal leaves stays its target ("the withdrawal of the
UK from the EU"), and an attack's origin stays as it was."""

from __future__ import annotations

import pytest

from tests.extract.test_events import described, events_of, parsed


def test_event_origins_allegations_from_someone_are_theirs(en_events):
    doc = parsed(
        """
Lopez 1 nsubj PROPN
denied 1 ROOT VERB deny
the 3 det DET
allegations 1 dobj NOUN allegation
from 3 prep ADP
Reda 4 pobj PROPN
. 1 punct PUNCT
""",
        {0: ("PERSON", "lopez"), 5: ("PERSON", "reda")},
    )
    [(kind, _, parts, _)] = described(en_events.find(doc))
    assert kind == "accusation" and ("reda", "source") in parts
    assert ("reda", "target") not in parts


def test_event_origins_accusations_from_a_capital_are_its_own_nl(nl_events):
    doc = parsed(
        """
Oekraïne 1 nsubj PROPN
verwierp 1 ROOT VERB verwerpen
de 3 det DET
beschuldigingen 1 obj NOUN beschuldiging
uit 5 case ADP
Moskou 3 nmod PROPN
. 1 punct PUNCT
""",
        {0: ("COUNTRY", "ukraine"), 5: ("ORG", "kremlin")},
    )
    [(kind, _, parts, _)] = described(nl_events.find(doc))
    assert kind == "accusation" and ("kremlin", "source") in parts
    assert ("kremlin", "target") not in parts


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The withdrawal of Russia from Ukraine took months."),
        ("nl", "De terugtrekking van Rusland uit Oekraïne duurde maanden."),
    ],
)
def test_event_origins_what_a_withdrawal_leaves_stays_its_target(lang, text):
    [(_, _, parts)] = events_of(text, lang)
    assert ("Ukraine", "target") in parts and ("Russia", "source") in parts, parts


@pytest.mark.model
def test_event_origins_sentence_the_accuser_is_the_source():
    text = "Anna Berg answered the accusations from former aide Tom Olsen on television."
    [(_, _, parts)] = events_of(text, "en")
    assert ("Tom Olsen", "source") in parts and ("Tom Olsen", "target") not in parts, parts
