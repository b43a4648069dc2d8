"""The training recipe's move of 2017 LassySmall trees to today's UD conventions
(training/scripts/prepare_corpus.py), on small hand-made sentences in the 2017 style."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "training/scripts/prepare_corpus.py"
_spec = importlib.util.spec_from_file_location("prepare_corpus", SCRIPT)
prepare_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(prepare_corpus)


def sentence(*words: tuple[str, str, str, int, str]) -> list[str]:
    """CoNLL-U lines from (form, lemma, UPOS, head, deprel) tuples, numbered from 1."""
    lines = ["# sent_id = test"]
    for position, (form, lemma, upos, head, deprel) in enumerate(words, start=1):
        lines.append(
            "\t".join([str(position), form, lemma, upos, "_", "_", str(head), deprel, "_", "_"])
        )
    return lines


def arcs(sent: list[str]) -> list[tuple[str, str, str]]:
    """(word, its head word or ROOT, label) for every word."""
    rows = [line.split("\t") for line in sent if not line.startswith("#")]
    return [(row[1], "ROOT" if row[6] == "0" else rows[int(row[6]) - 1][1], row[7]) for row in rows]


def test_cc_moves_from_the_first_conjunct_to_the_one_it_introduces() -> None:
    old = sentence(
        ("Jan", "Jan", "PROPN", 4, "nsubj"),
        ("en", "en", "CCONJ", 1, "cc"),
        ("Piet", "Piet", "PROPN", 1, "conj"),
        ("lachen", "lachen", "VERB", 0, "root"),
    )
    assert ("en", "Piet", "cc") in arcs(prepare_corpus.convert_heads(old))


def test_commas_and_full_stop_leave_the_root_for_their_phrases() -> None:
    # "Hij kwam , zij ging ." 2017: both punctuation marks on the root kwam
    old = sentence(
        ("Hij", "hij", "PRON", 2, "nsubj"),
        ("kwam", "komen", "VERB", 0, "root"),
        (",", ",", "PUNCT", 2, "punct"),
        ("zij", "zij", "PRON", 5, "nsubj"),
        ("ging", "gaan", "VERB", 2, "parataxis"),
        (".", ".", "PUNCT", 2, "punct"),
    )
    converted = arcs(prepare_corpus.convert_heads(old))
    assert converted[2] == (",", "ging", "punct")  # the comma opens the second clause
    assert converted[5] == (".", "kwam", "punct")  # the full stop closes the sentence


def test_a_closing_bracket_goes_where_its_opening_bracket_went() -> None:
    # "de verkiezingen ( 1981 ) won hij"
    old = sentence(
        ("de", "de", "DET", 2, "det"),
        ("verkiezingen", "verkiezing", "NOUN", 6, "obj"),
        ("(", "(", "PUNCT", 6, "punct"),
        ("1981", "1981", "NUM", 2, "nmod"),
        (")", ")", "PUNCT", 6, "punct"),
        ("won", "winnen", "VERB", 0, "root"),
        ("hij", "hij", "PRON", 6, "nsubj"),
    )
    converted = arcs(prepare_corpus.convert_heads(old))
    assert converted[2] == ("(", "1981", "punct")
    assert converted[4] == (")", "1981", "punct")


def test_worden_heads_its_clause_and_the_predicate_becomes_xcomp() -> None:
    old = sentence(
        ("Het", "het", "PRON", 5, "nsubj"),
        ("werd", "worden", "AUX", 5, "cop"),
        ("geen", "geen", "DET", 5, "det"),
        ("geslaagd", "slagen", "VERB", 5, "amod"),
        ("huwelijk", "huwelijk", "NOUN", 0, "root"),
        (".", ".", "PUNCT", 5, "punct"),
    )
    converted = arcs(prepare_corpus.convert_heads(old))
    assert converted == [
        ("Het", "werd", "nsubj"),
        ("werd", "ROOT", "root"),
        ("geen", "huwelijk", "det"),
        ("geslaagd", "huwelijk", "amod"),
        ("huwelijk", "werd", "xcomp"),
        (".", "werd", "punct"),
    ]
    assert [line.split("\t")[3] for line in prepare_corpus.convert_heads(old)[1:]][1] == "VERB"


def test_zijn_stays_a_copula() -> None:
    old = sentence(
        ("Het", "het", "PRON", 3, "nsubj"),
        ("is", "zijn", "AUX", 3, "cop"),
        ("koud", "koud", "ADJ", 0, "root"),
    )
    assert arcs(prepare_corpus.convert_heads(old)) == arcs(old)
