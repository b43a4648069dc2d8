"""Running the scorer: which articles, one extraction per language, figures under flat keys."""

from __future__ import annotations

import sys
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from bench.quality import agreement, corpus, meantime, metrics
from bench.quality.match import PredDoc, pred_docs

#: Per-domain keys keep only the headline figures (per-type and calibration rows would be tiny).
DOMAIN_SKIP = (".type.", "calibration.")


@dataclass
class Result:
    figures: dict[str, float] = field(default_factory=dict)
    explained: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    articles: dict[str, list[str]] = field(default_factory=dict)  # lang -> article ids scored
    misses: dict[str, str] = field(default_factory=dict)  # lang -> the --misses table
    wrong: dict[str, str] = field(default_factory=dict)  # lang -> the --wrong listing
    wrong_times: dict[str, str] = field(default_factory=dict)  # lang -> the --wrong-times listing
    names: dict[str, str] = field(default_factory=dict)  # lang -> the --names listing

    def add(self, prefix: str, figures: dict[str, float], counts: Counter | None = None) -> None:
        self.figures.update({f"{prefix}.{k}": v for k, v in figures.items()})
        if counts:
            self.counts.update({f"{prefix}.{k}": v for k, v in sorted(counts.items()) if v})


def _extract(documents, lang: str, log) -> dict[str, PredDoc]:
    """Records per document id, from one batched call of newsgraph's extraction."""
    from extract.api import extract

    if not documents:
        return {}
    result = extract(documents, lang=lang, batch_size=16)
    for source, reason in result.errors:
        log(f"extraction failed: {reason}")
    return pred_docs(result.records)


def _article_docs(articles, lang: str, data: Path, shared: Path, res: Result):
    """(article, gold, Document) for every selected article with a gold ``a`` file."""
    from extract.documents import Document

    out = []
    for art in articles:
        path = corpus.gold_path(data, lang, art.id)
        if not path.is_file():
            continue
        text = corpus.article_text(art, lang, data, shared)
        if text is None:
            res.problems.append(f"{path}: no {lang} text for {art.id}; article left out")
            continue
        gold = corpus.read_gold(path, text)
        res.problems += gold.problems
        date = art.date
        if lang == "en":
            date = (corpus.english_row(art, shared).get("date") or art.date)[:10]
        out.append(
            (
                art,
                gold,
                Document(
                    id=art.id, title="", text=text, source=str(path), date=date, language=lang
                ),
            )
        )
    return out


def score(
    data: Path,
    split: str,
    langs: list[str],
    *,
    shared: Path | None = None,
    with_meantime: bool = True,
    explain: list[str] | None = None,
    misses: bool = False,
    wrong: bool = False,
    wrong_times: bool = False,
    names: bool = False,
    log=lambda m: print(m, file=sys.stderr),
) -> Result:
    """Every figure of the yardstick for ``split`` and ``langs``; ``explain`` lists the
    articles whose matching is printed in detail (only those are then scored); ``misses``
    also sorts the missed gold pairs of each language (:mod:`bench.quality.misses`); ``wrong``
    lists the wrong predicted relations of each language (:mod:`bench.quality.wrong`);
    ``wrong_times`` the wrong dates and modes of found gold relations
    (:mod:`bench.quality.timing`); ``names`` lists the false, missed and split names
    (:mod:`bench.quality.names`)."""
    shared = shared or corpus.shared_dir()
    res = Result()
    articles = corpus.select(corpus.read_articles(data), split)
    if explain:
        articles = [a for a in articles if a.id in explain]
        with_meantime = False
    scored: dict[str, dict[str, tuple]] = {}
    for lang in langs:
        items = _article_docs(articles, lang, data, shared, res)
        res.articles[lang] = [a.id for a, _, _ in items]
        routes = resolved = None
        with ExitStack() as watching:
            if wrong:
                from bench.quality.routes import noting_routes

                routes = watching.enter_context(noting_routes())
            if misses:
                from bench.quality.resolutions import noting_resolutions

                resolved = watching.enter_context(noting_resolutions())
            preds = _extract([d for _, _, d in items], lang, log)
        total: Counter = Counter()
        by_domain: dict[str, Counter] = {}
        scored[lang] = {}
        for art, gold, _doc in items:
            pred = preds.get(art.id, PredDoc(art.id))
            counts = metrics.score_article(gold.entities, gold.relations, pred)
            counts["articles"] += 1
            total += counts
            by_domain.setdefault(art.domain, Counter()).update(counts)
            scored[lang][art.id] = (gold, pred)
            if explain:
                from bench.quality.explain import explain as explain_article

                res.explained.append(explain_article(gold, pred))
        if items:
            res.add(f"{lang}.{split}", metrics.figures(total), total)
            for domain, counts in sorted(by_domain.items()):
                figs = {
                    k: v
                    for k, v in metrics.figures(counts).items()
                    if not any(s in k for s in DOMAIN_SKIP)
                }
                res.add(f"{lang}.{split}.{domain}", figs, Counter({"articles": counts["articles"]}))
        if wrong_times and items:
            docs = {a.id: d for a, _, d in items}
            res.wrong_times[lang] = _wrong_times(scored[lang], docs, lang)
        if misses and items:
            res.misses[lang] = _misses(scored[lang], lang, total["pairs.gold"], resolved)
        if wrong and items:
            res.wrong[lang] = _wrong(
                scored[lang], {a.id: d.text for a, _, d in items}, lang, routes.of
            )
        if names and items:
            from bench.quality.names import name_errors, table

            res.names[lang] = table(
                lang, [e for gold, pred in scored[lang].values() for e in name_errors(gold, pred)]
            )
        if not explain:
            _event_typing(res, data, split, lang, log)
        if with_meantime:
            _meantime(res, shared, lang, log)
    if "en" in scored and "nl" in scored:
        c: Counter = Counter()
        for aid, (gold_nl, pred_nl) in scored["nl"].items():
            if aid in scored["en"]:
                gold_en, pred_en = scored["en"][aid]
                c += metrics.crosslingual_counts(gold_en, pred_en, gold_nl, pred_nl)
        res.add(f"xling.{split}", metrics.crosslingual_figures(c), c)
    return res


