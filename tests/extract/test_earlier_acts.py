"""A definite event noun that names no maker refers back to the act of its stem told before it
("Macron called for action ... Merkel criticised the call"), and a general act noun that a
reaction takes ("the move", "de stap") to the act of a type it fits just before it: the verbs found
on hand-built parses, then the relations end to end in both languages on sentences written for the
tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract.errors import LexiconError
from extract.grammar.argument_words import load_grammar
from extract.grammar.earlier_acts import earlier_act, nearest_acts, same_stem
from extract.lexicon import DEFAULT_LEXICON_DIR
from records.vocabulary import PLOVER_TYPES
from tests.extract.extraction_helpers import parse, records_of, relations

# --- the verb of the noun's stem --------------------------------------------------------------


@pytest.mark.parametrize(
    "verb, noun, expected",
    [
        ("oproepen", "oproep", True),
        ("call", "call", True),
        ("propose", "proposal", True),
        ("meet", "meeting", True),
        ("back", "call", False),
        ("steunen", "oproep", False),
        ("be", "bet", False),  # short words only when equal
        ("rule", "ruling", True),
        ("come", "complaint", False),  # "com" is less than half the noun
    ],
)
def test_earlier_acts_same_stem(verb, noun, expected):
    assert same_stem(verb, noun) is expected


EN_CALL = """
Macron 1 nsubj PROPN
called 1 ROOT VERB call
for 1 prep ADP
action 2 pobj NOUN
. 1 punct PUNCT
Merkel 6 nsubj PROPN
criticised 6 ROOT VERB criticise
the 8 det DET
call 6 dobj NOUN
. 6 punct PUNCT
"""

NL_CALL = """
Macron 1 nsubj PROPN
riep 1 ROOT VERB oproepen
op 1 compound:prt ADP
tot 4 case ADP
actie 1 obl NOUN
. 1 punct PUNCT
Merkel 7 nsubj PROPN
steunde 7 ROOT VERB steunen
de 9 det DET
oproep 7 obj NOUN
. 7 punct PUNCT
"""

#: Three sentences between the act and the noun: beyond the window.
NL_FAR = """
Macron 1 nsubj PROPN
riep 1 ROOT VERB oproepen
. 1 punct PUNCT
Het 4 nsubj PRON
regende 4 ROOT VERB regenen
. 4 punct PUNCT
Het 7 nsubj PRON
waaide 7 ROOT VERB waaien
. 7 punct PUNCT
Het 10 nsubj PRON
sneeuwde 10 ROOT VERB sneeuwen
. 10 punct PUNCT
Merkel 13 nsubj PROPN
steunde 13 ROOT VERB steunen
de 15 det DET
oproep 13 obj NOUN
. 13 punct PUNCT
"""


def _lemmas(token):
    return [token.lemma_]


@pytest.mark.parametrize("rows, noun, verb", [(EN_CALL, 8, 1), (NL_CALL, 9, 1)])
def test_earlier_acts_noun_refers_to_the_verb_of_its_stem(rows, noun, verb):
    doc = parse(rows)
    found = earlier_act(doc[noun], _lemmas)
    assert found is not None and found.i == verb


def test_earlier_acts_nothing_beyond_the_window():
    doc = parse(NL_FAR)
    assert earlier_act(doc[15], _lemmas) is None


# --- end to end -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a stance on the act ("the call" is an EVENT node in English): aimed at its maker too
        (
            "en",
            "Emmanuel Macron called for G7 action on Thursday. Angela Merkel criticised the call.",
            ("Angela Merkel", "ACCUSE", "Emmanuel Macron"),
        ),
        (
            "nl",
            "Emmanuel Macron heeft donderdag opgeroepen tot actie van de G7. Angela Merkel "
            "bekritiseerde de oproep.",
            ("Angela Merkel", "ACCUSE", "Emmanuel Macron"),
        ),
        # support of any kind, through a passive agent
        (
            "en",
            "Emmanuel Macron called for G7 action on Thursday. The call was seconded by Angela "
            "Merkel.",
            ("Angela Merkel", "SUPPORT", "Emmanuel Macron"),
        ),
        (
            "nl",
            "Emmanuel Macron heeft donderdag opgeroepen tot actie van de G7. De oproep werd "
            "gesteund door Angela Merkel.",
            ("Angela Merkel", "SUPPORT", "Emmanuel Macron"),
        ),
        # a general act noun ("the move", "de stap"): the act of a type it fits just before it
        (
            "en",
            "Russia annexed Crimea on Monday. The European Union condemned the move.",
            ("European Union", "ACCUSE", "Russia"),
        ),
        (
            "nl",
            "Rusland annexeerde maandag de Krim. De Europese Unie veroordeelde de stap.",
            ("European Union", "ACCUSE", "Russia"),
        ),
        # a passive's agent reacts
        (
            "en",
            "Turkey banned imports of French wine on Friday. The decision was welcomed by Greece.",
            ("Greece", "SUPPORT", "Türkiye"),
        ),
        (
            "nl",
            "Turkije verbood vrijdag de invoer van Franse wijn. Het besluit werd door Frankrijk "
            "bekritiseerd.",
            ("France", "ACCUSE", "Türkiye"),
        ),
        # a judgement of the act
        (
            "en",
            "Russia annexed Crimea on Monday. Germany called the move illegal.",
            ("Germany", "ACCUSE", "Russia"),
        ),
        (
            "nl",
            "Rusland annexeerde maandag de Krim. Duitsland noemde de stap onwettig.",
            ("Germany", "ACCUSE", "Russia"),
        ),
        # a stance on an attack told by a verb of another stem
        (
            "en",
            "Hamas fired rockets at Israel on Monday. Germany condemned the attack.",
            ("Germany", "ACCUSE", "Hamas"),
        ),
        (
            "nl",
            "Hamas vuurde maandag raketten af op Israël. Duitsland veroordeelde de aanval.",
            ("Germany", "ACCUSE", "Hamas"),
        ),
    ],
)
def test_earlier_acts_stance_on_an_earlier_act_reaches_its_maker(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, f"{expected} not in {sorted(found)}"


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Greece and Cyprus met in Athens on Monday. The meeting was attended by Ben Carter.",
        ),
        (
            "nl",
            "Griekenland en Cyprus kwamen maandag bijeen in Athene. De bijeenkomst werd "
            "bijgewoond door Ben Carter.",
        ),
    ],
)
def test_earlier_acts_attending_the_earlier_act_is_no_act_towards_its_makers(lang, text):
    """Who attends a meeting takes part in it: no CONSULT with those who met before."""
    found = relations(text, lang)
    assert not {r for r in found if r[0] == "Ben Carter" and r[2] in ("Greece", "Cyprus")}, found


def test_earlier_acts_noun_of_a_verb_phrase_reaches_the_maker():
    """ "backed the call" is typed by its phrase (the noun is part of the act): with no name
    inside the noun, the act is aimed at whoever made the call."""
    found = relations(
        "Emmanuel Macron called for G7 action on Thursday. Angela Merkel backed the call.", "en"
    )
    assert any(r[0] == "Angela Merkel" and r[2] == "Emmanuel Macron" for r in found), found


# --- a general act noun: the acts of a type it fits just before it ----------------------------

#: The types of the hand-built parses' verbs (the verb lexicon's, for these tests).
ACT_TYPES = {
    "annex": "COERCE",
    "annexeren": "COERCE",
    "condemn": "ACCUSE",
    "veroordelen": "ACCUSE",
    "expel": "SANCTION",
    "fire": "ASSAULT",
}

EN_MOVE = """
Russia 1 nsubj PROPN
annexed 1 ROOT VERB annex
Crimea 1 dobj PROPN
. 1 punct PUNCT
Germany 5 nsubj PROPN
condemned 5 ROOT VERB condemn
the 7 det DET
move 5 dobj NOUN move
. 5 punct PUNCT
"""

NL_MOVE = """
Rusland 1 nsubj PROPN
annexeerde 1 ROOT VERB annexeren
de 3 det DET
Krim 1 obj PROPN
. 1 punct PUNCT
Duitsland 6 nsubj PROPN
veroordeelde 6 ROOT VERB veroordelen
de 8 det DET
stap 6 obj NOUN stap
. 6 punct PUNCT
"""

#: "After Russia annexed Crimea, Germany condemned the move": the act in the noun's own sentence,
#: not the reaction that governs the noun.
EN_OWN = """
After 2 mark SCONJ
Russia 2 nsubj PROPN
annexed 6 advcl VERB annex
Crimea 2 dobj PROPN
, 6 punct PUNCT
Germany 6 nsubj PROPN
condemned 6 ROOT VERB condemn
the 8 det DET
move 6 dobj NOUN move
. 6 punct PUNCT
"""

#: Two acts in the sentence before: both are candidates (the caller gives nothing when their
#: makers differ).
EN_TWO = """
Poland 1 nsubj PROPN
expelled 1 ROOT VERB expel
diplomats 1 dobj NOUN
and 1 cc CCONJ
Hamas 5 nsubj PROPN
fired 1 conj VERB fire
rockets 5 dobj NOUN
. 1 punct PUNCT
Germany 9 nsubj PROPN
condemned 9 ROOT VERB condemn
the 11 det DET
move 9 dobj NOUN move
. 9 punct PUNCT
"""

#: The act two sentences before the noun: beyond its reach.
EN_TWO_BACK = """
Russia 1 nsubj PROPN
annexed 1 ROOT VERB annex
Crimea 1 dobj PROPN
. 1 punct PUNCT
It 5 nsubj PRON
rained 5 ROOT VERB rain
. 5 punct PUNCT
Germany 8 nsubj PROPN
condemned 8 ROOT VERB condemn
the 10 det DET
move 8 dobj NOUN move
. 8 punct PUNCT
"""


@pytest.mark.parametrize(
    "lang, noun, fits",
    [
        ("en", "move", set(PLOVER_TYPES)),
        ("en", "attack", {"ASSAULT"}),
        ("nl", "stap", set(PLOVER_TYPES)),
        ("nl", "verbod", {"SANCTION", "COERCE"}),
    ],
)
def test_earlier_acts_act_nouns_read_with_the_types_they_fit(lang, noun, fits):
    assert load_grammar(lang).act_nouns[noun] == fits


def test_earlier_acts_act_noun_of_an_unknown_type_names_file_and_line(tmp_path: Path):
    folder = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_LEXICON_DIR, folder)
    path = folder / "actnouns.en.tsv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "gesture\tASSAULT GESTURE\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_grammar("en", folder)
    line = text.count("\n") + 1
    assert str(err.value).startswith(f"unknown relation type 'GESTURE' in {path}, line {line};")


def _act_type(verb):
    return ACT_TYPES.get(verb.lemma_)


ANY = frozenset(set(ACT_TYPES.values()))


@pytest.mark.parametrize(
    "rows, noun, fits, expected",
    [
        (EN_MOVE, 7, ANY, [1]),
        (NL_MOVE, 8, ANY, [1]),
        (EN_OWN, 8, ANY, [2]),  # not "condemned", which governs the noun
        (EN_TWO, 11, ANY, [1, 5]),
        (EN_TWO, 11, frozenset({"ASSAULT"}), [5]),  # "the attack": only the act of its type
        (EN_MOVE, 7, frozenset({"ASSAULT"}), []),  # an annexation is no attack
        (EN_TWO_BACK, 10, ANY, []),
    ],
)
def test_earlier_acts_general_noun_finds_the_acts_just_before_it(rows, noun, fits, expected):
    doc = parse(rows)
    assert [v.i for v in nearest_acts(doc[noun], _act_type, fits)] == expected


@pytest.mark.parametrize(
    "lang, act, reaction",
    [
        ("en", "Russia annexed Crimea on Monday.", "The European Union condemned the move."),
        ("nl", "Rusland annexeerde maandag de Krim.", "De Europese Unie veroordeelde de stap."),
    ],
)
def test_earlier_acts_reaction_evidence_is_the_reaction_sentence(lang, act, reaction):
    records = records_of(f"{act} {reaction}", lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    sentence = {s["id"]: s["text"] for s in records["sentences"]}
    evidence = [
        sentence[r["sentence"]]
        for r in records["relations"]
        if (label[r["source"]], r["type"], label[r["target"]])
        == ("European Union", "ACCUSE", "Russia")
    ]
    assert evidence == [reaction]


@pytest.mark.parametrize(
    "lang, text, reactor",
    [
        # two acts with other makers just before: neither is taken
        (
            "en",
            "Poland expelled two Russian diplomats on Monday, and Hungary sanctioned three "
            "Russian banks. Russia condemned the move.",
            "Russia",
        ),
        (
            "nl",
            "Polen zette maandag twee Russische diplomaten uit en Hongarije riep zijn ambassadeur "
            "terug. Rusland veroordeelde de stap.",
            "Russia",
        ),
        # no reaction: carrying out a decision is no act towards whoever made it
        (
            "en",
            "Turkey banned imports of French wine on Friday. Germany implemented the decision.",
            "Germany",
        ),
    ],
)
def test_earlier_acts_no_maker_where_acts_compete_or_nothing_reacts(lang, text, reactor):
    found = relations(text, lang)
    assert not {r for r in found if r[0] == reactor and r[1] != "PARTICIPANT"}, found
