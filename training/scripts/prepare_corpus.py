"""Merge the UD Dutch treebanks in training/assets into train/dev/test CoNLL-U files.

Why: the 2017 LassySmall train split uses the UD labels of 2017, while the current
LassySmall dev/test and Alpino (our test set) use today's labels. We keep the current
version of every sentence that occurs in both (deduplicated by sentence id) and map the
few 2017 conventions that can be mapped mechanically:

- ``flat:name`` -> ``flat``
- possessive determiners (DET/det ``zijn``, ``haar``, ...) -> PRON/nmod:poss with Poss=Yes
- ``zich`` as obj -> ``expl:pv`` (inherently reflexive verbs, the usual case)
- obl with ``door`` under a head with an ``aux:pass`` child -> ``obl:agent``

Three head conventions changed too, and are moved to today's (each is a small function below;
0.2.0 and earlier were trained on the 2017 heads as given):

- ``cc`` hung on the first conjunct then, on the conjunct it introduces now;
- punctuation hung on the root then, on the phrase it opens or closes now;
- only ``zijn`` is a copula now: ``worden``, ``blijven``, ``heten``... head their clause with the
  predicate as ``xcomp``.

On the 1,409 sentences annotated in both versions the 2017 heads agree with today's on 92.3 % of
the words and 30.4 % of the punctuation as given, and on 97.1 % and 87.0 % once converted.

Then, from those 1,409 sentences, it learns which (word, POS, deprel)
of 2017 became which POS and deprel today (e.g. ``fixed`` -> ``flat`` inside names, NOUN -> PROPN
in multi-word names, AUX -> VERB for main-verb ``zijn``) and applies the confident ones
(>= 60 % of >= 3 cases for the word, else >= 60 % of >= 10 cases for its POS+deprel+head POS)
to the 2017-only sentences.

Lemmas lose the ``_`` that Alpino puts into separable verbs and compounds
(``mee_nemen`` -> ``meenemen``, ``klooster_orde`` -> ``kloosterorde``).

Output: train.conllu (2017 train + twice the current LassySmall dev/test and 3/4 of Alpino dev),
dev.conllu (the other 1/4 of Alpino dev, used only to pick the best checkpoint) and
test.conllu (Alpino test, never seen in training).

Usage: python training/scripts/prepare_corpus.py training/assets training/corpus
"""

from __future__ import annotations

import sys
from pathlib import Path

POSSESSIVES = {
    "zijn": "3",
    "haar": "3",
    "hun": "3",
    "z'n": "3",
    "d'r": "3",
    "mijn": "1",
    "m'n": "1",
    "onze": "1",
    "ons": "1",
    "jouw": "2",
    "uw": "2",
}

Sentence = list[str]  # comment lines + token lines


def read_conllu(path: Path) -> list[Sentence]:
    """Split a CoNLL-U file into sentences (lists of lines, comments included)."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
        else:
            current.append(line)
    if current:
        sentences.append(current)
    return sentences


def sentence_id(sent: Sentence) -> str:
    """Return the sentence id, whether written as '# sent_id = x' or '# x.xml' (2017)."""
    for line in sent:
        if line.startswith("# sent_id"):
            return line.split("=", 1)[1].strip().removesuffix(".xml")
    for line in sent:
        if line.startswith("#"):
            return line[1:].strip().removesuffix(".xml")
    raise ValueError(f"sentence without id: {sent[:2]}")


def clean_lemma(lemma: str) -> str:
    """Drop Alpino's '_' separators inside lemmas (mee_nemen -> meenemen)."""
    if lemma == "_" or "_" not in lemma:
        return lemma
    return lemma.replace("_", "") or lemma


