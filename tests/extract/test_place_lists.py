"""Lists and chains of places (issue 17 items 5 and 10): every item of a list gets the place it
lies in, and no item gets another item's place. A chain of containers ("Kenosha, Wisconsin, United
States"), a list before a comma and its country ("Mosul and Kirkuk, Iraq"), and lists whose items
each have a place phrase of their own (extract/components/relations/places.py). Hand-built parses,
then end to end in both languages."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.places import PlaceRelations
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import hand_resolver, relations


def _places(lang: str, rows: str, names: list[tuple[int, int, str, str]]):
    """A PlaceRelations for ``lang``, the resolver of the hand-built parse ``rows`` with
    ``names`` (start, end, label, entity id), and its context."""
    resolver, doc = hand_resolver(rows, lang, names)
    places = PlaceRelations()
    places.scheme, places.grammar = (UD if lang == "nl" else CLEAR), load_grammar(lang)
    places.preps = places.grammar.prepositions
    return places, resolver, _Context(doc, resolver, {})


def _pairs(relations_found) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in relations_found}


# "in Kenosha, Wisconsin, United States on Tuesday": a chain of containers (the parse, as
# ClearNLP makes it, coordinates the three; the chain is read by word order)
EN_CHAIN = """
in 0 ROOT ADP
Kenosha 0 pobj PROPN
, 1 punct PUNCT
Wisconsin 1 conj PROPN
, 3 punct PUNCT
United 6 compound PROPN
States 3 conj PROPN
on 0 prep ADP
Tuesday 7 pobj PROPN
"""
CHAIN_NAMES = [
    (1, 2, "LOCATION", "kenosha"),
    (3, 4, "LOCATION", "wisconsin"),
    (5, 7, "COUNTRY", "USA"),
]

# "in Paris, Lyon, Marseille": a list without a coordinator, no country at its end
EN_CITIES = """
in 0 ROOT ADP
Paris 0 pobj PROPN
, 1 punct PUNCT
Lyon 1 conj PROPN
, 3 punct PUNCT
Marseille 3 conj PROPN
"""


def _comma_containers(lang, rows, names) -> set[tuple[str, str]]:
    places, resolver, ctx = _places(lang, rows, names)
    return {
        (ent.kb_id_, found)
        for ent in resolver.ents
        if (found := places._comma_container(ent, ctx)) is not None
    }


def test_place_lists_a_chain_of_containers_places_each_in_the_next():
    assert _comma_containers("en", EN_CHAIN, CHAIN_NAMES) == {
        ("kenosha", "wisconsin"),
        ("wisconsin", "USA"),
    }


def test_place_lists_a_list_of_cities_is_no_chain():
    names = [(1, 2, "LOCATION", "paris"), (3, 4, "LOCATION", "lyon"), (5, 6, "LOCATION", "mrs")]
    assert _comma_containers("en", EN_CITIES, names) == set()


def test_place_lists_a_chain_ends_in_a_wider_place_that_is_no_country():
    # "in Winchester, Hampshire, England": England (no country in the knowledge base) holds the
    # county it does not know
    rows = EN_CHAIN.replace("United 6 compound PROPN\nStates 3 conj PROPN", "England 3 conj PROPN")
    rows = rows.replace(
        "on 0 prep ADP\nTuesday 7 pobj PROPN", "on 0 prep ADP\nTuesday 6 pobj PROPN"
    )
    names = [
        (1, 2, "LOCATION", "winchester"),
        (3, 4, "LOCATION", "hampshire"),
        (5, 6, "LOCATION", "kb:england"),
    ]
    assert _comma_containers("en", rows, names) == {
        ("winchester", "hampshire"),
        ("hampshire", "kb:england"),
    }


def test_place_lists_known_cities_in_a_row_are_no_chain():
    # "in Paris, Lyon, Marseille", all three known: the last holds neither
    names = [
        (1, 2, "LOCATION", "kb:paris"),
        (3, 4, "LOCATION", "kb:lyon"),
        (5, 6, "LOCATION", "kb:mrs"),
    ]
    assert _comma_containers("en", EN_CITIES, names) == set()


def test_place_lists_a_bracketed_short_name_stays_in_the_chain():
    # "in Kamloops, British Columbia (B.C.), Canada on Sunday"
    rows = """
