"""A description noun ("the party", "de partij") that the text used before stands for what that
use stood for ("the country ... the country"), unless a name the noun heads came up since the
sentence of that use began: then that newer name is the topic ("the party ... the Libertarian
Party nominated X, the party's nominee. The next day, the party nominated Y": the Libertarian
Party); extract/grammar/coreference.py ``_described_near``. On a hand-built parse, then end to
end in both languages."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations
from tests.extract.test_coreference import _english

# "The Green Party won. The party grew. The Red Party chose Ann, the party's nominee. Then the
# party left."
PARSE = """
The 2 det DET the
Green 2 compound PROPN
Party 3 nsubj PROPN
won 3 ROOT VERB win
. 3 punct PUNCT
The 6 det DET the
party 7 nsubj NOUN party
grew 7 ROOT VERB grow
. 7 punct PUNCT
The 11 det DET the
Red 11 compound PROPN
Party 12 nsubj PROPN
chose 12 ROOT VERB choose
Ann 12 dobj PROPN
, 13 punct PUNCT
the 16 det DET the
party 18 poss NOUN party
's 16 case PART
nominee 13 appos NOUN nominee
. 12 punct PUNCT
Then 23 advmod ADV then
the 22 det DET the
party 23 nsubj NOUN party
left 23 ROOT VERB leave
. 23 punct PUNCT
"""

NAMES = [(1, 3, "ORG", "green_party"), (10, 12, "ORG", "red_party"), (13, 14, "PERSON", "ann")]


def test_newer_description_the_earlier_use_stands_while_no_new_name_comes():
    doc, resolver = _english(PARSE, NAMES)
    assert resolver.resolve(doc[6]) == ["green_party"]


def test_newer_description_a_newer_name_the_noun_heads_is_the_topic():
    doc, resolver = _english(PARSE, NAMES)
    assert resolver.resolve(doc[22]) == ["red_party"]


CASES = [
    (
        "en",
        "The Green Party won seats in 2016. For 2020 the party is on the ballot in 14 states. On "
        "May 3, the Labour Party nominated teacher Ann Cole, the party's candidate in 2012, for "
        "president. The next day, the party nominated Tom Hale for vice president.",
        ("Labour Party", "SUPPORT", "Tom Hale"),
    ),
    (
        "nl",
        "De Groene Partij won in 2016 zetels. In 2020 staat de partij in veertien staten op het "
        "stembiljet. De Arbeiderspartij steunde op 3 mei lerares Ann Cole, de kandidaat van de "
        "partij in 2012. Een dag later steunde de partij ook Tom Hale.",
        ("Arbeiderspartij", "SUPPORT", "Tom Hale"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, expected", CASES, ids=[c[0] for c in CASES])
def test_newer_description_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


# "The Green Party won. The party grew. The rival was the Red Party. Then the party left.": a
# name said of another is no new topic
COPULA = """
The 2 det DET the
Green 2 compound PROPN
Party 3 nsubj PROPN
won 3 ROOT VERB win
. 3 punct PUNCT
The 6 det DET the
party 7 nsubj NOUN party
grew 7 ROOT VERB grow
. 7 punct PUNCT
The 10 det DET the
rival 11 nsubj NOUN rival
was 11 ROOT AUX be
the 14 det DET the
Red 14 compound PROPN
Party 11 attr PROPN
. 11 punct PUNCT
Then 19 advmod ADV then
the 18 det DET the
party 19 nsubj NOUN party
left 19 ROOT VERB leave
. 19 punct PUNCT
"""


def test_newer_description_a_name_said_of_another_is_no_new_topic():
    names = [(1, 3, "ORG", "green_party"), (13, 15, "ORG", "red_party")]
    doc, resolver = _english(COPULA, names)
    assert resolver.resolve(doc[18]) == ["green_party"]
