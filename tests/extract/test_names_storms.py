"""A named storm is an event, no person, organisation or place (issue 19): "Hurricane Lorenzo"
and "Storm Lorenzo" were two nodes of two types for one storm, and "Lorenzo" alone a person.
Finder tests on hand-tagged Docs; end-to-end tests on our own sentences with the shipped models."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.extract.test_names_organisations import finders, found, names_of, tagged

__all__ = ["finders"]  # the fixture, shared with the organisation tests


@pytest.mark.parametrize(
    "lang, words, ents, kept",
    [
        # the class word inside the span, and the name alone in the next sentence
        (
            "en",
            "Hurricane/PROPN Zelda/PROPN hit/VERB Kaldonia/PROPN as/ADP a/DET "
            "hurricane/NOUN ./PUNCT Zelda/PROPN weakened/VERB ./PUNCT",
            [(0, 2, "ORG"), (3, 4, "GPE"), (8, 9, "PERSON")],
            [("Kaldonia", "LOCATION")],
        ),
        # two class words ("Tropical Storm"), the storm typed a person
        (
            "en",
            "Tropical/PROPN Storm/PROPN Zelda/PROPN reached/VERB Kaldonia/PROPN ./PUNCT "
            "The/DET storm/NOUN passed/VERB ./PUNCT",
            [(0, 3, "PERSON"), (4, 5, "GPE")],
            [("Kaldonia", "LOCATION")],
        ),
        # Dutch writes the class word in lower case, outside the name
        (
            "nl",
            "De/DET orkaan/NOUN Zelda/PROPN trof/VERB Kaldonië/PROPN ./PUNCT "
            "Zelda/PROPN verzwakte/VERB ./PUNCT",
            [(2, 3, "PER"), (4, 5, "LOC"), (6, 7, "PER")],
            [("Kaldonië", "LOCATION")],
        ),
    ],
)
def test_names_a_named_storm_and_its_name_alone_are_no_entity(finders, lang, words, ents, kept):
    doc = tagged(words, lang, starts=(words.split().index("./PUNCT") + 1,))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert found(finders[lang], doc) == kept


@pytest.mark.parametrize(
    "lang, words, ents, kept",
    [
        # a person whose first name is a class word, in a story about no storm
        (
            "en",
            "Storm/PROPN Zelda/PROPN said/VERB so/ADV ./PUNCT Zelda/PROPN smiled/VERB ./PUNCT",
            [(0, 2, "PERSON"), (5, 6, "PERSON")],
            [("Storm Zelda", "PERSON"), ("Zelda", "PERSON")],
        ),
        # a storm of another kind a person faced, named in full before: the person stays
        (
            "en",
            "Teodor/PROPN Zelda/PROPN resigned/VERB ./PUNCT The/DET storm/NOUN Zelda/PROPN "
            "faced/VERB grew/VERB ./PUNCT",
            [(0, 2, "PERSON"), (6, 7, "PERSON")],
            [("Teodor Zelda", "PERSON"), ("Zelda", "PERSON")],
        ),
        # a class word inside an organisation's name: no storm
        (
            "en",
            "the/DET National/PROPN Hurricane/PROPN Center/PROPN tracked/VERB the/DET "
            "hurricane/NOUN ./PUNCT",
            [(1, 4, "ORG")],
            [("National Hurricane Center", "ORG")],
        ),
    ],
)
def test_names_a_class_word_that_names_no_storm_keeps_the_name(finders, lang, words, ents, kept):
    doc = tagged(words, lang, starts=(words.split().index("./PUNCT") + 1,))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert found(finders[lang], doc) == kept


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, gone, kept",
    [
        (
            "en",
            "Hurricane Zelda struck the Azores on Monday. Forecasters said Zelda would weaken to "
            "a tropical storm before it reached Ireland. Storm Zelda will bring high waves.",
            "zelda",
            ("Ireland", "COUNTRY"),
        ),
        (
            "nl",
            "Orkaan Zelda trof maandag de Azoren. Volgens meteorologen verzwakt Zelda tot een "
            "tropische storm voordat zij Ierland bereikt. Storm Zelda brengt hoge golven.",
            "zelda",
            ("Ireland", "COUNTRY"),  # the knowledge base's label
        ),
    ],
)
def test_names_a_named_storm_is_no_node_end_to_end(lang, text, gone, kept):
    names = names_of(text, lang)
    assert kept in names
    assert not [label for label, _ in names if gone in label.lower()]


@pytest.mark.model
def test_names_a_person_called_storm_stays_end_to_end():
    names = names_of("Storm Vellacott won the award. Vellacott thanked her family.", "en")
    assert ("Storm Vellacott", "PERSON") in names
