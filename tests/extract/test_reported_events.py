"""Who reports on an event: an organisation's STATEMENT towards the event a reported clause
names ("Europol said nine people died in the crash", "according to Europol, ...", "volgens
Europol ..."), never towards the clause's other names, and none from a speaker that speaks of
its own deed, nor from a news outlet ("Reuters said ...": the reporter of what it reports;
docs/annotation.md, settled case "An outlet's report")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.components.relations.speech import clause_event, story_happening
from tests.extract.extraction_helpers import parse
from tests.extract.test_constructions import statement_ends


def _context(events: dict[int, str]) -> SimpleNamespace:
    """The two maps clause_event reads: event node per token, and the event nodes that stay."""
    return SimpleNamespace(
        resolver=SimpleNamespace(events=events), events={e: object() for e in events.values()}
    )


# "Police said nine people died in the crash"
SAID_DIED = """
Police 1 nsubj NOUN
said 1 ROOT VERB say
nine 3 nummod NUM
people 4 nsubj NOUN
died 1 ccomp VERB die
in 4 prep ADP
the 7 det DET
crash 5 pobj NOUN
"""


def test_clause_event_is_the_event_noun_below_the_clause():
    doc = parse(SAID_DIED)
    assert clause_event(doc[4], _context({7: "event:crash"})) == "event:crash"


def test_clause_event_prefers_the_clause_trigger_to_a_noun_below_it():
    doc = parse(SAID_DIED)
    context = _context({4: "event:deaths", 7: "event:crash"})
    assert clause_event(doc[4], context) == "event:deaths"


def test_clause_event_leaves_out_the_skipped_phrase_and_finds_none_without_an_event():
    doc = parse(SAID_DIED)
    assert clause_event(doc[4], _context({7: "event:crash"}), range(5, 8)) is None
    assert clause_event(doc[4], _context({})) is None


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "A bus crashed near Lyon on Monday. According to Europol, the crash killed nine "
            "people.",
        ),
        (
            "en",
            "A bus crashed near Lyon on Monday. Europol said nine people died in the crash.",
        ),
        (
            "nl",
            "Een bus verongelukte maandag bij Lyon. Volgens Europol kwamen negen mensen om bij "
            "het ongeluk.",
        ),
        (
            "nl",
            "Een bus verongelukte maandag bij Lyon. Europol meldde dat er negen doden waren bij "
            "het ongeluk.",
        ),
    ],
)
def test_an_agency_states_about_the_event_its_report_names(lang, text):
    assert ("Europol", "EVENT") in statement_ends(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "A bus crashed near Lyon on Monday. Europol said nine passengers from Kenya died in "
            "the crash.",
        ),
        (
            "nl",
            "Een bus verongelukte maandag bij Lyon. Volgens Europol kwamen negen passagiers uit "
            "Kenia om bij het ongeluk.",
        ),
    ],
)
def test_an_agency_states_nothing_to_the_names_inside_its_report(lang, text):
    statements = statement_ends(text, lang)
    assert ("Europol", "EVENT") in statements
    assert ("Europol", "COUNTRY") not in statements


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A bus crashed near Lyon on Monday. Europol said Anna Berg died in the crash."),
        (
            "nl",
            "Een bus verongelukte maandag bij Lyon. Volgens Europol kwam Anna Berg om bij het "
            "ongeluk.",
        ),
    ],
)
def test_a_report_whose_subject_is_a_named_person_speaks_of_that_person_not_the_event(lang, text):
    assert ("Europol", "EVENT") not in statement_ends(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A bus crashed near Lyon on Monday. Europol said it had filmed the crash."),
        (
            "nl",
            "Een bus verongelukte maandag bij Lyon. Europol meldde dat het de crash had gefilmd.",
        ),
    ],
)
def test_an_agency_speaking_of_its_own_deed_states_nothing_to_the_event(lang, text):
    assert ("Europol", "EVENT") not in statement_ends(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Gunmen attacked a bus near Lyon on Monday. Anna Berg said nine people died in the "
            "attack.",
        ),
        (
            "nl",
            "Schutters vielen maandag een bus aan bij Lyon. Anna Berg zei dat er negen doden "
            "vielen bij de aanval.",
        ),
    ],
)
def test_a_person_on_the_event_of_a_reported_clause_gets_no_statement(lang, text):
    """An attack is no happening (HAPPENING_KINDS): who speaks of it mostly takes a side."""
    assert ("Anna Berg", "EVENT") not in statement_ends(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A bus crashed near Lyon on Monday. Anna Berg said nine people died in the crash."),
        (
            "en",
            "A fire destroyed a hotel in Lyon on Monday. The fire burned for six hours. Mayor Anna "
            "Berg said nobody was hurt.",
        ),
        (
            "nl",
            "Een bus verongelukte maandag bij Lyon. Anna Berg zei dat er negen doden waren bij "
            "het ongeluk.",
        ),
    ],
)
def test_a_person_in_a_disaster_story_speaks_of_the_disaster(lang, text):
    """Officials, rescuers and witnesses who say what a disaster, fire or crash did speak of
    it (the dev gold's STATEMENT to the happening), as an agency does."""
    assert ("Anna Berg", "EVENT") in statement_ends(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "A bus crashed near Lyon on Monday. The crash killed nine people. Anna Berg said "
            "Europol was working on new rules.",
        ),
        (
            "en",
            "A bus crashed near Lyon on Monday. The crash killed nine people. Anna Berg told "
            "Europol nobody else was hurt.",
        ),
        (
            "en",
            "A bus crashed near Lyon on Monday. The crash killed nine people. In a letter to "
            "Europol, Anna Berg said nobody else was hurt.",
        ),
    ],
)
def test_a_person_speaking_of_an_actor_or_to_one_says_nothing_of_the_disaster(lang, text):
    """A clause about an actor ("Europol was working on ...") or words told to a named
    addressee are the person's STATEMENT to that actor, not to the disaster."""
    assert ("Anna Berg", "EVENT") not in statement_ends(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "A bus crashed near Lyon on Monday. Europol, citing anonymous sources, reported that "
            "the crash killed nine people.",
        ),
        (
            "nl",
            "Een bus verongelukte maandag bij Lyon. Europol meldde op basis van anonieme bronnen "
            "dat het ongeluk negen doden eiste.",
        ),
    ],
)
def test_an_agency_citing_its_sources_states_about_the_event_it_reports(lang, text):
    """The Dutch parser hangs the dat-clause on "bronnen" as a relative clause."""
    assert ("Europol", "EVENT") in statement_ends(text, lang)


