"""A perfect whose auxiliary and time the parser hung elsewhere ("X heeft vrijdag Y, een man uit
Z, veroordeeld" with "vrijdag" as the root and the participle as a clause on "man"; "heeft
vrijdag ... naar verluidt mensen neergestoken" with "heeft" under "verluidt" and the participle
tagged finite) is dated by the time under its auxiliary (extract/grammar/timing.py
``_stray_auxiliary``, read by ``time_span_of``); a participle clause inside a reported clause
whose verb has its own perfect takes no time of the report. The trees are the ones the Dutch
model gives such sentences, built by hand."""

from __future__ import annotations

import pytest
from extraction_helpers import parse

from extract.grammar.timing import clause_time_spans, time_span_of

# "Rechter Berg heeft vrijdag Vos , een man uit Utrecht , veroordeeld ."
ROOTED_ON_THE_TIME = """
Rechter 1 nsubj NOUN
Berg 0 appos PROPN
heeft 3 aux AUX hebben VerbForm=Fin
vrijdag 3 ROOT PROPN
Vos 3 appos PROPN
, 7 punct PUNCT
een 7 det DET
man 4 appos NOUN
uit 9 case ADP
Utrecht 7 nmod PROPN
, 11 punct PUNCT
veroordeeld 7 acl VERB veroordelen VerbForm=Part|Tense=Past
. 3 punct PUNCT
"""
# "Vos heeft vrijdag naar verluidt mensen neergestoken ."
UNDER_ANOTHER_VERB = """
Vos 4 nsubj PROPN
heeft 4 aux AUX hebben VerbForm=Fin
vrijdag 1 nsubj PROPN
naar 4 case ADP
verluidt 4 ROOT VERB verluiden VerbForm=Fin
mensen 6 obj NOUN
neergestoken 4 ccomp VERB neergestoken VerbForm=Fin|Tense=Past
. 4 punct PUNCT
"""
# "Berg heeft vrijdag gezegd dat Vos , gearresteerd in Utrecht , vrij is ."
REPORTED = """
Berg 3 nsubj PROPN
heeft 3 aux AUX hebben VerbForm=Fin
vrijdag 3 obl PROPN
gezegd 3 ROOT VERB zeggen VerbForm=Part|Tense=Past
dat 11 mark SCONJ
Vos 11 nsubj PROPN
, 7 punct PUNCT
gearresteerd 5 acl VERB arresteren VerbForm=Part|Tense=Past
in 9 case ADP
Utrecht 7 obl PROPN
, 7 punct PUNCT
vrij 3 ccomp ADJ
is 11 cop AUX zijn VerbForm=Fin
. 3 punct PUNCT
"""
# "Berg has said on Friday that Vos , arrested in Utrecht , is free ."
REPORTED_EN = """
Berg 2 nsubj PROPN
has 2 aux AUX have VerbForm=Fin
said 2 ROOT VERB say VerbForm=Part|Tense=Past
on 2 prep ADP
Friday 3 pobj PROPN
that 12 mark SCONJ
Vos 12 nsubj PROPN
, 8 punct PUNCT
arrested 6 acl VERB arrest VerbForm=Part|Tense=Past
in 8 prep ADP
Utrecht 9 pobj PROPN
, 8 punct PUNCT
is 2 ccomp AUX be VerbForm=Fin
free 12 acomp ADJ
. 2 punct PUNCT
"""


def _time_of(rows: str, lang: str, word: str) -> str | None:
    doc = parse(rows, lang)
    spans = clause_time_spans(doc, lang, {})
    span = time_span_of(next(t for t in doc if t.text == word), spans)
    return doc.text[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    "rows, word", [(ROOTED_ON_THE_TIME, "veroordeeld"), (UNDER_ANOTHER_VERB, "neergestoken")]
)
def test_a_perfect_whose_auxiliary_the_parser_hung_elsewhere_takes_its_time(rows, word):
    assert _time_of(rows, "nl", word) == "vrijdag"


@pytest.mark.parametrize(
    "rows, lang, word", [(REPORTED, "nl", "gearresteerd"), (REPORTED_EN, "en", "arrested")]
)
def test_a_participle_in_a_reported_clause_takes_no_time_of_the_report(rows, lang, word):
    assert _time_of(rows, lang, word) is None
