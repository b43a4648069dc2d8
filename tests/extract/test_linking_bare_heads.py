"""A place's or an outlet's short name after "the"/"de" is the one longer name the document gave
it before (issue 19): "the Channel" after "the English Channel", "the Post" after "the New York
Post". Hand-built documents (names and types given), so the linker alone is tested."""

from __future__ import annotations

import pytest

from extract.components.linking import EntityLinker
from extract.kb import load_kb
from tests.extract.extraction_helpers import resolved_keys


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    return EntityLinker("linker", load_kb())


@pytest.mark.parametrize(
    "lang, text, names",
    [
        (
            "en",
            "Rowers crossed the Zaldor Channel in May . The Channel was rough .",
            [("Zaldor Channel", "LOCATION"), ("Channel", "ORG")],
        ),
        (
            "en",
            "Tankers left the Strait of Varnok on Monday . The Strait was calm .",
            [("Strait of Varnok", "LOCATION"), ("Strait", "LOCATION")],
        ),
        (
            "nl",
            "Schepen voeren de Varnokse Golf binnen . In de Golf lag een tanker .",
            [("Varnokse Golf", "LOCATION"), ("Golf", "LOCATION")],
        ),
        (
            "nl",
            "Tankers verlieten maandag de Straat van Varnok . De Straat was rustig .",
            [("Straat van Varnok", "LOCATION"), ("Straat", "ORG")],
        ),
    ],
)
def test_a_place_head_alone_after_the_is_the_place_named_before(linker, lang, text, names):
    long, short = resolved_keys(linker, text, names, lang)
    assert short == long
    assert long.startswith("location:")


def test_a_place_head_alone_after_two_places_of_that_head_stays_apart(linker):
    found = resolved_keys(
        linker,
        "Ferries cross the Varnok Sea and the Zaldor Sea . The Sea was calm .",
        [("Varnok Sea", "LOCATION"), ("Zaldor Sea", "LOCATION"), ("Sea", "LOCATION")],
    )
    assert found[2] not in found[:2]


def test_a_place_head_alone_before_the_place_is_named_stays_apart(linker):
    found = resolved_keys(
        linker,
        "The Channel was rough . Rowers crossed the Zaldor Channel in May .",
        [("Channel", "ORG"), ("Zaldor Channel", "LOCATION")],
    )
    assert found[0] != found[1]


def test_a_place_head_without_the_stays_apart(linker):
    found = resolved_keys(
        linker,
        "Rowers crossed the Zaldor Channel in May . Channel Nine filmed it .",
        [("Zaldor Channel", "LOCATION"), ("Channel", "ORG")],
    )
    assert found[0] != found[1]


def test_an_outlets_short_name_is_the_one_named_before_it(linker):
    found = resolved_keys(
        linker,
        "The Zaldor Post broke the story . According to the Post , it was true . The Varnok Post "
        "disagreed . The Post stood by it .",
        [("Zaldor Post", "ORG"), ("Post", "ORG"), ("Varnok Post", "ORG"), ("Post", "ORG")],
    )
    assert found[1] == found[0] == found[3]
    assert found[2] != found[0]


def test_an_outlets_short_name_after_two_outlets_named_before_it_stays_apart(linker):
    found = resolved_keys(
        linker,
        "The Zaldor Post and the Varnok Post broke the story . According to the Post , it was "
        "true .",
        [("Zaldor Post", "ORG"), ("Varnok Post", "ORG"), ("Post", "ORG")],
    )
    assert found[2] not in found[:2]


def test_an_outlets_short_name_written_before_the_longer_names_stays_apart(linker):
    # "the Constitution Party" before "the Constitution Party of Idaho": a name of its own
    found = resolved_keys(
        linker,
        "The Herald broke the story . The Zaldor Herald followed . The Herald stood by it . The "
        "Varnok Herald disagreed .",
        [("Herald", "ORG"), ("Zaldor Herald", "ORG"), ("Herald", "ORG"), ("Varnok Herald", "ORG")],
    )
    assert found[0] == found[2]
    assert found[0] not in (found[1], found[3])
