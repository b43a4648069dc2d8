"""Disasters and accidents on fresh text (issue 17; bench/probes/disaster_fresh_*): "fire" of the
fire service names no fire, a headline's event is the lead's, one storm under two openers, and
who raises a death toll or issues a warning speaks of the disaster, in English and Dutch."""

from __future__ import annotations

import pytest

from extract.components.paragraphs import LINE_BREAKS
from extract.grammar.event_roles import load_event_roles
from extract.lexicon import LexiconError
from extract.retold import narrowest_places
from tests.extract.extraction_helpers import typed
from tests.extract.test_constructions import statement_ends
from tests.extract.test_events import events_of, parsed


def test_fire_of_the_fire_service_names_no_fire(en_events):
    # "Appliances came from Bala, according to a fire service statement"
    doc = parsed(
        """
Appliances 1 nsubj NOUN appliance
came 1 ROOT VERB come
from 1 prep ADP
Bala 2 pobj PROPN
, 1 punct PUNCT
according 1 prep VERB
to 5 prep ADP
a 10 det DET
fire 9 compound NOUN fire
service 10 compound NOUN service
statement 6 pobj NOUN statement
. 1 punct PUNCT
""",
        {3: ("LOCATION", "bala")},
    )
    assert en_events.find(doc, passing=True) == []


def test_a_fire_is_still_a_fire_beside_other_nouns(en_events):
    doc = parsed(
        """
The 1 det DET
fire 2 nsubj NOUN fire
destroyed 2 ROOT VERB destroy
a 4 det DET
warehouse 2 dobj NOUN warehouse
in 2 prep ADP
Bala 5 pobj PROPN
. 2 punct PUNCT
""",
        {6: ("LOCATION", "bala")},
    )
    assert [e.kind for e in en_events.find(doc, passing=True)] == ["fire"]


def _headlined(rows: str, names: dict[int, tuple[str, str]], headline_words: int):
    """A hand-built parse whose first ``headline_words`` words are a line of their own."""
    doc = parsed(rows, names)
    last = doc[headline_words - 1]
    doc.user_data[LINE_BREAKS] = [last.idx + len(last.text)]
    return doc


# "Brand in Tilburg <line break> In Tilburg brak dinsdag brand uit . De brand woedde uren ."
_HEADLINE_FIRE = """
Brand 0 ROOT NOUN brand
in 2 case ADP
Tilburg 0 nmod PROPN
In 4 case ADP
Tilburg 5 obl PROPN
brak 5 ROOT VERB breken
dinsdag 5 obl:tmod NOUN dinsdag
brand 5 nsubj NOUN brand
uit 5 compound:prt ADP
. 5 punct PUNCT
De 11 det DET
brand 12 nsubj NOUN brand
woedde 12 ROOT VERB woeden
uren 12 obl NOUN uur
. 12 punct PUNCT
"""


def test_the_headline_fire_is_the_fire_of_the_lead(nl_events):
    doc = _headlined(_HEADLINE_FIRE, {2: ("LOCATION", "tilburg"), 4: ("LOCATION", "tilburg")}, 3)
    found = nl_events.find(doc)
    assert [(e.kind, e.location, sorted(e.mentions)) for e in found] == [
        ("fire", "tilburg", [0, 7, 11])
    ]


def test_a_first_sentence_that_is_no_line_of_its_own_is_no_headline(nl_events):
    doc = parsed(_HEADLINE_FIRE, {2: ("LOCATION", "tilburg"), 4: ("LOCATION", "tilburg")})
    assert len(nl_events.find(doc)) == 2