def normalise(sent: Sentence, upgrade_2017: bool) -> Sentence:
    """Clean lemmas, drop enhanced deps, and (for 2017 data) map labels to today's UD."""
    comments = [line for line in sent if line.startswith("#")]
    rows = [line.split("\t") for line in sent if not line.startswith("#")]
    for row in rows:
        row[2] = clean_lemma(row[2])
        row[8] = "_"
    if upgrade_2017:
        words = {row[0]: row for row in rows if row[0].isdigit()}
        passive_heads = {row[6] for row in rows if row[7] == "aux:pass"}
        for row in rows:
            if not row[0].isdigit():
                continue
            form = row[1].lower()
            if row[7] == "flat:name":
                row[7] = "flat"
            elif row[3] == "DET" and row[7] == "det" and form in POSSESSIVES:
                row[3] = "PRON"
                row[5] = f"Person={POSSESSIVES[form]}|Poss=Yes|PronType=Prs"
                row[7] = "nmod:poss"
            elif form == "zich" and row[7] == "obj":
                row[7] = "expl:pv"
            elif row[7] == "obl" and row[6] in passive_heads:
                cases = [w for w in words.values() if w[6] == row[0] and w[7] == "case"]
                if any(w[1].lower() == "door" for w in cases):
                    row[7] = "obl:agent"
    return comments + ["\t".join(row) for row in rows]


Row = list[str]  # the ten CoNLL-U columns of one word

OPENING_PUNCT = {"(", "[", "{", "«", "„", "‘", "“"}
CLOSING_PUNCT = {")", "]", "}", "»", "’", "”"}
QUOTES = {'"', "'"}
# dependents that stay with a predicate when its copula becomes the clause's head
PREDICATE_INTERNAL = {
    "det",
    "amod",
    "nmod",
    "nmod:poss",
    "case",
    "flat",
    "fixed",
    "compound",
    "nummod",
    "acl",
    "acl:relcl",
    "appos",
    "clf",
}


def promote_copulas(rows: list[Row]) -> list[Row]:
    """Make 2017 copulas other than zijn the clause's head, with the predicate as their xcomp.

    "Het werd geen geslaagd huwelijk": 2017 has huwelijk as root and werd as cop; today werd
    is the root (VERB) and huwelijk its xcomp, and the clause's subject, auxiliaries, adverbs
    and verbal conjuncts move to werd.
    """
    by_id = {row[0]: row for row in rows}
    for verb in rows:
        predicate = by_id.get(verb[6])
        if verb[7] != "cop" or verb[2] == "zijn" or predicate is None:
            continue
        verb[6], verb[7] = predicate[6], predicate[7]
        if verb[3] == "AUX":
            verb[3] = "VERB"
        predicate[6], predicate[7] = verb[0], "xcomp"
        for dep in rows:
            if (
                dep is verb
                or dep[6] != predicate[0]
                or dep[7] in PREDICATE_INTERNAL
                or dep[7] == "cc"
            ):
                continue
            if dep[7] == "conj" and dep[3] not in {"VERB", "AUX"}:
                continue  # "werd rijk en beroemd": the predicates stay coordinated
            dep[6] = verb[0]
    return rows


def attach_cc_to_next_conjunct(rows: list[Row]) -> list[Row]:
    """Hang each cc on the conjunct after it (today), not on the first conjunct (2017).

    "Jan en Piet": 2017 has en -> Jan, today en -> Piet.
    """
    conjuncts: dict[str, list[int]] = {}
    for row in rows:
        if row[7] == "conj":
            conjuncts.setdefault(row[6], []).append(int(row[0]))
    for row in rows:
        position = int(row[0])
        if row[7] != "cc" or row[6] == "0" or int(row[6]) > position:
            continue
        later = [c for c in conjuncts.get(row[6], []) if c > position]
        if later:
            row[6] = str(min(later))
    return rows


def _ancestors(heads: dict[int, int], word: int) -> list[int]:
    """The word and its heads up to the root (cycles cut at the sentence's length)."""
    chain = [word]
    while heads[chain[-1]] and len(chain) <= len(heads):
        chain.append(heads[chain[-1]])
    return chain


