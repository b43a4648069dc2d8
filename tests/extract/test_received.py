"""Acts told from the receiver's side (extract/components/relations/received.py): the giver does
the received act to the verb's subject. On hand-built parses, then end to end in both
languages."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, relations, typed

# "Chili kreeg steun van Peru."
NL_NOUN = """
Chili 1 nsubj PROPN
kreeg 1 ROOT VERB krijgen
steun 1 obj NOUN steun
van 4 case ADP
Peru 2 nmod PROPN
. 1 punct PUNCT
"""

# "Chili krijgt door Peru geld toegewezen." (the krijgen-passief, the participle on the object)
NL_PARTICIPLE = """
Chili 1 nsubj PROPN
krijgt 1 ROOT VERB krijgen
door 3 case ADP
Peru 1 obl PROPN
geld 1 obj NOUN geld
toegewezen 4 acl VERB toewijzen VerbForm=Part
. 1 punct PUNCT
"""

# "Chili kreeg een brief van Peru." (a letter is no act)
NL_THING = """
Chili 1 nsubj PROPN
kreeg 1 ROOT VERB krijgen
een 3 det DET
brief 1 obj NOUN brief
van 5 case ADP
Peru 3 nmod PROPN
. 1 punct PUNCT
"""

# "Chile received aid from Peru."
EN_NOUN = """
Chile 1 nsubj PROPN
received 1 ROOT VERB receive
aid 1 dobj NOUN aid
from 1 prep ADP
Peru 3 pobj PROPN
. 1 punct PUNCT
"""

# "Chile sent aid to Peru." (no verb of receiving)
EN_SENT = """
Chile 1 nsubj PROPN
sent 1 ROOT VERB send
aid 1 dobj NOUN aid
to 1 prep ADP
Peru 3 pobj PROPN
. 1 punct PUNCT
"""


def _received(rows: str, lang: str, peru: int) -> set[tuple[str, str, str]]:
    """(source, type, target) of each relation the receiving route finds on a hand-built parse
    naming Chile (token 0) and Peru (token ``peru``)."""
    names = [(0, 1, "COUNTRY", "chile"), (peru, peru + 1, "COUNTRY", "peru")]
    resolver, doc = hand_resolver(rows, lang, names)
    lexicon, grammar = load_lexicon(lang), load_grammar(lang)
    tagger = RelationTagger("t", lang, lexicon, load_kb(), UD if lang == "nl" else CLEAR, grammar)
    ctx = _Context(doc, resolver, {})
    return {(r.source, r.type, r.target) for r in tagger._received_relations(ctx)}


@pytest.mark.parametrize(
    "rows, lang, peru, expected",
    [
        (NL_NOUN, "nl", 4, {("peru", "SUPPORT", "chile")}),
        (NL_PARTICIPLE, "nl", 3, {("peru", "AID", "chile")}),
        (EN_NOUN, "en", 4, {("peru", "AID", "chile")}),
    ],
)
def test_received_the_giver_does_the_act_to_the_receiver(rows, lang, peru, expected):
    assert _received(rows, lang, peru) == expected


@pytest.mark.parametrize(
    "rows, lang, peru",
    [
        (NL_THING, "nl", 5),  # a letter received is no act
        (EN_SENT, "en", 4),  # sending is no receiving: the verb route reads it
    ],
)
def test_received_nothing_without_a_received_act(rows, lang, peru):
    assert _received(rows, lang, peru) == set()


# --- end to end, both languages ---------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("nl", "Kenia kreeg steun van Japan.", ("Japan", "SUPPORT", "Kenya")),
        ("nl", "Hongarije kreeg scherpe kritiek van Frankrijk.", ("France", "ACCUSE", "Hungary")),
        ("nl", "Kenia ontving vorig jaar hulp van Japan.", ("Japan", "AID", "Kenya")),
        ("en", "Kenya received military aid from Japan.", ("Japan", "AID", "Kenya")),
        ("en", "Kenya got strong support from Japan.", ("Japan", "SUPPORT", "Kenya")),
    ],
)
def test_received_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)
    # and not the other way round, as the verb's subject and object would have it
    assert (expected[2], expected[1], expected[0]) not in found, sorted(found)


# --- the event a verb of receiving takes as its object ---------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, receiver, giver, event",
    [
        (
            "en",
            "Joe Smith received a pardon from Donald Trump.",
            "Joe Smith",
            "Donald Trump",
            "pardon",
        ),
        ("nl", "Joe Smith kreeg gratie van Donald Trump.", "Joe Smith", "Donald Trump", "gratie"),
        ("en", "Kenya received a visit from Japan's prime minister.", "Kenya", "Japan", "visit"),
        ("nl", "Kenia kreeg bezoek van de Japanse premier.", "Kenya", "Japan", "visit"),
    ],
)
def test_receiver_is_the_target_of_the_received_event(lang, text, receiver, giver, event):
    found = typed(text, lang, participants=True)
    roles = {k[0]: r.get("role") for k, r in found.items() if k[1:] == ("PARTICIPANT", event)}
    assert roles == {receiver: "target", giver: "source"}, sorted(found)


@pytest.mark.model
def test_giver_keeps_the_source_of_a_given_event():
    found = typed("Donald Trump granted a pardon to Joe Smith.", "en", participants=True)
    roles = {k[0]: r.get("role") for k, r in found.items() if k[1:] == ("PARTICIPANT", "pardon")}
    assert roles == {"Donald Trump": "source", "Joe Smith": "target"}, sorted(found)


@pytest.mark.model
def test_verkrijgen_is_a_verb_of_receiving():
    found = relations("Kenia verkreeg een lening van Japan.", "nl")
    assert ("Japan", "AID", "Kenya") in found, sorted(found)
    assert ("Kenya", "AID", "Japan") not in found, sorted(found)


@pytest.mark.model
def test_receiver_of_an_amount_of_the_act_is_its_target():
    # the votes a candidate receives are cast for the candidate, who casts none of them
    found = typed("Joe Biden received 30% of the votes.", "en", participants=True)
    roles = [r.get("role") for k, r in found.items() if k[:2] == ("Joe Biden", "PARTICIPANT")]
    assert roles == ["target"], sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, actor, target",
    [
        # getting one's own act going is no receiving of it (review: the attacker became the
        # attack's target)
        ("nl", "Israël kreeg het offensief tegen Hamas op gang.", "Israel", "Hamas"),
        ("en", "Ukraine got its counteroffensive against Russia under way.", "Ukraine", "Russia"),
    ],
)
def test_getting_one_s_own_act_going_keeps_its_doer(lang, text, actor, target):
    found = relations(text, lang)
    assert (actor, "ASSAULT", target) in found, sorted(found)


@pytest.mark.model
def test_a_counted_noun_is_no_amount_of_an_act():
    # two warnings of an attack are no share of the attack (review: Russia ASSAULT Ukraine)
    found = relations("Oekraïne kreeg twee waarschuwingen van een aanval van Rusland.", "nl")
    assert ("Russia", "ASSAULT", "Ukraine") not in found, sorted(found)
