"""Dutch parse gaps that cost relations: a verb the model lemmatises to a word no lexicon or
lemma table holds ("twitterde": "twittren"), read by the table's lemma of its form, while an
English lemma the lexicon holds stays. All sentences written for this test."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_dutch_verb_with_a_made_up_lemma_speaks():
    # the model's "twittren" for "twitterde": the table's "twitteren" is the listed speech verb
    found = typed("Premier Mark Rutte twitterde dat Joe Biden de verkiezingen had gewonnen.", "nl")
    assert ("Mark Rutte", "STATEMENT", "Joe Biden") in found


def test_english_lemma_the_lexicon_holds_keeps_its_act():
    # the English table's "annexe" for "annexed" is no verb of the lexicon: "annex" stays
    found = typed("Russia annexed Crimea on Monday.", "en")
    assert ("Russia", "COERCE", "Crimea") in found
