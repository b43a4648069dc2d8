"""ROLE from a relative clause the Dutch parser lost ("X, die woordvoerder van Y was, vloog ...":
syntax.py ``lost_relative_predicate``) and from an apposition shared by a list of names ("X and
Y, both members of Z": affiliation.py ``_shared_appositions``). On hand-built parses as the
models parse them, then end to end."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract.grammar.affiliation import descriptors
from extract.grammar.syntax import CLEAR, UD, lost_relative_predicate
from tests.extract.extraction_helpers import parse, typed, with_morph

# "Jan Smit , die woordvoerder van Kees was , vloog naar Parijs ." as the Dutch model parses it:
# "woordvoerder" a second subject of "vloog", "die" its determiner, "was" an auxiliary of "vloog".
LOST_CLAUSE = """
Jan 9 nsubj PROPN
Smit 0 flat PROPN
, 4 punct PUNCT
die 4 det PRON
woordvoerder 9 nsubj NOUN
van 6 case ADP
Kees 4 nmod PROPN
was 9 aux AUX zijn
, 7 punct PUNCT
vloog 9 ROOT VERB vliegen
naar 11 case ADP
Parijs 9 obl PROPN
. 9 punct PUNCT
"""

# the same words with "was" the copula of "woordvoerder": the parser kept the clause
KEPT_CLAUSE = LOST_CLAUSE.replace("was 9 aux AUX zijn", "was 4 cop AUX zijn")

# "Jan Smit , die de auto van Kees kocht , vloog ." : a clause with a verb of its own
VERB_CLAUSE = """
Jan 10 nsubj PROPN
Smit 0 flat PROPN
, 4 punct PUNCT
die 8 nsubj PRON
de 4 det DET
auto 8 obj NOUN
van 6 case ADP
Kees 4 nmod PROPN
kocht 0 acl:relcl VERB kopen
, 8 punct PUNCT
vloog 10 ROOT VERB vliegen
. 10 punct PUNCT
"""


def _relative(doc):
    return with_morph(doc, t3="PronType=Rel")


def test_a_noun_of_a_lost_relative_clause_is_its_predicate():
    doc = _relative(parse(LOST_CLAUSE))
    assert lost_relative_predicate(doc[4])


def test_a_clause_the_parser_kept_is_not_lost():
    doc = _relative(parse(KEPT_CLAUSE))
    assert not lost_relative_predicate(doc[4])


def test_a_clause_with_a_verb_of_its_own_says_nothing_of_the_name():
    doc = with_morph(parse(VERB_CLAUSE), t3="PronType=Rel")
    assert not lost_relative_predicate(doc[5])


# "John Smith and Peter Jones , both members of Labour , left ." as the English model parses it
SHARED = """
John 1 compound PROPN
Smith 11 nsubj PROPN
and 1 cc CCONJ
Peter 4 compound PROPN
Jones 1 conj PROPN
, 1 punct PUNCT
both 7 det DET
members 1 appos NOUN member
of 7 prep ADP
Labour 8 pobj PROPN
, 1 punct PUNCT
left 11 ROOT VERB leave
. 11 punct PUNCT
"""


def _names(rows: str, spans: list[tuple[int, int]]):
    doc = parse(rows)
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in spans]
    return doc


def test_a_plural_apposition_after_a_list_describes_its_later_name():
    doc = with_morph(_names(SHARED, [(0, 2), (3, 5)]), t7="Number=Plur")
    jones = doc.ents[1]
    assert doc[7] in descriptors(jones, CLEAR)


def test_a_singular_apposition_after_a_list_is_not_shared():
    rows = SHARED.replace("both 7 det DET", "a 7 det DET").replace("members 1", "member 1")
    doc = with_morph(_names(rows, [(0, 2), (3, 5)]), t6="PronType=Art")
    jones = doc.ents[1]
    assert doc[7] not in descriptors(jones, CLEAR)


def test_a_quantified_singular_apposition_is_shared_in_dutch():
    rows = """
Jan 10 nsubj PROPN
Smit 0 flat PROPN
en 3 cc CCONJ
Piet 0 conj PROPN
Jansen 3 flat PROPN
, 7 punct PUNCT
beiden 7 det PRON beide
lid 0 appos NOUN
van 9 case ADP
VVD 7 nmod PROPN
vlogen 10 ROOT VERB vliegen
. 10 punct PUNCT
"""
    doc = with_morph(_names(rows, [(0, 2), (3, 5)]), t6="PronType=Ind")
    piet = doc.ents[1]
    assert doc[7] in descriptors(piet, UD)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "Jan de Vries, die woordvoerder van Shell was, vloog naar Parijs.",
            ("Jan de Vries", "ROLE", "Shell"),
            ("Jan de Vries", "AID", "Shell"),
        ),
        (
            "Jan de Vries, die de adviseur van Mark Rutte was, vloog naar Parijs.",
            ("Jan de Vries", "ROLE", "Mark Rutte"),
            ("Jan de Vries", "AID", "Mark Rutte"),
        ),
    ],
)
def test_end_to_end_a_lost_relative_clause_gives_the_role(text, expected, wrong):
    found = typed(text, "nl")
    assert expected in found, sorted(found)
    assert wrong not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, party",
    [
        (
            "John Smith and Peter Jones, both members of the Labour Party, flew to Paris.",
            "en",
            "Labour Party",
        ),
        ("Jan de Vries en Piet Jansen, beiden lid van de VVD, vlogen naar Parijs.", "nl", "VVD"),
        ("Jan de Vries en Piet Jansen, beide leden van de VVD, vlogen naar Parijs.", "nl", "VVD"),
    ],
)
def test_end_to_end_an_apposition_shared_by_a_list_gives_each_the_role(text, lang, party):
    found = typed(text, lang)
    assert (text.split(" and ")[0].split(" en ")[0], "ROLE", party) in found, sorted(found)
    second = "Peter Jones" if lang == "en" else "Piet Jansen"
    assert (second, "ROLE", party) in found, sorted(found)
