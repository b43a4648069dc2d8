"""Event nouns in hand-built parses: the event a noun names with its compound modifiers, and the
arguments of an event noun that the parser hung on its actor's name."""

from __future__ import annotations

import pytest

from extract.grammar.event_nouns import event_noun_args, noun_event_of
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations

NL = dict(agent={"door"}, owner={"van"}, aimed={"met", "tegen", "aan", "op", "naar"})
EN = dict(agent={"by"}, owner={"of"}, aimed={"with", "against", "to", "on"})


def args(doc, noun: int, scheme, preps) -> list[tuple[str, str]]:
    return [(p, a.text) for p, a in event_noun_args(doc[noun], scheme, **preps)]


# "De uitwisseling van gegevens door België met Nederland begon gisteren."
EXCHANGE = """
De 1 det DET
uitwisseling 9 nsubj NOUN
van 3 case ADP
gegevens 1 nmod NOUN
door 5 case ADP
België 1 nmod PROPN
met 7 case ADP
Nederland 5 nmod PROPN
gisteren 9 advmod ADV
begon 9 ROOT VERB
"""


def test_a_partner_hung_on_the_agent_is_the_events():
    doc = parse(EXCHANGE)
    assert args(doc, 1, UD, NL) == [("van", "gegevens"), ("door", "België"), ("met", "Nederland")]


# "De uitwisseling van gegevens door België met Nederland begon gisteren." as the Dutch model
# parses it: "door België" on "gegevens", "met Nederland" on "België".
EXCHANGE_ON_PATIENT = """
De 1 det DET
uitwisseling 8 nsubj NOUN
van 3 case ADP
gegevens 1 nmod NOUN
door 5 case ADP
België 3 nmod PROPN
met 7 case ADP
Nederland 5 nmod PROPN
begon 8 ROOT VERB
"""


def test_an_agent_hung_on_the_patient_is_the_events_and_brings_its_partner():
    doc = parse(EXCHANGE_ON_PATIENT)
    assert args(doc, 1, UD, NL) == [("van", "gegevens"), ("door", "België"), ("met", "Nederland")]


# "De afwijzing door Chili van het voorstel van Peru werd voorgelezen."
REJECTION = """
De 1 det DET
afwijzing 10 nsubj NOUN
door 3 case ADP
Chili 1 nmod PROPN
van 6 case ADP
het 6 det DET
voorstel 3 nmod NOUN
van 8 case ADP
Peru 6 nmod PROPN
werd 10 aux:pass AUX
voorgelezen 10 ROOT VERB
"""


def test_the_patient_hung_on_the_agent_is_the_events():
    doc = parse(REJECTION)
    assert args(doc, 1, UD, NL) == [("door", "Chili"), ("van", "voorstel")]


# "De kritiek van de minister van Peru op Chili was scherp." - "minister" is no name: its
# phrases stay its own (the relation code has its own rule for an owner without a name).
CRITICISM = """
De 1 det DET
kritiek 10 nsubj NOUN
van 4 case ADP
de 4 det DET
minister 1 nmod NOUN
van 6 case ADP
Peru 4 nmod PROPN
op 8 case ADP
Chili 4 nmod PROPN
was 10 cop AUX
scherp 10 ROOT ADJ
"""


def test_the_phrases_of_a_common_noun_stay_its_own():
    doc = parse(CRITICISM)
    assert args(doc, 1, UD, NL) == [("van", "minister")]


# "De inval door Chili in Peru met tanks" - a place after the agent's name stays the name's,
# and so does an owner after an owner ("de steun van Chili van ..." does not occur).
RAID = """
De 1 det DET
inval 1 ROOT NOUN
door 3 case ADP
Chili 1 nmod PROPN
in 5 case ADP
Peru 3 nmod PROPN
"""


def test_a_place_after_the_agents_name_stays_the_names():
    doc = parse(RAID)
    assert args(doc, 1, UD, NL) == [("door", "Chili")]


# "The march by Otpor against Milosevic drew crowds." (ClearNLP labels)
MARCH = """
The 1 det DET
march 6 nsubj NOUN
by 1 prep ADP
Otpor 2 pobj PROPN
against 3 prep ADP
Milosevic 4 pobj PROPN
drew 6 ROOT VERB
crowds 6 dobj NOUN
"""


def test_a_target_hung_on_the_agent_is_the_events_in_english():
    doc = parse(MARCH)
    assert args(doc, 1, CLEAR, EN) == [("by", "Otpor"), ("against", "Milosevic")]


