"""A name the knowledge base gives two entries of one type is the one the document names
otherwise (issue 19): "Congo" after "the Republic of the Congo" is that country, after "the
Democratic Republic of the Congo" the other. Hand-built documents, so the linker alone is
tested; end to end in both languages with sentences of our own."""

from __future__ import annotations

import pytest

from extract.components.linking import EntityLinker
from extract.kb import load_kb
from tests.extract.extraction_helpers import records_of, resolved_keys


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    return EntityLinker("linker", load_kb())


@pytest.mark.parametrize(
    "text, full, country",
    [
        (
            "The Republic of the Congo voted . Congo counted fast .",
            "Republic of the Congo",
            "kb:COG",
        ),
        (
            "Ebola hit the Democratic Republic of the Congo . Congo asked for help .",
            "Democratic Republic of the Congo",
            "kb:COD",
        ),
        ("In Congo-Brazzaville werd gestemd . Congo telde snel .", "Congo-Brazzaville", "kb:COG"),
    ],
)
def test_an_ambiguous_name_is_the_entry_the_document_names_otherwise(linker, text, full, country):
    assert (
        resolved_keys(linker, text, [(full, "COUNTRY"), ("Congo", "COUNTRY")], linked=True)
        == [country] * 2
    )


def test_an_ambiguous_name_alone_is_the_knowledge_bases_first_entry(linker):
    assert resolved_keys(linker, "Congo asked for help .", [("Congo", "COUNTRY")], linked=True) == [
        "kb:COD"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, label",
    [
        (
            "The Republic of the Congo held elections on Sunday. Observers said Congo had "
            "counted the votes quickly.",
            "en",
            "Congo - Brazzaville",
        ),
        (
            "In Congo-Brazzaville zijn zondag verkiezingen gehouden. Waarnemers zeiden dat Congo "
            "de stemmen snel had geteld.",
            "nl",
            "Congo - Brazzaville",
        ),
        (
            "Ebola verspreidt zich in de Democratische Republiek Congo. De regering van Congo "
            "vraagt om hulp.",
            "nl",
            "Congo - Kinshasa",
        ),
    ],
)
def test_an_ambiguous_country_is_one_node_end_to_end(text, lang, label):
    records = records_of(text, lang)
    countries = [e["label"] for e in records["entities"] if e["type"] == "COUNTRY"]
    assert countries == [label]
