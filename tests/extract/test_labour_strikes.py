"""Issue 18: a strike by workers or a union is a protest, a strike by an army an attack.

"Strike" alone is read as an attack (nouns.en.tsv); the phrases of ``eventsenses.<lang>.tsv``
with an ``as`` column read it as a labour strike (PLOVER PROTEST) when a union, workers or a
profession makes it, or when it is "on strike". Dutch "actie" names no event alone, but "de
acties van de vakbond" are protests. The sentences are our own.
"""

from __future__ import annotations

import pytest

from extract.grammar.event_nouns import noun_event_of, sense_reading
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations

# "A strike by the union hit the port." (made up)
BY_THE_UNION = """
A 1 det DET a
strike 5 nsubj NOUN strike
by 1 prep ADP by
the 4 det DET the
union 2 pobj NOUN union
hit 5 ROOT VERB hit
the 7 det DET the
port 5 dobj NOUN port
"""

# "A strike by the army hit the port." (made up)
BY_THE_ARMY = BY_THE_UNION.replace("union 2 pobj NOUN union", "army 2 pobj NOUN army")

# "The nurses' strike closed wards." (made up)
NURSES = """
The 1 det DET the
nurses 3 poss NOUN nurse
' 1 case PART '
strike 4 nsubj NOUN strike
closed 4 ROOT VERB close
wards 4 dobj NOUN ward
"""

# "Dockers are on strike." (made up)
ON_STRIKE = """
Dockers 1 nsubj NOUN docker
are 1 ROOT AUX be
on 1 prep ADP on
strike 2 pobj NOUN strike
"""

# "De acties van de bond duren voort." (made up, UD)
ACTIONS_OF_THE_UNION = """
De 1 det DET de
acties 5 nsubj NOUN actie
van 4 case ADP van
de 4 det DET de
bond 1 nmod NOUN bond
duren 5 ROOT VERB duren
"""


def test_a_strike_by_a_union_is_a_protest_and_by_an_army_an_attack():
    lexicon = load_lexicon("en")
    found = noun_event_of(parse(BY_THE_UNION, lang="en")[1], lexicon)
    assert (found.type, found.kind) == ("PROTEST", "protest")
    found = noun_event_of(parse(BY_THE_ARMY, lang="en")[1], lexicon)
    assert (found.type, found.kind) == ("ASSAULT", "attack")
    assert sense_reading(parse(BY_THE_ARMY, lang="en")[1], lexicon) is None


def test_a_professions_strike_and_being_on_strike_are_protests():
    lexicon = load_lexicon("en")
    assert noun_event_of(parse(NURSES, lang="en")[3], lexicon).type == "PROTEST"
    assert noun_event_of(parse(ON_STRIKE, lang="en")[3], lexicon).type == "PROTEST"


def test_the_actions_of_a_union_are_a_protest_in_dutch():
    lexicon = load_lexicon("nl")
    found = noun_event_of(parse(ACTIONS_OF_THE_UNION, lang="nl")[1], lexicon)
    assert found is not None and found.type == "PROTEST"
    of_a_city = ACTIONS_OF_THE_UNION.replace("bond 1 nmod NOUN bond", "stad 1 nmod NOUN stad")
    alone = parse(of_a_city, lang="nl")
    assert noun_event_of(alone[1], lexicon) is None


@pytest.mark.parametrize(
    "lang, text, source, target, expected",
    [
        (
            "en",
            "A strike by the pilots' union BALPA against British Airways grounded flights on "
            "Friday.",
            "BALPA",
            "British Airways",
            "PROTEST",
        ),
        (
            "en",
            "The union Unite's strike against Birmingham City Council entered its second week.",
            "Unite",
            "Birmingham City Council",
            "PROTEST",
        ),
        (
            "en",
            "A strike by Israel on Hezbollah killed three people in Lebanon.",
            "Israel",
            "Hezbollah",
            "ASSAULT",
        ),
        (
            "en",
            "The National Union of Teachers launched a strike against Ofsted in March.",
            "National Union of Teachers",
            "Ofsted",
            "PROTEST",
        ),
        (
            "en",
            "Israel launched a strike against Hezbollah in southern Lebanon.",
            "Israel",
            "Hezbollah",
            "ASSAULT",
        ),
        (
            "nl",
            "De acties van de pilotenvakbond VNV tegen KLM gaan volgende week door.",
            "VNV",
            "KLM",
            "PROTEST",
        ),
    ],
)
def test_labour_and_military_strikes_end_to_end(lang, text, source, target, expected):
    found = {k[1] for k in relations(text, lang) if (k[0], k[2]) == (source, target)}
    assert expected in found, found
    other = "ASSAULT" if expected == "PROTEST" else "PROTEST"
    assert other not in found, found
