"""Who tells of a happening rather than taking part in it (issue 18, typed pairs): a body or
state that announces what happened to someone ("the government of Belgium announced his death",
"maakte zijn dood bekend") speaks of it (STATEMENT) and takes no part, where a person who
announces their own resignation takes part in it; and "mention" is a speech verb, no threat
(CAMEO codes it only in "mention the possibility of force")."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "King Albert of Belgium died on Monday. The government of Belgium announced his "
            "death on Tuesday.",
        ),
        (
            "nl",
            "Koning Karel van België is maandag overleden. De regering van België maakte dinsdag "
            "zijn dood bekend.",
        ),
    ],
)
def test_a_state_announcing_a_death_speaks_of_it_and_takes_no_part(lang, text):
    found = typed(text, lang, participants=True)
    assert any(s == "Belgium" and t == "STATEMENT" for s, t, _ in found), sorted(found)
    assert not any(s == "Belgium" and t == "PARTICIPANT" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Former president Karel Brandt of Ruritania died on Monday. His death was announced "
            "by his son Tomas Brandt on Tuesday.",
        ),
        (
            "nl",
            "Oud-president Karel Brandt van Ruritanië is maandag overleden. Zijn overlijden werd "
            "dinsdag bekendgemaakt door zijn zoon Tomas Brandt.",
        ),
    ],
)
def test_a_kin_announcing_a_death_speaks_of_it_and_takes_no_part(lang, text):
    """The announcer is told of as the owner's kin ("his son"): the death is another's, also
    where the possessive pronoun is left unresolved, and the agent of a passive tells of it."""
    found = typed(text, lang, participants=True)
    assert any(s == "Tomas Brandt" and t == "STATEMENT" for s, t, _ in found), sorted(found)
    assert not any(s == "Tomas Brandt" and t == "PARTICIPANT" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "Minister Jan de Vries van Nederland kondigde maandag zijn aftreden aan."),
        ("en", "Minister Jan de Vries of the Netherlands announced his resignation on Monday."),
    ],
)
def test_a_person_announcing_their_own_resignation_takes_part_in_it(lang, text):
    found = typed(text, lang, participants=True)
    assert any(s == "Jan de Vries" and t == "PARTICIPANT" for s, t, _ in found), sorted(found)
    assert not any(s == "Jan de Vries" and t == "STATEMENT" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "An outbreak of measles spread through Ruritania in May. The World Health "
            "Organization has classified the outbreak of measles as a pandemic.",
        ),
        (
            "nl",
            "Een uitbraak van mazelen verspreidde zich in mei door Ruritanië. De "
            "Wereldgezondheidsorganisatie riep de uitbraak op 11 mei uit tot epidemie.",
        ),
    ],
)
def test_a_body_classing_an_outbreak_speaks_of_it_and_takes_no_part(lang, text):
    """ "classified ... as a pandemic", "riep ... uit tot epidemie" (``report`` rows of
    eventroles.<lang>.tsv), also with the phrase hung on a noun of the object's own phrase."""
    found = typed(text, lang, participants=True)
    who = "World Health Organization"
    assert any(s == who and t == "STATEMENT" for s, t, _ in found), sorted(found)
    assert not any(s == who and t == "PARTICIPANT" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "An outbreak of measles spread through Ruritania in May. Two days later the World "
            "Health Organization declared the outbreak a pandemic. Ruritania received money to "
            "fight the pandemic.",
        ),
        (
            "nl",
            "Een uitbraak van mazelen verspreidde zich in mei door Ruritanië. Twee dagen later had "
            "de Wereldgezondheidsorganisatie de uitbraak tot pandemie verklaard. Ruritanië kreeg "
            "geld om de pandemie te bestrijden.",
        ),
        (
            "nl",
            "Een uitbraak van mazelen verspreidde zich in mei door Ruritanië. Dat besluit kwam "
            "nadat de Wereldgezondheidsorganisatie de uitbraak, die de ziekte mazelen "
            "veroorzaakt, tot pandemie had verklaard. Ruritanië kreeg geld om de pandemie te "
            "bestrijden.",
        ),
    ],
)
def test_a_body_declaring_an_outbreak_a_pandemic_takes_no_part_in_it(lang, text):
    """ "declared the outbreak a pandemic", "de uitbraak tot pandemie verklaard": the class
    declared is no event of its own, whose sentence would make the declarer a participant
    when the story names the pandemic again."""
    found = typed(text, lang, participants=True)
    who = "World Health Organization"
    assert not any(s == who and t == "PARTICIPANT" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text, who, kind, event",
    [
        (
            "nl",
            "Ivan Petrov is maandag in Moskou overleden. De politie bevestigde na de dood van "
            "Ivan Petrov dat hij was vergiftigd.",
            "Ivan Petrov",
            "PARTICIPANT",
            "dood",
        ),
        (
            "nl",
            "De WHO verklaarde tijdens de pandemie dat Italië het zwaarst was getroffen.",
            "World Health Organization",
            "STATEMENT",
            "disaster",
        ),
    ],
)
def test_a_time_phrase_under_a_reporting_verb_names_an_event(lang, text, who, kind, event):
    """Only a preposition that marks a class ("tot pandemie", "als epidemie") makes the noun of
    a reporting verb's phrase the class it declares: "na de dood van X", "tijdens de pandemie"
    name an event, whose people stay in the graph."""
    found = typed(text, lang, participants=True)
    assert any(s == who and t == kind and event in o for s, t, o in found), sorted(found)


def test_mentioning_is_no_threat():
    found = typed("Nancy Pelosi mentioned the House of Representatives will vote on Friday.", "en")
    assert not any(t == "THREATEN" for _, t, _ in found), sorted(found)
