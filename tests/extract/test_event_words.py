"""Event words beyond the PLOVER nouns (decrees, ceremonies, proclamations: nodes a reader
expects, with who made them) and an event told again by the same noun (a headline or quote that
retells the lead), which is the same event, not a new node."""

from __future__ import annotations

import pytest
from extraction_helpers import parse, records_of
from spacy.tokens import Span

import extract.pipeline  # noqa: F401  (registers the Doc extensions the finder reads)
from extract.components.events import EventFinder
from extract.grammar.argument_words import load_grammar
from extract.grammar.event_nouns import particle_word
from extract.grammar.syntax import UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon


def _events(records: dict) -> list[tuple[str, int]]:
    return [(e["label"], e["mentions"]) for e in records["entities"] if e["type"] == "EVENT"]


def _participants(records: dict) -> set[tuple[str, str]]:
    labels = {e["id"]: e["label"] for e in records["entities"]}
    return {
        (labels[r["source"]], labels[r["target"]])
        for r in records["relations"]
        if r["type"] == "PARTICIPANT"
    }


@pytest.mark.parametrize(
    "lang, text, event, participant",
    [
        (
            "en",
            "Prime Minister Mark Rutte signed a decree on Monday that closes all schools.",
            "decree",
            "Mark Rutte",
        ),
        (
            "nl",
            "Premier Mark Rutte ondertekende maandag een regeringsdecreet dat alle scholen sluit.",
            "regeringsdecreet",
            "Mark Rutte",
        ),
        (
            "en",
            "On Monday President Erdogan issued a proclamation that annexed the island.",
            "claim",
            "Erdoğan",
        ),
        (
            "nl",
            "Koning Willem-Alexander woonde zaterdag de herdenkingsplechtigheid in Amsterdam bij.",
            "herdenkingsplechtigheid in Amsterdam",
            "Willem-Alexander",
        ),
    ],
)
def test_a_decree_proclamation_or_ceremony_is_an_event_of_who_made_or_attended_it(
    lang, text, event, participant
):
    records = records_of(text, lang)
    assert [label for label, _ in _events(records)] == [event]
    assert any(
        source.endswith(participant) and target == event
        for source, target in _participants(records)
    )


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            'On Friday Mark Rutte signed a decree that closes all schools. "Rutte signed a decree '
            'that closes the schools for safety reasons", a spokesman said.',
        ),
        (
            "nl",
            "Mark Rutte ondertekende vrijdag een regeringsdecreet dat alle scholen sluit. "
            '"Rutte heeft een regeringsdecreet ondertekend dat de scholen sluit", zei een '
            "woordvoerder.",
        ),
    ],
)
def test_an_event_told_again_by_the_same_noun_and_people_is_one_event(lang, text):
    events = _events(records_of(text, lang))
    assert len(events) == 1
    assert events[0][1] == 2


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Russia launched an attack on Ukraine in March. In May Russia launched another "
            "attack on Ukraine.",
        ),
        (
            "nl",
            "Mark Rutte ondertekende vrijdag een decreet over de scholen. Een week later "
            "ondertekende Rutte een nieuw decreet over de scholen.",
        ),
    ],
)
def test_another_or_a_new_one_is_another_event(lang, text):
    assert len(_events(records_of(text, lang))) == 2


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Hurricane Dorian reached the islands on Friday. On Sunday Dorian made landfall as a "
            "Category 5 hurricane.",
            [("Hurricane Dorian", 3)],
        ),
        (
            "nl",
            "De storm Ciara trof vrijdag Ierland. Zondag werd Ciara een zware orkaan.",
            [("storm Ciara in Ireland", 3)],  # the place it hit is its location
        ),
    ],
)
def test_what_an_event_is_said_to_be_or_become_is_that_event(lang, text, expected):
    assert _events(records_of(text, lang)) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia said the air strike by Israel on Monday followed rocket attacks by Hamas."),
        ("nl", "Rusland zei dat de luchtaanval van Israël volgde op raketaanvallen van Hamas."),
    ],
)
def test_an_event_in_the_object_of_an_events_clause_is_another_event(lang, text):
    assert _events(records_of(text, lang)) == [("attack", 1), ("attack", 1)]


def _nl_finder() -> EventFinder:
    return EventFinder("events", load_lexicon("nl"), load_kb(), UD, load_grammar("nl"))


#: "Rutte bezocht de <noun> op het Griekse eiland ." (word head dep pos lemma)
ON_THE_ISLAND = """
Rutte 1 nsubj PROPN
bezocht 1 ROOT VERB bezoeken
de 3 det DET
{noun} 1 obj NOUN {noun}
op 7 case ADP
het 7 det DET
Griekse 7 amod ADJ Grieks
eiland 3 nmod NOUN eiland
. 1 punct PUNCT
"""


