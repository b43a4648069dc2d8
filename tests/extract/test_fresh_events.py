"""Events of news the finder was not written on (issue 17; bench/probes/events_fresh_en): a meeting
verb in a passive without agent is how something was received, and the event nouns added for
stampedes, burials, unrest and peacekeeping missions, in English and Dutch."""

from __future__ import annotations

import pytest

from tests.extract.test_events import described, events_of, parsed


def test_a_passive_meeting_verb_without_agent_is_no_meeting(en_events):
    # "The plan was met with protests in Lisbon": the plan met no one
    doc = parsed(
        """
The 1 det DET
plan 3 nsubjpass NOUN
was 3 auxpass AUX be
met 3 ROOT VERB meet
with 3 prep ADP
anger 4 pobj NOUN
in 3 prep ADP
Lisbon 6 pobj PROPN
. 3 punct PUNCT
""",
        {7: ("LOCATION", "lisbon")},
    )
    assert [e.kind for e in en_events.find(doc)] == []


def test_a_passive_meeting_verb_with_its_agent_stays_a_meeting(en_events):
    doc = parsed(
        """
Holt 2 nsubjpass PROPN
was 2 auxpass AUX be
met 2 ROOT VERB meet
by 2 agent ADP
Berg 3 pobj PROPN
. 2 punct PUNCT
""",
        {0: ("PERSON", "holt"), 4: ("PERSON", "berg")},
    )
    assert described(en_events.find(doc)) == [
        ("meeting", "CONSULT", [("berg", "source"), ("holt", "target")], None)
    ]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "The United Nations began a peacekeeping mission in Mali in 2014.",
            [("mission in Mali", "2014", [("United Nations", "source")])],
        ),
        (
            "nl",
            "De Verenigde Naties begonnen in 2014 een vredesmissie in Mali.",
            [("vredesmissie in Mali", "2014", [("United Nations", "source")])],
        ),
        (
            "en",
            "The burial of Pedro Alvarez was delayed by three hours.",
            [("burial", "2025-12-03", [("Pedro Alvarez", "source")])],
        ),
        (
            "nl",
            "De teraardebestelling van Pedro Alvarez werd drie uur uitgesteld.",
            [("teraardebestelling", "2025-12-03", [("Pedro Alvarez", "source")])],
        ),
        (
            "en",
            "A stampede at a stadium in Lagos killed twelve people on Monday. The police said "
            "the stampede began when the gates opened.",
            [("disaster in Lagos", "2025-12-01", [])],
        ),
        (
            "en",
            "The unrest in Madrid lasted until Monday, when the unrest ended.",
            [("protest in Madrid", "2025-12-01", [])],
        ),
        (
            "nl",
            "De onlusten in Madrid duurden tot maandag, toen de onlusten eindigden.",
            [("protest in Madrid", "2025-12-01", [])],
        ),
        (
            "en",
            "The new law was met with protests in Lisbon.",
            [("protest in Lisbon", "2025-12-03", [])],
        ),
    ],
)
def test_end_to_end_fresh_event_words(lang, text, expected):
    assert events_of(text, lang) == expected


def test_the_object_of_the_verb_an_event_is_subject_of_undergoes_it(en_events):
    # "A bombing killed Baker in Lima": Baker is the bombing's target, Lima no side of it
    doc = parsed(
        """
A 1 det DET
bombing 2 nsubj NOUN bombing
killed 2 ROOT VERB kill
Baker 2 dobj PROPN
in 2 prep ADP
Lima 4 pobj PROPN
. 2 punct PUNCT
""",
        {3: ("PERSON", "baker"), 5: ("LOCATION", "lima")},
    )
    assert [
        sorted(p.entity for p in e.participants if p.role == "target") for e in en_events.find(doc)
    ] == [["baker"]]


def test_the_object_of_a_verb_that_harms_no_one_is_no_side_of_its_subject_event(en_events):
    # "The bombing angered Baker": the harm verbs (eventroles.en.tsv pos harm) say who underwent it
    doc = parsed(
        """
The 1 det DET
bombing 2 nsubj NOUN bombing
angered 2 ROOT VERB anger
Baker 2 dobj PROPN
. 2 punct PUNCT
""",
        {3: ("PERSON", "baker")},
    )
    assert ("baker", "target") not in [
        (p.entity, p.role) for e in en_events.find(doc) for p in e.participants
    ]


