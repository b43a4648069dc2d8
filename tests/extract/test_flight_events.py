"""A flight number names the story's crash (issue 17): "Kaldor Air Flight 302 crashed", "vlucht
KA302 van Kaldor Air": the flight word is a mention of the crash, the airline before it (or in
its "of"/"van" phrase) takes part, and "the crash" or "de ramp" told later is the same event.
Another flight the text names ("after Zaldor Airways Flight 610 crashed last year") is no
mention of it."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of


def crashes(text: str, lang: str) -> list[tuple[list[str], set[str]]]:
    """Each EVENT node of ``text``: the words that name it and its participants' labels (the
    place it happened at left out)."""
    records = records_of(text, lang, "2019-03-11")
    label = {e["id"]: e["label"] for e in records["entities"]}
    found = []
    for entity in records["entities"]:
        if entity["type"] != "EVENT":
            continue
        words = [m["text"].lower() for m in records["mentions"] if m["entity"] == entity["id"]]
        parts = {
            label[r["source"]]
            for r in records["relations"]
            if r["type"] == "PARTICIPANT"
            and r["target"] == entity["id"]
            and r.get("role") != "location"
        }
        found.append((words, parts))
    return found


@pytest.mark.parametrize(
    "lang, text, flight, later, airline",
    [
        (
            "en",
            "Ethiopian Airlines Flight 302 crashed near Addis Ababa on Sunday, killing all 157 "
            "people on board. Investigators are examining the crash.",
            "flight",
            "crash",
            "Ethiopian Airlines",
        ),
        (
            "nl",
            "Vlucht MH17 van Malaysia Airlines stortte neer in Oekraïne. Bij de ramp kwamen 298 "
            "mensen om het leven.",
            "vlucht",
            "ramp",
            "Malaysia Airlines",
        ),
    ],
)
def test_a_flight_number_names_the_crash_and_its_airline_takes_part(
    lang, text, flight, later, airline
):
    found = [(words, parts) for words, parts in crashes(text, lang) if flight in words]
    assert len(found) == 1, crashes(text, lang)
    words, parts = found[0]
    assert later in words, words
    assert airline in parts, parts


def test_another_flight_named_is_no_mention_of_the_story_s_crash():
    text = (
        "Ethiopian Airlines Flight 302 crashed near Addis Ababa on Sunday, killing all 157 "
        "people on board. Investigators are examining the crash. In October, Lion Air "
        "Flight 610 crashed in Indonesia."
    )
    found = crashes(text, "en")
    story = [parts for words, parts in found if "crash" in words]
    assert story and "Lion Air" not in story[0], found
    assert sum(words.count("flight") for words, _ in found) == 1, found


def test_a_flight_in_a_story_without_a_crash_names_no_event():
    text = (
        "Ethiopian Airlines Flight 302 left Addis Ababa on time on Sunday. The airline said "
        "it will add a second daily flight to Nairobi."
    )
    assert not any("flight" in words for words, _ in crashes(text, "en"))


@pytest.mark.parametrize(
    "text, airline",
    [
        (
            "A fire broke out at a hotel near the airport on Monday, killing two guests. "
            "Firefighters fought the fire for hours. Kaldor Air flight 117 was diverted to "
            "another airport.",
            "Kaldor Air",
        ),
        (
            "A bus crashed near Lyon on Friday, killing 12. The victims had arrived on Zaldor "
            "Airways flight 8132 from Dublin.",
            "Zaldor Airways",
        ),
    ],
)
def test_a_flight_the_story_only_names_takes_no_part_in_its_fire_or_crash(text, airline):
    found = crashes(text, "en")
    assert found, found
    assert all(airline not in parts for _, parts in found), found
    assert all("flight" not in words for words, _ in found), found


@pytest.mark.parametrize(
    "lang, text, airline",
    [
        (
            "en",
            "A passenger plane crashed on landing at Lydd Airport on Friday, killing nine "
            "people. Kaldor Air Flight 5120 had come from Rotterdam in heavy rain.",
            "Kaldor Air",
        ),
        (
            "nl",
            "Een passagiersvliegtuig van Kaldor Air is vrijdag bij de landing op Lydd Airport "
            "verongelukt. Kaldor Air-vlucht 5120 kwam uit Rotterdam en landde in zware regen.",
            "Kaldor Air",
        ),
        (
            "nl",
            "Een passagiersvliegtuig van Kaldor Airways is vrijdag bij de landing op Lydd "
            "Airport verongelukt. Kaldor Airways-vlucht 5120 (KA5120/KW5120) kwam uit "
            "Rotterdam, Nederland, en deed een tweede poging om te landen.",
            "Kaldor Airways",
        ),
    ],
)
def test_a_flight_told_apart_names_an_air_crash(lang, text, airline):
    found = [(words, parts) for words, parts in crashes(text, lang) if len(words) > 1]
    assert any(
        any("vlucht" in w or w == "flight" for w in words) and airline in parts
        for words, parts in found
    ), crashes(text, lang)


def test_a_flight_told_apart_names_no_crash_of_a_bus():
    text = (
        "A bus crashed near Lyon on Friday, killing 12. Zaldor Airways Flight 8132 had "
        "brought the victims from Dublin."
    )
    found = crashes(text, "en")
    assert found, found
    assert all("Zaldor Airways" not in parts and "flight" not in words for words, parts in found), (
        found
    )


@pytest.mark.parametrize(
    "lang, text, airline",
    [
        (
            "en",
            "A police helicopter crashed into a pub in Glasgow on Friday, killing ten people. "
            "Firefighters searched the building. Passengers on Kaldor Air flight 1234 saw the "
            "smoke.",
            "Kaldor Air",
        ),
        (
            "en",
            "A small plane crashed in Alaska on Friday, killing five people. The victims had "
            "planned to board Zaldor Airways flight 1210.",
            "Zaldor Airways",
        ),
        (
            "nl",
            "Een politiehelikopter is vrijdag op een café in Glasgow neergestort, waarbij tien "
            "mensen omkwamen. Brandweerlieden doorzochten het gebouw. Passagiers van vlucht "
            "KA1234 van Kaldor Air zagen de rook.",
            "Kaldor Air",
        ),
        (
            "nl",
            "Een klein vliegtuig is vrijdag in Alaska neergestort, waarbij vijf mensen omkwamen. "
            "De slachtoffers wilden aan boord gaan van Zaldor Airways-vlucht 1210.",
            "Zaldor Airways",
        ),
    ],
)
def test_a_flight_that_is_no_subject_names_no_air_crash(lang, text, airline):
    """In a story of an air crash, a flight told apart names the crash only as the subject of
    its clause ("Flight 5120 had come from Rotterdam"): a flight its passengers were on or its
    victims meant to board is another flight."""
    found = crashes(text, lang)
    assert all(airline not in parts for _, parts in found), found
    assert all(not any("vlucht" in w or w == "flight" for w in words) for words, _ in found), found
