"""Split candidates on text outside the yardstick: two nodes of one document a reader may take
for one entity (issue 19).

The yardstick's dev split shows too few split nodes to learn from, so this runs extraction over
the English Wikinews rows that are *not* yardstick articles, our own translations of a few more of
them in ``data/unlabeled/LANG/`` (Dutch: see its README) and the MEANTIME dev stories of
each language, and lists, document by document, each pair of name nodes that looks like one entity,
with the cause that makes it look so:

- ``same text``: one written form under two nodes (two types, or a linked and an unlinked node);
- ``surname``: a one-word person (or other) node that ends a person's fuller name;
- ``first name``: a one-word node that opens a person's fuller name;
- ``acronym``: an all-capitals name spelled by the initials of another;
- ``article``: the same name with and without "the"/"de"/"het" or a company suffix;
- ``possessive``: a name and its possessive or genitive ("Iran's", "Irans");
- ``demonym``: an organisation named by a demonym and one named by the country ("Iranian
  government", "government of Iran");
- ``spelling``: two spellings of one name (transliteration, hyphen, one letter);
- ``head``: a short organisation or place name that heads or ends a longer one of the same
  type ("Parliament", "Iraqi Parliament");
- ``type across``: a name of two words or more typed differently in different documents.

It is a heuristic listing: some pairs are two real entities ("Donald Trump", "Ivanka Trump";
"Calicut", "Calicut International Airport"). Read them before counting true splits. The test
split is never read.

Usage: NEWSGRAPH_SHARED=../shared python -m bench.splits [--lang en nl] [--limit N]
[--json FILE] [--against FILE] [--nodes]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from bench.quality import corpus, meantime
from records.ids import is_kb_id
from records.text import fold

#: texts without gold, one ``ID.txt`` per article, in a folder per language
UNLABELED = corpus.REPO / "data" / "unlabeled"
NAME_TYPES = frozenset({"PERSON", "ORG", "COUNTRY", "LOCATION"})
ARTICLES = frozenset({"the", "de", "het", "'t"})
#: written in code, not read from the lexicons: the tool must judge the linker, not share its lists
CORP_SUFFIXES = frozenset(
    {"inc", "corp", "corporation", "ltd", "plc", "co", "company", "nv", "bv", "ag", "sa", "llc"}
)


def documents(lang: str, limit: int | None = None) -> list:
    """The texts to read: Wikinews rows that are no yardstick article (English), the unlabeled
    texts of ``lang`` (:func:`unlabeled_documents`), and the MEANTIME dev stories of ``lang``."""
    from extract.documents import Document

    shared = corpus.shared_dir()
    docs = []
    if lang == "en":
        taken = {(a.file, a.row) for a in corpus.read_articles(corpus.DEFAULT_DATA)}
        for path in sorted((shared / "corpora" / "wikinews_en").glob("wikinews_*.csv")):
            for row, raw in enumerate(corpus.wikinews_rows(path)):
                if (path.name, row) not in taken and raw["text"].strip():
                    did = f"{path.stem}-{row:03d}"
                    docs.append(
                        Document(id=did, title="", text=raw["text"], source=did, language=lang)
                    )
    docs += unlabeled_documents(lang)
    folder = shared / "corpora" / "meantime_dev" / lang
    if (folder / "meantime.conll").is_file():
        docs += meantime.documents(folder)[0]
    return docs[:limit] if limit else docs


def unlabeled_documents(lang: str, folder: Path = UNLABELED) -> list:
    """The texts of ``folder/lang/*.txt`` (no gold), each a document named by its file."""
    from extract.documents import Document

    return [
        Document(
            id=path.stem,
            title="",
            text=path.read_text(encoding="utf8"),
            source=str(path),
            language=lang,
        )
        for path in sorted((folder / lang).glob("*.txt"))
    ]


def nodes_by_document(records: dict) -> dict[str, dict[str, dict]]:
    """doc id -> entity id -> {type, label, forms (written in that document)}."""
    entities = {e["id"]: e for e in records["entities"]}
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for m in records["mentions"]:
        ent = entities.get(m["entity"])
        if ent is None or ent["type"] not in NAME_TYPES:
            continue
        did = m["sentence"].rsplit(":", 1)[0]
        node = out[did].setdefault(
            ent["id"], {"type": ent["type"], "label": ent["label"], "forms": set()}
        )
        node["forms"].add(m["text"])
    return out


def _words(form: str) -> list[str]:
    return fold(form, articles=False).split()


def _bare(form: str) -> str:
    """The folded name without a leading article, a trailing company suffix or a possessive."""
    words = _words(form)
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    if len(words) > 1 and words[-1] in CORP_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _possessive(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa != fb and (fa in (fb + "s", fb + "'s") or fb in (fa + "s", fa + "'s"))


def _initials(form: str) -> set[str]:
    words = [w for w in form.replace("-", " ").split() if w[:1].isupper()]
    every = [w for w in form.replace("-", " ").split() if w.isalpha()]
    return {"".join(w[0] for w in words).lower(), "".join(w[0] for w in every).lower()}


def _acronym(form: str) -> str:
    letters = "".join(c for c in form if c.isalnum())
    return letters.lower() if " " not in form and letters.isupper() and len(letters) >= 2 else ""


def _spelled_alike(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    from extract.components.linking import surname_key

    fa, fb = fold(a), fold(b)
    if fa == fb or min(len(fa), len(fb)) < 5:
        return False
    if fa.replace(" ", "") == fb.replace(" ", ""):
        return True
    wa, wb = fa.split(), fb.split()
    if len(wa) != len(wb):
        return False
    if [surname_key(w) for w in wa] == [surname_key(w) for w in wb]:
        return True
    return all(
        x == y or (min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= 85) for x, y in zip(wa, wb)
    )


def _demonym_pair(a: str, b: str, kb, lang: str) -> bool:
    """An organisation named by a demonym and one named by the country, the other words the
    same ("Iranian government" and "government of Iran")."""

    def parts(form: str) -> tuple[set[str], set[str]]:
        places, rest = set(), set()
        for w in form.split():
            entry = kb.demonym(w, lang)
            if entry is not None:
                places.add(entry.key)
                continue
            hits = [e.key for e in kb.lookup(w) if e.type == "COUNTRY"]
            if hits:
                places.add(hits[0])
            elif fold(w) not in ("of", "van", "the", "de", "het", "s"):
                rest.add(fold(w))
        return places, rest

    pa, ra = parts(a)
    pb, rb = parts(b)
    return bool(pa) and pa == pb and ra == rb and bool(ra) and fold(a) != fold(b)


def candidates(nodes: dict[str, dict], kb, lang: str) -> list[tuple[str, str, str]]:
    """(cause, node a, node b) for each pair of nodes of one document that looks like one."""
    out = []
    for (ia, a), (ib, b) in combinations(sorted(nodes.items()), 2):
        cause = _cause(a, b, kb, lang)
        if cause:
            out.append((cause, ia, ib))
    return out


def _cause(a: dict, b: dict, kb, lang: str) -> str:
    fa = {fold(f) for f in a["forms"]}
    fb = {fold(f) for f in b["forms"]}
    if fa & fb:
        return "same text"
    if {_bare(f) for f in a["forms"]} & {_bare(f) for f in b["forms"]}:
        return "article"
    pairs = [(x, y) for x in a["forms"] for y in b["forms"]]
    if any(_possessive(x, y) for x, y in pairs):
        return "possessive"
    for one, other in ((a, b), (b, a)):
        if other["type"] != "PERSON":
            continue
        for x in one["forms"]:
            wx = _words(x)
            if len(wx) != 1:
                continue
            for y in other["forms"]:
                wy = _words(y)
                if len(wy) >= 2 and wy[-1] == wx[0]:
                    return "surname"
                if len(wy) >= 2 and wy[0] == wx[0] and one["type"] in ("PERSON", "ORG"):
                    return "first name"
    for x, y in pairs + [(y, x) for x, y in pairs]:
        letters = _acronym(x)
        if letters and len(y.split()) >= 2 and letters in _initials(y):
            return "acronym"
    if any(_spelled_alike(x, y) for x, y in pairs):
        return "spelling"
    if a["type"] == b["type"] == "ORG" or {a["type"], b["type"]} <= {"ORG", "COUNTRY"}:
        if any(_demonym_pair(x, y, kb, lang) for x, y in pairs):
            return "demonym"
    if a["type"] == b["type"] and a["type"] in ("ORG", "LOCATION"):
        for x, y in pairs + [(y, x) for x, y in pairs]:
            wx, wy = _words(x), _words(y)
            if wx and 1 <= len(wx) < len(wy) and (wy[-len(wx) :] == wx or wy[: len(wx)] == wx):
                return "head"
    return ""


def types_across(records: dict) -> list[dict]:
    """Names of two words or more that the knowledge base does not know and that are typed
    differently in different documents: each type is its own node in a store, which links a
    name only to a stored entity of its type (one entity, one type, across documents)."""
    types: dict[str, set[str]] = defaultdict(set)
    for e in records["entities"]:
        if e["type"] in NAME_TYPES and not is_kb_id(e["id"]) and " " in fold(e["label"]):
            types[fold(e["label"])].add(e["type"])
    return [
        {"doc": "(corpus)", "cause": "type across", "a": name, "b": "/".join(sorted(found))}
        for name, found in sorted(types.items())
        if len(found) > 1
    ]


def listing(
    lang: str, limit: int | None = None, shown_nodes: list[str] | None = None
) -> list[dict]:
    """Every candidate pair of ``lang``'s texts, as dicts (doc, cause, a, b), and the names
    typed differently in different documents (:func:`types_across`); each document's name
    nodes go to ``shown_nodes`` when given (:func:`node_lines`), to be read one by one."""
    from extract.api import extract
    from extract.kb import load_kb

    kb = load_kb()
    result = extract(documents(lang, limit), lang=lang, batch_size=16)
    rows = types_across(result.records)
    if shown_nodes is not None:
        shown_nodes += node_lines(nodes_by_document(result.records))
    for did, nodes in sorted(nodes_by_document(result.records).items()):
        for cause, ia, ib in candidates(nodes, kb, lang):
            rows.append(
                {
                    "doc": did,
                    "cause": cause,
                    "a": _shown(ia, nodes[ia]),
                    "b": _shown(ib, nodes[ib]),
                }
            )
    return rows


def node_lines(by_document: dict[str, dict[str, dict]]) -> list[str]:
    """A document's heading, then one line per name node (type, forms, id), by type and label:
    what a reader checks for missed, mistyped, cut and split names."""
    lines = []
    for did, nodes in sorted(by_document.items()):
        lines.append(f"== {did}")
        for eid, node in sorted(nodes.items(), key=lambda kv: (kv[1]["type"], kv[1]["label"])):
            lines.append(f"  {_shown(eid, node)}")
    return lines


def _shown(eid: str, node: dict) -> str:
    return f"{node['type']} {' | '.join(sorted(node['forms']))} [{eid}]"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.splits", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--lang", nargs="+", default=["en", "nl"], help="languages to read")
    parser.add_argument("--limit", type=int, help="read only the first N texts of each language")
    parser.add_argument("--json", type=Path, help="also write the candidates to this file")
    parser.add_argument(
        "--against", type=Path, help="a --json file of an earlier run: print only what changed"
    )
    parser.add_argument(
        "--nodes", action="store_true", help="also print every name node of each document"
    )
    args = parser.parse_args(argv)
    shown: list[str] | None = [] if args.nodes else None
    found = {lang: listing(lang, args.limit, shown) for lang in args.lang}
    for line in shown or []:
        print(line)
    if args.json:
        args.json.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf8")
    before = json.loads(args.against.read_text(encoding="utf8")) if args.against else None
    for lang, rows in found.items():
        counts = Counter(r["cause"] for r in rows)
        summary = ", ".join(f"{c} {n}" for c, n in counts.most_common())
        print(f"== {lang}: {len(rows)} candidates ({summary})")
        if before is not None:
            old = {json.dumps(r, sort_keys=True) for r in before.get(lang, [])}
            new = {json.dumps(r, sort_keys=True) for r in rows}
            for mark, keys in (("-", old - new), ("+", new - old)):
                for key in sorted(keys):
                    r = json.loads(key)
                    print(f"  {mark} {r['doc']:18} {r['cause']:11} {r['a']}  ~  {r['b']}")
            continue
        for r in sorted(rows, key=lambda r: (r["cause"], r["doc"])):
            print(f"  {r['doc']:18} {r['cause']:11} {r['a']}  ~  {r['b']}")


if __name__ == "__main__":
    main()
