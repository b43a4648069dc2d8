"""The agent of a passive is its actor wherever the parser hung the "by" phrase: on the verb,
or on the noun of the verb's own argument ("was threatened with a lawsuit by Elon Musk")."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_passive_agent_on_an_argument_noun_acts():
    found = typed("The European Commission was threatened with a lawsuit by Elon Musk.", "en")
    assert ("Elon Musk", "THREATEN", "European Commission") in found, sorted(found)


def test_passive_agent_in_a_time_phrase_does_not_act():
    found = typed("The European Commission was criticised after a lawsuit by Elon Musk.", "en")
    assert not [k for k in found if k[0] == "Elon Musk" and k[2] == "European Commission"], sorted(
        found
    )
