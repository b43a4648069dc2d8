"""Events that go by a proper name ("Syrian Civil War", "Vande Bharat-missie"): the name finder
leaves them to the events, which keep them even when named once and join later mentions ("the
war") to them; organisations whose names merely hold an event word stay organisations."""

from __future__ import annotations

import pytest
from extraction_helpers import parse, records_of

from extract.components.events import event_name, is_event_name
from extract.retold import without_passing_events

#: "Refugees fled during the Syrian Civil War ." (word head dep pos)
CIVIL_WAR = """
Refugees 1 nsubj NOUN
fled 1 ROOT VERB
during 1 prep ADP
the 6 det DET
Syrian 6 amod ADJ
Civil 6 compound PROPN
War 2 pobj PROPN
. 1 punct PUNCT
"""


def test_a_capitalised_event_noun_after_capitalised_words_heads_their_name():
    doc = parse(CIVIL_WAR)
    assert event_name(doc[6]) == "Syrian Civil War"


def test_a_capitalised_event_noun_after_an_article_names_nothing():
    doc = parse(
        """
    The 1 det DET
    Summit 2 nsubj PROPN
    ended 2 ROOT VERB
    . 2 punct PUNCT
    """
    )
    assert event_name(doc[1]) == ""


@pytest.mark.parametrize(
    "rows",
    [
        "the 3 det DET\nUnited 3 compound PROPN\nVoting 3 compound PROPN\nRights 4 compound PROPN\n"
        "Act 4 ROOT PROPN",
        "a 3 det DET\nHealth 2 compound PROPN\nEmergency 3 ROOT PROPN\nof 2 prep ADP\n"
        "Global 5 amod ADJ\nConcern 3 pobj PROPN",
    ],
)
def test_an_event_noun_inside_a_longer_name_heads_none(rows):
    doc = parse(rows)
    noun = next(t for t in doc if t.text in ("Voting", "Emergency"))
    assert event_name(noun) == ""


def test_a_lower_case_event_noun_names_nothing():
    doc = parse(
        """
    the 2 det DET
    civil 2 amod ADJ
    war 3 nsubj NOUN
    ended 3 ROOT VERB
    """
    )
    assert event_name(doc[2]) == ""


def test_a_hyphenated_compound_with_a_capital_is_a_name_with_the_capitalised_words_before_it():
    doc = parse(
        """
    onder 3 case ADP
    de 3 det DET
    Vande 3 compound PROPN
    Bharat-missie 3 ROOT PROPN
    """
    )
    assert event_name(doc[3]) == "Vande Bharat-missie"


@pytest.mark.parametrize(
    "trigger, named",
    [
        ("Syrian Civil War", True),
        ("COVID-19-pandemie", True),
        ("war", False),
        ("War", False),
        ("anti-regeringsprotest", False),
        ("Golfoorlog", True),
        ("Oorlog", False),
        ("golfoorlog", False),
    ],
)
def test_a_records_trigger_is_a_name_when_it_is_one_of_more_words_or_parts(trigger, named):
    assert is_event_name(trigger) is named


def _event_record(trigger: str) -> dict:
    return {
        "id": "event:d:0",
        "label": trigger,
        "type": "EVENT",
        "aliases": [trigger],
        "country": None,
        "mentions": 1,
        "event": {"type": "ASSAULT", "trigger": trigger, "location": None, "date": None},
    }


@pytest.mark.parametrize("trigger, kept", [("Syrian Civil War", True), ("war", False)])
def test_an_event_named_once_with_nobody_taking_part_stays_only_when_it_is_a_name(trigger, kept):
    records = {
        "documents": [],
        "sentences": [],
        "entities": [_event_record(trigger)],
        "mentions": [
            {"entity": "event:d:0", "sentence": "d:0", "start": 0, "end": 3, "text": trigger}
        ],
        "relations": [],
    }
    events = [e for e in without_passing_events(records)["entities"] if e["type"] == "EVENT"]
    assert len(events) == (1 if kept else 0)


