"""Text the parser garbles (scanned newspapers, run-on lines, a last word without a full stop)
still gives its article's records, never an "extraction failed" for the whole article.

Both cases were found by ingesting OCR'd Dutch newspaper pages; the sentences here are ours.
"""

from tests.extract.extraction_helpers import records_of


def labels(records: dict) -> set[str]:
    return {e["label"] for e in records["entities"]}


def test_a_text_ending_in_a_capitalised_common_noun_is_extracted():
    # The organisation-name finder stepped past the text's last token looking for a name word.
    records = records_of("Rusland verhoogde de prijs van boter. Koehuiden", "nl")
    assert "Russia" in labels(records)
    assert "Koehuiden" not in labels(records)


def test_a_speech_verb_whose_speaker_is_its_own_reported_pronoun_is_extracted():
    # "stellen" (to state) hangs on "doet", whose subject "Men" is then looked up as the speaker
    # of what "stellen" reports: the same speech act again, without end.
    records = records_of(
        "Rusland viel Oekraïne aan. Men doet niet juist om Rusland tegenover Oekraïne te stellen.",
        "nl",
    )
    assert {"Russia", "Ukraine"} <= labels(records)
    assert any(r["type"] == "ASSAULT" for r in records["relations"])
