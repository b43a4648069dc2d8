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

#: Where a mention's name ends at the latest: an apposition, a bracket or a qualifying place
#: follows ("Steve Jobs , the Apple CEO", "Mobile , Alabama", "United States Air Force ( USAF").
_CUTS = frozenset({",", "(", ";", ":"})
#: Prepositions after a name that start a place or a qualifier ("Moscone Center in San
#: Francisco", "zijn Everett-fabriek bij Seattle").
_PREPOSITIONS = frozenset({"in", "at", "near", "bij", "nabij", "op", "from", "uit"})
#: Words that may join the words of one name ("Royal Courts of Justice", "Wal - Mart", "Defence
#: and Space Company").
_CONNECTORS = frozenset(
    {"of", "van", "de", "der", "den", "&", "voor", "for", "von", "du", "la", "and", "en", "-", "'"}
)
#: Honorifics that are no part of a person's name, besides the lexicon's titles.
_HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "justice", "officer", "dhr."}
)


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


def name_gold(folder: Path, lang: str, gold: set, other: list) -> tuple[set, list, list]:
    """The names inside MEANTIME's mentions, as (gold, other) for :func:`score`.

    MEANTIME marks a mention's whole noun phrase: titles, roles and other modifiers before the
    name, appositions, places and "City, State" after it ("Apple CEO Steve Jobs", "Senator
    McCain", "German airline Lufthansa", "Moscone Center in San Francisco", "Mobile , Alabama").
    A name finder marks the name. Here each gold mention becomes the last run of capitalised
    words before any comma, bracket or place preposition in it; a person's mention loses the
    titles before the name (unless it opens with a first name: "Martin Luther King"); in Dutch, a
    leading adjective of nationality goes unless the whole is a known name ("Duitse Lufthansa",
    the translation of "German airline Lufthansa", but "Europese Unie"). A person's mention that
    is only a title ("Apple CEO", "Prime Minister of Singapore") names nobody: it joins the other
    mentions (predictions over it are not counted either way). Every predicted span is still
    scored exactly against these names.

    The third list holds the words left out of a mention around its name: a prediction that lies
    wholly inside them ("EADS" in "... Space NV ( EADS", "Seattle" in "zijn Everett-fabriek bij
    Seattle") is a name MEANTIME annotated only as part of a phrase, and is not counted unless
    it is itself a gold name; one that reaches into the name is scored as usual.
    """
    from extract.kb import load_kb
    from extract.lexicon import load_lexicon

    sents = _protocol().read_sentences(folder / "meantime.conll")
    lexicon, kb = load_lexicon(lang), load_kb()

    def is_title(word: str) -> bool:
        return word.lower() in _HONORIFICS or bool(lexicon.role(word.lower()))

    def is_demonym(word: str) -> bool:
        return lang == "nl" and kb.demonym(word, lang) is not None and not kb.lookup(word)

    def is_first_name(word: str) -> bool:
        return kb.is_first_name(word)

    names, rest, around = set(), list(other), []
    for key, sent, start, end, type_ in gold:
        span = _name_span(
            sents[(key, sent)], start, end, type_, is_title, is_demonym, is_first_name, kb.lookup
        )
        if span is None:
            rest.append((key, sent, start, end))
        else:
            names.add((key, sent, *span, type_))
            around += [(key, sent, a, b) for a, b in ((start, span[0]), (span[1], end)) if a < b]
    return names, rest, around


def _name_span(words, start, end, type_, is_title, is_demonym, is_first_name, known):
    """(start, end) of the name in ``words[start:end]`` (see :func:`name_gold`), or None. When
    the words before the first comma name nobody ("Ryanair CEO , Michael O'Leary", "its parent
    company , EADS"), the name is the one after it."""
    cut = next((i for i in range(start + 1, end) if words[i] in _CUTS), None)
    if cut is None:
        return _name_in(words, start, end, type_, is_title, is_demonym, is_first_name, known)
    found = _name_in(words, start, cut, type_, is_title, is_demonym, is_first_name, known)
    if found is None and cut + 1 < end:
        after = next((i for i in range(cut + 1, end) if words[i] in _CUTS), end)
        found = _name_in(words, cut + 1, after, type_, is_title, is_demonym, is_first_name, known)
    return found


def _name_in(words, start, end, type_, is_title, is_demonym, is_first_name, known):
    def namey(word: str) -> bool:
        return word[:1].isupper()

    end = next(
        (i for i in range(start + 1, end) if words[i] in _PREPOSITIONS and namey(words[i - 1])),
        end,
    )

    j = end
    while j > start and not namey(words[j - 1]):
        j -= 1
    if j == start:
        return None
    i = j - 1
    while i > start:
        if namey(words[i - 1]):
            i -= 1
        elif (
            words[i - 1].lower() in _CONNECTORS
            and i - 2 >= start
            and namey(words[i - 2])
            and (words[i - 1] != "'" or len(words[i - 2]) <= 2)  # "O ' Leary", not "Beatles '"
        ):
            i -= 2
        else:
            break
    if type_ == "PER" and not is_first_name(words[i]):
        titles = [k for k in range(i, j) if is_title(words[k])]
        if titles:
            last = titles[-1]
            if last == j - 1 or words[last + 1].lower() in _CONNECTORS:
                return None  # a title, no name ("Apple CEO", "Prime Minister of Singapore")
            i = last + 1
    elif j - i >= 2 and is_demonym(words[i]) and not known(" ".join(words[i:j])):
        i += 1
    return i, j


