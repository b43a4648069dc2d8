"""Names that fresh text still split or cut (issue 19): a place with a small particle inside
("Davao del Sur"), the first of two first names that share a surname ("David en Louise Turpin"),
a long form in brackets, square ones too, after a known acronym or before it, a country's name
before a body whose name says "National", and a short name written before the longer name with
a country in front, which is another body. Unit tests on hand-built parses and spans, and
end-to-end tests on our own sentences in both languages."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.components.linking import _join_glosses
from extract.components.names import _places_the_parser_joins
from tests.extract.extraction_helpers import records_of
from tests.extract.test_linking import linked, linker
from tests.extract.test_names_organisations import names_of

__all__ = ["linker"]


def nodes_of(text: str, lang: str) -> dict[str, set[str]]:
    """Each name entity's label -> the texts of its mentions."""
    records = records_of(text, lang)
    labels = {
        e["id"]: e["label"]
        for e in records["entities"]
        if e["type"] in ("PERSON", "ORG", "COUNTRY", "LOCATION")
    }
    out: dict[str, set[str]] = {label: set() for label in labels.values()}
    for m in records["mentions"]:
        if m["entity"] in labels:
            out[labels[m["entity"]]].add(m["text"])
    return out


# --- a place's name with a particle inside ----------------------------------------------------


def _place_doc(particle_dep: str) -> list[Span]:
    """'Hij woont in Davao del Sur .': the model's places "Davao" and "Sur", "del" a
    ``particle_dep`` of "Davao" and "Sur" a flat part of it."""
    doc = Doc(
        spacy.blank("nl").vocab,
        words=["Hij", "woont", "in", "Davao", "del", "Sur", "."],
        heads=[1, 1, 3, 1, 3, 3, 1],
        deps=["nsubj", "ROOT", "case", "obl", particle_dep, "flat", "punct"],
        pos=["PRON", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"],
    )
    return [Span(doc, 3, 4, label="LOC"), Span(doc, 5, 6, label="LOC")]


def test_two_places_a_flat_particle_apart_are_one_place():
    assert [s.text for s in _places_the_parser_joins(_place_doc("flat"))] == ["Davao del Sur"]


def test_two_places_the_parser_keeps_apart_stay_two():
    apart = _place_doc("appos")
    assert [s.text for s in _places_the_parser_joins(apart)] == ["Davao", "Sur"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "De zware aardbeving trof dinsdag de provincie Davao del Sur."),
        ("en", "The strong earthquake struck the province of Davao del Sur on Tuesday."),
    ],
)
def test_a_province_with_del_inside_is_one_place(lang, text):
    names = names_of(text, lang)
    assert ("Davao del Sur", "LOCATION") in names
    assert not {label for label, _ in names} & {"Davao", "Sur"}


# --- two first names before one surname ------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "David en Louise Turpin werden vrijdag tot levenslang veroordeeld."),
        ("en", "David and Louise Turpin were sentenced to life in prison on Friday."),
    ],
)
def test_the_first_of_two_first_names_sharing_a_surname_is_a_person(lang, text):
    names = names_of(text, lang)
    assert ("David", "PERSON") in names
    assert ("Louise Turpin", "PERSON") in names
    assert not any(label == "David" and type_ != "PERSON" for label, type_ in names)


def test_a_place_before_a_persons_name_stays_a_place():
    names = names_of("Parijs en Louise Turpin werden in het verslag genoemd.", "nl")
    assert ("Parijs", "PERSON") not in names


# --- long forms in brackets ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, long_form, acronym",
    [
        (
            "en",
            "Growth will slow, the OECD [Organisation for Economic Co-operation and"
            " Development] said on Monday.",
            "Organisation for Economic Co-operation and Development",
            "OECD",
        ),
        (
            "nl",
            "De groei vertraagt, zei de OESO [Organisatie voor Economische Samenwerking en"
            " Ontwikkeling] maandag.",
            "Organisatie voor Economische Samenwerking en Ontwikkeling",
            "OESO",
        ),
        (
            "en",
            "The Organisation for Economic Co-operation and Development (OECD) said growth"
            " would slow.",
            "Organisation for Economic Co-operation and Development",
            "OECD",
        ),
        (
            "nl",
            "De Organisatie voor Economische Samenwerking en Ontwikkeling (OESO) zei dat de"
            " groei vertraagt.",
            "Organisatie voor Economische Samenwerking en Ontwikkeling",
            "OESO",
        ),
    ],
)
def test_a_known_acronym_and_its_long_form_in_brackets_are_one_organisation(
    lang, text, long_form, acronym
):
    nodes = nodes_of(text, lang)
    holding = [label for label, forms in nodes.items() if long_form in forms]
    assert holding == ["OECD"]
    assert acronym in nodes["OECD"]
    assert not any(label.startswith("Organisation for Economic Co") for label in nodes if label)


def test_a_name_glossed_in_square_brackets_is_one_entity():
    doc = Doc(
        spacy.blank("en").vocab, words=["Ayasofya", "[", "Haghia", "Sophia", "]", "opens", "."]
    )
    ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 4, label="PERSON")]
    out = [(None, "ORG", "Ayasofya", None), (None, "PERSON", "Haghia Sophia", None)]
    joined = _join_glosses(ents, out)
    assert joined[0] == joined[1]


def test_a_demonym_before_square_brackets_glosses_nothing():
    doc = Doc(spacy.blank("en").vocab, words=["Indian", "[", "Railways", "]", "said", "."])
    ents = [Span(doc, 0, 1, label="COUNTRY"), Span(doc, 2, 3, label="ORG")]
    out = [("IND", "COUNTRY", "India", "IND"), (None, "ORG", "Railways", None)]
    assert _join_glosses(ents, out) == out


