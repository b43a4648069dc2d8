"""A coordinated subject the Dutch parser split in two subjects (extract/grammar/syntax.py
``_coordinated_subjects``): the second, opened by its own "en", is one more subject, not the
verb's object. Hand-built parses, then end to end."""

from __future__ import annotations

from extract.grammar.syntax import UD, objects, subjects
from tests.extract.extraction_helpers import parse, typed

# "Het fonds en de bank hebben een onderzoek ingesteld", with "bank" a second nsubj carrying "en"
NL_SPLIT_SUBJECT = """
Het 1 det DET
fonds 8 nsubj NOUN
en 4 cc CCONJ
de 4 det DET
bank 8 nsubj NOUN
hebben 8 aux AUX
een 7 det DET
onderzoek 8 obj NOUN
ingesteld 8 ROOT VERB instellen
"""

# "Het fonds heeft de bank aangeklaagd" with "bank" a second nsubj and no coordinator: the object
NL_SECOND_SUBJECT = """
Het 1 det DET
fonds 5 nsubj NOUN
heeft 5 aux AUX
de 4 det DET
bank 5 nsubj NOUN
aangeklaagd 5 ROOT VERB aanklagen
"""


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_second_subject_opened_by_a_coordinator_is_a_subject():
    doc = parse(NL_SPLIT_SUBJECT)
    assert texts(subjects(doc[8], UD)) == ["fonds", "bank"]
    assert texts(objects(doc[8], UD)) == ["onderzoek"]


def test_second_subject_without_a_coordinator_stays_the_object():
    doc = parse(NL_SECOND_SUBJECT)
    assert texts(subjects(doc[5], UD)) == ["fonds"]
    assert texts(objects(doc[5], UD)) == ["bank"]


def test_two_bodies_that_open_an_inquiry_do_not_accuse_each_other_nl():
    found = typed(
        "Het Internationaal Monetair Fonds (IMF) en de Wereldbank WB hebben een onderzoek "
        "ingesteld naar de fraude.",
        "nl",
        participants=True,
    )
    assert not [k for k in found if k[1] == "ACCUSE"], sorted(found)
    takers = {k[0] for k in found if k[1] == "PARTICIPANT"}
    assert takers == {"International Monetary Fund", "World Bank"}, sorted(found)
