"""morph_values: a token's morphological feature values, as ``token.morph.get`` gives them."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.grammar.syntax import morph_values

FIELDS = ("Number", "VerbForm", "Tense", "PronType", "Gender")


def make(words: list[str], morphs: list[str]) -> Doc:
    return Doc(Vocab(), words=words, morphs=morphs)


def test_values_are_those_of_the_analysis_for_every_field():
    doc = make(
        ["Zij", "hebben", "getekend", "verdragen"],
        ["Person=3|PronType=Prs", "Number=Plur|Tense=Pres|VerbForm=Fin", "VerbForm=Part", ""],
    )
    for token in doc:
        for field in FIELDS:
            assert morph_values(token, field) == token.morph.get(field)
    assert morph_values(doc[1], "Number") == ["Plur"]
    assert morph_values(doc[3], "Number") == []


def test_each_answer_is_a_new_list():
    doc = make(["liepen"], ["Number=Plur|VerbForm=Fin"])
    morph_values(doc[0], "Number").append("Sing")
    assert morph_values(doc[0], "Number") == ["Plur"]


def test_another_document_reads_its_own_analyses():
    first = make(["ran", "home"], ["Tense=Past|VerbForm=Fin", "Number=Sing"])
    second = make(["runs", "homes"], ["Tense=Pres|VerbForm=Fin", "Number=Plur"])
    assert morph_values(first[0], "Tense") == ["Past"]
    assert morph_values(second[0], "Tense") == ["Pres"]
    assert morph_values(second[1], "Number") == ["Plur"]
    assert morph_values(first[1], "Number") == ["Sing"]


def test_a_retokenised_document_reads_its_new_analyses():
    doc = make(["New", "York", "grows"], ["Number=Sing", "Number=Sing", "Tense=Pres"])
    assert morph_values(doc[2], "Tense") == ["Pres"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2], attrs={"MORPH": "Number=Sing"})
    assert morph_values(doc[1], "Tense") == ["Pres"]
    assert morph_values(doc[1], "Number") == []


def test_an_analysis_set_anew_is_read_anew():
    doc = make(["to", "sign"], ["", "VerbForm=Part"])
    assert morph_values(doc[1], "VerbForm") == ["Part"]
    doc[1].set_morph("VerbForm=Inf")
    assert morph_values(doc[1], "VerbForm") == ["Inf"]