def test_a_headline_fire_at_another_place_stays_another_fire(nl_events):
    doc = _headlined(_HEADLINE_FIRE, {2: ("LOCATION", "breda"), 4: ("LOCATION", "tilburg")}, 3)
    assert sorted(e.location for e in nl_events.find(doc)) == ["breda", "tilburg"]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Warehouse fire in Leeds\n\nA fire broke out on Tuesday at a warehouse in Leeds. "
            "The fire burned for six hours.",
            ["fire in Leeds"],
        ),
        (
            "nl",
            "Brand in pakhuis in Leeds\n\nIn een pakhuis in Leeds is dinsdag brand uitgebroken. "
            "De brand woedde zes uur lang.",
            ["fire in Leeds"],
        ),
        (
            "en",
            'Hurricane Nora hit the Azores on Monday. "Storm Nora will bring heavy rain to the '
            'coast", the forecasters warned. Nora is expected to weaken on Wednesday.',
            ["Hurricane Nora"],
        ),
        (
            "nl",
            'Orkaan Nora trof maandag de Azoren. "Storm Nora brengt zware regen naar de kust", '
            "waarschuwden de meteorologen. Nora zwakt naar verwachting woensdag af.",
            ["Orkaan Nora"],
        ),
    ],
)
def test_one_disaster_is_one_event_however_it_is_named(lang, text, expected):
    assert [label for label, _, _ in events_of(text, lang)] == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "An earthquake struck western Nepal on Sunday. The earthquake destroyed hundreds of "
            "homes. On Monday the Red Cross raised the death toll to 120.",
        ),
        (
            "en",
            "Hurricane Ida hit Louisiana on Sunday. The National Weather Service issued a warning "
            "as the hurricane approached Mississippi.",
        ),
        (
            "nl",
            "Orkaan Ida trof zondag Louisiana. Het KNMI gaf woensdag een weerswaarschuwing uit "
            "toen de orkaan naderde.",
        ),
        (  # the count in the clause the agency reports
            "en",
            "An earthquake struck the coast of Peru on Friday. The earthquake destroyed dozens "
            "of homes. The Geological Agency reported it was of 6.8 magnitude.",
        ),
        (  # the count as the passive subject
            "en",
            "An earthquake struck the coast of Peru on Friday. The earthquake destroyed dozens "
            "of homes. Magnitude 6.8 was recorded by the Geological Agency.",
        ),
        (  # registreren, melden, rapporteren with kracht or magnitude (eventroles.nl.tsv)
            "nl",
            "Een aardbeving trof vrijdag de kust van Peru. De aardbeving verwoestte tientallen "
            "huizen. Het Geofysisch Instituut registreerde een kracht van 6,8.",
        ),
        (
            "nl",
            "Een aardbeving trof vrijdag de kust van Peru. De aardbeving verwoestte tientallen "
            "huizen. Het Geofysisch Instituut heeft een magnitude van 6,8 gemeld.",
        ),
    ],
)
def test_who_raises_the_toll_or_issues_a_warning_speaks_of_the_disaster(lang, text):
    assert any(
        source
        in (
            "Red Cross",
            "National Weather Service",
            "KNMI",
            "Geological Agency",
            "Geofysisch Instituut",
        )
        and target == "EVENT"
        for source, target in statement_ends(text, lang)
    )


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The Red Cross issued a warning about the new rules for volunteers."),
        ("nl", "Het KNMI gaf woensdag een waarschuwing uit over de nieuwe regels."),
    ],
)
def test_a_warning_in_a_story_without_a_disaster_speaks_of_no_event(lang, text):
    assert not any(target == "EVENT" for _, target in statement_ends(text, lang))


def _located(source: str, target: str, kind: str, role: str | None = None) -> dict:
    relation = {"source": source, "target": target, "type": kind}
    if role is not None:
        relation["role"] = role
    return relation


def test_an_event_keeps_the_narrowest_of_its_places():
    # "police in Clairton, Pennsylvania, responded to reports of a shooting"
    records = {
        "relations": [
            _located("clairton", "pennsylvania", "LOCATED_IN"),
            _located("clairton", "event:0", "PARTICIPANT", "location"),
            _located("pennsylvania", "event:0", "PARTICIPANT", "location"),
            _located("pennsylvania", "event:1", "PARTICIPANT", "location"),
            _located("police", "event:0", "PARTICIPANT", "source"),
        ]
    }
    kept = narrowest_places(records)["relations"]
    assert [(r["source"], r["target"]) for r in kept if r["type"] == "PARTICIPANT"] == [
        ("clairton", "event:0"),
        ("pennsylvania", "event:1"),  # the only place of another event stays
        ("police", "event:0"),
    ]


def test_two_places_the_text_does_not_nest_both_stay():
    records = {
        "relations": [
            _located("leeds", "event:0", "PARTICIPANT", "location"),
            _located("york", "event:0", "PARTICIPANT", "location"),
        ]
    }
    assert len(narrowest_places(records)["relations"]) == 2


def _places_of_events(text: str, lang: str) -> list[str]:
    from tests.extract.extraction_helpers import records_of

    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    events = {e["id"] for e in records["entities"] if e["type"] == "EVENT"}
    return sorted(
        label[r["source"]]
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r["target"] in events and r.get("role") == "location"
    )


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Police in Clairton, Pennsylvania, responded to reports of a shooting at a party on "
            "Saturday. The shooting injured four teenagers.",
        ),
        (
            "nl",
            "De politie in Clairton, Pennsylvania, kwam zaterdag af op meldingen van een "
            "schietpartij op een feest. Bij de schietpartij raakten vier tieners gewond.",
        ),
    ],
)
def test_a_shooting_in_a_town_of_a_state_happened_in_the_town(lang, text):
    assert _places_of_events(text, lang) == ["Clairton"]


