"""``--misses``: the buckets of missed gold pairs, on hand-built parses and tiny gold."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from bench.quality.corpus import Gold
from bench.quality.match import PredDoc
from bench.quality.misses import (
    END_NOT_FOUND,
    OTHER_SENTENCE,
    Words,
    classify,
    missed,
    mistyped,
    path_kind,
    stand_in,
    table,
    type_table,
)
from bench.quality.resolutions import Resolution, Resolutions
from tests.extract.extraction_helpers import parse

# "Russia, which attacked Ukraine, ..." (ClearNLP labels)
EN_RELATIVE = """
Russia 6 nsubj PROPN
, 0 punct PUNCT
which 3 nsubj PRON
attacked 0 relcl VERB attack
Ukraine 3 dobj PROPN
, 0 punct PUNCT
denied 6 ROOT VERB deny
it 6 dobj PRON
"""

# "Japan en Zuid-Korea tekenden een akkoord" (UD labels)
NL_COORDINATED = """
Japan 3 nsubj PROPN
en 2 cc CCONJ
Zuid-Korea 0 conj PROPN
tekenden 3 ROOT VERB tekenen
een 5 det DET
akkoord 3 obj NOUN
"""

# "Putin met Trump in Alaska" (ClearNLP labels)
EN_MEETING = """
Putin 1 nsubj PROPN
met 1 ROOT VERB meet
Trump 1 dobj PROPN
in 1 prep ADP
Alaska 3 pobj PROPN
"""

# "Rutte is de chef van de NAVO" (UD labels, copula)
NL_COPULA = """
Rutte 3 nsubj PROPN
is 3 cop AUX zijn
de 3 det DET
chef 3 ROOT NOUN
van 6 case ADP
de 6 det DET
NAVO 3 nmod PROPN
"""


def test_misses_relative_clause_on_the_actor():
    doc = parse(EN_RELATIVE)
    assert path_kind(doc[0], doc[4]) == "relative clause"


def test_misses_coordinated_subjects_are_coordinated_ends():
    doc = parse(NL_COORDINATED)
    assert path_kind(doc[0], doc[2]) == "coordinated ends"


def test_misses_subject_and_object_and_prepositional_chain():
    doc = parse(EN_MEETING)
    assert path_kind(doc[0], doc[2]) == "subject-object"
    assert path_kind(doc[0], doc[4]) == "nmod/obl chain"


def test_misses_copula_is_named_before_the_chain():
    doc = parse(NL_COPULA)
    assert path_kind(doc[0], doc[6]) == "copula"


GOLD = Gold(
    "a1",
    "en",
    "a",
    [
        {"id": "putin", "type": "PERSON", "forms": ["Putin"]},
        {"id": "trump", "type": "PERSON", "forms": ["Trump"]},
        {"id": "kushner", "type": "PERSON", "forms": ["Kushner"]},
        {"id": "alaska", "type": "LOCATION", "forms": ["Alaska"]},
    ],
    [
        {
            "source": "putin",
            "target": "trump",
            "types": ["CONSULT"],
            "evidence": "Putin met Trump in Alaska",
        },
        {
            "source": "putin",
            "target": "kushner",
            "types": ["CONSULT"],
            "evidence": "He also met Kushner.",
        },
        {
            "source": "putin",
            "target": "alaska",
            "types": ["PARTICIPANT"],
            "evidence": "Putin met Trump in Alaska",
        },
        {
            "source": "trump",
            "target": "alaska",
            "types": ["LOCATED_IN"],
            "evidence": "Putin met Trump in Alaska",
        },
    ],
)


def _node(nid: str, label: str) -> dict:
    return {"id": nid, "label": label, "type": "PERSON", "forms": {label}, "mentions": {label}}


def test_misses_sorts_each_unlinked_gold_pair_once():
    pred = PredDoc(
        "a1",
        nodes={
            "p": _node("p", "Putin"),
            "t": _node("t", "Trump"),
            "k": _node("k", "Kushner"),
        },
        relations=[
            {"source": "p", "target": "t", "type": "CONSULT"},
        ],
    )
    pred.nodes["a"] = {**_node("a", "Alaska"), "type": "LOCATION"}
    items = missed(GOLD, pred)
    # Putin-Trump is linked, so three are missed
    assert [(g["source"], g["target"]) for g, _, _ in items] == [
        ("putin", "kushner"),
        ("putin", "alaska"),
        ("trump", "alaska"),
    ]
    found = classify("a1", items, lambda texts: [parse(EN_MEETING) for _ in texts])
    assert [m.bucket for m in found] == [OTHER_SENTENCE, "nmod/obl chain", "nmod/obl chain"]
    text = table("en", found, 4)
    assert "missed gold pairs, en: 3 of 4" in text
    assert "nmod/obl chain        2" in text


def test_misses_end_without_a_node_is_not_a_relation_problem():
    pred = PredDoc("a1", nodes={"p": _node("p", "Putin")})
    found = classify("a1", missed(GOLD, pred), lambda texts: [])
    assert {m.bucket for m in found} == {END_NOT_FOUND}


WORDS = Words(pronouns=frozenset({"he", "hij"}), nouns=frozenset({"company", "premier"}))
TYPES = {"putin": "PERSON", "shell": "ORG", "talks": "EVENT", "kyiv": "LOCATION"}


def test_misses_says_what_stands_for_an_end_the_sentence_does_not_name():
    assert stand_in("He also met Kushner.", ["putin"], TYPES, WORDS) == "pronoun never asked"
    assert stand_in("Daarna sprak de premier met Rutte.", ["putin"], TYPES, WORDS) == (
        "description never asked"
    )
    assert stand_in("Kushner attended them.", ["talks"], TYPES, WORDS) == (
        "event: no event node here"
    )
    assert stand_in("Kushner attended them.", ["talks"], TYPES, WORDS, other_event=True) == (
        "event: another event node here"
    )
    assert stand_in("Kushner called later.", ["putin"], TYPES, WORDS) == "not named"
    assert stand_in("They met.", ["putin", "shell"], TYPES, WORDS) == "both ends"
    # a word inside another word is not that word: "Shelley" is no "he"
    assert stand_in("Shelley met Kushner.", ["putin"], TYPES, WORDS) == "not named"
    # a title before a name, or a noun without an article, stands for no one absent
    assert stand_in("The premier Mark Rutte met Kushner.", ["putin"], TYPES, WORDS) == "not named"
    assert stand_in("Company chief Jan Bos met Kushner.", ["shell"], TYPES, WORDS) == "not named"
    assert stand_in("Kushner called the company.", ["shell"], TYPES, WORDS) == (
        "description never asked"
    )


HE = Resolution("he", "he", "PRON", ())
PREMIER = Resolution("premier", "premier", "NOUN", ())


@pytest.mark.parametrize(
    ("evidence", "resolved", "expected"),
    [
        ("He also met Kushner.", [HE], "pronoun not resolved"),
        ("He also met Kushner.", [replace(HE, found=("p",))], "pronoun resolved to the end"),
        ("He also met Kushner.", [replace(HE, found=("t",))], "pronoun resolved to another entity"),
        # the description that was resolved to the end tells, though a pronoun is there too
        (
            "He said the premier met Kushner.",
            [HE, replace(PREMIER, found=("p",))],
            "description resolved to the end",
        ),
        ("Daarna sprak de premier met Rutte.", [PREMIER], "description not resolved"),
        # a description a route asked about tells before a pronoun no route asked about
        ("He said the premier met Kushner.", [PREMIER], "description not resolved"),
        ("He said the premier met Kushner.", [], "pronoun never asked"),
    ],
)
def test_misses_says_what_the_resolver_made_of_the_word_standing_for_the_end(
    evidence, resolved, expected
):
    assert stand_in(evidence, ["putin"], TYPES, WORDS, resolved, {"p"}) == expected


def test_misses_passes_over_a_word_that_stands_for_the_end_the_sentence_names():
    # "Kushner said he ...": the "he" is Kushner ("k"), who is named; nothing stands for Putin
    he_kushner = replace(HE, found=("k",))
    assert stand_in(
        "Kushner said he met.", ["putin"], TYPES, WORDS, [he_kushner], {"p"}, False, {"k"}
    ) == ("not named")
    # the description beside it still tells
    assert stand_in(
        "He said the premier met Kushner.",
        ["putin"],
        TYPES,
        WORDS,
        [he_kushner, PREMIER],
        {"p"},
        False,
        {"k"},
    ) == ("description not resolved")
    # a word tied to a third entity is still "another entity"
    assert stand_in(
        "He met Kushner.", ["putin"], TYPES, WORDS, [replace(HE, found=("t",))], {"p"}, False, {"k"}
    ) == ("pronoun resolved to another entity")


def test_misses_notes_what_the_resolver_made_of_each_word_by_sentence():
    notes = Resolutions()
    notes.note("He  met\nKushner.", 0, replace(HE, found=("p",)))
    notes.note("He  met\nKushner.", 0, HE)  # asked again: the first answer stays
    assert notes.in_sentence("He met Kushner.") == [replace(HE, found=("p",))]
    # a gold sentence that holds the parser's sentence
    assert notes.in_sentence("Later. He met Kushner. Then.") == [replace(HE, found=("p",))]
    assert notes.in_sentence("Kushner left.") == []
    # an answer that found no one gives way to a later one that did ("his": actors, then owners)
    notes.note("His wife left.", 0, Resolution("his", "his", "PRON", ()))
    notes.note("His wife left.", 0, Resolution("his", "his", "PRON", ("p",)))
    assert [r.found for r in notes.in_sentence("His wife left.")] == [("p",)]


def test_misses_table_breaks_other_sentence_down_by_what_stands_for_the_end():
    pred = PredDoc("a1", nodes={"p": _node("p", "Putin"), "k": _node("k", "Kushner")})
    # "He also met Kushner.": Putin is the "he"
    kushner = [item for item in missed(GOLD, pred) if item[0]["target"] == "kushner"]
    found = classify(
        "a1",
        kushner,
        lambda texts: [],
        {"putin": "PERSON"},
        Words(frozenset({"he"})),
    )
    assert [(m.bucket, m.stand_in) for m in found] == [(OTHER_SENTENCE, "pronoun never asked")]
    text = table("en", found, 4)
    assert "by what stands for the end:\n        pronoun never asked" in text
    assert "a1 putin -> kushner CONSULT: He also met Kushner." in text


def test_misses_per_type_view_tells_missed_pairs_from_pairs_found_with_another_type():
    pred = PredDoc(
        "a1",
        nodes={"p": _node("p", "Putin"), "t": _node("t", "Trump"), "k": _node("k", "Kushner")},
        # Putin-Trump is linked, but as a statement: its CONSULT is not found
        relations=[{"source": "p", "target": "t", "type": "STATEMENT"}],
    )
    pred.nodes["a"] = {**_node("a", "Alaska"), "type": "LOCATION"}
    wrong = mistyped("a1", GOLD, pred)
    assert [(m.source, m.target, m.types, m.bucket) for m in wrong] == [
        ("putin", "trump", ("CONSULT",), "as STATEMENT")
    ]
    lost = classify("a1", missed(GOLD, pred), lambda texts: [parse(EN_MEETING) for _ in texts])
    gold_types = Counter(t for g in GOLD.relations for t in g["types"])
    text = type_table("en", lost + wrong, gold_types)
    assert "CONSULT        2 of    2: as STATEMENT 1, other sentence 1" in text
    assert "LOCATED_IN     1 of    1: nmod/obl chain 1" in text


# "Rutte sprak. Hij bekritiseerde het bedrijf." (UD labels)
NL_HIJ = """
Rutte 1 nsubj PROPN
sprak 1 ROOT VERB spreken
. 1 punct PUNCT
Hij 4 nsubj PRON hij
bekritiseerde 4 ROOT VERB bekritiseren
het 6 det DET
bedrijf 4 obj NOUN bedrijf
. 4 punct PUNCT
"""


def test_misses_watch_notes_what_a_pronoun_and_a_description_stood_for():
    from spacy.tokens import Span

    import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
    from bench.quality.resolutions import noting_resolutions
    from extract.grammar.argument_words import load_grammar
    from extract.grammar.arguments import ArgumentResolver
    from extract.grammar.syntax import UD
    from extract.lexicon import load_lexicon

    doc = parse(NL_HIJ, "nl")
    doc.ents = [Span(doc, 0, 1, label="PERSON", kb_id="rutte")]
    doc._.inner_mentions = []
    doc._.inner_mention_ids = []
    resolver = ArgumentResolver(doc, UD, load_lexicon("nl"), load_grammar("nl"))
    with noting_resolutions() as notes:
        assert resolver.actors(doc[3]) == ["rutte"]
        resolver.actors(doc[6])
        resolver.actors(doc[0])  # a name is not noted
    assert [(r.word, r.found) for r in notes.in_sentence(doc[3:].text)] == [
        ("hij", ("rutte",)),
        ("bedrijf", ()),
    ]
    resolver.actors(doc[3])  # the watch has ended
    assert len(notes.in_sentence(doc[3:].text)) == 2


# "Rutte kwam. Zijn vrouw Anna sprak met het bedrijf." (UD labels)
NL_ZIJN = """
Rutte 1 nsubj PROPN
kwam 1 ROOT VERB komen
. 1 punct PUNCT
Zijn 4 nmod:poss PRON zijn
vrouw 6 nsubj NOUN vrouw
Anna 4 appos PROPN
sprak 6 ROOT VERB spreken
met 9 case ADP
het 9 det DET
bedrijf 6 obl NOUN bedrijf
. 6 punct PUNCT
"""


def test_misses_watch_notes_the_resolver_asked_without_actors():
    from spacy.tokens import Span

    import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
    from bench.quality.resolutions import noting_resolutions
    from extract.grammar.argument_words import load_grammar
    from extract.grammar.arguments import ArgumentResolver
    from extract.grammar.syntax import UD
    from extract.lexicon import load_lexicon

    doc = parse(NL_ZIJN, "nl")
    doc.ents = [
        Span(doc, 0, 1, label="PERSON", kb_id="rutte"),
        Span(doc, 5, 6, label="PERSON", kb_id="anna"),
    ]
    doc._.inner_mentions = []
    doc._.inner_mention_ids = []
    resolver = ArgumentResolver(doc, UD, load_lexicon("nl"), load_grammar("nl"))
    sentence = doc[3:].text
    with noting_resolutions() as notes:
        # a title's owner read by ``owners``: "zijn" is asked of the resolver's possessor
        assert resolver.owners(doc[3]) == ["rutte"]
        # an owner read by ``named_or_described``: "het bedrijf" is asked, no name answers
        assert resolver.named_or_described(doc[9]) is None
    assert {(r.word, r.found) for r in notes.in_sentence(sentence)} == {
        ("zijn", ("rutte",)),
        ("bedrijf", ()),
    }
    # a quotation's speaker found for its "I" (not through ``actors``) is a question too: "zijn
    # vrouw Anna zei: 'Ik ...'" (the noun's name answers, the resolver's own words are not asked)
    with noting_resolutions() as notes:
        assert resolver._speaker_actors(doc[4]) == ["anna"]
    assert [(r.word, r.found) for r in notes.in_sentence(sentence)] == [("vrouw", ("anna",))]
