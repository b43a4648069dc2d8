"""Issue 18: modes the words of one language read and the other's missed, and the mode of a
participant the story adds to an event to come.

"maakte bekend dat Benin zou toetreden" tells a plan, as "announced Benin would join" does,
while "zou" alone is hearsay ("volgens Rudaw zou hij banden hebben"); "has yet to concede"
denies the concession; "streeft ernaar aan te vallen" and "is vastbesloten aan te vallen" plan
the attack as "aims to attack" and "is determined to attack" do; a participant of an event the
text dates after the document, added by extract.retold, is planned as the timing step reads
every other relation. Hand-built parses keep the unit tests to the tree they are written for;
the ``model`` tests run the real pipelines on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extract.grammar.phrases import mode_of
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from extract.retold import retold_participants
from tests.extract.extraction_helpers import parse, typed
from tests.extract.test_retold import records

# ----------------------------------------------------------------------------- hand-built parses

#: "Rusland kondigde aan dat het zich zou terugtrekken" as the Dutch parser reads it, with the
#: reporting verb and the auxiliaries of each case filled in.
_NL_REPORTED = """
Rusland 1 nsubj PROPN
{verb} 1 ROOT VERB {lemma}
{particle}
dat 7 mark SCONJ
het 7 nsubj PRON
zich 7 expl:pv PRON
{aux}
terugtrekken 1 ccomp VERB terugtrekken
"""


def _reported(verb: str, lemma: str, particle: str, aux: list[str]) -> str:
    rows = _NL_REPORTED.format(
        verb=verb,
        lemma=lemma,
        particle=f"{particle} 1 compound:prt ADP" if particle else "",
        aux="\n".join(aux),
    )
    lines = [line for line in rows.splitlines() if line.strip()]
    # the heads above count the particle and one auxiliary: shift them to where the words are
    verb_at = next(i for i, line in enumerate(lines) if line.startswith("terugtrekken"))
    return "\n".join(line.replace(" 7 ", f" {verb_at} ") for line in lines)


@pytest.mark.parametrize(
    "verb, lemma, particle, aux, mode",
    [
        # an announced or said act with "zou" alone: to come
        ("kondigde", "kondigen", "aan", ["zou 7 aux AUX zullen"], "planned"),
        ("zei", "zeggen", "", ["zou 7 aux AUX zullen"], "planned"),
        # with a perfect it is hearsay: "zei dat het zich zou hebben teruggetrokken"
        ("zei", "zeggen", "", ["zou 7 aux AUX zullen", "hebben 7 aux AUX hebben"], "possible"),
        # under a verb that reports nothing ("besefte dat ..."), "zou" keeps its own row
        ("besefte", "beseffen", "", ["zou 7 aux AUX zullen"], "possible"),
    ],
)
def test_modes_zou_in_a_reported_clause_is_planned(verb, lemma, particle, aux, mode):
    doc = parse(_reported(verb, lemma, particle, aux), "nl")
    doc[1].set_morph("Tense=Past|VerbForm=Fin")  # a future in the past
    clause = next(t for t in doc if t.dep_ == "ccomp")
    assert mode_of(clause, UD, load_lexicon("nl")) == mode


def test_modes_zou_in_a_main_clause_stays_hearsay():
    """'Volgens Rudaw zou hij banden hebben': no speech verb reports the clause."""
    doc = parse(
        """
Volgens 1 case ADP
Rudaw 4 obl PROPN
zou 4 aux AUX zullen
hij 4 nsubj PRON
hebben 4 ROOT VERB hebben
banden 4 obj NOUN band
""",
        "nl",
    )
    assert mode_of(doc[4], UD, load_lexicon("nl")) == "possible"


@pytest.mark.parametrize("adverb, mode", [("yet", "negated"), ("", "asserted")])
def test_modes_has_yet_to_denies_its_infinitive(adverb, mode):
    """'Trump has yet to concede': not conceded; 'has to concede' has no row and says nothing."""
    rows = f"""
