"""A capital standing for its government is the country; where it is the place it stays a place.

The slot test runs on hand-built parses (Dutch UD, English ClearNLP), so a new model cannot
quietly change what it checks; the end-to-end cases check what a user sees in the graph.
"""

from __future__ import annotations

import pytest

from extract.grammar.argument_words import load_grammar
from extract.grammar.metonyms import government_of, in_actor_slot
from extract.grammar.syntax import CLEAR, UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, records_of, relations


@pytest.mark.parametrize(
    "entity_id, government",
    [
        ("kb:athens_grc", ("GRC", "COUNTRY")),
        ("kb:washington", ("USA", "COUNTRY")),
        ("kb:the_hague", ("NLD", "COUNTRY")),  # the seat of government, not the capital
        ("kb:brussels", ("european_union", "ORG")),
    ],
)
def test_metonyms_capital_stands_for_its_government(entity_id, government):
    entry = government_of(load_kb(), entity_id)
    assert (entry.key, entry.type) == government


@pytest.mark.parametrize(
    "entity_id",
    [
        "kb:amsterdam",  # the capital, but news names the Dutch government "Den Haag"
        "kb:rotterdam",  # no capital
        "kb:GRC",  # the country itself
        "person:jan-jansen",  # not in the knowledge base
    ],
)
def test_metonyms_other_places_stand_for_no_government(entity_id):
    assert government_of(load_kb(), entity_id) is None


def _slots(rows: str, lang: str) -> dict[str, bool]:
    """Each proper noun of the parse -> whether it fills an actor's slot."""
    doc = parse(rows)
    scheme = UD if lang == "nl" else CLEAR
    lexicon, preps = load_lexicon(lang), load_grammar(lang).prepositions
    return {t.text: in_actor_slot(t, scheme, lexicon, preps) for t in doc if t.pos_ == "PROPN"}


EN_WARNED = """
Beijing 1 nsubj PROPN
warned 1 ROOT VERB warn
Tokyo 1 dobj PROPN
. 1 punct PUNCT
"""

EN_REJECTED = """
Moscow 1 nsubj PROPN
rejected 1 ROOT VERB reject
the 3 det DET
proposal 1 dobj NOUN
. 1 punct PUNCT
"""

EN_ATTACKED = """
Russia 1 nsubj PROPN
attacked 1 ROOT VERB attack
Kyiv 1 dobj PROPN
. 1 punct PUNCT
"""

EN_EMBASSY = """
The 1 det DET
embassy 4 nsubjpass NOUN
in 1 prep ADP
Washington 2 pobj PROPN
was 4 auxpass AUX be
closed 4 ROOT VERB close
. 4 punct PUNCT
"""

EN_INVASION_CONDEMNED = """
Moscow 2 poss PROPN
's 0 case PART
invasion 4 nsubjpass NOUN
was 4 auxpass AUX be
condemned 4 ROOT VERB condemn
by 4 agent ADP
Berlin 5 pobj PROPN
. 4 punct PUNCT
"""

EN_CITY = """
Washington 1 nsubj PROPN
is 1 ROOT AUX be
a 3 det DET
city 1 attr NOUN
. 1 punct PUNCT
"""

NL_THREATENED = """
Washington 1 nsubj PROPN
dreigde 1 ROOT VERB dreigen
Peking 1 obj PROPN
met 5 case ADP
heffingen 1 obl NOUN
. 1 punct PUNCT
"""

NL_AGREED = """
Er 1 advmod ADV
werd 6 aux:pass AUX worden
door 3 case ADP
Kiev 6 obl:agent PROPN
met 5 case ADP
Warschau 6 obl PROPN
afgesproken 6 ROOT VERB afspreken
. 6 punct PUNCT
"""

NL_EMBASSY = """
De 1 det DET
ambassade 4 nsubj NOUN
in 3 case ADP
Washington 1 nmod PROPN
bleef 4 ROOT VERB blijven
dicht 4 xcomp ADJ
. 4 punct PUNCT
"""

NL_SHELLED = """
Rusland 1 nsubj PROPN
beschoot 1 ROOT VERB beschieten
Charkiv 1 obj PROPN
. 1 punct PUNCT
"""

EN_SANCTIONS = """
Brussels 1 nsubj PROPN
imposed 1 ROOT VERB impose
sanctions 1 dobj NOUN sanction
on 2 prep ADP
Moscow 3 pobj PROPN
. 1 punct PUNCT
"""

