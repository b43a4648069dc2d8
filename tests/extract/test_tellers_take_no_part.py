"""Whoever only tells ("said", "indicated", "zei tegen", "had aangegeven") and whom it is told to
take no part in an event named only inside what was told
(extract/components/relations/speech.py ``_tellers_take_no_part``): the gold gives such a
speaker a STATEMENT or nothing, never PARTICIPANT. One named inside the told clause as well
keeps its part. On hand-built parses, then end to end in both languages."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.events import EventMention, Participant
from extract.components.relations.context import _Context
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, typed

# "Herald said the strike ended ." (Herald 0, strike 3)
EN_SAID = """
Herald 1 nsubj PROPN
said 1 ROOT VERB say
the 3 det DET
strike 4 nsubj NOUN
ended 1 ccomp VERB end
. 1 punct PUNCT
"""

# "Herald said it ended the strike ." (Herald 0, it 2, strike 5): named inside as well
EN_SAID_ITSELF = """
Herald 1 nsubj PROPN
said 1 ROOT VERB say
it 3 nsubj PRON
ended 1 ccomp VERB end
the 5 det DET
strike 3 dobj NOUN
. 1 punct PUNCT
"""

# "Herald accused Okafor of the strike ." (no verb that only tells)
EN_ACCUSED = """
Herald 1 nsubj PROPN
accused 1 ROOT VERB accuse
Okafor 1 dobj PROPN
of 1 prep ADP
the 5 det DET
strike 3 pobj NOUN
. 1 punct PUNCT
"""

# "Een woordvoerder zei tegen Herald dat de staking voorbij was ." with the parser's reading of
# the that-clause as a relative clause on the addressee (Herald 3, staking 7)
NL_TOLD_TO = """
Een 1 det DET een
woordvoerder 2 nsubj NOUN woordvoerder
zei 2 ROOT VERB zeggen
tegen 4 case ADP tegen
Herald 2 obl:arg PROPN
dat 8 nsubj SCONJ dat
de 7 det DET de
staking 8 nsubj NOUN staking
voorbij 4 acl:relcl VERB voorbij
was 8 cop AUX zijn
. 2 punct PUNCT
"""


def _left(rows: str, lang: str, herald: int, strike: int, named: int | None = None) -> set[str]:
    """Who still takes part in the strike (event noun at ``strike``) after the tellers were
    taken out, where Herald (at ``herald``) was first read as its source; ``named`` is a token
    (a pronoun) that stands for Herald."""
    names = [(herald, herald + 1, "ORG", "herald")]
    resolver, doc = hand_resolver(rows, lang, names)
    if named is not None:
        resolver.actors = lambda t, _a=resolver.actors: ["herald"] if t.i == named else _a(t)
    tagger = RelationTagger(
        "t", lang, load_lexicon(lang), load_kb(), UD if lang == "nl" else CLEAR, load_grammar(lang)
    )
    token = doc[strike]
    event = EventMention(
        id="event:0",
        kind="protest",
        type="PROTEST",
        trigger=token.text,
        trigger_start=token.idx,
        trigger_end=token.idx + len(token.text),
        sentence=0,
        mentions=[strike],
        participants=[Participant("herald", "source", strike, 0)],
    )
    resolver.events[strike] = event.id
    ctx = _Context(doc, resolver, {})
    ctx.events = {event.id: event}
    tagger._tellers_take_no_part(ctx)
    return {p.entity for p in event.participants}


def test_a_speaker_takes_no_part_in_the_event_it_tells_of():
    assert _left(EN_SAID, "en", 0, 3) == set()


def test_the_addressee_takes_no_part_in_the_event_told_to_it():
    assert _left(NL_TOLD_TO, "nl", 4, 7) == set()


def test_a_speaker_named_inside_what_it_told_keeps_its_part():
    assert _left(EN_SAID_ITSELF, "en", 0, 5, named=2) == {"herald"}


def test_a_verb_that_does_more_than_tell_keeps_the_part():
    assert _left(EN_ACCUSED, "en", 0, 5) == {"herald"}


# --- end to end, both languages ---------------------------------------------------------------


@pytest.mark.model
def test_end_to_end_who_indicated_what_the_hearing_brings_takes_no_part_in_it():
    found = typed(
        "De politie van Rotterdam, die dinsdag had aangegeven dat er bij de zitting van vrijdag "
        "een uitspraak zou komen, kreeg kritiek.",
        "nl",
        participants=True,
    )
    assert ("politie van Rotterdam", "PARTICIPANT", "trial") not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Shell said it would attend the talks with Nigeria in Abuja."),
        ("nl", "Shell zei dat het de gesprekken met Nigeria in Abuja zou bijwonen."),
    ],
)
def test_end_to_end_a_speaker_that_tells_its_own_part_keeps_it(lang, text):
    """ "Shell said it would attend the talks": Shell, named inside what it told by "it" /
    "het", keeps its part in the talks."""
    found = typed(text, lang, participants=True)
    assert any(k[:2] == ("Shell", "PARTICIPANT") for k in found), sorted(found)
