"""ROLE from two forms of a title the parser seldom links to the name (issue 17 item 4): a title
listed before the title right before the name ("Labour Party leader and Prime Minister X"),
and a title set off by a comma that the parser made a second subject ("the Red Cross's
spokesman, X said"). Hand-built docs and parses, then end to end in both languages.

Expected links are written from reading the sentence: who holds a position in which
organisation."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from extract.grammar.affiliation import descriptor_owners, descriptors
from extract.grammar.syntax import CLEAR, UD
from extract.grammar.titles import listed_title_before
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import relations
from tests.extract.test_patterns import parse


def _doc(words: str, ents: list[tuple[int, int, str]], lang: str) -> Doc:
    doc = Doc(spacy.blank(lang).vocab, words=words.split(), lemmas=words.lower().split())
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def _person(doc: Doc) -> Span:
    return next(e for e in doc.ents if e.label_ == "PERSON")


# --- listed_title_before ------------------------------------------------------------------------


def test_listed_title_before_the_first_of_two_titles_before_a_name_en():
    doc = _doc(
        "Labour Party leader and Prime Minister Anna Berg spoke",
        [(0, 2, "ORG"), (6, 8, "PERSON")],
        "en",
    )
    assert listed_title_before(_person(doc), load_lexicon("en")).text == "leader"


def test_listed_title_before_the_first_of_two_titles_before_a_name_nl():
    doc = _doc("Labour-leider en premier Anna Berg sprak", [(3, 5, "PERSON")], "nl")
    assert listed_title_before(_person(doc), load_lexicon("nl")).text == "Labour-leider"


def test_listed_title_before_none_without_a_list_of_titles():
    lexicon = load_lexicon("en")
    # one title only
    one = _doc("Prime Minister Anna Berg spoke", [(2, 4, "PERSON")], "en")
    assert listed_title_before(_person(one), lexicon) is None
    # "and" joins no title: "the workers and Prime Minister X" lists people, not titles
    other = _doc("workers and Prime Minister Anna Berg spoke", [(4, 6, "PERSON")], "en")
    assert listed_title_before(_person(other), lexicon) is None
    # a comma is no list of one person's titles here ("the governor, President X")
    comma = _doc("governor , President Anna Berg spoke", [(3, 5, "PERSON")], "en")
    assert listed_title_before(_person(comma), lexicon) is None


# --- a title read as a second subject -----------------------------------------------------------

TWIN_SUBJECTS = """
the 2 det DET
Red 2 compound PROPN
Cross 4 poss PROPN
's 2 case PART
spokesman 8 nsubj NOUN
, 8 punct PUNCT
Peter 7 compound PROPN
Olsen 8 nsubj PROPN
said 8 ROOT VERB say
"""


def test_a_title_the_parser_made_a_second_subject_describes_the_name():
    doc = parse(TWIN_SUBJECTS)
    name = Span(doc, 6, 8, label="PERSON")
    nouns = descriptors(name, CLEAR)
    assert [n.text for n in nouns] == ["spokesman"]
    assert "Cross" in [t.text for t in descriptor_owners(nouns[0], CLEAR, ("of", "for"))]


def test_an_object_before_the_comma_does_not_describe_the_subject():
    # "the minister thanked the spokesman, Peter Olsen said": the noun is another clause's
    doc = parse("""
he 1 nsubj PRON
thanked 6 ccomp VERB thank
the 3 det DET
spokesman 1 dobj NOUN
, 6 punct PUNCT
Olsen 6 nsubj PROPN
said 6 ROOT VERB say
""")
    assert descriptors(Span(doc, 5, 6, label="PERSON"), CLEAR) == []


def test_a_plural_second_subject_does_not_describe_the_name():
    doc = parse("""
