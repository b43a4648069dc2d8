"""What the details panel shows for a clicked node or edge, as plain data plus safe HTML.

Article text is untrusted.  :func:`highlight` escapes every piece of a sentence first and
only then wraps the mention spans in ``<mark>``, so the only tags in its output are ours;
the app renders it with ``st.html`` (no Markdown, so ``[x](http://...)`` in an article stays
text and the browser fetches nothing).
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.build import edge_mode
from graph.style import DATE_SOURCE_LABELS

#: sentence id -> entity id -> [(start, end)] character spans relative to the sentence.
MentionIndex = Mapping[str, Mapping[str, list[tuple[int, int]]]]

MARK_STYLES = {
    "mention": "background:#ffe58a;color:inherit;padding:0 2px;border-radius:3px",
    "actor": "background:#ffe58a;color:inherit;padding:0 2px;border-radius:3px",
    "recipient": "background:#b9e3ff;color:inherit;padding:0 2px;border-radius:3px",
    "trigger": "background:none;color:inherit;text-decoration:underline 2px;font-weight:600",
}


@dataclass(frozen=True)
class Evidence:
    """One source sentence with where it came from; ``html`` is escaped and highlighted."""

    sentence_id: str
    document_id: str
    title: str
    date: str | None
    text: str
    html: str
    #: the date of the relation(s) this sentence is evidence of, when it differs from nothing
    relation_date: str | None = None
    #: plain text after that date: how the text puts the relation, who reports it, and whether
    #: the date is only the article's ("article date · negated · reported by Kremlin (said)")
    relation_facts: str = ""


@dataclass(frozen=True)
class NodeDetails:
    """Everything the panel shows for an entity (or event) node."""

    id: str
    label: str
    type: str
    aliases: list[str]
    country: str | None
    mentions: int
    documents: list[str]
    event: dict[str, Any] | None
    relations: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class EdgeDetails:
    """Everything the panel shows for a relation edge between an actor and a recipient."""

    id: str
    actor: str
    actor_label: str
    recipient: str
    recipient_label: str
    type: str
    trigger: str
    negated: bool
    date: str | None
    confidence: float | None
    detail: str | None
    role: str | None
    types: dict[str, int] = field(default_factory=dict)
    relations: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    #: how the text puts it (asserted, negated, possible, planned, demanded, conditional)
    mode: str = "asserted"
    modes: dict[str, int] = field(default_factory=dict)  #: {mode: count} of merged relations
    reported_by: str | None = None  #: label of whoever the text cites for it
    speech_verb: str | None = None  #: the verb that reports it ("said")
    #: "text" (its own clause's date), "story" (the story's day) or "document" (the article's)
    date_source: str | None = None


def date_note(date: str | None, source: str | None) -> str:
    """A relation's date as the panel words it, with where it comes from: its own clause, the
    story's day (a date the text tells, though not of this relation) or the article's date.

    >>> date_note("2025-12-02", "document"), date_note("2025-12-01", "text"), date_note(None, None)
    ('2025-12-02 (article date)', '2025-12-01 (in the text)', 'undated')
    >>> date_note("2025-11-30", "story")
    "2025-11-30 (story's day)"
    """
    if not date:
        return "undated"
    if source in DATE_SOURCE_LABELS:
        return f"{date} ({DATE_SOURCE_LABELS[source]})"
    return date


def reporter_note(label: str | None, verb: str | None) -> str:
    """Who the text cites for a relation: "reported by Kremlin (said)"; "" when nobody.

    >>> reporter_note("Ukrainian army", "said"), reporter_note(None, "said")
    ('reported by Ukrainian army (said)', '')
    """
    if not label:
        return ""
    return f"reported by {label}" + (f" ({verb})" if verb else "")


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:])")


def plain(text: str) -> str:
    r"""``text`` with every Markdown-significant character backslash-escaped.

    For messages that go through ``st.error``/``st.warning``/``st.info`` (which render
    Markdown) but may quote a file name or a value from an article: an image or a link
    written there stays text, so the browser fetches nothing.

    >>> print(plain("bad.csv: cannot read the date '![x](http://e.x/p.png)'"))
    bad\.csv\: cannot read the date '\!\[x\]\(http\://e\.x/p\.png\)'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """Escape ``text`` and wrap each ``(start, end, kind)`` span in a styled ``<mark>``.

    Spans are character offsets into ``text``; overlapping or out-of-range spans are
    dropped (the earlier, longer one wins), so the output is always well-formed.

    >>> highlight("Poetin <b>ontving</b> Witkoff", [(0, 6, "actor"), (21, 28, "recipient")])[:60]
    '<mark class="actor" style="background:#ffe58a;color:inherit;'
    >>> "&lt;b&gt;ontving&lt;/b&gt;" in highlight(
    ...     "Poetin <b>ontving</b> Witkoff", [(0, 6, "actor")])
    True
    >>> highlight("a < b", [])
    'a &lt; b'
    """
    chosen: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if start < 0 or end > len(text) or start >= end:
            continue
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, kind))
    out: list[str] = []
    cursor = 0
    for start, end, kind in chosen:
        out.append(html.escape(text[cursor:start]))
        style = MARK_STYLES.get(kind, MARK_STYLES["mention"])
        out.append(f'<mark class="{html.escape(kind)}" style="{style}">')
        out.append(html.escape(text[start:end]))
        out.append("</mark>")
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def mention_index(records: Mapping[str, Any]) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Mention spans by sentence and entity, converted to offsets within the sentence.

    Records store mention offsets into the document text; a mention whose offsets do not
    match its text inside the sentence is located by searching for its text instead.

    >>> recs = {"sentences": [{"id": "d:1", "start": 10, "text": "Poetin sprak."}],
    ...         "mentions": [{"entity": "kb:putin", "sentence": "d:1", "start": 10, "end": 16,
    ...                       "text": "Poetin"}]}
    >>> mention_index(recs)
    {'d:1': {'kb:putin': [(0, 6)]}}
    """
    sentences = {s["id"]: s for s in records.get("sentences", ())}
    index: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for mention in records.get("mentions", ()):
        sent = sentences.get(mention["sentence"])
        if sent is None:
            continue
        start = mention["start"] - sent.get("start", 0)
        end = mention["end"] - sent.get("start", 0)
        text = sent["text"]
        if text[start:end] != mention.get("text", text[start:end]) or start < 0:
            found = text.find(mention.get("text") or "\0")
            if found < 0:
                continue
            start, end = found, found + len(mention["text"])
        index[mention["sentence"]][mention["entity"]].append((start, end))
    return {sid: dict(by_entity) for sid, by_entity in index.items()}


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of ``names`` occurs in ``text`` as whole words (case-insensitive).

    Used when the records carry no mention offsets for a sentence (e.g. relation evidence
    of an aggregated edge).

    >>> name_spans("Trump en Poetin; trumpisme", ["Trump", "Poetin"])
    [(0, 5), (9, 15)]
    """
    spans: list[tuple[int, int]] = []
    for name in sorted({n for n in names if n and n.strip()}, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags=re.I):
            spans.append(match.span())
    return sorted(set(spans))


