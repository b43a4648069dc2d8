"""An event noun's act told in a te-infinitive clause names whom it is aimed at, also where the
parser hangs that clause as a modifier (issue 18): "de weigering van Polen om de leveringen aan
Oekraïne goed te keuren" is a refusal towards Ukraine."""

from __future__ import annotations

import pytest

from extract.components.relations.nominal import act_clauses, content_clauses
from tests.extract.extraction_helpers import parse, relations

# "de weigering van Polen om de leveringen aan Oekraïne goed te keuren", as the Dutch model
# parses it before a comma: the infinitive as nmod of the noun
NL_REFUSAL = """
de 1 det DET
weigering 1 ROOT NOUN
van 3 case ADP
Polen 1 nmod PROPN
om 11 mark ADP
de 6 det DET
leveringen 11 obj NOUN levering
aan 8 case ADP
Oekraïne 6 nmod PROPN
goed 11 advmod ADJ
te 11 mark ADP
keuren 1 nmod VERB
"""

# the same noun with a place phrase after it, no clause: "de weigering van Polen in Brussel"
NL_PLACE = """
de 1 det DET
weigering 1 ROOT NOUN
van 3 case ADP
Polen 1 nmod PROPN
in 5 case ADP
Brussel 1 nmod PROPN
"""


def test_act_clauses_a_te_infinitive_hung_as_modifier_tells_the_act():
    doc = parse(NL_REFUSAL, lang="nl")
    assert [t.text for t in act_clauses(doc[1])] == ["keuren"]


def test_act_clauses_a_phrase_is_no_clause():
    doc = parse(NL_PLACE, lang="nl")
    assert act_clauses(doc[1]) == []


@pytest.mark.model
def test_act_clauses_a_refusal_to_approve_deliveries_is_aimed_at_their_receiver():
    found = relations(
        "De weigering van Polen om de wapenleveringen aan Oekraïne goed te keuren, verraste "
        "Brussel.",
        "nl",
    )
    assert ("Poland", "REJECT", "Ukraine") in found, sorted(found)


# "De eis van Japan dat China de visser vrijlaat", parsed as the Dutch model parses it: the
# content clause as a relative clause on the noun, opened by the conjunction "dat"
NL_DEMAND_THAT = """
De 1 det DET
eis 1 ROOT NOUN
van 3 case ADP
Japan 1 nmod PROPN
dat 8 mark SCONJ
China 8 nsubj PROPN
de 7 det DET
visser 8 obj NOUN
vrijlaat 1 acl:relcl VERB vrijlaten
"""


def test_content_clause_of_an_event_noun_is_opened_by_a_conjunction():
    doc = parse(NL_DEMAND_THAT)
    assert [c.text for c in content_clauses(doc[1])] == ["vrijlaat"]
    # a relative clause ("de eis die China stelde") says nothing the noun asks
    relative = parse(NL_DEMAND_THAT.replace("dat 8 mark SCONJ", "die 8 nsubj PRON"))
    assert content_clauses(relative[1]) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "De eis van Litouwen dat Wit-Rusland de grens opent, werd in Brussel besproken.",
            ("Lithuania", "REQUEST", "Belarus"),
        ),
        (
            "Het verzoek van de Europese Commissie dat Hongarije de wet intrekt, bleef liggen.",
            ("European Commission", "REQUEST", "Hungary"),
        ),
    ],
)
def test_end_to_end_a_demand_is_aimed_at_who_its_clause_says_must_act(text, expected):
    assert expected in relations(text, "nl"), sorted(relations(text, "nl"))


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # asylum is aid to the one who gets it (PLOVER AID), also told from the receiver's side
        (
            "Brazilië heeft de journalist Tomás Vidal asiel verleend.",
            ("Brazil", "AID", "Tomás Vidal"),
        ),
        ("Tomás Vidal heeft asiel gekregen van Brazilië.", ("Brazil", "AID", "Tomás Vidal")),
        # aid flown in is aid, not a visit
        ("Unicef vloog dinsdag medicijnen naar Soedan.", ("UNICEF", "AID", "Sudan")),
    ],
)
def test_end_to_end_dutch_asylum_and_aid_flown_in(text, expected):
    assert expected in relations(text, "nl"), sorted(relations(text, "nl"))
