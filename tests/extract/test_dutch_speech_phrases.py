"""Dutch "laten weten" ("X liet weten dat ...", "X heeft laten weten dat ..."), a two-word speech
verb of speech.nl.tsv that the parser splits: "laten" the verb, "weten" a bare infinitive under
it (xcomp) that holds the reported clause. The infinitive reads as the listed verb; the governor
keeps its own lemmas. All sentences written for this test."""

from __future__ import annotations

import pytest

from extract.grammar.lemmas import verb_lemmas_of
from extract.grammar.patterns import speech_addressee
from extract.grammar.syntax import UD, subjects
from tests.extract.extraction_helpers import NL_PREPS, parse, typed

# "De minister liet weten dat Jansen vertrok."
NL_LIET_WETEN = """
De 1 det DET de
minister 2 nsubj NOUN minister
liet 2 ROOT VERB laten VerbForm=Fin
weten 2 xcomp VERB weten VerbForm=Inf
dat 6 mark SCONJ dat
Jansen 6 nsubj PROPN
vertrok 3 ccomp VERB vertrekken VerbForm=Fin
"""

# "De minister liet Jansen gaan.": "laten gaan" is no speech verb
NL_LIET_GAAN = """
De 1 det DET de
minister 2 nsubj NOUN minister
liet 2 ROOT VERB laten VerbForm=Fin
Jansen 2 obj PROPN
gaan 2 xcomp VERB gaan VerbForm=Inf
"""

# "De minister wist te laten weten dat Jansen vertrok." with "te" hung on "weten": an infinitive
# with its marker is no bare infinitive of the verb before it
NL_TE_WETEN = """
De 1 det DET de
minister 2 nsubj NOUN minister
liet 2 ROOT VERB laten VerbForm=Fin
te 4 mark ADP te
weten 2 xcomp VERB weten VerbForm=Inf
dat 7 mark SCONJ dat
Jansen 7 nsubj PROPN
vertrok 4 ccomp VERB vertrekken VerbForm=Fin
"""

# "Jansen heeft laten weten dat hij vertrekt." with the clause hung on "laten"
NL_CLAUSE_ON_LATEN = """
Jansen 2 nsubj PROPN
heeft 2 aux AUX hebben VerbForm=Fin
laten 2 ROOT VERB laten VerbForm=Inf
weten 2 xcomp VERB weten VerbForm=Inf
dat 6 mark SCONJ dat
hij 6 nsubj PRON
vertrekt 2 ccomp VERB vertrekken VerbForm=Fin
"""

# "Jansen liet via Twitter weten dat hij vertrekt." with "liet" as an auxiliary of "weten"
NL_LIET_AS_AUXILIARY = """
Jansen 4 nsubj PROPN
liet 4 aux VERB laten VerbForm=Fin
via 3 case ADP via
Twitter 4 obl PROPN
weten 4 ROOT VERB weten VerbForm=Inf
dat 7 mark SCONJ dat
hij 7 nsubj PRON
vertrekt 4 ccomp VERB vertrekken VerbForm=Fin
"""

# "Jansen heeft laten weten dat hij vertrekt." with "weten" taken for a particle of "laten"
NL_WETEN_AS_PARTICLE = """
Jansen 2 nsubj PROPN
heeft 2 aux AUX hebben VerbForm=Fin
laten 2 ROOT VERB laten VerbForm=Inf
weten 2 compound:prt VERB weten VerbForm=Inf
dat 6 mark SCONJ dat
hij 6 nsubj PRON
vertrekt 2 ccomp VERB vertrekken VerbForm=Fin
"""


def test_a_bare_infinitive_reads_as_the_speech_verb_it_makes_with_its_governor():
    doc = parse(NL_LIET_WETEN, lang="nl")
    assert verb_lemmas_of(doc[3], UD, "nl")[0] == "laten weten"
    assert "weten" in verb_lemmas_of(doc[3], UD, "nl")  # the verb of knowing stays one
    assert verb_lemmas_of(doc[2], UD, "nl") == ["laten"]  # the governor keeps its lemmas


def test_the_verb_that_holds_the_clause_reads_as_the_speech_verb():
    doc = parse(NL_CLAUSE_ON_LATEN, lang="nl")
    assert verb_lemmas_of(doc[2], UD, "nl")[0] == "laten weten"
    doc = parse(NL_LIET_AS_AUXILIARY, lang="nl")
    assert verb_lemmas_of(doc[4], UD, "nl")[0] == "laten weten"
    # the particle reading joins "wetenlaten" first; the listed verb comes before it
    doc = parse(NL_WETEN_AS_PARTICLE, lang="nl")
    assert verb_lemmas_of(doc[2], UD, "nl")[0] == "laten weten"


