"""Religious titles are titles, not names (docs/annotation.md, settled cases): "Cardinal",
"Rabbi", "Reverend" and "Monsignor" (with its Spanish "Monseñor", often written "Monsenor") stand
before a name as "Bishop" does (roles.<lang>.tsv), so the person is named without them and no
organisation is made of the title. Unseen Wikinews (prec14) had "archbishop Monsenor Jorge
Eduardo Scheinig" as a ROLE of Scheinig towards an organisation "Monsenor"."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import records_of, relations


def labels(text: str, lang: str) -> dict[str, str]:
    return {e["label"]: e["type"] for e in records_of(text, lang)["entities"]}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Cardinal Paolo Rinaldi met Rabbi David Cohen in Rome on Friday.", "en"),
        ("Kardinaal Paolo Rinaldi ontmoette rabbijn David Cohen vrijdag in Rome.", "nl"),
    ],
)
def test_a_religious_title_is_no_part_of_the_name(text, lang):
    found = labels(text, lang)
    assert found.get("Paolo Rinaldi") == "PERSON", found
    assert found.get("David Cohen") == "PERSON", found


@pytest.mark.model
def test_monsenor_is_a_title_and_no_organisation():
    text = "The law was criticised by archbishop Monsenor Jorge Eduardo Scheinig on Monday."
    found = labels(text, "en")
    assert "Monsenor" not in found, found
    assert found.get("Jorge Eduardo Scheinig") == "PERSON", found
    assert not any(t == "ROLE" and o == "Monsenor" for _, t, o in relations(text, "en"))


@pytest.mark.model
def test_reverend_before_a_name_is_a_title():
    found = labels("Reverend Anna Smith spoke to Bishop Tom Baker in Leeds.", "en")
    assert found.get("Anna Smith") == "PERSON", found
