"""Reading the yardstick: the article list, the texts, the gold files and the event-typing set.

Everything is read from a data folder laid out like ``data/yardstick/`` (``--data DIR``); the
English texts come from ``wikinews_en/`` in the shared corpora folder (``REPO/../shared`` or the
first ``shared/`` found above the repository, or ``$NEWSGRAPH_SHARED``).
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from records import ENTITY_TYPES, MODES
from records import RELATION_TYPES as ALL_RELATION_TYPES

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO / "data" / "yardstick"
LANGS = ("en", "nl")
#: Gold relations use every relation type but CO_OCCURS, which annotators never write.
RELATION_TYPES = tuple(t for t in ALL_RELATION_TYPES if t != "CO_OCCURS")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def shared_dir() -> Path:
    """The shared corpora folder: ``$NEWSGRAPH_SHARED``, else ``../shared`` of the repository
    or of any folder above it (a worktree in ``/work/wt/NAME`` finds ``/work/shared``)."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    for parent in REPO.parents:
        candidate = parent / "shared"
        if (candidate / "corpora").is_dir():
            return candidate
    return REPO.parent / "shared"


@dataclass(frozen=True)
class Article:
    """One row of ``articles.tsv``."""

    id: str
    file: str
    row: int
    date: str
    domain: str
    split: str
    translated: bool
    url: str = ""


@dataclass
class Gold:
    """One gold file (``gold/LANG/ID.a.json``), with the problems found while reading it."""

    article: str
    lang: str
    annotator: str
    entities: list[dict]
    relations: list[dict]
    problems: list[str] = field(default_factory=list)

    @property
    def by_id(self) -> dict[str, dict]:
        return {e["id"]: e for e in self.entities}