the 1 det DET
spokesmen 5 nsubj NOUN spokesman Number=Plur
and 3 cc CCONJ
others 1 conj NOUN other Number=Plur
, 5 punct PUNCT
Olsen 6 nsubj PROPN
said 6 ROOT VERB say
""")
    assert descriptors(Span(doc, 5, 6, label="PERSON"), CLEAR) == []


# --- end to end ---------------------------------------------------------------------------------


def test_listed_titles_end_to_end_en():
    found = relations(
        "Labour Party leader and Prime Minister Anna Berg said the plan would fail.", "en"
    )
    assert ("Anna Berg", "ROLE", "Labour Party") in found


def test_listed_titles_end_to_end_nl():
    found = relations("Labour-leider en premier Anna Berg zei dat het plan zou mislukken.", "nl")
    assert ("Anna Berg", "ROLE", "Labour Party") in found


def test_a_title_set_off_by_a_comma_end_to_end_en():
    found = relations("Greenpeace's director, Mary Holt told reporters the ship had left.", "en")
    assert ("Mary Holt", "ROLE", "Greenpeace") in found


# --- an apposition hung on the title that heads the name ----------------------------------------

TITLE_HEADS_NAME = """
volgens 1 case ADP
dr. 9 obl PROPN
Anna 1 flat PROPN
Berg 1 flat PROPN
, 5 punct PUNCT
cyberexpert 1 appos VERB cyberexpert
van 7 case ADP
Twente 5 nmod PROPN
, 5 punct PUNCT
is 9 ROOT AUX zijn
"""


def test_an_apposition_on_the_title_heading_the_name_describes_the_person_nl():
    # UD hangs "Anna Berg" on "dr." and the apposition too; the tagger took the noun for a verb
    doc = parse(TITLE_HEADS_NAME)
    doc.ents = [Span(doc, 7, 8, label="ORG")]
    nouns = descriptors(Span(doc, 2, 4, label="PERSON"), UD)
    assert [n.text for n in nouns] == ["cyberexpert"]
    assert [t.text for t in descriptor_owners(nouns[0], UD, ("van",))] == ["Twente"]


def test_the_title_of_the_next_name_in_a_list_is_not_the_persons_nl():
    # "minister Jan Smit, de Griekse premier Kostas Pappas": "premier" hangs on "minister" but is
    # Pappas' title
    doc = parse("""
minister 8 nsubj NOUN
Jan 0 flat PROPN
Smit 0 flat PROPN
, 6 punct PUNCT
de 6 det DET
Griekse 6 amod ADJ grieks
premier 0 appos NOUN
Kostas 6 appos PROPN
kwamen 8 ROOT VERB komen
""")
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 7, 8, label="PERSON")]
    assert descriptors(doc.ents[0], UD) == []


def test_an_apposition_on_the_title_heading_the_name_end_to_end_nl():
    found = relations(
        "Volgens dr. Anna Berg, cyberexpert van de Universiteit Twente, is het lek ernstig.", "nl"
    )
    assert ("Anna Berg", "ROLE", "Universiteit Twente") in found


# --- a title the tagger took for an adjective, before a comma and the name ----------------------

ADJECTIVE_TITLE = """
zei 0 ROOT VERB zeggen
de 2 det DET
procureur-generaal 0 obj ADJ
van 4 case ADP
Texas 2 nmod PROPN
, 6 punct PUNCT
Ken 2 conj PROPN
Baxter 6 flat PROPN
"""


def test_a_title_tagged_as_an_adjective_before_the_comma_describes_the_name_nl():
    doc = parse(ADJECTIVE_TITLE)
    doc.ents = [Span(doc, 4, 5, label="LOCATION"), Span(doc, 6, 8, label="PERSON")]
    assert [n.text for n in descriptors(doc.ents[1], UD)] == ["procureur-generaal"]


def test_an_adjective_without_an_article_before_the_comma_describes_nobody_nl():
    # "zei bezorgd over Texas, Ken Baxter": an adjective of the clause, not a title
    doc = parse("""
zei 0 ROOT VERB zeggen
bezorgd 0 xcomp ADJ
over 3 case ADP
Texas 1 obl PROPN
, 5 punct PUNCT
Ken 1 conj PROPN
Baxter 5 flat PROPN
""")
    doc.ents = [Span(doc, 3, 4, label="LOCATION"), Span(doc, 5, 7, label="PERSON")]
    assert descriptors(doc.ents[1], UD) == []


def test_a_title_tagged_as_an_adjective_end_to_end_nl():
    found = relations(
        '"De wet is ongeldig", zei de procureur-generaal van Texas, Ken Baxter.', "nl"
    )
    assert ("Ken Baxter", "ROLE", "Texas") in found
