"""A founder holds a ROLE in what they founded (docs/annotation.md, co-founders): the rows
"found" and "co-found" of offices.en.tsv, "oprichten" and "stichten" of offices.nl.tsv (titles.py
``_office_relations``); "co-founded" and "co-founder" kept one word by wholewords.en.tsv
(pipeline.py ``keep_hyphened_words_whole``), else the parser makes "co" the subject or a
conjunct. End to end on sentences of our own."""

from __future__ import annotations

import pytest

from extract.pipeline import load_pipeline
from tests.extract.extraction_helpers import typed


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Jan Smith founded Kaldor Systems in 1998.",
            "en",
            ("Jan Smith", "ROLE", "Kaldor Systems"),
        ),
        (
            "Jan Smith co-founded Kaldor Systems in 1998.",
            "en",
            ("Jan Smith", "ROLE", "Kaldor Systems"),
        ),
        (
            "Kaldor Systems was founded by Jan Smith in 1998.",
            "en",
            ("Jan Smith", "ROLE", "Kaldor Systems"),
        ),
        (
            "Jan Smit richtte Kaldor Systems op in 1998.",
            "nl",
            ("Jan Smit", "ROLE", "Kaldor Systems"),
        ),
        (
            "Kaldor Systems werd in 1998 opgericht door Jan Smit.",
            "nl",
            ("Jan Smit", "ROLE", "Kaldor Systems"),
        ),
        ("Jan Smit stichtte Kaldor Systems in 1998.", "nl", ("Jan Smit", "ROLE", "Kaldor Systems")),
    ],
)
def test_end_to_end_a_founder_holds_a_role_in_what_they_founded(text, lang, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_co_founder_after_another_title_holds_a_role():
    found = typed("Jan Smith, a union leader and co-founder of the Harbor Party, won.", "en")
    assert ("Jan Smith", "ROLE", "Harbor Party") in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_company_founding_a_company_holds_no_role():
    found = typed("Kaldor Systems founded Brantwood Labs in 1998.", "en")
    assert not [r for r in found if r[1] == "ROLE"], sorted(found)


@pytest.mark.model
def test_a_hyphened_founding_verb_is_one_word_with_its_lemma():
    doc = load_pipeline("en")("Smith co-founded Kaldor Systems. Co-founded in 1998, it grew.")
    words = [(t.text, t.lemma_) for t in doc if t.lower_ == "co-founded"]
    assert words == [("co-founded", "co-found"), ("Co-founded", "co-found")]