# "De stationering van raketten door Noord-Korea nabij Zuid-Korea leidde tot protest." as the
# Dutch model parses it: "door Noord-Korea" on "raketten", "nabij Zuid-Korea" on "Noord-Korea".
DEPLOYMENT = """
De 1 det DET
stationering 8 nsubj NOUN
van 3 case ADP
raketten 1 nmod NOUN
door 5 case ADP
Noord-Korea 3 nmod PROPN
nabij 7 case ADP
Zuid-Korea 5 nmod PROPN
leidde 8 ROOT VERB
"""


def test_a_place_hung_on_the_agent_is_the_events_only_where_places_are_aimed_at():
    # NominalRelations aims a deployment (PLACE_TARGETS) at its place phrases too
    doc = parse(DEPLOYMENT)
    deployment = dict(NL, aimed=NL["aimed"] | {"nabij"})
    assert args(doc, 1, UD, deployment) == [
        ("van", "raketten"),
        ("door", "Noord-Korea"),
        ("nabij", "Zuid-Korea"),
    ]
    assert args(doc, 1, UD, NL) == [("van", "raketten"), ("door", "Noord-Korea")]


# "The prisoner exchange began on Friday."
PRISONER_EXCHANGE = """
The 2 det DET
prisoner 2 compound NOUN
exchange 3 nsubj NOUN
began 3 ROOT VERB
on 3 prep ADP
Friday 4 pobj PROPN
"""


def test_an_event_noun_is_read_with_its_compound_modifier():
    # "exchange" alone names no event; "prisoner exchange" is a withdrawal (RETREAT)
    doc = parse(PRISONER_EXCHANGE)
    lexicon = load_lexicon("en")
    assert lexicon.noun_event("exchange") is None
    found = noun_event_of(doc[2], lexicon)
    assert (found.type, found.kind) == ("RETREAT", "withdrawal")
    assert noun_event_of(doc[1], lexicon) is None  # the modifier alone names nothing


# "Chile's call on Peru to withdraw was ignored."
CALL_TO_ACT = """
Chile 2 poss PROPN
's 0 case PART
call 7 nsubjpass NOUN call
on 2 prep ADP
Peru 3 pobj PROPN
to 6 aux PART
withdraw 2 acl VERB withdraw
was 7 auxpass AUX be
ignored 7 ROOT VERB ignore
"""

# "Chile's call to Peru lasted an hour."
CALL_TO_SOMEONE = """
Chile 2 poss PROPN
's 0 case PART
call 5 nsubj NOUN call
to 2 prep ADP
Peru 3 pobj PROPN
lasted 5 ROOT VERB last
"""


def test_an_event_noun_with_an_infinitive_has_the_sense_the_lexicon_lists_for_it():
    # a call on someone to act is a demand ("call to"), a call to someone a phone call
    lexicon = load_lexicon("en")
    found = noun_event_of(parse(CALL_TO_ACT, "en")[2], lexicon)
    assert (found.type, found.kind) == ("REQUEST", "demand")
    found = noun_event_of(parse(CALL_TO_SOMEONE, "en")[2], lexicon)
    assert (found.type, found.kind) == ("CONSULT", "phone_call")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Germany's call on Russia to withdraw was ignored.", "REQUEST"),
        (
            "nl",
            "De oproep van Duitsland aan Rusland om zich terug te trekken bleef onbeantwoord.",
            "REQUEST",
        ),
        ("en", "Germany's call with Russia lasted an hour.", "CONSULT"),
    ],
)
def test_a_call_end_to_end(lang, text, expected):
    found = {k[1] for k in relations(text, lang) if (k[0], k[2]) == ("Germany", "Russia")}
    assert expected in found, found


# "The union took legal action and gave legal press conference briefings." (made up): an
# adjective right before the noun that modifies it, and compounds before a noun
LEGAL = """
The 1 det DET
union 2 nsubj NOUN
took 2 ROOT VERB
legal 4 amod ADJ
action 2 dobj NOUN
and 2 cc CCONJ
gave 2 conj VERB
legal 10 amod ADJ
press 9 compound NOUN
conference 10 compound NOUN
briefings 6 dobj NOUN
. 2 punct PUNCT
"""


def test_modified_forms_read_the_adjective_right_before_the_noun_and_its_compounds():
    from extract.grammar.event_nouns import modified_forms

    doc = parse(LEGAL)
    assert modified_forms(doc[4], adjective=True) == ["legal action"]
    assert modified_forms(doc[4]) == []
    # compounds: only the noun's own ("conference" of "briefings", "press" of "conference")
    assert modified_forms(doc[10], adjective=True) == ["conference briefings"]
    assert modified_forms(doc[9], adjective=True) == ["press conference"]
    # an adjective right before a noun but modifying another is not the noun's ("legal press")
    assert modified_forms(doc[8], adjective=True) == []
    # the first word has no word before it
    assert modified_forms(doc[0], adjective=True) == []