def attach_punct_to_phrases(rows: list[Row]) -> list[Row]:
    """Hang punctuation on the phrase it opens or closes (today), not on the root (2017).

    A comma or opening bracket goes to the highest word whose phrase starts right after it, a
    full stop to the highest word whose phrase ends right before it, and a closing bracket or
    quote to the same word as its opening one.
    """
    heads = {int(row[0]): int(row[6]) for row in rows}
    punct = {int(row[0]) for row in rows if row[7] == "punct"}
    first = {word: word for word in heads}
    last = dict(first)
    for word in heads.keys() - punct:
        for ancestor in _ancestors(heads, word)[1:]:
            first[ancestor] = min(first[ancestor], word)
            last[ancestor] = max(last[ancestor], word)
    openers: list[Row] = []
    quotes_seen = 0
    for row in rows:
        position = int(row[0])
        if position not in punct:
            continue
        is_quote = row[1] in QUOTES
        closing = row[1] in CLOSING_PUNCT or (is_quote and quotes_seen % 2 == 1)
        quotes_seen += is_quote
        if closing and openers:
            row[6] = openers.pop()[6]
            continue
        left = next((w for w in range(position - 1, 0, -1) if w not in punct), None)
        right = next((w for w in range(position + 1, len(heads) + 1) if w not in punct), None)
        starts_after = [a for a in _ancestors(heads, right) if first[a] > position] if right else []
        ends_before = [a for a in _ancestors(heads, left) if last[a] < position] if left else []
        choices = (
            (starts_after, ends_before)
            if not closing and row[1] != "."
            else (ends_before, starts_after)
        )
        chosen = next((c[-1] for c in choices if c), None)
        if chosen is not None:
            row[6] = str(chosen)
        if row[1] in OPENING_PUNCT or (is_quote and not closing):
            openers.append(row)
    return rows


def convert_heads(sent: Sentence) -> Sentence:
    """Move a 2017 sentence's heads to today's conventions (copulas, cc, punctuation)."""
    rows = attach_punct_to_phrases(attach_cc_to_next_conjunct(promote_copulas(_rows(sent))))
    by_id = {row[0]: "\t".join(row) for row in rows}
    return [by_id.get(line.split("\t")[0], line) for line in sent]


def agreement(pairs: list[tuple[Sentence, Sentence]]) -> tuple[float, float, float]:
    """How far 2017 versions match today's, in %: words with today's head, punctuation marks with
    today's head, and words with today's head and label."""
    same = {"word": 0, "punct": 0, "labelled": 0}
    total = {"word": 0, "punct": 0}
    for old, new in pairs:
        for x, y in zip(_rows(old), _rows(new)):
            kind = "punct" if y[7] == "punct" else "word"
            total[kind] += 1
            same[kind] += x[6] == y[6]
            same["labelled"] += kind == "word" and x[6] == y[6] and x[7] == y[7]
    words, punct = max(total["word"], 1), max(total["punct"], 1)
    return 100 * same["word"] / words, 100 * same["punct"] / punct, 100 * same["labelled"] / words


def _rows(sent: Sentence) -> list[list[str]]:
    return [
        line.split("\t")
        for line in sent
        if not line.startswith("#") and line.split("\t")[0].isdigit()
    ]


def _keys(rows: list[list[str]], row: list[str]) -> tuple[tuple, tuple]:
    """Lexical and structural keys of a 2017 token: (word, POS, deprel), (POS, deprel, head POS)."""
    head = int(row[6])
    head_pos = rows[head - 1][3] if 0 < head <= len(rows) else "ROOT"
    return ("word", row[1].lower(), row[3], row[7]), ("struct", row[3], row[7], head_pos)


def learn_upgrade(pairs: list[tuple[Sentence, Sentence]]) -> dict[tuple, tuple[str, str]]:
    """From (2017, current) versions of the same sentences, learn 2017 key -> (POS, deprel)
    today."""
    from collections import Counter, defaultdict

    seen: dict[tuple, Counter] = defaultdict(Counter)
    for old, new in pairs:
        a, b = _rows(old), _rows(new)
        if [r[1] for r in a] != [r[1] for r in b]:
            continue
        for x, y in zip(a, b):
            for key in _keys(a, x):
                seen[key][(y[3], y[7])] += 1
    table = {}
    for key, counts in seen.items():
        (label, n), total = counts.most_common(1)[0], sum(counts.values())
        if n / total >= 0.6 and total >= (3 if key[0] == "word" else 10):
            table[key] = label
    return table


