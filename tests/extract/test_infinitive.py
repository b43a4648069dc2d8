"""The infinitive marker ('to', 'te'): one test in extract/grammar/syntax.py, its words read from
data/lexicons/infinitive.<lang>.txt."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extract.grammar.syntax import CLEAR, UD, borrows_subject, has_infinitive_marker, subjects


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


# "Oekraïne beschuldigde Rusland ervan Polen aan te vallen": the object before the clause attacks
NL_ACCUSED = """
Oekraïne 1 nsubj PROPN
beschuldigde 1 ROOT VERB
Rusland 1 obj PROPN
ervan 7 advmod ADV
Polen 7 obj PROPN
aan 7 compound:prt ADP
te 7 mark ADP
vallen 1 ccomp VERB
"""

# "Ukraine accused Russia of attacking Poland" and "Russia responded by attacking Poland"
EN_ACCUSED = """
Ukraine 1 nsubj PROPN
accused 1 ROOT VERB
Russia 1 dobj PROPN
of 1 prep ADP
attacking 3 pcomp VERB
Poland 4 dobj PROPN
"""
EN_MEANS = """
Russia 1 nsubj PROPN
responded 1 ROOT VERB
by 1 prep ADP
attacking 2 pcomp VERB
Poland 3 dobj PROPN
"""


def test_infinitive_after_an_object_is_the_objects_deed():
    assert [t.text for t in subjects(_parse("nl", NL_ACCUSED)[7], UD)] == ["Rusland"]


def test_infinitive_of_purpose_after_an_object_stays_the_subjects():
    # "De VS stuurden een vliegdekschip om Iran af te schrikken": the sender deters
    doc = _parse(
        "nl",
        """
VS 1 nsubj PROPN
stuurden 1 ROOT VERB
vliegdekschip 1 obj NOUN
om 7 mark ADP
Iran 7 obj PROPN
af 7 compound:prt ADP
te 7 mark ADP
schrikken 1 ccomp VERB
""",
    )
    assert [t.text for t in subjects(doc[7], UD)] == ["VS"]


def test_infinitive_after_a_commitment_stays_the_subjects():
    # "Rusland beloofde Oekraïne wapens te leveren": the promise is kept by its subject
    doc = _parse(
        "nl",
        """
Rusland 1 nsubj PROPN
beloofde 1 ROOT VERB
Oekraïne 1 obj PROPN
wapens 5 obj NOUN
te 5 mark ADP
leveren 1 ccomp VERB
""",
    )
    doc[1].lemma_ = "beloven"
    assert [t.text for t in subjects(doc[5], UD)] == ["Rusland"]


def test_gerund_after_a_preposition_of_the_deed_is_the_objects():
    assert [t.text for t in subjects(_parse("en", EN_ACCUSED)[4], CLEAR)] == ["Russia"]
    # a means is the subject's own, object or not
    assert [t.text for t in subjects(_parse("en", EN_MEANS)[3], CLEAR)] == ["Russia"]


# "De regering beschuldigde Avenatti ervan te hebben geprobeerd Nike te bedreigen", parsed as the
# Dutch model parses it: the accused as a second subject, the clause as an adverbial clause
NL_ACCUSED_AS_SUBJECT = """
De 1 det DET
regering 2 nsubj NOUN
beschuldigde 2 ROOT VERB
Avenatti 2 nsubj PROPN
ervan 7 advmod ADV
te 7 mark ADP
hebben 7 aux AUX
geprobeerd 2 advcl VERB
Nike 10 obj PROPN
te 10 mark ADP
bedreigen 7 ccomp VERB
"""


def test_infinitive_after_an_object_taken_for_a_subject_is_the_objects_deed():
    doc = _parse("nl", NL_ACCUSED_AS_SUBJECT)
    assert [t.text for t in subjects(doc[10], UD)] == ["Avenatti"]
    assert [t.text for t in subjects(doc[7], UD)] == ["Avenatti"]
    # one subject before the verb and none after it: the clause is still the subject's
    alone = _parse("nl", NL_ACCUSED_AS_SUBJECT.replace("Avenatti 2 nsubj", "Avenatti 2 advmod"))
    assert [t.text for t in subjects(alone[10], UD)] == ["regering"]


def test_infinitive_of_means_after_a_second_subject_stays_the_subjects():
    # "De regering reageerde Avenatti door Nike te bedreigen": an opener of its own ('door') makes
    # the clause a means, whoever stands after the verb
    doc = _parse("nl", NL_ACCUSED_AS_SUBJECT.replace("ervan 7 advmod ADV", "door 7 mark ADP"))
    assert [t.text for t in subjects(doc[7], UD)] == ["regering"]
