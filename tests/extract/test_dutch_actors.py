"""Issues 17 and 18 in Dutch: who acts in a sentence, and which PLOVER type the act gets.

The sentences are written for these tests (none comes from the yardstick). They run the real
Dutch pipeline and check what a reader would see: the two ends of a relation and its type, or
the actor an EVENT node gets.
"""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of, typed

pytestmark = pytest.mark.model


def participants(text: str, lang: str = "nl") -> set[tuple[str, str]]:
    """(participant label, event label) of each PARTICIPANT relation extracted from ``text``."""
    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    return {
        (label[r["source"]], label[r["target"]])
        for r in records["relations"]
        if r["type"] == "PARTICIPANT"
    }


def test_a_second_subject_on_the_auxiliary_is_whom_the_act_is_aimed_at():
    # the parser makes both names subjects of "heeft"; Nigeria is the one not charged
    found = typed(
        "Kameroen heeft Nigeria niet aangeklaagd bij de Afrikaanse Unie, ondanks de kritiek van "
        "de pers.",
        "nl",
    )
    assert ("Cameroon", "ACCUSE", "Nigeria") in found, sorted(found)
    assert found[("Cameroon", "ACCUSE", "Nigeria")]["mode"] == "negated"


@pytest.mark.parametrize(
    "lang, text, group, event",
    [
        (
            "nl",
            "Strijders van Al-Shabaab vielen een legerbasis bij Mogadishu aan.",
            "Al-Shabaab",
            "attack in Mogadishu",
        ),
        ("nl", "Leden van Hezbollah vielen een dorp in het zuiden aan.", "Hezbollah", "attack"),
        (
            "en",
            "Fighters of Al-Shabaab attacked an army base near Mogadishu.",
            "Al-Shabaab",
            "attack in Mogadishu",
        ),
        ("en", "Members of Hezbollah attacked a village in the south.", "Hezbollah", "attack"),
    ],
)
def test_fighters_and_members_of_a_group_act_for_it(lang, text, group, event):
    # "strijders van X", "leden van X" (agents.<lang>.tsv): the group is the attack's actor; the
    # attack is placed where the lead's verb places its object (the base near Mogadishu)
    assert (group, event) in participants(text, lang)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # the parser hangs "uit" on the participle of the apposition; "uitzetten" is what
        # France did, and deporting a person is COERCE (CAMEO 174, as English "expel")
        (
            "nl",
            "Frankrijk zette Karim Benali, een in Lyon veroordeelde Algerijn, vorige week uit "
            "naar Algiers.",
            ("France", "COERCE", "Karim Benali"),
        ),
        (
            "nl",
            "Oostenrijk zette Omar Haddad, een voor diefstal veroordeelde Syriër, met een "
            "lijnvlucht uit naar Damascus.",
            ("Austria", "COERCE", "Omar Haddad"),
        ),
        (
            "en",
            "France expelled Karim Benali, an Algerian convicted in Lyon, to Algiers last week.",
            ("France", "COERCE", "Karim Benali"),
        ),
        # expelling diplomats reduces relations: SANCTION, whichever way the verb is written
        (
            "nl",
            "Italië zette twee Russische diplomaten het land uit.",
            ("Italy", "SANCTION", "Russia"),
        ),
        (
            "nl",
            "Rusland heeft twee Britse diplomaten uitgezet.",
            ("Russia", "SANCTION", "United Kingdom"),
        ),
        ("en", "Italy expelled two Russian diplomats.", ("Italy", "SANCTION", "Russia")),
    ],
)
def test_expelling_a_person_is_coerce_and_expelling_diplomats_sanction(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    wrong = [k for k in found if (k[0], k[2]) == (expected[0], expected[2]) and k != expected]
    assert not wrong, wrong


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # "het blokkeren van ...": an infinitive with an article is a noun, and whom its phrase
        # names is whom the threat is aimed at
        (
            "nl",
            "China dreigde met het blokkeren van de export naar Japan.",
            ("China", "THREATEN", "Japan"),
        ),
        (
            "nl",
            "Syrië dreigde met het uitzetten van waarnemers van de Arabische Liga.",
            ("Syria", "THREATEN", "Arab League"),
        ),
        # the English twin, where the tagger already makes "blocking" a noun
        (
            "en",
            "China threatened the blocking of exports to Japan.",
            ("China", "THREATEN", "Japan"),
        ),
    ],
)
def test_a_nominalised_infinitive_holds_the_target(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "nl",
            "Groot-Brittannië heeft een fregat in de Noordzee in stelling gebracht om Rusland af "
            "te schrikken.",
            ("United Kingdom", "MOBILIZE", "Russia"),
        ),
        (
            "nl",
            "Frankrijk stuurde troepen naar Roemenië om Rusland af te schrikken.",
            ("France", "MOBILIZE", "Russia"),
        ),
        (
            "en",
            "The United States deployed a second aircraft carrier in the Gulf to deter Iran.",
            ("United States", "MOBILIZE", "Iran"),
        ),
        ("en", "France sent troops to Romania to deter Russia.", ("France", "MOBILIZE", "Russia")),
    ],
)
def test_a_deployment_is_aimed_at_whom_its_purpose_deters(lang, text, expected):
    # the object of the te-infinitive of purpose ("om Rusland af te schrikken", "to deter")
    found = typed(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        (
            "De Britse aanklagersdienst CPS vervolgde de drie mannen.",
            None,
            ("United Kingdom", "ACCUSE", "CPS"),
        ),
        (
            "De Franse autofabrikant Renault klaagde Nissan aan.",
            ("Renault", "ACCUSE", "Nissan"),
            ("France", "ACCUSE", "Renault"),
        ),
    ],
)
def test_a_name_after_the_subject_noun_is_the_actor_not_the_target(text, kept, dropped):
    # the parser makes the name after "aanklagersdienst" a second subject, which was read as the
    # object: the country of the adjective then "prosecuted" the service itself
    found = typed(text, "nl")
    assert dropped not in found, sorted(found)
    if kept:
        assert kept in found, sorted(found)


def test_a_name_the_parser_hangs_on_its_article_acts_through_the_article():
    # "de Democraten willen": the parser made "de" the subject and hung the name on it (flat)
    found = participants(
        "Pelosi wil beginnen met minder omstreden kwesties, maar de Democraten willen ook "
        "de huidige shutdown snel aanpakken."
    )
    assert any(who == "Democratic Party" for who, _ in found)
