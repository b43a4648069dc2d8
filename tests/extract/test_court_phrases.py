"""Issue 18 (coerce2): the acts of courts are typed by the adjective or the sentence of the verb's
phrase, as the PLOVER manual codes them: a finding of guilt convicts (COERCE), a finding of not
guilty acquits (CONCEDE), and 'condemned to death' or 'veroordeeld tot' a prison term is a court's
sentence (COERCE), where 'condemn' and 'veroordelen' alone are condemnations (ACCUSE). The
adjective counts however the parser hangs it, and only where the phrase lexicon lists it
(extract/grammar/phrases.py, phrases.<lang>.tsv). Two phrases of verbs of force are no act at all:
'caught up with' the station, 'entered the market'."""

from __future__ import annotations

import pytest

from extract.grammar.phrases import phrase_type
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed

# "the judge found Acme guilty of fraud": the adjective as the object's predicate
EN_FOUND_GUILTY = """
the 1 det DET
judge 2 nsubj NOUN judge
found 2 ROOT VERB find
Acme 2 dobj PROPN
guilty 2 oprd ADJ guilty
of 4 prep ADP
fraud 5 pobj NOUN fraud
. 2 punct PUNCT
"""

# "the judge found Acme not guilty": the negated adjective, an acquittal
EN_FOUND_NOT_GUILTY = """
the 1 det DET
judge 2 nsubj NOUN judge
found 2 ROOT VERB find
Acme 2 dobj PROPN
not 5 neg PART
guilty 2 oprd ADJ guilty
. 2 punct PUNCT
"""

# "the judge found the documents": no adjective
EN_FOUND_DOCUMENTS = """
the 1 det DET
judge 2 nsubj NOUN judge
found 2 ROOT VERB find
the 4 det DET
documents 2 dobj NOUN document
. 2 punct PUNCT
"""

# "de jury heeft Baker schuldig bevonden": the adjective as an open complement
NL_SCHULDIG_BEVONDEN = """
de 1 det DET
jury 5 nsubj NOUN jury
heeft 5 aux AUX hebben
Baker 5 obj PROPN
schuldig 5 xcomp ADJ schuldig
bevonden 5 ROOT VERB bevinden
. 5 punct PUNCT
"""

# "de jury heeft Baker niet schuldig bevonden": the negated adjective
NL_NIET_SCHULDIG_BEVONDEN = """
de 1 det DET
jury 6 nsubj NOUN jury
heeft 6 aux AUX hebben
Baker 6 obj PROPN
niet 5 advmod ADV niet
schuldig 6 xcomp ADJ schuldig
bevonden 6 ROOT VERB bevinden
. 6 punct PUNCT
"""


def _type(rows: str, lang: str, verb: int, lemma: str) -> str | None:
    doc = parse(rows, lang)
    scheme = UD if lang == "nl" else CLEAR
    found = phrase_type(doc[verb], [lemma], scheme, load_lexicon(lang), lambda n: None)
    return found[0] if found else None


def test_a_finding_of_guilt_convicts():
    assert _type(EN_FOUND_GUILTY, "en", 2, "find") == "COERCE"


def test_a_finding_of_not_guilty_is_an_acquittal():
    # the negation belongs to the adjective: the phrase is "not guilty", not a negated "guilty"
    assert _type(EN_FOUND_NOT_GUILTY, "en", 2, "find") == "CONCEDE"


def test_finding_without_an_adjective_keeps_no_phrase_type():
    assert _type(EN_FOUND_DOCUMENTS, "en", 2, "find") is None


def test_a_dutch_finding_of_guilt_convicts():
    assert _type(NL_SCHULDIG_BEVONDEN, "nl", 5, "bevinden") == "COERCE"


def test_a_dutch_acquittal_concedes():
    assert _type(NL_NIET_SCHULDIG_BEVONDEN, "nl", 6, "bevinden") == "CONCEDE"