def test_a_report_row_needs_a_verb_and_its_object_noun(tmp_path):
    (tmp_path / "eventroles.xx.tsv").write_text(
        "word\tpos\tkinds\trole\nraise\treport\t\t\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"report 'raise' in eventroles\.xx\.tsv, line 2"):
        load_event_roles("xx", tmp_path)


def test_report_rows_are_read_as_verb_and_object_noun(tmp_path):
    (tmp_path / "eventroles.xx.tsv").write_text(
        "word\tpos\tkinds\trole\nRaise Toll\treport\t\t\n", encoding="utf-8"
    )
    assert load_event_roles("xx", tmp_path).reports == frozenset({("raise", "toll")})


def test_a_disease_named_alone_is_its_epidemic():
    # an epidemic is an EVENT (annotation guideline, settled cases) also where the text names
    # only its disease, without "outbreak" or "pandemic"
    text = "Ruritania reported its first cases of COVID-19 on Friday."
    assert [label for label, _, _ in events_of(text, "en")] == ["COVID-19"]


def test_a_death_the_story_tells_is_an_event_of_the_one_who_died():
    # a death the story is about is an EVENT, the one who died its participant (as the gold of
    # a sultan's or a premier's death has it)
    text = "Jane Morrow, the mayor of Kaldor, died on Monday. Crowds mourned her death."
    events = events_of(text, "en")
    assert [label for label, _, _ in events] == ["death"]
    assert [name for name, _ in events[0][2]] == ["Jane Morrow"]


def test_a_death_penalty_or_threat_is_no_death():
    text = "Jane Morrow faces the death penalty. She received a death threat on Monday."
    assert "death" not in [label for label, _, _ in events_of(text, "en")]


def test_a_death_toll_or_the_emergency_services_are_no_event():
    # a count of the dead, the bodies that answer emergencies, a ministry, a right: no events
    text = (
        "Jane Morrow said the death toll in Kaldor rose on Monday. She thanked the emergency "
        "services of Kaldor and the Emergencies Ministry of Kaldor, and defended freedom of speech."
    )
    labels = [label for label, _, _ in events_of(text, "en")]
    assert not {"death", "emergency", "speech"} & set(labels)


def test_dutch_covid_19_is_a_disaster_event_like_the_epidemic_it_names():
    # the disease's name stands for its epidemic ("doden door COVID-19"), as "de pandemie" does
    from tests.extract.extraction_helpers import records_of

    records = records_of("Peru meldde dinsdag drie nieuwe doden door COVID-19.", "nl")
    events = [e["label"] for e in records["entities"] if e["type"] == "EVENT"]
    assert events == ["COVID-19"], events


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        (  # the count after "a total of"
            "en",
            "A measles outbreak hit Samoa in May. The Health Surveillance Team reported a total "
            "of 500 cases during the outbreak.",
            "Health Surveillance Team",
        ),
        (  # the kind in the phrase of the verb
            "en",
            "A storm hit Cuba on Monday. The National Hurricane Center upgraded Tropical Storm "
            "Lola to hurricane status on Sunday.",
            "National Hurricane Center",
        ),
        (
            "nl",
            "Het coronavirus verspreidde zich in februari naar Italië. De "
            "Wereldgezondheidsorganisatie riep COVID-19 op 11 maart uit tot pandemie.",
            "World Health Organization",
        ),
    ],
)
def test_who_reports_cases_or_classes_a_happening_speaks_of_it_and_takes_no_part(
    lang, text, speaker
):
    found = typed(text, lang, participants=True)
    assert any(s == speaker and t == "STATEMENT" for s, t, _ in found), sorted(found)
    assert not any(s == speaker and t == "PARTICIPANT" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text, source",
    [
        (
            "en",
            "A fire broke out in a hotel in Karol Bagh on Tuesday. The fire killed 17 people. "
            "According to the reports by the Red Cross, at least 40 people were injured.",
            "Red Cross",
        ),
        (  # the maker as the report's possessor
            "en",
            "A fire broke out in a hotel in Karol Bagh on Tuesday. The fire killed 17 people. "
            "According to the Red Cross's situation report, at least 40 people were injured.",
            "Red Cross",
        ),
        (
            "en",
            "An earthquake struck the coast of Peru on Friday. The earthquake destroyed dozens "
            "of homes. According to a report from the Geological Agency, 300 homes collapsed.",
            "Geological Agency",
        ),
        (
            "nl",
            "Een brand in een hotel in Karol Bagh doodde dinsdag zeventien mensen. Volgens de "
            "rapporten van het Rode Kruis raakten ten minste veertig mensen gewond.",
            "Red Cross",
        ),
        (
            "nl",
            "Een aardbeving trof vrijdag de kust van Peru. Volgens het situatierapport van het "
            "Geofysisch Instituut stortten driehonderd huizen in.",
            "Geofysisch Instituut",
        ),
    ],
)
def test_the_maker_of_a_report_cited_as_source_speaks_of_the_disaster(lang, text, source):
    # "according to the reports by X", "volgens het rapport van X": the report names its maker, who
    # speaks of the story's disaster as one cited by name does ("according to X, ...")
    assert (source, "EVENT") in statement_ends(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "A fire broke out in a hotel in Karol Bagh on Tuesday. The fire killed 17 people. "
            "According to the mother of Anna Kern, the alarm did not sound.",
        ),
        (
            "nl",
            "Een brand in een hotel in Karol Bagh doodde dinsdag zeventien mensen. Volgens de "
            "moeder van Anna Kern ging het alarm niet af.",
        ),
    ],
)
def test_a_person_named_inside_another_source_does_not_speak(lang, text):
    # only a report names its maker: the mother speaks, not Anna Kern
    assert not any(source == "Anna Kern" for source, _ in statement_ends(text, lang))


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "A measles outbreak hit Samoa in November. The outbreak killed 53 people. According "
            "to data from the Red Cross, in 2018 there were ten million cases worldwide.",
        ),
        (
            "nl",
            "Een uitbraak van mazelen trof Samoa in november. Volgens cijfers van het Rode Kruis "
            "waren er in 2018 wereldwijd tien miljoen gevallen.",
        ),
    ],
)
def test_the_maker_of_figures_cited_as_source_does_not_speak_of_the_disaster(lang, text):
    # figures and data are cited as background statistics (both times on the dev split): their
    # maker is no speaker on the story's disaster
    assert ("Red Cross", "EVENT") not in statement_ends(text, lang)


