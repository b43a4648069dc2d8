"""Issue 18 (nlprec2): an affiliation phrase passes on to the name it is of through a body or
place noun ("woordvoerder van de regering van Nigeria": ROLE Nigeria), not through an idea or a
cause ("een boegbeeld van de vrijheid van Kenia" works for no Kenya). End to end on sentences of
our own, in both languages.
"""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_a_figurehead_of_a_cause_works_for_no_country() -> None:
    for text, lang in (
        ("Mary Okello, a figurehead of the freedom of Kenya, died on Monday.", "en"),
        ("Mary Okello, een boegbeeld van de vrijheid van Kenia, is maandag overleden.", "nl"),
    ):
        found = typed(text, lang)
        assert ("Mary Okello", "ROLE", "Kenya") not in found, (lang, sorted(found))


def test_a_spokesman_of_a_government_works_for_its_country() -> None:
    for text, lang in (
        ("Ahmed Karimi, a spokesman for the government of Nigeria, said so.", "en"),
        ("Ahmed Karimi, een woordvoerder van de regering van Nigeria, zei dat.", "nl"),
    ):
        found = typed(text, lang)
        assert ("Ahmed Karimi", "ROLE", "Nigeria") in found, (lang, sorted(found))
