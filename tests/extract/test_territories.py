"""Dependent territories (data/kb/curated/territories.tsv: Puerto Rico, Hong Kong) are places,
no sovereign states (docs/annotation.md), and, like a state or province, hold a governor's office:
"Governor X" in a story of the territory holds its office, end to end in both languages."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations

pytestmark = pytest.mark.model

ABOUT_PUERTO_RICO = {
    "en": (
        "Thousands marched in Puerto Rico on Monday. Puerto Rico has been hit by storms, and "
        "Puerto Rico asked the United States for aid. Governor Karla Montero said she would stay."
    ),
    "nl": (
        "Duizenden mensen liepen maandag mee in Puerto Rico. Puerto Rico werd door stormen "
        "getroffen, en Puerto Rico vroeg de Verenigde Staten om hulp. Gouverneur Karla Montero "
        "zei dat ze blijft."
    ),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_governor_in_a_story_of_a_territory_holds_its_office(lang):
    found = relations(ABOUT_PUERTO_RICO[lang], lang)
    assert ("Karla Montero", "ROLE", "Puerto Rico") in found, sorted(found)
    assert ("Karla Montero", "ROLE", "United States") not in found, sorted(found)
