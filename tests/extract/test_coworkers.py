"""People a document names as the makers of one work ("study co-author X ... Co-developer Y",
"the study's lead author, X ... Another co-author, Z,"): COOPERATE between each two, when one of
them is named by a joint noun (coworkers.<lang>.tsv; docs/annotation.md, settled case
"Co-authors, co-developers and co-founders"); two people only called authors are no team. All
sentences written for this test."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


def _cooperate(found: dict, first: str, second: str) -> bool:
    return (first, "COOPERATE", second) in found or (second, "COOPERATE", first) in found


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, first, second",
    [
        (
            "en",
            "Study co-author Tom Wong said the coating works. Co-developer Ann Wang recounted "
            "the tests.",
            "Tom Wong",
            "Ann Wang",
        ),
        (
            "en",
            "The study's lead author, doctoral candidate Mira Tand, said the model works. "
            'Another co-author, engineering professor Jan Marsh, said, "We saw it before."',
            "Mira Tand",
            "Jan Marsh",
        ),
        (
            "nl",
            "Hoofdauteur Mira Tand zei dat het model werkt. Co-auteur Jan Marsh zei dat hij het "
            "eerder had gezien.",
            "Mira Tand",
            "Jan Marsh",
        ),
    ],
)
def test_makers_of_one_work_cooperate(lang, text, first, second):
    found = typed(text, lang)
    assert _cooperate(found, first, second), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Author Tom Wong wrote a novel. Author Ann Wang wrote a memoir."),
        ("nl", "Auteur Tom Wong schreef een roman. Auteur Ann Wang schreef een memoir."),
    ],
)
def test_two_authors_are_no_team(lang, text):
    found = typed(text, lang)
    assert not [k for k in found if k[1] == "COOPERATE"], sorted(found)


@pytest.mark.model
def test_a_bare_author_title_names_no_maker_of_the_work_told():
    # "Author Stephen King" is a writer by trade, not an author of the study: no team
    text = (
        "Study co-author Jane Roe said the coating works. Author Tom Kingsley, who was not "
        "involved in the study, criticised the findings."
    )
    found = typed(text, "en")
    assert not _cooperate(found, "Jane Roe", "Tom Kingsley"), sorted(found)
