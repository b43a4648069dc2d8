"""An organisation that reports a clause ("the ministry reported Okafor was sentenced",
"according to the police, ...", "volgens het ministerie ...") speaks of the clause's named subject
(STATEMENT), unless the clause tells an act, which is then the relation, reported by it
(extract/components/relations/speech.py ``_reported_subjects``). A news outlet gets no such
STATEMENT: it is the reporter of what it reports (docs/annotation.md, settled case "An outlet's
report"; ``_outlets_only_report``, extract/grammar/outlets.py). On hand-built parses, then end to
end in both languages."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.relation import Relation
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, records_of, typed

# "Herald reported Okafor was sentenced ."
EN_REPORTED = """
Herald 1 nsubj PROPN
reported 1 ROOT VERB report
Okafor 4 nsubjpass PROPN
was 4 auxpass AUX be
sentenced 1 ccomp VERB sentence
. 1 punct PUNCT
"""

# "Okafor was sentenced , Herald reported ." (the report after what it says)
EN_REPORTED_AFTER = """
Okafor 2 nsubjpass PROPN
was 2 auxpass AUX be
sentenced 2 ROOT VERB sentence
, 2 punct PUNCT
Herald 5 nsubj PROPN
reported 2 parataxis VERB report
. 2 punct PUNCT
"""

# "Herald said Okafor was sentenced ." (said is no outlet's report)
EN_SAID = """
Herald 1 nsubj PROPN
said 1 ROOT VERB say
Okafor 4 nsubjpass PROPN
was 4 auxpass AUX be
sentenced 1 ccomp VERB sentence
. 1 punct PUNCT
"""

# "According to Herald , Okafor was sentenced ."
EN_ACCORDING = """
According 5 prep VERB accord
to 0 prep ADP
Herald 1 pobj PROPN
, 5 punct PUNCT
Okafor 5 nsubjpass PROPN
sentenced 5 ROOT VERB sentence
. 5 punct PUNCT
"""

# "Volgens Herald werd Okafor veroordeeld ."
NL_ACCORDING = """
Volgens 1 case ADP volgens
Herald 4 obl PROPN
werd 4 aux:pass AUX worden
Okafor 4 nsubj:pass PROPN
veroordeeld 4 ROOT VERB veroordelen
. 4 punct PUNCT
"""

# "Herald meldde dat Okafor veroordeeld werd ."
NL_REPORTED = """
Herald 1 nsubj PROPN
meldde 1 ROOT VERB melden
dat 4 mark SCONJ dat
Okafor 4 nsubj:pass PROPN
veroordeeld 1 ccomp VERB veroordelen
werd 4 aux:pass AUX worden
. 1 punct PUNCT
"""


def _statements(
    rows: str, lang: str, herald: int, okafor: int, found: list[Relation] | None = None
) -> set[tuple[str, str, str]]:
    """(source, type, target) of each relation _reported_subjects finds on a hand-built parse
    naming the outlet Herald and the person Okafor, beside the relations ``found`` before it."""
    names = [(herald, herald + 1, "ORG", "herald"), (okafor, okafor + 1, "PERSON", "okafor")]
    resolver, doc = hand_resolver(rows, lang, names)
    tagger = RelationTagger(
        "t", lang, load_lexicon(lang), load_kb(), UD if lang == "nl" else CLEAR, load_grammar(lang)
    )
    ctx = _Context(doc, resolver, {})
    return {(r.source, r.type, r.target) for r in tagger._reported_subjects(ctx, found or [])}


@pytest.mark.parametrize(
    "rows, lang, herald, okafor",
    [
        (EN_REPORTED, "en", 0, 2),
        (EN_REPORTED_AFTER, "en", 4, 0),
        (EN_ACCORDING, "en", 2, 4),
        (NL_ACCORDING, "nl", 1, 3),
        (NL_REPORTED, "nl", 0, 3),
    ],
)
def test_an_outlet_speaks_of_the_subject_of_what_it_reports(rows, lang, herald, okafor):
    assert _statements(rows, lang, herald, okafor) == {("herald", "STATEMENT", "okafor")}


def test_a_verb_that_only_says_is_no_outlets_report():
    assert _statements(EN_SAID, "en", 0, 2) == set()


def test_an_act_told_in_the_clause_is_the_relation_not_a_statement():
    """ "Herald reported Okafor was sentenced" with the sentencing read as an act (here a court's
    COERCE on Okafor, triggered by "sentenced"): the outlet reports that act."""
    act = Relation(
        source="court",
        target="okafor",
        type="COERCE",
        trigger="sentenced",
        trigger_start=len("Herald reported Okafor was "),
        trigger_end=len("Herald reported Okafor was sentenced"),
        sentence=0,
        confidence=0.7,
    )
    assert _statements(EN_REPORTED, "en", 0, 2, [act]) == set()


# --- end to end, both languages ---------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, outlet, subject",
    [
        (
            "en",
            "The Daily Telegraph reported Ferdinand Okafor was released on bail.",
            "Daily Telegraph",
            "Ferdinand Okafor",
        ),
        (
            "en",
            "According to the Associated Press, Ferdinand Okafor was the oldest club member.",
            "Associated Press",
            "Ferdinand Okafor",
        ),
        (
            "nl",
            "Volgens persbureau Reuters werd Ferdinand Okafor op borgtocht vrijgelaten.",
            "Reuters",
            "Ferdinand Okafor",
        ),
        (
            "nl",
            "De Telegraaf meldde dat Ferdinand Okafor op borgtocht werd vrijgelaten.",
            "Telegraaf",
            "Ferdinand Okafor",
        ),
    ],
)
def test_end_to_end_an_outlet_is_no_speaker_towards_whom_it_reports_on(lang, text, outlet, subject):
    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    assert subject in label.values() and any(v.endswith(outlet) for v in label.values()), label
    statements = [
        (label[r["source"]], label[r["target"]])
        for r in records["relations"]
        if r["type"] == "STATEMENT"
    ]
    assert not any(s.endswith(outlet) for s, _ in statements), statements


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, body, subject",
    [
        (
            "en",
            "According to the Interior Ministry, Ferdinand Okafor was released on bail.",
            "Interior Ministry",
            "Ferdinand Okafor",
        ),
        (
            "nl",
            "Volgens het ministerie van Justitie werd Ferdinand Okafor op borgtocht vrijgelaten.",
            "Justitie",
            "Ferdinand Okafor",
        ),
    ],
)
def test_end_to_end_a_body_that_is_no_outlet_still_speaks_of_whom_it_reports_on(
    lang, text, body, subject
):
    found = typed(text, lang)
    assert any(body in s and t == "STATEMENT" and o == subject for s, t, o in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, outlet, actor",
    [
        (
            "en",
            "According to the BBC, Ferdinand Okafor said that the club would appeal.",
            "BBC",
            "Ferdinand Okafor",
        ),
        (
            "nl",
            "Ferdinand Okafor zei volgens de BBC dat de club in beroep gaat.",
            "BBC",
            "Ferdinand Okafor",
        ),
    ],
)
def test_end_to_end_a_speaker_an_outlet_quotes_is_no_subject_it_speaks_of(
    lang, text, outlet, actor
):
    found = typed(text, lang)
    assert not any(s.endswith(outlet) and t == "STATEMENT" and o == actor for s, t, o in found), (
        sorted(found)
    )


# --- who an act inside a cited clause is reported by ------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, act, source",
    [
        (
            "en",
            "According to the BBC, France accused Italy of spying.",
            ("France", "ACCUSE", "Italy"),
            "BBC",
        ),
        (
            "nl",
            "Volgens de BBC beschuldigde Frankrijk Italië van spionage.",
            ("France", "ACCUSE", "Italy"),
            "BBC",
        ),
        (
            "nl",
            "Frankrijk beschuldigde Italië van spionage, aldus de BBC.",
            ("France", "ACCUSE", "Italy"),
            "BBC",
        ),
    ],
)
def test_an_act_in_a_cited_clause_is_reported_by_its_source(lang, text, act, source):
    """ "According to X, A accused B", "Volgens X beschuldigde A B": the accusation is the
    relation, with X as its reporter (and no STATEMENT from X to A)."""
    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    found = {(label[r["source"]], r["type"], label[r["target"]]): r for r in records["relations"]}
    assert act in found, sorted(found)
    assert label.get(found[act]["reported_by"], "").endswith(source)
    assert not any(s.endswith(source) and t == "STATEMENT" for s, t, _ in found)
