"""A verb of force whose phrase is an accusation attacks with words (prec13, issue 18): "attacked
the inquiry", "attacked the decision" criticise an act, a decision or a said thing
(phrases.en.tsv, PLOVER ACCUSE); they are no attack event (EventFinder._criticises), and the
subject judges the event it governs, taking part as no side of it. What is hit stays an attack.
"""

from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import relations
from tests.extract.test_events import described, events_of, parsed


def _attacked(thing: str, lemma: str) -> str:
    """'Lopez attacked the THING .' as parse rows."""
    return f"""
Lopez 1 nsubj PROPN
attacked 1 ROOT VERB attack
the 3 det DET
{thing} 1 dobj NOUN {lemma}
. 1 punct PUNCT
"""


@pytest.mark.parametrize("lemma", ["inquiry", "decision", "proclamation", "plan", "remarks"])
def test_verbal_attacks_on_an_act_or_a_said_thing_are_no_attack(en_events, lemma):
    doc = parsed(_attacked(lemma, lemma), {0: ("PERSON", "lopez")})
    assert "attack" not in [kind for kind, *_ in described(en_events.find(doc))]


@pytest.mark.parametrize("lemma", ["convoy", "base", "village"])
def test_verbal_attacks_what_is_hit_stays_an_attack(en_events, lemma):
    doc = parsed(_attacked(lemma, lemma), {0: ("PERSON", "lopez")})
    [(kind, type_, parts, _)] = described(en_events.find(doc))
    assert (kind, type_, parts) == ("attack", "ASSAULT", [("lopez", "source")])


def test_verbal_attacks_the_phrases_are_accusations():
    en = load_lexicon("en")
    for noun in ("inquiry", "investigation", "proclamation", "statement", "plan", "record"):
        assert en.phrase_type("attack", "obj", noun) == "ACCUSE", noun
    assert en.phrase_type("attack", "obj", "convoy") is None  # the verb's own ASSAULT


@pytest.mark.model
def test_verbal_attacks_sentence_no_assault_and_no_attack_event():
    text = "Maria Lopez attacked the inquiry of the Senate on Monday."
    found = relations(text, "en")
    assert not [r for r in found if r[1] == "ASSAULT"], sorted(found)
    assert "attack" not in [label for label, *_ in events_of(text, "en")]


@pytest.mark.model
def test_verbal_attacks_sentence_criticism_of_a_person_is_an_accusation():
    found = relations("Tom Olsen attacked Anna Berg over her record on taxes.", "en")
    assert ("Tom Olsen", "ACCUSE", "Anna Berg") in found, sorted(found)
    assert ("Tom Olsen", "ASSAULT", "Anna Berg") not in found, sorted(found)


@pytest.mark.model
def test_verbal_attacks_sentence_an_armed_attack_stays_an_assault():
    found = relations("Russian troops attacked the convoy of the United Nations.", "en")
    assert ("Russia", "ASSAULT", "United Nations") in found, sorted(found)


@pytest.mark.model
def test_verbal_attacks_sentence_names_in_a_with_clause_are_not_accused():
    # the clause after "with" has its own subject: who it names is no target of the attack
    found = relations(
        "The Green Party attacked the inquiry, with Anna Berg of Ohio calling the investigation "
        'into Tom Olsen "Soviet-style".',
        "en",
    )
    assert not [r for r in found if r[0] == "Green Party" and r[1] == "ACCUSE"], sorted(found)