@pytest.mark.parametrize("noun, greece_hit", [("plechtigheid", False), ("aanval", True)])
def test_a_happening_is_aimed_at_nobody_where_its_place_phrase_is(noun, greece_hit):
    """A ceremony "op het Griekse eiland" is where it happens, not aimed at Greece; an attack
    "op het Griekse eiland" hits Greece through its island."""
    doc = parse(ON_THE_ISLAND.format(noun=noun))
    doc.ents = [
        Span(doc, 0, 1, label="PERSON", kb_id="rutte"),
        Span(doc, 6, 7, label="COUNTRY", kb_id="greece"),
    ]
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    (event,) = _nl_finder().find(doc)
    parts = {(p.entity, p.role) for p in event.participants}
    assert ("rutte", "source") in parts
    assert (("greece", "target") in parts) is greece_hit


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Two sailors died in a storm on the North Sea in 2018. Their captain survived the "
            "accident.",
        ),
        (
            "nl",
            "Twee zeelieden kwamen in 2018 om bij een storm op de Noordzee. Hun kapitein "
            "overleefde het ongeluk.",
        ),
    ],
)
def test_the_accident_after_a_storm_is_the_storm(lang, text):
    """A storm is a mishap (eventclasses.<lang>.tsv): "the accident" names it again, so the
    story's one event is told twice and kept."""
    assert _events(records_of(text, lang)) == [("disaster", 2)]


@pytest.mark.parametrize(
    "lang, text, participant",
    [
        (
            "en",
            "Speaker Nancy Pelosi attended the swearing in of the new Congress on Thursday.",
            "Nancy Pelosi",
        ),
        (
            "nl",
            "Voorzitter Nancy Pelosi woonde donderdag de beëdiging van het nieuwe Congres bij.",
            "Nancy Pelosi",
        ),
    ],
)
def test_a_swearing_in_without_its_hyphen_is_an_event_of_who_attended_it(lang, text, participant):
    records = records_of(text, lang)
    events = [label for label, _ in _events(records)]
    assert len(events) == 1
    assert (participant, events[0]) in _participants(records)


def test_the_particle_after_a_noun_joins_it_only_without_an_object_of_its_own():
    swearing = parse(
        """
        the 1 det DET
        swearing 4 dobj NOUN
        in 1 prt ADP
        of 2 prep ADP
        Congress 3 pobj PROPN
        """
    )
    fire = parse(
        """
        the 1 det DET
        fire 1 ROOT NOUN
        in 1 prep ADP
        the 4 det DET
        building 2 pobj NOUN
        """
    )
    assert particle_word(swearing[1]) == ["in"]
    assert particle_word(fire[1]) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Governor General Julie Payette dissolved the Parliament of Canada on Wednesday. "
            "The dissolution means an election in October.",
        ),
        (
            "nl",
            "Gouverneur-generaal Julie Payette ontbond woensdag het Canadese parlement. "
            "De ontbinding betekent verkiezingen in oktober.",
        ),
    ],
)
def test_a_dissolution_told_by_its_verb_and_then_its_noun_is_one_event(lang, text):
    dissolutions = [
        mentions
        for label, mentions in _events(records_of(text, lang))
        if label.lower().startswith(("dissol", "ontb"))
    ]
    assert dissolutions == [2]  # the verb and the noun name one event


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The death of Tom Rivers shocked Boston. The death of George Floyd had shocked the "
            "country.",
        ),
        (
            "nl",
            "De dood van Tom Rivers schokte Boston. De dood van George Floyd had het land "
            "geschokt.",
        ),
    ],
)
def test_the_same_noun_owned_by_another_person_is_another_event(lang, text):
    # each death's "of"/"van" phrase names its own victim: two deaths, whatever the word
    records = records_of(text, lang)
    events = _events(records)
    assert len(events) == 2
    assert _participants(records) >= {
        ("Tom Rivers", events[0][0]),
        ("George Floyd", events[1][0]),
    }


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The death of Tom Rivers shocked Boston. The death of Rivers is being investigated.",
        ),
        ("nl", "De dood van Tom Rivers schokte Boston. De dood van Rivers wordt onderzocht."),
    ],
)
def test_the_same_noun_owned_by_its_own_participant_is_the_same_event(lang, text):
    events = _events(records_of(text, lang))
    assert [count for _, count in events] == [2]


