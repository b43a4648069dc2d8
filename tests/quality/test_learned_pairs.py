"""training/learned_pairs.py, the learned-pair experiment: its parse features, its labels and its
model, on hand-built parses and made-up gold (no trained pipeline)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from bench.quality.corpus import Gold
from training.learned_pairs import NONE, Softmax, _label, features

TEXT = "Kaldor did not praise Vossia in Brell ."


def _doc() -> Doc:
    words = TEXT.split()
    heads = [3, 3, 3, 3, 3, 3, 5, 3]
    deps = ["nsubj", "aux", "neg", "ROOT", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "PART", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]
    lemmas = ["Kaldor", "do", "not", "praise", "Vossia", "in", "Brell", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_learned_pairs_features_read_the_path_its_verb_and_its_negation() -> None:
    doc = _doc()
    f = features(doc[0:1], doc[4:5], "PERSON", "COUNTRY", "en")
    assert "gv=praise" in f
    assert "dpath=nsubj^ dobjv" in f
    assert "neg" in f
    assert "t=PERSON>COUNTRY" in f
    assert "aux=do" in f


def test_learned_pairs_features_of_a_longer_path_name_its_inner_words() -> None:
    doc = _doc()
    f = features(doc[4:5], doc[6:7], "COUNTRY", "LOCATION", "en")
    assert "lem=praise" in f and "lem=in" in f
    assert "len=3" in f


def _gold(evidence: str, directed: bool = True) -> Gold:
    relation = {"source": "v", "target": "k", "types": ["ACCUSE"], "directed": directed}
    return Gold("x", "en", "a", [], [{**relation, "evidence": evidence}])


def test_learned_pairs_label_has_the_gold_type_and_its_direction_in_text_order() -> None:
    text = "Intro. " + TEXT
    span = (7, len(text))
    # the gold runs from the second name (v) to the first (k): "<"
    assert _label(_gold(TEXT), text, ({"k"}, {"v"}), span) == "ACCUSE<"
    assert _label(_gold(TEXT, directed=False), text, ({"k"}, {"v"}), span) == "ACCUSE"


def test_learned_pairs_label_is_none_when_the_evidence_is_another_sentence() -> None:
    text = "Intro. " + TEXT
    assert _label(_gold("Intro."), text, ({"k"}, {"v"}), (7, len(text))) == NONE


def test_learned_pairs_softmax_learns_a_separable_label() -> None:
    rows = [["gv=praise", "t=A"]] * 6 + [["gv=meet", "t=A"]] * 6
    labels = ["SUPPORT>"] * 6 + [NONE] * 6
    model = Softmax(l2=0.1, min_count=1).fit(rows, labels)
    probs = model.proba([["gv=praise", "t=A"], ["gv=meet", "t=A"]])
    assert model.classes[0] == NONE
    assert probs[0, 0] < 0.2 < 0.8 < probs[1, 0]
