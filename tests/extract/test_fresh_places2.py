"""Issue 18 (pairfresh2_en): a place and its container closed by a comma before the clause's
own subject ("According to police in Baytown, Texas, Smith has ..."): the name after the comma
stands outside the place phrase, so the three are no list. Checked on hand-built parses and end
to end on sentences of our own in both languages."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.places import PlaceRelations
from tests.extract.extraction_helpers import hand_resolver, relations, typed

# "According to police in Elmford , Ostland , Smith has been fined": Smith the subject
EN_PAIR_BEFORE_SUBJECT = """
According 10 prep VERB
to 0 prep ADP
police 1 pobj NOUN
in 2 prep ADP
Elmford 3 pobj PROPN
, 4 punct PUNCT
Ostland 4 appos PROPN
, 4 punct PUNCT
Smith 10 nsubjpass PROPN
has 10 aux AUX
fined 10 ROOT VERB
"""

# "visited Elmford , Ostland , Brightwater": the parser hangs the third name on the first
EN_THREE_LISTED = """
visited 0 ROOT VERB
Elmford 0 dobj PROPN
, 1 punct PUNCT
Ostland 1 conj PROPN
, 1 punct PUNCT
Brightwater 1 conj PROPN
"""


@pytest.mark.parametrize(
    "rows, names, expected",
    [
        (
            EN_PAIR_BEFORE_SUBJECT,
            [
                (4, 5, "LOCATION", "elmford"),
                (6, 7, "LOCATION", "ostland"),
                (8, 9, "PERSON", "smith"),
            ],
            "ostland",
        ),
        (
            EN_THREE_LISTED,
            [
                (1, 2, "LOCATION", "elmford"),
                (3, 4, "LOCATION", "ostland"),
                (5, 6, "LOCATION", "bw"),
            ],
            None,
        ),
    ],
    ids=["subject-after-pair", "list-of-three"],
)
def test_a_name_outside_the_place_phrase_closes_the_pair(rows, names, expected):
    resolver, doc = hand_resolver(rows, "en", names)
    ctx = _Context(doc, resolver, {})
    first = next(e for e in resolver.ents if e.kb_id_ == "elmford")
    assert PlaceRelations._comma_container(first, ctx) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "According to police in Baytown, Texas, Joe Biden has been fined twice."),
        ("nl", "Volgens de politie in Baytown, Texas, is Joe Biden twee keer beboet."),
    ],
    ids=["en", "nl"],
)
@pytest.mark.model
def test_fresh_places2_end_to_end(lang, text):
    assert ("Baytown", "LOCATED_IN", "Texas") in relations(text, lang)


@pytest.mark.model
def test_fresh_places2_a_list_of_towns_stays_a_list():
    """Three towns with commas are items of one list: none lies in another."""
    found = relations("The storm hit Baytown, Elmwood, Jonesville and Pasadena.", "en")
    assert not any(kind == "LOCATED_IN" for _, kind, _ in found), sorted(found)


def _places(rows: str, names: list[tuple[int, int, str, str]], lang: str):
    """(PlaceRelations, context, {entity id: span}) of a hand-built parse."""
    from extract.grammar.argument_words import load_grammar
    from extract.grammar.syntax import CLEAR, UD

    resolver, doc = hand_resolver(rows, lang, names)
    places = PlaceRelations()
    places.scheme, places.grammar = (UD if lang == "nl" else CLEAR), load_grammar(lang)
    places.preps = places.grammar.prepositions
    return places, _Context(doc, resolver, {}), {e.kb_id_: e for e in resolver.ents}


# "Ostland 's parliament , the Grand Council , was suspended"
EN_DESCRIBED_BODY = """
Ostland 2 poss PROPN
's 0 case PART
{noun} 9 nsubjpass NOUN
, 2 punct PUNCT
the 6 det DET
Grand 6 compound PROPN
Council 2 appos PROPN
, 2 punct PUNCT
was 9 auxpass AUX
suspended 9 ROOT VERB
"""

# "het parlement van Ostland , de Grote Raad , werd geschorst"
NL_DESCRIBED_BODY = """
het 1 det DET
parlement 10 nsubj:pass NOUN
van 3 case ADP
Ostland 1 nmod PROPN
, 7 punct PUNCT
de 7 det DET
Grote 7 amod ADJ
Raad 1 appos PROPN
, 7 punct PUNCT
werd 10 aux:pass AUX worden
geschorst 10 ROOT VERB schorsen
"""


@pytest.mark.parametrize(
    "rows, lang, names, expected",
    [
        (
            EN_DESCRIBED_BODY.format(noun="parliament"),
            "en",
            [(0, 1, "COUNTRY", "ostland"), (5, 7, "ORG", "grand_council")],
            ["ostland"],
        ),
        (
            EN_DESCRIBED_BODY.format(noun="rival"),
            "en",
            [(0, 1, "COUNTRY", "ostland"), (5, 7, "ORG", "grand_council")],
            [],
        ),
        (
            NL_DESCRIBED_BODY,
            "nl",
            [(3, 4, "COUNTRY", "ostland"), (6, 8, "ORG", "grand_council")],
            ["ostland"],
        ),
    ],
    ids=["en-parliament", "en-rival-no-body", "nl-parlement"],
)
def test_a_body_named_beside_its_description_is_of_the_descriptions_country(
    rows, lang, names, expected
):
    places, ctx, ents = _places(rows, names, lang)
    found = places._owning_country(ents["grand_council"], ctx)
    assert [target for target, _ in found] == expected


@pytest.mark.model
def test_fresh_places2_a_described_body_end_to_end():
    found = relations(
        "Tonga's parliament, the Legislative Assembly, was suspended on Monday.", "en"
    )
    assert ("Legislative Assembly", "LOCATED_IN", "Tonga") in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, place, expected",
    [
        (
            "en",
            "Senator from Vermont Bernie Sanders criticized Joe Biden on Monday.",
            "Vermont",
            True,
        ),
        ("en", "Governor of Texas Greg Abbott criticized Joe Biden on Monday.", "Texas", True),
        (
            "nl",
            "Senator voor Vermont Bernie Sanders bekritiseerde maandag Joe Biden.",
            "Vermont",
            False,
        ),
    ],
    ids=["en-from", "en-of", "nl-voor-left-out"],
)
@pytest.mark.model
def test_fresh_places2_a_title_from_a_place_is_held_for_it(lang, text, place, expected):
    """'Senator from X' gives ROLE to the place it represents, as 'Governor of X' does; the
    Dutch table marks no such preposition ('senator voor Vermont', left out by the Dutch gold)."""
    found = typed(text, lang)
    roles = {t for s, kind, t in found if kind == "ROLE"}
    assert (place in roles) is expected, sorted(found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Joe Biden won the primary election on Saturday. Bernie Sanders earned 9 delegates.",
            True,
        ),
        ("Joe Biden won the primary election on Saturday. Bernie Sanders earned praise.", False),
    ],
    ids=["delegates", "no-delegates"],
)
@pytest.mark.model
def test_fresh_places2_winning_delegates_takes_part_in_the_election(text, expected):
    """Delegates won, earned or secured (eventroles.en.tsv) tell a candidate of the election, as
    seats won do."""
    found = typed(text, "en", participants=True)
    assert (("Bernie Sanders", "PARTICIPANT", "election") in found) is expected, sorted(found)