def test_a_passive_event_subject_reaches_the_object_of_its_open_clause(en_events):
    # "The bombing was reported to have injured Baker"
    doc = parsed(
        """
The 1 det DET
bombing 3 nsubjpass NOUN bombing
was 3 auxpass AUX be
reported 3 ROOT VERB report
to 6 aux PART
have 6 aux AUX
injured 3 xcomp VERB injure
Baker 6 dobj PROPN
. 3 punct PUNCT
""",
        {7: ("PERSON", "baker")},
    )
    assert [[(p.entity, p.role) for p in e.participants] for e in en_events.find(doc)] == [
        [("baker", "target")]
    ]


def test_a_name_before_the_event_subject_is_no_object_of_it(en_events):
    # a source the parser took for an object, before the event that is the subject, is not hit
    doc = parsed(
        """
Reuters 2 dobj PROPN
the 2 det DET
attacks 3 nsubj NOUN attack
hit 3 ROOT VERB hit
. 3 punct PUNCT
""",
        {0: ("ORG", "reuters")},
    )
    # (another route may take it for the event's actor; it is never what the event hit)
    assert ("reuters", "target") not in [
        (p.entity, p.role) for e in en_events.find(doc) for p in e.participants
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A bombing yesterday killed the journalist Pedro Alvarez in Lima."),
        ("nl", "Een bomaanslag doodde gisteren de journalist Pedro Alvarez in Lima."),
    ],
)
def test_end_to_end_whom_an_attack_killed_took_part_in_it(lang, text):
    assert [(date, parts) for _, date, parts in events_of(text, lang)] == [
        ("2025-12-02", [("Pedro Alvarez", "target")])
    ]


def test_the_names_a_participant_noun_gives_as_examples_take_part(en_events):
    # "There were speakers at the rally, including Baker": Baker spoke at the rally
    doc = parsed(
        """
There 1 expl PRON
were 1 ROOT VERB be
speakers 1 attr NOUN speaker
at 2 prep ADP
the 5 det DET
rally 3 pobj NOUN rally
, 2 punct PUNCT
including 2 prep VERB include
Baker 7 pobj PROPN
. 1 punct PUNCT
""",
        {8: ("PERSON", "baker")},
    )
    assert [[(p.entity, p.role) for p in e.participants] for e in en_events.find(doc)] == [
        [("baker", "source")]
    ]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "There were several speakers at the rally in Lima, including Pedro Alvarez and Maria "
            "Lopez.",
            [("Maria Lopez", "source"), ("Pedro Alvarez", "source")],
        ),
        (
            "en",
            "Twin bombings struck a church in Lima. The Shining Path are the suspected "
            "perpetrators.",
            [("Shining Path", "source")],
        ),
        (
            "nl",
            "Sprekers op de betoging in Lima waren Pedro Alvarez en Maria Lopez.",
            [("Maria Lopez", "source"), ("Pedro Alvarez", "source")],
        ),
    ],
)
def test_end_to_end_participant_nouns_that_name_their_holders(lang, text, expected):
    [(_, _, parts)] = events_of(text, lang)
    assert parts == expected


@pytest.mark.parametrize(
    "lang, text, outsider",
    [
        (
            "en",
            "The summit in Geneva ended on Friday. Turkey read the conclusions of the summit.",
            "Türkiye",
        ),
        (
            "nl",
            "De top in Genève eindigde vrijdag. In een reactie op de top beschuldigde Turkije "
            "Griekenland van bedrog.",
            "Türkiye",
        ),
    ],
)
def test_who_acts_on_the_conclusions_of_or_a_reaction_to_an_event_takes_no_part_in_it(
    lang, text, outsider
):
    # the clause tells the reading, the accusation: the summit is only what they are about
    found = events_of(text, lang)
    assert found, found
    assert not any(outsider in [name for name, _ in parts] for _, _, parts in found), found
