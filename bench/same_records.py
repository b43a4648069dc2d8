"""Whether a change to extraction left its records byte-identical (for speed work).

Extracts the yardstick's dev articles and the speed bench's synthetic corpus (and one long
article) in both languages and writes the records as sorted JSON; with ``--against FILE`` (the
same run on the code before the change) it says whether the two are the same, and where they
first differ.

    python bench/same_records.py --out /tmp/before.json           # on the old code
    python bench/same_records.py --out /tmp/after.json --against /tmp/before.json

Only the dev split is read (never the test split).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.extract_bench import long_article, synthetic_corpus  # noqa: E402
from bench.quality import corpus  # noqa: E402
from extract.api import extract  # noqa: E402
from extract.documents import Document  # noqa: E402


def documents(lang: str, data: Path, articles: int) -> list[Document]:
    """The dev articles with a text in ``lang``, the bench's synthetic ones and a long one."""
    docs = []
    for article in corpus.select(corpus.read_articles(data), "dev"):
        text = corpus.article_text(article, lang, data)
        if text is not None:
            docs.append(
                Document(
                    id=article.id,
                    title="",
                    text=text,
                    source=article.file,
                    date=article.date,
                    language=lang,
                )
            )
    return docs + synthetic_corpus(lang, articles) + [long_article(lang, 300)]


def first_difference(old: str, new: str) -> str:
    """A few lines around the first line where two JSON texts differ."""
    a, b = old.splitlines(), new.splitlines()
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return "\n".join(
        [f"line {n + 1}:", *(f"- {x}" for x in a[n : n + 3])] + [f"+ {y}" for y in b[n : n + 3]]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write the records")
    parser.add_argument("--against", type=Path, help="records of an earlier run to compare with")
    parser.add_argument("--articles", type=int, default=40, help="synthetic articles per language")
    parser.add_argument("--data", type=Path, default=corpus.DEFAULT_DATA)
    args = parser.parse_args()
    out = {}
    for lang in ("en", "nl"):
        result = extract(documents(lang, args.data, args.articles), lang=lang, batch_size=16)
        if result.errors:
            sys.exit(f"extraction failed: {result.errors[:3]}")
        out[lang] = result.records
    text = json.dumps(out, sort_keys=True, ensure_ascii=False, indent=0)
    args.out.write_text(text, encoding="utf8")
    if args.against is None:
        return
    old = args.against.read_text(encoding="utf8")
    if old == text:
        print(f"same records as {args.against}")
    else:
        sys.exit(f"records differ from {args.against}\n{first_difference(old, text)}")


if __name__ == "__main__":
    main()
