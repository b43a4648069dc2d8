"""Bodies the name finder knows by the knowledge base's curated names (issue 19): UN agencies
and programmes, Red Cross and Red Crescent bodies, EU agencies, unions, broadcasters, parties
abroad, and a region's adjective before its government ("de Vlaamse regering", "the Flemish
government", which names the region as "the Russian government" names Russia). End-to-end on our
own sentences, Dutch and English."""

from __future__ import annotations

import pytest

from extract.kb import load_kb
from tests.extract.extraction_helpers import relations
from tests.extract.test_names_organisations import names_of


@pytest.mark.parametrize(
    ("alias", "label"),
    [
        ("Wereldvoedselprogramma", "World Food Programme"),
        ("Rode Kruis", "Red Cross"),
        ("Rode Halve Maan", "Red Crescent"),
        ("Internationaal Comité van het Rode Kruis", "International Committee of the Red Cross"),
        ("VN-Vluchtelingenorganisatie", "UNHCR"),
        ("Europees Geneesmiddelenbureau", "European Medicines Agency"),
        ("Vlaamse regering", "Flemish Government"),
        ("Imec", "Imec"),
    ],
)
def test_kb_knows_a_body_by_its_dutch_name(alias: str, label: str) -> None:
    entries = load_kb().lookup(alias)
    assert entries and entries[0].label == label and entries[0].type == "ORG"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Het Wereldvoedselprogramma deelde vorige week rijst uit in Jemen.",
            "nl",
            ("World Food Programme", "ORG"),
        ),
        ("Het Rode Kruis bracht woensdag medicijnen naar Soedan.", "nl", ("Red Cross", "ORG")),
        ("The Red Cross brought medicine to Sudan on Wednesday.", "en", ("Red Cross", "ORG")),
        ("Europol en Eurojust werkten samen met de Spaanse politie.", "nl", ("Eurojust", "ORG")),
        ("Europol and Eurojust worked with the Spanish police.", "en", ("Eurojust", "ORG")),
        ("Frontex stuurde extra agenten naar de Griekse grens.", "nl", ("Frontex", "ORG")),
        ("De Rode Halve Maan hielp gewonden in het noorden.", "nl", ("Red Crescent", "ORG")),
        (
            "Radio France Internationale werd in Mali verboden.",
            "nl",
            ("Radio France Internationale", "ORG"),
        ),
    ],
)
def test_a_body_is_found_by_its_known_name(text: str, lang: str, name: tuple[str, str]) -> None:
    assert name in names_of(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De Vlaamse regering sloot dinsdag een akkoord met Nederland over de haven.", "nl"),
        ("The Flemish government signed a deal with the Netherlands on Tuesday.", "en"),
    ],
)
def test_a_regions_adjective_before_its_government_names_the_region(text: str, lang: str) -> None:
    assert ("Flanders", "LOCATION") in names_of(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De Schotse premier Fiona Baird schreef dinsdag een brief aan Londen.", "nl"),
        ("Scottish First Minister Fiona Baird wrote to London on Tuesday.", "en"),
    ],
)
def test_a_regions_adjective_before_a_title_names_the_region_held(text: str, lang: str) -> None:
    found = relations(text, lang)
    assert ("Fiona Baird", "ROLE", "Scotland") in found, sorted(found)


def test_a_party_named_with_scotlands_adjective_stays_whole() -> None:
    names = names_of("De Schotse Nationale Partij won 48 zetels.", "nl")
    assert ("Scotland", "LOCATION") not in names, names


def test_a_party_named_with_the_regions_adjective_stays_whole() -> None:
    names = names_of("Vlaams Belang won de verkiezingen in Antwerpen.", "nl")
    assert ("Vlaams Belang", "ORG") in names
    assert ("Flanders", "LOCATION") not in names


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Von der Leyen belde maandag met Sunak over de visserij.", "nl", "Rishi Sunak"),
        ("Von der Leyen called Sunak on Monday about fishing rights.", "en", "Rishi Sunak"),
        ("Navalny werd opnieuw naar een strafkamp gestuurd.", "nl", "Alexei Navalny"),
        ("Trudeau met Kishida in Ottawa.", "en", "Fumio Kishida"),
    ],
)
def test_a_former_leader_named_by_surname_alone_is_the_person(
    text: str, lang: str, name: str
) -> None:
    assert (name, "PERSON") in names_of(text, lang)