def _wrong_times(scored: dict[str, tuple], docs: dict, lang: str) -> str:
    """The --wrong-times listing of one language (``docs``: article id -> Document)."""
    from bench.quality import timing

    found = []
    for aid, (gold, pred) in scored.items():
        found += timing.wrong_times(gold, pred, docs[aid].text, docs[aid].date)
    return timing.table(lang, found)


def _misses(scored: dict[str, tuple], lang: str, gold_pairs: int, resolved=None) -> str:
    """The --misses table of one language: evidence sentences parsed by the language's
    pipeline without newsgraph's own components; ``resolved``: what the resolver made of the
    pronouns and descriptions while extracting (:mod:`bench.quality.resolutions`)."""
    from bench.quality import misses
    from bench.quality.match import align
    from extract.grammar.argument_words import load_grammar
    from extract.pipeline import lexicon_loader, load_pipeline

    nlp = load_pipeline(lang)
    ours = [name for name in nlp.pipe_names if name.startswith("newsgraph_")]

    def parse(texts: list[str]):
        with nlp.select_pipes(disable=ours):
            return list(nlp.pipe(texts))

    grammar = load_grammar(lang)
    words = misses.Words(
        pronouns=frozenset(grammar.pronouns),
        nouns=frozenset(grammar.descriptions) | frozenset(lexicon_loader(lang).roles),
    )
    found, wrong_type = [], []
    gold_types: Counter = Counter()
    for aid, (gold, pred) in scored.items():
        types = {e["id"]: e["type"] for e in gold.entities}
        ends = align(gold.entities, pred).to_pred
        found += misses.classify(
            aid, misses.missed(gold, pred), parse, types, words, pred, ends, resolved
        )
        wrong_type += misses.mistyped(aid, gold, pred)
        gold_types.update(t for g in gold.relations for t in g["types"])
    return (
        misses.table(lang, found, gold_pairs)
        + "\n\n"
        + misses.type_table(lang, found + wrong_type, gold_types)
    )


def _wrong(scored: dict[str, tuple], texts: dict[str, str], lang: str, rule_of) -> str:
    """The --wrong listing of one language, then right and wrong per rule (``rule_of(rel)``)."""
    from bench.quality import wrong

    found, right, rules = [], Counter(), []
    for aid, (gold, pred) in scored.items():
        found += wrong.wrong_relations(gold, pred, texts.get(aid, ""))
        right += wrong.right_counts(gold, pred)
        rules += [(rule_of(rel), rel["confidence"], ok) for rel, ok in wrong.judged(gold, pred)]
    return wrong.table(lang, found, right) + "\n" + wrong.rule_table(lang, rules)