def _story(**mentions: tuple[str, int]) -> SimpleNamespace:
    """A context whose events are ``id=(kind, number of mentions)``."""
    return SimpleNamespace(
        events={
            eid: SimpleNamespace(id=eid, kind=kind, mentions=list(range(n)))
            for eid, (kind, n) in mentions.items()
        }
    )


def test_the_story_happening_is_the_most_named_event_when_it_is_a_disaster():
    assert story_happening(_story(quake=("disaster", 3), talks=("talks", 1))) == "quake"
    assert story_happening(_story(fire=("fire", 2))) == "fire"


def test_a_story_about_talks_has_no_happening_to_report_on():
    assert story_happening(_story(quake=("disaster", 1), talks=("talks", 4))) is None
    assert story_happening(_story()) is None


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "A strong earthquake struck Chile on Monday. The earthquake destroyed many homes in "
            "Talca. The Red Cross said some 300 families were without shelter.",
        ),
        (
            "en",
            "A strong earthquake struck Chile on Monday. The earthquake destroyed many homes in "
            "Talca. According to the Red Cross, some 300 families were without shelter.",
        ),
        (
            "nl",
            "Een zware aardbeving trof maandag Chili. De aardbeving verwoestte veel huizen in "
            "Talca. Het Rode Kruis meldde dat zo'n 300 gezinnen zonder onderdak zaten.",
        ),
        (
            "nl",
            "Een zware aardbeving trof maandag Chili. De aardbeving verwoestte veel huizen in "
            "Talca. Volgens Unicef zaten zo'n 300 gezinnen zonder onderdak.",
        ),
    ],
)
def test_an_agency_reporting_in_a_disaster_story_reports_on_the_disaster(lang, text):
    assert any(
        source in ("Red Cross", "Rode Kruis", "UNICEF") and target == "EVENT"
        for source, target in statement_ends(text, lang)
    )


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Chile and Peru held talks in Lima on Monday. The talks lasted six hours. The Red "
            "Cross said some 300 families were without shelter.",
        ),
        (
            "nl",
            "Chili en Peru voerden maandag gesprekken in Lima. De gesprekken duurden zes uur. "
            "Het Rode Kruis meldde dat zo'n 300 gezinnen zonder onderdak zaten.",
        ),
    ],
)
def test_an_agency_reporting_in_a_story_about_talks_states_nothing_to_them(lang, text):
    assert not any(target == "EVENT" for _, target in statement_ends(text, lang))


