"""A verb that names whom it acts on in its object takes no second target from a recipient
preposition beside it (issue 18): "criticised the Iranian government on Twitter" is aimed at
Iran, not at Twitter; "imposed sanctions on Iran" keeps the phrase, its object being no actor."""

from __future__ import annotations

import pytest

from extract.components.relations.verbs import object_names_actor
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import parse, relations

EN_CRITICISED = """
Trump 1 nsubj PROPN
criticised 1 ROOT VERB criticise
Iran 1 dobj PROPN
on 1 prep ADP
Twitter 3 pobj PROPN
"""

EN_SANCTIONS = """
Canada 1 nsubj PROPN
imposed 1 ROOT VERB impose
sanctions 1 dobj NOUN
on 1 prep ADP
Iran 3 pobj PROPN
"""

NL_CRITICISED = """
Trump 1 nsubj PROPN
bekritiseerde 1 ROOT VERB bekritiseren
Iran 1 obj PROPN
op 4 case ADP
Twitter 1 obl PROPN
"""

NL_PRESSURE = """
Canada 1 nsubj PROPN
oefende 1 ROOT VERB uitoefenen
druk 1 obj NOUN
uit 1 compound:prt ADP
op 5 case ADP
Iran 1 obl PROPN
"""

NAMES = {"Trump", "Iran", "Twitter", "Canada"}


@pytest.mark.parametrize(
    "rows, scheme, expected",
    [
        (EN_CRITICISED, CLEAR, True),
        (EN_SANCTIONS, CLEAR, False),
        (NL_CRITICISED, UD, True),
        (NL_PRESSURE, UD, False),
    ],
)
def test_oblique_targets_an_object_that_is_an_actor(rows, scheme, expected):
    doc = parse(rows)
    assert object_names_actor(doc[1], lambda t: t.text in NAMES, scheme) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, kept, dropped",
    [
        (
            "en",
            "Donald Trump criticised the Iranian government on Twitter on Sunday.",
            ("Donald Trump", "ACCUSE", "Iran"),
            "X (Twitter)",
        ),
        (
            "nl",
            "Donald Trump bekritiseerde Iran zondag op Facebook.",
            ("Donald Trump", "ACCUSE", "Iran"),
            "Meta Platforms",
        ),
    ],
)
def test_oblique_targets_a_medium_beside_a_named_object_is_no_target(lang, text, kept, dropped):
    found = relations(text, lang)
    assert kept in found, sorted(found)
    assert not any(r[0] == kept[0] and r[2] == dropped for r in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Canada imposed sanctions on Iran on Monday.", ("Canada", "SANCTION", "Iran")),
        ("nl", "Canada legde maandag sancties op aan Iran.", ("Canada", "SANCTION", "Iran")),
    ],
)
def test_oblique_targets_a_phrase_beside_a_thing_stays_the_target(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


# --- a multiword preposition around a request noun names who asked (issue 18) ----------------

from extract.components.relations.verbs import asked_by  # noqa: E402

# "Koningin Beatrix ontbond het parlement op verzoek van premier Kok": UD makes "verzoek" and
# "van" fixed parts of "op"
NL_AT_THE_REQUEST = """
Beatrix 1 nsubj PROPN
ontbond 1 ROOT VERB ontbinden
het 3 det DET
parlement 1 obj NOUN parlement
op 7 case ADP
verzoek 4 fixed NOUN verzoek
van 4 fixed ADP
premier 1 obl NOUN premier
Kok 7 appos PROPN
"""

# "Macron riep op tot actie van de G7": the parser made another noun fixed; "tot" still marks
NL_CALLED_TO_ACTION = """
Macron 1 nsubj PROPN
riep 1 ROOT VERB oproepen
tot 5 case ADP
actie 2 fixed NOUN actie
van 2 fixed ADP
G7 1 obl PROPN
"""


@pytest.mark.parametrize(
    "rows, expected",
    [(NL_AT_THE_REQUEST, True), (NL_CALLED_TO_ACTION, False), (NL_PRESSURE, False)],
)
def test_oblique_targets_a_request_noun_made_one_with_the_preposition_names_who_asked(
    rows, expected
):
    doc = parse(rows)
    phrase = [t for t in doc if t.dep_ == "obl"][0]
    assert asked_by(phrase, lambda t: t.lemma_ == "verzoek", UD) is expected


@pytest.mark.model
def test_oblique_targets_who_asked_for_an_act_is_not_its_target():
    found = relations(
        "Koning Willem-Alexander heeft het parlement ontbonden op verzoek van premier Mark Rutte.",
        "nl",
    )
    assert not any(
        r[0] == "Willem-Alexander" and r[2] == "Mark Rutte" and r[1] != "REQUEST" for r in found
    ), sorted(found)
