"""Issue 18 (evtype14): Dutch phrases the parser hung on a bare time noun or a stray particle.

"Marokko werkt sinds januari met Spanje samen bij het opsporen van ..." lost its COOPERATE
twice over: the parser hung "met Spanje" on "januari" (a month names no one, so the phrase
belongs to the verb), and "samen" as an adverbial clause of "werkt" that carries "bij het
opsporen", so the stray particle no longer joined its verb (samenwerken). Both are readings of
the Dutch (UD) parser; the English parser hangs such phrases on the verb, so the end-to-end check
in English only guards that nothing changes there.
"""

from __future__ import annotations

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.grammar.lemmas import verb_lemmas_of
from extract.grammar.syntax import UD, prepositional_args, time_nouns
from tests.extract.extraction_helpers import parse, typed

# "Noorwegen overlegt sinds maart met Zweden": "met Zweden" hung on the month
NL_ON_MONTH = """
Noorwegen 1 nsubj PROPN
overlegt 1 ROOT VERB overleggen
sinds 3 case ADP
maart 1 obl PROPN
met 5 case ADP
Zweden 3 flat PROPN
. 1 punct PUNCT
"""

# the same phrase on a noun that is no time: "de handel met Zweden" stays the noun's
NL_ON_NOUN = """
Noorwegen 1 nsubj PROPN
bespreekt 1 ROOT VERB bespreken
de 3 det DET
handel 1 obj NOUN
met 5 case ADP
Zweden 3 nmod PROPN
. 1 punct PUNCT
"""

# "Peru werkt samen bij het bestrijden van ...": the stray particle carries a phrase
NL_PARTICLE_WITH_PHRASE = """
Peru 1 nsubj PROPN
werkt 1 ROOT VERB werken
samen 1 advcl ADV
bij 5 case ADP
het 5 det DET
bestrijden 2 obl:arg VERB
. 1 punct PUNCT
"""

# an adverb after the stray word is no phrase of the verb: "samen" stays an adverb
NL_ADVERB_WITH_ADVERB = """
Peru 1 nsubj PROPN
werkt 1 ROOT VERB werken
samen 1 advcl ADV
vandaag 2 advmod ADV
. 1 punct PUNCT
"""


def test_time_nouns_are_weekdays_units_and_months():
    words = time_nouns("nl")
    assert {"maandag", "week", "jaar", "januari", "maart"} <= words
    assert "handel" not in words
    assert {"monday", "january"} <= time_nouns("en")


def test_a_phrase_hung_on_a_bare_time_noun_is_the_verbs():
    doc = parse(NL_ON_MONTH, lang="nl")
    found = [(p, n.text) for p, n in prepositional_args(doc[1], UD)]
    assert ("met", "Zweden") in found


def test_a_phrase_hung_on_another_noun_stays_the_nouns():
    doc = parse(NL_ON_NOUN, lang="nl")
    found = [(p, n.text) for p, n in prepositional_args(doc[1], UD)]
    assert ("met", "Zweden") not in found


def test_a_stray_particle_that_carries_a_phrase_still_joins_its_verb():
    doc = parse(NL_PARTICLE_WITH_PHRASE, lang="nl")
    assert verb_lemmas_of(doc[1], UD, "nl")[0] == "samenwerken"


def test_a_stray_word_with_a_later_adverb_is_no_particle():
    doc = parse(NL_ADVERB_WITH_ADVERB, lang="nl")
    assert verb_lemmas_of(doc[1], UD, "nl")[0] != "samenwerken"


def test_end_to_end_cooperation_since_a_month_with_a_phrase_on_the_particle():
    found = typed(
        "Noorwegen werkt sinds februari met Zweden samen bij het bestrijden van bosbranden"
        " in het noorden, zei een woordvoerder.",
        "nl",
    )
    assert ("Norway", "COOPERATE", "Sweden") in found, sorted(found)


def test_end_to_end_english_cooperation_since_a_month():
    found = typed("Norway has worked with Sweden since February on fighting forest fires.", "en")
    assert ("Norway", "COOPERATE", "Sweden") in found, sorted(found)


# "Peru sprak ruim een uur met Chili": "met Chili" hung on the duration
NL_ON_DURATION = """
Peru 1 nsubj PROPN
sprak 1 ROOT VERB spreken
ruim 4 amod ADJ
een 4 det DET
uur 1 obl NOUN
met 6 case ADP
Chili 4 nmod PROPN
. 1 punct PUNCT
"""


def test_a_phrase_hung_on_a_duration_is_the_verbs():
    assert {"uur", "minuten"} <= time_nouns("nl")
    assert {"hour", "minutes"} <= time_nouns("en")
    doc = parse(NL_ON_DURATION, lang="nl")
    found = [(p, n.text) for p, n in prepositional_args(doc[1], UD)]
    assert ("met", "Chili") in found


def test_end_to_end_a_call_of_an_hour_is_consulting():
    found = typed(
        "Het ministerie meldde dat Mette Frederiksen ruim een uur met de Noorse premier Jonas"
        " Gahr Støre had gebeld over de energieprijzen.",
        "nl",
    )
    assert ("Mette Frederiksen", "CONSULT", "Jonas Gahr Støre") in found, sorted(found)
