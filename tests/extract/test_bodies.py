"""A country's parliament named by its noun ("parliament", "het Britse parlement") stands for the
body of the country the text means, and for none where that country is not clear."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract.components.bodies import NationalBodies
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, records_of


@pytest.fixture(scope="module")
def bodies_en() -> NationalBodies:
    return NationalBodies("bodies", load_kb(), load_lexicon("en"))


@pytest.fixture(scope="module")
def bodies_nl() -> NationalBodies:
    return NationalBodies("bodies", load_kb(), load_lexicon("nl"))


def _ents(doc):
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_bare_parliament_in_a_story_about_one_country(bodies_en):
    doc = parse(
        """
        Britain 1 nsubj PROPN
        suspended 1 ROOT VERB suspend
        parliament 1 dobj NOUN
        and 1 cc CCONJ
        Britain 5 nsubj PROPN
        left 1 conj VERB leave
        """
    )
    doc.ents = [Span(doc, 0, 1, label="COUNTRY"), Span(doc, 4, 5, label="COUNTRY")]
    assert ("parliament", "ORG", "parliament_gbr") in _ents(bodies_en(doc))


def test_no_parliament_where_no_country_leads(bodies_en):
    doc = parse(
        """
        Britain 1 nsubj PROPN
        asked 1 ROOT VERB ask
        France 1 dobj PROPN
        about 1 prep ADP
        the 5 det DET
        parliament 3 pobj NOUN
        """
    )
    doc.ents = [Span(doc, 0, 1, label="COUNTRY"), Span(doc, 2, 3, label="COUNTRY")]
    assert [e.text for e in bodies_en(doc).ents] == ["Britain", "France"]


def test_a_possessed_parliament_is_left_alone(bodies_en):
    doc = parse(
        """
        Britain 1 nsubj PROPN
        praised 1 ROOT VERB praise
        its 3 poss PRON
        parliament 1 dobj NOUN
        in 1 prep ADP
        Britain 4 pobj PROPN
        """
    )
    doc.ents = [Span(doc, 0, 1, label="COUNTRY"), Span(doc, 5, 6, label="COUNTRY")]
    assert "parliament" not in [e.text for e in bodies_en(doc).ents]


def test_dutch_adjective_names_the_country(bodies_nl):
    doc = parse(
        """
        Het 2 det DET het
        Britse 2 amod ADJ brits
        parlement 3 nsubj NOUN parlement
        vergaderde 3 ROOT VERB vergaderen
        """,
        lang="nl",
    )
    doc.ents = [Span(doc, 1, 3, label="ORG")]
    assert _ents(bodies_nl(doc)) == [("Britse parlement", "ORG", "parliament_gbr")]


def test_dutch_bare_parlement_without_a_country_is_no_name(bodies_nl):
    doc = parse(
        """
        Het 1 det DET het
        parlement 2 nsubj NOUN parlement
        vergaderde 2 ROOT VERB vergaderen
        """,
        lang="nl",
    )
    assert list(bodies_nl(doc).ents) == []


def _labels(text: str, lang: str) -> set[str]:
    return {e["label"] for e in records_of(text, lang)["entities"]}


def test_end_to_end_english():
    text = (
        "Britain's prime minister wants to close parliament for a month. "
        "Critics in Britain called the plan a scandal."
    )
    assert "Parliament of the United Kingdom" in _labels(text, "en")
    assert "Parliament of the United Kingdom" not in _labels("The parliament met today.", "en")


def test_end_to_end_dutch():
    text = (
        "De Britse premier wil het parlement een maand sluiten. "
        "Critici in Groot-Brittannië zijn boos."
    )
    assert "Parliament of the United Kingdom" in _labels(text, "nl")
    assert "Parliament of the United Kingdom" not in _labels("Het parlement vergaderde.", "nl")
