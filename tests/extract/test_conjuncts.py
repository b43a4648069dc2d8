"""Conjuncts however the parser attached them (issue 17): a noun hung on the verb as its conjunct
continues the list of the verb's nearest argument (extract/grammar/syntax.py
``_conjuncts_on_verb``), the later members of a listed subject take the noun a copula says of the
list (extract/grammar/affiliation.py ``_listed_subject``), and the actors inside the phrase an
event noun is aimed at take part as its targets (extract/components/events.py
``_inside_targets``). Hand-built parses in Dutch (UD) and English (ClearNLP), then end to end."""

from __future__ import annotations

import pytest

from extract.grammar.affiliation import descriptors
from extract.grammar.syntax import CLEAR, UD, agents, with_conjuncts
from tests.extract.extraction_helpers import parse, relations, typed
from tests.extract.test_affiliation import named

# "De top werd bijgewoond door premier Rutte en president Macron": "president" a conjunct of the
# verb, as the parser makes it after a long list
NL_ON_VERB = """
De 1 det DET
top 3 nsubj:pass NOUN
werd 3 aux:pass AUX worden
bijgewoond 3 ROOT VERB bijwonen
door 5 case ADP
premier 3 obl:agent NOUN
Rutte 5 appos PROPN
en 8 cc CCONJ
president 3 conj NOUN
Macron 8 appos PROPN
"""

# "... door premier Rutte en president Macron vertrok": a verb after the noun makes it that
# verb's subject, not a member of the list
NL_ON_VERB_THEN_VERB = NL_ON_VERB + "vertrok 3 conj VERB vertrekken\n"

# "The summit was attended by Rutte", as ClearNLP parses it: the agent's noun under "by"
EN_ATTENDED_BY = """
The 1 det DET
summit 3 nsubjpass NOUN
was 3 auxpass AUX be
attended 3 ROOT VERB attend
by 3 agent ADP
Rutte 4 pobj PROPN
"""

# "... by Rutte, and chancellor Scholz": "Scholz" hung on the verb
EN_ON_VERB = (
    EN_ATTENDED_BY
    + """, 3 punct PUNCT
and 3 cc CCONJ
chancellor 9 compound NOUN
Scholz 3 conj PROPN
"""
)

# "... by Rutte in Paris, and Scholz": another argument of the verb stands nearer to "Scholz"
EN_ON_VERB_NEARER = (
    EN_ATTENDED_BY
    + """in 3 prep ADP
Paris 6 pobj PROPN
, 3 punct PUNCT
and 3 cc CCONJ
Scholz 3 conj PROPN
"""
)


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_conjuncts_noun_on_the_verb_continues_the_agent_list_nl():
    doc = parse(NL_ON_VERB)
    assert texts(with_conjuncts(doc[5], UD)) == ["premier", "president"]
    assert texts(agents(doc[3], UD, ("door",))) == ["premier", "president"]


def test_conjuncts_noun_on_the_verb_before_another_verb_is_no_member_nl():
    doc = parse(NL_ON_VERB_THEN_VERB)
    assert texts(with_conjuncts(doc[5], UD)) == ["premier"]


def test_conjuncts_noun_on_the_verb_continues_the_agent_list_en():
    doc = parse(EN_ON_VERB)
    assert texts(with_conjuncts(doc[5], CLEAR)) == ["Rutte", "Scholz"]


def test_conjuncts_noun_on_the_verb_goes_to_the_nearest_argument_only():
    doc = parse(EN_ON_VERB_NEARER)
    assert texts(with_conjuncts(doc[5], CLEAR)) == ["Rutte"]


def test_conjuncts_later_member_of_a_listed_subject_takes_the_predicate_noun_en():
    # "Reza, Okafor and Bos are members of UNICEF"
    doc = parse("""
Reza 5 nsubj PROPN
, 0 punct PUNCT
Okafor 0 conj PROPN
and 2 cc CCONJ
Bos 2 conj PROPN
are 5 ROOT AUX be
members 5 attr NOUN
of 6 prep ADP
UNICEF 7 pobj PROPN
""")
    okafor, bos = named(doc, 2, 3), named(doc, 4, 5)
    named(doc, 0, 1)
    assert texts(descriptors(okafor, CLEAR)) == ["members"]
    assert texts(descriptors(bos, CLEAR)) == ["members"]


def test_conjuncts_later_member_of_a_listed_subject_takes_the_predicate_noun_nl():
    # "Reza en Bos zijn lid van UNICEF": UD hangs subject and copula on the noun
    doc = parse("""
Reza 4 nsubj PROPN
en 2 cc CCONJ
Bos 0 conj PROPN
zijn 4 cop AUX zijn
lid 4 ROOT NOUN
van 6 case ADP
UNICEF 4 nmod PROPN
""")
    assert texts(descriptors(named(doc, 2, 3), UD)) == ["lid"]


