"""``--explain ID``: one article's gold next to what the extraction gave, line by line."""

from __future__ import annotations

from bench.quality.match import PredDoc, align, linking, relation_mode, relation_right


def explain(gold, doc: PredDoc) -> str:
    al = align(gold.entities, doc)
    out = [f"-- {gold.article} ({gold.lang})", "gold entities -> predicted nodes (! = other type):"]
    for g in gold.entities:
        nodes = sorted(al.to_pred.get(g["id"], ()))
        shown = [
            n + ("" if doc.nodes[n]["type"] == g["type"] else f"!{doc.nodes[n]['type']}")
            for n in nodes
        ]
        out.append(f"  {g['type']:9} {g['id']:40} {', '.join(shown) or '-- not found'}")
    unmatched = [n for n, node in doc.nodes.items() if not al.to_gold.get(n)]
    out.append("predicted nodes matching no gold entity: " + ", ".join(sorted(unmatched)))
    out.append("gold relations (found / typed right):")
    for g in gold.relations:
        links = linking(doc, al, g["source"], g["target"])
        got = ", ".join(
            f"{r['type']}{'' if fwd else '<-'}"
            f"{'' if relation_mode(r) == 'asserted' else '/' + relation_mode(r)}"
            for r, fwd in links
        )
        mark = (
            "ok " if any(r["type"] in g["types"] for r, _ in links) else ("~  " if links else "-- ")
        )
        extra = "" if g["mode"] == "asserted" else f" [{g['mode']}]"
        out.append(
            f"  {mark}{g['source']} -> {g['target']} {'/'.join(g['types'])}{extra}: "
            f"{got or 'nothing'}"
        )
    out.append("predicted typed relations (ok / wrong / . = an end is no gold entity):")
    events = {g["id"]: g for g in gold.entities if g["type"] == "EVENT"}
    for r in doc.typed_relations:
        right = relation_right(r, al, gold.relations, events)
        mark = "." if right is None else ("ok" if right else "wrong")
        out.append(
            f"  {mark:5} {r['source']} -{r['type']}-> {r['target']} "
            f"({r.get('trigger', '')}, {r.get('confidence')})"
        )
    return "\n".join(out)
