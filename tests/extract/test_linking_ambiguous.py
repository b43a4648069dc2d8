"""A name the knowledge base gives two entries of one type is the one the document names
otherwise (issue 19): "Congo" after "the Republic of the Congo" is that country, after "the
Democratic Republic of the Congo" the other. Hand-built documents, so the linker alone is
tested; end to end in both languages with sentences of our own."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.components.linking import EntityLinker, _key_of
from extract.kb import load_kb
from tests.extract.extraction_helpers import records_of


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    return EntityLinker("linker", load_kb())


def _linked(linker: EntityLinker, text: str, names: list[tuple[str, str]]) -> list[str]:
    """The entity id of each name (text, type), found in order in ``text``, each linked to the
    knowledge base as the name finder links it (its first entry)."""
    words = text.split()
    doc = Doc(spacy.blank("en").vocab, words=words)
    spans, at = [], 0
    for name, type_ in names:
        size = len(name.split())
        while words[at : at + size] != name.split():
            at += 1
        entry = linker.kb.lookup(name)[0]
        spans.append(Span(doc, at, at + size, label=type_, kb_id=entry.key))
        at += size
    doc.ents = spans
    return [_key_of(res) for res in linker.resolve(doc)]


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
    assert _linked(linker, text, [(full, "COUNTRY"), ("Congo", "COUNTRY")]) == [country] * 2


def test_an_ambiguous_name_alone_is_the_knowledge_bases_first_entry(linker):
    assert _linked(linker, "Congo asked for help .", [("Congo", "COUNTRY")]) == ["kb:COD"]


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
