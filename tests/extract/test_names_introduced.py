"""One real-world entity, one node (issue 19): a second name the text introduces for a name
("Jane Doe, known professionally as Jaybird", "beter bekend als"), the sentence's adverb the
model takes into a name before its article ("Later the Emergencies Ministry"), and the word
alone for a chamber ("the House", "het Huis"), which is no name that merely ends in it ("the
White House"). Unit tests on hand-built spans, end-to-end tests on our own sentences."""

from __future__ import annotations

from spacy.tokens import Span

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
