"""Issue 18 item 3 (dates5): a word before an event noun, or a noun that governs its phrase,
sets the mode of taking part in it.

"the upcoming talks", "de komende gesprekken" are still to come (planned); "the cancelled summit",
"de afgelaste top" did not take place (negated); a headline's noun with a verb after it and no
verb of its own reads as that verb's passive ("Top tussen Kenia en Somalië afgelast"); "the
cancellation of the summit", "de afgelasting van de top" is none either. The words are
``modifier`` and ``governor`` rows of ``modality.<lang>.tsv``. The sentences are written for
these tests (none comes from the yardstick, the probes or the corpora).
"""

from __future__ import annotations

import pytest

from extract.grammar.syntax import UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed


@pytest.mark.parametrize(
    "lang, word, mode",
    [
        ("en", "upcoming", "planned"),
        ("en", "cancelled", "negated"),
        ("nl", "komende", "planned"),
        ("nl", "afgelaste", "negated"),
    ],
)
def test_modifier_rows_are_read(lang, word, mode):
    assert load_lexicon(lang).modes[("modifier", word)] == mode


def _participations(text: str, lang: str) -> dict[str, str]:
    """Participant label -> mode of its PARTICIPANT relation."""
    found = typed(text, lang, participants=True)
    return {source: r["mode"] for (source, kind, _), r in found.items() if kind == "PARTICIPANT"}


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, mode",
    [
        # a noun that governs the event noun's phrase: its ``governor`` row
        (
            "en",
            "Uganda regretted the cancellation of the summit between Kenya and Somalia.",
            "negated",
        ),
        ("nl", "Oeganda betreurde de afgelasting van de top tussen Kenia en Somalië.", "negated"),
        ("en", "Uganda welcomed the upcoming talks between Kenya and Somalia.", "planned"),
        ("nl", "Oeganda verwelkomde de komende gesprekken tussen Kenia en Somalië.", "planned"),
        ("en", "Uganda criticised the cancelled summit between Kenya and Somalia.", "negated"),
        ("nl", "Oeganda bekritiseerde de afgelaste top tussen Kenia en Somalië.", "negated"),
        # a pending or future event is still to come
        ("en", "Uganda welcomed the pending talks between Kenya and Somalia.", "planned"),
        ("en", "Uganda welcomed future talks between Kenya and Somalia.", "planned"),
        ("nl", "Oeganda verwelkomde toekomstige gesprekken tussen Kenia en Somalië.", "planned"),
        # without such a word: taking part as told
        ("en", "Uganda welcomed the talks between Kenya and Somalia.", "asserted"),
        ("nl", "Oeganda verwelkomde de gesprekken tussen Kenia en Somalië.", "asserted"),
    ],
)
def test_a_word_before_the_event_noun_sets_the_mode_of_taking_part(lang, text, mode):
    modes = _participations(text, lang)
    assert (modes["Kenya"], modes["Somalia"]) == (mode, mode)