@pytest.mark.parametrize(
    "lang, text, word",
    [
        (
            "en",
            "On Tuesday, President Tom Reyes issued seven pardons. Reyes granted Anna Bell a full "
            "pardon. Reyes granted Mark Stone a full and unconditional pardon.",
            "pardon",
        ),
        (
            "nl",
            "President Tom Reyes verleende dinsdag gratie aan Anna Bell. Reyes verleende Mark "
            "Stone een volledige gratie. Reyes verleende ook Piet Smit een gratie.",
            "gratie",
        ),
    ],
)
def test_an_indefinite_noun_joins_the_one_event_of_its_word(lang, text, word):
    # one act of clemency told again and again by "a pardon": one event
    assert _events(records_of(text, lang)) == [(word, 3)]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Russia launched an attack on Kyiv on Monday. Ukraine launched an attack on Belgorod.",
        ),
        (
            "nl",
            "Rusland lanceerde maandag een aanval op Kiev. Oekraïne lanceerde een aanval op "
            "Belgorod.",
        ),
    ],
)
def test_an_indefinite_noun_of_another_actor_is_another_event(lang, text):
    assert len(_events(records_of(text, lang))) == 2


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Jan Smit was sworn in following the August 2 resignation of Governor Tom Rivers. "
            "Smit became governor after Rivers's resignation.",
        ),
        (
            "nl",
            "De arrestatie van Tom Rivers op maandag verraste Boston. Na zijn arrestatie sprak "
            "Rivers met de politie.",
        ),
    ],
)
def test_a_noun_owned_by_the_events_own_participant_joins_the_one_event_of_its_word(lang, text):
    # "Rivers's resignation" after "the resignation of Rivers": one resignation
    assert [count for _, count in _events(records_of(text, lang))] == [2]


@pytest.mark.parametrize(
    "lang, text, word",
    [
        (
            "en",
            "Tom Reyes was granted clemency by President Anna Bell on Tuesday. Mark Stone was "
            "granted clemency as well.",
            "clemency",
        ),
        (
            "nl",
            "President Anna Bell verleende dinsdag gratie aan Tom Reyes. Bell verleende ook "
            "gratie aan Mark Stone.",
            "gratie",
        ),
    ],
)
def test_a_bare_noun_joins_the_one_event_of_its_word(lang, text, word):
    # one act of clemency told twice without an article, each time to another recipient
    records = records_of(text, lang)
    assert _events(records) == [(word, 2)]
    assert {source for source, _ in _participants(records)} >= {"Tom Reyes", "Mark Stone"}


@pytest.mark.parametrize(
    "text, word",
    [
        ("Zijn overlijden werd dinsdag bekendgemaakt door zijn zoon Tim Vos.", "overlijden"),
        ("De minister sprak over het heengaan van oud-minister Karel Vos.", "heengaan"),
    ],
)
def test_a_dutch_death_told_by_an_infinitive_noun_is_an_event_nl(text, word):
    # "overlijden", "heengaan": the Dutch nouns of a death ("his death", "the passing"), which
    # the parser tags as infinitives with their own possessive or article
    records = records_of(
        "Oud-minister Karel Vos is op maandag overleden. " + text, "nl", "2020-09-03"
    )
    events = _events(records)
    assert [label for label, _ in events] == [word]
    assert ("Karel Vos", events[0][0]) in _participants(records)


def test_a_possessed_infinitive_noun_names_the_one_death_told_before_nl():
    # "zijn overlijden" twice, apart by a paragraph that dates another act: one death, as
    # "his death ... at his death" is; the infinitive is a noun, not a verb's clause of its own
    text = (
        "Op dinsdag is oud-minister Karel Vos overleden. Zijn overlijden werd bekendgemaakt door "
        "zijn zoon Tim Vos.\n\nVos werd in mei in het ziekenhuis opgenomen. Volgens berichten "
        "lag hij bij zijn overlijden in coma."
    )
    assert _events(records_of(text, "nl", "2020-09-03")) == [("overlijden", 2)]


def test_a_definite_noun_that_took_the_later_telling_of_a_death_leaves_it_one_death_nl():
    # "het heengaan" takes the latest death told once ("bij zijn overlijden"), which names
    # the first death again: one death, with the definite noun among its mentions
    text = (
        "Op maandag is oud-minister Karel Vos overleden. Zijn overlijden werd via Twitter "
        "bekendgemaakt door zijn zoon Tim Vos.\n\nVos werd op 10 augustus in het ziekenhuis "
        "opgenomen. Volgens berichten lag hij bij zijn overlijden in coma.\n\nPremier Anna Smit "
        "sprak over het heengaan van Vos."
    )
    events = _events(records_of(text, "nl", "2020-09-03"))
    assert [mentions for _, mentions in events] == [3]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "President Tom Reyes issued seven pardons. Critics protested. Reyes granted Anna Bell "
            "a full pardon on Monday.",
        ),
        (
            "nl",
            "De president verleende gratie aan Tom Reyes. Critici protesteerden. Maandag "
            "verleende de president Tom Reyes een volledige gratie.",
        ),
    ],
)
def test_a_joined_telling_gives_its_time_to_an_event_that_has_none(lang, text):
    # the second telling joins the first (one act of clemency) and brings its Monday along; the
    # document's own date (Wednesday 3 December) is no time the text gives
    records = records_of(text, lang, date="2025-12-03")
    events = [e for e in records["entities"] if e["type"] == "EVENT"]
    assert [(e["mentions"], e["event"]["date"]) for e in events] == [(2, "2025-12-01")]
