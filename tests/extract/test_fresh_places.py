"""Issue 18 (pairfresh_en): place constructions that fresh Wikinews text showed missing, on
hand-built parses (ClearNLP for English, UD for Dutch) and end to end in both languages:
a place and its container closed by a comma ("in Kenosha, Wisconsin, on Sunday"), a place
directly followed by its place phrase that the parser hung elsewhere ("residents of Makilala in
the province of Cotabato"), and a name the knowledge base holds for a country that the text
makes a territory of another country ("the United States commonwealth of Puerto Rico")."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.places import PlaceRelations
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import hand_resolver, relations


def _places(rows: str, names: list[tuple[int, int, str, str]], lang: str = "en"):
    """(PlaceRelations, context, {entity id: span}) of a hand-built parse."""
    resolver, doc = hand_resolver(rows, lang, names)
    places = PlaceRelations()
    places.scheme, places.grammar = (UD if lang == "nl" else CLEAR), load_grammar(lang)
    places.preps = places.grammar.prepositions
    return places, _Context(doc, resolver, {}), {e.kb_id_: e for e in resolver.ents}


# "shot in Kenosha , Wisconsin , on Sunday"
EN_CLOSED_PAIR = """
shot 0 ROOT VERB
in 0 prep ADP
Kenosha 1 pobj PROPN
, 2 punct PUNCT
Wisconsin 2 appos PROPN
, 2 punct PUNCT
on 0 prep ADP
Sunday 6 pobj PROPN
"""

# "visited Paris , Lyon , and Nice"
EN_LIST = """
visited 0 ROOT VERB
Paris 0 dobj PROPN
, 1 punct PUNCT
Lyon 1 conj PROPN
, 3 punct PUNCT
and 3 cc CCONJ
Nice 3 conj PROPN
"""

# "in Kenosha , Wisconsin , neergeschoten": UD makes the state a conjunct
NL_CLOSED_PAIR = """
in 1 case ADP
Kenosha 6 obl PROPN
, 3 punct PUNCT
Wisconsin 1 conj PROPN
, 6 punct PUNCT
werd 6 aux:pass AUX worden
neergeschoten 6 ROOT VERB neerschieten
"""


@pytest.mark.parametrize(
    "rows, lang, names, expected",
    [
        (EN_CLOSED_PAIR, "en", [(2, 3, "kenosha"), (4, 5, "wisconsin")], "wisconsin"),
        (NL_CLOSED_PAIR, "nl", [(1, 2, "kenosha"), (3, 4, "wisconsin")], "wisconsin"),
        (EN_LIST, "en", [(1, 2, "paris"), (3, 4, "lyon"), (6, 7, "nice")], None),
    ],
    ids=["en-closed", "nl-closed", "en-list"],
)
def test_a_comma_after_a_place_and_its_container_closes_the_pair(rows, lang, names, expected):
    _, ctx, ents = _places(rows, [(s, e, "LOCATION", kb) for s, e, kb in names], lang)
    first = ents[names[0][2]]
    assert PlaceRelations._comma_container(first, ctx) == expected


# "Residents of Makilala in the province of Cotabato fled": the phrase hangs on "Residents"
EN_PLACE_AFTER = """
Residents 8 nsubj NOUN
of 0 prep ADP
Makilala 1 pobj PROPN
in 0 prep ADP
the 5 det DET
province 3 pobj NOUN
of 5 prep ADP
Cotabato 6 pobj PROPN
fled 8 ROOT VERB
"""

# "He lived in Berlin in a small flat": no place after the place
EN_NO_PLACE_AFTER = """
He 1 nsubj PRON
lived 1 ROOT VERB
in 1 prep ADP
Berlin 2 pobj PROPN
in 1 prep ADP
a 7 det DET
small 7 amod ADJ
flat 4 pobj NOUN
"""


def test_a_place_directly_followed_by_a_place_phrase_lies_in_it():
    names = [(2, 3, "LOCATION", "makilala"), (7, 8, "LOCATION", "cotabato")]
    places, ctx, ents = _places(EN_PLACE_AFTER, names)
    found = places._place_right_after(ents["makilala"], ctx)
    assert [target for target, _ in found] == ["cotabato"]


def test_a_phrase_after_a_place_that_names_no_place_places_nothing():
    places, ctx, ents = _places(EN_NO_PLACE_AFTER, [(3, 4, "LOCATION", "berlin")])
    assert places._place_right_after(ents["berlin"], ctx) == []


# "hit the United States commonwealth of Puerto Rico"
EN_TERRITORY = """
hit 0 ROOT VERB
the 4 det DET
United 3 compound PROPN
States 4 compound PROPN
commonwealth 0 dobj NOUN
of 4 prep ADP
Puerto 7 compound PROPN
Rico 5 pobj PROPN
"""

# "het Britse gebiedsdeel Anguilla"
NL_TERRITORY = """
het 2 det DET
Britse 2 amod ADJ brits
gebiedsdeel 2 ROOT NOUN
Anguilla 2 appos PROPN
"""

# "the Gulf state of Qatar": a region's name is no country's word
EN_NO_TERRITORY = """
the 2 det DET
Gulf 2 compound PROPN
state 2 ROOT NOUN
of 2 prep ADP
Qatar 3 pobj PROPN
"""


@pytest.mark.parametrize(
    "rows, lang, names, expected",
    [
        (
            EN_TERRITORY,
            "en",
            [(2, 4, "COUNTRY", "USA"), (6, 8, "COUNTRY", "PRI")],
            [("PRI", "USA")],
        ),
        (
            NL_TERRITORY,
            "nl",
            [(1, 2, "COUNTRY", "GBR"), (3, 4, "COUNTRY", "AIA")],
            [("AIA", "GBR")],
        ),
        (
            EN_NO_TERRITORY,
            "en",
            [(1, 2, "LOCATION", "persian_gulf"), (4, 5, "COUNTRY", "QAT")],
            [],
        ),
    ],
    ids=["en-commonwealth", "nl-gebiedsdeel", "en-region-word"],
)
def test_a_country_by_name_made_a_territory_of_another(rows, lang, names, expected):
    places, ctx, ents = _places(rows, names, lang)
    found = [
        (r.source, r.target)
        for ent in ents.values()
        if ent.label_ == "COUNTRY"
        for r in places._territory_of(ent, ctx)
    ]
    assert found == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Police said a man was shot in Kenosha, Wisconsin, on Sunday.",
            ("Kenosha", "LOCATED_IN", "Wisconsin"),
        ),
        (
            "nl",
            "Volgens de politie werd zondag een man neergeschoten in Kenosha, Wisconsin, na een"
            " ruzie.",
            ("Kenosha", "LOCATED_IN", "Wisconsin"),
        ),
        (
            "en",
            "Gunmen attacked the town of Maiduguri in Nigeria on Tuesday.",
            ("Maiduguri", "LOCATED_IN", "Nigeria"),
        ),
        (
            "en",
            "A strong earthquake hit the United States commonwealth of Puerto Rico.",
            ("Puerto Rico", "LOCATED_IN", "United States"),
        ),
        (
            "nl",
            "Een zware aardbeving trof het Amerikaanse gemenebest Puerto Rico.",
            ("Puerto Rico", "LOCATED_IN", "United States"),
        ),
    ],
    ids=["en-closed-pair", "nl-closed-pair", "en-place-after", "en-territory", "nl-territory"],
)
@pytest.mark.model
def test_fresh_places_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Protesters gathered in Portland, Oregon, and Seattle, Washington, on Saturday."),
        ("nl", "Betogers kwamen zaterdag samen in Portland, Oregon, en Seattle, Washington."),
    ],
    ids=["en", "nl"],
)
@pytest.mark.model
def test_fresh_places_town_and_state_pairs_in_a_list(lang, text):
    """Each known town is in the state after it, though a list of such pairs goes on."""
    found = relations(text, lang)
    assert ("Portland", "LOCATED_IN", "Oregon") in found, sorted(found)
    assert ("Seattle", "LOCATED_IN", "Washington") in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Attorneys general from Maine, New York, New Jersey and Delaware sued."),
        (
            "nl",
            "Procureurs-generaal van Maine, New York, New Jersey en Delaware spanden een zaak aan.",
        ),
    ],
    ids=["en", "nl"],
)
@pytest.mark.model
def test_fresh_places_a_list_of_states_pairs_nothing(lang, text):
    found = relations(text, lang)
    assert not any(t == "LOCATED_IN" for _, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The band toured Paris, Lyon, and Nice last year."),
        ("nl", "De band speelde in Parijs, Lyon, en Nice."),
    ],
)
@pytest.mark.model
def test_fresh_places_a_list_of_places_stays_a_list(lang, text):
    found = relations(text, lang)
    assert not any(t == "LOCATED_IN" for _, t, _ in found), sorted(found)
