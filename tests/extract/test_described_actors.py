"""Who acts and reports through a described subject (issue 18), end to end in English and Dutch:
a body described by a country acts for it; a spokesperson speaks for the body of their "for" or
"van" phrase, not for a person who holds a post in it. (A person of no body reports for no
country that describes them: test_attribution.py.)

Sentences written for the tests; they run the real pipelines (``model``).
"""

from __future__ import annotations

import pytest

from extract.api import extract
from extract.documents import Document

pytestmark = pytest.mark.model


def typed(text: str, lang: str) -> dict[tuple[str, str, str], dict]:
    """(source, type, target) labels of the typed relations -> the relation, with its
    ``reported_by`` as a label."""
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date="2020-09-03", language=lang)]
    )
    assert result.errors == []
    label = {e["id"]: e["label"] for e in result.records["entities"]}
    return {
        (label[r["source"]], r["type"], label[r["target"]]): {
            **r,
            "reported_by": label.get(r.get("reported_by")),
        }
        for r in result.records["relations"]
        if r["type"] not in ("CO_OCCURS", "PARTICIPANT")
    }


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "The German government criticised Russia.", ("Germany", "ACCUSE", "Russia")),
        ("en", "Russian forces attacked Ukraine.", ("Russia", "ASSAULT", "Ukraine")),
        ("nl", "De Duitse regering bekritiseerde Rusland.", ("Germany", "ACCUSE", "Russia")),
        ("nl", "Russische troepen vielen Oekraïne aan.", ("Russia", "ASSAULT", "Ukraine")),
    ],
)
def test_a_body_described_by_a_country_acts_for_it(lang, text, expected):
    assert expected in typed(text, lang)


@pytest.mark.parametrize(
    "lang, text, reporter",
    [
        ("en", "A spokesman for NATO said that Russia attacked Ukraine.", "NATO"),
        (
            "en",
            "A spokeswoman for the European Union said that Russia attacked Ukraine.",
            "European Union",
        ),
        ("nl", "Een woordvoerder van de NAVO zei dat Rusland Oekraïne had aangevallen.", "NATO"),
    ],
)
def test_a_spokesperson_reports_for_the_body_of_their_phrase(lang, text, reporter):
    rel = typed(text, lang).get(("Russia", "ASSAULT", "Ukraine"))
    assert rel is not None
    assert rel["reported_by"] == reporter


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "A spokesman for NATO criticised Russia."),
        ("nl", "Een woordvoerder van de NAVO bekritiseerde Rusland."),
    ],
)
def test_a_spokesperson_acts_for_the_body_of_their_phrase(lang, text):
    assert ("NATO", "ACCUSE", "Russia") in typed(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Angela Merkel met Emmanuel Macron in Berlin. "
            "The spokesperson for the German government condemned Russia.",
        ),
        (
            "nl",
            "Angela Merkel ontmoette Emmanuel Macron in Berlijn. "
            "De woordvoerder van de Duitse regering veroordeelde Rusland.",
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body_not_its_leader(lang, text):
    found = typed(text, lang)
    assert ("Germany", "ACCUSE", "Russia") in found, sorted(found)
    assert ("Angela Merkel", "ACCUSE", "Russia") not in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, act",
    [
        ("en", "A Swiss nurse accused Iran of torturing her.", ("Switzerland", "ACCUSE", "Iran")),
        (
            "en",
            "Two Kenyan farmers demanded that Uganda open the border.",
            ("Kenya", "REQUEST", "Uganda"),
        ),
        ("en", "Russian protesters condemned Belarus.", ("Russia", "ACCUSE", "Belarus")),
        (
            "nl",
            "Een Zwitserse verpleegster beschuldigde Iran van marteling.",
            ("Switzerland", "ACCUSE", "Iran"),
        ),
        (
            "nl",
            "Keniaanse boeren eisten dat Oeganda de grens opent.",
            ("Kenya", "REQUEST", "Uganda"),
        ),
    ],
)
def test_a_person_of_no_body_accuses_and_demands_for_no_country_that_describes_them(
    lang, text, act
):
    """A person's accusation or demand is not their country's; only a crowd's protest is
    (test_mode_and_time.py: "Protesters from Kenya will march against Uganda")."""
    found = typed(text, lang)
    assert act not in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, act",
    [
        ("en", "The Swiss government accused Iran of torture.", ("Switzerland", "ACCUSE", "Iran")),
        (
            "nl",
            "De Keniaanse regering eiste dat Oeganda de grens opent.",
            ("Kenya", "REQUEST", "Uganda"),
        ),
    ],
)
def test_a_body_described_by_a_country_still_accuses_and_demands_for_it(lang, text, act):
    found = typed(text, lang)
    assert act in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Ukrainian refugees received aid from Poland."),
        ("nl", "Oekraïense vluchtelingen krijgen hulp van Polen."),
    ],
)
def test_receivers_keep_the_country_that_describes_them(lang, text):
    """Only an actor's describing country is set aside: people who receive aid keep theirs, as
    "Poland sent aid to Ukrainian refugees" does."""
    found = typed(text, lang)
    assert ("Poland", "AID", "Ukraine") in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Amnesty International said Russian doctors broke the law."),
        ("nl", "Amnesty International zei dat Russische artsen de wet overtraden."),
    ],
)
def test_whom_a_condemned_deed_is_told_of_keeps_their_country(lang, text):
    """A speaker who tells a deed that condemns its doer accuses the country that describes the
    doers: only a speaker's or actor's describing country is set aside."""
    found = typed(text, lang)
    assert ("Amnesty International", "ACCUSE", "Russia") in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "American journalists received threats from Iran."),
        ("nl", "Russische journalisten kregen bedreigingen van Iran."),
    ],
)
def test_people_threatened_are_not_their_country(lang, text):
    # a receiver keeps its describing country only for help (review: Iran THREATEN USA)
    records = extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    ).records
    assert not [r for r in records["relations"] if r["type"] == "THREATEN"], records["relations"]
