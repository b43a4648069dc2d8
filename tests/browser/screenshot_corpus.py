"""Save docs/screenshot-corpus.png: the explorer on a stored corpus of 35 articles.

The articles are the first 35 dev articles of the yardstick (data/yardstick/articles.tsv:
English Wikinews, CC BY 2.5, Wikinews contributors), read from the shared corpora, extracted
by the real pipeline into a temporary SQLite store, which the app opens as "Stored corpus".

Run: ``NEWSGRAPH_SHARED=/work/shared python tests/browser/screenshot_corpus.py [NODE_ID]``
(needs /usr/bin/chromium).  Without a node id the best-connected drawn node is clicked.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.browser.screenshot import select_and_save  # noqa: E402
from tests.browser.support import chromium, running_app, wait_drawn  # noqa: E402

OUT = ROOT / "docs" / "screenshot-corpus.png"
N_ARTICLES = 35


def corpus_store(path: Path) -> int:
    """A store of the first N_ARTICLES dev articles; returns how many were stored."""
    from bench.quality.corpus import english_row, read_articles, select
    from extract.api import extract
    from extract.documents import Document
    from store import open_store

    articles = select(read_articles(ROOT / "data" / "yardstick"), "dev")[:N_ARTICLES]
    documents = []
    for article in articles:
        row = english_row(article)
        documents.append(
            Document(
                id=article.id,
                title=row.get("title") or article.id,
                text=row["text"],
                source=article.url or "wikinews",
                date=article.date,
                language="en",
            )
        )
    result = extract(documents)
    with open_store(path) as store:
        store.add_records(result.records)
        return store.counts()["documents"]


def main(node: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corpus.db"
        print(f"stored {corpus_store(db)} articles")
        env = {"NEWSGRAPH_STORE": str(db)}
        with (
            running_app(env) as url,
            chromium(Path(tmp) / "p", viewport={"width": 1440, "height": 1000}) as context,
        ):
            page = context.new_page()
            page.goto(url)
            before = wait_drawn(page, timeout_ms=600_000)
            page.get_by_text("Stored corpus", exact=True).click()
            page.wait_for_function(
                "(h) => window.__newsgraphDrawn && window.__newsgraphDrawn.hash !== h",
                arg=before,
                timeout=600_000,
            )
            page.wait_for_timeout(1500)
            select_and_save(page, node, OUT, timeout_ms=60_000)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