in 0 ROOT ADP
Kamloops 0 pobj PROPN
, 1 punct PUNCT
British 4 compound PROPN
Columbia 1 conj PROPN
( 6 punct PUNCT
B.C. 4 appos PROPN
) 4 punct PUNCT
, 4 punct PUNCT
Canada 4 conj PROPN
on 0 prep ADP
Sunday 10 pobj PROPN
"""
    names = [
        (1, 2, "LOCATION", "kamloops"),
        (3, 5, "LOCATION", "british_columbia"),
        (6, 7, "LOCATION", "british_columbia"),
        (9, 10, "COUNTRY", "CAN"),
    ]
    assert ("british_columbia", "CAN") in _comma_containers("en", rows, names)


def test_place_lists_a_chain_that_goes_on_after_its_country_is_a_list():
    # "in Kenosha, Wisconsin, United States and Canada": the country is one more item
    rows = EN_CHAIN.replace(
        "on 0 prep ADP\nTuesday 7 pobj PROPN", "and 6 cc CCONJ\nCanada 6 conj PROPN"
    )
    names = [*CHAIN_NAMES, (8, 9, "COUNTRY", "CAN")]
    assert _comma_containers("en", rows, names) == set()


# "Mosul en Kirkuk, Irak": a list, a comma, and the country its items lie in
NL_LISTED = """
in 1 case ADP
Mosul 1 ROOT PROPN
en 3 cc CCONJ
Kirkuk 1 conj PROPN
, 5 punct PUNCT
Irak 1 appos PROPN
"""
NL_LISTED_NAMES = [
    (1, 2, "LOCATION", "mosul"),
    (3, 4, "LOCATION", "kirkuk"),
    (5, 6, "COUNTRY", "IRQ"),
]


def _list_containers(lang, rows, names) -> set[tuple[str, str]]:
    places, resolver, ctx = _places(lang, rows, names)
    return {
        (ent.kb_id_, found[0])
        for ent in resolver.ents
        if (found := places._list_container(ent, ctx)) is not None
    }


def test_place_lists_a_country_after_a_list_places_its_first_items():
    # the last item, right before the comma, is read by _comma_container
    assert _list_containers("nl", NL_LISTED, NL_LISTED_NAMES) == {("mosul", "IRQ")}
    places, resolver, ctx = _places("nl", NL_LISTED, NL_LISTED_NAMES)
    kirkuk = resolver.ents[1]
    assert places._comma_container(kirkuk, ctx) == "IRQ"


def test_place_lists_a_city_after_a_list_is_one_more_item():
    # "Mosul en Kirkuk, Basra": no country closes the list
    names = [*NL_LISTED_NAMES[:2], (5, 6, "LOCATION", "basra")]
    assert _list_containers("nl", NL_LISTED, names) == set()


def test_place_lists_a_list_of_countries_has_no_container():
    # "Irak en Syrië, Iran": countries are no parts of a country
    names = [(1, 2, "COUNTRY", "IRQ"), (3, 4, "COUNTRY", "SYR"), (5, 6, "COUNTRY", "IRN")]
    assert _list_containers("nl", NL_LISTED, names) == set()


# "fighting in Kharkiv in Ukraine and Belgorod in Russia": each city has its own phrase; the
# second city hung on the first, its phrase right after it
EN_EACH_OWN = """
fighting 0 ROOT NOUN
in 0 prep ADP
Kharkiv 1 pobj PROPN
in 2 prep ADP
Ukraine 3 pobj PROPN
and 2 cc CCONJ
Belgorod 2 conj PROPN
in 2 prep ADP
Russia 7 pobj PROPN
"""


def test_place_lists_each_item_with_its_own_place_keeps_it():
    names = [
        (2, 3, "LOCATION", "kharkiv"),
        (4, 5, "COUNTRY", "UKR"),
        (6, 7, "LOCATION", "belgorod"),
        (8, 9, "COUNTRY", "RUS"),
    ]
    places, resolver, ctx = _places("en", EN_EACH_OWN, names)
    shared = _pairs(
        r for ent in resolver.ents for r in places._shared_place_phrases(ent, ent.root, ctx)
    )
    assert ("kharkiv", "RUS") not in shared


# "de gevechten in Charkiv in Oekraïne en Belgorod": two phrases in a row on the noun, the
# second city coordinated with the country of the first (as the Dutch model parses it)
NL_MIXED = """
gevechten 0 ROOT NOUN
in 2 case ADP
Charkiv 0 nmod PROPN
in 4 case ADP
Oekraïne 0 nmod PROPN
en 6 cc CCONJ
Belgorod 4 conj PROPN
"""


def test_place_lists_a_city_listed_with_a_country_is_no_part_of_the_place_before():
    names = [
        (2, 3, "LOCATION", "kharkiv"),
        (4, 5, "COUNTRY", "UKR"),
        (6, 7, "LOCATION", "belgorod"),
    ]
    places, _, ctx = _places("nl", NL_MIXED, names)
    found = _pairs(places._chained_places(ctx))
    assert ("belgorod", "kharkiv") not in found
    assert ("kharkiv", "UKR") in found


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "A gunman opened fire in Kenosha, Wisconsin, United States on Tuesday night.",
            {("Kenosha", "Wisconsin"), ("Wisconsin", "United States")},
        ),
        (
            "nl",
            "Een schutter opende dinsdagavond het vuur in Kenosha, Wisconsin, Verenigde Staten.",
            {("Kenosha", "Wisconsin"), ("Wisconsin", "United States")},
        ),
        (
            "en",
            "Heavy rain flooded streets in Mosul and Kirkuk, Iraq on Monday.",
            {("Mosul", "Iraq"), ("Kirkuk", "Iraq")},
        ),
        (
            "nl",
            "Zware regen zette maandag straten onder water in Beni, Butembo en Mangina, Congo.",
            {
                ("Beni", "Congo - Kinshasa"),
                ("Butembo", "Congo - Kinshasa"),
                ("Mangina", "Congo - Kinshasa"),
            },
        ),
    ],
    ids=["en-chain", "nl-chain", "en-list", "nl-list"],
)
@pytest.mark.model
def test_place_lists_end_to_end(lang, text, expected):
    found = {(s, t) for s, kind, t in relations(text, lang) if kind == "LOCATED_IN"}
    assert expected <= found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The fighting in Kharkiv in Ukraine and Belgorod in Russia went on for days."),
        ("nl", "De gevechten in Charkiv in Oekraïne en Belgorod in Rusland gingen dagen door."),
        ("en", "The minister visited Paris, London and Berlin last week."),
    ],
    ids=["en-own", "nl-own", "en-cities"],
)
@pytest.mark.model
def test_place_lists_no_item_takes_another_items_place(lang, text):
    found = {(s, t) for s, kind, t in relations(text, lang) if kind == "LOCATED_IN"}
    assert ("Kharkiv", "Russia") not in found and ("Belgorod", "Kharkiv") not in found
    assert not any(s in ("Paris", "London") for s, _ in found), sorted(found)
