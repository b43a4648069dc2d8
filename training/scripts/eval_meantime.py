"""Score a pipeline's PER/ORG/LOC names on the Dutch MEANTIME articles.

Protocol (/work/shared/corpora/README.md): sentences 0-5 of each article; gold = PER/ORG/LOC
mentions whose head is a proper noun, with a leading article dropped; a prediction counts
when span and type match exactly. Predicted spans that overlap annotated mentions of other
kinds (FIN, PRO, nominal or pronoun mentions) are not counted as false positives. Only
PER/ORG/LOC predictions are scored (MISC is not a claim about these types).

Articles without a single annotated entity mention (22 of the 30 Apple articles; every
Airbus article has some) are left out by default: nothing in them was annotated, so every
name found there, right or wrong, would count as a false positive. The output gives the
score over all articles as well.

Usage: python training/scripts/eval_meantime.py MODEL MEANTIME_NL_DIR [OUT.json]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Doc

TYPES = ("PER", "ORG", "LOC")
ARTICLES = {"de", "het", "een", "the"}


def read_sentences(conll: Path, max_sent: int = 5) -> dict[tuple[str, int], list[str]]:
    """(article key, sentence id) -> words, for sentence ids 0..max_sent."""
    sents: dict[tuple[str, int], list[str]] = defaultdict(list)
    for line in conll.read_text(encoding="utf8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or line.startswith("#"):
            continue
        key, sent, _tok, word = parts[0], int(parts[1]), int(parts[2]), parts[3]
        if sent <= max_sent:
            sents[(key, sent)].append(word)
    return sents


def read_mentions(path: Path, sents: dict) -> tuple[set, list]:
    """Return gold (key, sent, start, end, type) and the other mentions (key, sent, start, end)."""
    gold, other = set(), []
    for m in json.loads(path.read_text(encoding="utf8")):
        where = (m["conll_doc_key"], m["sent_id"])
        if where not in sents:
            continue
        toks = sorted(m["tokens_number"])
        words = sents[where]
        if m["mention_type"] in TYPES and m["mention_head_pos"] == "PROPN":
            while len(toks) > 1 and words[toks[0]].lower() in ARTICLES:
                toks = toks[1:]
            gold.add((*where, toks[0], toks[-1] + 1, m["mention_type"]))
        else:
            other.append((*where, toks[0], toks[-1] + 1))
    return gold, other


def annotated_articles(path: Path) -> set[str]:
    """Keys of the articles with at least one annotated entity mention (of any kind)."""
    return {m["conll_doc_key"] for m in json.loads(path.read_text(encoding="utf8"))}


def score(nlp, meantime: Path, topic: str = "", annotated_only: bool = True) -> dict:
    """Run ``nlp`` over the MEANTIME sentences and return precision/recall/F1 (typed and untyped).

    ``topic`` (e.g. "corpus_airbus") restricts the articles scored; ``annotated_only`` leaves
    out the articles nobody annotated.
    """
    sents = read_sentences(meantime / "meantime.conll")
    sents = {k: v for k, v in sents.items() if k[0].startswith(topic)}
    if annotated_only:
        annotated = annotated_articles(meantime / "entities_mentions.json")
        sents = {k: v for k, v in sents.items() if k[0] in annotated}
    gold, other = read_mentions(meantime / "entities_mentions.json", sents)
    gold_spans = {g[:4] for g in gold}
    other_by_sent = defaultdict(list)
    for o in other:
        other_by_sent[o[:2]].append(o[2:])
    keys = sorted(sents)
    docs = nlp.pipe(Doc(nlp.vocab, words=sents[k]) for k in keys)
    pred = set()
    for key, doc in zip(keys, docs):
        for ent in doc.ents:
            if ent.label_ in TYPES:
                pred.add((*key, ent.start, ent.end, ent.label_))
    tp = len(pred & gold)
    ignored = 0
    fp = 0
    for p in pred - gold:
        overlaps_other = any(s < p[3] and p[2] < e for s, e in other_by_sent[p[:2]])
        if overlaps_other and p[:4] not in gold_spans:
            ignored += 1
        else:
            fp += 1
    fn = len(gold) - tp
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / len(gold) if gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    pred_spans = {p[:4] for p in pred}
    utp = len(pred_spans & gold_spans)
    ufp = sum(
        1
        for p in pred_spans - gold_spans
        if not any(s < p[3] and p[2] < e for s, e in other_by_sent[p[:2]])
    )
    up = utp / (utp + ufp) if utp + ufp else 0.0
    ur = utp / len(gold_spans) if gold_spans else 0.0
    per_type = {}
    for t in TYPES:
        g = {x for x in gold if x[4] == t}
        p_t = {x for x in pred if x[4] == t}
        tpt = len(g & p_t)
        per_type[t] = {"gold": len(g), "pred": len(p_t), "tp": tpt}
    return {
        "articles": len({k[0] for k in sents}),
        "gold": len(gold),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "ignored": ignored,
        "p": round(prec, 3),
        "r": round(rec, 3),
        "f1": round(f1, 3),
        "untyped_f1": round(2 * up * ur / (up + ur), 3) if up + ur else 0.0,
        "per_type": per_type,
    }


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        raise SystemExit("usage: eval_meantime.py MODEL MEANTIME_NL_DIR [OUT.json]")
    sys.path.insert(0, str(Path(__file__).parent))
    import components  # noqa: F401  (registers our components for unpackaged models)

    nlp = spacy.load(sys.argv[1])
    meantime = Path(sys.argv[2])
    result = {
        "annotated": score(nlp, meantime),
        "all_articles": score(nlp, meantime, annotated_only=False),
        "airbus": score(nlp, meantime, "corpus_airbus"),
    }
    print(json.dumps(result, indent=1))
    if len(sys.argv) == 4:
        Path(sys.argv[3]).write_text(json.dumps(result, indent=1), encoding="utf8")
