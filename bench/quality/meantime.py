"""MEANTIME names: newsgraph's full extraction scored on PER/ORG/LOC mentions.

The protocol of ``../shared/corpora/README.md`` and ``training/scripts/eval_meantime.py`` (whose
readers are reused): sentences 0-5 of the articles with at least one annotated mention; gold =
PER/ORG/LOC mentions with a proper-noun head, leading article dropped; a prediction counts when
its token span and type match exactly; predicted spans overlapping annotated mentions of other
kinds are not false positives. Here the predictions are the mentions of newsgraph's records
(PERSON -> PER, ORG -> ORG, COUNTRY and LOCATION -> LOC) on the sentences joined into one text
per article, words separated by spaces and sentences by line breaks.
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from functools import cache
from pathlib import Path

from bench.quality.corpus import REPO
from bench.quality.metrics import f1, ratio

TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "COUNTRY": "LOC", "LOCATION": "LOC"}


@cache
def _protocol():
    path = REPO / "training" / "scripts" / "eval_meantime.py"
    spec = importlib.util.spec_from_file_location("newsgraph_eval_meantime", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(folder: Path):
    """(a Document per article, its tokens' character spans, gold, other mentions)."""
    from extract.documents import Document

    proto = _protocol()
    sents = proto.read_sentences(folder / "meantime.conll")
    annotated = proto.annotated_articles(folder / "entities_mentions.json")
    sents = {k: v for k, v in sents.items() if k[0] in annotated}
    gold, other = proto.read_mentions(folder / "entities_mentions.json", sents)
    by_article: dict[str, list[int]] = defaultdict(list)
    for key, sent in sorted(sents):
        by_article[key].append(sent)
    docs = []
    offsets: dict[str, list[tuple]] = {}  # doc id -> [(start, end, key, sent, tok)] per token
    for n, (key, sent_ids) in enumerate(sorted(by_article.items())):
        did = f"meantime{n}"
        parts, pos = [], 0
        offsets[did] = []
        for sent in sent_ids:
            for tok, word in enumerate(sents[(key, sent)]):
                if tok:
                    parts.append(" ")
                    pos += 1
                offsets[did].append((pos, pos + len(word), key, sent, tok))
                parts.append(word)
                pos += len(word)
            parts.append("\n")
            pos += 1
        docs.append(Document(id=did, title="", text="".join(parts), source=key))
    return docs, offsets, gold, other


def score(records: dict, offsets: dict, gold: set, other: list) -> dict[str, float]:
    """Typed and untyped P/R/F1 of the records' name mentions against the MEANTIME gold."""
    types = {e["id"]: e["type"] for e in records["entities"]}
    pred = set()
    for m in records["mentions"]:
        kind = TYPE_MAP.get(types.get(m["entity"], ""))
        if kind is None:
            continue
        did = m["sentence"].rsplit(":", 1)[0]
        # the MEANTIME tokens the mention covers (spaCy may split a given token,
        # "Inc." -> "Inc" ".")
        toks = [t for t in offsets.get(did, ()) if t[0] < m["end"] and m["start"] < t[1]]
        if not toks or toks[0][2:4] != toks[-1][2:4]:
            pred.add((did, m["start"], m["end"], kind))  # across sentences: never right
            continue
        pred.add((toks[0][2], toks[0][3], toks[0][4], toks[-1][4] + 1, kind))
    other_by_sent = defaultdict(list)
    for o in other:
        other_by_sent[o[:2]].append(o[2:])
    gold_spans = {g[:4] for g in gold}

    def overlaps_other(p) -> bool:
        return any(s < p[3] and p[2] < e for s, e in other_by_sent.get(p[:2], ()))

    tp = len(pred & gold)
    fp = sum(1 for p in pred - gold if p[:4] in gold_spans or not overlaps_other(p))
    pr, rc = ratio(tp, tp + fp), ratio(tp, len(gold))
    spans = {p[:4] for p in pred}
    utp = len(spans & gold_spans)
    ufp = sum(1 for p in spans - gold_spans if not overlaps_other(p))
    out = {
        "precision": pr,
        "recall": rc,
        "f1": f1(pr, rc),
        "untyped_f1": f1(ratio(utp, utp + ufp), ratio(utp, len(gold_spans))),
    }
    return {k: v for k, v in out.items() if v is not None}