def _spans_for(
    G: nx.MultiDiGraph, sentence_id: str, text: str, node: str, mentions: MentionIndex
) -> list[tuple[int, int]]:
    spans = list(mentions.get(sentence_id, {}).get(node, ()))
    if spans:
        return spans
    attrs = G.nodes[node] if node in G else {}
    return name_spans(text, [attrs.get("label", ""), *attrs.get("aliases", ())])


def _end_spans(
    G: nx.Graph, lookup: nx.Graph, sentence_id: str, text: str, node: Any, mentions: MentionIndex
) -> list[tuple[int, int]]:
    """Where an edge's end is in a sentence: every word the records' mentions give for it
    (demonyms such as 'Russische', surnames, pronoun-free short forms) and every occurrence of
    its label or an alias. A country named in no other way is marked where an entity of that
    country stands for it (a metonym: 'Kyiv' for Ukraine, 'het Kremlin' for Russia)."""
    in_sentence = mentions.get(sentence_id, {})
    attrs = G.nodes[node] if node in G else lookup.nodes[node] if node in lookup else {}
    spans = set(in_sentence.get(node, ()))
    spans.update(name_spans(text, [attrs.get("label", ""), *attrs.get("aliases", ())]))
    if not spans and attrs.get("type") == "COUNTRY" and attrs.get("country"):
        for other, found in in_sentence.items():
            other_attrs = (
                lookup.nodes[other] if other in lookup else G.nodes[other] if other in G else {}
            )
            if other != node and other_attrs.get("country") == attrs["country"]:
                spans.update(found)
    return sorted(spans)


