"""The details panel's data: which sentences a node or edge shows, and that text is escaped."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

import ui.corpus
import ui.details
import ui.exports
import ui.filter_state
import ui.reliability
import ui.tables
import ui.visnetwork
from graph.build import build_graph
from graph.views import actor_view, aggregate
from ui.details import (
    edge_details,
    evidence_html,
    find_edge,
    highlight,
    mention_index,
    node_details,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_records.json"


@pytest.fixture(scope="module")
def records() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def G(records):
    return build_graph(records)


@pytest.mark.parametrize(
    "module",
    [ui.corpus, ui.details, ui.exports, ui.reliability, ui.tables, ui.filter_state, ui.visnetwork],
)
def test_ui_doctests_pass(module):
    # pyproject's testpaths do not include ui/, so its docstring examples run from here
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_details_highlight_escapes_before_wrapping():
    text = 'Trump <img src="http://evil.example/x.png"> & [link](http://evil.example)'
    out = highlight(text, [(0, 5, "actor")])
    assert out.startswith('<mark class="actor"')
    assert "<img" not in out and "&lt;img src=&quot;http://evil.example/x.png&quot;&gt;" in out
    assert "&amp;" in out
    assert out.count("<mark") == 1 and out.count("</mark>") == 1


def test_details_highlight_drops_overlapping_and_out_of_range_spans():
    out = highlight("Vladimir Poetin", [(0, 15, "mention"), (9, 15, "mention"), (3, 99, "x")])
    assert out.count("<mark") == 1
    assert ">Vladimir Poetin</mark>" in out


def test_details_mention_index_uses_sentence_relative_offsets(records):
    index = mention_index(records)
    sent = next(s for s in records["sentences"] if s["id"] == "000_5b4120fcf4eb73ee:2")
    spans = index["000_5b4120fcf4eb73ee:2"]["kb:witkoff"]
    assert [sent["text"][a:b] for a, b in spans] == ["Steve Witkoff"]


def test_details_node_shows_every_mention_sentence_with_title_and_date(G, records):
    details = node_details(G, "kb:kushner", mention_index(records))
    assert details.label == "Jared Kushner" and details.type == "PERSON"
    assert details.country == "USA" and "Kushner" in details.aliases
    assert details.mentions == 4
    titles = {e.title for e in details.evidence}
    assert "Trump threatens Russia (hand-written test article)" in titles
    english = next(e for e in details.evidence if e.document_id == "en-1")
    assert english.text == "Trump said Kushner, his son-in-law, would travel to Moscow."
    assert english.date == "2025-11-24"
    assert '<mark class="mention"' in english.html and ">Kushner</mark>" in english.html
    relation_types = {r["type"] for r in details.relations}
    assert {"FAMILY", "PARTICIPANT"} <= relation_types


def test_details_edge_highlights_both_ends_and_trigger(G, records):
    details = edge_details(G, "r14", mention_index(records))
    assert (details.actor_label, details.type, details.recipient_label) == (
        "Volodymyr Zelensky",
        "CONSULT",
        "Emmanuel Macron",
    )
    assert details.trigger == "ontmoeting" and details.negated is False
    [evidence] = details.evidence
    assert evidence.text.startswith("Zelensky had maandag een ontmoeting")
    assert '<mark class="actor"' in evidence.html and '<mark class="recipient"' in evidence.html
    assert ">ontmoeting</mark>" in evidence.html


def test_details_negated_edge_says_so(G, records):
    details = edge_details(G, "r6", mention_index(records))
    assert details.type == "AGREE" and details.negated is True


def test_details_aggregated_edge_lists_its_relations(G, records):
    A = aggregate(actor_view(G))
    u, v, key = find_edge(A, "kb:kushner->kb:trump")
    details = edge_details(A, key, mention_index(records), base=G)
    assert details.types == {"FAMILY": 2}
    assert sorted(r["id"] for r in details.relations) == ["r19", "r8"]
    assert {e.document_id for e in details.evidence} == {"000_5b4120fcf4eb73ee", "en-1"}


def test_details_unknown_edge_raises_key_error(G):
    with pytest.raises(KeyError):
        edge_details(G, "no-such-relation")


def test_details_evidence_html_escapes_titles():
    item = ui.details.Evidence("d:0", "d", "<script>x()</script>", None, "t", "t")
    out = evidence_html([item])
    assert "<script>" not in out and "&lt;script&gt;" in out


# ------------------------------------------------- evidence that proves the edge (issue 20, item 7)


def _with_mention(records, sentence_id, entity, word):
    """A copy of the records with one more mention: ``word`` in the sentence, standing for
    ``entity``."""
    import copy

    records = copy.deepcopy(records)
    sent = next(s for s in records["sentences"] if s["id"] == sentence_id)
    start = sent["text"].index(word)
    records["mentions"].append(
        {
            "entity": entity,
            "sentence": sentence_id,
            "start": sent["start"] + start,
            "end": sent["start"] + start + len(word),
            "text": word,
        }
    )
    return records


def test_details_edge_marks_the_word_that_stands_for_an_end(records):
    # "de Russische president Vladimir Poetin": the demonym is Russia's mention
    recs = _with_mention(records, "000_5b4120fcf4eb73ee:0", "kb:russia", "Russische")
    details = edge_details(build_graph(recs), "r10", mention_index(recs))
    [evidence] = details.evidence
    assert '<mark class="recipient"' in evidence.html and ">Russische</mark>" in evidence.html
    assert ">Vladimir Poetin</mark>" in evidence.html


def test_details_edge_marks_every_name_of_an_end_not_only_the_mentioned_one(records):
    recs = json.loads(json.dumps(records))
    # the extractor found "Poetin" once; the sentence also says "Vladimir Poetin"
    recs["mentions"] = [
        m
        for m in recs["mentions"]
        if not (m["sentence"] == "000_5b4120fcf4eb73ee:0" and m["entity"] == "kb:putin")
    ]
    sent = next(s for s in recs["sentences"] if s["id"] == "000_5b4120fcf4eb73ee:0")
    start = sent["text"].index("Poetin")
    recs["mentions"].append(
        {
            "entity": "kb:putin",
            "sentence": sent["id"],
            "start": sent["start"] + start,
            "end": sent["start"] + start + 6,
            "text": "Poetin",
        }
    )
    details = edge_details(build_graph(recs), "r6", mention_index(recs))
    assert details.evidence[0].html.count('<mark class="actor"') == 1
    assert ">Vladimir Poetin</mark>" in details.evidence[0].html  # the longer name wins


def test_details_country_end_is_marked_where_a_metonym_stands_for_it(records):
    # Putin rejects changes "door Kiev en Europa voorgesteld": Kyiv stands for Ukraine
    recs = json.loads(json.dumps(records))
    recs["entities"].append(
        {
            "id": "kb:kyiv",
            "label": "Kyiv",
            "type": "LOCATION",
            "aliases": ["Kiev"],
            "country": "UKR",
            "mentions": 1,
        }
    )
    recs = _with_mention(recs, "000_5b4120fcf4eb73ee:4", "kb:kyiv", "Kiev")
    for entity in recs["entities"]:
        if entity["id"] == "kb:ukraine":
            entity["country"] = "UKR"
    details = edge_details(build_graph(recs), "r12", mention_index(recs))
    [evidence] = details.evidence
    assert '<mark class="recipient"' in evidence.html and ">Kiev</mark>" in evidence.html
    assert '<mark class="actor"' in evidence.html


def test_details_evidence_shows_the_relation_date(G, records):
    A = aggregate(actor_view(G))
    details = edge_details(A, "kb:kushner->kb:trump", mention_index(records), base=actor_view(G))
    rows = {r["id"]: r["date"] for r in details.relations}
    by_sentence = {e.sentence_id: e.relation_date for e in details.evidence}
    for rid in ("r8", "r19"):
        sid = G.edges[next((u, v, k) for u, v, k in G.edges(keys=True) if k == rid)]["sentences"][0]
        assert by_sentence[sid] == rows[rid]
    out = evidence_html(details.evidence)
    assert out.count('class="ng-relation-date"') == len(details.evidence)
    assert rows["r19"] in out
