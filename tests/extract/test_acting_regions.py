"""A state or province acts through its public office (issue 17): "attorneys general from Maine
and Ohio sued", "the governor of Ohio", "Ontario's premier" make the region a side of the act or
event, while a town's mayor, a state's senator and a place an event happens at stay no side.

Hand-built parses (ClearNLP for English, UD for Dutch) first, so a new parser cannot quietly
change what they check; then whole sentences of our own through the pipeline, both languages.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.events import EventFinder
from extract.grammar.argument_words import load_grammar
from extract.grammar.event_roles import load_event_roles
from extract.grammar.syntax import CLEAR
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, parse, typed


def resolver_of(rows: str, lang: str, names: dict[int, tuple[str, str]], length: int = 1):
    """(ArgumentResolver with the knowledge base, doc) of a hand-built parse whose ``names`` map
    a token to (label, entity id) of a name ``length`` tokens long."""
    spans = [(i, i + length, label, eid) for i, (label, eid) in sorted(names.items())]
    return hand_resolver(rows, lang, spans, load_kb())


MAINE, OHIO = ("LOCATION", "kb:maine_usa"), ("LOCATION", "kb:ohio_usa")

# "attorneys general from Maine and Ohio sued": ClearNLP hangs "from" on "general"
ATTORNEYS_FROM = """
attorneys 6 nsubj NOUN attorney
general 0 amod ADJ general
from 1 prep ADP
Maine 2 pobj PROPN
and 3 cc CCONJ
Ohio 3 conj PROPN
sued 6 ROOT VERB sue
. 6 punct PUNCT
"""

GOVERNOR_OF = """
the 1 det DET
governor 4 nsubj NOUN governor
of 1 prep ADP
Ohio 2 pobj PROPN
sued 4 ROOT VERB sue
. 4 punct PUNCT
"""

PREMIER_POSSESSIVE = """
Ontario 2 poss PROPN
's 0 case PART
premier 3 nsubj NOUN premier
sued 3 ROOT VERB sue
. 3 punct PUNCT
"""

# a town is no region, and a senator holds no public office of a state's government
MAYOR_OF = """
the 1 det DET
mayor 4 nsubj NOUN mayor
of 1 prep ADP
Toronto 2 pobj PROPN
sued 4 ROOT VERB sue
. 4 punct PUNCT
"""

SENATOR_FROM = """
a 1 det DET
senator 4 nsubj NOUN senator
from 1 prep ADP
Ohio 2 pobj PROPN
sued 4 ROOT VERB sue
. 4 punct PUNCT
"""

# a former holder acts for no state now (formertitles.en.txt)
FORMER_GOVERNOR = """
the 2 det DET
former 2 amod ADJ
governor 5 nsubj NOUN governor
of 2 prep ADP
Ohio 3 pobj PROPN
sued 5 ROOT VERB sue
. 5 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows, names, office, expected",
    [
        (ATTORNEYS_FROM, {3: MAINE, 5: OHIO}, 0, ["kb:maine_usa", "kb:ohio_usa"]),
        (GOVERNOR_OF, {3: OHIO}, 1, ["kb:ohio_usa"]),
        (PREMIER_POSSESSIVE, {0: ("LOCATION", "kb:ontario_can")}, 2, ["kb:ontario_can"]),
        (MAYOR_OF, {3: ("LOCATION", "kb:toronto_can")}, 1, []),
        (SENATOR_FROM, {3: OHIO}, 1, []),
        (FORMER_GOVERNOR, {4: OHIO}, 2, []),
    ],
)
def test_regions_acting_a_public_office_of_a_state_acts_for_it(rows, names, office, expected):
    resolver, doc = resolver_of(rows, "en", names)
    assert resolver.regions_acting(doc[office]) == expected


def test_regions_acting_a_title_with_its_holder_named_is_the_person_not_the_state():
    # "Governor Mike DeWine of Ohio": DeWine acts
    rows = """
Governor 3 nsubj NOUN governor
Mike 2 compound PROPN
DeWine 0 appos PROPN
sued 3 ROOT VERB sue
. 3 punct PUNCT
"""
    resolver, doc = resolver_of(rows, "en", {1: ("PERSON", "person:mike-dewine")}, length=2)
    assert resolver.regions_acting(doc[0]) == []


def test_regions_acting_dutch_attorneys_general_of_two_states():
    # "de procureurs-generaal van Maine en Ohio" (the plural is a row of roles.nl.tsv)
    rows = """
de 1 det DET
procureurs-generaal 7 nsubj NOUN procureurs-generaal
van 3 case ADP
Maine 1 nmod PROPN
en 5 cc CCONJ
Ohio 3 conj PROPN
hebben 7 aux AUX
geklaagd 7 ROOT VERB klagen
. 7 punct PUNCT
"""
    resolver, doc = resolver_of(rows, "nl", {3: MAINE, 5: OHIO})
    assert resolver.regions_acting(doc[1]) == ["kb:maine_usa", "kb:ohio_usa"]