def _sentence_relations(
    base: nx.MultiDiGraph | None, u: Any, v: Any, key: Any, data: Mapping[str, Any]
) -> dict[str, Mapping[str, Any]]:
    """The relation each evidence sentence stands for (the latest dated if several)."""
    found: dict[str, Mapping[str, Any]] = {}

    def note(rel: Mapping[str, Any]) -> None:
        for sid in rel.get("sentences") or ():
            if sid not in found or str(rel.get("date") or "") > str(found[sid].get("date") or ""):
                found[sid] = rel

    ids = {str(r) for r in (data.get("relations") or [key])}
    if base is not None and base.is_multigraph() and base.has_edge(u, v):
        for rid, rel in base[u][v].items():
            if str(rid) in ids or {str(r) for r in rel.get("relations") or ()} & ids:
                note(rel)
    if not found:
        note(data)
    return found


def _label_of(graphs: Iterable[nx.Graph], node: Any) -> str | None:
    """The label of ``node`` in the first graph that has it (the id itself otherwise)."""
    if node is None:
        return None
    for G in graphs:
        if G is not None and node in G:
            return str(G.nodes[node].get("label", node))
    return str(node)


def relation_facts(rel: Mapping[str, Any], graphs: Iterable[nx.Graph] = ()) -> str:
    """What an evidence line says besides its date: the mode unless asserted, who reports
    it, and "article date" or "story's day" when the date is only that.

    >>> relation_facts({"mode": "negated", "reported_by": "kb:k", "speech_verb": "said",
    ...                 "date": "2025-12-03", "date_source": "document"})
    'article date · negated · reported by kb:k (said)'
    >>> relation_facts({"date": "2025-12-01", "date_source": "story"})
    "story's day"
    """
    graphs = list(graphs)
    parts = []
    if rel.get("date") is not None and rel.get("date_source") in ("document", "story"):
        parts.append(DATE_SOURCE_LABELS[rel["date_source"]])
    mode = edge_mode(rel)
    if mode != "asserted":
        parts.append(mode)
    who = reporter_note(_label_of(graphs, rel.get("reported_by")), rel.get("speech_verb"))
    if who:
        parts.append(who)
    return " · ".join(parts)


def _evidence(
    G: nx.MultiDiGraph,
    sentence_id: str,
    spans: list[tuple[int, int, str]],
    relation_date: str | None = None,
    facts: str = "",
) -> Evidence | None:
    sent = G.graph.get("sentences", {}).get(sentence_id)
    if sent is None:
        return None
    doc = G.graph.get("documents", {}).get(sent["doc"], {})
    return Evidence(
        sentence_id=sentence_id,
        document_id=sent["doc"],
        title=doc.get("title") or sent["doc"],
        date=doc.get("date"),
        text=sent["text"],
        html=highlight(sent["text"], spans),
        relation_date=relation_date,
        relation_facts=facts,
    )


def _sentence_order(G: nx.MultiDiGraph, sentence_id: str) -> tuple[str, int]:
    sent = G.graph.get("sentences", {}).get(sentence_id, {})
    doc = G.graph.get("documents", {}).get(sent.get("doc"), {})
    return (doc.get("date") or "", sent.get("doc") or "", sent.get("index", 0))


