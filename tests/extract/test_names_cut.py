"""Names the finder cut, glued or missed (issue 19): a long form whose initials spell the acronym
in brackets after it is one organisation over its commas ("Institute of Epidemiology, Disease
Control and Research (IEDCR)"); a person before "for the" and an organisation is no part of it
("De La Fuente for the Reform Party"); a Dutch name on a compound of an organisation's head is
one ("het Internationaal Atoomagentschap", "het Arakan-leger"); "Rebellion" ends an
organisation's name; a union of two groups of people around "and" is one ("App Drivers and
Couriers Union"); an amount after a name is no part of it ("Ukraine 4.5 billion dollars").
Finder tests on hand-tagged Docs; end-to-end on our own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.extract.test_names_organisations import finders, found, names_of, tagged

__all__ = ["finders"]


# --- a long form before its acronym ----------------------------------------------------------


@pytest.mark.parametrize(
    "lang, words, expected",
    [
        (
            "en",
            "the/DET Office/PROPN of/ADP Water/PROPN ,/PUNCT Soil/PROPN and/CCONJ Forests/PROPN "
            "(/PUNCT OWSF/PROPN )/PUNCT warned/VERB ./PUNCT",
            "Office of Water, Soil and Forests",
        ),
        (
            "nl",
            "het/DET Bureau/PROPN voor/ADP Water/PROPN ,/PUNCT Bodem/PROPN en/CCONJ Bossen/PROPN "
            "(/PUNCT BWBB/PROPN )/PUNCT waarschuwde/VERB ./PUNCT",
            "Bureau voor Water, Bodem en Bossen",
        ),
    ],
)
def test_names_a_long_form_spelling_its_acronym_is_one_organisation(finders, lang, words, expected):
    # a hand-tagged Doc writes a space before the comma
    names = [
        (name.replace(" ,", ","), label)
        for name, label in found(finders[lang], tagged(words, lang))
    ]
    assert (expected, "ORG") in names


def test_names_a_long_form_that_does_not_spell_the_acronym_is_not_joined(finders):
    words = (
        "the/DET Office/PROPN of/ADP Water/PROPN ,/PUNCT Soil/PROPN and/CCONJ Forests/PROPN "
        "(/PUNCT QXZ/PROPN )/PUNCT warned/VERB ./PUNCT"
    )
    names = found(finders["en"], tagged(words, "en"))
    assert not any("," in name for name, _ in names)


@pytest.mark.parametrize(
    "words",
    [
        # a place: the station is no organisation
        "the/DET Orbital/PROPN Research/PROPN Station/PROPN (/PUNCT ORS/PROPN )/PUNCT ./PUNCT",
        # a compound on a common noun is no name
        "de/DET Repair/PROPN ,/PUNCT Overhaul/PROPN and/CCONJ Test-activiteiten/NOUN "
        "(/PUNCT ROT/PROPN )/PUNCT ./PUNCT",
    ],
)
def test_names_a_long_form_of_a_place_or_a_common_noun_is_no_organisation(finders, words):
    names = found(finders["en"], tagged(words, "en"))
    assert not any(label == "ORG" and len(name.split()) > 2 for name, label in names)


# --- a person before "for the" and an organisation -------------------------------------------


@pytest.mark.parametrize(
    "lang, words, person, org",
    [
        (
            "en",
            "said/VERB Carlos/PROPN De/PROPN La/PROPN Fuente/PROPN for/ADP the/DET Reform/PROPN "
            "Party/PROPN ./PUNCT",
            "Carlos De La Fuente",
            "Reform Party",
        ),
        (
            "nl",
            "zei/VERB Carlos/PROPN De/PROPN La/PROPN Fuente/PROPN voor/ADP de/DET "
            "Hervormings/PROPN Partij/PROPN ./PUNCT",
            "Carlos De La Fuente",
            "Hervormings Partij",
        ),
    ],
)
def test_names_a_person_for_an_organisation_is_two_names(finders, lang, words, person, org):
    names = found(finders[lang], tagged(words, lang))
    assert (org, "ORG") in names
    assert not any(person in name and name != person for name, _ in names)


@pytest.mark.parametrize(
    "lang, words, name",
    [
        (
            "en",
            "the/DET Court/PROPN of/ADP Appeals/PROPN for/ADP the/DET Fifth/PROPN "
            "Circuit/PROPN ruled/VERB ./PUNCT",
            "Court of Appeals for the Fifth Circuit",
        ),
        (
            "nl",
            "de/DET Partij/PROPN voor/ADP de/DET Dieren/PROPN won/VERB ./PUNCT",
            "Partij voor de Dieren",
        ),
    ],
)
def test_names_an_organisation_with_for_inside_stays_one(finders, lang, words, name):
    assert (name, "ORG") in found(finders[lang], tagged(words, lang))


# --- Dutch compounds on an organisation's head; Rebellion -------------------------------------


@pytest.mark.parametrize(
    "words, expected",
    [
        (
            "het/DET Internationaal/ADJ Atoomagentschap/PROPN stuurde/VERB "
            "inspecteurs/NOUN ./PUNCT",
            "Internationaal Atoomagentschap",
        ),
        ("het/DET Arakan-leger/PROPN viel/VERB aan/ADP ./PUNCT", "Arakan-leger"),
        (
            "het/DET Kachin/PROPN Onafhankelijkheidsleger/PROPN viel/VERB aan/ADP ./PUNCT",
            "Kachin Onafhankelijkheidsleger",
        ),
        (
            "activisten/NOUN van/ADP Extinction/PROPN Rebellion/PROPN blokkeerden/VERB "
            "de/DET weg/NOUN ./PUNCT",
            "Extinction Rebellion",
        ),
    ],
)
def test_names_a_dutch_organisation_by_its_head(finders, words, expected):
    assert (expected, "ORG") in found(finders["nl"], tagged(words, "nl"))


def test_names_a_lower_case_compound_on_an_army_is_no_name(finders):
    doc = tagged("het/DET leger/NOUN viel/VERB aan/ADP ./PUNCT", "nl")
    assert found(finders["nl"], doc) == []


# --- an amount after a country's name ---------------------------------------------------------


@pytest.mark.parametrize(
    "lang, words, ent, expected",
    [
        (
            "en",
            "lend/VERB Ukraine/PROPN 4.5/NUM billion/NUM dollars/NOUN next/ADJ year/NOUN ./PUNCT",
            (1, 5),
            [("Ukraine", "COUNTRY")],
        ),
        (
            "nl",
            "leent/VERB Oekraïne/PROPN 4,5/NUM miljard/NUM euro/NOUN ./PUNCT",
            (1, 5),
            [("Oekraïne", "COUNTRY")],
        ),
        # a number that is part of the name stays where no unit follows
        ("en", "the/DET Apollo/PROPN 11/NUM crew/NOUN ./PUNCT", (1, 3), [("Apollo 11", "ORG")]),
    ],
)
def test_names_an_amount_after_a_name_is_cut(finders, lang, words, ent, expected):
    doc = tagged(words, lang)
    doc.ents = [Span(doc, *ent, label="ORG")]
    assert found(finders[lang], doc) == expected


# --- one body of two groups of people ----------------------------------------------------------


def test_names_a_union_of_two_crowds_is_one_organisation(finders):
    doc = tagged(
        "the/DET App/PROPN Drivers/PROPN and/CCONJ Couriers/PROPN Union/PROPN struck/VERB ./PUNCT",
        "en",
    )
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 4, 6, label="ORG")]
    assert found(finders["en"], doc) == [("App Drivers and Couriers Union", "ORG")]


def test_names_two_companies_around_and_stay_apart(finders):
    doc = tagged(
        "Harbor/PROPN Logistics/PROPN and/CCONJ Delta/PROPN Shipping/PROPN Company/PROPN "
        "rose/VERB ./PUNCT",
        "en",
    )
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 3, 6, label="ORG")]
    assert found(finders["en"], doc) == [
        ("Harbor Logistics", "ORG"),
        ("Delta Shipping Company", "ORG"),
    ]


# --- end to end ------------------------------------------------------------------------------


@pytest.mark.model
def test_names_cut_and_found_end_to_end_en():
    names = names_of(
        "Candidate Rocky De La Fuente for the Reform Party won few votes. The Institute of "
        "Epidemiology, Disease Control and Research (IEDCR) confirmed two cases.",
        "en",
    )
    assert ("Reform Party", "ORG") in names
    assert ("Rocky De La Fuente", "PERSON") in names
    assert ("Institute of Epidemiology, Disease Control and Research", "ORG") in names


@pytest.mark.model
def test_names_dutch_organisations_end_to_end():
    names = names_of(
        "Het Internationaal Atoomagentschap stuurde inspecteurs naar Iran. Het Arakan-leger "
        "veroverde een stad. Extinction Rebellion voerde zaterdag actie bij het ministerie.",
        "nl",
    )
    assert ("Internationaal Atoomagentschap", "ORG") in names
    assert ("Arakan-leger", "ORG") in names
    assert ("Extinction Rebellion", "ORG") in names