class _Words:
    """What :meth:`EventRelations._modified_mode` reads of the relation component."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lexicon = load_lexicon(lang)
        self.scheme = UD

    def _governing_noun_mode(self, noun):
        from extract.components.relations.events import EventRelations

        return EventRelations._governing_noun_mode(self, noun)


# "Derde top tussen Kenia en Somalië afgelast na ruzie", parsed as the Dutch model parses such a
# headline at times: the noun as the root, the verb after it as parataxis, no subject
HEADLINE = """
Derde 1 amod ADJ derde
top 1 ROOT NOUN top
tussen 3 case ADP tussen
Kenia 1 nmod PROPN Kenia
afgelast 1 parataxis VERB afgelast
na 6 case ADP na
ruzie 4 obl NOUN ruzie
"""


@pytest.mark.parametrize(
    "rows, expected",
    [
        (HEADLINE, "negated"),
        # the same verb with a subject of its own tells another act
        (HEADLINE + "Oeganda 4 nsubj PROPN Oeganda\n", None),
        # "de komende top": the word before the noun
        ("de 2 det DET de\nkomende 2 amod ADJ komen\ntop 2 ROOT NOUN top\n", "planned"),
        # after the noun, not in a headline: no modifier ("de top, gepland voor maart")
        ("top 0 ROOT NOUN top\ngeplande 0 amod ADJ geplande\n", None),
    ],
)
def test_the_mode_a_word_beside_a_headline_noun_sets(rows, expected):
    from extract.components.relations.events import EventRelations

    doc = parse(rows, "nl")
    noun = next(t for t in doc if t.text == "top")
    assert EventRelations._modified_mode(_Words("nl"), noun) == expected


@pytest.mark.parametrize(
    "rows, expected",
    [
        # "de afgelasting van de top": the top is cancelled
        (
            "de 1 det DET de\nafgelasting 1 ROOT NOUN afgelasting\nvan 3 case ADP van\n"
            "top 1 nmod NOUN top\n",
            "negated",
        ),
        # "het uitstel van de top": still to come
        (
            "het 1 det DET het\nuitstel 1 ROOT NOUN uitstel\nvan 3 case ADP van\n"
            "top 1 nmod NOUN top\n",
            "planned",
        ),
        # "de locatie van de top": no mode
        (
            "de 1 det DET de\nlocatie 1 ROOT NOUN locatie\nvan 3 case ADP van\n"
            "top 1 nmod NOUN top\n",
            None,
        ),
    ],
)
def test_the_mode_a_noun_governing_the_event_nouns_phrase_sets(rows, expected):
    from extract.components.relations.events import EventRelations

    doc = parse(rows, "nl")
    assert EventRelations._governing_noun_mode(_Words("nl"), doc[3]) == expected


def test_clause_governors_are_read_from_the_scope_column():
    # "is set to meet", "is due to sign": they plan a clause, never a noun
    lexicon = load_lexicon("en")
    assert {"set", "due"} <= lexicon.clause_governors
    assert lexicon.modes[("governor", "set")] == "planned"
    assert "plan" not in lexicon.clause_governors and not load_lexicon("nl").clause_governors


@pytest.mark.parametrize(
    "verb, expected",
    [
        # "They set a deadline": no deadline is planned
        ("set", None),
        # "They scheduled a vote": the vote is to come
        ("scheduled", "planned"),
    ],
)
def test_the_mode_a_verb_sets_for_the_noun_it_governs(verb, expected):
    from extract.components.relations.events import EventRelations

    lemma = "schedule" if verb == "scheduled" else verb
    doc = parse(f"They 1 nsubj PRON they\n{verb} 1 ROOT VERB {lemma}\nvote 1 obj NOUN vote\n", "en")
    assert EventRelations._own_mode(_Words("en"), doc[1]) == expected


def test_phrase_governors_are_read_from_the_scope_column():
    # "called the deal lousy", "ordered the killing": a demanding verb's object is no demand
    assert {"call", "order", "press"} <= load_lexicon("en").phrase_governors
    assert "bevelen" in load_lexicon("nl").phrase_governors
    assert "demand" not in load_lexicon("en").phrase_governors


@pytest.mark.parametrize(
    "lang, rows, expected",
    [
        # "They ordered the evacuation": the order is the act, the evacuation not asked for
        (
            "en",
            "They 1 nsubj PRON they\nordered 1 ROOT VERB order\nevacuation 1 obj NOUN evacuation\n",
            None,
        ),
        # "They called the summit useless": naming, no call for a summit
        ("en", "They 1 nsubj PRON they\ncalled 1 ROOT VERB call\nsummit 1 obj NOUN summit\n", None),
        # "They demanded talks": the talks are asked for
        (
            "en",
            "They 1 nsubj PRON they\ndemanded 1 ROOT VERB demand\ntalks 1 obj NOUN talk\n",
            "demanded",
        ),
        (
            "nl",
            "Zij 1 nsubj PRON zij\nbevalen 1 ROOT VERB bevelen\nevacuatie 1 obj NOUN evacuatie\n",
            None,
        ),
        (
            "nl",
            "Zij 1 nsubj PRON zij\neisten 1 ROOT VERB eisen\ngesprekken 1 obj NOUN gesprek\n",
            "demanded",
        ),
    ],
)
def test_a_demanding_verb_of_phrases_sets_no_mode_for_its_object(lang, rows, expected):
    from extract.components.relations.events import EventRelations

    assert EventRelations._own_mode(_Words(lang), parse(rows, lang)[1]) == expected


def test_the_noun_of_a_phrase_governor_still_sets_the_mode_of_its_phrase():
    # "a call for talks": the talks are asked for
    from extract.components.relations.events import EventRelations

    rows = "a 1 det DET a\ncall 1 ROOT NOUN call\nfor 3 case ADP for\ntalks 1 nmod NOUN talk\n"
    doc = parse(rows, "en")
    assert EventRelations._governing_noun_mode(_Words("en"), doc[3]) == "demanded"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, mode",
    [
        # the word before the noun, not the naming verb, sets the mode
        ("Uganda called the proposed summit between Kenya and Somalia useless.", "planned"),
        ("Uganda ordered the evacuation of Kenya and Somalia.", "asserted"),
    ],
)
def test_the_object_of_a_naming_or_ordering_verb_is_not_demanded(text, mode):
    modes = _participations(text, "en")
    assert modes.get("Kenya") == mode