# "De arrestatie van Sonko door Senegal leidde tot onrust." as the Dutch model often parses it:
# "door Senegal" on "Sonko", the one the act is done to.
ARREST_ON_NAME = """
De 1 det DET
arrestatie 6 nsubj NOUN
van 3 case ADP
Sonko 1 nmod PROPN
door 5 case ADP
Senegal 3 nmod PROPN
leidde 6 ROOT VERB
"""

# "The detention of Besigye by Uganda drew protests." (ClearNLP labels), "by Uganda" on "Besigye"
DETENTION_ON_NAME = """
The 1 det DET
detention 6 nsubj NOUN
of 1 prep ADP
Besigye 2 pobj PROPN
by 3 prep ADP
Uganda 4 pobj PROPN
drew 6 ROOT VERB
protests 6 dobj NOUN
"""


def test_an_agent_hung_on_the_named_patient_is_the_events():
    assert args(parse(ARREST_ON_NAME), 1, UD, NL) == [("van", "Sonko"), ("door", "Senegal")]
    assert args(parse(DETENTION_ON_NAME), 1, CLEAR, EN) == [("of", "Besigye"), ("by", "Uganda")]


@pytest.mark.parametrize(
    "lang, text, source, target, expected",
    [
        (
            "en",
            "The arrest of Pavel Durov by France caused an uproar in Dubai.",
            "France",
            "Pavel Durov",
            "COERCE",
        ),
        (
            "nl",
            "De arrestatie van Pavel Durov door Frankrijk zorgde voor ophef in Dubai.",
            "France",
            "Pavel Durov",
            "COERCE",
        ),
    ],
)
def test_a_nominal_act_with_its_patient_and_agent_end_to_end(lang, text, source, target, expected):
    found = {k[1] for k in relations(text, lang) if (k[0], k[2]) == (source, target)}
    assert expected in found, found
    # the one the act is done to is not its maker
    assert not {k[1] for k in relations(text, lang) if (k[0], k[2]) == (target, source)}


@pytest.mark.parametrize(
    "lang, noun, expected",
    [
        ("en", "grant", "AID"),
        ("en", "asylum", "AID"),
        ("en", "troop build-up", "MOBILIZE"),
        ("en", "general strike", "PROTEST"),
        ("en", "strike", "ASSAULT"),
        ("en", "joint exercise", "COOPERATE"),
        ("en", "suspension", "SANCTION"),
        ("en", "naval blockade", "COERCE"),
        ("en", "blockade", "PROTEST"),
        ("nl", "strafimportheffingen", "SANCTION"),
        ("nl", "luchtbrug", "AID"),
        ("nl", "opschorting", "SANCTION"),
        ("nl", "gezamenlijke oefeningen", "COOPERATE"),
    ],
)
def test_event_nouns_of_the_weak_types_are_typed(lang, noun, expected):
    found = load_lexicon(lang).noun_event(noun)
    assert found is not None and found.type == expected, found


# "De blokkade van Gaza door Israël duurt al maanden." as the Dutch model parses it: "door Israël"
# on the active verb whose subject the event noun is.
BLOCKADE_AGENT_ON_VERB = """
De 1 det DET
blokkade 6 nsubj NOUN
van 3 case ADP
Gaza 1 nmod PROPN
door 5 case ADP
Israël 6 obl PROPN
duurt 6 ROOT VERB
al 8 advmod ADV
maanden 6 obl NOUN
"""

# "De blokkade duurt door de oorlog al maanden." (made up): a "door" phrase after the verb says
# why, and stays the verb's.
BLOCKADE_CAUSE_AFTER_VERB = """
De 1 det DET
blokkade 2 nsubj NOUN
duurt 2 ROOT VERB
door 5 case ADP
de 5 det DET
oorlog 2 obl NOUN
al 7 advmod ADV
maanden 2 obl NOUN
"""


def test_an_agent_on_the_active_verb_before_it_is_its_event_subjects():
    assert args(parse(BLOCKADE_AGENT_ON_VERB), 1, UD, NL) == [("van", "Gaza"), ("door", "Israël")]
    assert args(parse(BLOCKADE_CAUSE_AFTER_VERB), 1, UD, NL) == []
