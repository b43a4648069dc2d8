"""Can a learned step connect the name pairs the rule routes miss? Train and measure by CV.

An experiment, not part of the pipeline. A *candidate* is two name nodes (PERSON, ORG, COUNTRY,
LOCATION) the pipeline mentions in one sentence that no typed relation of the document already
links. Its label is the type (and direction, by text order) of the gold relation between the two
gold entities the nodes stand for (``bench.quality.match.align``) whose evidence overlaps that
sentence, else NONE. Features come from the parse only: the lemmas and labels on the shortest
dependency path between the two heads, its length, the two entity types, the verb that governs the
path, a negation or auxiliary on it, the token distance (:func:`features`).

The model is a multinomial logistic regression (numpy + scipy's L-BFGS, no new package). It is
measured by 5-fold cross-validation by article (an article's English and Dutch text in the same
fold) over the dev split of ``data/yardstick`` and every tuning set: per fold, the relations the
rules found plus the classifier's edges above a threshold, scored by ``bench.quality.metrics``.

    NEWSGRAPH_SHARED=/work/shared .venv/bin/python -m training.learned_pairs [--cache PATH]

Never the test split (only ``split == dev`` articles are read), the pair probes or
the held-out sets of ``bench/probes/README.md``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from bench.quality import corpus, metrics
from bench.quality.match import NAME_TYPES, PredDoc, align, pred_docs, relation_right
from bench.quality.run import Result, _article_docs

REPO = Path(__file__).resolve().parents[1]
PROBES = REPO / "bench" / "probes"
#: (data folder, language) of every set trained and measured on: the yardstick's dev split and
#: the tuning sets of bench/probes/README.md (never the probes).
SETS = [(REPO / "data" / "yardstick", "en"), (REPO / "data" / "yardstick", "nl")] + [
    (PROBES / f"{name}_{lang}", lang)
    for lang in ("en", "nl")
    for name in (
        "pairs_fresh",
        "pairs_fresh3",
        "pairs_fresh4",
        "pairs_fresh5",
        "pairs_fresh6",
        "pairs_fresh7",
        "pairs_fresh8",
        "disaster_fresh",
        "events_fresh",
    )
]
NONE = "NONE"
#: The one label of a related pair when only relatedness is learned (``--binary``).
RELATED = "RELATED>"
#: Types that hold both ways (bench.quality.match.SYMMETRIC_TYPES): no direction in the label.
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})
#: The threshold whose own edges are broken down by type.
BREAKDOWN = 0.4
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


@dataclass
class Candidate:
    """Two name nodes in one sentence, ``first`` before ``second`` in the text."""

    first: str
    second: str
    sentence: str
    features: list[str]
    label: str = NONE


@dataclass
class Item:
    """One article in one language: its gold, the rules' predictions and its candidates."""

    key: str  # set/lang/article
    group: str  # the article id: its translations share a fold
    lang: str
    gold: corpus.Gold
    pred: PredDoc
    candidates: list[Candidate] = field(default_factory=list)


# ---------------------------------------------------------------- the parse


def _path(a, b) -> tuple[list, list, object] | None:
    """(tokens up from ``a`` to the lowest common ancestor, down from it to ``b``, the ancestor);
    None when they are in different trees."""
    up_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    down = [b]
    for t in b.ancestors:
        if down[-1].i in index:
            break
        down.append(t)
    if down[-1].i not in index:
        return None
    lca = down[-1]
    return up_a[: index[lca.i]], list(reversed(down[:-1])), lca


def _negated_or_auxiliary(token) -> list[str]:
    """Features of a negation or auxiliary attached to ``token`` (read from labels and morphology,
    no word lists)."""
    out = []
    for child in token.children:
        if child.dep_ == "neg" or "Neg" in child.morph.get("Polarity"):
            out.append("neg")
        if child.dep_.startswith("aux") or child.pos_ == "AUX":
            out.append(f"aux={child.lemma_.lower()}")
            if child.tag_ == "MD" or "Mod" in child.morph.get("VerbType"):
                out.append("modal")
    return out


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-12" if n < 13 else "13+"


