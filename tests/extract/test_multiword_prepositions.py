"""A preposition of several words with a noun in it ("op verdenking van moord", which the Dutch
parser reads as "op" with "verdenking van" fixed to it) is not the attending "op" of "op een
persconferentie": whoever arrests a man on suspicion of murder takes no part in the murder
(prec15, unseen Wikinews: "De politie heeft een man gearresteerd op verdenking van moord" made
the police the source of the murder)."""

from __future__ import annotations

import pytest

from extract.components.events import EventFinder
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.test_events import described, events_of, parsed


@pytest.fixture(scope="module")
def nl_events() -> EventFinder:
    return EventFinder("events", load_lexicon("nl"), load_kb(), UD, load_grammar("nl"))


POLICE, JANSEN = ("ORG", "politie"), ("PERSON", "jansen")


def test_a_fixed_multiword_preposition_makes_no_participant(nl_events):
    # "De politie arresteerde Jansen op verdenking van moord ."
    doc = parsed(
        """
De 1 det DET
politie 2 nsubj NOUN politie
arresteerde 2 ROOT VERB arresteren
Jansen 2 obj PROPN
op 7 case ADP op
verdenking 4 fixed NOUN verdenking
van 4 fixed ADP van
moord 2 obl NOUN moord
. 2 punct PUNCT
""",
        {1: POLICE, 3: JANSEN},
    )
    murders = [e for e in described(nl_events.find(doc)) if e[1] == "ASSAULT"]
    assert all(("politie", "source") not in e[2] for e in murders), murders


def test_the_attending_preposition_alone_still_makes_a_participant(nl_events):
    # "Jansen sprak op een persconferentie ."
    doc = parsed(
        """
Jansen 1 nsubj PROPN
sprak 1 ROOT VERB spreken
op 4 case ADP op
een 4 det DET
persconferentie 1 obl NOUN persconferentie
. 1 punct PUNCT
""",
        {0: JANSEN},
    )
    assert [("jansen", "source")] in [e[2] for e in described(nl_events.find(doc))]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "De politie van Gelderland heeft een man gearresteerd op verdenking van moord.",
            "nl",
        ),
        ("The police of Kent arrested a man on suspicion of murder on Friday.", "en"),
    ],
)
def test_who_arrests_on_suspicion_of_murder_takes_no_part_in_it(text, lang):
    for label, _, participants in events_of(text, lang):
        if label != "arrest":
            assert not any("olice" in p or "politie" in p for p, _ in participants), (
                label,
                participants,
            )
