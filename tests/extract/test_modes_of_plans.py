"""Issue 18, item 3: plans that are denied or called off, and plans the parser hung apart.

"has no plans to recognise" denies the recognition; a meeting that "staat niet gepland" or
"was cancelled" did not take place; "hebben plannen aangekondigd zich terug te trekken" (the
Dutch parser hangs the infinitive on the verb, not on "plannen") is a planned withdrawal. The
unit tests use hand-built parses, so a new model cannot change what they check; the ``model``
tests run the real pipelines on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extract.grammar.phrases import mode_of
from extract.grammar.syntax import CLEAR, UD
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed
from tests.extract.test_event_modes import _mode as _event_mode

# ----------------------------------------------------------------------------- hand-built parses


@pytest.mark.parametrize("det, mode", [("no", "negated"), ("new", "planned")])
def test_modes_a_denied_plan_noun_denies_its_act(det, mode):
    """'Spain has no plans to recognise Kosovo': no plan, no recognition."""
    doc = parse(
        f"""
Spain 1 nsubj PROPN
has 1 ROOT VERB have
{det} 3 {"det" if det == "no" else "amod"} {"DET" if det == "no" else "ADJ"}
plans 1 dobj NOUN plan
to 5 aux PART
recognise 3 acl VERB recognise
Kosovo 5 dobj PROPN
""",
        "en",
    )
    assert mode_of(doc[5], CLEAR, load_lexicon("en")) == mode


#: "Bedrijven hebben plannen aangekondigd zich uit Iran terug te trekken" as the Dutch parser
#: reads it: "plannen" the subject of "aangekondigd", the infinitive its clausal complement.
_NL_PLANS_APART = """
Bedrijven 3 nsubj NOUN bedrijf
hebben 3 aux AUX hebben
plannen 3 {dep} NOUN plan
aangekondigd 3 ROOT VERB aankondigen
zich 9 expl:pv PRON
uit 6 case ADP
Iran 9 obl PROPN
terug 9 compound:prt ADV
te 9 mark ADP
trekken 3 {clause} VERB trekken
"""


@pytest.mark.parametrize(
    "dep, clause, mode",
    [
        ("nsubj", "ccomp", "planned"),
        ("obj", "advcl", "planned"),
        ("obj", "xcomp", "planned"),
    ],
)
def test_modes_a_plan_noun_sets_the_mode_of_an_infinitive_hung_on_its_verb(dep, clause, mode):
    doc = parse(_NL_PLANS_APART.format(dep=dep, clause=clause), "nl")
    assert mode_of(doc[9], UD, load_lexicon("nl")) == mode


def test_modes_a_noun_without_a_mode_leaves_the_infinitive_asserted():
    """An object noun that plans nothing ("bedrijven") sets no mode for the infinitive."""
    doc = parse(
        """
Kenia 1 nsubj PROPN
kondigde 1 ROOT VERB aankondigen
de 3 det DET
bedrijven 1 obj NOUN bedrijf
zich 7 expl:pv PRON
terug 7 compound:prt ADV
te 7 mark ADP
trekken 1 advcl VERB trekken
""",
        "nl",
    )
    assert mode_of(doc[7], UD, load_lexicon("nl")) == "asserted"


@pytest.mark.parametrize("negation, mode", [("niet ", "negated"), ("", "planned")])
def test_modes_an_event_noun_whose_planning_participle_is_negated_is_negated(negation, mode):
    """'Een top staat (niet) gepland': the participle sets the mode, and its negation denies it."""
    rows = f"""
Een 1 det DET
top 2 nsubj NOUN top
staat 2 ROOT VERB staan
{"niet 4 advmod ADV" if negation else ""}
gepland 2 xcomp VERB plannen
"""
    rows = "\n".join(line for line in rows.splitlines() if line.strip())
    assert _event_mode(rows, "nl", 1) == mode


@pytest.mark.parametrize(
    "lang, rows",
    [
        (
            "en",
            """
the 1 det DET
talks 3 nsubjpass NOUN talk
were 3 auxpass AUX be
cancelled 3 ROOT VERB cancel
""",
        ),
        (
            "nl",
            """
de 1 det DET
gesprekken 3 nsubj:pass NOUN gesprek
werden 3 aux:pass AUX worden
afgelast 3 ROOT VERB afgelasten
""",
        ),
    ],
)
def test_modes_a_cancelled_event_did_not_take_place(lang, rows):
    assert _event_mode(rows, lang, 1) == "negated"


@pytest.mark.parametrize(
    "marker, mode", [("te 7 mark ADP", "demanded"), ("nu 7 advmod ADV", "asserted")]
)
def test_modes_a_call_on_whose_particle_the_parser_took_for_a_preposition_demands(marker, mode):
    """'De EU roept Servië op Kosovo te erkennen' read with 'op' as the case of 'Kosovo': the
    bare 'roepen' demands its te-infinitive (row 'roepen te'), and nothing without the marker."""
    doc = parse(
        f"""
De 1 det DET
EU 2 nsubj PROPN
roept 2 ROOT VERB roepen
Servië 2 obj PROPN
op 5 case ADP
Kosovo 7 obl PROPN
{marker}
erkennen 2 xcomp VERB erkennen
""",
        "nl",
    )
    assert mode_of(doc[7], UD, load_lexicon("nl")) == mode


@pytest.mark.parametrize(
    "rows, mode",
    [
        # "Turkije dreigde Syrië aan te vallen", the infinitive hung on "dreigde" as adverbial
        (
            """
