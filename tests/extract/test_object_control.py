"""Dutch verbs whose 'om ... te' clause their object does (``objectcontrol.nl.tsv``,
extract/grammar/syntax.py ``_object_controlled``): "Frankrijk vroeg Italië om een onderzoek te
openen" has Italy open it, not France. Hand-built parses, then end to end; English hangs its
'to' clause as an open clause, which reads the object already."""

from __future__ import annotations

from extract.grammar.syntax import UD, subjects
from tests.extract.extraction_helpers import parse, typed

# "Frankrijk vroeg Italië om een onderzoek te openen", the clause hung as advcl
NL_ASKED = """
Frankrijk 1 nsubj PROPN
vroeg 1 ROOT VERB vragen
Italië 1 obj PROPN
om 7 mark ADP
een 5 det DET
onderzoek 7 obj NOUN
te 7 mark ADP
openen 1 advcl VERB
"""

# "Frankrijk bezocht Italië om een akkoord te sluiten": the subject does what it came for
NL_VISITED = """
Frankrijk 1 nsubj PROPN
bezocht 1 ROOT VERB bezoeken
Italië 1 obj PROPN
om 7 mark ADP
een 5 det DET
akkoord 7 obj NOUN
te 7 mark ADP
sluiten 1 advcl VERB
"""


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_the_object_of_a_request_verb_does_its_om_clause():
    doc = parse(NL_ASKED, lang="nl")
    assert texts(subjects(doc[7], UD)) == ["Italië"]


def test_the_subject_of_another_verb_does_its_om_clause():
    doc = parse(NL_VISITED, lang="nl")
    assert texts(subjects(doc[7], UD)) == ["Frankrijk"]


def test_who_was_put_under_pressure_opens_the_inquiry_nl():
    found = typed(
        "Duitsland zette Polen onder druk om een onderzoek te beginnen naar de aanslag.",
        "nl",
        participants=True,
    )
    assert ("Germany", "COERCE", "Poland") in found, sorted(found)
    takers = {k[0] for k in found if k[1] == "PARTICIPANT"}
    assert takers == {"Poland"}, sorted(found)


def test_who_was_urged_imposes_the_sanctions_nl():
    found = typed("Frankrijk spoorde Italië aan om sancties op te leggen aan Rusland.", "nl")
    assert ("Italy", "SANCTION", "Russia") in found, sorted(found)
    assert ("France", "SANCTION", "Russia") not in found, sorted(found)


def test_who_was_urged_imposes_the_sanctions_en():
    found = typed("France urged Italy to impose sanctions on Russia.", "en")
    assert ("Italy", "SANCTION", "Russia") in found, sorted(found)


def test_what_the_object_is_urged_to_do_is_demanded_not_done_nl():
    found = typed("Frankrijk spoorde Italië aan om sancties op te leggen aan Rusland.", "nl")
    assert found[("Italy", "SANCTION", "Russia")]["mode"] == "demanded", sorted(found)


def test_what_the_object_is_urged_to_do_is_demanded_not_done_en():
    found = typed("France urged Italy to impose sanctions on Russia.", "en")
    assert found[("Italy", "SANCTION", "Russia")]["mode"] == "demanded", sorted(found)
