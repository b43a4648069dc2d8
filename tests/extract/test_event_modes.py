"""The mode of taking part in an event (``EventRelations._event_mode``), on hand-built parses.

A negated clause denies an event noun only where the negation reaches it: not a noun inside
another noun's phrase ("have not named a cause for the fire"), nor a subject of which a copula or
the verb's object denies something ("the ban is not part of a plan"); and a phrasal verb sets no
mode of its own for the noun it governs ("called off its search" is no call for one). On the dev
split each of these modes was wrong before (issue 18).
"""

from __future__ import annotations

import pytest

from extract.components.relations.events import EventRelations
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse


def _mode(rows: str, lang: str, trigger: int) -> str:
    """The mode in which the participants of the event noun at ``trigger`` take part in it."""
    events = EventRelations()
    events.scheme, events.lexicon, events.lang = (
        CLEAR if lang == "en" else UD,
        load_lexicon(lang),
        lang,
    )
    return events._event_mode(parse(rows, lang)[trigger])


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
            """
Kenya 3 nsubj PROPN
did 3 aux AUX do
not 3 neg PART
hold 3 ROOT VERB hold
talks 3 dobj NOUN talk
""",
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
