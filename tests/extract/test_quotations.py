"""The speaker of a direct quotation carried into its "I" and "we" (extract/grammar/quotations.py).

Hand-built parses check which quotations are found and whose speaker a first-person pronoun
gets; end-to-end sentences in both languages check the relations a reader draws, and that a
speaker named only in another sentence of the quote gives a less confident relation.
"""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.relation import CONFIDENCE
from extract.grammar.quotations import Quotations
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, parse, typed

FIRST = "PronType=Prs|Person=1"


def quotations(rows: str, lang: str, names: dict[int, str], breaks: list[int] = ()):
    """(Quotations, doc) of a parse from lines 'word head dep pos lemma [morph]' whose tokens
    ``names`` stand for the given entity ids; ``breaks``: line-break character offsets."""
    doc = parse(rows)
    found = Quotations(
        doc,
        UD if lang == "nl" else CLEAR,
        load_lexicon(lang),
        lambda t: [names[t.i]] if t.i in names else [],
        lambda e: True,
        list(breaks),
    )
    return found, doc


# '"We warn Iran. We will strike," Saree said.'
TWO_SENTENCE_QUOTE = f"""
" 2 punct PUNCT "
We 2 nsubj PRON we {FIRST}
warn 2 ROOT VERB warn
Iran 2 dobj PROPN Iran
. 2 punct PUNCT .
We 7 nsubj PRON we {FIRST}
will 7 aux AUX will
strike 11 ccomp VERB strike
, 11 punct PUNCT ,
" 11 punct PUNCT "
Saree 11 nsubj PROPN Saree
said 11 ROOT VERB say
. 11 punct PUNCT .
"""


def test_quotations_we_in_every_sentence_of_a_quote_is_its_speaker():
    found, doc = quotations(TWO_SENTENCE_QUOTE, "en", {10: "saree"})
    assert found.spans() == [(0, 9)]
    assert found.speaker_of(doc[1]) == ["saree"]
    assert found.speaker_of(doc[5]) == ["saree"]


def test_quotations_the_speakers_carried_are_known_before_any_pronoun_is_resolved():
    # the first "We" has its speaker only in the next sentence: carried, whether or not a route
    # has asked whom it stands for yet (a relation's confidence must not depend on route order);
    # the second "We" shares its sentence with "Saree" and is no carried speaker
    names = [(3, 4, "COUNTRY", "iran"), (10, 11, "PERSON", "saree")]
    resolver, doc = hand_resolver(TWO_SENTENCE_QUOTE, "en", names)
    first, second = doc[0:5], doc[5:13]
    assert resolver.carried_into(first) == {"saree"}
    assert resolver.carried_into(second) == set()
    assert resolver.actors(doc[1]) == ["saree"]
    assert resolver.carried_into(first) == {"saree"}


def test_quotations_a_pronoun_outside_the_quote_or_not_first_person_is_nobody():
    rows = TWO_SENTENCE_QUOTE.replace(f"We 7 nsubj PRON we {FIRST}", "They 7 nsubj PRON they")
    found, doc = quotations(rows, "en", {10: "saree"})
    assert found.speaker_of(doc[5]) == []
    assert found.speaker_of(doc[10]) == []


def test_quotations_two_speakers_give_no_speaker():
    # '"We warn Iran. We will strike," Saree said and Peskov said.': unclear whose words
    rows = TWO_SENTENCE_QUOTE.replace(". 11 punct PUNCT .", "and 11 cc CCONJ and") + (
        "Peskov 14 nsubj PROPN Peskov\nsaid 11 conj VERB say\n. 11 punct PUNCT .\n"
    )
    found, doc = quotations(rows, "en", {10: "saree", 13: "peskov"})
    assert found.speaker_of(doc[1]) == []


def test_quotations_marks_do_not_pair_across_a_paragraph_break():
    # the opening mark's paragraph ends before the closing one: no quotation, no speaker
    found, doc = quotations(TWO_SENTENCE_QUOTE, "en", {10: "saree"}, breaks=[doc_break()])
    assert found.spans() == []
    assert found.speaker_of(doc[1]) == []


def doc_break() -> int:
    """A character offset inside the quote of TWO_SENTENCE_QUOTE (after "Iran .")."""
    return len('" We warn Iran . ') - 1


# 'Saree zei: "Onze doelen groeien. Wij waarschuwen Iran."'
DUTCH_QUOTE = f"""
Saree 1 nsubj PROPN Saree
zei 1 ROOT VERB zeggen
: 1 punct PUNCT :
" 6 punct PUNCT "
Onze 5 nmod:poss PRON ons {FIRST}|Poss=Yes
doelen 6 nsubj NOUN doel
groeien 1 parataxis VERB groeien
. 6 punct PUNCT .
Wij 9 nsubj PRON wij {FIRST}
waarschuwen 9 ROOT VERB waarschuwen
Iran 9 obj PROPN Iran
. 9 punct PUNCT .
" 9 punct PUNCT "
"""


