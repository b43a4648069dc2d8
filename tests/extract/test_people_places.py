"""An act on people is not aimed at the place they were in (``people.<lang>.txt``, read by
``VerbRelations._things_place``): "John Smith hit a cyclist in Leeds" is no attack on Leeds, while
"bombed a school in Kharkiv" still strikes Kharkiv. End to end in both languages."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_hitting_a_cyclist_is_no_attack_on_the_town_en():
    found = typed("John Smith hit a cyclist in Leeds.", "en")
    assert not [k for k in found if k[2] == "Leeds"], sorted(found)


def test_hitting_a_cyclist_is_no_attack_on_the_town_nl():
    found = typed("John Smith sloeg een fietser in Leeds.", "nl")
    assert not [k for k in found if k[2] == "Leeds"], sorted(found)


def test_bombing_a_school_still_strikes_its_town_en():
    assert ("Russia", "ASSAULT", "Kharkiv") in typed("Russia bombed a school in Kharkiv.", "en")


def test_bombing_a_school_still_strikes_its_town_nl():
    found = typed("Rusland bombardeerde een school in Charkiv.", "nl")
    assert ("Russia", "ASSAULT", "Kharkiv") in found, sorted(found)


# The town a person of no body comes from is not whom an act on them is aimed at (coerce2): "a
# doctor from Houston", "een leraar uit Leeds" name where the person lives, which the arrest or
# sentence does not befall (``Arguments._targets``); their country may be ("sent the refugees
# from Colombia back": to Colombia).


def test_sentencing_a_doctor_from_a_town_is_no_act_on_the_town_nl():
    found = typed(
        "Een Amerikaanse rechter heeft dinsdag een arts uit Houston veroordeeld tot tien jaar cel.",
        "nl",
    )
    assert not [k for k in found if k[2] in ("Houston", "Texas")], sorted(found)


def test_returning_refugees_from_a_country_acts_on_the_country_nl():
    found = typed("Venezuela stuurde vorige week tweehonderd vluchtelingen uit Peru terug.", "nl")
    assert ("Venezuela", "RETREAT", "Peru") in found, sorted(found)