Trump 1 nsubj PROPN
has 1 ROOT VERB have
{f"{adverb} 1 advmod ADV" if adverb else ""}
to 4 aux PART
concede 1 xcomp VERB concede
"""
    lines = [line for line in rows.splitlines() if line.strip()]
    if not adverb:
        lines = [line.replace(" 4 ", " 3 ") for line in lines]
    doc = parse("\n".join(lines), "en")
    clause = next(t for t in doc if t.dep_ == "xcomp")
    assert mode_of(clause, CLEAR, load_lexicon("en")) == mode


@pytest.mark.parametrize(
    "word, dep, lemma",
    [
        # the Dutch parser hangs "streeft" on the infinitive as its auxiliary, "vastbesloten" as
        # its adverb
        ("streeft", "aux", "streven"),
        ("vastbesloten", "advmod", "vastbesloten"),
    ],
)
def test_modes_a_dutch_aim_or_resolve_plans_the_act(word, dep, lemma):
    doc = parse(
        f"""
Rusland 5 nsubj PROPN
{word} 5 {dep} {"AUX" if dep == "aux" else "ADJ"} {lemma}
Oekraïne 5 obj PROPN
aan 5 compound:prt ADP
te 5 mark ADP
vallen 5 ROOT VERB aanvallen
""",
        "nl",
    )
    assert mode_of(doc[5], UD, load_lexicon("nl")) == "planned"


@pytest.mark.parametrize(
    "event_date, mode",
    [
        ("2019-10", "planned"),
        # a year alone is too coarse to tell a plan (a war misdated by its year)
        ("2020", "asserted"),
        ("2019-08-28", "asserted"),
        ("2019-08", "asserted"),
        (None, "asserted"),
    ],
)
def test_modes_a_retold_participant_of_an_event_to_come_is_planned(event_date, mode):
    """An event the story returns to, dated after the document (August 29): its first
    sentence's people take part in something still to come; a date of the document's month,
    or none, says nothing of it."""
    base = records({"event:d:0": [(0, 20), (1, 40)]})
    base["documents"][0]["date"] = "2019-08-29"
    for e in base["entities"]:
        if e["id"] == "event:d:0":
            e["event"]["date"] = event_date
    found = retold_participants(base)
    assert {(r["source"], r["mode"]) for r in found["relations"]} == {
        ("person:ann-lee", mode),
        ("kb:ghent", mode),
    }


# ----------------------------------------------------------------------------- the pipelines


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        (
            "nl",
            "Rusland kondigde aan dat het zijn troepen uit Oekraïne zou terugtrekken.",
            ("Russia", "CONCEDE", "Ukraine"),
            "planned",
        ),
        (
            "en",
            "Russia announced it would withdraw its troops from Ukraine.",
            ("Russia", "CONCEDE", "Ukraine"),
            "planned",
        ),
        (
            "nl",
            "Rusland zou Oekraïne hebben aangevallen.",
            ("Russia", "ASSAULT", "Ukraine"),
            "possible",
        ),
        (
            "en",
            "Donald Trump has yet to concede to Joe Biden.",
            ("Donald Trump", "CONCEDE", "Joe Biden"),
            "negated",
        ),
        (
            "nl",
            "Rusland streeft ernaar Oekraïne aan te vallen.",
            ("Russia", "ASSAULT", "Ukraine"),
            "planned",
        ),
        (
            "nl",
            "Rusland is vastbesloten Oekraïne aan te vallen.",
            ("Russia", "ASSAULT", "Ukraine"),
            "planned",
        ),
    ],
)
def test_modes_read_alike_in_both_languages(lang, text, expected, mode):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a condition, though the parser hangs it on the speech verb
        ("Poetin zei dat Rusland Oekraïne zou aanvallen als de NAVO uitbreidt.", "ASSAULT"),
        # a claim, and a report in the present: hearsay, no plan
        ("Oekraïne beweerde dat Rusland Polen zou aanvallen.", "ASSAULT"),
        ("De Verenigde Staten zeggen dat Rusland Polen zou aanvallen.", "ASSAULT"),
    ],
)
def test_modes_zou_under_a_claim_a_present_or_a_condition_is_no_plan(text, expected):
    found = typed(text, "nl")
    assert any(kind == expected for _, kind, _ in found), sorted(found)
    # nothing of the sentence is a plan, whichever names the parser made the attack's sides
    assert all(rel["mode"] != "planned" for rel in found.values()), found


@pytest.mark.model
def test_modes_zou_under_a_perfect_speech_verb_is_planned():
    # "heeft gezegd" is a past speech verb though its participle carries no tense
    found = typed("Rutte heeft gezegd dat Nederland Oekraïne zou steunen.", "nl")
    assert found, found
    assert any(rel["mode"] == "planned" for rel in found.values()), found