def test_events_the_states_joining_a_lawsuit_take_part_beside_whom_they_join():
    # "Becerra is joined in the lawsuit by attorneys general from Maine and Ohio": the agent phrase
    # hung on the noun, as the parser does; Becerra is on their side ('join' is a partner verb),
    # not whom the lawsuit is against
    rows = """
Becerra 2 nsubjpass PROPN
is 2 auxpass AUX be
joined 2 ROOT VERB join
in 2 prep ADP
the 5 det DET
lawsuit 3 pobj NOUN lawsuit
by 5 prep ADP
attorneys 6 pobj NOUN attorney
general 7 amod ADJ general
from 8 prep ADP
Maine 9 pobj PROPN
and 10 cc CCONJ
Ohio 10 conj PROPN
. 2 punct PUNCT
"""
    doc = parse(rows)
    doc.ents = [
        Span(doc, 0, 1, label="PERSON", kb_id="person:becerra"),
        Span(doc, 10, 11, label="LOCATION", kb_id="kb:maine_usa"),
        Span(doc, 12, 13, label="LOCATION", kb_id="kb:ohio_usa"),
    ]
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    finder = EventFinder("events", load_lexicon("en"), load_kb(), CLEAR, load_grammar("en"))
    (event,) = finder.find(doc)
    assert event.type == "ACCUSE"
    assert sorted((p.entity, p.role) for p in event.participants) == [
        ("kb:maine_usa", "source"),
        ("kb:ohio_usa", "source"),
        ("person:becerra", "source"),
    ]


def test_event_roles_partner_verbs_are_read_from_the_lexicon():
    assert "join" in load_event_roles("en").partners
    assert "vergezellen" in load_event_roles("nl").partners


# --- end to end, both languages ---------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "On Monday, attorneys general from Maine and Oregon sued President Donald Trump.",
            {("Maine", "ACCUSE", "Donald Trump"), ("Oregon", "ACCUSE", "Donald Trump")},
        ),
        (
            "en",
            "Ohio's governor criticized President Donald Trump on Tuesday.",
            {("Ohio", "ACCUSE", "Donald Trump")},
        ),
        (
            "nl",
            "De procureurs-generaal van Maine en Oregon hebben maandag president Donald Trump "
            "aangeklaagd.",
            {("Maine", "ACCUSE", "Donald Trump"), ("Oregon", "ACCUSE", "Donald Trump")},
        ),
    ],
)
def test_end_to_end_a_state_acts_through_its_office(lang, text, expected):
    found = typed(text, lang)
    assert expected <= set(found), sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The mayor of Toronto criticized President Donald Trump on Tuesday."),
        ("en", "A senator from Ohio criticized President Donald Trump on Tuesday."),
        ("nl", "De burgemeester van Toronto heeft president Donald Trump dinsdag bekritiseerd."),
        ("en", "The former governor of Ohio criticized President Donald Trump on Tuesday."),
        ("nl", "De voormalige gouverneur van Ohio heeft president Donald Trump bekritiseerd."),
    ],
)
def test_end_to_end_a_town_a_senators_or_a_former_governors_state_does_not_act(lang, text):
    found = typed(text, lang)
    assert not [k for k in found if k[0] in ("Toronto", "Ohio")], sorted(found)


@pytest.mark.parametrize(
    "lang, text, states",
    [
        (
            "en",
            "Xavier Becerra filed a lawsuit against Donald Trump on Monday. Becerra is joined in "
            "the lawsuit by attorneys general from Maine and Oregon.",
            ("Maine", "Oregon"),
        ),
        (
            "nl",
            "Xavier Becerra spande maandag een rechtszaak aan tegen Donald Trump. De "
            "procureurs-generaal van Maine en Oregon sloten zich bij de rechtszaak aan.",
            ("Maine", "Oregon"),
        ),
    ],
)
def test_end_to_end_states_joining_a_lawsuit_take_part_and_accuse_its_target(lang, text, states):
    found = typed(text, lang, participants=True)
    participants = {s for s, t, _ in found if t == "PARTICIPANT"}
    assert set(states) <= participants, sorted(found)
    for state in states:
        assert (state, "ACCUSE", "Donald Trump") in found, sorted(found)
        assert (state, "ACCUSE", "Xavier Becerra") not in found, sorted(found)


def test_end_to_end_a_state_where_an_event_happens_stays_its_place():
    found = typed("Thousands of farmers protested in Ohio on Tuesday.", "en", participants=True)
    assert not [k for k in found if k[0] == "Ohio" and k[1] != "PARTICIPANT"], sorted(found)
    records_roles = [r.get("role") for k, r in found.items() if k[0] == "Ohio"]
    assert set(records_roles) <= {"location"}, sorted(found)
