"""COOPERATE is done with a partner, not to an object (issue 18): a verb that types COOPERATE
from its object links only a partner its phrase names ("shared intelligence with Poland"), not
the object itself or a name inside it ("controlled a majority of the House", "appointed X")."""

from __future__ import annotations

import pytest

from extract.components.relations.verbs import partner_named, partner_phrase
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import parse, relations

EN_SHARED = """
Germany 1 nsubj PROPN
shared 1 ROOT VERB share
intelligence 1 dobj NOUN
with 1 prep ADP
Poland 3 pobj PROPN
"""

EN_CONTROLLED = """
Labour 1 nsubj PROPN
controlled 1 ROOT VERB control
a 3 det DET
majority 1 dobj NOUN
of 3 prep ADP
Parliament 4 pobj PROPN
"""

NL_SHARED = """
Duitsland 1 nsubj PROPN
deelde 1 ROOT VERB delen
inlichtingen 1 obj NOUN
met 4 case ADP
Polen 1 obl PROPN
"""

NL_ARTICLE = """
Facebook 1 nsubj PROPN
deelde 1 ROOT VERB delen
een 3 det DET
artikel 1 obj NOUN
van 5 case ADP
Telegraaf 3 nmod PROPN
"""


@pytest.mark.parametrize(
    "rows, scheme, marks, target, expected",
    [
        (EN_SHARED, CLEAR, frozenset({"with", "to"}), "Poland", True),
        (EN_CONTROLLED, CLEAR, frozenset({"with", "to"}), "Parliament", False),
        (NL_SHARED, UD, frozenset({"met", "aan"}), "Polen", True),
        (NL_ARTICLE, UD, frozenset({"met", "aan"}), "Telegraaf", False),
    ],
)
def test_partner_acts_only_a_partner_in_a_phrase(rows, scheme, marks, target, expected):
    doc = parse(rows)
    assert partner_named(doc[1], lambda t: t.text == target, scheme, marks) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, source, target",
    [
        (
            "en",
            "The Liberal Party controlled a majority of the House of Commons.",
            "Liberal Party",
            "House of Commons",
        ),
        (
            "en",
            "President Joe Biden appointed Janet Yellen on Monday.",
            "Joe Biden",
            "Janet Yellen",
        ),
        (
            "nl",
            "Facebook deelde maandag een artikel van de Oostenrijkse nieuwssite oe24.",
            "Meta Platforms",
            "Austria",
        ),
    ],
)
def test_partner_acts_no_cooperation_with_an_object(lang, text, source, target):
    found = relations(text, lang)
    assert (source, "COOPERATE", target) not in found, sorted(found)
    assert not any(t == "COOPERATE" for _, t, _ in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Germany shared intelligence with Poland on Monday."),
        ("nl", "Duitsland deelde maandag inlichtingen met Polen."),
        ("nl", "Inlichtingen werden door Duitsland met Polen gedeeld."),
    ],
)
def test_partner_acts_cooperation_with_a_partner_stays(lang, text):
    found = relations(text, lang)
    assert ("Germany", "COOPERATE", "Poland") in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The European Union and Mercosur signed a pact on Friday."),
        ("en", "The European Union and Mercosur signed an accord on trade."),
        ("nl", "De Europese Unie en Mercosur sloten vrijdag een pact."),
    ],
)
def test_partner_acts_two_who_sign_a_pact_agree_with_each_other(lang, text):
    """Issue 17's symmetric acts of a coordinated subject: the pact is between the two."""
    found = relations(text, lang)
    assert ("European Union", "AGREE", "Mercosur") in found, sorted(found)


EN_WORKED_WITH = """
Tuli 1 nsubj PROPN
worked 1 ROOT VERB work
with 1 prep ADP
the 4 det DET
organization 2 pobj NOUN
"""

EN_AGREED_ON = """
Israel 1 nsubj PROPN
agreed 1 ROOT VERB agree
on 1 prep ADP
a 4 det DET
ceasefire 2 pobj NOUN
"""

NL_SPOKE_WITH = """
België 1 nsubj PROPN
spraken 1 ROOT VERB spreken
met 3 case ADP
journalisten 1 obl NOUN
"""

NL_SPOKE_IN = """
België 1 nsubj PROPN
spraken 1 ROOT VERB spreken
in 3 case ADP
Brussel 1 obl PROPN
"""


@pytest.mark.parametrize(
    "rows, scheme, partner, expected",
    [
        (EN_WORKED_WITH, CLEAR, frozenset({"with"}), True),
        (EN_AGREED_ON, CLEAR, frozenset({"with"}), False),
        (NL_SPOKE_WITH, UD, frozenset({"met"}), True),
        (NL_SPOKE_IN, UD, frozenset({"met"}), False),
    ],
)
def test_partner_acts_partner_phrase_of_the_verb(rows, scheme, partner, expected):
    assert partner_phrase(parse(rows)[1], scheme, partner) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, a, type_, b",
    [
        (
            "en",
            "Pale Tuli and John Fitisemanu worked with the organization Equally American.",
            "Pale Tuli",
            "COOPERATE",
            "John Fitisemanu",
        ),
        (
            "nl",
            "Nederland en België spraken met journalisten.",
            "Netherlands",
            "CONSULT",
            "Belgium",
        ),
    ],
)
def test_partner_acts_coordinated_subject_with_a_partner_is_not_linked(lang, text, a, type_, b):
    found = relations(text, lang)
    assert (a, type_, b) not in found and (b, type_, a) not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, a, type_, b",
    [
        ("en", "Israel and Hamas agreed on a ceasefire.", "Israel", "AGREE", "Hamas"),
        ("nl", "Nederland en België spraken in Brussel.", "Netherlands", "CONSULT", "Belgium"),
    ],
)
def test_partner_acts_coordinated_subject_alone_stays_linked(lang, text, a, type_, b):
    found = relations(text, lang)
    assert (a, type_, b) in found or (b, type_, a) in found, sorted(found)


EN_WITH_CLAUSE = """
India 1 nsubj PROPN
held 1 ROOT VERB hold
exercises 1 dobj NOUN
with 1 prep ADP
India 5 nsubj PROPN
sending 3 pcomp VERB
ships 5 dobj NOUN
"""


def test_partner_acts_a_clause_after_with_is_no_partner():
    assert partner_phrase(parse(EN_WITH_CLAUSE)[1], CLEAR, frozenset({"with"})) is False


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected, not_expected",
    [
        # one side's exercise shows force; with a partner it is done together (PLOVER)
        (
            "Iran hield dinsdag grote oefeningen bij de grens met Irak.",
            ("Iran", "MOBILIZE", "Iraq"),
            ("Iran", "COOPERATE", "Iraq"),
        ),
        (
            "India hield vorige maand met Frankrijk oefeningen in de Indische Oceaan.",
            ("India", "COOPERATE", "France"),
            ("India", "MOBILIZE", "France"),
        ),
    ],
)
def test_end_to_end_an_exercise_is_joint_only_with_a_partner(text, expected, not_expected):
    found = relations(text, "nl")
    assert expected in found, sorted(found)
    assert not_expected not in found, sorted(found)