def participant_labels(text: str, lang: str) -> set[tuple[str, str]]:
    """(participant label, event kind) of each PARTICIPANT extracted from ``text``."""
    from tests.extract.extraction_helpers import records_of

    records = records_of(text, lang)
    entity = {e["id"]: e for e in records["entities"]}
    return {
        (entity[r["source"]]["label"], entity[r["target"]].get("kind", ""))
        for r in records["relations"]
        if r["type"] == "PARTICIPANT"
    }


@pytest.mark.parametrize(
    "lang, text, countries",
    [
        (  # a number placed in a country
            "en",
            "An earthquake struck the Aegean Sea on Friday. The earthquake destroyed dozens of "
            "buildings. The number of casualties rose to at least 1,035 in Turkey and about 19 "
            "in Greece.",
            {"Türkiye", "Greece"},
        ),
        (  # a count noun placed in a country
            "en",
            "The COVID-19 pandemic has claimed thousands of lives. The pandemic spreads fast. "
            "There are at least 142 cases in India.",
            {"India"},
        ),
        (
            "nl",
            "De COVID-19-pandemie heeft duizenden levens geëist. De pandemie verspreidt zich "
            "snel. Er zijn in India ten minste 142 gevallen.",
            {"India"},
        ),
    ],
)
def test_a_country_where_the_disaster_is_counted_takes_part_in_it(lang, text, countries):
    # the settled case of an epidemic: a country whose cases or deaths the text counts takes part
    found = {label for label, _ in participant_labels(text, lang)}
    assert countries <= found


@pytest.mark.parametrize(
    "lang, text",
    [
        (  # no disaster: the count of a company's shops places no participant
            "en",
            "The retailer held talks with the union on Friday. The talks lasted all day. The "
            "company has 1,200 shops in Poland.",
        ),
        (
            "nl",
            "De winkelketen voerde vrijdag overleg met de vakbond. Het overleg duurde de hele "
            "dag. Het bedrijf heeft 1200 winkels in Polen.",
        ),
    ],
)
def test_a_count_in_a_story_without_a_disaster_places_no_participant(lang, text):
    assert not any(label in ("Poland", "Polen") for label, _ in participant_labels(text, lang))


def test_a_number_that_counts_no_victims_places_no_participant():
    # "over 1,000 [escape rooms] in Poland": a number, but its clause counts no dead or cases
    text = (
        "A fire in an escape room in Koszalin killed five teenagers on Friday. The fire "
        "started in a heater. Escape rooms have grown in popularity, with over 1,000 in Poland."
    )
    assert "Poland" not in {label for label, _ in participant_labels(text, "en")}
