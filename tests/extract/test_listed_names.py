"""Names typed by the list they stand in (issue 19): the parser's conjuncts make a list, an
apposition does not."""

from __future__ import annotations

from spacy.tokens import Span

from extract.components.names import _ends_a_list, _listed_together
from tests.extract.extraction_helpers import parse

# "Ysolde Quarrington , Brisco Tannahill and Kevin Dorsett called ."
LIST = """
Ysolde 8 nsubj PROPN
Quarrington 0 flat PROPN
, 3 punct PUNCT
Brisco 0 conj PROPN
Tannahill 3 flat PROPN
and 6 cc CCONJ
Kevin 0 conj PROPN
Dorsett 6 flat PROPN
called 8 ROOT VERB
. 8 punct PUNCT
"""

# "Colin Sutherland , Lord Carloway , decided ."
APPOSITION = """
Colin 6 nsubj PROPN
Sutherland 0 flat PROPN
, 3 punct PUNCT
Lord 0 appos PROPN
Carloway 3 flat PROPN
, 3 punct PUNCT
decided 6 ROOT VERB
. 6 punct PUNCT
"""


def test_names_of_one_list_are_listed_together():
    doc = parse(LIST)
    first, second, third = Span(doc, 0, 2), Span(doc, 3, 5), Span(doc, 6, 8)
    assert _listed_together(second, third)  # both conjuncts of the first name
    assert _listed_together(first, second)
    assert not _listed_together(first, first)


def test_an_apposition_is_no_list():
    doc = parse(APPOSITION)
    assert not _listed_together(Span(doc, 3, 5), Span(doc, 0, 2))


def test_a_list_runs_over_commas_and_names_into_and():
    doc = parse(LIST)
    assert _ends_a_list(doc, 2)  # ", Brisco Tannahill and ..."


def test_an_apposition_runs_into_no_and():
    doc = parse(APPOSITION)
    assert not _ends_a_list(doc, 2)  # ", Lord Carloway , decided": a verb before any "and"
