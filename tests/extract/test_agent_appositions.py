"""Issue 18 (evtype12): a noun for a group or person acting for someone ("activist",
"soldier") that names no owner stands for the name it describes, as any common noun does:
"pardoned the opposition activist Marat Zhylanbayev" is aimed at him. With an owner it still
stands for the owner ("Russian soldiers"). On hand-built parses, then end to end."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import hand_resolver, typed

# "Russia arrested the opposition activist Ilya Yashin ."
EN_APPOS = """
Russia 1 nsubj PROPN
arrested 1 ROOT VERB arrest
the 4 det DET
opposition 4 compound NOUN opposition
activist 1 dobj NOUN activist
Ilya 6 compound PROPN
Yashin 4 appos PROPN
. 1 punct PUNCT
"""

# "Rusland arresteerde de activist Ilja Jasjin ."
NL_APPOS = """
Rusland 1 nsubj PROPN
arresteerde 1 ROOT VERB arresteren
de 3 det DET
activist 1 obj NOUN activist
Ilja 3 appos PROPN
Jasjin 4 flat PROPN
. 1 punct PUNCT
"""

# "Russia arrested the Ukrainian soldiers ." (an owner, no name)
EN_OWNER = """
Russia 1 nsubj PROPN
arrested 1 ROOT VERB arrest
the 4 det DET
Ukrainian 4 amod ADJ
soldiers 1 dobj NOUN soldier
. 1 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows, lang, names, noun, expected",
    [
        (EN_APPOS, "en", [(0, 1, "COUNTRY", "rus"), (5, 7, "PERSON", "yashin")], 4, ["yashin"]),
        (NL_APPOS, "nl", [(0, 1, "COUNTRY", "rus"), (4, 6, "PERSON", "yashin")], 3, ["yashin"]),
        (EN_OWNER, "en", [(0, 1, "COUNTRY", "rus"), (3, 4, "COUNTRY", "ukr")], 4, ["ukr"]),
    ],
    ids=["en-appos", "nl-appos", "en-owner"],
)
def test_an_acting_for_noun_without_owner_stands_for_its_name(rows, lang, names, noun, expected):
    resolver, doc = hand_resolver(rows, lang, names)
    assert resolver.actors(doc[noun]) == expected


@pytest.mark.model
def test_pardoned_activist_end_to_end():
    found = typed("Lukashenko pardoned the opposition activist Maria Kolesnikova.", "en")
    assert ("Alexander Lukashenko", "CONCEDE", "Maria Kolesnikova") in found, sorted(found)


# "The director of the Kaldor Society , Bob Hughes , criticised Smith ." with the name hung on
# the title's owner ("Hughes" an apposition of "Society"), as the English parser reads it
EN_HOLDER_ON_OWNER = """
The 1 det DET
director 10 nsubj NOUN director
of 1 prep ADP
the 5 det DET
Kaldor 5 compound PROPN
Society 2 pobj PROPN
, 5 punct PUNCT
Bob 8 compound PROPN
Hughes 5 appos PROPN
, 5 punct PUNCT
criticised 10 ROOT VERB criticise
Smith 10 dobj PROPN
. 10 punct PUNCT
"""


def test_a_name_hung_on_the_owner_of_a_title_is_its_holder():
    # no person is an apposition of a body: the name between commas holds the title
    resolver, doc = hand_resolver(
        EN_HOLDER_ON_OWNER,
        "en",
        [
            (4, 6, "ORG", "kaldor_society"),
            (7, 9, "PERSON", "bob_hughes"),
            (11, 12, "PERSON", "smith"),
        ],
    )
    assert resolver.actors(doc[1]) == ["bob_hughes"]


def test_a_title_holder_set_apart_after_the_owner_speaks_end_to_end():
    found = typed(
        "The director of the Kaldor Wellness Society, Bob Hughes, told the Kaldor Herald that "
        "rents had risen.",
        "en",
    )
    assert ("Bob Hughes", "STATEMENT", "Kaldor Herald") in found, sorted(found)
    assert ("Kaldor Wellness Society", "STATEMENT", "Kaldor Herald") not in found
