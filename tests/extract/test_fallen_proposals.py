"""Issue 18, modes: the act of a proposal that fell is drawn negated, with its own type.

"A bill that would have allowed Peru to extradite suspects from Chile" tells an extradition
that did not happen (docs/annotation.md, a withdrawn or defeated proposal): the counterfactual
auxiliaries of a relative clause ("would have") deny its act and the acts it governs. Only in
a relative clause: a main clause's "would have met him, but fell ill" may be read as a
condition. The extradition runs from the side that hands people over, named by "from", to the
one that takes them (a typed ``receive`` row of phrases.<lang>.tsv). The unit tests use
hand-built parses; the ``model`` tests run the English pipeline on sentences written for them.
"""

from __future__ import annotations

import pytest

from extract.grammar.phrases import mode_of
from extract.grammar.syntax import CLEAR
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import parse, typed

# ----------------------------------------------------------------------------- hand-built parses

_RELATIVE = """
Chile 1 nsubj PROPN
proposed 1 ROOT VERB propose
a 3 det DET
bill 1 dobj NOUN bill
that 7 nsubj PRON
{aux1}
{aux2}
allowed 3 relcl VERB allow
Peru 9 nsubj PROPN
to 10 aux PART
sanction 7 ccomp VERB sanction
Bolivia 10 dobj PROPN
"""


@pytest.mark.parametrize(
    "aux1, aux2, denied",
    [
        ("would 7 aux AUX would", "have 7 aux AUX have", True),
        ("would 7 aux AUX would", "surely 7 advmod ADV surely", False),
        ("has 7 aux AUX have", "surely 7 advmod ADV surely", False),
    ],
)
def test_would_have_in_a_relative_clause_denies_the_act_it_governs(aux1, aux2, denied):
    """'a bill that would have allowed Peru to sanction Bolivia': no sanction, no allowing;
    'would allow' and 'has allowed' deny neither."""
    doc = parse(_RELATIVE.format(aux1=aux1, aux2=aux2), "en")
    lexicon = load_lexicon("en")
    assert (mode_of(doc[10], CLEAR, lexicon) == "negated") is denied
    assert (mode_of(doc[7], CLEAR, lexicon) == "negated") is denied


def test_would_have_in_a_main_clause_is_no_denial():
    """'Smith would have met Jones': no relative clause, so not read as not done."""
    doc = parse(
        """
Smith 3 nsubj PROPN
would 3 aux AUX would
have 3 aux AUX have
met 3 ROOT VERB meet
Jones 3 dobj PROPN
""",
        "en",
    )
    assert mode_of(doc[3], CLEAR, load_lexicon("en")) != "negated"


# ----------------------------------------------------------------------------- the pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text, mode",
    [
        (
            "Chile proposed a bill that would have allowed Peru to extradite suspects from Chile.",
            "negated",
        ),
        ("Peru extradited the suspects from Chile.", "asserted"),
        # the parser hangs "from Chile" on "crimes", inside the object
        (
            "Chile proposed a bill that would have allowed Peru to extradite people who were "
            "accused of crimes from Chile.",
            "negated",
        ),
    ],
)
def test_an_extradition_runs_from_the_side_that_hands_over(text, mode):
    found = typed(text, "en")
    key = ("Chile", "COOPERATE", "Peru")
    assert key in found, sorted(found)
    assert found[key]["mode"] == mode
    assert ("Peru", "COOPERATE", "Chile") not in found


@pytest.mark.model
def test_a_fallen_bill_keeps_the_type_and_direction_of_its_act():
    found = typed(
        "The senators proposed a bill that would have allowed Chile to sanction Peru.", "en"
    )
    assert found[("Chile", "SANCTION", "Peru")]["mode"] == "negated"
