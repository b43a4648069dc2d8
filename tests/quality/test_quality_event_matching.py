"""Each predicted EVENT node stands for at most one gold event, its best by evidence.

Hand-made gold and extraction records (own sentences, no article text): a similar fire
elsewhere is another happening, not a split; one quake drawn as three nodes is a split; one
node holding two elections' mentions is a merge.
"""

from __future__ import annotations

from bench.quality.match import align, date_fit, event_merged, match_events, pred_docs
from bench.quality.metrics import score_article


def gold_event(gid, forms, date=None, participants=(), location=None):
    return {
        "id": gid,
        "type": "EVENT",
        "forms": list(forms),
        "kind": "other",
        "participants": list(participants),
        "date": date,
        "location": location,
    }


def place(gid, *forms):
    return {"id": gid, "type": "LOCATION", "forms": list(forms)}


def entity(eid, label, type_, event=None):
    out = {"id": eid, "label": label, "type": type_, "aliases": [label], "mentions": 1}
    if event is not None:
        out["event"] = event
    return out


def event_node(eid, date=None, trigger="x"):
    return entity(eid, trigger, "EVENT", {"type": "OTHER", "trigger": trigger, "date": date})


def mention(eid, text, n=0):
    return {"entity": eid, "sentence": f"d1:{n}", "start": 0, "end": len(text), "text": text}


def part(n, source, event, role="source"):
    return {
        "id": f"d1:r{n}",
        "source": source,
        "target": event,
        "type": "PARTICIPANT",
        "role": role,
        "trigger": "x",
        "negated": False,
        "sentence": "d1:0",
        "confidence": 0.8,
    }


def records(entities, mentions, relations=()):
    return {
        "documents": [{"id": "d1"}],
        "entities": entities,
        "mentions": mentions,
        "relations": list(relations),
    }


# "Fire broke out at Harbourtown station on Tuesday. ... A similar fire in Millbrook last year
# was put out within the hour."
FIRE_GOLD = [
    place("harbourtown", "Harbourtown"),
    place("millbrook", "Millbrook"),
    gold_event("event:station_fire", ["fire", "blaze"], "2021-03-02", location="harbourtown"),
]
FIRE_RECORDS = records(
    [
        entity("kb:harbourtown", "Harbourtown", "LOCATION"),
        entity("kb:millbrook", "Millbrook", "LOCATION"),
        event_node("event:d1:0", "2021-03-02", "fire"),
        event_node("event:d1:1", "2020", "fire"),
    ],
    [
        mention("kb:harbourtown", "Harbourtown"),
        mention("kb:millbrook", "Millbrook", 1),
        mention("event:d1:0", "Fire"),
        mention("event:d1:1", "fire", 1),
    ],
    [
        part(0, "kb:harbourtown", "event:d1:0", role="location"),
        part(1, "kb:millbrook", "event:d1:1", role="location"),
    ],
)


def test_a_similar_fire_elsewhere_is_not_a_split():
    doc = pred_docs(FIRE_RECORDS)["d1"]
    al = align(FIRE_GOLD, doc)
    assert al.to_pred["event:station_fire"] == {"event:d1:0"}
    assert al.to_gold["event:d1:1"] == set()
    c = score_article(FIRE_GOLD, [], doc)
    assert c["events.found"] == 1
    assert c["events.split"] == 0
    assert c["events.pred_matched"] == 1
    # the other fire's location is not judged against the station fire
    assert c["relations.between_gold"] == 1 and c["relations.right"] == 1


# "The quake struck the coast at dawn. ... Rescuers said the earthquake had flattened the old
# town. ... The tremor was felt as far as the capital."
QUAKE_GOLD = [gold_event("event:quake", ["earthquake", "quake", "tremor"], "2022-06-14")]
QUAKE_RECORDS = records(
    [
        event_node("event:d1:0", "2022-06-14", "struck"),
        event_node("event:d1:1", "2022-06-14", "earthquake"),
        event_node("event:d1:2", None, "tremor"),
    ],
    [
        mention("event:d1:0", "quake"),
        mention("event:d1:1", "earthquake", 1),
        mention("event:d1:2", "tremor", 2),
    ],
)


