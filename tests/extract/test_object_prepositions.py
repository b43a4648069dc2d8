"""Issue 18 (evtype12): a verb's preposition phrase that the parser hung on its object noun
still completes the verb's phrase ("allowed aid convoys into Darfur": allow into, RETREAT, the
access PLOVER names), where the verb's own phrases and object do not decide. On hand-built
parses, then end to end."""

from __future__ import annotations

import pytest

from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import CLEAR
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations

# "Sudan allowed aid convoys into Darfur." with "into" hung on the convoys
EN_ON_OBJECT = """
Sudan 1 nsubj PROPN
allowed 1 ROOT VERB allow
aid 3 compound NOUN aid
convoys 1 dobj NOUN convoy
into 3 prep ADP
Darfur 4 pobj PROPN
. 1 punct PUNCT
"""

# "Sudan allowed Ethiopia into Darfur." with "into" hung on a name: no object noun's phrase
EN_ON_NAME = """
Sudan 1 nsubj PROPN
allowed 1 ROOT VERB allow
Ethiopia 1 dobj PROPN
into 2 prep ADP
Darfur 3 pobj PROPN
. 1 punct PUNCT
"""


def _type(rows: str, lemma: str) -> str | None:
    doc = parse(rows, "en")
    found = phrase_type(doc[1], [lemma], CLEAR, load_lexicon("en"), lambda n: None)
    return None if found is None else f"{found[0]} {found[1]}"


def test_phrase_a_preposition_on_the_object_noun_completes_the_verbs_phrase():
    assert _type(EN_ON_OBJECT, "allow") == "RETREAT prep"


def test_phrase_a_preposition_on_a_name_is_not_read():
    assert _type(EN_ON_NAME, "allow") is None


def test_phrase_a_preposition_the_verb_has_no_phrase_with_is_not_read():
    # "allowed aid convoys from Darfur": the lexicon lists no "allow from"
    assert _type(EN_ON_OBJECT.replace("into 3 prep", "from 3 prep"), "allow") is None


@pytest.mark.model
def test_phrase_object_preposition_end_to_end():
    found = relations("Sudan allowed United Nations aid convoys into Darfur on Thursday.", "en")
    assert ("Sudan", "RETREAT", "United Nations") in found, sorted(found)
    assert ("Sudan", "CONCEDE", "United Nations") not in found, sorted(found)
