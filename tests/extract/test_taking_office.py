"""Taking office is no agreement: 'aanvaardde het ambt van voorzitter', 'accepted the post of
speaker' (phrases.nl.tsv, phrases_en_overrides.tsv: NONE), while accepting a proposal stays AGREE
(issue 18)."""

from __future__ import annotations

import pytest

from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations

NL_OFFICE = """
Pelosi 1 nsubj PROPN
aanvaardde 1 ROOT VERB aanvaarden
het 3 det DET
ambt 1 obj NOUN ambt
. 1 punct PUNCT
"""

EN_OFFICE = """
Pelosi 1 nsubj PROPN
accepted 1 ROOT VERB accept
the 3 det DET
post 1 dobj NOUN post
. 1 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows, lang, scheme, lemma",
    [(NL_OFFICE, "nl", UD, "aanvaarden"), (EN_OFFICE, "en", CLEAR, "accept")],
)
def test_taking_office_the_office_noun_makes_the_phrase_no_event(rows, lang, scheme, lemma):
    doc = parse(rows, lang)
    found = phrase_type(doc[1], [lemma], scheme, load_lexicon(lang), lambda n: None)
    assert found is not None and found[:2] == ("NONE", "obj"), found


@pytest.mark.parametrize(
    "rows, lang, scheme, lemma, noun",
    [
        (NL_OFFICE, "nl", UD, "aanvaarden", "voorstel 1 obj NOUN voorstel"),
        (EN_OFFICE, "en", CLEAR, "accept", "proposal 1 dobj NOUN proposal"),
    ],
)
def test_taking_office_another_object_leaves_the_verb_its_type(rows, lang, scheme, lemma, noun):
    old = "ambt 1 obj NOUN ambt" if lang == "nl" else "post 1 dobj NOUN post"
    doc = parse(rows.replace(old, noun), lang)
    found = phrase_type(doc[1], [lemma], scheme, load_lexicon(lang), lambda n: None)
    assert found is None or found[0] != "NONE", found


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "nl",
            "Nancy Pelosi aanvaardde donderdag het ambt van voorzitter van het Huis van "
            "Afgevaardigden.",
        ),
        ("en", "Nancy Pelosi accepted the post of Speaker of the House of Representatives."),
    ],
)
def test_taking_office_draws_no_agreement_with_the_body(lang, text):
    found = relations(text, lang)
    assert not any(t == "AGREE" for _, t, _ in found), sorted(found)
