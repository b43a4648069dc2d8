"""The infinitive marker ('to', 'te'): one test in extract/grammar/syntax.py, its words read from
data/lexicons/infinitive.<lang>.txt."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extract.grammar.syntax import UD, borrows_subject, has_infinitive_marker


def _parse(lang: str, rows: str) -> Doc:
    """A hand-built parse in ``lang`` from lines 'word head dep pos'."""
    words, heads, deps, pos = [], [], [], []
    for line in rows.strip().splitlines():
        word, head, dep, tag = line.split()
        words += [word]
        heads += [int(head)]
        deps += [dep]
        pos += [tag]
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos)


# "Rusland reageerde door de Krim te annexeren"
NL_TE = """
Rusland 1 nsubj PROPN
reageerde 1 ROOT VERB
door 6 mark ADP
de 4 det DET
Krim 6 obj PROPN
te 6 mark ADP
annexeren 1 ccomp VERB
"""

# "Beijing threatened to halt exports"
EN_TO = """
Beijing 1 nsubj PROPN
threatened 1 ROOT VERB
to 3 aux PART
halt 1 ccomp VERB
exports 3 dobj NOUN
"""


def test_infinitive_marker_is_the_languages_word():
    assert has_infinitive_marker(_parse("nl", NL_TE)[6])
    assert has_infinitive_marker(_parse("en", EN_TO)[3])
    # the same tree read as the other language: 'te' is no English marker, 'to' no Dutch one
    assert not has_infinitive_marker(_parse("en", NL_TE)[6])
    assert not has_infinitive_marker(_parse("nl", EN_TO)[3])


def test_infinitive_marker_only_with_the_given_labels():
    verb = _parse("en", EN_TO)[3]  # 'to' hangs as aux
    assert not has_infinitive_marker(verb, deps=("mark",))


def test_infinitive_in_a_complement_borrows_the_subject():
    # "door de Krim te annexeren": the annexing is Russia's
    assert borrows_subject(_parse("nl", NL_TE)[6], UD)
    # without 'te' (and without infinitive morphology) the complement has a subject of its own
    assert not borrows_subject(_parse("en", NL_TE)[6], UD)