def _event_typing(res: Result, data: Path, split: str, lang: str, log) -> None:
    rows = [
        r for r in corpus.read_event_typing(data, lang) if split == "all" or r.get("split") == split
    ]
    if not rows:
        return
    c, _ = typing_scores(rows, lang, log, f"{lang}.tsv", res.problems)
    res.add(f"{lang}.{split}", metrics.typing_figures(c), c)


def typing_scores(
    rows: list[dict], lang: str, log, name: str, problems: list[str]
) -> tuple[Counter, list[tuple[dict, str]]]:
    """The event-typing counts of ``rows`` (each sentence extracted as a document of its own)
    and the rows typed wrong with what was predicted; a row whose source or target is not in
    its sentence is added to ``problems`` under the file ``name``."""
    from extract.documents import Document

    docs = [
        Document(
            id=f"typing-{lang}-{n}",
            title="",
            text=r["sentence"],
            source=f"{name}:{r.get('id')}",
            language=lang,
        )
        for n, r in enumerate(rows)
    ]
    preds = _extract(docs, lang, log)
    predictions = [
        metrics.typing_prediction(preds.get(d.id, PredDoc(d.id)), r["source"], r["target"])
        for d, r in zip(docs, rows)
    ]
    for row in rows:
        if row["source"] not in row["sentence"] or row["target"] not in row["sentence"]:
            problems.append(f"{name} {row.get('id')}: source or target is not in the sentence")
    wrong = [(r, p) for r, p in zip(rows, predictions) if p != r["type"]]
    return metrics.typing_counts(rows, predictions), wrong


def score_typing_file(path: Path, lang: str, log=lambda m: print(m, file=sys.stderr)) -> Result:
    """Event typing on a file laid out like ``event_typing/LANG.tsv`` (every row, whatever
    its split), under the prefix ``LANG.probe``; the rows typed wrong are listed in
    ``Result.wrong[lang]``."""
    res = Result()
    rows = corpus.read_typing_rows(path)
    c, wrong = typing_scores(rows, lang, log, path.name, res.problems)
    res.add(f"{lang}.probe", metrics.typing_figures(c), c)
    res.wrong[lang] = "\n".join(
        f"  {r.get('id')}: {r['type']} -> {pred}  [{r['source']} -> {r['target']}]"
        f"{' (' + r['note'] + ')' if r.get('note') else ''}  {r['sentence']}"
        for r, pred in wrong
    )
    return res


def _meantime(res: Result, shared: Path, lang: str, log) -> None:
    folder = shared / "corpora" / "meantime_dev" / lang
    if not (folder / "meantime.conll").is_file():
        copy = (
            corpus.REPO / "training" / "assets" / f"meantime_{lang}"
        )  # the Dutch part is kept there
        if not (copy / "meantime.conll").is_file():
            log(f"MEANTIME: no {folder}; skipped")
            return
        folder = copy
    from extract.api import extract

    docs, offsets, gold, other = meantime.documents(folder)
    result = extract([d for d in docs], lang=lang, batch_size=16)
    res.add(
        f"meantime.{lang}",
        meantime.score(result.records, offsets, gold, other),
        Counter({"gold": len(gold), "articles": len(docs)}),
    )
    names, rest, around = meantime.name_gold(folder, lang, gold, other)
    res.add(
        f"meantime.{lang}.names",
        meantime.score(result.records, offsets, names, rest, around),
        Counter({"gold": len(names)}),
    )


def score_agreement(data: Path, split: str, langs: list[str], shared: Path | None = None) -> Result:
    """a against b for every selected article that has both files; no extraction (the texts
    are read only to check the forms and evidence of both files)."""
    shared = shared or corpus.shared_dir()
    res = Result()
    articles = corpus.select(corpus.read_articles(data), split)
    for lang in langs:
        c: Counter = Counter()
        ids = []
        for art in articles:
            pa, pb = (
                corpus.gold_path(data, lang, art.id, "a"),
                corpus.gold_path(data, lang, art.id, "b"),
            )
            if pa.is_file() and pb.is_file():
                text = corpus.article_text(art, lang, data, shared)
                a, b = corpus.read_gold(pa, text), corpus.read_gold(pb, text)
                res.problems += a.problems + b.problems
                one = agreement.agreement_counts(a, b)
                res.add(
                    f"{lang}.{split}.agreement.article.{art.id}", agreement.agreement_figures(one)
                )
                c += one
                ids.append(art.id)
        res.articles[lang] = ids
        if ids:
            res.add(f"{lang}.{split}.agreement", agreement.agreement_figures(c), c)
    return res
