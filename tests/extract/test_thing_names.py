"""Task precis3: a name the model types ORG that the text uses as a thing takes no side of an
act: the object of a verb of using ("YouTube agreed to implement DRM") or a name compounded before
a noun of a thing ("the Minetest release"); and a speech verb of arguing accuses no one. End to
end on sentences written for the tests; the words are rows of ``things.<lang>.tsv`` and of
``data/build/verbs_en_overrides.tsv``."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_the_object_of_a_verb_of_using_takes_no_side():
    found = typed("YouTube agreed to implement DRM.", "en")
    assert not [k for k in found if "DRM" in (k[0], k[2])], sorted(found)


def test_an_organisation_acted_on_keeps_its_side():
    found = typed("Mozilla supported the Wikimedia Foundation in court.", "en")
    assert ("Mozilla", "SUPPORT", "Wikimedia Foundation") in found, sorted(found)


def test_a_name_compounded_before_a_thing_takes_no_side_of_its_event():
    found = typed("Jo Smith criticised the Minetest release.", "en", participants=True)
    assert not [k for k in found if "Minetest" in (k[0], k[2])], sorted(found)


def test_the_maker_of_a_ruling_keeps_its_side():
    found = typed("Jo Smith welcomed the Supreme Court ruling.", "en", participants=True)
    assert [k for k in found if k[0] == "Supreme Court" and k[1] == "PARTICIPANT"], sorted(found)


def test_dutch_the_maker_of_a_ruling_keeps_its_side():
    found = typed(
        "Jo Smit verwelkomde de uitspraak van het Hooggerechtshof.", "nl", participants=True
    )
    assert [k for k in found if k[0] == "Hooggerechtshof" and k[1] == "PARTICIPANT"], sorted(found)


def test_arguing_accuses_no_one():
    found = typed(
        "In the United States, Maria Lopez argued that only reform can bring equality to the"
        " nation.",
        "en",
    )
    assert not [k for k in found if k[1] == "ACCUSE"], sorted(found)


def test_accusing_still_accuses():
    found = typed("Maria Lopez accused Tom Reed of lying.", "en")
    assert ("Maria Lopez", "ACCUSE", "Tom Reed") in found, sorted(found)
