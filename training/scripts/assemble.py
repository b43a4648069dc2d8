"""Assemble the shipped pipeline: the trained stages plus the name typer, with its meta.

Usage: python training/scripts/assemble.py TRAINED_MODEL GAZETTEER_DIR OUT_DIR [MODE]
MODE is the name typer's mode: fill (default), retype, replace, or none (no typer).
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).parent))
import name_typing  # noqa: F401,E402  (registers newsgraph_name_typer)

LICENSE = "CC BY-SA 4.0"
SOURCES = [
    {
        "name": "UD Dutch LassySmall v2.0 (train) and v2.16 (dev, test)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord (University of Groningen); Lassy Small corpus",
    },
    {
        "name": "UD Dutch Alpino v2.16 (dev)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord (University of Groningen)",
    },
]


def main(model: Path, tables: Path, out: Path, mode: str = "fill") -> None:
    """Load the trained pipeline, add the name typer (unless mode is none) and save it."""
    nlp = spacy.load(model)
    if mode != "none":
        typer = nlp.add_pipe("newsgraph_name_typer", config={"mode": mode, "keep_misc": True})
        typer.initialize(tables_dir=str(tables))
    nlp.meta.update(
        {
            "name": "newsgraph_sm",
            "version": "0.1.0",
            "description": (
                "Dutch pipeline for newsgraph: tokenizer, sentence boundaries (parser), "
                "morphologizer (UD POS + features), UD dependency parser, edit-tree lemmatizer, "
                "silver-trained NER (PER, ORG, LOC, MISC) and a gazetteer name typer. "
                "CNN tok2vec, no pretrained vectors."
            ),
            "license": LICENSE,
            "author": "newsgraph project",
            "url": "",
            "email": "",
            "sources": SOURCES,
        }
    )
    nlp.to_disk(out)
    print(f"saved {out}: pipeline {nlp.pipe_names}")


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        raise SystemExit("usage: assemble.py TRAINED_MODEL GAZETTEER_DIR OUT_DIR [fill|retype|replace|none]")
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), *(sys.argv[4:5]))
