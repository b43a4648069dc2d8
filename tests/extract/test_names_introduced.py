"""One real-world entity, one node (issue 19): a second name the text introduces for a name
("Jane Doe, known professionally as Jaybird", "beter bekend als"), the sentence's adverb the
model takes into a name before its article ("Later the Emergencies Ministry"), and the word
alone for a chamber ("the House", "het Huis"), which is no name that merely ends in it ("the
White House"). Unit tests on hand-built spans, end-to-end tests on our own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.extract.test_names_glosses import nodes_of
from tests.extract.test_names_organisations import finders, found, tagged

__all__ = ["finders"]

# --- the sentence's adverb before the article ------------------------------------------------


def test_the_sentences_adverb_before_an_article_is_no_part_of_the_name(finders):
    doc = tagged(
        "Later/ADV the/DET Kaldon/PROPN Emergencies/PROPN Ministry/PROPN said/VERB "
        "it/PRON would/AUX look/VERB ./PUNCT",
        "en",
    )
    doc.ents = [Span(doc, 0, 5, label="ORG")]
    assert found(finders["en"], doc) == [("Kaldon Emergencies Ministry", "ORG")]


# --- the House is no White House -------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, house, white_house",
    [
        (
            "en",
            "The White House did not respond. Kaldor is the third judge the House has "
            "impeached. The House voted on Wednesday.",
            "House",
            "White House",
        ),
        (
            "nl",
            "Het Witte Huis reageerde niet. Kaldor is de derde rechter tegen wie het Huis een "
            "afzettingsprocedure begint. Het Huis stemde woensdag.",
            "Huis",
            "White House",
        ),
    ],
)
def test_the_chamber_word_alone_is_no_white_house(lang, text, house, white_house):
    nodes = nodes_of(text, lang)
    assert house in nodes
    assert house not in nodes[white_house]
