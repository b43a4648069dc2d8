"""Issue 18 (evtype15): a resultative adjective makes another verb as a particle does ("set free
the hostage", "set the hostages free": RETREAT, the release of captives), whether the parser hangs
it as an adverb or as the object's predicate; it counts only where the phrase lexicon lists it
(extract/grammar/phrases.py)."""

from __future__ import annotations

import pytest

from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import CLEAR
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, relations

# "Hamas set free the captive": the adjective as an adverb before the object
EN_SET_FREE = """
Hamas 1 nsubj PROPN
set 1 ROOT VERB set
free 1 advmod ADJ free
the 4 det DET
captive 1 dobj NOUN captive
. 1 punct PUNCT
"""

# "Hamas set the captive free": the adjective as the object's predicate
EN_SET_OBJECT_FREE = """
Hamas 1 nsubj PROPN
set 1 ROOT VERB set
the 3 det DET
captive 1 dobj NOUN captive
free 1 oprd ADJ free
. 1 punct PUNCT
"""


def _type(rows: str) -> str | None:
    doc = parse(rows, "en")
    found = phrase_type(doc[1], ["set"], CLEAR, load_lexicon("en"), lambda n: None)
    return found[0] if found else None


@pytest.mark.parametrize("rows", [EN_SET_FREE, EN_SET_OBJECT_FREE], ids=["adverb", "predicate"])
def test_resultative_adjective_types_the_verb_as_its_particle(rows):
    assert _type(rows) == "RETREAT"


def test_resultative_an_adjective_the_lexicon_does_not_list_types_nothing():
    # "set the captive loose" has no row: the verb keeps no type from it
    assert (
        _type(EN_SET_OBJECT_FREE.replace("free 1 oprd ADJ free", "loose 1 oprd ADJ loose")) is None
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Houthis set free the sailor Omar Haddad on Monday.",
            ("Houthis", "RETREAT", "Omar Haddad"),
        ),
        (
            "The Taliban set Ingrid Berg free after two months.",
            ("Taliban", "RETREAT", "Ingrid Berg"),
        ),
    ],
)
def test_resultative_end_to_end(text, expected):
    found = relations(text, "en")
    assert expected in found, sorted(found)
