"""``--misses``: where the gold pairs that no predicted relation links are lost.

Each missed gold relation goes to one bucket, so the constructions worth building first show:

- ``end not found``: an end matches no predicted node (a name problem, not a relation one);
- ``other sentence``: both ends were found, but one of them is not named in the evidence
  sentence by any of its predicted forms; :func:`stand_in` says what stands for it there and
  what the resolver made of it while extracting (:mod:`bench.quality.resolutions`): a pronoun or
  definite description resolved to that end, to another entity, to nothing, or never asked
  about; an event with another event node in the sentence or none; nothing; or neither end;
- otherwise the syntactic path between the two names in the evidence sentence, by the most
  telling label on it (:func:`path_kind`): a relative clause, a participle, an xcomp/ccomp, an
  adverbial clause, coordinated ends, a conjunct on the path, an apposition, a copula, an
  nmod/obl chain, a modifier (compound, possessive, adjective), or plain subject and object.

Dependency labels of both schemes are read: ClearNLP (English) and UD (Dutch).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Doc, Token

from bench.quality.match import PredDoc, align, linking

if TYPE_CHECKING:
    from bench.quality.resolutions import Resolution, Resolutions

END_NOT_FOUND = "end not found"
OTHER_SENTENCE = "other sentence"
SAME_PHRASE = "same phrase"

#: (bucket, labels): the first bucket one of whose labels is on the path names it.
PATH_BUCKETS: tuple[tuple[str, frozenset[str]], ...] = (
    ("relative clause", frozenset({"relcl", "acl:relcl"})),
    ("participle", frozenset({"acl"})),
    ("xcomp/ccomp", frozenset({"xcomp", "ccomp"})),
    ("adverbial clause", frozenset({"advcl", "parataxis"})),
    ("conjunct on path", frozenset({"conj"})),
    ("apposition", frozenset({"appos"})),
    ("copula", frozenset({"attr", "acomp", "cop"})),
    (
        "nmod/obl chain",
        frozenset({"prep", "pobj", "pcomp", "agent", "dative", "nmod", "obl", "obl:agent"}),
    ),
    (
        "modifier",
        frozenset({"compound", "poss", "nmod:poss", "amod", "nn", "flat", "flat:name", "npadvmod"}),
    ),
    ("subject-object", frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj"})),
)
OTHER_PATH = "other path"
BUCKETS = (
    END_NOT_FOUND,
    OTHER_SENTENCE,
    SAME_PHRASE,
    "coordinated ends",
    *(name for name, _ in PATH_BUCKETS),
    OTHER_PATH,
)


#: What stands for an end that the evidence sentence does not name (:func:`stand_in`): for a
#: pronoun or a description, what the resolver made of it (:mod:`bench.quality.resolutions`).
STAND_INS = tuple(
    f"{kind} {done}"
    for kind in ("pronoun", "description")
    for done in ("resolved to the end", "resolved to another entity", "not resolved", "never asked")
) + ("event: another event node here", "event: no event node here", "not named", "both ends")


@dataclass(frozen=True)
class Words:
    """The words of one language that may stand for a name: personal and possessive pronouns,
    and description or title nouns ("company", "minister", "kabinet")."""

    pronouns: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()


def stand_in(
    evidence: str,
    absent: list[str],
    types: dict[str, str],
    words: Words,
    resolved: Iterable[Resolution] = (),
    end_ids: Iterable[str] = (),
    other_event: bool = False,
    named_ids: Iterable[str] = (),
) -> str:
    """What stands for the ends of a gold relation that ``evidence`` does not name (``absent``,
    gold ids; ``types``: gold id -> type): "both ends" when neither is named; for an event,
    whether the sentence names another predicted event node (``other_event``: the event noun was
    tied to the wrong node) or none (it was tied to no event); else, for the pronoun or failing
    that the description or title noun in the sentence, what the resolver made of it
    (``resolved``: the words it was asked about there; ``end_ids``: the predicted nodes of the
    absent end): resolved to the end (lost after that), to another entity, to nothing, or never
    asked about (the pronoun's kind first, but a kind a route asked about before one it never
    did); "not named" when no such word is there (a subject carried over, a speaker).
    A word the resolver tied only to the end the sentence does name (``named_ids``: its
    predicted nodes; "she" in "Theresa May stepped down after she was unable to ...") stands for
    that end, not the absent one, and is passed over."""
    if len(absent) > 1:
        return "both ends"
    if types.get(absent[0]) == "EVENT":
        return "event: another event node here" if other_event else "event: no event node here"
    tokens = {w.casefold() for w in re.findall(r"\w+", evidence)}
    ends = set(end_ids)
    named = set(named_ids) - ends

    def other_end(r: Resolution) -> bool:
        return bool(r.found) and set(r.found) <= named

    kinds = [
        (kind, [r for r in asked if not other_end(r)])
        for kind, wanted, present in (
            ("pronoun", words.pronouns, tokens),
            ("description", words.nouns, _definite_nouns(evidence)),
        )
        if present & wanted
        for asked in [[r for r in resolved if r.word in wanted or r.lemma in wanted]]
        if not asked or not all(other_end(r) for r in asked)
    ]
    for kind, asked in kinds:
        if any(ends & set(r.found) for r in asked):
            return f"{kind} resolved to the end"
    # the first kind a route asked about tells; "never asked" only when no route asked a word
    # of either ("Both he and the county's Commissioner X": "county" was asked, "he" stands for
    # no end)
    if not kinds:
        return "not named"
    kind, asked = next(((k, a) for k, a in kinds if a), kinds[0])
    if any(r.found for r in asked):
        return f"{kind} resolved to another entity"
    return f"{kind} not resolved" if asked else f"{kind} never asked"


#: A definite article or demonstrative, a word that may come between, and the noun after them
#: unless a name follows it ("the company", "het nieuwe kabinet"; not "the Foreign Minister
#: Dominic Raab", whose title word stands for no one absent).
_DEFINITE = re.compile(
    r"\b(?i:the|this|that|de|het|deze|dit|die)\s+(\w+)(?:\s+(\w+))?\b(?!\s+[A-Z])"
)


def _definite_nouns(evidence: str) -> set[str]:
    """The casefolded words that may be the noun of a definite description in ``evidence``."""
    return {
        word.casefold()
        for match in _DEFINITE.finditer(evidence)
        for word in match.groups()
        if word and not word[:1].isupper()
    }


@dataclass(frozen=True)
class Miss:
    """One gold relation that no predicted relation links."""

    article: str
    source: str
    target: str
    types: tuple[str, ...]
    evidence: str
    bucket: str
    #: For ``other sentence``: what stands for the end not named there (:data:`STAND_INS`).
    stand_in: str = ""


def _chain(token: Token) -> list[Token]:
    """``token`` and its heads up to the root of its sentence."""
    out = [token]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def path_labels(a: Token, b: Token) -> list[str] | None:
    """The dependency labels on the path from ``a`` up to their lowest common head and down
    to ``b`` (the common head's own label left out); None when they share no head."""
    up_a, up_b = _chain(a), _chain(b)
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return None
    labels = [t.dep_ for t in up_a[: up_a.index(common)]]
    labels += [t.dep_ for t in up_b[: up_b.index(common)]]
    if any(c.dep_ == "cop" for c in common.children) and common not in (a, b):
        labels.append("cop")
    return labels


def path_kind(a: Token, b: Token) -> str:
    """The bucket of the path between the heads of two names in one sentence.

    Clauses first (a relation inside a relative clause, a participle or a complement clause
    is told by that clause, whatever else is on the path), then coordination, apposition,
    copula, prepositional chains, modifiers, and last plain subject and object.
    """
    if a == b:
        return SAME_PHRASE
    labels = path_labels(a, b)
    if labels is None:
        return OTHER_SENTENCE
    if labels and all(label == "conj" for label in labels):
        return "coordinated ends"
    on_path = {label.lower() for label in labels}
    for name, wanted in PATH_BUCKETS:
        if on_path & wanted:
            return name
    return OTHER_PATH


def _find(doc: Doc, forms: set[str]) -> Token | None:
    """The head of the longest of ``forms`` named in ``doc`` (whole words), or None."""
    text = doc.text
    for form in sorted(forms, key=len, reverse=True):
        start = text.find(form)
        while start >= 0:
            span = doc.char_span(start, start + len(form), alignment_mode="expand")
            end = start + len(form)
            whole = (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            if span is not None and whole:
                return span.root
            start = text.find(form, start + 1)
    return None


def missed(gold, pred: PredDoc) -> list[tuple[dict, set[str], set[str]]]:
    """(gold relation, forms of the source's nodes, forms of the target's nodes) for each gold
    relation that no predicted typed relation links; a side's forms are empty when the end
    matches no node."""
    al = align(gold.entities, pred)
    out = []
    for g in gold.relations:
        if linking(pred, al, g["source"], g["target"]):
            continue
        ends = []
        for end in (g["source"], g["target"]):
            forms: set[str] = set()
            for nid in al.to_pred.get(end, ()):
                forms |= set(pred.nodes[nid].get("mentions") or pred.nodes[nid]["forms"])
            ends.append(forms)
        out.append((g, ends[0], ends[1]))
    return out


def mistyped(article: str, gold, pred: PredDoc) -> list[Miss]:
    """A :class:`Miss` for each gold relation whose pair is linked, but not by a relation of
    one of its types: ``types`` are the gold types no linking relation has, the bucket names
    the types that link it instead ("as CONSULT")."""
    al = align(gold.entities, pred)
    out = []
    for g in gold.relations:
        found = {r["type"] for r, _ in linking(pred, al, g["source"], g["target"])}
        lacking = tuple(t for t in g["types"] if t not in found)
        if found and lacking:
            evidence = g.get("evidence") or ""
            bucket = "as " + "/".join(sorted(found))
            out.append(Miss(article, g["source"], g["target"], lacking, evidence, bucket))
    return out


def type_table(lang: str, misses: list[Miss], gold_types: Counter) -> str:
    """Per gold type, how many of its pairs were not found with that type, and why: a bucket
    of :func:`classify` (the pair was missed) or the types it was found with instead (see
    :func:`mistyped`), largest first."""
    out = [f"gold types not found, {lang} (type, not found of gold pairs: where they were lost)"]
    for type_, total in sorted(gold_types.items(), key=lambda kv: (-kv[1], kv[0])):
        counts = Counter(m.bucket for m in misses if type_ in m.types)
        if not counts:
            continue
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        where = ", ".join(f"{bucket} {n}" for bucket, n in ranked)
        out.append(f"  {type_:11} {sum(counts.values()):4} of {total:4}: {where}")
    return "\n".join(out)


def classify(
    article: str,
    items,
    parse,
    types: dict[str, str] | None = None,
    words: Words = Words(),
    pred: PredDoc | None = None,
    ends: dict[str, set[str]] | None = None,
    resolutions: Resolutions | None = None,
) -> list[Miss]:
    """One :class:`Miss` per item of :func:`missed`; ``parse(texts)`` gives a parsed Doc for
    each evidence sentence (only the ones that need it are parsed). An ``other sentence`` miss
    says what stands for its absent end (:func:`stand_in`, with the gold ``types``, the article's
    predictions ``pred``, ``ends``: gold id -> its predicted node ids, and what the resolver made
    of the sentence's words, ``resolutions``)."""
    out: list[Miss] = []
    to_parse: list[tuple[dict, set[str], set[str]]] = []
    for g, src, tgt in items:
        evidence = g.get("evidence") or ""
        if not src or not tgt:
            bucket = END_NOT_FOUND
        elif not evidence:
            bucket = OTHER_SENTENCE
        elif absent := [
            end
            for end, forms in ((g["source"], src), (g["target"], tgt))
            if not _named(evidence, forms)
        ]:
            end_ids = (ends or {}).get(absent[0], set())
            present = [end for end in (g["source"], g["target"]) if end not in absent]
            kind = stand_in(
                evidence,
                absent,
                types or {},
                words,
                resolutions.in_sentence(evidence) if resolutions is not None else (),
                end_ids,
                _other_event(evidence, pred, end_ids),
                {n for end in present for n in (ends or {}).get(end, set())},
            )
            out.append(_miss(article, g, OTHER_SENTENCE, kind))
            continue
        else:
            to_parse.append((g, src, tgt))
            continue
        out.append(_miss(article, g, bucket))
    docs = parse([g["evidence"] for g, _, _ in to_parse]) if to_parse else []
    for (g, src, tgt), doc in zip(to_parse, docs):
        a, b = _find(doc, src), _find(doc, tgt)
        bucket = OTHER_SENTENCE if a is None or b is None else path_kind(a, b)
        out.append(_miss(article, g, bucket))
    return out


def _other_event(evidence: str, pred: PredDoc | None, end_ids: set[str]) -> bool:
    """Whether ``evidence`` names a predicted event node other than ``end_ids``."""
    if pred is None:
        return False
    return any(
        node.get("type") == "EVENT"
        and nid not in end_ids
        and _named(evidence, set(node.get("mentions") or ()))
        for nid, node in pred.nodes.items()
    )


def _named(evidence: str, forms: set[str]) -> bool:
    return any(f in evidence for f in forms)


def _miss(article: str, g: dict, bucket: str, stand_in: str = "") -> Miss:
    return Miss(
        article,
        g["source"],
        g["target"],
        tuple(g["types"]),
        g.get("evidence") or "",
        bucket,
        stand_in,
    )


def table(lang: str, misses: list[Miss], gold_pairs: int, examples: int = 2) -> str:
    """The buckets of one language, largest first, with their share of all gold pairs and a
    few example sentences each; a bucket broken down by what stands for the absent end
    (:func:`stand_in`) lists each kind with its count and one example (dev articles only: the
    test split is never shown)."""
    counts = Counter(m.bucket for m in misses)
    out = [f"missed gold pairs, {lang}: {len(misses)} of {gold_pairs}"]
    for bucket, n in counts.most_common():
        share = n / gold_pairs if gold_pairs else 0.0
        out.append(f"  {bucket:18} {n:4}  ({share:5.1%} of gold pairs)")
        inside = [m for m in misses if m.bucket == bucket]
        kinds = Counter(m.stand_in for m in inside if m.stand_in)
        if kinds:
            out.append("      by what stands for the end:")
            for kind, k in kinds.most_common():
                out.append(f"        {kind:38} {k:4}")
                out += [_example(m, 10) for m in inside if m.stand_in == kind][:1]
            continue
        out += [_example(m, 6) for m in inside[:examples]]
    return "\n".join(out)


def _example(m: Miss, indent: int) -> str:
    """One line telling a miss: its article, gold ends, types and (shortened) sentence."""
    sentence = m.evidence if len(m.evidence) <= 140 else m.evidence[:137] + "..."
    return f"{' ' * indent}{m.article} {m.source} -> {m.target} {'/'.join(m.types)}: {sentence}"
