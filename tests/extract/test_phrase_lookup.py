"""Typing a verb by its phrase reads the parse only where the lexicon can match: a verb whose
sentence holds no object noun of its phrases is not walked for objects, and still gets the
same type as before (extract/grammar/phrases.py, extract/lexicon.py)."""

from __future__ import annotations

import pytest

import extract.grammar.phrases as phrases
from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations


@pytest.fixture
def object_walks(monkeypatch) -> list[str]:
    """The verbs whose object nouns phrase_type walked the parse for, in call order."""
    walked: list[str] = []
    walk = phrases._object_nouns

    def counted(verb, scheme):
        walked.append(verb.text)
        return walk(verb, scheme)

    monkeypatch.setattr(phrases, "_object_nouns", counted)
    return walked


def test_lexicon_knows_which_words_may_be_a_phrase_object():
    nl, en = load_lexicon("nl"), load_lexicon("en")
    assert nl.may_be_phrase_object("sancties")
    assert nl.may_be_phrase_object("Sancties")  # folded like every lexicon key
    # a closed compound ends in one ("exportbeperkingen": beperkingen), a short tail does not
    assert nl.may_be_phrase_object("exportbeperkingen")
    assert not nl.may_be_phrase_object("xverbod")
    assert not nl.may_be_phrase_object("fiets")
    assert en.may_be_phrase_object("sanctions")
    assert not en.may_be_phrase_object("supersanctions")  # English writes compounds apart


# "Sancties werken. Brussel stelt regels in.": the phrase noun is in the other sentence.
NL_TWO_SENTENCES = """
Sancties 1 nsubj NOUN sanctie
werken 1 ROOT VERB werken
. 1 punct PUNCT
Brussel 4 nsubj PROPN
stelt 4 ROOT VERB stellen
regels 4 obj NOUN regel
in 4 compound:prt ADP
. 4 punct PUNCT
"""


def test_phrases_a_phrase_noun_of_another_sentence_neither_types_nor_is_walked_for_nl(
    object_walks,
):
    doc = parse(NL_TWO_SENTENCES, "nl")
    assert phrase_type(doc[4], ["instellen"], UD, load_lexicon("nl"), lambda n: None) is None
    assert object_walks == []


def test_phrases_the_same_verb_with_its_phrase_noun_is_typed_by_it_nl(object_walks):
    doc = parse(NL_TWO_SENTENCES.replace("regels 4 obj NOUN regel", "sancties 4 obj NOUN"), "nl")
    found = phrase_type(doc[4], ["instellen"], UD, load_lexicon("nl"), lambda n: None)
    assert found is not None and (found[0], found[1], found[2].text) == (
        "SANCTION",
        "obj",
        "sancties",
    )
    assert object_walks == ["stelt"]


def test_phrases_a_closed_compound_matches_by_its_form_when_its_lemma_does_not_nl():
    # the lemma "exportbeperking" ends in no phrase noun of "instellen"; its form ends in
    # "beperkingen", which does
    row = "exportbeperkingen 4 obj NOUN exportbeperking"
    doc = parse(NL_TWO_SENTENCES.replace("regels 4 obj NOUN regel", row), "nl")
    found = phrase_type(doc[4], ["instellen"], UD, load_lexicon("nl"), lambda n: None)
    assert found is not None and found[:2] == ("SANCTION", "obj")


NL_SUPPORT = """
Kiev 1 nsubj PROPN
hield 1 ROOT VERB houden
een 3 det DET
topontmoeting 1 obj NOUN
"""


def test_phrases_a_support_verb_still_reads_its_event_noun_nl():
    # "topontmoeting" is no object noun of a phrase of "houden", but an event noun: the
    # support verb takes its type
    doc = parse(NL_SUPPORT, "nl")
    found = phrase_type(
        doc[1],
        ["houden"],
        UD,
        load_lexicon("nl"),
        lambda n: "CONSULT" if n.text == "topontmoeting" else None,
    )
    assert found is not None and (found[0], found[1], found[2].text) == (
        "CONSULT",
        "support",
        "topontmoeting",
    )


