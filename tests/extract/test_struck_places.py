"""Where a disaster struck (disaster2, issue 17 items 1 and 10): a happening that is the subject of
a harming verb ("an earthquake hit Chile", "de orkaan trof Florida"), or of a relative clause on it
("a quake that struck northern Peru"), takes the place the verb's object names as its location, as
the annotation guide draws it. Not when the verb is negated, nor a verb that harms nothing
("the storm approached Texas")."""

from __future__ import annotations

from extract.api import extract
from extract.documents import Document
from tests.extract.test_events import described, parsed

CHILE = ("COUNTRY", "CHL")
ALBERTA = ("LOCATION", "alberta")


def test_a_quake_that_hit_a_country_is_placed_there_en(en_events):
    # "An earthquake hit Chile ."
    doc = parsed(
        """
An 1 det DET an
earthquake 2 nsubj NOUN earthquake
hit 2 ROOT VERB hit
Chile 2 dobj PROPN
. 2 punct PUNCT
""",
        {3: CHILE},
    )
    [(kind, _, _, place)] = described(en_events.find(doc))
    assert kind == "disaster" and place == "CHL"


def test_a_quake_that_struck_the_province_of_a_name_is_placed_at_the_name_en(en_events):
    # "An earthquake that struck the province of Alberta killed two ."
    doc = parsed(
        """
An 1 det DET an
earthquake 8 nsubj NOUN earthquake
that 3 nsubj PRON that
struck 1 relcl VERB strike
the 5 det DET the
province 3 dobj NOUN province
of 5 prep ADP of
Alberta 6 pobj PROPN
killed 8 ROOT VERB kill
two 8 dobj NUM two
. 8 punct PUNCT
""",
        {7: ALBERTA},
    )
    places = [place for _, _, _, place in described(en_events.find(doc))]
    assert places == ["alberta"]


def test_a_storm_that_did_not_hit_a_country_is_not_placed_there_en(en_events):
    # "The storm did not hit Chile ."
    doc = parsed(
        """
The 1 det DET the
storm 4 nsubj NOUN storm
did 4 aux AUX do
not 4 neg PART not
hit 4 ROOT VERB hit
Chile 4 dobj PROPN
. 4 punct PUNCT
""",
        {5: CHILE},
    )
    assert all(place is None for _, _, _, place in described(en_events.find(doc)))


def test_a_storm_that_nears_a_country_is_not_placed_there_en(en_events):
    # "The storm approached Chile ."
    doc = parsed(
        """
The 1 det DET the
storm 2 nsubj NOUN storm
approached 2 ROOT VERB approach
Chile 2 dobj PROPN
. 2 punct PUNCT
""",
        {3: CHILE},
    )
    assert all(place is None for _, _, _, place in described(en_events.find(doc)))


def test_a_quake_that_hit_a_country_is_placed_there_nl(nl_events):
    # "Een aardbeving trof Chili ."
    doc = parsed(
        """
Een 1 det DET een
aardbeving 2 nsubj NOUN aardbeving
trof 2 ROOT VERB treffen
Chili 2 obj PROPN
. 2 punct PUNCT
""",
        {3: CHILE},
    )
    [(kind, _, _, place)] = described(nl_events.find(doc))
    assert kind == "disaster" and place == "CHL"


def test_a_fire_that_destroyed_houses_in_a_town_is_placed_in_the_town_nl(nl_events):
    # "Een brand verwoestte huizen in Delft ."
    doc = parsed(
        """
Een 1 det DET een
brand 2 nsubj NOUN brand
verwoestte 2 ROOT VERB verwoesten
huizen 2 obj NOUN huis
in 5 case ADP in
Delft 3 nmod PROPN
. 2 punct PUNCT
""",
        {5: ("LOCATION", "delft")},
    )
    [(kind, _, _, place)] = described(nl_events.find(doc))
    assert kind == "fire" and place == "delft"


def _records(text: str, lang: str) -> dict:
    """The records of ``text`` as one document of 3 December 2025."""
    return extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    ).records


def _event_label(text: str, lang: str = "en") -> str:
    """The label of the one EVENT of ``text``."""
    [event] = [e for e in _records(text, lang)["entities"] if e["type"] == "EVENT"]
    return event["label"]


def struck(text: str, lang: str) -> list[str]:
    """The place label of each EVENT entity of ``text`` with a place."""
    records = _records(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    return [
        label[r["source"]]
        for e in records["entities"]
        if e["type"] == "EVENT"
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r["target"] == e["id"] and r.get("role") == "location"
    ]


def test_a_named_hurricane_that_hit_a_state_is_placed_there_end_to_end():
    assert "Florida" in struck("Hurricane Nadia hit Florida on Sunday.", "en")
    assert "Florida" in struck("Orkaan Nadia trof Florida.", "nl")


def test_a_quake_that_struck_a_country_is_placed_there_end_to_end():
    text = "A powerful earthquake that struck northern Chile on Monday killed four people."
    assert "Chile" in struck(text, "en")
    assert "Chile" in struck("Een zware aardbeving trof maandag Chili.", "nl")


def reached(text: str, lang: str) -> dict[str, str]:
    """The mode of each place's taking part in an EVENT of ``text``, by the place's label."""
    records = _records(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    events = {e["id"] for e in records["entities"] if e["type"] == "EVENT"}
    return {
        label[r["source"]]: r["mode"]
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r["target"] in events and r.get("role") == "location"
    }


def test_a_storm_forecast_to_reach_a_country_takes_part_planned_end_to_end():
    # an open clause under a verb of expecting: the place is reached in the plan's mode
    assert reached("Hurricane Lola is expected to hit Portugal on Tuesday.", "en") == {
        "Portugal": "planned"
    }
    text = "Hurricane Lola was forecast to reach the eastern coast of Portugal late on Monday."
    assert reached(text, "en") == {"Portugal": "planned"}
    text = "Orkaan Lola zal naar verwachting maandag de kust van Portugal bereiken."
    assert reached(text, "nl") == {"Portugal": "planned"}


def test_a_storm_not_expected_to_make_landfall_in_two_countries_takes_part_negated_end_to_end():
    text = "Hurricane Lola is not expected to make landfall in Portugal or in Spain."
    assert reached(text, "en") == {"Portugal": "negated", "Spain": "negated"}
    text = "Orkaan Lola trof de Azoren. Lola zal naar verwachting niet aan land komen in Portugal."
    assert reached(text, "nl").get("Portugal") == "negated"


def test_a_forecast_place_does_not_place_the_storm_end_to_end():
    assert "Portugal" not in _event_label("Hurricane Lola is expected to hit Portugal on Tuesday.")


def test_a_place_a_storm_is_told_not_to_have_hit_in_its_own_clause_takes_no_part_end_to_end():
    # the relative clause's denial is no place of the storm, in no mode read at the noun
    text = "A storm that did not hit Cuba killed five people in Haiti on Monday."
    assert "Cuba" not in reached(text, "en")


def test_a_storm_that_goes_on_battering_a_place_is_placed_there_end_to_end():
    # an open clause under a verb told as done places it, as a forecast does not
    assert "Portugal" in _event_label("Hurricane Lola continued to batter Portugal on Monday.")
