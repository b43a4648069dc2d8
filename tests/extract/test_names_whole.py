"""One node per real-world entity, typed from what the text and the knowledge base say (issue
19): a known name holding a possessive is one mention of it; a surname that opens a known body's
name is no mention of that body; an unknown company named for its trade is an organisation;
a party whose name does not say so is a party. End-to-end tests on our own sentences."""

from __future__ import annotations

import pytest

from extract.kb import load_kb
from tests.extract.extraction_helpers import records_of
from tests.extract.test_events import events_of
from tests.extract.test_names_glosses import nodes_of


def _types(text: str, lang: str) -> dict[str, str]:
    """Each name entity's label -> its type."""
    return {e["label"]: e["type"] for e in records_of(text, lang)["entities"]}


# --- a known name with a possessive inside -----------------------------------------------------


@pytest.mark.parametrize(
    "text, label, whole",
    [
        (
            "The People's Republic of China rejected the plan on Monday.",
            "China",
            "People's Republic of China",
        ),
        (
            "Soldiers of the People's Liberation Army crossed the river.",
            "Peoples Liberation Army",
            "People's Liberation Army",
        ),
    ],
)
def test_a_known_name_holding_a_possessive_is_one_mention_of_it(text, label, whole):
    nodes = nodes_of(text, "en")
    assert nodes[label] == {whole}
    assert not [name for name in nodes if "People" in name and name != label]


def test_a_possessive_before_a_known_name_still_ends_the_owner():
    nodes = nodes_of("Putin's Russia attacked Ukraine on Monday.", "en")
    assert nodes["Vladimir Putin"] == {"Putin"}
    assert nodes["Russia"] == {"Russia"}


# --- a surname that opens a known body's name -------------------------------------------------


def test_a_surname_alone_is_no_mention_of_the_known_body_its_word_opens():
    text = (
        "The White House said on Monday that the talks would go on. White told CNN that the "
        "plan was illegal."
    )
    nodes = nodes_of(text, "en")
    assert nodes["White House"] == {"White House"}
    assert _types(text, "en")["White"] == "PERSON"


def test_a_surname_after_the_full_name_stays_that_person_beside_the_white_house():
    text = (
        "The White House said on Monday that the talks would go on. Lawyer Bob White "
        "disagreed. White told CNN that the plan was illegal."
    )
    nodes = nodes_of(text, "en")
    assert nodes["Bob White"] == {"Bob White", "White"}
    assert nodes["White House"] == {"White House"}


# --- an unknown company named for its trade ----------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("nl", "De explosie gebeurde in de fabriek van Kaldor Chemie in Geleen.", "Kaldor Chemie"),
        ("nl", "Zentrix Techniek zei dat niemand gewond raakte.", "Zentrix Techniek"),
        ("en", "Kaldor Chemical said nobody was hurt in the blast.", "Kaldor Chemical"),
    ],
)
def test_an_unknown_company_named_for_its_trade_is_an_organisation(lang, text, name):
    assert _types(text, lang).get(name) == "ORG"


# --- a party whose name does not say so --------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["cda", "d66", "sinn_fein", "democratic_party_us", "conservative_party_uk"]
)
def test_the_knowledge_base_knows_parties_whose_names_do_not_say_so(key):
    assert load_kb().is_party(key)


@pytest.mark.parametrize("key", ["new_york_times", "tweede_kamer", "CHN"])
def test_other_bodies_are_no_parties(key):
    kb = load_kb()
    assert key not in kb or not kb.is_party(key)


@pytest.mark.parametrize(
    "lang, text, party",
    [
        ("nl", "Maria Lopez was de lijsttrekker van het CDA bij de verkiezingen van 2021.", "CDA"),
        (
            "en",
            "Mary Lou McDonald, Sinn Féin's candidate in the 2020 election, spoke on television.",
            "Sinn Féin",
        ),
    ],
)
def test_a_party_named_without_a_party_word_stands_in_the_election_with_its_nominee(
    lang, text, party
):
    (event,) = events_of(text, lang)
    assert (party, "source") in event[2]


@pytest.mark.parametrize(
    "lang, text, label, forms",
    [
        (
            "nl",
            "Zij kwam in de partij Indian National Congress. De Congress-partij rouwde om haar.",
            "Indian National Congress",
            {"Indian National Congress", "Congress-partij"},
        ),
        (
            "en",
            "Fighters of Hayat Tahrir al-Sham took the town. Tahrir al-Sham said it would stay.",
            "Hayat Tahrir al-Sham",
            {"Hayat Tahrir al-Sham", "Tahrir al-Sham"},
        ),
        (
            "en",
            "The Tories lost ten seats, the Conservative Party said on Friday.",
            "Conservative Party",
            {"Tories", "Conservative Party"},
        ),
        (
            "nl",
            "De Britse Conservatieve Partij verloor. De Conservatieve Partij koos een leider.",
            "Conservative Party",
            {"Britse Conservatieve Partij", "Conservatieve Partij"},
        ),
        (
            "en",
            "NBC News called the state for the senator. By the count of NBC, she had won.",
            "NBC",
            {"NBC News", "NBC"},
        ),
    ],
)
def test_a_known_body_named_by_its_short_or_translated_name_is_one_organisation(
    lang, text, label, forms
):
    assert nodes_of(text, lang)[label] == forms
    assert _types(text, lang)[label] == "ORG"


# --- a surname before (or after) a family noun --------------------------------------------------


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Dana Imus, a radio host, died on Friday. The Imus family thanked his fans."),
        (
            "nl",
            "Dana Imus, een radiopresentator, is vrijdag overleden. "
            "De familie Imus bedankte zijn fans.",
        ),
    ],
)
def test_a_surname_before_a_family_noun_is_the_person_not_a_town(lang, text):
    nodes = nodes_of(text, lang)
    assert nodes["Dana Imus"] == {"Dana Imus", "Imus"}
    assert set(_types(text, lang).values()) == {"PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "A Texas family lost its home in the storm on Monday.",  # no article: a family from there
        "The Texas family court ruled on Monday.",  # a court, no family
    ],
)
def test_a_place_before_a_family_noun_stays_a_place_unless_it_names_the_family(text):
    assert _types(text, "en") == {"Texas": "LOCATION"}
