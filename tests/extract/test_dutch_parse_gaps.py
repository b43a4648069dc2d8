"""Dutch parse gaps that cost relations: a verb the model lemmatises to a word no lexicon or
lemma table holds ("twitterde": "twittren"), read by the table's lemma of its form, while an
English lemma the lexicon holds stays; a hospital typed as the place it is, which then cannot
speak. All sentences written for this test."""

from __future__ import annotations

from tests.extract.extraction_helpers import records_of, typed


def test_dutch_verb_with_a_made_up_lemma_speaks():
    # the model's "twittren" for "twitterde": the table's "twitteren" is the listed speech verb
    found = typed("Premier Mark Rutte twitterde dat Joe Biden de verkiezingen had gewonnen.", "nl")
    assert ("Mark Rutte", "STATEMENT", "Joe Biden") in found


def test_english_lemma_the_lexicon_holds_keeps_its_act():
    # the English table's "annexe" for "annexed" is no verb of the lexicon: "annex" stays
    found = typed("Russia annexed Crimea on Monday.", "en")
    assert ("Russia", "COERCE", "Crimea") in found


HOSPITAL = "Piet Jansen werd naar het academisch ziekenhuis Kaldor in Utrecht gebracht. "


def _types(text: str) -> dict[str, str]:
    return {e["label"]: e["type"] for e in records_of(text, "nl")["entities"]}


def test_a_hospital_that_speaks_is_an_organisation():
    # "Het Kaldor", which the model misses, is the hospital again; it speaks, so it is a body
    text = HOSPITAL + "Het Kaldor zei tegen minister Sigrid Kaag dat hij stabiel is."
    assert _types(text)["Kaldor"] == "ORG"
    assert ("Kaldor", "STATEMENT", "Sigrid Kaag") in typed(text, "nl")


def test_a_hospital_that_does_not_speak_stays_a_place():
    assert _types(HOSPITAL + "Hij ligt nog in het Kaldor.")["Kaldor"] == "LOCATION"


def test_a_hospital_that_speaks_with_a_separable_verb_is_an_organisation():
    # "gaf ... aan": the particle joins the verb (aangeven, a speech verb), as every route reads it
    text = HOSPITAL + "Het Kaldor gaf later aan dat hij stabiel is."
    assert _types(text)["Kaldor"] == "ORG"