def test_quotations_dutch_wij_is_the_speaker_but_a_possessive_is_not():
    found, doc = quotations(DUTCH_QUOTE, "nl", {0: "saree"})
    assert found.spans() == [(3, 12)]
    assert found.speaker_of(doc[8]) == ["saree"]
    assert found.speaker_of(doc[4]) == []


CARRIED = [
    (
        "en",
        'Houthi spokesman Yahya Saree spoke in Sanaa. "We warn Saudi Arabia. We will strike '
        'again," Saree said.',
        "Houthi spokesman Yahya Saree spoke in Sanaa. Yahya Saree warns Saudi Arabia.",
    ),
    (
        "nl",
        'Houthi-woordvoerder Yahya Saree sprak in Sanaa. "Wij waarschuwen Saudi-Arabië. We '
        'slaan opnieuw toe", zei Saree.',
        "Houthi-woordvoerder Yahya Saree sprak in Sanaa. Saree waarschuwt Saudi-Arabië.",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, named", CARRIED, ids=[c[0] for c in CARRIED])
def test_quotations_the_speaker_acts_in_a_quote_attributed_in_another_sentence(lang, text, named):
    expected = ("Yahya Saree", "THREATEN", "Saudi Arabia")
    found = typed(text, lang)
    assert expected in found, sorted(found)
    # the same act with the speaker named in its own sentence is trusted more
    own = typed(named, lang)[expected]["confidence"]
    assert found[expected]["confidence"] == pytest.approx(own * CONFIDENCE["carried"], abs=0.01)
    assert found[expected]["confidence"] < own


SAME_SENTENCE = [
    (
        "en",
        'Cuban minister Bruno Parrilla responded on Twitter: "I strongly reject the new measure '
        'of the United States."',
        ("Bruno Parrilla", "REJECT", "United States"),
    ),
    (
        "nl",
        '"Wij waarschuwen Saudi-Arabië dat onze doelwitten verder zullen reiken", zei Yahya Saree.',
        ("Yahya Saree", "THREATEN", "Saudi Arabia"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, expected", SAME_SENTENCE, ids=[c[0] for c in SAME_SENTENCE])
def test_quotations_i_and_we_are_the_speaker_of_the_sentence(lang, text, expected):
    assert expected in typed(text, lang)


UNATTRIBUTED = [
    # the quote says nowhere who speaks, and the sentence before it is no speech
    ("en", 'Dmitry Peskov arrived in Minsk on Sunday. "We condemn Ukraine."', "Dmitry Peskov"),
    ("nl", 'Dmitri Peskov kwam zondag aan in Minsk. "Wij veroordelen Oekraïne."', "Dmitry Peskov"),
    # a speech before a paragraph break does not introduce the quote after it
    ("en", 'Dmitry Peskov said the talks had ended.\n"We condemn Ukraine."', "Dmitry Peskov"),
    (
        "nl",
        'Dmitri Peskov zei dat de gesprekken voorbij waren.\n"Wij veroordelen Oekraïne."',
        "Dmitry Peskov",
    ),
    # a quote of another speaker after it: its "we" is not carried back to the first one
    (
        "en",
        '"We condemn Ukraine," Dmitry Peskov said. Volodymyr Zelensky replied: "We accuse Russia."',
        "Dmitry Peskov",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, speaker", UNATTRIBUTED, ids=[c[0] for c in UNATTRIBUTED])
def test_quotations_a_quote_without_its_own_attribution_carries_no_speaker(lang, text, speaker):
    found = typed(text, lang)
    wrong = [k for k in found if k[0] == speaker and k[2] == "Russia"]
    assert not wrong, sorted(found)
    if "Zelensky" not in text:
        assert not [k for k in found if k[0] == speaker], sorted(found)


INTRODUCED = [
    (
        "en",
        'A Kremlin spokesman said the talks had ended. "No soldiers were hurt. We condemn '
        'Ukraine."',
    ),
    (
        "nl",
        'Een woordvoerder van het Kremlin zei dat de gesprekken voorbij waren. "Er raakten geen '
        'soldaten gewond. Wij veroordelen Oekraïne."',
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text", INTRODUCED, ids=[c[0] for c in INTRODUCED])
def test_quotations_a_quote_opening_after_a_speech_is_that_speakers(lang, text):
    found = typed(text, lang)
    assert ("Kremlin", "ACCUSE", "Ukraine") in found, sorted(found)
