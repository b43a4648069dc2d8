"""Issue 17 (recall8): a company's officer ("Senior vice president X", "chief executive X",
"topman X") whose company the sentence does not name holds the office in the organisation the
document names most, when one leads (``organisation`` rows of ``publicoffices.tsv``), end to end
in both languages; none when no organisation leads."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import relations

pytestmark = pytest.mark.model

ABOUT_NORDWIND = {
    "en": (
        "Nordwind Energy cut power to 500,000 homes on Wednesday. Nordwind Energy said the cuts "
        "would last two days, and Nordwind Energy apologised to its customers. Chief executive "
        'Karl Brenner said, "Safety comes first."'
    ),
    "nl": (
        "Nordwind Energy sloot woensdag de stroom af voor 500.000 huishoudens. Nordwind Energy "
        "zei dat de onderbreking twee dagen duurt, en Nordwind Energy bood de klanten excuses "
        'aan. Topman Karl Brenner zei: "Veiligheid gaat voor."'
    ),
}

NO_COMPANY_LEADS = {
    "en": (
        "Nordwind Energy and Baltic Power signed a deal on Wednesday. Chief executive Karl "
        'Brenner said, "Safety comes first."'
    ),
    "nl": (
        "Nordwind Energy en Baltic Power tekenden woensdag een overeenkomst. Topman Karl "
        'Brenner zei: "Veiligheid gaat voor."'
    ),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_company_officer_holds_office_in_the_leading_organisation(lang):
    found = relations(ABOUT_NORDWIND[lang], lang)
    assert ("Karl Brenner", "ROLE", "Nordwind Energy") in found, sorted(found)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_company_officer_holds_nothing_when_no_organisation_leads(lang):
    found = relations(NO_COMPANY_LEADS[lang], lang)
    assert not any(s == "Karl Brenner" and t == "ROLE" for s, t, _ in found), sorted(found)