def _events(records: dict) -> list[tuple[str, int]]:
    return [(e["label"], e["mentions"]) for e in records["entities"] if e["type"] == "EVENT"]


def _names(records: dict) -> set[tuple[str, str]]:
    return {(e["type"], e["label"]) for e in records["entities"] if e["type"] != "EVENT"}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Thousands of families left their villages during the Libyan Civil War. "
            "Since then the war has cost many lives.",
            [("Libyan Civil War", 2)],
        ),
        (
            "nl",
            "Duizenden gezinnen verlieten hun dorpen tijdens de Libische Burgeroorlog. "
            "Sindsdien heeft de oorlog vele levens gekost.",
            [("Libische Burgeroorlog", 2)],
        ),
        (
            "en",
            "Stranded travellers flew home on chartered planes under the Vande Bharat Mission.",
            [("Vande Bharat Mission", 1)],
        ),
        (
            "nl",
            "Gestrande reizigers vlogen met gecharterde vliegtuigen naar huis onder de "
            "Vande Bharat-missie.",
            [("Vande Bharat-missie", 1)],
        ),
        (
            "nl",
            "De minister was een tegenstander van de Golfoorlog in 1991.",
            [("Golfoorlog", 1)],
        ),
    ],
)
def test_a_named_event_is_one_event_node_even_named_once(lang, text, expected):
    records = records_of(text, lang)
    assert _events(records) == expected
    assert not any(label in {x for x, _ in expected} for _, label in _names(records))


@pytest.mark.parametrize(
    "lang, text, organisation",
    [
        (
            "en",
            "The Election Commission of Kenya published the results on Friday.",
            "Election Commission of Kenya",
        ),
        ("nl", "De Europese Commissie publiceerde vrijdag de cijfers.", "European Commission"),
    ],
)
def test_an_organisation_whose_name_holds_an_event_word_stays_an_organisation(
    lang, text, organisation
):
    records = records_of(text, lang)
    assert ("ORG", organisation) in _names(records)
    assert _events(records) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The mission of the aid agency stayed in the capital for a month."),
        ("nl", "De kiescommissie bleef een maand lang in de hoofdstad."),
    ],
)
def test_a_mission_or_commissie_that_heads_no_name_is_no_event(lang, text):
    assert _events(records_of(text, lang)) == []


@pytest.mark.parametrize(
    "text, inside",
    [
        ("Russia's troops took part in the Kosovo War in 1999, Serbia said.", "Kosovo"),
        (
            "In 2003 Anna Berg wrote a book against the British role in the Iraq War.",
            "Iraq",
        ),
    ],
)
def test_a_name_inside_an_events_own_name_takes_no_part_in_it(text, inside):
    """ "the Kosovo War": Kosovo is part of the war's name, which a name inside a longer name
    never stands for (annotation guide). Dutch joins such names into one word ("Irakoorlog")."""
    records = records_of(text, "en")
    label = {e["id"]: e["label"] for e in records["entities"]}
    part = {label[r["source"]] for r in records["relations"] if r["type"] == "PARTICIPANT"}
    assert inside not in part, sorted(part)


#: "Hurricane Dorian struck the coast ." (word head dep pos)
HURRICANE = """
Hurricane 1 compound PROPN
Dorian 2 nsubj PROPN
struck 2 ROOT VERB
the 4 det DET
coast 2 dobj NOUN
. 2 punct PUNCT
"""


def test_a_word_that_opens_an_event_name_names_the_event_with_the_words_after_it():
    doc = parse(HURRICANE)
    assert event_name(doc[0]) == "Hurricane Dorian"


def test_a_lower_case_opener_names_the_event_with_the_capitalised_words_after_it():
    doc = parse(
        """
    bij 3 case ADP
    operatie 3 nmod NOUN
    Inherent 3 flat PROPN
    Resolve 3 ROOT PROPN
    """
    )
    assert event_name(doc[1]) == "operatie Inherent Resolve"


