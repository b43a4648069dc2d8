"""Issue 18 (nlprec2): an agreement or cooperation is made with parties, not with a place its
object names: "signed the treaty on the Asian free trade area" is no AGREE with Asia (the dev and
fresh gold hold no AGREE or COOPERATE towards a place). End to end on sentences of our own, in
both languages.
"""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_signing_a_treaty_on_a_region_agrees_with_no_place() -> None:
    for text, lang in (
        (
            "President Joko Widodo of Indonesia signed the treaty on the Asian free trade area.",
            "en",
        ),
        (
            "President Joko Widodo van Indonesië heeft het verdrag over de Aziatische "
            "vrijhandelszone ondertekend.",
            "nl",
        ),
    ):
        found = typed(text, lang)
        assert ("Joko Widodo", "ROLE", "Indonesia") in found, (lang, sorted(found))
        assert not [k for k in found if k[1] == "AGREE"], (lang, sorted(found))
