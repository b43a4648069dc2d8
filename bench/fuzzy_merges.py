"""The fuzzy linking step's merges on the development texts, one line each (issue 19).

Runs the extraction over the yardstick's dev articles and the MEANTIME dev stories of each
language and lists every written form that the linker joined to a knowledge-base entry by
fuzzy matching (not by an exact alias), with how often. Whether a merge is right is a reader's
call: the form and the entry's label are printed side by side for that.

Usage: NEWSGRAPH_SHARED=../shared python -m bench.fuzzy_merges [--split dev] [--lang en nl]
"""

from __future__ import annotations

import argparse
from collections import Counter

from bench.quality import corpus, meantime


def fuzzy_merges(lang: str, split: str) -> Counter:
    """(written form, knowledge-base key) -> how often the linker merged them, over the split's
    articles and the MEANTIME dev stories of ``lang``."""
    from extract.api import extract
    from extract.documents import Document
    from extract.pipeline import load_pipeline

    shared = corpus.shared_dir()
    docs = []
    for art in corpus.select(corpus.read_articles(corpus.DEFAULT_DATA), split):
        text = corpus.article_text(art, lang, corpus.DEFAULT_DATA, shared)
        if text is not None:
            docs.append(Document(id=art.id, title="", text=text, source=art.id, language=lang))
    folder = shared / "corpora" / "meantime_dev" / lang
    if (folder / "meantime.conll").is_file():
        docs += meantime.documents(folder)[0]
    linker = load_pipeline(lang).get_pipe("newsgraph_linker")
    linker.fuzzy_merges.clear()
    extract(docs, lang=lang, batch_size=16)
    return Counter(linker.fuzzy_merges)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--lang", nargs="+", default=["en", "nl"])
    args = parser.parse_args(argv)
    from extract.kb import load_kb

    kb = load_kb()
    for lang in args.lang:
        merges = fuzzy_merges(lang, args.split)
        print(f"== {lang}, {args.split}: {sum(merges.values())} fuzzy merges, {len(merges)} forms")
        for (form, key), n in merges.most_common():
            print(f"  {n:3d}  {form!r:40} -> {key} ({kb.get(key).label})")


if __name__ == "__main__":
    main()