def score(
    records: dict, offsets: dict, gold: set, other: list, around: list = ()
) -> dict[str, float]:
    """Typed and untyped P/R/F1 of the records' name mentions against the MEANTIME gold
    (``around``: regions where a prediction that is no gold name is not counted, see
    :func:`name_gold`)."""
    pred = _predictions(records, offsets)
    other_by_sent = defaultdict(list)
    for o in other:
        other_by_sent[o[:2]].append(o[2:])
    gold_spans = {g[:4] for g in gold}

    around_by_sent = defaultdict(list)
    for a in around:
        around_by_sent[a[:2]].append(a[2:])

    def overlaps_other(p) -> bool:
        return any(s < p[3] and p[2] < e for s, e in other_by_sent.get(p[:2], ())) or any(
            s <= p[2] and p[3] <= e for s, e in around_by_sent.get(p[:2], ())
        )

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


def _predictions(records: dict, offsets: dict) -> set[tuple]:
    """The records' name mentions as (article, sentence, start, end, type) in MEANTIME tokens
    (a mention across sentences as (doc id, start char, end char, type): never right)."""
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
    return pred


def misses(
    records: dict, offsets: dict, gold: set, other: list, around: list, sents: dict
) -> list[str]:
    """What :func:`score` counts wrong, one line each with its story and the words around it: a
    gold name missed (with the predictions that overlap it) or a prediction counted false (with
    the gold type of its span, if any), so that a cause met in two stories shows as such. A false
    prediction in a story none of whose scored sentences carries an annotated mention says so:
    the Dutch projection left three Apple stories unannotated there, and every name found in
    them counts false. For reading, not scoring: ``python -m bench.quality.meantime``."""
    pred = _predictions(records, offsets)
    pred = {p for p in pred if len(p) == 5}
    other_by_sent, around_by_sent = defaultdict(list), defaultdict(list)
    for o in other:
        other_by_sent[o[:2]].append(o[2:])
    for a in around:
        around_by_sent[a[:2]].append(a[2:])
    gold_types = {g[:4]: g[4] for g in gold}
    annotated = {m[0] for m in (*gold, *other, *around)}

    def unscored(p) -> bool:  # as in score(): over another kind of mention, or around a name
        return p[:4] not in gold_types and (
            any(s < p[3] and p[2] < e for s, e in other_by_sent.get(p[:2], ()))
            or any(s <= p[2] and p[3] <= e for s, e in around_by_sent.get(p[:2], ()))
        )

    def shown(key, sent, start, end) -> str:
        words = sents[(key, sent)]
        before, after = " ".join(words[max(0, start - 6) : start]), " ".join(words[end : end + 6])
        return f"{before} [{' '.join(words[start:end])}] {after}".strip()

    lines = []
    for key, sent, start, end, type_ in sorted(gold - pred):
        near = sorted(
            f"{' '.join(sents[(key, sent)][p[2] : p[3]])}/{p[4]}"
            for p in pred
            if p[:2] == (key, sent) and p[2] < end and start < p[3]
        )
        lines.append(
            f"{key} missed {type_}: {shown(key, sent, start, end)}  (found: {', '.join(near)})"
        )
    for p in sorted(pred - gold):
        if not unscored(p):
            gold_type = gold_types.get(p[:4], "-")
            unannotated = "" if p[0] in annotated else "  (story unannotated here)"
            lines.append(f"{p[0]} false {p[4]} (gold {gold_type}): {shown(*p[:4])}{unannotated}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.quality.meantime LANG [--mentions]``: print the misses of the MEANTIME
    names (or, with ``--mentions``, of the whole annotated mentions) of the development half."""
    import argparse

    from bench.quality.corpus import shared_dir
    from extract.api import extract

    parser = argparse.ArgumentParser(prog="python -m bench.quality.meantime")
    parser.add_argument("lang", choices=("en", "nl"))
    parser.add_argument("--mentions", action="store_true", help="score whole mentions")
    args = parser.parse_args(argv)
    folder = shared_dir() / "corpora" / "meantime_dev" / args.lang
    docs, offsets, gold, other = documents(folder)
    around: list = []
    if not args.mentions:
        gold, other, around = name_gold(folder, args.lang, gold, other)
    records = extract(docs, lang=args.lang, batch_size=16).records
    sents = _protocol().read_sentences(folder / "meantime.conll")
    print("\n".join(misses(records, offsets, gold, other, around, sents)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