Turkije 1 nsubj PROPN
dreigde 1 ROOT VERB dreigen
Syrië 1 nsubj PROPN
aan 5 compound:prt ADP
te 5 mark ADP
vallen 1 advcl VERB aanvallen
""",
            "planned",
        ),
        # with an opener besides its marker, a purpose: "dreigde om Syrië aan te vallen" is none
        (
            """
Turkije 1 nsubj PROPN
dreigde 1 ROOT VERB dreigen
om 6 mark ADP
Syrië 6 obj PROPN
aan 6 compound:prt ADP
te 6 mark ADP
vallen 1 advcl VERB aanvallen
""",
            "asserted",
        ),
        # and so with a direct object of the verb: "beloofde steun om Kenia te helpen"
        (
            """
Turkije 1 nsubj PROPN
beloofde 1 ROOT VERB beloven
steun 1 obj NOUN steun
Kenia 5 obj PROPN
te 5 mark ADP
helpen 1 advcl VERB helpen
""",
            "asserted",
        ),
    ],
)
def test_modes_an_infinitive_the_parser_made_adverbial_is_its_verbs_complement(rows, mode):
    doc = parse(rows, "nl")
    verb = next(t for t in doc if t.dep_ == "advcl")
    assert mode_of(verb, UD, load_lexicon("nl")) == mode


# ----------------------------------------------------------------------------- the pipelines


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        (
            "en",
            "Spain has no plans to recognise Kosovo.",
            ("Spain", "SUPPORT", "Kosovo"),
            "negated",
        ),
        (
            "nl",
            "Spanje heeft geen plannen om Kosovo te erkennen.",
            ("Spain", "SUPPORT", "Kosovo"),
            "negated",
        ),
        (
            "en",
            "The talks between Serbia and Kosovo were cancelled.",
            ("Serbia", "CONSULT", "Kosovo"),
            "negated",
        ),
        (
            "nl",
            "De gesprekken tussen Servië en Kosovo werden afgelast.",
            ("Serbia", "CONSULT", "Kosovo"),
            "negated",
        ),
        (
            "nl",
            "Een ontmoeting tussen Poetin en Biden staat niet gepland.",
            ("Vladimir Putin", "CONSULT", "Joe Biden"),
            "negated",
        ),
        (
            "en",
            "A meeting between Putin and Biden was not planned.",
            ("Vladimir Putin", "CONSULT", "Joe Biden"),
            "negated",
        ),
        (
            "nl",
            "Duitse bedrijven als Siemens en Daimler hebben plannen aangekondigd zich uit Iran "
            "terug te trekken.",
            ("Siemens", "CONCEDE", "Iran"),
            "planned",
        ),
        (
            "en",
            "Siemens announced plans to withdraw from Iran.",
            ("Siemens", "CONCEDE", "Iran"),
            "planned",
        ),
        (
            "en",
            "Brazil is unlikely to recognise Venezuela.",
            ("Brazil", "SUPPORT", "Venezuela"),
            "possible",
        ),
        # a denied clause, in Dutch whatever lemma the model gives the speech verb
        (
            "nl",
            "Minister Ruto ontkende dat Kenia Oeganda had gesteund.",
            ("Kenya", "SUPPORT", "Uganda"),
            "negated",
        ),
        (
            "en",
            "Minister Ruto denied that Kenya had supported Uganda.",
            ("Kenya", "SUPPORT", "Uganda"),
            "negated",
        ),
        (
            "nl",
            "De EU roept Servië op Kosovo te erkennen.",
            ("Serbia", "SUPPORT", "Kosovo"),
            "demanded",
        ),
        (
            "en",
            "The EU called on Serbia to recognise Kosovo.",
            ("Serbia", "SUPPORT", "Kosovo"),
            "demanded",
        ),
        # an event's participants take the mode of the threat
        (
            "nl",
            "Turkije dreigde Syrië aan te vallen.",
            ("Türkiye", "PARTICIPANT", "attack"),
            "planned",
        ),
        (
            "en",
            "Turkey threatened to attack Syria.",
            ("Türkiye", "PARTICIPANT", "attack"),
            "planned",
        ),
    ],
)
def test_modes_of_denied_cancelled_and_announced_plans(lang, text, expected, mode):
    found = typed(text, lang, participants=True)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode


def test_modes_an_event_noun_that_cancels_something_goes_on():
    """'The campaign cancelled events': the subject does the cancelling, it is not cancelled."""
    rows = """
the 1 det DET
campaign 2 nsubj NOUN campaign
cancelled 2 ROOT VERB cancel
events 2 dobj NOUN event
"""
    assert _event_mode(rows, "en", 1) == "asserted"


@pytest.mark.parametrize("lemma", ["ontkennen", "ontkenen"])
def test_modes_a_denied_clause_is_negated_whatever_lemma_the_model_gave(lemma):
    """'Kenia ontkende dat het Oeganda had gesteund': the Dutch model lemmatises 'ontkende' as
    'ontkenen'; the lemma table still knows it as the denying 'ontkennen'."""
    doc = parse(
        f"""
Kenia 1 nsubj PROPN
ontkende 1 ROOT VERB {lemma}
dat 6 mark SCONJ
het 6 nsubj PRON
Oeganda 6 obj PROPN
had 6 aux AUX hebben
gesteund 1 ccomp VERB steunen
""",
        "nl",
    )
    assert mode_of(doc[6], UD, load_lexicon("nl")) == "negated"