def node_details(
    G: nx.MultiDiGraph,
    node: str,
    mentions: MentionIndex | None = None,
    hide_types: Collection[str] = (),
) -> NodeDetails:
    """Type, aliases, country, mention count, relations and every source sentence of ``node``.

    Relations of a type in ``hide_types`` (e.g. CO_OCCURS while it is switched off) are not
    listed.

    ``G`` is the base graph (so the panel still works when a filter hides the node); its
    ``graph["sentences"]``/``graph["documents"]`` give the text, date and title.
    Raises ``KeyError`` if ``node`` is not in ``G``.
    """
    mentions = mentions or {}
    attrs = G.nodes[node]
    relations = []
    for u, v, key, data in [
        *G.out_edges(node, keys=True, data=True),
        *G.in_edges(node, keys=True, data=True),
    ]:
        if data.get("type") in hide_types:
            continue
        other = v if u == node else u
        relations.append(
            {
                "id": key,
                "direction": "→" if u == node else "←",
                "type": data.get("type"),
                "other": G.nodes[other].get("label", other) if other in G else other,
                "trigger": data.get("trigger") or "",
                "negated": bool(data.get("negated")),
                "mode": edge_mode(data),
                "date": data.get("date"),
                "date_source": data.get("date_source"),
            }
        )
    relations.sort(key=lambda r: (r["date"] or "", r["type"] or "", r["other"]))
    sentence_ids = list(attrs.get("sentences") or ())
    if not sentence_ids:  # graphs without mention sentences: fall back on relation evidence
        sentence_ids = [
            sid
            for _, _, data in [*G.out_edges(node, data=True), *G.in_edges(node, data=True)]
            for sid in data.get("sentences", ())
        ]
    evidence = []
    for sid in sorted(dict.fromkeys(sentence_ids), key=lambda s: _sentence_order(G, s)):
        sent = G.graph.get("sentences", {}).get(sid)
        if sent is None:
            continue
        spans = [(s, e, "mention") for s, e in _spans_for(G, sid, sent["text"], node, mentions)]
        item = _evidence(G, sid, spans)
        if item is not None:
            evidence.append(item)
    return NodeDetails(
        id=node,
        label=attrs.get("label", node),
        type=attrs.get("type", ""),
        aliases=list(attrs.get("aliases") or ()),
        country=attrs.get("country"),
        mentions=int(attrs.get("mentions") or 0),
        documents=list(attrs.get("documents") or ()),
        event=attrs.get("event"),
        relations=relations,
        evidence=evidence,
    )


def find_edge(G: nx.MultiDiGraph, edge_id: str) -> tuple[str, str, str] | None:
    """``(actor, recipient, key)`` of the edge whose vis id is ``edge_id``.

    In a multigraph the id is the edge key (the relation id) or an ``id`` attribute; in an
    aggregated DiGraph it is the ``id`` attribute (``'u->v'``), returned as the key.

    >>> G = nx.MultiDiGraph(); _ = G.add_edge("a", "b", key="r1")
    >>> find_edge(G, "r1"), find_edge(G, "r9")
    (('a', 'b', 'r1'), None)
    """
    if G.is_multigraph():
        for u, v, key, data in G.edges(keys=True, data=True):
            if str(key) == edge_id or data.get("id") == edge_id:
                return u, v, key
        return None
    for u, v, data in G.edges(data=True):
        if data.get("id", f"{u}->{v}") == edge_id:
            return u, v, data.get("id", f"{u}->{v}")
    return None


def _trigger_spans(text: str, trigger: str) -> list[tuple[int, int]]:
    # Separable Dutch verbs come as "woonden bij", aggregated edges as "met, sprak": highlight
    # each word on its own.
    return name_spans(text, re.split(r"[,\s]+", trigger)) if trigger else []


