"""The places a happening reaches (disasters4, issue 17): a storm, flood or outbreak that is the
subject of a reaching verb ("reach", "spread to", "make landfall in", "bereiken", "aan land komen
in"; ``reach`` rows of ``eventroles.<lang>.tsv``), of a harming one ("hit", "treffen"), or of the
open clause of one it is the subject of ("was forecast to reach"), takes every place the verb
names, each place joined by "and"/"or" too, as a location of the event (a participant where the
place is a country, as the annotation guide draws "Dorian cleared the Bahamas"). A place of a
negated clause is no place where it happened; a verb of only nearing ("approached") names none."""

from __future__ import annotations

import pytest

from extract.api import extract
from extract.documents import Document
from extract.grammar.event_roles import load_event_roles
from extract.lexicon import LexiconError


def reached(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Place label -> (mode, the event's own location label or "") of each location
    participant of an EVENT of ``text``."""
    records = extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    ).records
    label = {e["id"]: e["label"] for e in records["entities"]}
    place_of = {
        e["id"]: label.get(e["event"].get("location") or "", "")
        for e in records["entities"]
        if e["type"] == "EVENT"
    }
    return {
        label[r["source"]]: (r.get("mode", "asserted"), place_of.get(r["target"], ""))
        for r in records["relations"]
        if r["type"] == "PARTICIPANT" and r.get("role") == "location"
    }


def test_a_storm_that_hit_two_islands_reached_both_en():
    places = reached("Hurricane Nadia hit Cuba and Haiti on Sunday.", "en")
    assert {"Cuba", "Haiti"} <= set(places)


def test_a_storm_that_hit_two_islands_reached_both_nl():
    places = reached("Orkaan Nadia trof zondag Cuba en Haïti.", "nl")
    assert {"Cuba", "Haiti"} <= set(places)


def test_an_outbreak_that_spread_to_two_countries_reached_both_en():
    places = reached("A cholera outbreak spread to Kenya and Uganda last week.", "en")
    assert {"Kenya", "Uganda"} <= set(places)


def test_an_outbreak_that_spread_to_two_countries_reached_both_nl():
    places = reached(
        "Een cholera-uitbraak verspreidde zich vorige week naar Kenia en Oeganda.", "nl"
    )
    assert {"Kenya", "Uganda"} <= set(places)


def test_a_storm_forecast_to_reach_a_coast_reaches_its_country_en():
    places = reached("Hurricane Nadia was forecast to reach the coast of Mexico on Tuesday.", "en")
    assert "Mexico" in places


def test_a_storm_expected_to_reach_a_coast_reaches_its_country_nl():
    text = "Orkaan Nadia zal naar verwachting dinsdag de kust van Mexico bereiken."
    assert "Mexico" in reached(text, "nl")


def test_a_landfall_denied_in_two_countries_places_neither_en():
    text = "Hurricane Nadia is not expected to make landfall in Mexico or in Cuba."
    places = reached(text, "en")
    assert {"Mexico", "Cuba"} <= set(places)
    assert all(where == "" for _, where in places.values())  # no place where it happened


def test_a_landfall_denied_in_two_countries_names_both_nl():
    text = "Orkaan Nadia zal naar verwachting niet aan land komen in Mexico of op Cuba."
    places = reached(text, "nl")
    assert {"Mexico", "Cuba"} <= set(places)
    assert all(mode == "negated" for mode, _ in places.values())


def test_a_storm_that_only_approached_reached_nothing_en():
    assert "Cuba" not in reached("Hurricane Nadia approached Cuba on Sunday.", "en")


def test_reach_rows_are_read_with_their_object_and_preposition(tmp_path):
    (tmp_path / "eventroles.xr.tsv").write_text(
        "word\tpos\tkinds\trole\nbereiken -\treach\t\t\nkomen land in\treach\t\t\n"
        "verspreiden naar\treach\t\t\n",
        encoding="utf-8",
    )
    roles = load_event_roles("xr", tmp_path)
    assert roles.reaches == {
        ("bereiken", "", ""),
        ("komen", "land", "in"),
        ("verspreiden", "", "naar"),
    }
    (tmp_path / "eventroles.xs.tsv").write_text(
        "word\tpos\tkinds\trole\nbereiken\treach\t\t\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"bereiken.*eventroles\.xs\.tsv, line 2"):
        load_event_roles("xs", tmp_path)
