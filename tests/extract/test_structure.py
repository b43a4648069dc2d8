"""Constructions that connect actors and places, end to end in both languages (issue 17).

Each case is a sentence a reader connects and the relation the extraction must give for it;
the negative cases are look-alikes that must not give it.
"""

from __future__ import annotations

import pytest

from extract.api import extract
from tests.extract.extraction_helpers import relations

pytestmark = pytest.mark.model


FOUND = [
    # a place, a comma and a place phrase: "in northern Iraq", "in het noorden van Irak"
    (
        "en",
        "Protests are not reported in Mosul, in northern Iraq.",
        ("Mosul", "LOCATED_IN", "Iraq"),
    ),
    (
        "nl",
        "Uit Mosul, in het noorden van Irak, worden geen protesten gemeld.",
        ("Mosul", "LOCATED_IN", "Iraq"),
    ),
    # a name on a place noun, and the place of the noun's "of" phrase (issue 17 item 10)
    (
        "en",
        "Fighting continued in the Donbas region of eastern Ukraine on Monday.",
        ("Donbas", "LOCATED_IN", "Ukraine"),
    ),
    (
        "en",
        "The utility cut power to customers in the San Francisco area of California.",
        ("San Francisco", "LOCATED_IN", "California"),
    ),
    (
        "nl",
        "De gevechten gingen maandag door in de Donbas-regio van Oekraïne.",
        ("Donbas-regio", "LOCATED_IN", "Ukraine"),
    ),
    # a place in apposition to a place noun of a country
    (
        "en",
        "Leaders met in Niamey, the capital of Niger, on Sunday.",
        ("Niamey", "LOCATED_IN", "Niger"),
    ),
    (
        "nl",
        "Leiders zijn bijeengekomen in Niamey, de hoofdstad van Niger, voor een top.",
        ("Niamey", "LOCATED_IN", "Niger"),
    ),
    # a city and its country after a comma
    (
        "nl",
        "Bij een brand in Toronto, Canada kwamen drie mensen om.",
        ("Toronto", "LOCATED_IN", "Canada"),
    ),
    # an organisation of a country: possessor, "of", a country word on the noun before the name
    (
        "en",
        "On Saturday, Thailand's Thai Raksa Chart Party withdrew.",
        ("Thai Raksa Chart Party", "LOCATED_IN", "Thailand"),
    ),
    ("en", "Germany banned Iranian airline Mahan Air.", ("Mahan Air", "LOCATED_IN", "Iran")),
    (
        "nl",
        "Duitsland heeft de Iraanse luchtvaartmaatschappij Mahan Air verboden.",
        ("Mahan Air", "LOCATED_IN", "Iran"),
    ),
    (
        "nl",
        "Een van de databases is van het Mexicaanse bedrijf Cultura Colectiva.",
        ("Cultura Colectiva", "LOCATED_IN", "Mexico"),
    ),
    # an event noun in an adjunct of a verb: its owner acts towards the verb's subject
    (
        "en",
        "Julie Payette dissolved Parliament. She did so at the request of Justin Trudeau.",
        ("Justin Trudeau", "REQUEST", "Julie Payette"),
    ),
    ("en", "Turkey is already under EU sanctions.", ("European Union", "SANCTION", "Türkiye")),
    ("en", "Donald Trump imposed sanctions on Iran.", ("Donald Trump", "SANCTION", "Iran")),
    # Dutch multiword prepositions ("op verzoek van") parsed as one preposition
    (
        "nl",
        "Julie Payette ontbond het parlement. Zij deed dat op verzoek van Justin Trudeau.",
        ("Justin Trudeau", "REQUEST", "Julie Payette"),
    ),
    (
        "nl",
        "De Amerikaanse troepen keerden drie jaar later op verzoek van de Iraakse regering terug.",
        ("Iraq", "REQUEST", "United States"),
    ),
    # "at the behest of": a request by another word
    (
        "en",
        "Julie Payette dissolved Parliament at the behest of Justin Trudeau.",
        ("Justin Trudeau", "REQUEST", "Julie Payette"),
    ),
    # a symmetric act of a coordinated subject links the conjuncts
    ("en", "Israel and Hamas agreed on a ceasefire.", ("Israel", "AGREE", "Hamas")),
    ("en", "Greece and Cyprus met in Athens.", ("Greece", "CONSULT", "Cyprus")),
    ("nl", "Japan en Zuid-Korea tekenden een akkoord.", ("Japan", "AGREE", "South Korea")),
    ("nl", "Griekenland en Cyprus overlegden in Athene.", ("Greece", "CONSULT", "Cyprus")),
    # at home, a minister and parliament are parties to a deal, not one side
    (
        "nl",
        "Mark Rutte en de Tweede Kamer bereikten een akkoord over de begroting.",
        ("Mark Rutte", "AGREE", "Tweede Kamer"),
    ),
    # a common noun right before a name stands for it
    (
        "nl",
        "Het is een verdrag tussen de Europese Unie en de Zuid-Amerikaanse groep Mercosur.",
        ("European Union", "AGREE", "Mercosur"),
    ),
    # organisations named as examples of a country's group lie in that country
    (
        "en",
        "German firms including Deutsche Bahn and Siemens have announced plans to leave Iran.",
        ("Siemens", "LOCATED_IN", "Germany"),
    ),
    (
        "nl",
        "Duitse bedrijven als Daimler en Siemens hebben plannen aangekondigd.",
        ("Siemens", "LOCATED_IN", "Germany"),
    ),
    # a definite event noun refers back to the act of its own stem: the call is Macron's
    (
        "nl",
        "Emmanuel Macron heeft opgeroepen tot actie van de G7. De G7 komt dit weekend bijeen. "
        "De oproep werd gesteund door Angela Merkel.",
        ("Angela Merkel", "SUPPORT", "Emmanuel Macron"),
    ),
    # a speech verb the parser hung on the speaker's name
    (
        "nl",
        "Tomasz Kubiak, woordvoerder van de brandweer, zei tegen Agence France-Presse dat de man "
        "gewond is.",
        ("Tomasz Kubiak", "STATEMENT", "Agence France-Presse"),
    ),
]