# "Sanctions work. Washington lifted rules on Iran."
EN_TWO_SENTENCES = """
Sanctions 1 nsubj NOUN sanction
work 1 ROOT VERB
. 1 punct PUNCT
Washington 4 nsubj PROPN
lifted 4 ROOT VERB lift
rules 4 dobj NOUN rule
on 5 prep ADP
Iran 6 pobj PROPN
. 4 punct PUNCT
"""


def test_phrases_a_phrase_noun_of_another_sentence_neither_types_nor_is_walked(object_walks):
    doc = parse(EN_TWO_SENTENCES)
    assert phrase_type(doc[4], ["lift"], CLEAR, load_lexicon("en"), lambda n: None) is None
    assert object_walks == []


def test_phrases_the_same_verb_with_its_phrase_noun_is_typed_by_it(object_walks):
    doc = parse(
        EN_TWO_SENTENCES.replace("rules 4 dobj NOUN rule", "sanctions 4 dobj NOUN sanction")
    )
    found = phrase_type(doc[4], ["lift"], CLEAR, load_lexicon("en"), lambda n: None)
    assert found is not None and found[:2] == ("CONCEDE", "obj")
    assert object_walks == ["lifted"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "nl",
            "Rusland reageerde boos op de sancties. Japan stelde een embargo in tegen Rusland.",
            ("Japan", "SANCTION", "Russia"),
        ),
        (
            "en",
            "Russia reacted angrily to the sanctions. Japan lifted its embargo on Russia.",
            ("Japan", "CONCEDE", "Russia"),
        ),
    ],
)
def test_end_to_end_a_phrase_types_its_verb_beside_a_sentence_without_one(lang, text, expected):
    assert expected in relations(text, lang), sorted(relations(text, lang))


# "De bond voerde actie tegen het verdrag", parsed as the Dutch model parses it: the bare object
# "actie" as the verb's particle, the treaty an event noun of its own
NL_ACTION_AS_PARTICLE = """
De 1 det DET
bond 2 nsubj NOUN
voerde 2 ROOT VERB voeren
actie 2 compound:prt NOUN
tegen 6 case ADP
het 6 det DET
verdrag 2 obl NOUN
"""


def test_phrases_a_noun_taken_for_a_particle_is_the_phrases_object():
    doc = parse(NL_ACTION_AS_PARTICLE)
    nl = load_lexicon("nl")
    found = phrase_type(doc[2], ["voeren"], UD, nl, lambda n: None)
    assert found is not None and found[:2] == ("PROTEST", "obj")
    assert found[2].text == "actie"


@pytest.mark.model
def test_end_to_end_a_bare_action_noun_types_its_support_verb():
    # an action against a treaty is no agreement with the treaty's party ("voeren" is a support
    # verb, but its own object noun "actie" says what it does)
    found = relations(
        "De boerenbond Copa voerde woensdag actie tegen het handelsverdrag van de Europese Unie.",
        "nl",
    )
    assert not any(t == "AGREE" for _s, t, _o in found), sorted(found)


# "Japan en Korea zijn het eens geworden": the parser reads the particle "eens" as an adverb's
# open complement of "worden"
NL_AGREED = """
Japan 6 nsubj PROPN
en 2 cc CCONJ
Korea 0 conj PROPN
zijn 6 aux AUX zijn
het 6 obj PRON het
eens 6 xcomp ADV eens
geworden 6 ROOT VERB worden
"""


def test_phrases_a_particle_read_as_an_open_complement_still_makes_the_phrase():
    doc = parse(NL_AGREED)
    nl = load_lexicon("nl")
    found = phrase_type(doc[6], ["worden"], UD, nl, lambda n: None)
    assert found is not None and found[:2] == ("AGREE", "prt")


@pytest.mark.model
def test_end_to_end_not_agreeing_is_a_negated_agreement():
    found = relations("Japan en Zuid-Korea zijn het niet eens geworden over de visquota.", "nl")
    assert ("Japan", "AGREE", "South Korea") in found, sorted(found)
