"""The name finder (newsgraph_names) on hand-tagged Dutch docs, with the shipped knowledge base
and lexicon, so a new tagger cannot quietly change what these tests check."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extract.components.names import NameFinder
from extract.kb import load_kb
from extract.lexicon import load_lexicon


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder("names", load_kb(), load_lexicon("nl"))


def tagged(words_and_tags: str) -> Doc:
    """A one-sentence Doc from 'word/POS' items."""
    words, pos = zip(*(item.rsplit("/", 1) for item in words_and_tags.split()))
    doc = Doc(spacy.blank("nl").vocab, words=list(words), pos=list(pos))
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc


def found(finder: NameFinder, doc: Doc) -> list[tuple[str, str]]:
    spans, _ = finder.find(doc)
    return [(span.text, span.label_) for span in spans]


def test_a_known_name_opening_a_sentence_counts_whatever_its_tag(finder: NameFinder):
    # the tagger called "Zelensky" an adverb; the knowledge base knows the name
    doc = tagged("Zelensky/ADV had/AUX maandag/NOUN een/DET ontmoeting/NOUN ./PUNCT")
    assert found(finder, doc) == [("Zelensky", "PERSON")]


def test_a_sentence_opener_that_is_no_known_name_stays_out(finder: NameFinder):
    doc = tagged("Ondertussen/ADV had/AUX Zelensky/PROPN een/DET ontmoeting/NOUN ./PUNCT")
    assert found(finder, doc) == [("Zelensky", "PERSON")]
