"""Issue 18 (typing5): a ban is typed by whom it is aimed at, as the PLOVER manual tells SANCTION
from COERCE. Barring or banning a state reduces relations with it (SANCTION 'discontinue'); banning
a group or a person restricts it (COERCE 'ban': "ban political parties or politicians"). The verb
lexicon gives ban, bar and verbieden a second reading, SANCTION, which a country as target calls
for (VerbRelations._reading). End to end in both languages; all sentences written for this test.
"""

from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The European Union barred Belarus from its summit in Prague.",
            "en",
            ("European Union", "SANCTION", "Belarus"),
        ),
        (
            "On Friday, FIFA banned Russia from the qualifiers for the next World Cup.",
            "en",
            ("FIFA", "SANCTION", "Russia"),
        ),
        (
            # the phrase's noun has a reading of its own: impose a ban (COERCE), a ban (SANCTION)
            "China imposed a ban on beef imports from Brazil in May.",
            "en",
            ("China", "SANCTION", "Brazil"),
        ),
        (
            "De FIFA verbood Rusland deel te nemen aan de kwalificatie.",
            "nl",
            ("FIFA", "SANCTION", "Russia"),
        ),
    ],
)
def test_a_ban_aimed_at_a_state_is_a_sanction(text, lang, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert (expected[0], "COERCE", expected[2]) not in found, sorted(found)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The government of Belarus barred the opposition leader Pavel Latushko from the "
            "election.",
            "en",
            ("Belarus", "COERCE", "Pavel Latushko"),
        ),
        (
            "De regering van Wit-Rusland verbood oppositieleider Pavel Latoesjka deel te nemen "
            "aan de verkiezing.",
            "nl",
            ("Belarus", "COERCE", "Pavel Latushko"),
        ),
    ],
)
def test_a_ban_on_a_person_stays_coerce(text, lang, expected):
    found = typed(text, lang)
    assert not [k for k in found if k[1] == "SANCTION" and k[2] == expected[2]], sorted(found)


@pytest.mark.parametrize("lang, lemma", [("en", "ban"), ("en", "bar"), ("nl", "verbieden")])
def test_a_ban_reads_coerce_first_and_sanction_beside_it(lang, lemma):
    readings = load_lexicon(lang).verb_types(lemma)
    assert readings[0][0] == "COERCE"
    assert "SANCTION" in [t for t, _ in readings[1:]]
