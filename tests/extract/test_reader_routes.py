"""Pairs a reader connects that no route found (task routes3): a court's ruling against someone
(REJECT, as the dev gold codes it), a legislature confirming a nominee (SUPPORT), guests named
by "such celebrities as", a storm's places at every mention of its name, and the owner of a
vehicle that crashed; and (task routes4) the responders named by "responders included X"
or "among the responders were X"; (task owners2) the owner or operator of the vehicle of the
story's crash or fire, told in another sentence ("The boat was owned by X", "X operated the
plane", "het toestel was eigendom van X"). The sentences are made up."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the support verb's noun with its "against" phrase: a ruling against someone
        (
            "On Monday, judge Anna Berg issued a ruling against Governor Tom Reyes.",
            "en",
            ("Anna Berg", "REJECT", "Tom Reyes"),
        ),
        # Dutch hangs "tegen Reyes" on the support verb "deed", not on "uitspraak"
        (
            "Rechter Anna Berg deed maandag uitspraak tegen minister Tom Reyes.",
            "nl",
            ("Anna Berg", "REJECT", "Tom Reyes"),
        ),
    ],
)
def test_ruling_against_is_a_rejection(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in typed(text, lang)


def test_ruling_in_favour_rejects_no_one() -> None:
    found = typed("The Supreme Court of Ohio issued a ruling in favor of the Ohio Senate.", "en")
    assert not [key for key in found if key[1] == "REJECT"]


def test_confirmed_nominee_is_supported_not_the_post_s_country() -> None:
    found = typed("The Ohio Senate confirmed Maria Lopez as ambassador to France.", "en")
    assert ("Ohio Senate", "SUPPORT", "Maria Lopez") in found
    assert ("Ohio Senate", "SUPPORT", "France") not in found


def test_confirmed_nomination_supports_its_nominee() -> None:
    found = typed("The Ohio House confirmed Maria Lopez's nomination on Friday.", "en")
    assert ("Ohio House", "SUPPORT", "Maria Lopez") in found


def test_guests_named_as_examples_attend() -> None:
    found = typed(
        "Guests at the inauguration included her grandchildren and such celebrities as "
        "singer Lena Marsh and actor Tom Berry.",
        "en",
        participants=True,
    )
    assert ("Lena Marsh", "PARTICIPANT", "inauguration") in found
    assert ("Tom Berry", "PARTICIPANT", "inauguration") in found


def test_storm_name_told_alone_takes_the_places_it_hit() -> None:
    found = typed(
        "Hurricane Nadia hit the Bahamas on Sunday. On Tuesday, Nadia hit Florida.",
        "en",
        participants=True,
    )
    places = {source for source, type_, _ in found if type_ == "PARTICIPANT"}
    assert {"Bahamas", "Florida"} <= places


def test_storm_full_name_again_takes_the_places_it_hit() -> None:
    found = typed(
        "Hurricane Nadia hit the Bahamas on Sunday. Hurricane Nadia then hit Florida.",
        "en",
        participants=True,
    )
    places = {source for source, type_, _ in found if type_ == "PARTICIPANT"}
    assert {"Bahamas", "Florida"} <= places


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("A Northway Coaches bus crashed into a wall near the station.", "Northway Coaches"),
        ("A bus owned by Acme Transport crashed into a wall on Tuesday.", "Acme Transport"),
    ],
)
def test_crashed_vehicle_s_owner_takes_part(text: str, owner: str) -> None:
    found = typed(text, "en", participants=True)
    assert (owner, "PARTICIPANT", "crash") in found


def test_crashed_vehicle_s_country_adjective_is_no_owner() -> None:
    found = typed("A Russian plane crashed on Monday.", "en", participants=True)
    assert not [key for key in found if key[0] == "Russia"]


@pytest.mark.parametrize(
    ("text", "lang", "owner"),
    [
        # passive "owned by", and its coordinated "chartered by" sharing the vehicle subject;
        # the vehicle is the name in apposition to the story's boat
        (
            "A boat fire near Dorset killed ten people on Monday. The boat, Starling, caught "
            "fire at night. The Starling was owned by Kaldor Tours and chartered by Bell Diving.",
            "en",
            "Kaldor Tours",
        ),
        (
            "A boat fire near Dorset killed ten people on Monday. The boat, Starling, caught "
            "fire at night. The Starling was owned by Kaldor Tours and chartered by Bell Diving.",
            "en",
            "Bell Diving",
        ),
        # active "X owned/operated the plane", in a reported clause too
        (
            "A small plane crashed near Dorset on Monday. Kaldor Air operated the plane.",
            "en",
            "Kaldor Air",
        ),
        (
            "A small plane crashed near Dorset on Monday. The police said Kaldor Air owned the "
            "plane.",
            "en",
            "Kaldor Air",
        ),
        (
            "A small plane crashed near Dorset on Monday. The plane belonged to Kaldor Air.",
            "en",
            "Kaldor Air",
        ),
        # a copula's owner noun, and a property noun
        (
            "Een klein vliegtuig is maandag bij Dorset neergestort. Kaldor Air was eigenaar van "
            "het toestel.",
            "nl",
            "Kaldor Air",
        ),
        (
            "Een klein vliegtuig is maandag bij Dorset neergestort. Het toestel was eigendom van "
            "Kaldor Air.",
            "nl",
            "Kaldor Air",
        ),
        (
            "A small plane crashed near Dorset on Monday. Kaldor Air was the owner of the plane.",
            "en",
            "Kaldor Air",
        ),
        # a clause without a conjunction the parser breaks: the name right before the
        # subjectless predicate is its subject
        (
            "A small cargo plane crashed near Dorset on Monday. It cited the police as stating "
            "Kaldor Air owned the plane, and claimed a second death.",
            "en",
            "Kaldor Air",
        ),
        (
            "Een klein vrachtvliegtuig is maandag bij Dorset neergestort. De krant haalde de "
            "politie aan, volgens wie Kaldor Air eigenaar van het toestel was, en sprak van een "
            "zestiende dode.",
            "nl",
            "Kaldor Air",
        ),
        # a vehicle noun a demonstrative makes one told before, as an article does (tidy7:
        # the tagger's Definite=Def marks the articles only)
        (
            "A small plane crashed near Dorset on Monday. Kaldor Air owned that aircraft.",
            "en",
            "Kaldor Air",
        ),
        (
            "Een klein vliegtuig is maandag bij Dorset neergestort. Dat toestel was eigendom van "
            "Kaldor Air.",
            "nl",
            "Kaldor Air",
        ),
        # the event's vehicle is the last part of a hyphened word
        (
            "Een Boeing 707-vrachtvliegtuig is maandag bij Dorset neergestort. Het toestel was "
            "eigendom van Kaldor Air.",
            "nl",
            "Kaldor Air",
        ),
    ],
)
def test_owner_told_in_another_sentence_takes_part(text: str, lang: str, owner: str) -> None:
    found = typed(text, lang, participants=True)
    assert [key for key in found if key[0] == owner and key[1] == "PARTICIPANT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A small plane crashed near Dorset on Monday. The airport is owned by Bell Holdings.",
            "en",
        ),
        (
            "Een klein vliegtuig is maandag bij Dorset neergestort. De luchthaven is eigendom "
            "van Bell Holdings.",
            "nl",
        ),
    ],
)
def test_owner_of_no_vehicle_takes_no_part(text: str, lang: str) -> None:
    found = typed(text, lang, participants=True)
    assert not [key for key in found if key[0] == "Bell Holdings"]


def test_ticket_members_run_together_for_its_party() -> None:
    found = typed(
        "In 2016, the Harbor Party ticket of Ann Lee for president and Tom Fox for vice "
        "president received 5,000 votes.",
        "en",
    )
    assert ("Ann Lee", "ROLE", "Harbor Party") in found
    assert ("Tom Fox", "ROLE", "Harbor Party") in found
    assert ("Ann Lee", "COOPERATE", "Tom Fox") in found


def test_ticket_owned_by_a_described_party() -> None:
    found = typed(
        "The Lantern Party met in June. In 2016, the party's ticket of Ann Lee for president "
        "and Tom Fox for vice president appeared on the ballot.",
        "en",
    )
    assert ("Ann Lee", "ROLE", "Lantern Party") in found
    assert ("Ann Lee", "COOPERATE", "Tom Fox") in found


def test_a_bought_ticket_joins_no_one() -> None:
    found = typed("Ann Lee bought a ticket for the concert of Tom Fox and Mia Hart.", "en")
    assert not [key for key in found if key[1] in ("COOPERATE", "ROLE")]


@pytest.mark.parametrize(
    ("text", "lang", "responders", "event"),
    [
        (
            "A wildfire struck Cedar Town on Monday. Emergency responders included the Cedar "
            "Fire Department and the Red Cross.",
            "en",
            ("Cedar Fire Department", "Red Cross"),
            "fire in Cedar Town",
        ),
        (
            "A gunman attacked a school in Cedar Town on Monday. Among the responders were the "
            "Cedar Police Department and the Red Cross.",
            "en",
            ("Cedar Police Department", "Red Cross"),
            "attack in Cedar Town",
        ),
        (
            "Een schutter viel maandag een school in Cedar Town aan. Onder de hulpverleners "
            "waren de politie van Cedar Town en het Rode Kruis.",
            "nl",
            ("politie van Cedar Town", "Red Cross"),
            "attack in Cedar Town",
        ),
    ],
)
def test_responders_named_take_part_in_the_event(
    text: str, lang: str, responders: tuple[str, ...], event: str
) -> None:
    found = typed(text, lang, participants=True)
    for name in responders:
        assert (name, "PARTICIPANT", event) in found
