"""Issues 17 and 18: a Dutch one-word compound of a name and an acting noun ("Talibanstrijders",
"Kremlinwoordvoerder") acts for the name (extract/grammar/name_compounds.py). The sentences are
our own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from extract.components.names import InnerMention, NameFinder
from extract.grammar.argument_words import load_grammar
from extract.grammar.arguments import ArgumentResolver
from extract.grammar.name_compounds import head_splits
from extract.grammar.syntax import UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations
from tests.extract.test_names import tagged


@pytest.mark.parametrize(
    "word, lang, splits",
    [
        ("Talibanstrijders", "nl", (7,)),
        ("Hamasleiders", "nl", (5,)),
        ("Kremlinwoordvoerder", "nl", (7,)),
        ("Houthimilities", "nl", (6,)),
        ("Wagnerhuurlingen", "nl", (6,)),
        # known as a whole: a demonym, a role of the lexicon
        ("Amsterdammers", "nl", ()),
        ("Partijleider", "nl", ()),
        # members do not act for what they are members of ("Lagerhuisleden")
        ("Lagerhuisleden", "nl", ()),
        # a hyphen is names.py's own split; lower case is no name
        ("Taliban-strijders", "nl", ()),
        ("talibanstrijders", "nl", ()),
        # English writes its compounds apart
        ("Talibanfighters", "en", ()),
    ],
)
def test_name_compounds_cut_before_an_acting_noun_only(word, lang, splits):
    assert head_splits(word, lang) == splits


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder("names", load_kb(), load_lexicon("nl"))


def test_name_compounds_give_the_known_name_inside(finder: NameFinder):
    doc = tagged("Talibanstrijders/NOUN vielen/VERB een/DET post/NOUN aan/ADP ./PUNCT")
    _, inner = finder.find(doc)
    assert [(m.text, m.label, m.kb_key, m.token_i) for m in inner] == [
        ("Taliban", "ORG", "taliban", 0)
    ]


def test_name_compounds_give_a_name_the_document_gives_elsewhere(finder: NameFinder):
    # "Zarkanfront" is no name the knowledge base knows; the tagger found it
    doc = tagged(
        "Het/DET Zarkanfront/PROPN dreigde/VERB ./PUNCT "
        "Zarkanfrontstrijders/NOUN vielen/VERB aan/ADP ./PUNCT"
    )
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    _, inner = finder.find(doc)
    assert [(m.text, m.label, m.token_i) for m in inner] == [("Zarkanfront", "ORG", 4)]


def test_name_compounds_need_a_name_before_the_noun(finder: NameFinder):
    # "Oppositie" is no name: "Oppositiestrijders" stay a common noun
    doc = tagged("Oppositiestrijders/NOUN vielen/VERB een/DET post/NOUN aan/ADP ./PUNCT")
    _, inner = finder.find(doc)
    assert inner == []


def compound_resolver(rows: str, name_end: int) -> tuple[ArgumentResolver, Doc]:
    """A resolver of a hand-built Dutch parse whose first word opens with "Taliban" (an inner
    mention ending at ``name_end``, as names.py gives it) and whose third word is Kandahar."""
    doc = parse(rows, "nl")
    doc.ents = [Span(doc, 2, 3, label="LOCATION", kb_id="kandahar")]
    doc._.inner_mentions = [InnerMention(0, name_end, "Taliban", "ORG", "taliban", 0)]
    doc._.inner_mention_ids = ["taliban"]
    return ArgumentResolver(doc, UD, load_lexicon("nl"), load_grammar("nl")), doc


def test_name_compounds_act_for_their_name_in_a_parse():
    resolver, doc = compound_resolver(
        """
Talibanstrijders 1 nsubj NOUN talibanstrijders
vielen 1 ROOT VERB vallen
Kandahar 1 obj PROPN
aan 1 compound:prt ADP
""",
        7,
    )
    assert resolver.actors(doc[0]) == ["taliban"]


def test_name_compounds_without_an_acting_noun_act_for_nobody():
    # "Talibangebied" holds the name, but a territory does not act for it
    resolver, doc = compound_resolver(
        """
Talibangebied 1 nsubj NOUN talibangebied
grenst 1 ROOT VERB grenzen
Kandahar 1 obl PROPN
aan 2 case ADP
""",
        7,
    )
    assert resolver.actors(doc[0]) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Talibanstrijders vielen zondag het Pakistaanse leger bij de grens aan.",
            ("Taliban", "ASSAULT"),
        ),
        (
            "Een politiebureau in Kandahar werd door Talibanstrijders aangevallen.",
            ("Taliban", "ASSAULT"),
        ),
        ("Een Kremlinwoordvoerder bekritiseerde de NAVO dinsdag scherp.", ("Kremlin", "ACCUSE")),
        ("Hamasleiders ontmoetten in Caïro de Egyptische president.", ("Hamas", "CONSULT")),
        (
            "Wagnerhuurlingen vielen het Oekraïense leger bij Bachmoet aan.",
            ("Wagner Group", "ASSAULT"),
        ),
    ],
)
def test_name_compounds_act_end_to_end(text, expected):
    assert expected in {(source, kind) for source, kind, _ in relations(text, "nl")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "De Hamas-beweging verwierp dinsdag het plan van Israël.",
        "De Libanese Hamas-milities verwierpen dinsdag het plan van Israël.",
    ],
)
def test_name_compounds_of_a_group_noun_stand_for_the_group(text):
    # a group noun written with the group's name is that group; a country's adjective before
    # it only describes it (groups.nl.tsv)
    found = relations(text, "nl")
    assert ("Hamas", "REJECT", "Israel") in found, sorted(found)
    assert not [r for r in found if r[0] == "Lebanon" and r[1] == "REJECT"], sorted(found)


@pytest.mark.model
def test_name_compounds_leave_demonyms_and_members_alone():
    found = relations(
        "Amsterdammers protesteerden tegen Rusland, en Lagerhuisleden stemden tegen Boris Johnson.",
        "nl",
    )
    assert not {s for s, _, _ in found} & {"Amsterdam", "House of Commons"}, sorted(found)


def test_an_agent_noun_heads_its_closed_compounds_in_dutch_only():
    # "veiligheidstroepen", "regeringsfunctionaris" act for who modifies them, as "troepen" does
    nl = load_grammar("nl")
    assert nl.is_agent_noun("veiligheidstroep") and nl.is_agent_noun("regeringsfunctionaris")
    assert not nl.is_agent_noun("partijlid")  # "lid" is too short to head a compound
    assert not nl.is_agent_noun("bedrijf")
    assert not load_grammar("en").is_agent_noun("governmentofficial")


@pytest.mark.model
def test_a_compound_of_an_agent_noun_is_an_office_of_its_country():
    # "a former Israeli security official": the country adjective names whom the official
    # serves, not only where one is from ("een Israëlische jongen")
    found = relations(
        "Dan Levi, een voormalig Israëlisch veiligheidsfunctionaris, zei dat het kan.", "nl"
    )
    assert ("Dan Levi", "ROLE", "Israel") in found, sorted(found)
