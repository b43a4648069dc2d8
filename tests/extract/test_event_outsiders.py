"""Who is told beside an event without taking part in it (issues 17, 18): one told as not
attending it, one who calls or sets off an election, an election told as the next or the
previous one, which is another occasion than the story's, and the country or place that holds
an election, which is where it is held."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of, typed


def events(text: str, lang: str, date: str = "2019-12-13") -> list[tuple[list[str], set[str]]]:
    """Each EVENT node of ``text`` in the order the text first names them: the words that name
    it, and the labels of its participants (the place it happened at left out)."""
    records = records_of(text, lang, date)
    label = {e["id"]: e["label"] for e in records["entities"]}
    found = []
    for entity in records["entities"]:
        if entity["type"] != "EVENT":
            continue
        named = sorted(
            (m["start"], m["text"]) for m in records["mentions"] if m["entity"] == entity["id"]
        )
        taking_part = {
            label[r["source"]]
            for r in records["relations"]
            if r["type"] == "PARTICIPANT"
            and r["target"] == entity["id"]
            and r.get("role") != "location"
        }
        found.append((named[0][0], [word for _, word in named], taking_part))
    return [(words, parts) for _, words, parts in sorted(found)]


def taking_part(text: str, lang: str, word: str) -> set[str]:
    """The participants of the events named by ``word`` in ``text``."""
    return set().union(*(parts for words, parts in events(text, lang) if word in words))


@pytest.mark.parametrize(
    "lang, text, word",
    [
        (
            "en",
            "Boris Johnson did not attend the summit in Brussels. Angela Merkel attended the "
            "summit.",
            "summit",
        ),
        (
            "en",
            "Boris Johnson did not take part in the talks in Geneva. Angela Merkel took part in "
            "the talks.",
            "talks",
        ),
        ("nl", "Boris Johnson woonde de top niet bij. Angela Merkel woonde de top bij.", "top"),
        (
            "nl",
            "Boris Johnson nam niet deel aan de top in Brussel. Angela Merkel nam deel aan de top.",
            "top",
        ),
    ],
)
def test_one_told_as_not_attending_takes_no_part(lang, text, word):
    assert taking_part(text, lang, word) == {"Angela Merkel"}
    # nor is anything done between the one who came and the one who stayed away
    found = typed(text, lang)
    assert not any({s, t} == {"Boris Johnson", "Angela Merkel"} for s, _, t in found), found


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Prime Minister Boris Johnson called the snap election in October. The Conservative "
            "Party won 365 seats in the election.",
        ),
        (
            "nl",
            "Premier Boris Johnson schreef in oktober de verkiezingen uit. De Conservatieve "
            "Partij won 365 zetels bij de verkiezingen.",
        ),
    ],
)
def test_who_calls_an_election_takes_no_part_in_it(lang, text):
    found = taking_part(text, lang, "election" if lang == "en" else "verkiezingen")
    assert "Boris Johnson" not in found, found
    assert any(name.startswith("Conservat") for name in found), found


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Voters in Ruritania went to the polls in a presidential election. The Ruritanian "
            "Election Commission postponed the second round of the election.",
        ),
        (
            "en",
            "Voters in Ruritania went to the polls in a presidential election. The election was "
            "called by Prime Minister Tom Berg in March. The Harbor Party won the election.",
        ),
        (
            "nl",
            "Kiezers in Ruritanië gingen naar de stembus bij de presidentsverkiezingen. De "
            "Ruritaanse Kiesraad stelde de tweede ronde van de verkiezingen uit.",
        ),
        (
            "nl",
            "Kiezers in Ruritanië gingen naar de stembus bij de presidentsverkiezingen. De "
            "verkiezingen werden in maart uitgeschreven door premier Tom Berg. De Havenpartij "
            "won de verkiezingen.",
        ),
    ],
)
def test_who_calls_by_a_passive_or_puts_off_a_part_takes_no_part(lang, text):
    """The passive of a calling verb, and one whose object is a part of the election ("the
    second round of"), are calls too."""
    found = taking_part(text, lang, "election" if lang == "en" else "verkiezingen")
    assert not {"Tom Berg", "Ruritanian Election Commission", "Ruritaanse Kiesraad"} & found, found


@pytest.mark.parametrize(
    "text, who",
    [
        ("The Harbor Party forced a runoff in the election in Georgia.", "Harbor Party"),
        ("Jane Kaldor caused chaos in the election by refusing to concede.", "Jane Kaldor"),
    ],
)
def test_a_calling_verb_whose_object_is_another_thing_keeps_its_subject_in_the_event(text, who):
    # the verb's object is the runoff or the chaos, not the election: no call of it
    assert who in taking_part(text, "en", "election")


def test_a_caller_who_stands_still_takes_part():
    text = (
        "The Harbor Party called a snap election in October. The Harbor Party won 40 seats in "
        "the election."
    )
    assert "Harbor Party" in taking_part(text, "en", "election")


@pytest.mark.parametrize(
    "lang, text, word",
    [
        (
            "en",
            "The Conservative Party won the general election on Thursday. Labour leader Jeremy "
            "Corbyn said he would not lead the party in the next election.",
            "election",
        ),
        (
            "en",
            "The Conservative Party won the general election on Thursday. Jeremy Corbyn had "
            "led the Labour Party in the previous election.",
            "election",
        ),
        (  # the word compounded before another noun: the other's words tell it apart
            "en",
            "The Conservative Party won the general election on Thursday. Jeremy Corbyn said he "
            "will not seek the party's leadership in the next general election cycle.",
            "election",
        ),
        (
            "nl",
            "De Conservatieve Partij won donderdag de verkiezingen. Jeremy Corbyn zei dat hij "
            "de Labour Party niet zal leiden bij de volgende verkiezingen.",
            "verkiezingen",
        ),
    ],
)
def test_the_next_or_previous_election_is_not_the_story_s(lang, text, word):
    found = events(text, lang)
    # the story's election, named first, with its winner; Corbyn only in the other occasion
    words, parts = found[0]
    assert word in words and any(name.startswith("Conservat") for name in parts), found
    assert "Jeremy Corbyn" not in parts, found
    assert len(words) == 1, found


def held_at(text: str, lang: str) -> set[str]:
    """The labels of the places the text's events are said to be held at."""
    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    return {
        label[r["source"]]
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r.get("role") == "location"
    }


@pytest.mark.parametrize(
    "lang, text, word, country, party",
    [
        (
            "en",
            "Canada held a general election on Monday. The Liberal Party won 157 seats in the "
            "election.",
            "election",
            "Canada",
            "Liberal Party",
        ),
        (
            "en",
            "The Liberal Party won the Canadian election on Monday.",
            "election",
            "Canada",
            "Liberal Party",
        ),
        (
            "nl",
            "Canada hield maandag parlementsverkiezingen. De Liberale Partij won 157 zetels bij "
            "de verkiezingen.",
            "verkiezingen",
            "Canada",
            "Liberale Partij",
        ),
    ],
)
def test_the_country_that_holds_an_election_is_where_it_is_held(lang, text, word, country, party):
    # the annotation guide: parties and candidates stand in an election, the country holds it
    found = taking_part(text, lang, word)
    assert country not in found, found
    assert party in found, found
    assert country in held_at(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Russia interfered in the US election, the report said.",
        # a verb with the election as its object that does not hold it (review: "hacked" made
        # Russia the election's place and named the event "election in Russia")
        "Russia hacked the election, US officials said. The election was won by Donald Trump.",
    ],
)
def test_a_country_acting_on_an_election_it_does_not_hold_keeps_its_part(text):
    assert "Russia" not in held_at(text, "en")
    assert "Russia" in taking_part(text, "en", "election")
    assert [words for words, _ in events(text, "en") if "election" in words] == [
        ["election"] * text.count("election")
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The United States monitored the election on Sunday. The election was held in Georgia.",
        ),
        # a particle makes another verb of "houden" (review: the US became a place)
        (
            "nl",
            "De Verenigde Staten houden de verkiezingen in de gaten. De verkiezingen worden "
            "gehouden in Georgië.",
        ),
        ("nl", "Rusland hield de verkiezingen in Georgië tegen."),
    ],
)
def test_a_country_that_watches_an_election_held_elsewhere_is_no_place_of_it(lang, text):
    assert held_at(text, lang) <= {"Georgia", "Georgië"}