def test_one_quake_in_three_nodes_is_a_split():
    doc = pred_docs(QUAKE_RECORDS)["d1"]
    al = align(QUAKE_GOLD, doc)
    assert al.to_pred["event:quake"] == {"event:d1:0", "event:d1:1", "event:d1:2"}
    c = score_article(QUAKE_GOLD, [], doc)
    assert c["events.found"] == 1
    assert c["events.split"] == 1
    assert c["events.merged"] == 0


# "Voters chose a new parliament in the general election on Sunday; the referendum on the
# voting age, held the same day, failed."
ELECTION_GOLD = [
    gold_event("event:general_election", ["general election"], "2023-05-07"),
    gold_event("event:referendum", ["referendum"], "2023-05-07"),
]
ELECTION_RECORDS = records(
    [event_node("event:d1:0", "2023-05-07", "election")],
    [mention("event:d1:0", "general election"), mention("event:d1:0", "referendum")],
)


def test_a_node_holding_two_elections_mentions_is_a_merge():
    doc = pred_docs(ELECTION_RECORDS)["d1"]
    al = align(ELECTION_GOLD, doc)
    assert len(al.to_gold["event:d1:0"]) == 1  # one node stands for one gold event
    c = score_article(ELECTION_GOLD, [], doc)
    assert c["events.merged"] == 1
    assert c["events.found"] == 1
    assert c["events.split"] == 0


def test_a_word_of_a_form_is_no_evidence_of_a_merge():
    gold = [
        gold_event("event:bombing", ["suicide attack"]),
        gold_event("event:raid", ["raid", "attack"]),
    ]
    node = {"mentions": {"attack", "raid"}, "forms": {"attack", "raid"}}
    assert not event_merged(node, gold)


def test_the_node_goes_to_the_gold_event_it_fits_best():
    # "attack" is a word of both; the node's date and its participant pick the second
    gold = [
        place("valley", "the valley"),
        {"id": "rebels", "type": "ORG", "forms": ["the rebels"]},
        gold_event("event:old_attack", ["1998 attack"], "1998"),
        gold_event("event:new_attack", ["rebel attack", "attack"], "2023-02", ["rebels"]),
    ]
    recs = records(
        [entity("org:rebels", "rebels", "ORG"), event_node("event:d1:0", "2023-02-10", "attack")],
        [mention("org:rebels", "rebels"), mention("event:d1:0", "attack")],
        [part(0, "org:rebels", "event:d1:0")],
    )
    al = align(gold, pred_docs(recs)["d1"])
    assert al.to_gold["event:d1:0"] == {"event:new_attack"}
    assert al.to_pred["event:old_attack"] == set()


def test_nodes_tied_between_two_gold_events_go_one_to_each():
    best = match_events({"n1": {"g1": 2, "g2": 2}, "n2": {"g1": 2, "g2": 2}})
    assert sorted(best.values()) == ["g1", "g2"]
    # deterministic whatever the order of the input
    assert match_events({"n2": {"g2": 2, "g1": 2}, "n1": {"g2": 2, "g1": 2}}) == best


def test_a_higher_score_wins_over_a_tie():
    best = match_events({"n1": {"g1": 3, "g2": 1}, "n2": {"g1": 2, "g2": 2}})
    assert best == {"n1": "g1", "n2": "g2"}


def test_date_fit():
    assert date_fit("2019-09-10", "2019-09") == 1
    assert date_fit("2019", "2019-09-10") == 1
    assert date_fit("2019-10-01", "2019-09") == 0  # same year: as often the pipeline's slip
    assert date_fit(None, "2019") == 0
    assert date_fit("1988", "2019-03") < 0
