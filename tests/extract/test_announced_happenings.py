"""Who tells of a happening rather than taking part in it (issue 18, typed pairs): a body or
state that announces what happened to someone ("the government of Belgium announced his death",
"maakte zijn dood bekend") speaks of it (STATEMENT) and takes no part, where a person who
announces their own resignation takes part in it; and "mention" is a speech verb, no threat
(CAMEO codes it only in "mention the possibility of force")."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "King Albert of Belgium died on Monday. The government of Belgium announced his "
            "death on Tuesday.",
        ),
        (
            "nl",
            "Koning Karel van België is maandag overleden. De regering van België maakte dinsdag "
            "zijn dood bekend.",
        ),
    ],
)
def test_a_state_announcing_a_death_speaks_of_it_and_takes_no_part(lang, text):
    found = typed(text, lang, participants=True)
    assert any(s == "Belgium" and t == "STATEMENT" for s, t, _ in found), sorted(found)
    assert not any(s == "Belgium" and t == "PARTICIPANT" for s, t, _ in found), sorted(found)


def test_a_person_announcing_their_own_resignation_takes_part_in_it():
    text = "Minister Jan de Vries van Nederland kondigde maandag zijn aftreden aan."
    found = typed(text, "nl", participants=True)
    assert any(s == "Jan de Vries" and t == "PARTICIPANT" for s, t, _ in found), sorted(found)
    assert not any(s == "Jan de Vries" and t == "STATEMENT" for s, t, _ in found), sorted(found)


def test_mentioning_is_no_threat():
    found = typed("Nancy Pelosi mentioned the House of Representatives will vote on Friday.", "en")
    assert not any(t == "THREATEN" for _, t, _ in found), sorted(found)