def statements(text: str, lang: str) -> set[tuple[str, str]]:
    """(source label, target label) of each STATEMENT extracted from ``text``."""
    from tests.extract.extraction_helpers import records_of

    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    return {
        (label[r["source"]], label[r["target"]])
        for r in records["relations"]
        if r["type"] == "STATEMENT"
    }


@pytest.mark.parametrize(
    "lang, text, storm",
    [
        (
            "en",
            "Hurricane Nadia is approaching the coast of Florida. Governor Jane Miller declared a "
            "state of emergency on Thursday.",
            "Hurricane Nadia",
        ),
        (
            "nl",
            "Orkaan Nadia nadert de kust van Florida. Gouverneur Jane Miller riep donderdag de "
            "noodtoestand uit.",
            "Orkaan Nadia",
        ),
    ],
)
def test_who_declares_an_emergency_in_a_storm_story_speaks_of_the_storm(lang, text, storm):
    assert ("Jane Miller", storm) in statements(text, lang)


def test_an_emergency_only_requested_of_someone_gives_him_no_statement_on_the_storm():
    text = (
        "Hurricane Nadia is approaching the coast of Florida. Governor Jane Miller has requested "
        "President Donald Trump declare a federal emergency."
    )
    assert ("Donald Trump", "Hurricane Nadia") not in statements(text, "en")


def test_who_declares_an_emergency_in_a_story_about_talks_states_nothing_to_them():
    text = (
        "Chile and Peru held talks in Lima on Monday. The talks lasted six hours. President Ana "
        "Soto declared a state of emergency on Tuesday."
    )
    assert not any(source == "Ana Soto" for source, _ in statements(text, "en"))


def test_an_emergency_of_a_state_only_requested_gives_no_statement_on_the_storm():
    text = (
        "Hurricane Nadia is approaching the coast of Florida. Governor Jane Miller said she has "
        "requested President Donald Trump declare a state of emergency in Florida."
    )
    assert ("Donald Trump", "Hurricane Nadia") not in statements(text, "en")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A bus crashed near Lyon on Monday. According to Reuters, the crash killed nine."),
        ("en", "A bus crashed near Lyon on Monday. Reuters said nine people died in the crash."),
        (
            "nl",
            "Een bus verongelukte maandag bij Lyon. Persbureau Reuters meldde dat er negen doden "
            "waren bij het ongeluk.",
        ),
    ],
)
def test_a_news_outlet_states_nothing_about_the_event_it_reports(lang, text):
    assert not any(s == "Reuters" for s, _ in statement_ends(text, lang))