def relation_rows(
    base: nx.MultiDiGraph | None, u: Any, v: Any, key: Any, data: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """One row per relation merged into an aggregated edge, read from ``base`` when it has it."""
    ids = {str(r) for r in (data.get("relations") or [key])}
    if base is not None and base.is_multigraph() and base.has_edge(u, v):
        candidates = list(base[u][v].items())
    else:
        candidates = [(key, data)]
    rows = []
    for rid, rel in candidates:
        merged = {str(r) for r in rel.get("relations") or ()}
        if str(rid) not in ids and not merged & ids:
            continue
        rows.append(
            {
                "id": str(rid),
                "type": rel.get("type"),
                "trigger": rel.get("trigger") or "",
                "negated": bool(rel.get("negated")),
                "mode": edge_mode(rel),
                "date": rel.get("date"),
                "date_source": rel.get("date_source"),
                "confidence": rel.get("confidence"),
                "reported_by": rel.get("reported_by"),
                "speech_verb": rel.get("speech_verb"),
            }
        )
    return rows


def edge_details(
    G: nx.Graph,
    edge_id: str,
    mentions: MentionIndex | None = None,
    base: nx.MultiDiGraph | None = None,
    at: tuple[Any, Any, Any] | None = None,
) -> EdgeDetails:
    """Type, trigger, negation and evidence sentences of a relation, both ends highlighted.

    Each end is marked wherever the sentence names it: the records' mentions (including the
    words that stand for an entity, such as a demonym), its label and aliases, and for a
    country an entity of that country standing for it. Each sentence carries the date of the
    relation it is evidence of.

    ``G`` is the graph that was drawn (a MultiDiGraph keyed by relation id, or an aggregated
    DiGraph whose edges carry ``id``, ``types`` and ``relations``); ``base`` is the graph the
    merged relations can be looked up in; ``at`` is the edge's ``(actor, recipient, key)``
    where the caller knows it (finding it by id walks every edge).  Raises ``KeyError`` if no
    edge has ``edge_id``.
    """
    mentions = mentions or {}
    found = at or find_edge(G, edge_id)
    if found is None:
        raise KeyError(edge_id)
    u, v, key = found
    data = G.edges[u, v, key] if G.is_multigraph() else G.edges[u, v]
    trigger = data.get("trigger") or ""
    lookup = base if base is not None else G
    behind = _sentence_relations(base, u, v, key, data)
    evidence = []
    for sid in sorted(
        dict.fromkeys(data.get("sentences") or ()), key=lambda s: _sentence_order(G, s)
    ):
        sent = G.graph.get("sentences", {}).get(sid)
        if sent is None:
            continue
        text = sent["text"]
        spans = [(s, e, "actor") for s, e in _end_spans(G, lookup, sid, text, u, mentions)]
        spans += [(s, e, "recipient") for s, e in _end_spans(G, lookup, sid, text, v, mentions)]
        spans += [(s, e, "trigger") for s, e in _trigger_spans(text, trigger)]
        rel = behind.get(sid) or data
        item = _evidence(
            G, sid, spans, rel.get("date") or data.get("date"), relation_facts(rel, (lookup, G))
        )
        if item is not None:
            evidence.append(item)
    return EdgeDetails(
        id=str(key),
        actor=u,
        actor_label=G.nodes[u].get("label", u),
        recipient=v,
        recipient_label=G.nodes[v].get("label", v),
        type=data.get("type", ""),
        trigger=trigger,
        negated=bool(data.get("negated")),
        date=data.get("date"),
        confidence=data.get("confidence"),
        detail=data.get("detail"),
        role=data.get("role"),
        types=dict(data.get("types") or {data.get("type", ""): 1}),
        relations=relation_rows(base, u, v, key, data),
        evidence=evidence,
        mode=edge_mode(data),
        modes=dict(data.get("modes") or {}),
        reported_by=_label_of((lookup, G), data.get("reported_by")),
        speech_verb=data.get("speech_verb"),
        date_source=data.get("date_source"),
    )


def section_html(title: str, count: int) -> str:
    """A panel section's heading ("Source sentences (3)"), drawn at the top of the HTML block
    it heads: an element of its own costs the browser a render on every click (issue 20).

    >>> section_html("Relations", 2)
    '<div class="ng-section"><strong>Relations</strong> (2)</div>'
    """
    return f'<div class="ng-section"><strong>{html.escape(title)}</strong> ({int(count)})</div>'


def evidence_html(items: Iterable[Evidence]) -> str:
    """The evidence list as one HTML block, grouped by document (title and date escaped).

    >>> item = Evidence("d:0", "d", "<i>T</i>", "2025-12-02", "x", "x")
    >>> "&lt;i&gt;T&lt;/i&gt;" in evidence_html([item])
    True
    """
    groups: dict[str, list[Evidence]] = {}
    for item in items:
        groups.setdefault(item.document_id, []).append(item)
    parts = []
    for doc_items in groups.values():
        head = doc_items[0]
        date = f" · {html.escape(head.date)}" if head.date else ""
        parts.append(
            '<div class="ng-evidence" style="margin:0 0 0.8rem 0">'
            f'<div style="font-weight:600;font-size:0.9rem">{html.escape(head.title)}{date}</div>'
            '<ul style="margin:0.2rem 0 0 1.1rem;padding:0">'
            + "".join(
                f'<li data-sentence="{html.escape(e.sentence_id)}" style="margin:0.2rem 0">'
                + (
                    '<span class="ng-relation-date" '
                    'style="color:#555;font-size:0.8rem;white-space:nowrap">'
                    f"{html.escape(e.relation_date)}</span> "
                    if e.relation_date
                    else ""
                )
                + (
                    f'<span class="ng-relation-facts" style="color:#555;font-size:0.8rem">'
                    f"({html.escape(e.relation_facts)})</span> "
                    if e.relation_facts
                    else ""
                )
                + f"{e.html}</li>"
                for e in doc_items
            )
            + "</ul></div>"
        )
    return "".join(parts)


NODE_RELATION_COLUMNS = ("direction", "type", "other", "trigger", "date", "mode")
EDGE_RELATION_COLUMNS = ("type", "trigger", "date", "mode", "confidence")


def node_relations_html(info: NodeDetails) -> str:
    """A node's "Relations (n)" section, or "" when it has none."""
    if not info.relations:
        return ""
    return section_html("Relations", len(info.relations)) + relations_html(
        info.relations, NODE_RELATION_COLUMNS
    )


def edge_relations_html(info: EdgeDetails) -> str:
    """The relations merged into an edge as a table, or "" when it stands for one."""
    return relations_html(info.relations, EDGE_RELATION_COLUMNS) if len(info.relations) > 1 else ""


def panel_html(info: NodeDetails | EdgeDetails) -> str:
    """The details of a node or an edge as one escaped HTML block: heading, relations and
    sentences, as the panel shows them.  The browser draws it the moment the reader clicks
    (ui.details_pane), before the panel's buttons, which need a run, come.

    >>> info = NodeDetails("x", "<i>X</i>", "PERSON", [], None, 1, ["d"], None)
    >>> out = panel_html(info)
    >>> "&lt;i&gt;X&lt;/i&gt;" in out, "No source sentence recorded." in out, "<i>" in out
    (True, True, False)
    """
    if isinstance(info, NodeDetails):
        parts = [node_header_html(info), node_relations_html(info)]
        title = "Source sentences"
    else:
        parts = [edge_header_html(info), edge_relations_html(info)]
        title = "Evidence"
    heading = section_html(title, len(info.evidence))
    none = f'<div class="ng-none" style="{NOTE_STYLE}">No source sentence recorded.</div>'
    parts.append(heading + (evidence_html(info.evidence) if info.evidence else none))
    return "".join(f'<div class="ng-part">{part}</div>' for part in parts if part)


#: A caption's look (Streamlit's st.caption), for the notes the browser draws itself.
NOTE_STYLE = "color:#555;font-size:0.875rem"


def article_html(
    G: nx.MultiDiGraph, document_id: str, highlight_sentences: Iterable[str] = ()
) -> str:
    """The whole article, escaped, paragraphs kept, evidence sentences highlighted."""
    doc = G.graph.get("documents", {}).get(document_id)
    if doc is None:
        raise KeyError(document_id)
    text = doc.get("text", "")
    wanted = set(highlight_sentences)
    spans = [
        (s["start"], s["end"], "mention")
        for s in G.graph.get("sentences", {}).values()
        if s.get("doc") == document_id and s["id"] in wanted
    ]
    body = highlight(text, spans).replace("\n", "<br>")
    return f'<div class="ng-article" style="line-height:1.5">{body}</div>'


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def node_header_html(info: NodeDetails) -> str:
    """The panel's heading for a node: label, then type · country · mentions · articles; for an
    event, its type and date, saying where the date comes from (:func:`date_note`).

    >>> info = NodeDetails("x", "<i>X</i>", "PERSON", ["Ex"], "USA", 1, ["d"], None)
    >>> print(node_header_html(info))  # doctest: +NORMALIZE_WHITESPACE
    <div class="ng-title" style="font-size:1.3rem;font-weight:700">&lt;i&gt;X&lt;/i&gt;</div>
    <div class="ng-facts" style="color:#555">PERSON · USA · 1 mention · 1 article</div>
    <div class="ng-facts" style="color:#555">also: Ex</div>
    """
    facts = [info.type, *([info.country] if info.country else [])]
    facts += [_plural(info.mentions, "mention"), _plural(len(info.documents), "article")]
    lines = [
        '<div class="ng-title" style="font-size:1.3rem;font-weight:700">'
        f"{html.escape(info.label)}</div>",
        f'<div class="ng-facts" style="color:#555">{html.escape(" · ".join(facts))}</div>',
    ]
    if info.aliases:
        lines.append(
            '<div class="ng-facts" style="color:#555">also: '
            f"{html.escape(', '.join(info.aliases))}</div>"
        )
    if info.event:  # its date as an edge's is worded: "(story's day)" is no date told of it
        when = date_note(info.event.get("date"), info.event.get("date_source"))
        event = f"event: {info.event.get('type')} · {when}"
        lines.append(f'<div class="ng-facts" style="color:#555">{html.escape(event)}</div>')
    return "\n".join(lines)


def edge_header_html(info: EdgeDetails) -> str:
    """The panel's heading for an edge: actor → recipient, then types and mode, trigger and
    date (saying when it is only the article's), then who reports it.

    >>> info = EdgeDetails("r", "a", "A", "b", "B", "AGREE", "<met>", True, "2025-12-02",
    ...                    0.9, None, None, {"AGREE": 1})
    >>> print(edge_header_html(info))  # doctest: +NORMALIZE_WHITESPACE
    <div class="ng-title" style="font-size:1.2rem;font-weight:700">A → B</div>
    <div class="ng-facts" style="color:#555">AGREE (negated) · trigger: <b>&lt;met&gt;</b> ·
    2025-12-02</div>
    >>> info = EdgeDetails("r", "a", "A", "b", "B", "ASSAULT", "attacking", False, "2025-12-03",
    ...                    0.6, None, None, {"ASSAULT": 1}, mode="possible",
    ...                    reported_by="<Army>", speech_verb="said", date_source="document")
    >>> print(*edge_header_html(info).splitlines()[1:], sep="~")  # doctest: +NORMALIZE_WHITESPACE
    <div class="ng-facts" style="color:#555">ASSAULT (possible) · trigger: <b>attacking</b> ·
    2025-12-03 (article date)</div>~<div class="ng-facts ng-reported" style="color:#555">reported
    by &lt;Army&gt; (said)</div>
    """
    if len(info.types) > 1:
        kinds = ", ".join(f"{t} ×{n}" for t, n in info.types.items())
    else:
        kinds = info.type
    mode = info.mode if info.mode != "asserted" else "negated" if info.negated else "asserted"
    facts = [html.escape(kinds + (f" ({mode})" if mode != "asserted" else ""))]
    if len(info.modes) > 1:
        facts.append(html.escape(", ".join(f"{m} ×{n}" for m, n in info.modes.items())))
    if info.trigger:
        facts.append(f"trigger: <b>{html.escape(info.trigger)}</b>")
    if info.detail:
        facts.append(html.escape(info.detail))
    if info.date:
        facts.append(html.escape(date_note(info.date, info.date_source)))
    title = f"{html.escape(info.actor_label)} → {html.escape(info.recipient_label)}"
    lines = [
        f'<div class="ng-title" style="font-size:1.2rem;font-weight:700">{title}</div>',
        f'<div class="ng-facts" style="color:#555">{" · ".join(facts)}</div>',
    ]
    who = reporter_note(info.reported_by, info.speech_verb)
    if who:
        lines.append(
            f'<div class="ng-facts ng-reported" style="color:#555">{html.escape(who)}</div>'
        )
    return "\n".join(lines)


def article_header_html(G: nx.MultiDiGraph, document_id: str) -> str:
    """Title, date and source of an article, escaped."""
    doc = G.graph.get("documents", {}).get(document_id, {})
    return (
        '<div class="ng-title" style="font-weight:700">'
        f"{html.escape(doc.get('title') or document_id)}</div>"
        f'<div class="ng-facts" style="color:#555">{html.escape(doc.get("date") or "undated")} · '
        f"{html.escape(doc.get('source') or '')}</div>"
    )


def legend_html(rows: Iterable[Mapping[str, str]]) -> str:
    """Colour chips for ``graph.style.legend()`` rows: dots for entities, bars for relations.

    >>> legend_html([{"kind": "entity", "label": "person", "color": "#4e79a7"}]).count("person")
    1
    """
    out = []
    for row in rows:
        entity = row["kind"] == "entity"
        chip = (
            f'<span style="display:inline-block;width:12px;height:{"12px" if entity else "4px"};'
            f"border-radius:{'50%' if entity else '2px'};"
            f'background:{html.escape(row["color"])}"></span>'
        )
        out.append(
            '<div style="display:flex;align-items:center;gap:6px;margin:2px 0">'
            f'{chip}<span style="font-size:0.85rem">{html.escape(row["label"])}</span></div>'
        )
    return "".join(out)


RELATION_HEADERS = {
    "direction": "",
    "type": "type",
    "other": "with",
    "trigger": "trigger",
    "date": "date",
    "negated": "",
    "mode": "mode",
    "confidence": "conf.",
}


#: What a table's date cell adds, by ``date_source``: the article's day said short, the story's
#: day as the details say it; a date of the relation's own clause nothing.
_DATE_CELL_NOTES = {"document": "article", "story": DATE_SOURCE_LABELS["story"]}


def relations_html(
    rows: Iterable[Mapping[str, Any]], columns: Iterable[str], limit: int = 50
) -> str:
    """A compact, escaped HTML table of relation rows (lighter than a dataframe in the panel).

    ``negated`` shows as "not", ``mode`` only when not asserted, a ``date`` that is only the
    article's (``date_source`` "document") as "… (article)", the story's day as "… (story's
    day)"; more than ``limit`` rows end with
    a "… N more" line.

    >>> out = relations_html([{"type": "AGREE", "other": "<B>", "negated": True}],
    ...                      ["type", "other", "negated"])
    >>> ">&lt;B&gt;</td>" in out, ">not</td>" in out, "<th" in out
    (True, True, True)
    """
    columns = list(columns)
    rows = list(rows)
    # cells wrap between words; a name also inside a long word where it must ("anywhere" shrinks
    # the table's narrowest width, which "break-word" does not), so the mode column fits the panel
    cell = '<td style="padding:2px 4px;border-bottom:1px solid #eee;overflow-wrap:break-word">'
    # a long one-word name breaks anywhere rather than push the mode column out, but never
    # below about seven letters a line ("Kushner", not "Kus/hne/r" in a narrow panel)
    name_cell = (
        '<td style="padding:2px 4px;border-bottom:1px solid #eee;overflow-wrap:anywhere;'
        'min-width:4.5em">'
    )
    nowrap = '<td style="padding:2px 4px;border-bottom:1px solid #eee;white-space:nowrap">'
    head = "".join(
        f'<th style="text-align:left;padding:2px 4px;color:#555;font-weight:600">'
        f"{html.escape(RELATION_HEADERS.get(col, col))}</th>"
        for col in columns
    )
    body = [f"<tr>{head}</tr>"]
    for row in rows[:limit]:
        values = []
        for col in columns:
            value = row.get(col)
            if col == "negated":
                value = "not" if value else ""
            elif col == "mode":
                value = "" if value in (None, "asserted") else value
            text = html.escape("" if value is None else str(value))
            if col == "date" and value:
                # the day never breaks; "(article)" may go under it, so the row fits the panel
                text = f'<span style="white-space:nowrap">{text}</span>'
                note = _DATE_CELL_NOTES.get(row.get("date_source"))
                if note:
                    note = html.escape(note)
                    text += f' <span style="white-space:nowrap;color:#777">({note})</span>'
            start = (
                nowrap
                if col in ("direction", "type", "negated", "mode")
                else name_cell
                if col == "other"
                else cell
            )
            values.append(f"{start}{text}</td>")
        body.append("<tr>" + "".join(values) + "</tr>")
    more = (
        f'<div style="color:#555;font-size:0.85rem">… {len(rows) - limit} more</div>'
        if len(rows) > limit
        else ""
    )
    return (
        '<div style="max-height:230px;overflow-y:auto">'
        '<table class="ng-relations" style="border-collapse:collapse;font-size:0.85rem;width:100%">'
        + "".join(body)
        + "</table></div>"
        + more
    )