def test_a_pair_the_speech_list_lacks_or_a_marked_infinitive_adds_nothing():
    doc = parse(NL_LIET_GAAN, lang="nl")
    assert verb_lemmas_of(doc[4], UD, "nl") == ["gaan"]
    doc = parse(NL_TE_WETEN, lang="nl")
    assert "laten weten" not in verb_lemmas_of(doc[4], UD, "nl")


@pytest.mark.model
def test_liet_weten_speaks_of_the_person_its_clause_is_about():
    found = typed("Minister Jan de Vries liet weten dat Piet Jansen was gearresteerd.", "nl")
    assert ("Jan de Vries", "STATEMENT", "Piet Jansen") in found, sorted(found)


@pytest.mark.model
def test_heeft_laten_weten_reports_the_act_it_tells():
    text = "Het bedrijf Philips heeft laten weten dat Shell een rechtszaak tegen Unilever begint."
    found = typed(text, "nl")
    act = found[("Shell", "ACCUSE", "Unilever")]
    assert act.get("reported_by") == "kb:philips", act


# "De minister liet Rusland weten dat Jansen vertrok.": "Rusland" the object of "liet"
NL_LIET_X_WETEN = """
De 1 det DET de
minister 2 nsubj NOUN minister
liet 2 ROOT VERB laten VerbForm=Fin
Rusland 2 obj PROPN
weten 2 xcomp VERB weten VerbForm=Inf
dat 7 mark SCONJ dat
Jansen 7 nsubj PROPN
vertrok 4 ccomp VERB vertrekken VerbForm=Fin
"""

# "Via Twitter liet de premier weten dat Jansen vertrok.": the speaker taken for the object
NL_SPEAKER_AS_OBJECT = """
Via 1 case ADP via
Twitter 2 obl PROPN
liet 2 ROOT VERB laten VerbForm=Fin
de 4 det DET de
premier 2 obj NOUN premier
weten 2 xcomp VERB weten VerbForm=Inf
dat 8 mark SCONJ dat
Jansen 8 nsubj PROPN
vertrok 5 ccomp VERB vertrekken VerbForm=Fin
"""

# "Dat liet de woordvoerder weten.": the fronted demonstrative taken for the subject
NL_DEMONSTRATIVE_SUBJECT = """
Dat 1 nsubj PRON dat PronType=Dem
liet 1 ROOT VERB laten VerbForm=Fin
de 3 det DET de
woordvoerder 1 obj NOUN woordvoerder
weten 1 xcomp VERB weten VerbForm=Inf
"""


def test_liet_x_weten_speaks_to_the_object_of_liet():
    # the object of "liet" is spoken to; under "liet Jansen gaan" it would do the going
    doc = parse(NL_LIET_X_WETEN, lang="nl")
    assert [t.text for t in subjects(doc[4], UD)] == ["minister"]
    heard = [(c.actor.text, c.recipient.text) for c in speech_addressee(doc[4], UD, NL_PREPS)]
    assert heard == [("minister", "Rusland")]


def test_liet_weten_without_a_speaking_subject_keeps_its_object_as_speaker():
    doc = parse(NL_SPEAKER_AS_OBJECT, lang="nl")
    assert [t.text for t in subjects(doc[5], UD)] == ["premier"]
    assert not list(speech_addressee(doc[5], UD, NL_PREPS))
    doc = parse(NL_DEMONSTRATIVE_SUBJECT, lang="nl")
    assert [t.text for t in subjects(doc[4], UD)] == ["woordvoerder"]


@pytest.mark.model
def test_liet_x_weten_is_a_statement_to_x_from_the_subject():
    found = typed("Minister Sigrid Kaag liet Rusland weten dat Nederland de sancties steunt.", "nl")
    assert ("Sigrid Kaag", "STATEMENT", "Russia") in found, sorted(found)
    assert not any(k[0] == "Russia" and k[1] == "STATEMENT" for k in found), sorted(found)
    found = typed("Gisteren liet premier Mark Rutte minister Kaag weten dat hij vertrekt.", "nl")
    assert ("Mark Rutte", "STATEMENT", "Kaag") in found, sorted(found)
    assert not any(k[0] == "Kaag" and k[1] == "STATEMENT" for k in found), sorted(found)