def test_an_opener_inside_a_longer_name_opens_none():
    doc = parse(
        """
    the 3 det DET
    National 3 compound PROPN
    Hurricane 3 compound PROPN
    Center 4 nsubj PROPN
    warned 4 ROOT VERB
    """
    )
    assert event_name(doc[2]) == ""


def test_opened_names_are_every_name_an_opener_starts_an_opener_inside_one_none():
    from extract.grammar.named_events import about_storms, opened_names

    doc = parse(
        """
    Operation 1 nsubj PROPN
    Storm 0 flat PROPN
    Shield 0 flat PROPN
    followed 3 ROOT VERB
    the 5 det DET
    storm 3 obj NOUN
    after 7 case ADP
    Hurricane 3 obl PROPN
    Dorian 7 flat PROPN
    """
    )
    # "Storm" inside "Operation Storm Shield" opens no name of its own; "the storm" is followed
    # by no capitalised word
    assert opened_names(doc) == [(0, 3), (7, 9)]
    assert about_storms(doc)  # "storm" in lower case
    assert not about_storms(parse("Storm 1 nsubj PROPN\nspoke 1 ROOT VERB"))


def test_a_time_after_a_lower_case_opener_is_no_name():
    doc = parse(
        """
    the 1 det DET
    storm 3 nsubj NOUN
    Saturday 1 npadvmod PROPN
    hit 3 ROOT VERB
    """
    )
    assert event_name(doc[1], lambda word: word == "Saturday") == ""
    assert event_name(doc[1]) == "storm Saturday"  # no time words given: the test above bites


@pytest.mark.parametrize("trigger", ["orkaan Dorian", "Operation Fast and Furious"])
def test_a_name_opened_by_its_kind_is_a_records_name(trigger):
    assert is_event_name(trigger)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Hurricane Dorian reached the Bahamas on Sunday. On Monday Dorian slowly moved "
            "north along the coast.",
            [("Hurricane Dorian in Bahamas", 2)],  # the place it reached (disasters4)
        ),
        (
            "nl",
            "De orkaan Dorian bereikte zondag de Bahama's. Maandag trok Dorian langzaam "
            "naar het noorden.",
            [("orkaan Dorian in Bahamas", 2)],  # the place it reached (disasters4)
        ),
        (
            "en",
            "The minister refused to hand over papers about Operation Fast and Furious.",
            [("Operation Fast and Furious", 1)],
        ),
        (
            "nl",
            "Nederland deed jarenlang mee aan operatie Inherent Resolve.",
            [("operatie Inherent Resolve", 1)],
        ),
    ],
)
def test_an_event_named_after_its_kind_is_one_event_and_its_name_no_entity(lang, text, expected):
    records = records_of(text, lang)
    assert _events(records) == expected
    named = {label for _, label in _names(records)}
    assert not named & {"Dorian", "Operation Fast", "Furious", "Inherent Resolve"}


@pytest.mark.parametrize(
    "lang, text, organisation",
    [
        (
            "en",
            "The National Hurricane Center warned Florida on Sunday.",
            "National Hurricane Center",
        ),
    ],
)
def test_an_organisation_named_after_an_opener_stays_an_organisation(lang, text, organisation):
    records = records_of(text, lang)
    assert ("ORG", organisation) in _names(records)
    assert _events(records) == []


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Japan hosted the 2020 Summer Olympics. A year earlier France won the World Cup.",
            ["2020 Summer Olympics", "World Cup"],
        ),
        (
            "nl",
            "Japan organiseerde de Olympische Spelen van 2020. Daarna wonnen de kinderen van "
            "Japan de Paralympische Spelen.",
            ["Olympische Spelen", "Paralympische Spelen"],
        ),
    ],
)
def test_games_and_cups_are_events_by_their_names_and_two_names_two_events(lang, text, expected):
    assert [label for label, _ in _events(records_of(text, lang))] == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "She drank a cup of tea while the children played games."),
        ("nl", "De kinderen spelen buiten en drinken een kop thee."),
    ],
)
def test_a_cup_or_games_that_head_no_name_are_no_event(lang, text):
    assert _events(records_of(text, lang)) == []