def read_articles(data: Path) -> list[Article]:
    """The article list; comment lines start with '#'."""
    lines = [
        ln
        for ln in (data / "articles.tsv").read_text(encoding="utf8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    rows = csv.DictReader(lines, delimiter="\t")
    return [
        Article(
            r["id"],
            r["file"],
            int(r["row"]),
            r["date"],
            r["domain"],
            r["split"],
            r["translated"].strip().lower() == "yes",
            r.get("url", "") or "",
        )
        for r in rows
    ]


def select(articles: list[Article], split: str) -> list[Article]:
    return [a for a in articles if split == "all" or a.split == split]


_CSV_CACHE: dict[Path, list[dict]] = {}


def english_row(article: Article, shared: Path | None = None) -> dict:
    """The article's row (url, date, title, text) in ``wikinews_en/FILE``, 0-based data rows."""
    return wikinews_rows((shared or shared_dir()) / "corpora" / "wikinews_en" / article.file)[
        article.row
    ]


def wikinews_rows(path: Path) -> list[dict]:
    """The data rows (url, date, title, text) of one ``wikinews_en/wikinews_YEAR.csv``, read
    once."""
    if path not in _CSV_CACHE:
        if not path.is_file():
            raise FileNotFoundError(
                f"{path} is missing: the English Wikinews texts are read from the shared corpora; "
                "pass --shared DIR or set NEWSGRAPH_SHARED"
            )
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf8", newline="") as handle:
            _CSV_CACHE[path] = list(csv.DictReader(handle))
    return _CSV_CACHE[path]


def english_text(article: Article, shared: Path | None = None) -> str:
    """The ``text`` column of the article's row: the text the English gold is written on."""
    return english_row(article, shared)["text"]


def article_text(article: Article, lang: str, data: Path, shared: Path | None = None) -> str | None:
    """The text the gold of ``article`` in ``lang`` was written on; None when there is none."""
    if lang == "en":
        return english_text(article, shared)
    path = data / lang / f"{article.id}.txt"
    return path.read_text(encoding="utf8") if path.is_file() else None


def gold_path(data: Path, lang: str, article_id: str, annotator: str = "a") -> Path:
    return data / "gold" / lang / f"{article_id}.{annotator}.json"


def read_gold(path: Path, text: str | None = None) -> Gold:
    """Read and check a gold file; relations that cannot be scored are dropped and named in
    ``problems`` (an unknown entity id, no types), everything else is only reported."""
    raw = json.loads(path.read_text(encoding="utf8"))
    problems: list[str] = []
    where = path.name
    expected = (path.name.split(".")[0], path.parent.name)
    if (raw.get("article"), raw.get("lang")) != expected:
        problems.append(
            f"{where}: says article {raw.get('article')!r}, lang {raw.get('lang')!r}; "
            f"the path says {expected[0]!r}, {expected[1]!r}"
        )
    entities, seen = [], set()
    for ent in raw.get("entities", []):
        eid, etype = ent.get("id"), ent.get("type")
        if not eid or etype not in ENTITY_TYPES:
            problems.append(
                f"{where}: entity {eid!r} has no id or an unknown type {etype!r}; left out"
            )
            continue
        if eid in seen:
            problems.append(f"{where}: entity id {eid!r} appears twice")
        seen.add(eid)
        forms = [f for f in ent.get("forms") or [] if isinstance(f, str) and f.strip()]
        if not forms:
            problems.append(f"{where}: entity {eid!r} has no forms")
        if text is not None:
            for form in forms:
                if form not in text:
                    problems.append(f"{where}: form {form!r} of {eid!r} is not in the text")
        entities.append(
            {**ent, "forms": forms, "participants": list(ent.get("participants") or [])}
        )
    ids = {e["id"] for e in entities}
    for ent in entities:
        for p in ent["participants"]:
            if p not in ids:
                problems.append(f"{where}: participant {p!r} of {ent['id']!r} is not an entity")
    relations = []
    for n, rel in enumerate(raw.get("relations", [])):
        src, tgt, types = rel.get("source"), rel.get("target"), rel.get("types") or []
        if isinstance(types, str):
            types = [types]
        if src not in ids or tgt not in ids or not types:
            problems.append(
                f"{where}: relation {n} ({src} -> {tgt}) names an unknown entity or has no types; "
                "left out"
            )
            continue
        unknown = [t for t in types if t not in RELATION_TYPES]
        if unknown:
            problems.append(f"{where}: relation {n} ({src} -> {tgt}) has unknown types {unknown}")
        if rel.get("date") and not _DATE.match(str(rel["date"])):
            problems.append(
                f"{where}: relation {n} ({src} -> {tgt}) has a date that is not YYYY[-MM[-DD]]"
            )
        mode = rel.get("mode") or "asserted"
        if mode not in MODES:
            problems.append(f"{where}: relation {n} has an unknown mode {mode!r}")
        evidence = rel.get("evidence")
        if text is not None and evidence and evidence not in text:
            problems.append(
                f"{where}: relation {n} ({src} -> {tgt}): evidence is not a substring of the text"
            )
        relations.append(
            {
                **rel,
                "types": list(types),
                "mode": mode,
                "directed": rel.get("directed", True) is not False,
                "date": rel.get("date") or None,
            }
        )
    return Gold(
        raw.get("article", path.name.split(".")[0]),
        raw.get("lang", path.parent.name),
        raw.get("annotator", path.name.split(".")[-2]),
        entities,
        relations,
        problems,
    )


def read_event_typing(data: Path, lang: str) -> list[dict]:
    """Rows of ``event_typing/LANG.tsv`` (id, split, type, source, target, note, sentence)."""
    path = data / "event_typing" / f"{lang}.tsv"
    if not path.is_file():
        return []
    return read_typing_rows(path)


def read_typing_rows(path: Path) -> list[dict]:
    """Rows of a file laid out like ``event_typing/LANG.tsv`` (``#`` lines are comments)."""
    lines = [
        ln
        for ln in path.read_text(encoding="utf8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    rows = []
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if not r.get("sentence") or not r.get("type"):
            continue
        rows.append({k: (v or "").strip() for k, v in r.items() if k})
    return rows
