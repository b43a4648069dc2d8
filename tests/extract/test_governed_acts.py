"""An act in the infinitive complement of a verb whose phrase is an act of its own ("agreed to",
"refused to") is also that act, of the same actor towards the same target
(extract/components/relations/speech.py ``_governed_acts``), but not an act of a finite verb the
parser hung on the infinitive ("agreed to reconsider and met with Somalia": the meeting is no
agreement), nor an act between the governor's own subjects unless the governing act is one of
two sides ("Barr and Ross refused to hand over the papers": no refusal of each other; "Kenya and
Somalia agreed to cooperate": an agreement between them). On hand-built parses, then end to
end."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.relation import Relation
from extract.components.relations.tagger import RelationTagger
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import hand_resolver, typed

# "Kenya agreed to reconsider and {met} with Somalia"
EN_CONJUNCT = """
Kenya 1 nsubj PROPN
agreed 1 ROOT VERB agree
to 3 aux PART
reconsider 1 xcomp VERB reconsider
and 3 cc CCONJ
{verb} 3 conj VERB {lemma}
with 5 prep ADP
Somalia 6 pobj PROPN
"""

# "Kenya and Somalia {agreed} to cooperate"
EN_TWO_SUBJECTS = """
Kenya 3 nsubj PROPN
and 0 cc CCONJ
Somalia 0 conj PROPN
{verb} 3 ROOT VERB {lemma}
to 5 aux PART
cooperate 3 xcomp VERB cooperate
"""


def _governed(doc_rows: str, names, act: tuple[str, str, str, int], forms: dict[int, str]):
    """(source, type, target) of each act ``_governed_acts`` adds to ``act`` (source, type,
    target, index of its trigger) on a hand-built English parse, with VerbForm ``forms`` by
    token index."""
    resolver, doc = hand_resolver(doc_rows, "en", names)
    for i, form in forms.items():
        doc[i].set_morph(f"VerbForm={form}")
    tagger = RelationTagger("t", "en", load_lexicon("en"), load_kb(), CLEAR, load_grammar("en"))
    trigger = doc[act[3]]
    found = [
        Relation(
            source=act[0],
            target=act[2],
            type=act[1],
            trigger=trigger.text,
            trigger_start=trigger.idx,
            trigger_end=trigger.idx + len(trigger.text),
            sentence=0,
            confidence=0.7,
        )
    ]
    ctx = _Context(doc, resolver, {})
    return {(r.source, r.type, r.target) for r in tagger._governed_acts(ctx, found)[1:]}


KENYA_SOMALIA = [(0, 1, "COUNTRY", "KEN"), (7, 8, "COUNTRY", "SOM")]


def test_an_infinitive_conjunct_is_governed():
    rows = EN_CONJUNCT.format(verb="talk", lemma="talk")
    found = _governed(rows, KENYA_SOMALIA, ("KEN", "CONSULT", "SOM", 5), {3: "Inf", 5: "Inf"})
    assert found == {("KEN", "AGREE", "SOM")}


def test_a_finite_conjunct_hung_on_the_infinitive_is_not_governed():
    rows = EN_CONJUNCT.format(verb="met", lemma="meet")
    found = _governed(rows, KENYA_SOMALIA, ("KEN", "CONSULT", "SOM", 5), {3: "Inf", 5: "Fin"})
    assert found == set()


TWO_SUBJECTS = [(0, 1, "COUNTRY", "KEN"), (2, 3, "COUNTRY", "SOM")]


def test_an_agreement_of_two_subjects_is_between_them():
    rows = EN_TWO_SUBJECTS.format(verb="agreed", lemma="agree")
    found = _governed(rows, TWO_SUBJECTS, ("KEN", "COOPERATE", "SOM", 5), {5: "Inf"})
    assert found == {("KEN", "AGREE", "SOM")}


def test_a_refusal_of_two_subjects_is_not_aimed_at_each_other():
    rows = EN_TWO_SUBJECTS.format(verb="refused", lemma="refuse")
    found = _governed(rows, TWO_SUBJECTS, ("KEN", "COOPERATE", "SOM", 5), {5: "Inf"})
    assert found == set()


# --- end to end -------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, pair, absent",
    [
        (
            "Attorney General William Barr and Commerce Secretary Wilbur Ross refused to hand "
            "over the documents.",
            ("William Barr", "Wilbur Ross"),
            "REJECT",
        ),
        (
            "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with Mike "
            "Pompeo about the case.",
            ("Dominic Raab", "Mike Pompeo"),
            "REQUEST",
        ),
        ("Kenya agreed to reconsider and met with Somalia.", ("Kenya", "Somalia"), "AGREE"),
    ],
)
def test_end_to_end_no_governed_act_where_none_is_aimed(text, pair, absent):
    found = typed(text, "en")
    assert (pair[0], absent, pair[1]) not in found, sorted(found)


@pytest.mark.model
def test_end_to_end_two_subjects_that_agree_to_cooperate_agree():
    found = typed("Kenya and Somalia agreed to cooperate on the border.", "en")
    assert ("Kenya", "AGREE", "Somalia") in found, sorted(found)
