"""Issue 18 (nlprec2): "zich inzetten voor" is a commitment (AGREE), not a deployment: inzetten
alone is MOBILIZE ("zette troepen in"), and "In het Huis zette hij zich in voor wetgeving"
mobilised nothing against the House. End to end on sentences of our own."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_committing_oneself_is_no_deployment() -> None:
    found = typed("Rutte zette zich in voor samenwerking met België.", "nl")
    assert ("Mark Rutte", "AGREE", "Belgium") in found, sorted(found)
    assert not [k for k in found if k[1] == "MOBILIZE"], sorted(found)


def test_the_place_one_commits_oneself_in_is_no_target() -> None:
    text = (
        "Jan de Vries was lid van de Tweede Kamer. In de Tweede Kamer zette hij zich in voor "
        "wetgeving over landbouw."
    )
    found = typed(text, "nl")
    assert not [k for k in found if k[1] == "MOBILIZE"], sorted(found)