def upgrade(sent: Sentence, table: dict[tuple, tuple[str, str]]) -> Sentence:
    """Relabel the POS and deprel of a 2017 sentence with the learned table (lexical key first)."""
    rows = _rows(sent)
    out = []
    for line in sent:
        row = line.split("\t")
        if line.startswith("#") or not row[0].isdigit():
            out.append(line)
            continue
        lex, struct = _keys(rows, row)
        label = table.get(lex) or table.get(struct)
        if label and row[7] != "root" and label[1] != "root":
            row[3], row[7] = label
        out.append("\t".join(row))
    return out


def write_conllu(path: Path, sentences: list[Sentence]) -> None:
    """Write sentences as CoNLL-U (blank line after each)."""
    path.write_text("".join("\n".join(s) + "\n\n" for s in sentences), encoding="utf8")


def main(assets: Path, out: Path) -> None:
    """Build train/dev/test CoNLL-U files from the treebank copies in ``assets``."""
    old = read_conllu(assets / "ud_dutch_lassysmall/v2.0_2017/nl_lassysmall-ud-train.conllu")
    current = [
        s
        for split in ("dev", "test")
        for s in read_conllu(
            assets / f"ud_dutch_lassysmall/v2_current/nl_lassysmall-ud-{split}.conllu"
        )
    ]
    current_ids = {sentence_id(s) for s in current}
    old_only = [s for s in old if sentence_id(s) not in current_ids]
    alpino_dev = read_conllu(assets / "ud_dutch_alpino/nl_alpino-ud-dev.conllu")
    alpino_test = read_conllu(assets / "ud_dutch_alpino/nl_alpino-ud-test.conllu")
    # hold out every 4th block of 10 sentences of Alpino dev for checkpoint selection
    held = [s for i, s in enumerate(alpino_dev) if (i // 10) % 4 == 3]
    kept = [s for i, s in enumerate(alpino_dev) if (i // 10) % 4 != 3]
    by_id = {sentence_id(s): s for s in current}
    as_given = [
        (normalise(s, True), normalise(by_id[sentence_id(s)], False))
        for s in old
        if sentence_id(s) in by_id
    ]
    pairs = [(convert_heads(old_version), new_version) for old_version, new_version in as_given]
    table = learn_upgrade(pairs)
    upgraded = [upgrade(convert_heads(normalise(s, True)), table) for s in old_only]
    # today's annotation (LassySmall v2.16 and Alpino) twice, so it outweighs the mapped 2017 style
    train = upgraded + [normalise(s, False) for s in current + kept] * 2
    out.mkdir(parents=True, exist_ok=True)
    write_conllu(out / "train.conllu", train)
    write_conllu(out / "dev.conllu", [normalise(s, False) for s in held])
    write_conllu(out / "test.conllu", [normalise(s, False) for s in alpino_test])
    n_tokens = sum(1 for s in train for line in s if line.split("\t")[0].isdigit())
    # labels mapping leaves heads alone, so the mapped pairs give the converted head figures too
    heads_given, punct_given, labelled_given = agreement(as_given)
    heads_converted, punct_converted, labelled_converted = agreement(
        [(upgrade(o, table), n) for o, n in pairs]
    )
    print(
        f"2017 heads that are today's, words / punctuation, on the {len(pairs)} sentences in both "
        "versions: "
        f"{heads_given:.1f} / {punct_given:.1f} % as given, {heads_converted:.1f} / "
        f"{punct_converted:.1f} % converted"
    )
    print(
        f"2017 heads and labels that are today's (words): {labelled_given:.1f} % as given, "
        f"{labelled_converted:.1f} % with heads converted and labels mapped"
    )
    print(
        f"train: {len(old_only)} 2017-only (labels mapped with {len(table)} learned rules) + "
        f"2 x ({len(current)} current LassySmall + {len(kept)} Alpino dev) "
        f"= {len(train)} sentences, {n_tokens} tokens; dropped {len(old) - len(old_only)} 2017 "
        "duplicates; "
        f"dev {len(held)}, test {len(alpino_test)} sentences"
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: prepare_corpus.py ASSETS_DIR OUT_DIR")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
