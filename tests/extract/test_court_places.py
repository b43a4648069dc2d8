"""Issue 18 (court3): a court named only in a place phrase of a court's act or of a plea. A
passive with no agent is the court's doing ("was sentenced in the Federal Court of Ohio": COERCE
court -> the sentenced); a guilty plea made at a court is a concession to it ("pleaded guilty at
the Superior Court": CONCEDE pleader -> court, PLOVER CONCEDE). The court words are data
(courts.<lang>.tsv), the pattern is extract/grammar/patterns.py court_in_place. And an act on an
office holder is not aimed at whom they serve ("an adviser for President X was sentenced")."""

from __future__ import annotations

import pytest

from extract.grammar.patterns import court_in_place, names_a_court
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import EN_PREPS, NL_PREPS, parse, typed

JUDGES = frozenset({"court", "rechtbank"})

# "Wells was sentenced in the High Court": a passive, the court in a place phrase
EN_SENTENCED_IN_COURT = """
Wells 2 nsubjpass PROPN
was 2 auxpass AUX be
sentenced 2 ROOT VERB sentence
in 2 prep ADP
the 6 det DET
High 6 compound PROPN
Court 3 pobj PROPN court
. 2 punct PUNCT
"""

# "Wells pleaded guilty to the charges at the Superior Court": the place phrase hung on the
# recipient phrase's noun, as the English parser does
EN_PLEADED_AT_COURT = """
Wells 1 nsubj PROPN
pleaded 1 ROOT VERB plead
guilty 1 acomp ADJ guilty
to 2 prep ADP
the 5 det DET
charges 3 pobj NOUN charge
at 5 prep ADP
the 9 det DET
Superior 9 compound PROPN
Court 6 pobj PROPN court
. 1 punct PUNCT
"""

# "Wells werd in de rechtbank veroordeeld"
NL_VEROORDEELD_IN_RECHTBANK = """
Wells 5 nsubj:pass PROPN
werd 5 aux:pass AUX worden
in 4 case ADP
de 4 det DET
rechtbank 5 obl NOUN rechtbank
veroordeeld 5 ROOT VERB veroordelen
. 5 punct PUNCT
"""


def _pairs(rows: str, lang: str, verb: int) -> list[tuple[str, str]]:
    doc = parse(rows, lang)
    scheme, preps = (UD, NL_PREPS) if lang == "nl" else (CLEAR, EN_PREPS)
    return [
        (c.actor.text, c.recipient.text) for c in court_in_place(JUDGES, doc[verb], scheme, preps)
    ]


def test_a_court_in_a_passives_place_phrase_acts():
    assert _pairs(EN_SENTENCED_IN_COURT, "en", 2) == [("Court", "Wells")]


def test_a_plea_at_a_court_is_made_to_it():
    assert _pairs(EN_PLEADED_AT_COURT, "en", 1) == [("Wells", "Court")]


def test_a_dutch_court_in_a_passives_place_phrase_acts():
    assert _pairs(NL_VEROORDEELD_IN_RECHTBANK, "nl", 5) == [("rechtbank", "Wells")]


def test_a_place_that_is_no_court_gives_nothing():
    rows = EN_SENTENCED_IN_COURT.replace("High 6 compound PROPN", "New 6 compound PROPN").replace(
        "Court 3 pobj PROPN court", "York 3 pobj PROPN york"
    )
    assert _pairs(rows, "en", 2) == []


def test_an_agent_phrase_leaves_the_place_phrase_alone():
    # "was sentenced by Judge Ames in the High Court": the agent acts
    rows = """
Wells 2 nsubjpass PROPN
was 2 auxpass AUX be
sentenced 2 ROOT VERB sentence
by 2 agent ADP
Ames 3 pobj PROPN
in 2 prep ADP
the 8 det DET
High 8 compound PROPN
Court 5 pobj PROPN court
. 2 punct PUNCT
"""
    assert _pairs(rows, "en", 2) == []


def test_court_words_are_read_from_the_name():
    doc = parse(EN_SENTENCED_IN_COURT, "en")
    assert names_a_court(doc[6], JUDGES)
    assert not names_a_court(doc[0], JUDGES)


@pytest.mark.model
def test_sentenced_in_a_named_court_en():
    found = typed("Greta Holm was sentenced in the Federal Court of Ohio on Monday.", "en")
    assert ("Federal Court of Ohio", "COERCE", "Greta Holm") in found, sorted(found)


@pytest.mark.model
def test_sentenced_in_a_named_court_nl():
    found = typed(
        "Greta Holm werd in de rechtbank van Amsterdam veroordeeld tot vijf jaar cel.", "nl"
    )
    assert ("rechtbank van Amsterdam", "COERCE", "Greta Holm") in found, sorted(found)


@pytest.mark.model
def test_a_guilty_plea_at_a_court_concedes_en():
    found = typed("Greta Holm pleaded guilty to the charges at the Superior Court.", "en")
    assert ("Greta Holm", "CONCEDE", "Superior Court") in found, sorted(found)
    assert ("Greta Holm", "REQUEST", "Superior Court") not in found


@pytest.mark.model
def test_a_guilty_plea_at_a_court_concedes_nl():
    found = typed("Bruce Holm pleitte bij de rechtbank van Utrecht schuldig.", "nl")
    assert ("Bruce Holm", "CONCEDE", "rechtbank van Utrecht") in found, sorted(found)


@pytest.mark.model
def test_an_office_holders_master_is_not_the_target_en():
    found = typed(
        "A former adviser for President Carl Ames was sentenced in U.S. Federal Court.", "en"
    )
    assert not any(t == "Carl Ames" and k == "COERCE" for _, k, t in found), sorted(found)