@pytest.mark.parametrize("lang, text, expected", FOUND, ids=[f"{c[0]}:{c[1][:40]}" for c in FOUND])
def test_structure_construction_gives_relation(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, f"{expected} not in {sorted(found)}"


NOT_FOUND = [
    # places listed after a comma lie inside the first one, not the other way round
    (
        "en",
        "Egypt has two terminals in the Nile Delta, in Damietta and Idku.",
        "LOCATED_IN",
        "Damietta",
    ),
    # an event noun that is the verb's argument, not an adjunct: the treaty is not Trump's deal
    ("en", "Donald Trump withdrew the US from a nuclear treaty with Iran.", "AGREE", "Iran"),
    ("nl", "Donald Trump trok de VS terug uit een nucleair verdrag met Iran.", "AGREE", "Iran"),
    # examples of one group are not parties to each other's acts
    (
        "en",
        "German firms including Deutsche Bahn and Siemens have announced plans to leave Iran.",
        "AGREE",
        "Siemens",
    ),
    # two people of one country are one side: no talks between them
    ("en", "Steve Witkoff and Jared Kushner met in Moscow.", "CONSULT", "Jared Kushner"),
    ("nl", "Steve Witkoff en Jared Kushner overlegden in Moskou.", "CONSULT", "Jared Kushner"),
    # an act's own country is what it moves, not whom it is aimed at
    (
        "en",
        "Donald Trump withdrew the US from the nuclear deal with Iran.",
        "SANCTION",
        "United States",
    ),
    (
        "nl",
        "Donald Trump trok de VS terug uit het atoomakkoord met Iran.",
        "RETREAT",
        "United States",
    ),
    ("en", "Boris Johnson took Britain out of the European Union.", "COERCE", "United Kingdom"),
    # a country and its own leader are one side
    ("en", "Boris Johnson and Britain agreed to the deal.", "AGREE", "United Kingdom"),
    ("en", "Britain and Boris Johnson agreed to the deal.", "AGREE", "Boris Johnson"),
]


@pytest.mark.parametrize(
    "lang, text, type_, target", NOT_FOUND, ids=[f"{c[0]}:{c[1][:40]}" for c in NOT_FOUND]
)
def test_structure_look_alike_gives_no_relation(lang, text, type_, target):
    found = relations(text, lang)
    assert not [r for r in found if r[1] == type_ and r[2] == target], sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "nl",
            "De gesprekken tussen Vladimir Poetin en Steve Witkoff duurden vijf uur. Jared Kushner "
            "woonde de gesprekken bij.",
        ),
        (
            "en",
            "The talks between Vladimir Putin and Steve Witkoff lasted five hours. Jared Kushner "
            "attended the talks.",
        ),
    ],
)
def test_structure_attending_an_event_joins_its_participants(lang, text):
    """A verb of the event's own type ("attended the talks") makes its subject a participant of
    the event named earlier, so the other side's participants are linked to it."""
    found = relations(text, lang)
    pairs = {(a, b) for a, t, b in found if t == "CONSULT"}
    assert ("Vladimir Putin", "Jared Kushner") in pairs or (
        "Jared Kushner",
        "Vladimir Putin",
    ) in pairs, sorted(found)
    assert ("Steve Witkoff", "Jared Kushner") not in pairs and (
        "Jared Kushner",
        "Steve Witkoff",
    ) not in pairs


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "nl",
            "Poetin en Witkoff voerden dinsdag gesprekken in Moskou. Bij de gesprekken van vorige "
            "maand spraken Rubio en Lavrov over sancties.",
        ),
        (
            "en",
            "Putin and Witkoff held talks in Moscow on Tuesday. The talks of last month between "
            "Rubio and Lavrov had failed.",
        ),
    ],
)
def test_structure_an_event_noun_with_its_own_time_is_another_event(lang, text):
    """ "The talks of last month" after Tuesday's talks are other talks: Rubio and Lavrov talked
    to each other, never to Putin or Witkoff."""
    pairs = {frozenset((a, b)) for a, t, b in relations(text, lang) if t == "CONSULT"}
    assert frozenset(("Marco Rubio", "Sergei Lavrov")) in pairs, pairs
    assert frozenset(("Vladimir Putin", "Marco Rubio")) not in pairs, pairs
    assert frozenset(("Steve Witkoff", "Sergei Lavrov")) not in pairs, pairs


@pytest.mark.parametrize(
    "path",
    ["data/corpus/sample/000_5b4120fcf4eb73ee.txt", "data/corpus/english/moscow_talks_en.txt"],
    ids=["nl", "en"],
)
def test_structure_sample_links_kushner_to_putin_through_the_moscow_talks(path):
    """Issue 17: "Witkoff en schoonzoon Jared Kushner woonden de gesprekken bij" puts Kushner in
    the talks with Putin, and the sentence that says so is the relation's evidence."""
    from extract.documents import read_path

    result = extract(read_path(path))
    records = result.records
    label = {e["id"]: e["label"] for e in records["entities"]}
    text = {s["id"]: s["text"] for s in records["sentences"]}
    talks = [
        (r, text[r["sentence"]])
        for r in records["relations"]
        if r["type"] == "CONSULT"
        and {label[r["source"]], label[r["target"]]} == {"Vladimir Putin", "Jared Kushner"}
    ]
    assert talks, "no CONSULT between Putin and Kushner"
    assert any("Kushner" in sentence for _, sentence in talks)
