"""``--names``: the name errors of the dev split, grouped so that the biggest causes stand out.

Three lists per language, each line one article's error:

- ``false``: a predicted name node that matches no gold entity of its type, with its group:
  ``wrong type`` (it matches a gold entity of another type: a miss and a false one at once),
  ``part of a name`` (its forms lie inside a gold form), ``holds a name`` (a gold form lies
  inside one of its forms), ``not in gold`` (the rest: a common noun taken as a name, a
  demonym, a name the annotators left out);
- ``missed``: a gold entity no predicted node of its type matches, with the type predicted for
  it when it was found under another type;
- ``split``: a gold entity two or more predicted nodes match (one thing drawn twice);
- ``merged``: a predicted node that matches two or more gold entities of its own type (two
  things drawn as one, issue 19: :func:`~bench.quality.match.merged_names`), with the gold
  entities it holds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bench.quality.corpus import Gold
from bench.quality.match import NAME_TYPES, PredDoc, align, merged_names, norm

WRONG_TYPE, PART, HOLDS, NOT_IN_GOLD = "wrong type", "part of a name", "holds a name", "not in gold"
GROUPS = (WRONG_TYPE, PART, HOLDS, NOT_IN_GOLD)


@dataclass(frozen=True)
class NameMistake:
    """One name error: which list, its group, the article and what to print."""

    kind: str  # false, missed, split or merged
    group: str
    article: str
    text: str


def _inside(short: str, long: str) -> bool:
    """Whether the words of ``short`` run inside those of ``long`` (and are fewer)."""
    a, b = short.split(), long.split()
    return len(a) < len(b) and any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


def name_errors(gold: Gold, pred: PredDoc) -> list[NameMistake]:
    """The false, missed, split and merged names of one article."""
    names = [g for g in gold.entities if g["type"] != "EVENT"]
    al = align(gold.entities, pred)
    typed_nodes = {n for found in al.typed_gold.values() for n in found}
    gold_forms = {norm(f) for g in names for f in g["forms"]}
    merged = merged_names(al)
    out = []
    for nid, node in pred.nodes.items():
        if nid in merged:
            shown = " | ".join(sorted(node["forms"]))
            text = f"{node['type']} {shown}: {' + '.join(sorted(merged[nid]))}"
            out.append(NameMistake("merged", "", gold.article, text))
        if node["type"] not in NAME_TYPES or nid in typed_nodes:
            continue
        forms = {norm(f) for f in node["forms"]}
        if al.to_gold.get(nid):
            types = sorted({g["type"] for g in names if g["id"] in al.to_gold[nid]})
            group, extra = WRONG_TYPE, f" (gold {'/'.join(types)})"
        elif any(_inside(f, g) for f in forms for g in gold_forms):
            group, extra = PART, ""
        elif any(_inside(g, f) for f in forms for g in gold_forms):
            group, extra = HOLDS, ""
        else:
            group, extra = NOT_IN_GOLD, ""
        shown = " | ".join(sorted(node["forms"]))
        out.append(NameMistake("false", group, gold.article, f"{node['type']} {shown}{extra}"))
    for g in names:
        if len(al.to_pred.get(g["id"], ())) > 1:
            nodes = [pred.nodes[n] for n in sorted(al.to_pred[g["id"]])]
            shown = " + ".join(f"{n['type']} {' | '.join(sorted(n['forms']))}" for n in nodes)
            out.append(NameMistake("split", "", gold.article, f"{g['id']}: {shown}"))
        if al.typed_gold[g["id"]]:
            continue
        other = sorted({pred.nodes[n]["type"] for n in al.untyped_gold[g["id"]]})
        group = f"{g['type']} " + (f"as {'/'.join(other)}" if other else "not found")
        shown = " | ".join(g["forms"])
        out.append(NameMistake("missed", group, gold.article, f"{g['type']} {shown}"))
    return out


def table(lang: str, errors: list[NameMistake]) -> str:
    """The four lists of one language, biggest group first."""
    lines = []
    for kind in ("false", "missed", "split", "merged"):
        mine = [e for e in errors if e.kind == kind]
        groups = Counter(e.group for e in mine)
        lines.append(f"\n{lang} {kind} names: {len(mine)}")
        for group, n in groups.most_common():
            if group:
                lines.append(f"  {group}: {n}")
            for e in sorted((e for e in mine if e.group == group), key=lambda e: e.text):
                lines.append(f"    {e.article}  {e.text}")
    return "\n".join(lines)