EN_ATTACK_ON = """
Russia 1 nsubj PROPN
launched 1 ROOT VERB launch
an 3 det DET
attack 1 dobj NOUN attack
on 3 prep ADP
Kyiv 4 pobj PROPN
. 1 punct PUNCT
"""

NL_SANCTIONS = """
Brussel 1 nsubj PROPN
kondigde 1 ROOT VERB aankondigen
sancties 1 obj NOUN sanctie
tegen 4 case ADP
Moskou 2 nmod PROPN
aan 1 compound:prt ADP
. 1 punct PUNCT
"""

# a verb of knowing or wanting has someone who thinks as its subject (mindverbs.<lang>.txt)
EN_KNOWS = """
Beijing 1 nsubj PROPN
knows 1 ROOT VERB know
the 3 det DET
answer 1 dobj NOUN
. 1 punct PUNCT
"""

NL_KNOWS = """
Peking 1 nsubj PROPN
weet 1 ROOT VERB weten
het 3 det DET
antwoord 1 obj NOUN
niet 1 advmod ADV
. 1 punct PUNCT
"""

EN_OFFICIALS_IN_KNOW = """
Officials 3 nsubj NOUN
in 0 prep ADP
Beijing 1 pobj PROPN
know 3 ROOT VERB know
the 5 det DET
answer 3 dobj NOUN
. 3 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows, lang, expected",
    [
        (EN_KNOWS, "en", {"Beijing": True}),
        (NL_KNOWS, "nl", {"Peking": True}),
        (EN_OFFICIALS_IN_KNOW, "en", {"Beijing": False}),  # the place the officials are in
        (EN_SANCTIONS, "en", {"Brussels": True, "Moscow": True}),
        (EN_ATTACK_ON, "en", {"Russia": True, "Kyiv": False}),  # the city is attacked
        (NL_SANCTIONS, "nl", {"Brussel": True, "Moskou": True}),
        (EN_WARNED, "en", {"Beijing": True, "Tokyo": True}),
        (EN_REJECTED, "en", {"Moscow": True}),
        (EN_ATTACKED, "en", {"Russia": True, "Kyiv": False}),  # the city is attacked
        (EN_EMBASSY, "en", {"Washington": False}),
        (EN_INVASION_CONDEMNED, "en", {"Moscow": True, "Berlin": True}),
        (EN_CITY, "en", {"Washington": False}),  # a copula is no act
        (NL_THREATENED, "nl", {"Washington": True, "Peking": True}),
        (NL_AGREED, "nl", {"Kiev": True, "Warschau": True}),
        (NL_EMBASSY, "nl", {"Washington": False}),
        (NL_SHELLED, "nl", {"Rusland": True, "Charkiv": False}),
    ],
)
def test_metonyms_actor_slots_on_hand_built_parses(rows, lang, expected):
    assert _slots(rows, lang) == expected


def _entities(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(mention text, entity label, entity type) of each name mention in ``text``."""
    records = records_of(text, lang)
    by_id = {e["id"]: e for e in records["entities"]}
    return {
        (m["text"], by_id[m["entity"]]["label"], by_id[m["entity"]]["type"])
        for m in records["mentions"]
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, relation",
    [
        (
            "Washington dreigde Peking met nieuwe heffingen.",
            "nl",
            ("United States", "THREATEN", "China"),
        ),
        ("Athene wees de Libische ambassadeur uit.", "nl", ("Greece", "SANCTION", "Libya")),
        ("Beijing warned Tokyo on Monday.", "en", ("China", "THREATEN", "Japan")),
        ("Athens expelled the Libyan ambassador.", "en", ("Greece", "SANCTION", "Libya")),
        # the recipient of an act noun aimed at an actor is the government
        (
            "The European Union imposed new sanctions on Moscow.",
            "en",
            ("European Union", "SANCTION", "Russia"),
        ),
        (
            "De Europese Unie kondigde nieuwe sancties tegen Moskou aan.",
            "nl",
            ("European Union", "SANCTION", "Russia"),
        ),
    ],
)
def test_metonyms_capital_acting_is_its_country_end_to_end(text, lang, relation):
    assert relation in relations(text, lang)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, capital, country",
    [
        ("Not even Moscow knows how long the war will last.", "en", "Moscow", "Russia"),
        ("Zelfs Moskou weet niet hoe lang de oorlog duurt.", "nl", "Moskou", "Russia"),
    ],
)
def test_metonyms_capital_that_knows_is_its_country_end_to_end(text, lang, capital, country):
    assert (capital, country, "COUNTRY") in _entities(text, lang)