def test_an_adjective_the_lexicon_does_not_list_types_nothing():
    rows = NL_SCHULDIG_BEVONDEN.replace("schuldig 5 xcomp ADJ schuldig", "blij 5 xcomp ADJ blij")
    assert _type(rows, "nl", 5, "bevinden") is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rechter Anna Bakker veroordeelde Piet Jansen dinsdag tot drie jaar cel.",
            ("Anna Bakker", "COERCE", "Piet Jansen"),
        ),
        (
            "Rechter Anna Bakker heeft Tom Baker schuldig bevonden aan fraude.",
            ("Anna Bakker", "COERCE", "Tom Baker"),
        ),
    ],
)
def test_dutch_court_acts_end_to_end(text, expected):
    found = typed(text, "nl")
    assert expected in found, sorted(found)
    assert (expected[0], "ACCUSE", expected[2]) not in found


@pytest.mark.model
def test_dutch_condemnation_stays_an_accusation():
    # no sentence: 'veroordelen' is what a government says of an act
    found = typed("Frankrijk veroordeelde de aanval van Rusland.", "nl")
    assert ("France", "ACCUSE", "Russia") in found, sorted(found)
    assert ("France", "COERCE", "Russia") not in found


@pytest.mark.model
def test_english_sentence_to_death_is_coercion():
    found = typed("Judge Carla Moreno condemned Victor Hale to death on Tuesday.", "en")
    assert ("Carla Moreno", "COERCE", "Victor Hale") in found, sorted(found)
    assert ("Carla Moreno", "ACCUSE", "Victor Hale") not in found


@pytest.mark.model
def test_english_condemnation_stays_an_accusation():
    found = typed("Egypt condemned Israel for the raid.", "en")
    assert ("Egypt", "ACCUSE", "Israel") in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Walmart entered the German market in 1997.",
        "Ivan Petrov and Oleg Kotov caught up with the International Space Station on Friday.",
    ],
)
def test_phrases_of_force_verbs_that_are_no_act(text):
    found = typed(text, "en")
    assert not any(t == "COERCE" for _, t, _ in found), sorted(found)


@pytest.mark.model
def test_firing_an_officer_is_a_dismissal_en():
    found = typed("Netflix fired its chief financial officer Ryan Walsh after the audit.", "en")
    assert ("Netflix", "COERCE", "Ryan Walsh") in found, sorted(found)
    assert ("Netflix", "ASSAULT", "Ryan Walsh") not in found


@pytest.mark.model
def test_firing_rockets_stays_an_attack_en():
    found = typed("Hamas fired rockets at Israel on Monday.", "en")
    assert ("Hamas", "ASSAULT", "Israel") in found, sorted(found)


@pytest.mark.model
def test_taking_to_court_is_suing_nl():
    found = typed("Greenpeace daagde Shell vorige week voor de rechter.", "nl")
    assert ("Greenpeace", "ACCUSE", "Shell") in found, sorted(found)


# "the court found Otieno guilty": the parser makes the convicted the subject of a small clause
# headed by the adjective; that subject is whom the verb's act is aimed at
EN_FOUND_SMALL_CLAUSE = """
the 1 det DET
court 2 nsubj NOUN court
found 2 ROOT VERB find
Otieno 4 nsubj PROPN
guilty 2 ccomp ADJ guilty
. 2 punct PUNCT
"""


def test_a_small_clause_adjective_types_the_verb():
    assert _type(EN_FOUND_SMALL_CLAUSE, "en", 2, "find") == "COERCE"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Supreme Court of Kenya found Peter Otieno guilty of bribery.",
            ("Supreme Court of Kenya", "COERCE", "Peter Otieno"),
        ),
        (
            "Judge Ann Roe found Peter Otieno not guilty of bribery.",
            ("Ann Roe", "CONCEDE", "Peter Otieno"),
        ),
        (
            "The Court of Appeal dismissed Tom Baxter's challenge to his conviction.",
            ("Court of Appeal", "REJECT", "Tom Baxter"),
        ),
    ],
)
def test_english_court_findings_end_to_end(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)
