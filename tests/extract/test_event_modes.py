"""The mode of taking part in an event (``EventRelations._event_mode``), on hand-built parses.

A negated clause denies an event noun only where the negation reaches it: not a noun inside
another noun's phrase ("have not named a cause for the fire"), nor a subject of which a copula or
the verb's object denies something ("the ban is not part of a plan"); and a phrasal verb sets no
mode of its own for the noun it governs ("called off its search" is no call for one). On the dev
split each of these modes was wrong before (issue 18). An event that is the setting of a doubted
or denied act took place all the same ("in a phone call, Trump might have urged ..."), while a
planned act's setting is planned too.
"""

from __future__ import annotations

import pytest

from extract.components.relations.events import EventRelations
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse


def _mode(rows: str, lang: str, trigger: int, taking_part: bool = False) -> str:
    """The mode in which the participants of the event noun at ``trigger`` take part in it
    (``taking_part``), or act towards each other through it."""
    events = EventRelations()
    events.scheme, events.lexicon, events.lang, events.preps = (
        CLEAR if lang == "en" else UD,
        load_lexicon(lang),
        lang,
        load_grammar(lang).prepositions,
    )
    return events._event_mode(parse(rows, lang)[trigger], taking_part=taking_part)


#: "Kenya did not hold talks" (ClearNLP labels).
_EN_NOT_HELD = """
Kenya 3 nsubj PROPN
did 3 aux AUX do
not 3 neg PART
hold 3 ROOT VERB hold
talks 3 dobj NOUN talk
"""


@pytest.mark.parametrize(
    "lang, rows, trigger, mode",
    [
        # the negation denies the naming of a cause, not the fire
        (
            "en",
            """
Police 3 nsubj NOUN police
have 3 aux AUX have
not 3 neg PART
named 3 ROOT VERB name
a 5 det DET
cause 3 dobj NOUN cause
for 5 prep ADP
fire 6 pobj NOUN fire
""",
            7,
            "asserted",
        ),
        # ... while the talks themselves are what was not held
        (
            "en",
            _EN_NOT_HELD,
            4,
            "negated",
        ),
        # a negated copula denies what is said of the ban
        (
            "en",
            """
the 1 det DET
ban 2 nsubj NOUN ban
is 2 ROOT AUX be
not 2 neg PART
part 2 attr NOUN part
""",
            1,
            "asserted",
        ),
        # a negated object too: "het verbod maakt geen deel uit"
        (
            "nl",
            """
het 1 det DET
verbod 2 nsubj NOUN verbod
maakt 2 ROOT VERB maken
geen 4 det DET
deel 2 obj NOUN deel
uit 2 compound:prt ADP
""",
            1,
            "asserted",
        ),
        # but "no talks took place" denies the talks
        (
            "en",
            """
no 1 det DET
talks 2 nsubj NOUN talk
took 2 ROOT VERB take
place 2 dobj NOUN place
""",
            1,
            "negated",
        ),
        # a phrasal verb is not its bare verb: calling off a search is no call for one
        (
            "en",
            """
Kenya 1 nsubj PROPN
called 1 ROOT VERB call
off 1 prt ADP
its 4 poss PRON
search 1 dobj NOUN search
""",
            4,
            "asserted",
        ),
        (
            "en",
            """
Kenya 1 nsubj PROPN
scheduled 1 ROOT VERB schedule
a 3 det DET
summit 1 dobj NOUN summit
""",
            3,
            "planned",
        ),
    ],
)
def test_event_modes_reach_only_what_the_clause_says_of_the_event(lang, rows, trigger, mode):
    assert _mode(rows, lang, trigger) == mode


#: "Kenya did not speak with Uganda during the summit" (ClearNLP labels).
_EN_NOT_DURING = """
Kenya 3 nsubj PROPN
did 3 aux AUX do
not 3 neg PART
speak 3 ROOT VERB speak
with 3 prep ADP
Uganda 4 pobj PROPN
during 3 prep ADP
the 8 det DET
summit 6 pobj NOUN summit
"""

#: "Kenia sprak tijdens de top niet met Oeganda" (UD labels).
_NL_NOT_DURING = """
Kenia 1 nsubj PROPN
sprak 1 ROOT VERB spreken
tijdens 4 case ADP
de 4 det DET
top 1 obl NOUN top
niet 1 advmod ADV
met 7 case ADP
Oeganda 1 obl:arg PROPN
"""


@pytest.mark.parametrize(
    "lang, rows, trigger, mode",
    [
        # the summit took place; the talk in it did not
        ("en", _EN_NOT_DURING, 8, "asserted"),
        ("nl", _NL_NOT_DURING, 4, "asserted"),
        # "In a call, Kenya may have urged Uganda": the urging is in doubt, not the call
        # ("Tijdens een telefoongesprek zou Kenia Oeganda hebben aangespoord")
        (
            "en",
            """
In 4 prep ADP
a 2 det DET
call 0 pobj NOUN call
Kenya 4 nsubj PROPN
may 4 aux AUX
have 4 aux AUX
urged 4 ROOT VERB urge
Uganda 4 dobj PROPN
""",
            2,
            "asserted",
        ),
        (
            "nl",
            """
Tijdens 2 case ADP
een 2 det DET
telefoongesprek 7 obl NOUN telefoongesprek
zou 7 aux AUX zullen
Kenia 7 nsubj PROPN
Oeganda 7 obj PROPN
hebben 7 aux AUX hebben
aangespoord 7 ROOT VERB aansporen
""",
            2,
            "asserted",
        ),
        # a planned act's setting is planned too: "Kenya will speak with Uganda at the summit"
        (
            "en",
            """
Kenya 2 nsubj PROPN
will 2 aux AUX
speak 2 ROOT VERB speak
with 2 prep ADP
Uganda 3 pobj PROPN
at 2 prep ADP
the 7 det DET
summit 5 pobj NOUN summit
""",
            7,
            "planned",
        ),
        (
            "nl",
            """
Kenia 6 nsubj PROPN
zal 6 aux AUX zullen
tijdens 4 case ADP
de 4 det DET
top 6 obl NOUN top
met 6 case ADP
spreken 6 ROOT VERB spreken
""",
            4,
            "planned",
        ),
        # the object of a denied act is denied: "did not hold talks"
        (
            "en",
            _EN_NOT_HELD,
            4,
            "negated",
        ),
    ],
)
def test_event_modes_taking_part_in_the_setting_of_a_doubted_act_is_asserted(
    lang, rows, trigger, mode
):
    assert _mode(rows, lang, trigger, taking_part=True) == mode


@pytest.mark.parametrize(
    "lang, rows, trigger", [("en", _EN_NOT_DURING, 8), ("nl", _NL_NOT_DURING, 4)]
)
def test_event_modes_the_act_between_participants_keeps_the_clauses_mode(lang, rows, trigger):
    """Kenya and Uganda took part in the summit, but did not speak with each other there."""
    assert _mode(rows, lang, trigger) == "negated"
