"""Compare the ways to produce names on Dutch MEANTIME (sentences 0-5), to choose what ships.

Variants: the PROPN-run baseline (untyped, from the README's protocol), the silver-trained
``ner`` alone, the name typer alone (``replace``), and ``ner`` + typer in ``fill`` and ``retype``.

Usage: python training/scripts/compare_name_modes.py TRAINED_NER_MODEL GAZETTEER_DIR
       MEANTIME_NL_DIR [BASE [OUT.txt]]
BASE (default: tagparse/model-best next to the NER's training folder) gives the tagger and parser,
so every variant reads the same parse as the shipped pipeline; the ``ner`` is sourced into it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

sys.path.insert(0, str(Path(__file__).parent))
import components  # noqa: F401,E402
from eval_meantime import score  # noqa: E402


@Language.component("propn_runs_baseline")
def propn_runs_baseline(doc: Doc) -> Doc:
    """Maximal runs of PROPN tokens, all labelled ORG (scored untyped only)."""
    spans, start = [], None
    for tok in list(doc) + [None]:
        if tok is not None and tok.pos_ == "PROPN":
            start = tok.i if start is None else start
        elif start is not None:
            spans.append(Span(doc, start, tok.i if tok is not None else len(doc), label="ORG"))
            start = None
    doc.ents = spans
    return doc


def main(
    model: Path, tables: Path, meantime: Path, base: Path | None = None, out: Path | None = None
) -> None:
    """Print typed and untyped F1 on the annotated articles and on the Airbus articles (all of
    them annotated) for each variant."""
    base = base or model.parents[1] / "tagparse" / "model-best"
    ner_nlp = spacy.load(model)
    rows = []
    for variant in ("propn-baseline", "ner", "typer", "ner+typer fill", "ner+typer retype"):
        nlp = spacy.load(base)
        nlp.add_pipe("ner", source=ner_nlp)
        if variant == "propn-baseline":
            nlp.remove_pipe("ner")
            nlp.add_pipe("propn_runs_baseline")
        elif variant != "ner":
            mode = {"typer": "replace"}.get(variant, variant.split()[-1])
            typer = nlp.add_pipe("newsgraph_name_typer", config={"mode": mode})
            typer.initialize(tables_dir=str(tables))
        a, b = score(nlp, meantime), score(nlp, meantime, "corpus_airbus")
        rows.append((variant, a, b))
    lines = [
        f"{'variant':18} {'ann. P':>6} {'ann. R':>6} {'ann.F1':>6} {'untyped':>7} | "
        f"{'airbus P':>8} {'R':>6} {'F1':>6} {'untyped':>7}"
    ]
    for variant, a, b in rows:
        lines.append(
            f"{variant:18} {a['p']:6.3f} {a['r']:6.3f} {a['f1']:6.3f} {a['untyped_f1']:7.3f} | "
            f"{b['p']:8.3f} {b['r']:6.3f} {b['f1']:6.3f} {b['untyped_f1']:7.3f}"
        )
    print("\n".join(lines))
    if out is not None:
        out.write_text("\n".join(lines) + "\n", encoding="utf8")


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5, 6):
        raise SystemExit(
            "usage: compare_name_modes.py TRAINED_NER_MODEL GAZETTEER_DIR MEANTIME_NL_DIR "
            "[BASE [OUT]]"
        )
    main(*(Path(a) for a in sys.argv[1:6]))
