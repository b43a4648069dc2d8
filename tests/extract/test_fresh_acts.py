"""Issue 18 (pairfresh_en): acts that fresh Wikinews text showed mistyped or misread, end to end
in both languages. Appointing someone to an office backs them (SUPPORT, as nominating does, and
as the yardstick's gold draws appointments); a body that records, measures or counts the toll of
a disaster only tells of it and takes no part in it (``comment`` verbs and ``apart`` nouns of
eventroles.<lang>.tsv)."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations, typed


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Theresa May appointed Boris Johnson Foreign Secretary.",
            ("Theresa May", "SUPPORT", "Boris Johnson"),
        ),
        (
            "nl",
            "Gouverneur Ricardo Rossello benoemde Pedro Pierluisi tot minister van Buitenlandse"
            " Zaken.",
            ("Ricardo Rossello", "SUPPORT", "Pedro Pierluisi"),
        ),
    ],
    ids=["en", "nl"],
)
@pytest.mark.model
def test_an_appointment_backs_the_appointed(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, teller",
    [
        (
            "en",
            "A strong earthquake struck Chile on Monday. The quake was recorded as magnitude 6.4"
            " by the US Geological Survey.",
            "US Geological Survey",
        ),
        (
            "en",
            "A strong earthquake struck Chile on Monday. The NDRRMC raised the death toll of the"
            " earthquake to six.",
            "NDRRMC",
        ),
        (
            "nl",
            "Een zware aardbeving trof maandag Chili. Het NDRRMC verhoogde het dodental van de"
            " aardbeving tot zes.",
            "NDRRMC",
        ),
    ],
    ids=["en-recorded", "en-toll", "nl-toll"],
)
@pytest.mark.model
def test_who_records_or_counts_a_disaster_takes_no_part_in_it(lang, text, teller):
    found = typed(text, lang, participants=True)
    assert not [k for k in found if k[0] == teller and k[1] == "PARTICIPANT"], sorted(found)
