"""A past participle that describes a noun ("the deal signed by Vietnam with Indonesia", "het
door Japan gesloten akkoord") is done to that noun, as a passive is to its subject: the noun is
the verb's object in the phrase lexicon ("sign a deal" is AGREE where "sign" alone is SUPPORT;
"een akkoord sluiten" is AGREE where "sluiten" alone closes offices and borders, COERCE)."""

from __future__ import annotations

import pytest

from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations

EN_SIGNED = """
The 1 det DET the
deal 6 nsubj NOUN deal
signed 1 acl VERB sign VerbForm=Part
by 2 agent ADP by
Ruritania 3 pobj PROPN Ruritania
ended 6 ROOT VERB end
the 7 det DET the
row 6 dobj NOUN row
"""

EN_SIGNING = """
The 1 det DET the
firm 5 nsubj NOUN firm
signing 1 acl VERB sign VerbForm=Ger
the 4 det DET the
deal 2 dobj NOUN deal
ended 5 ROOT VERB end
"""

NL_GESLOTEN = """
Het 2 det DET het
gesloten 2 amod VERB sluiten VerbForm=Part
akkoord 3 nsubj NOUN akkoord
hield 3 ROOT VERB houden
stand 3 obj NOUN stand
"""


def test_a_participle_takes_the_noun_it_describes_as_its_object() -> None:
    doc = parse(EN_SIGNED)
    found = phrase_type(doc[2], ["sign"], CLEAR, load_lexicon("en"), lambda n: None)
    assert found is not None and found[:2] == ("AGREE", "obj")


def test_a_dutch_participle_takes_the_noun_it_describes_as_its_object() -> None:
    doc = parse(NL_GESLOTEN)
    found = phrase_type(doc[1], ["sluiten"], UD, load_lexicon("nl"), lambda n: None)
    assert found is not None and found[0] == "AGREE" and found[2] is not None


def test_a_present_participle_acts_on_its_own_object_only() -> None:
    """ "the firm signing the deal": the firm signs, it is not signed; its own object decides."""
    doc = parse(EN_SIGNING)
    found = phrase_type(doc[2], ["sign"], CLEAR, load_lexicon("en"), lambda n: None)
    assert found is not None and found[2] is not None and found[2].text == "deal"


@pytest.mark.model
def test_end_to_end_a_deal_signed_by_one_side_with_another_is_an_agreement() -> None:
    found = relations(
        "The deal signed by Vietnam with Indonesia settles their maritime boundary.", "en"
    )
    assert ("Vietnam", "AGREE", "Indonesia") in found, sorted(found)
    assert ("Vietnam", "SUPPORT", "Indonesia") not in found, sorted(found)
