"""An office a verb says someone holds or takes, with the body's name compounded with it or its
possessor ("served as Liberty Party chairman", "became Acme Corporation's chief executive"): ROLE
to that body, as "chairman of the Liberty Party" gave (titles.py ``_predicated_roles``). End to
end on sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Anna Kowalski served as Liberty Party chairman until 2010.",
            ("Anna Kowalski", "ROLE", "Liberty Party"),
        ),
        (
            "Anna Kowalski became Acme Corporation's chief executive in 2010.",
            ("Anna Kowalski", "ROLE", "Acme Corporation"),
        ),
    ],
)
def test_end_to_end_a_body_named_before_a_predicated_office_holds_it(text, expected):
    found = typed(text, "en")
    assert expected in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jan Berg was fined for offences related to his time as trading desk head at Tellco "
            "Bank.",
            ("Jan Berg", "ROLE", "Tellco Bank"),
        ),
        (
            "Anna Kowalski was praised for her role as chief executive of Norbank.",
            ("Anna Kowalski", "ROLE", "Norbank"),
        ),
        (
            "While Don Kessler has been criticised for his role as CEO of Varda Mining "
            "Corporation, he won.",
            ("Don Kessler", "ROLE", "Varda Mining Corporation"),
        ),
    ],
)
def test_end_to_end_an_office_said_of_a_possessors_role_or_time(text, expected):
    """ "his time as head at Y", "her role as chief executive of Y": the capacity phrase hangs on
    a noun, not a verb, and is said of that noun's possessor, whose pronoun stands for the name
    before it; a title the tagger makes a proper noun ("CEO") as well."""
    found = typed(text, "en")
    assert expected in found, sorted(found)