def test_names_in_round_brackets_are_no_gloss_of_another_type():
    doc = Doc(spacy.blank("en").vocab, words=["Ayasofya", "(", "Haghia", "Sophia", ")", "."])
    ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 4, label="PERSON")]
    out = [(None, "ORG", "Ayasofya", None), (None, "PERSON", "Haghia Sophia", None)]
    assert _join_glosses(ents, out) == out


# --- a country before a "National" body ------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, country, body",
    [
        (
            "en",
            "The United States National Hurricane Center said the storm would strengthen.",
            "United States",
            "National Hurricane Center",
        ),
        (
            "en",
            "Troops of the United States National Guard arrived in the town on Sunday.",
            "United States",
            "National Guard",
        ),
        (
            "en",
            "Forecasters at the U.S. National Weather Service warned of floods.",
            "United States",
            "National Weather Service",
        ),
        (
            "nl",
            "Volgens de Verenigde Staten Nationale Garde kwamen de troepen zondag aan.",
            "United States",
            "Nationale Garde",
        ),
    ],
)
def test_a_countrys_name_before_a_national_body_is_the_country(lang, text, country, body):
    names = names_of(text, lang)
    assert (body, "ORG") in names
    assert (country, "COUNTRY") in names
    assert not any(label.endswith(" " + body) for label, _ in names)


def test_an_adjective_before_a_national_body_stays_in_its_name():
    names = names_of("The Scottish National Party won the seat on Thursday.", "en")
    assert not any(label == "National Party" for label, _ in names)


# --- a short name before the longer one with its country -------------------------------------


def test_a_short_name_before_the_body_of_another_country_is_another_body(linker):
    ids = linked(
        linker,
        "In San Juan the Senate had not confirmed him . Puerto Rico has no seat in the U.S."
        " Senate .",
        [
            ("San Juan", "LOCATION"),
            ("Senate", "ORG"),
            ("Puerto Rico", "COUNTRY"),
            ("U.S. Senate", "ORG"),
        ],
    )
    assert ids["Senate"] != ids["U.S. Senate"]


def test_a_short_name_before_the_body_of_the_storys_own_country_is_that_body(linker):
    ids = linked(
        linker,
        "The Senate met in Washington on Monday . The U.S. Senate then voted .",
        [("Senate", "ORG"), ("Washington", "LOCATION"), ("U.S. Senate", "ORG")],
    )
    assert ids["Senate"] == ids["U.S. Senate"]


def test_a_short_name_after_the_body_with_its_country_is_that_body(linker):
    ids = linked(
        linker,
        "The U.S. Senate met on Monday . The Senate then voted .",
        [("U.S. Senate", "ORG"), ("Senate", "ORG")],
    )
    assert ids["Senate"] == ids["U.S. Senate"]


def test_a_short_name_before_a_longer_name_without_a_country_still_joins_it(linker):
    ids = linked(
        linker,
        "The Port Authority said so . The Port Authority of New York and New Jersey agreed .",
        [("Port Authority", "ORG"), ("Port Authority of New York and New Jersey", "ORG")],
    )
    assert ids["Port Authority"] == ids["Port Authority of New York and New Jersey"]


def test_a_form_of_address_in_square_brackets_is_no_organisation():
    names = names_of('The judge said "advice to HM [Her Majesty] the Queen" was lawful.', "en")
    assert not any(label == "Her Majesty" for label, _ in names)


# --- a known name that holds "en" -------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "nl",
            "De president van Bosnië en Herzegovina sprak dinsdag met de premier.",
            ("Bosnia & Herzegovina", "COUNTRY"),
        ),
        (
            "nl",
            "De Organisatie voor Economische Samenwerking en Ontwikkeling zei dat de groei afnam.",
            ("OECD", "ORG"),
        ),
        (
            "en",
            "The president of Bosnia and Herzegovina spoke with the prime minister on Tuesday.",
            ("Bosnia & Herzegovina", "COUNTRY"),
        ),
    ],
)
def test_a_known_name_that_holds_and_is_found_whole(lang, text, expected):
    names = names_of(text, lang)
    assert expected in names
    assert not {label for label, _ in names} & {"Bosnië", "Herzegovina", "Ontwikkeling"}


def test_two_known_names_joined_by_en_stay_two():
    names = names_of("Frankrijk en Duitsland tekenden maandag het verdrag.", "nl")
    assert {("France", "COUNTRY"), ("Germany", "COUNTRY")} <= names


# --- an abbreviation that ends a known place's name -----------------------------------------


@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "Ze kwamen zaterdag in Washington D.C. bijeen. Later trokken ze door D.C. rond."),
        ("en", "They met in Washington D.C. on Saturday. Later they marched through D.C. again."),
    ],
)
def test_an_abbreviation_that_ends_a_known_places_name_is_that_place(lang, text):
    nodes = nodes_of(text, lang)
    holding = [label for label, forms in nodes.items() if "D.C." in forms]
    assert holding == ["Washington"]
    assert "Washington D.C." in nodes["Washington"]


def test_an_abbreviation_no_known_place_ends_in_stays_apart(linker):
    ids = linked(
        linker,
        "They met in Washington on Saturday . The NGC said so .",
        [("Washington", "LOCATION"), ("NGC", "ORG")],
    )
    assert ids["NGC"] != ids["Washington"]
