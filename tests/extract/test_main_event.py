"""Issues 17, 18 (docmain): the story's main event, the event the lead's first sentence (or else
the headline) names first, is decided once per document (``doc._.main_event``,
extract/components/story.py), and an act with no time of its own told in a sentence that names
the main event took place when the main event did, though its actors are not the lead's
(tests/extract/test_paragraph_actor_times.py dates those) (extract/components/dating.py); not an act
told in the pluperfect, nor one beside a main event still to come.

End to end on texts written for the tests, in an article of Sunday 7 December 2025 (Friday is
the 5th)."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of, typed

SUNDAY = "2025-12-07"

STRIKE = {
    "en": (
        "Drone strike kills general near Kandor\n\n"
        "On Friday, Freedonia killed General Tomas Brandt in a drone strike near Kandor.\n\n"
        "Lena Marsh was being met by Piet Kolar, who was also killed in the strike."
    ),
    "nl": (
        "Drone-aanval doodt generaal bij Kandor\n\n"
        "Freedonia heeft vrijdag generaal Tomas Brandt gedood bij een drone-aanval bij Kandor.\n\n"
        "Lena Marsh had een ontmoeting met Piet Kolar, die ook bij de aanval omkwam."
    ),
}


def _met(found: dict) -> dict:
    """The CONSULT between Marsh and Kolar, whichever way it runs."""
    return next(
        rel
        for (source, kind, target), rel in found.items()
        if kind == "CONSULT" and {source, target} == {"Lena Marsh", "Piet Kolar"}
    )


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_act_told_with_the_main_event_takes_its_day(lang):
    found = typed(STRIKE[lang], lang, SUNDAY)
    met = _met(found)
    assert (met["date"], met["date_source"]) == ("2025-12-05", "text")


@pytest.mark.model
def test_an_act_told_in_the_pluperfect_is_not_dated_by_the_main_event():
    text = STRIKE["en"].replace(
        "Lena Marsh was being met by Piet Kolar, who was also killed in the strike.",
        "Before the strike, Lena Marsh had met Piet Kolar.",
    )
    met = _met(typed(text, "en", SUNDAY))
    assert met["date"] != "2025-12-05"


@pytest.mark.model
def test_a_main_event_still_to_come_dates_no_act():
    text = (
        "Freedonia to hold summit in Kandor\n\n"
        "Freedonia will hold a summit in Kandor on 20 December.\n\n"
        "Lena Marsh met Piet Kolar before the summit."
    )
    met = _met(typed(text, "en", SUNDAY))
    assert met["date"] != "2025-12-20"
    assert met["mode"] != "planned"


PLACED = {
    "en": (
        "Six officers die in Kandahar\n\n"
        "On Friday, a car bomb was driven into a police station in Kandahar. Six officers died in "
        "the attack.\n\nThe Red Brigade claimed the attack."
    ),
    "nl": (
        "Zes agenten komen om in Kandahar\n\n"
        "Schutters hebben vrijdag het vuur geopend op een politiebureau in Kandahar. Zes agenten "
        "kwamen om bij de aanslag.\n\nDe Rode Brigade eiste de aanslag op."
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_main_event_takes_the_place_its_lead_names(lang):
    records = records_of(PLACED[lang], lang, SUNDAY)
    label = {e["id"]: e["label"] for e in records["entities"]}
    attack = next(e for e in records["entities"] if e["type"] == "EVENT")
    places = {
        label[r["source"]]
        for r in records["relations"]
        if r["type"] == "PARTICIPANT"
        and r["target"] == attack["id"]
        and r.get("role") == "location"
    }
    assert places == {"Kandahār"}, places