@pytest.mark.model
def test_metonyms_capital_rejecting_is_its_country_end_to_end():
    found = _entities("Moscow rejected the proposal.", "en")
    assert ("Moscow", "Russia", "COUNTRY") in found
    assert not any(kind == "LOCATION" for _, _, kind in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang",
    [
        ("The embassy in Washington was closed on Monday.", "en"),
        ("De ambassade in Washington bleef maandag dicht.", "nl"),
        # the parser hangs "Washington" on "overleg" as a possessor: "in" still makes it the place
        ("Canada en Mexico voerden maandag in Washington overleg.", "nl"),
    ],
)
def test_metonyms_capital_as_the_place_stays_a_place_end_to_end(text, lang):
    assert ("Washington", "Washington", "LOCATION") in _entities(text, lang)


@pytest.mark.model
def test_metonyms_same_capital_is_country_and_place_by_its_use():
    found = _entities(
        "Athens expelled the Libyan ambassador. The ministers met in Athens on Friday.", "en"
    )
    assert {("Athens", "Greece", "COUNTRY"), ("Athens", "Athens", "LOCATION")} <= found


def _stance_slots(words: list[str], spaces: list[bool], lang: str) -> dict[str, bool]:
    """Each capital of a hand-built phrase "X pro-Capital noun" (the capital hangs on the noun
    as a modifier, as the parsers hang it) -> whether it fills an actor's slot; the hyphen is
    written without spaces only where ``spaces`` says so."""
    from spacy.tokens import Doc

    from tests.extract.extraction_helpers import VOCAB

    noun = len(words) - 1
    doc = Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        heads=[noun] * noun + [noun],
        deps=["amod"] * noun + ["ROOT"],
        pos=["ADJ"] * (noun - 1) + ["PROPN", "NOUN"],
    )
    doc.ents = [
        doc.char_span(
            doc.text.index(words[-2]), doc.text.index(words[-2]) + len(words[-2]), "LOCATION"
        )
    ]
    scheme = UD if lang == "nl" else CLEAR
    lexicon, preps = load_lexicon(lang), load_grammar(lang).prepositions
    return {t.text: in_actor_slot(t, scheme, lexicon, preps) for t in doc if t.pos_ == "PROPN"}


@pytest.mark.parametrize(
    "words, spaces, lang, expected",
    [
        (["pro", "-", "Beijing", "candidates"], [False, False, True, False], "en", True),
        (["anti", "-", "Moskou", "betogers"], [False, False, True, False], "nl", True),
        # a dash between spaces joins no prefix: "the pro - Beijing" is no such word
        (["pro", "-", "Beijing", "candidates"], [True, True, True, False], "en", False),
        # another word before the hyphen is no stance ("Paris-Beijing flights")
        (["Paris", "-", "Beijing", "flights"], [False, False, True, False], "en", False),
    ],
)
def test_metonyms_a_capital_after_a_stance_prefix_is_its_government(words, spaces, lang, expected):
    assert _stance_slots(words, spaces, lang) == {words[2]: expected}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, capital, country",
    [
        (
            "Pro-democracy candidates defeated many pro-Beijing candidates on Sunday.",
            "Beijing",
            "China",
        ),
        ("The anti-Moscow protesters gathered in Tbilisi on Friday.", "Moscow", "Russia"),
    ],
)
def test_metonyms_a_capital_after_a_stance_prefix_is_its_country_end_to_end(text, capital, country):
    found = _entities(text, "en")
    assert (capital, country, "COUNTRY") in found
    assert not any(name == capital and kind == "LOCATION" for name, _, kind in found)


@pytest.mark.model
def test_metonyms_a_capital_with_no_stance_prefix_stays_the_place_end_to_end():
    # Dutch writes "pro-Moskou" as one word, which names no place; the capital alone stays one
    found = _entities("De betogers liepen vrijdag door Moskou.", "nl")
    assert ("Moskou", "Moscow", "LOCATION") in found
