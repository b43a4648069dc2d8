"""Issue 18: event typing that generalises beyond the yardstick's dev sentences.

``tests/extract/typing/{nl,en}.tsv`` are our own held-out sentences, written for this test from
the PLOVER manual's definitions (none from a corpus or the yardstick), six per PLOVER type, one per
construction: a plain verb, a separable or phrasal verb, a reflexive, a support verb with its event
noun ("voerde overleg met", "carried out air strikes"), a nominal ("de aanval van Hamas op Israël")
and a passive with its agent ("werd door Rusland beschoten"); a second block adds five per type
over speech, negated, nominal, passive and light, with verbs and nouns outside the dev typing
sentences. Each sentence is extracted as a
document of its own and scored as the yardstick scores its event-typing set
(``bench.quality.metrics.typing_prediction``): the type of the relation between the two names, or
NONE.

``python -m tests.extract.test_event_typing_own [nl|en]`` prints every sentence typed wrong.
"""

from __future__ import annotations

import csv
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from records import PLOVER_TYPES

HERE = Path(__file__).resolve().parent / "typing"
LANGS = ("nl", "en")
#: Issue 18's bar for the yardstick's test split, held here on sentences it has never seen.
ACCURACY_FLOOR = 0.7
TYPE_FLOOR = 0.5


def read_rows(lang: str) -> list[dict[str, str]]:
    """The rows of ``typing/<lang>.tsv`` (type, source, target, note, sentence)."""
    lines = [
        line
        for line in (HERE / f"{lang}.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def first_block_size(lang: str) -> int:
    """How many rows come before the ``# Block 2`` (Dutch: ``# Blok 2``) comment: the rows
    written first."""
    lines = (HERE / f"{lang}.tsv").read_text(encoding="utf-8").splitlines()
    end = next(n for n, line in enumerate(lines) if line.startswith(("# Block 2", "# Blok 2")))
    return sum(1 for line in lines[:end] if line.strip() and not line.startswith("#")) - 1


@lru_cache(maxsize=None)
def predictions(lang: str) -> tuple[str, ...]:
    """The type newsgraph gives each row's act, each sentence a document of its own."""
    from bench.quality.match import PredDoc, pred_docs
    from bench.quality.metrics import typing_prediction
    from extract.api import extract
    from extract.documents import Document

    rows = read_rows(lang)
    docs = [
        Document(id=f"own-{lang}-{n}", title="", text=r["sentence"], source="test", language=lang)
        for n, r in enumerate(rows)
    ]
    result = extract(docs, lang=lang, batch_size=16)
    assert result.errors == []
    preds = pred_docs(result.records)
    return tuple(
        typing_prediction(preds.get(d.id, PredDoc(d.id)), r["source"], r["target"])
        for d, r in zip(docs, rows)
    )


def by_type(rows: list[dict[str, str]], preds: tuple[str, ...]) -> dict[str, float]:
    """Share typed right per gold type."""
    out = {}
    for type_ in sorted({r["type"] for r in rows}):
        pairs = [(r, p) for r, p in zip(rows, preds) if r["type"] == type_]
        out[type_] = sum(r["type"] == p for r, p in pairs) / len(pairs)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_the_own_set_covers_every_type_and_construction(lang):
    rows = read_rows(lang)
    assert len(rows) >= 80
    assert {r["type"] for r in rows} == set(PLOVER_TYPES)
    for type_ in PLOVER_TYPES:
        notes = [r["note"] for r in rows if r["type"] == type_]
        assert len(notes) >= 5, type_
        assert len(set(notes)) >= 3, (type_, notes)  # not six times the same construction
    for r in rows:
        assert r["source"] in r["sentence"] and r["target"] in r["sentence"], r
    assert {"nominal", "passive", "light"} <= {r["note"] for r in rows}


def assert_at_the_bar(lang: str, rows: list[dict[str, str]], preds: tuple[str, ...]) -> None:
    """Issue 18's bar on these rows: accuracy and every type's share, with the wrong rows."""
    wrong = [f"{r['type']} -> {p}: {r['sentence']}" for r, p in zip(rows, preds) if p != r["type"]]
    accuracy = 1 - len(wrong) / len(rows)
    low = {t: round(a, 2) for t, a in by_type(rows, preds).items() if a < TYPE_FLOOR}
    assert accuracy >= ACCURACY_FLOOR and not low, (
        f"{lang} accuracy {accuracy:.3f}, types below {TYPE_FLOOR}: {low}\n" + "\n".join(wrong)
    )


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_event_typing_holds_its_bar_on_the_first_block(lang):
    # the first block met the bar before the second was written: a regression there still fails
    first = first_block_size(lang)
    assert_at_the_bar(lang, read_rows(lang)[:first], predictions(lang)[:first])


@pytest.mark.model
@pytest.mark.slow
# The second block of rows (evtype3), written before any lexicon change, showed the shortfall:
# en 0.78 with REJECT 0.36 and PROTEST 0.45, nl 0.68. Dutch met the bar with evtype4, English in
# stop 53 (0.847, REJECT 0.55, PROTEST 0.64), so both languages now hold it.
@pytest.mark.parametrize("lang", LANGS)
def test_event_typing_generalises_to_sentences_the_lexicons_were_not_written_from(lang):
    assert_at_the_bar(lang, read_rows(lang), predictions(lang))


def main(langs: list[str]) -> None:
    """Print each language's accuracy, per type and per construction, and the wrong rows."""
    for lang in langs:
        rows, preds = read_rows(lang), predictions(lang)
        right = sum(r["type"] == p for r, p in zip(rows, preds))
        print(f"== {lang}: {right}/{len(rows)} = {right / len(rows):.3f}")
        print("  by type: " + ", ".join(f"{t} {a:.2f}" for t, a in by_type(rows, preds).items()))
        notes = sorted({r["note"] for r in rows})
        shares = []
        for note in notes:
            pairs = [(r, p) for r, p in zip(rows, preds) if r["note"] == note]
            shares.append(f"{note} {sum(r['type'] == p for r, p in pairs) / len(pairs):.2f}")
        print("  by construction: " + ", ".join(shares))
        for r, p in zip(rows, preds):
            if p != r["type"]:
                print(f"  {r['type']:>9} -> {p:<9} {r['note']:<10} {r['sentence']}")


if __name__ == "__main__":
    main(sys.argv[1:] or list(LANGS))