def test_conjuncts_subject_of_a_copula_hung_on_the_first_name():
    # "Reza, Okafor, and Bos are members of UNICEF" with "are" a conjunct of "Reza"
    doc = parse("""
Reza 0 ROOT PROPN
, 0 punct PUNCT
Okafor 0 conj PROPN
, 0 punct PUNCT
and 0 cc CCONJ
Bos 6 nsubj PROPN
are 0 conj AUX be
members 6 attr NOUN
of 7 prep ADP
UNICEF 8 pobj PROPN
""")
    assert texts(descriptors(named(doc, 2, 3), CLEAR)) == ["members"]
    assert texts(descriptors(named(doc, 0, 1), CLEAR)) == ["members"]


def test_conjuncts_no_predicate_noun_for_a_listed_object():
    # "UNICEF hired Reza and Bos": the list is no subject
    doc = parse("""
UNICEF 1 nsubj PROPN
hired 1 ROOT VERB hire
Reza 1 dobj PROPN
and 2 cc CCONJ
Bos 2 conj PROPN
""")
    assert descriptors(named(doc, 4, 5), CLEAR) == []


@pytest.mark.parametrize(
    "text, lang, members, party",
    [
        (
            "Nancy Pelosi and Chuck Schumer are members of the Democratic Party.",
            "en",
            ("Nancy Pelosi", "Chuck Schumer"),
            "Democratic Party",
        ),
        (
            "Kevin McCarthy, Mitch McConnell en Lindsey Graham zijn lid van de Republikeinse "
            "Partij.",
            "nl",
            ("Kevin McCarthy", "Mitch McConnell", "Lindsey Graham"),
            "Republican Party",
        ),
    ],
)
def test_conjuncts_every_listed_subject_is_a_member(text, lang, members, party):
    found = relations(text, lang)
    for person in members:
        assert (person, "ROLE", party) in found, sorted(found)


@pytest.mark.parametrize(
    "text, lang, attendees",
    [
        (
            "The summit was attended by French president Emmanuel Macron and finance minister "
            "Bruno Le Maire, and German chancellor Olaf Scholz.",
            "en",
            ("Bruno Le Maire", "Olaf Scholz"),
        ),
        (
            "De top werd bijgewoond door de Franse president Emmanuel Macron en minister van "
            "Financiën Bruno Le Maire, de Duitse bondskanselier Olaf Scholz en minister van "
            "Financiën Christian Lindner, en de Italiaanse premier Giorgia Meloni en minister van "
            "Economie Giancarlo Giorgetti.",
            "nl",
            ("Emmanuel Macron", "Giorgia Meloni", "Giancarlo Giorgetti"),
        ),
    ],
)
def test_conjuncts_attendees_listed_on_the_verb_take_part(text, lang, attendees):
    found = typed(text, lang, participants=True)
    for person in attendees:
        assert (person, "PARTICIPANT", "summit") in found, sorted(found)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The army said an attack on a Turkish military base near the border killed two.", "en"),
        ("Het leger meldde een aanval op een Turkse basis.", "nl"),
    ],
)
def test_conjuncts_country_of_the_place_an_attack_is_aimed_at_is_its_target(text, lang):
    found = typed(text, lang, participants=True)
    taking_part = found.get(("Türkiye", "PARTICIPANT", "attack"))
    assert taking_part is not None, sorted(found)
    assert taking_part["role"] == "target"


@pytest.mark.parametrize(
    "text, lang, campaign",
    [
        (
            "Elizabeth Warren endorsed Joe Biden. In her campaign for the Democratic Party "
            "nomination, Warren was known for her stance on corruption.",
            "en",
            "campaign",
        ),
        (
            "Elizabeth Warren steunt Joe Biden. Tijdens haar campagne voor de nominatie van de "
            "Democratische Partij stond Warren bekend om haar strijd tegen corruptie.",
            "nl",
            "campagne",
        ),
    ],
)
def test_conjuncts_names_inside_an_event_a_campaign_is_for_are_no_targets_of_it(
    text, lang, campaign
):
    """The campaign is aimed at the nomination, an event of its own: the party whose nomination
    it is takes no part in Warren's campaign, while Warren does."""
    found = typed(text, lang, participants=True)
    assert ("Elizabeth Warren", "PARTICIPANT", campaign) in found, sorted(found)
    assert ("Democratic Party", "PARTICIPANT", campaign) not in found, sorted(found)