def features(span_a, span_b, type_a: str, type_b: str, lang: str) -> list[str]:
    """The candidate's features, ``span_a`` before ``span_b`` in one sentence."""
    a, b = span_a.root, span_b.root
    f = [f"t={type_a}>{type_b}", f"t1={type_a}", f"t2={type_b}", f"lang={lang}"]
    gap = max(0, span_b.start - span_a.end)
    f.append(f"dist={_bucket(gap)}")
    between = span_a.doc[span_a.end : span_b.start]
    f += [f"btw_punct={t.text}" for t in between if t.is_punct][:3]
    found = _path(a, b)
    if found is None:
        return [*f, "nopath"]
    up, down, lca = found
    f.append(f"len={_bucket(len(up) + len(down))}")
    f += [f"d1={a.dep_}", f"d2={b.dep_}", f"d1d2={a.dep_}>{b.dep_}"]
    deps = [f"{t.dep_}^" for t in up] + [f"{t.dep_}v" for t in down]
    f += [f"dep={d}" for d in deps]
    if len(deps) <= 4:
        f.append("dpath=" + " ".join(deps))
        f.append("dpath_t=" + " ".join(deps) + f"|{type_a}>{type_b}")
    inner = [t for t in up[1:] + [lca] + down[:-1] if t.i not in (a.i, b.i)]
    f += [f"lem={t.lemma_.lower()}" for t in inner]
    f += [f"pos={t.pos_}" for t in inner]
    f.append(f"lca={lca.lemma_.lower()}/{lca.pos_}")
    verb = next((t for t in [lca, *lca.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        f += [f"gv={verb.lemma_.lower()}", f"gv_t={verb.lemma_.lower()}|{type_a}>{type_b}"]
        f += [f"gv_d={verb.lemma_.lower()}|{a.dep_}>{b.dep_}"]
        f += _negated_or_auxiliary(verb)
    for t in inner:
        f += [x for x in _negated_or_auxiliary(t) if x in ("neg", "modal")]
    if lca.i == a.i or lca.i == b.i:
        f.append("dominates")
    return f


# ---------------------------------------------------------------- collecting


def _extract_with_docs(documents, lang: str) -> tuple[dict[str, PredDoc], dict[str, object]]:
    """Records per document (bench.quality's reader) and the spaCy Doc of each, caught as
    extraction makes it (a text cut into pieces keeps none: its offsets would not fit)."""
    import extract.api as api
    from extract.records import DOCUMENT_KEY

    caught: dict[str, list] = defaultdict(list)
    original = api._components

    def catching(nlp, docs, batch_size, on_component):
        out = original(nlp, docs, batch_size, on_component)
        for doc in out:
            caught[doc.user_data[DOCUMENT_KEY]["id"]].append(doc)
        return out

    api._components = catching
    try:
        result = api.extract(documents, lang=lang, batch_size=16)
    finally:
        api._components = original
    return pred_docs(result.records), {k: v[0] for k, v in caught.items() if len(v) == 1}


def _linked(pred: PredDoc) -> set[frozenset]:
    return {frozenset((r["source"], r["target"])) for r in pred.typed_relations}


def _label(gold: corpus.Gold, text: str, ends: tuple[set, set], span: tuple[int, int]) -> str:
    """The type (with direction by text order) of a gold relation between the two ends whose
    evidence overlaps the sentence ``span``, else NONE."""
    first, second = ends
    for g in gold.relations:
        if g["source"] in first and g["target"] in second:
            forward = True
        elif g["source"] in second and g["target"] in first:
            forward = False
        else:
            continue
        evidence = g.get("evidence") or ""
        at = text.find(evidence) if evidence else -1
        if at < 0 or at >= span[1] or at + len(evidence) <= span[0]:
            continue
        kind = g["types"][0]
        if kind in SYMMETRIC or not g["directed"]:
            return kind
        return f"{kind}{'>' if forward else '<'}"
    return NONE


def candidates(pred: PredDoc, doc, records_sentences: dict, lang: str) -> list[Candidate]:
    """The unlinked name pairs of each sentence (the nearest two mentions of the two nodes)."""
    linked = _linked(pred)
    by_sentence: dict[str, list[dict]] = defaultdict(list)
    for m in records_sentences["mentions"]:
        node = pred.nodes.get(m["entity"])
        if node and node["type"] in NAME_TYPES:
            by_sentence[m["sentence"]].append(m)
    out = []
    for sid, ments in by_sentence.items():
        best: dict[tuple[str, str], tuple] = {}
        ments = sorted(ments, key=lambda m: m["start"])
        for i, ma in enumerate(ments):
            for mb in ments[i + 1 :]:
                if ma["entity"] == mb["entity"] or mb["start"] < ma["end"]:
                    continue
                if frozenset((ma["entity"], mb["entity"])) in linked:
                    continue
                key = tuple(sorted((ma["entity"], mb["entity"])))
                gap = mb["start"] - ma["end"]
                if key not in best or gap < best[key][0]:
                    best[key] = (gap, ma, mb)
        for _gap, ma, mb in best.values():
            sa = doc.char_span(ma["start"], ma["end"], alignment_mode="expand")
            sb = doc.char_span(mb["start"], mb["end"], alignment_mode="expand")
            if sa is None or sb is None:
                continue
            ta, tb = pred.nodes[ma["entity"]]["type"], pred.nodes[mb["entity"]]["type"]
            out.append(Candidate(ma["entity"], mb["entity"], sid, features(sa, sb, ta, tb, lang)))
    return out


def collect(log=lambda m: print(m, file=sys.stderr)) -> list[Item]:
    """Every dev and tuning article, extracted once, with its labelled candidates."""
    shared = corpus.shared_dir()
    items = []
    for data, lang in SETS:
        if not (data / "articles.tsv").is_file():
            continue
        articles = corpus.select(corpus.read_articles(data), "dev")
        found = _article_docs(articles, lang, data, shared, Result())
        if not found:
            continue
        log(f"{data.name}/{lang}: {len(found)} articles")
        preds, spacy_docs = _extract_with_docs([d for _, _, d in found], lang)
        for art, gold, document in found:
            pred = preds.get(art.id, PredDoc(art.id))
            item = Item(f"{data.name}/{lang}/{art.id}", art.id, lang, gold, pred)
            doc = spacy_docs.get(art.id)
            if doc is not None:
                recs = doc._.records
                spans = {s["id"]: (s["start"], s["end"]) for s in recs["sentences"]}
                item.candidates = candidates(pred, doc, recs, lang)
                al = align(gold.entities, pred)
                for cand in item.candidates:
                    ends = (al.to_gold.get(cand.first, set()), al.to_gold.get(cand.second, set()))
                    if ends[0] and ends[1] and cand.sentence in spans:
                        cand.label = _label(gold, document.text, ends, spans[cand.sentence])
            items.append(item)
    return items


# ---------------------------------------------------------------- the model


class Softmax:
    """Multinomial logistic regression with an L2 penalty, fitted by L-BFGS."""

    def __init__(self, l2: float = 1.0, min_count: int = 2) -> None:
        self.l2, self.min_count = l2, min_count

    def _matrix(self, rows: list[list[str]]) -> sparse.csr_matrix:
        data, cols, ptr = [], [], [0]
        for row in rows:
            ids = sorted({self.vocab[f] for f in row if f in self.vocab})
            cols += ids
            data += [1.0] * len(ids)
            ptr.append(len(cols))
        x = sparse.csr_matrix((data, cols, ptr), shape=(len(rows), len(self.vocab)))
        bias = sparse.csr_matrix(np.ones((len(rows), 1)))
        return sparse.hstack([x, bias]).tocsr()

    def fit(self, rows: list[list[str]], labels: list[str]) -> Softmax:
        counts = Counter(f for row in rows for f in set(row))
        self.vocab = {
            f: n for n, f in enumerate(sorted(f for f, c in counts.items() if c >= self.min_count))
        }
        self.classes = sorted(set(labels), key=lambda c: (c != NONE, c))
        x = self._matrix(rows)
        y = np.zeros((len(rows), len(self.classes)))
        y[np.arange(len(rows)), [self.classes.index(c) for c in labels]] = 1
        shape = (x.shape[1], len(self.classes))
        xt = x.T.tocsr()  # the gradient's product, made once

        def loss(flat):
            w = flat.reshape(shape)
            z = x @ w
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            value = -np.sum(y * np.log(p + 1e-12)) + 0.5 * self.l2 * np.sum(w[:-1] ** 2)
            grad = xt @ (p - y)
            grad[:-1] += self.l2 * w[:-1]
            return value, np.asarray(grad).ravel()

        fitted = minimize(
            loss, np.zeros(shape).ravel(), jac=True, method="L-BFGS-B", options={"maxiter": 150}
        )
        self.w = fitted.x.reshape(shape)
        return self

    def proba(self, rows: list[list[str]]) -> np.ndarray:
        z = self._matrix(rows) @ self.w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)


# ---------------------------------------------------------------- measuring


def folds(items: list[Item], k: int = 5) -> list[list[Item]]:
    """``k`` folds by article (all its sets and languages together), sizes balanced greedily."""
    groups: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        groups[item.group].append(item)
    rng = np.random.default_rng(13)
    order = sorted(groups)
    rng.shuffle(order)
    out: list[list[Item]] = [[] for _ in range(k)]
    for n, g in enumerate(order):
        out[n % k] += groups[g]
    return out


def _edges(item: Item, probs: np.ndarray, classes: list[str], threshold: float) -> list[dict]:
    """The classifier's relations of one article above ``threshold`` (one per node pair, its
    most probable sentence)."""
    best: dict[frozenset, tuple[float, dict]] = {}
    for cand, p in zip(item.candidates, probs):
        related = 1.0 - p[0]
        if related < threshold:
            continue
        label = classes[1 + int(np.argmax(p[1:]))]
        kind, way = label.rstrip("<>"), label[-1]
        src, tgt = (cand.second, cand.first) if way == "<" else (cand.first, cand.second)
        rel = {
            "source": src,
            "target": tgt,
            "type": kind,
            "confidence": related,
            "sentence": cand.sentence,
            "learned": True,
        }
        key = frozenset((src, tgt))
        if key not in best or related > best[key][0]:
            best[key] = (related, rel)
    return [rel for _, rel in best.values()]


def _oracle(item: Item) -> tuple[np.ndarray, list[str]]:
    """The gold labels as probabilities: the ceiling of what the candidates can add."""
    classes = [NONE, *sorted({c.label for c in item.candidates} - {NONE})]
    probs = np.zeros((len(item.candidates), len(classes)))
    for n, c in enumerate(item.candidates):
        probs[n, classes.index(c.label)] = 1.0
    return probs, classes


def evaluate(
    items: list[Item],
    l2: float,
    per_language: bool,
    log,
    fraction: float = 1.0,
    binary: bool = False,
) -> dict:
    """Cross-validated counts per language and threshold, and the rules' counts alone;
    ``fraction`` of each fold's training articles (drawn by article) is trained on, for a
    learning curve; ``binary`` learns only whether a pair is related (its edges are typed
    RELATED, never right: read the pair columns)."""
    parts = folds(items)
    rng = np.random.default_rng(7)
    probs: dict[str, np.ndarray] = {}
    classes: dict[str, list[str]] = {}
    for n, test in enumerate(parts):
        train = [i for m, p in enumerate(parts) if m != n for i in p]
        kept = {g for g in sorted({i.group for i in train}) if rng.random() < fraction}
        train = [i for i in train if i.group in kept]
        langs = ("en", "nl") if per_language else (None,)
        for lang in langs:
            rows = [
                (c.features, c.label if c.label == NONE or not binary else RELATED)
                for i in train
                if lang in (None, i.lang)
                for c in i.candidates
            ]
            model = Softmax(l2).fit([r for r, _ in rows], [y for _, y in rows])
            for item in test:
                if lang in (None, item.lang) and item.candidates:
                    probs[item.key] = model.proba([c.features for c in item.candidates])
                    classes[item.key] = model.classes
        log(f"fold {n + 1}/{len(parts)} done")
    out: dict = {}
    for lang in ("en", "nl"):
        mine = [i for i in items if i.lang == lang]
        base = Counter()
        for i in mine:
            base += metrics.score_article(i.gold.entities, i.gold.relations, i.pred)
        out[(lang, None)] = (base, Counter())
        for t in (*THRESHOLDS, "oracle"):
            total, own = Counter(), Counter()
            for i in mine:
                if t == "oracle":
                    added = _edges(i, *_oracle(i), 0.5)
                else:
                    added = _edges(i, probs[i.key], classes[i.key], t) if i.key in probs else []
                pred = PredDoc(i.pred.doc_id, i.pred.nodes, i.pred.relations + added)
                total += metrics.score_article(i.gold.entities, i.gold.relations, pred)
                al = align(i.gold.entities, i.pred)
                events = {g["id"]: g for g in i.gold.entities if g["type"] == "EVENT"}
                for rel in added:
                    right = relation_right(rel, al, i.gold.relations, events)
                    own["edges"] += 1
                    if right is not None:
                        own["between_gold"] += 1
                        own["right"] += right
                        own["pair_right"] += _pair_in_gold(rel, al, i.gold.relations)
                        own[f"type:{rel['type']}"] += 1
                        own[f"right:{rel['type']}"] += right
            out[(lang, t)] = (total, own)
    return out


def _pair_in_gold(rel: dict, al, gold_relations: list[dict]) -> bool:
    gs, gt = al.to_gold.get(rel["source"], set()), al.to_gold.get(rel["target"], set())
    """Whether the gold relates the two ends at all (any type, either way, any evidence)."""
    return any(
        (g["source"] in gs and g["target"] in gt) or (g["source"] in gt and g["target"] in gs)
        for g in gold_relations
    )


def table(results: dict, title: str) -> str:
    lines = [
        f"## {title}",
        "",
        "| lang | threshold | pairs recall | typed | relation precision | own edges | "
        "own between gold | own right (typed) | own pair in gold |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for (lang, t), (c, own) in results.items():
        f = metrics.figures(c)
        share = own["right"] / own["between_gold"] if own["between_gold"] else float("nan")
        pair = own["pair_right"] / own["between_gold"] if own["between_gold"] else float("nan")
        lines.append(
            f"| {lang} | {'rules' if t is None else t} | {f['pairs.recall']:.3f} | "
            f"{f['pairs.typed_accuracy']:.3f} | {f['relations.precision']:.3f} | {own['edges']} | "
            f"{own['between_gold']} | {share:.3f} | {pair:.3f} |"
        )
    for (lang, t), (_c, own) in results.items():
        if t == BREAKDOWN:
            kinds = sorted(
                (k[5:] for k in own if k.startswith("type:")), key=lambda k: -own[f"type:{k}"]
            )
            lines.append(
                f"\n{lang} at {t}, own edges between gold entities right / made, per type: "
                + ", ".join(f"{k} {own[f'right:{k}']}/{own[f'type:{k}']}" for k in kinds)
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="a pickle of the extracted items, made once")
    parser.add_argument("--l2", type=float, nargs="+", default=[1.0], help="L2 penalties to try")
    parser.add_argument(
        "--fraction", type=float, default=1.0, help="share of training articles (learning curve)"
    )
    parser.add_argument(
        "--binary", action="store_true", help="learn only whether a pair is related"
    )
    parser.add_argument(
        "--models",
        choices=("joint", "split", "both"),
        default="both",
        help="one model with the language as a feature, one per language, or both",
    )
    args = parser.parse_args(argv)
    log = lambda m: print(m, file=sys.stderr)  # noqa: E731
    if args.cache and args.cache.is_file():
        items = pickle.loads(args.cache.read_bytes())
    else:
        items = collect(log)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(items))
    labels = Counter(c.label for i in items for c in i.candidates)
    print(
        f"{len(items)} articles, {sum(labels.values())} candidates; labels: "
        + ", ".join(f"{k} {v}" for k, v in labels.most_common())
    )
    for l2 in args.l2:
        for per_language in {"joint": (False,), "split": (True,), "both": (False, True)}[
            args.models
        ]:
            res = evaluate(items, l2, per_language, log, args.fraction, args.binary)
            how = "one model per language" if per_language else "one model, language a feature"
            how += f", trained on {args.fraction:.0%} of each fold's rest"
            how += ", binary" if args.binary else ""
            print(
                table(
                    res,
                    f"l2 {l2}, {how}",
                )
            )
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
