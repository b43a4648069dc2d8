"""Add silver PER/ORG/LOC/MISC entities to treebank .spacy files (gold parses).

Names come from the gold parse (flat groups and PROPN runs) and are typed by
name_typing.NameTyper with the tables in training/gazetteers/.

Usage: python training/scripts/silver_ner.py GAZETTEER_DIR IN.spacy OUT.spacy
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin, Span

sys.path.insert(0, str(Path(__file__).parent))
from name_typing import NameTyper, name_spans  # noqa: E402


def main(gazetteers: Path, src: Path, dst: Path) -> None:
    """Write ``dst``: the docs of ``src`` with silver entities."""
    nlp = spacy.blank("nl")
    typer = NameTyper.from_dir(gazetteers)
    docs = list(DocBin().from_disk(src).get_docs(nlp.vocab))
    counts: Counter[str] = Counter()
    for doc in docs:
        typed = typer.type_spans(doc, name_spans(doc, typer.lookup, typer.first_names))
        doc.ents = [Span(doc, s.start, s.end, label=lab) for s, lab in typed]
        counts.update(lab for _, lab in typed)
    DocBin(store_user_data=False, docs=docs).to_disk(dst)
    print(f"{dst}: {len(docs)} docs, entities {dict(counts)}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit("usage: silver_ner.py GAZETTEER_DIR IN.spacy OUT.spacy")
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
