"""The yardstick scorer's matching and figures on tiny hand-made gold and predictions.

Every expected figure can be checked by hand from the dicts in this file.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from bench.quality import agreement, report
from bench.quality.corpus import Gold, read_gold
from bench.quality.match import align, date_matches, norm, pred_docs
from bench.quality.metrics import (
    crosslingual_counts,
    crosslingual_figures,
    figures,
    score_article,
    typing_counts,
    typing_figures,
    typing_prediction,
)

GOLD_ENTITIES = [
    {"id": "trump", "type": "PERSON", "forms": ["Donald Trump", "Trump"]},
    {"id": "bolton", "type": "PERSON", "forms": ["John Bolton", "Bolton"]},
    {"id": "USA", "type": "COUNTRY", "forms": ["United States", "US"]},
    {"id": "white_house", "type": "ORG", "forms": ["White House"]},
    {
        "id": "event:ouster",
        "type": "EVENT",
        "forms": ["ouster"],
        "kind": "other",
        "participants": ["trump", "bolton"],
        "date": "2019-09-10",
        "location": None,
    },
]


def rel(source, target, types, *, directed=True, mode="asserted", date=None):
    return {
        "source": source,
        "target": target,
        "types": types,
        "directed": directed,
        "mode": mode,
        "date": date,
        "reported_by": None,
        "evidence": "",
    }


GOLD_RELATIONS = [
    rel("trump", "bolton", ["COERCE"], date="2019-09"),  # 1: found, typed, forward, date right
    rel("bolton", "USA", ["ROLE"]),  # 2: found, typed, forward
    rel("trump", "USA", ["ROLE"]),  # 3: found, typed, but only backwards
    rel("trump", "white_house", ["STATEMENT"], mode="negated"),  # 4: White House never found
    rel("trump", "event:ouster", ["PARTICIPANT"]),  # 5: found, typed, forward
]


def entity(eid, label, type_, **extra):
    return {
        "id": eid,
        "label": label,
        "type": type_,
        "aliases": [label],
        "country": None,
        "mentions": 1,
        **extra,
    }


def mention(eid, text, doc="d1"):
    return {"entity": eid, "sentence": f"{doc}:0", "start": 0, "end": len(text), "text": text}


def prel(n, source, target, type_, confidence, *, doc="d1", date="2019-09-12", **extra):
    return {
        "id": f"{doc}:r{n}",
        "source": source,
        "target": target,
        "type": type_,
        "trigger": "x",
        "negated": False,
        "sentence": f"{doc}:0",
        "confidence": confidence,
        "date": date,
        **extra,
    }


RECORDS = {
    "documents": [{"id": "d1"}],
    "entities": [
        entity("kb:donald_trump", "Donald Trump", "PERSON"),
        entity("kb:bolton", "Bolton", "LOCATION"),  # right form, wrong type
        entity("person:john-bolton", "John Bolton", "PERSON"),  # so Bolton is split in two nodes
        entity("kb:USA", "United States", "COUNTRY"),
        entity("org:twitter", "Twitter", "ORG"),  # not in the gold
        entity(
            "event:d1:1",
            "other",
            "EVENT",
            event={"type": "COERCE", "trigger": "ouster", "location": None, "date": "2019-09-10"},
        ),
    ],
    "mentions": [
        mention("kb:donald_trump", "Trump"),
        mention("kb:bolton", "Bolton's"),
        mention("person:john-bolton", "John Bolton"),
        mention("kb:USA", "the US"),
        mention("org:twitter", "Twitter"),
        mention("event:d1:1", "ouster"),
    ],
    "relations": [
        prel(0, "kb:donald_trump", "kb:bolton", "COERCE", 0.95, date="2019-09-10"),  # right
        prel(1, "person:john-bolton", "kb:USA", "ROLE", 0.9),  # right
        prel(2, "kb:USA", "kb:donald_trump", "ROLE", 0.6),  # wrong way round
        prel(3, "kb:donald_trump", "org:twitter", "STATEMENT", 0.6),  # Twitter: no gold
        prel(4, "kb:donald_trump", "event:d1:1", "PARTICIPANT", 0.8, role="source"),  # right
        prel(5, "kb:donald_trump", "kb:USA", "CO_OCCURS", 0.2),  # never counts
    ],
}


@pytest.fixture
def figs() -> dict:
    doc = pred_docs(RECORDS)["d1"]
    return figures(score_article(GOLD_ENTITIES, GOLD_RELATIONS, doc))


def test_norm_drops_case_articles_and_possessives():
    assert norm("The White House") == norm("white house") == "white house"
    assert norm("Bolton's") == norm("Bolton’s") == "bolton"
    assert norm("het Kremlin") == "kremlin"
    assert norm("the Netherlands'") == "netherlands"
    assert norm("A") == "a"  # an article alone stays


def test_dates_compare_to_the_gold_precision():
    assert date_matches("2019-09-10", "2019-09-10")
    assert date_matches("2019-09-10", "2019-09")
    assert date_matches("2019-09-10", "2019")
    assert not date_matches("2019-09", "2019-09-10")
    assert not date_matches("2019-09-11", "2019-09-10")
    assert not date_matches(None, "2019")


def test_entities(figs):
    # 4 gold names; Trump, Bolton (via the PERSON node), US found with their type: recall 3/4.
    assert figs["entities.recall"] == 0.75
    # 5 predicted name nodes, 3 of them match a gold entity of their own type: precision 3/5.
    assert figs["entities.precision"] == 0.6
    assert figs["entities.f1"] == pytest.approx(2 * 0.6 * 0.75 / 1.35, abs=1e-4)
    # untyped, the LOCATION "Bolton" is right too: P 4/5, R 3/4
    assert figs["entities.untyped_f1"] == pytest.approx(2 * 0.8 * 0.75 / 1.55, abs=1e-4)
    # Bolton is split over two nodes: 1 of the 3 gold entities found
    assert figs["entities.split_share"] == pytest.approx(1 / 3, abs=1e-4)
    assert figs["entities.merged_share"] == 0.0
    assert figs["entities.type.ORG.recall"] == 0.0


def test_pairs(figs):
    assert figs["pairs.recall"] == 0.8  # pairs 1, 2, 3, 5 of 5
    assert figs["pairs.typed_accuracy"] == 0.8  # each of them with the gold type
    assert figs["pairs.direction_accuracy"] == 0.75  # pair 3 only runs target -> source
    assert figs["pairs.type.ROLE.recall"] == 1.0
    assert figs["pairs.type.STATEMENT.recall"] == 0.0


def test_relation_precision_and_calibration(figs):
    # typed relations between gold entities: r0, r1, r2, r4 (r3 goes to Twitter); r2 is wrong
    assert figs["relations.precision"] == 0.75
    assert figs["relations.statement_share"] == 0.2  # 1 STATEMENT of 5 typed relations
    assert figs["calibration.0.9-1.share_right"] == 1.0  # r0 0.95, r1 0.9
    assert figs["calibration.0.5-0.7.share_right"] == 0.0  # r2 0.6
    assert figs["calibration.0.8-0.9.share_right"] == 1.0  # r4 0.8
    assert "calibration.0-0.5.share_right" not in figs  # no relation in that band


def test_mode_date_events(figs):
    assert figs["mode.accuracy"] == 0.0  # the one negated gold relation (4) is not found
    assert "mode.found_accuracy" not in figs  # ... so there is no found one to judge
    assert figs["date.accuracy"] == 1.0  # 2019-09-10 predicted for gold 2019-09
    assert figs["date.found_accuracy"] == 1.0
    assert figs["events.recall"] == 1.0  # "ouster" is a gold form of the event
    assert figs["events.participant_recall"] == 0.5  # Trump, not Bolton
    assert figs["events.date_accuracy"] == 1.0


def test_mode_from_negated_flag_and_mode_field():
    gold = [
        rel("trump", "USA", ["SUPPORT"], mode="negated"),
        rel("trump", "bolton", ["SUPPORT"], mode="planned"),
    ]
    records = json.loads(json.dumps(RECORDS))
    records["relations"] = [
        prel(0, "kb:donald_trump", "kb:USA", "SUPPORT", 0.9, negated=True),
        prel(1, "kb:donald_trump", "person:john-bolton", "SUPPORT", 0.9, mode="possible"),
    ]
    figs = figures(score_article(GOLD_ENTITIES, gold, pred_docs(records)["d1"]))
    assert figs["mode.accuracy"] == 0.5  # negated right, planned predicted as possible
    assert figs["mode.found_accuracy"] == 0.5


def test_own_type_wins_and_wrong_merges_are_counted():
    gold = [
        {"id": "USA", "type": "COUNTRY", "forms": ["Washington"]},
        {"id": "washington", "type": "LOCATION", "forms": ["Washington"]},
        {"id": "trump", "type": "PERSON", "forms": ["Trump"]},
        {"id": "pence", "type": "PERSON", "forms": ["Pence"]},
    ]
    records = {
        "documents": [{"id": "d1"}],
        "entities": [
            entity("kb:washington", "Washington", "LOCATION"),
            entity("person:x", "Trump", "PERSON"),
        ],
        "mentions": [
            mention("kb:washington", "Washington"),
            mention("person:x", "Trump"),
            mention("person:x", "Pence"),
        ],
        "relations": [],
    }
    doc = pred_docs(records)["d1"]
    al = align(gold, doc)
    assert al.to_gold["kb:washington"] == {"washington"}
    assert al.to_gold["person:x"] == {"trump", "pence"}
    c = score_article(gold, [], doc)
    assert c["entities.merged"] == 1 and c["entities.split"] == 0
    assert figures(c)["entities.merged_share"] == 0.5  # 1 of the 2 nodes that match gold


def test_symmetric_types_and_undirected_gold_count_either_way():
    gold = [rel("trump", "USA", ["CONSULT"]), rel("bolton", "USA", ["SUPPORT"], directed=False)]
    records = json.loads(json.dumps(RECORDS))
    records["relations"] = [
        prel(0, "kb:USA", "kb:donald_trump", "CONSULT", 0.9),
        prel(1, "kb:USA", "person:john-bolton", "SUPPORT", 0.9),
        prel(2, "kb:USA", "kb:donald_trump", "SUPPORT", 0.9),
    ]
    figs = figures(score_article(GOLD_ENTITIES, gold, pred_docs(records)["d1"]))
    assert figs["relations.precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert figs["pairs.direction_accuracy"] == 0.0  # the one directed gold pair runs backwards


def test_event_typing_prediction_prefers_plover_and_forward():
    records = {
        "documents": [{"id": "s1"}, {"id": "s2"}],
        "entities": [entity("kb:RUS", "Russia", "COUNTRY"), entity("kb:UKR", "Ukraine", "COUNTRY")],
        "mentions": [
            mention("kb:RUS", "Russia", "s1"),
            mention("kb:UKR", "Ukraine", "s1"),
            mention("kb:RUS", "Russia", "s2"),
        ],
        "relations": [
            prel(0, "kb:RUS", "kb:UKR", "STATEMENT", 0.9, doc="s1"),
            prel(1, "kb:UKR", "kb:RUS", "ASSAULT", 0.5, doc="s1"),
            prel(2, "kb:RUS", "kb:UKR", "THREATEN", 0.4, doc="s1"),
        ],
    }
    docs = pred_docs(records)
    assert typing_prediction(docs["s1"], "Russia", "Ukraine") == "THREATEN"
    assert typing_prediction(docs["s2"], "Russia", "Ukraine") == "NONE"
    rows = [{"type": "THREATEN", "note": "speech"}, {"type": "ASSAULT", "note": ""}]
    c = typing_counts(rows, ["THREATEN", "NONE"])
    f = typing_figures(c)
    assert f["event_typing.accuracy"] == 0.5
    assert f["event_typing.type.ASSAULT.accuracy"] == 0.0
    assert f["event_typing.note.speech.accuracy"] == 1.0
    assert c["event_typing.confusion.ASSAULT.NONE"] == 1


def test_crosslingual_agreement():
    en = Gold("d1", "en", "a", GOLD_ENTITIES, GOLD_RELATIONS)
    nl_entities = [dict(e) for e in GOLD_ENTITIES]
    nl = Gold(
        "d1",
        "nl",
        "a",
        nl_entities,
        [
            rel("trump", "bolton", ["COERCE"]),
            rel("USA", "trump", ["ROLE"]),
            rel("bolton", "white_house", ["ROLE"]),
        ],
    )
    doc = pred_docs(RECORDS)["d1"]
    nl_records = json.loads(json.dumps(RECORDS))
    nl_records["relations"] = [
        prel(0, "kb:donald_trump", "kb:bolton", "ASSAULT", 0.9),
        prel(1, "kb:donald_trump", "kb:USA", "ROLE", 0.9),
    ]
    # pairs in both gold files: trump-bolton and trump-USA (either order); the nl extraction
    # types the first ASSAULT (en: COERCE), the second ROLE like en.
    f = crosslingual_figures(crosslingual_counts(en, doc, nl, pred_docs(nl_records)["d1"]))
    assert f == {"agreement": 0.5, "both_right": 0.5}


def test_agreement_between_annotators():
    a = Gold("d1", "en", "a", GOLD_ENTITIES[:4], GOLD_RELATIONS[:4])
    b_entities = [
        {"id": "donald_trump", "type": "PERSON", "forms": ["Trump"]},
        {"id": "john_bolton", "type": "PERSON", "forms": ["Bolton"]},
        {"id": "USA", "type": "COUNTRY", "forms": ["U.S."]},
        {"id": "white_house", "type": "LOCATION", "forms": ["White House"]},
    ]
    b = Gold(
        "d1",
        "en",
        "b",
        b_entities,
        [rel("john_bolton", "donald_trump", ["ASSAULT"]), rel("john_bolton", "USA", ["ROLE"])],
    )
    f = agreement.agreement_figures(agreement.agreement_counts(a, b))
    # entities: Trump, Bolton by form, USA by id; White House differs in type -> 3/4 both ways
    assert f["entities.f1"] == 0.75
    # pairs: b's 2 both in a; 2 of a's 4 in b -> P 1, R 0.5
    assert f["pairs.f1"] == pytest.approx(2 / 3, abs=1e-4)
    # typed: only the ROLE pair shares a type -> P 1/2, R 1/4
    assert f["typed_pairs.f1"] == pytest.approx(1 / 3, abs=1e-4)


def test_read_gold_reports_problems(tmp_path):
    (tmp_path / "en").mkdir()
    path = tmp_path / "en" / "x1.a.json"
    path.write_text(
        json.dumps(
            {
                "article": "x1",
                "lang": "en",
                "annotator": "a",
                "entities": [
                    {"id": "trump", "type": "PERSON", "forms": ["Trump"]},
                    {"id": "iran", "type": "STATE", "forms": ["Iran"]},
                ],
                "relations": [
                    rel("trump", "iran", ["THREATEN"]),
                    rel("trump", "trump", ["ROLE"], mode="maybe"),
                    rel("trump", "trump", ["HUG"], date="Tuesday"),
                ],
            }
        ),
        encoding="utf8",
    )
    gold = read_gold(path, "Trump spoke.")
    assert [e["id"] for e in gold.entities] == ["trump"]
    assert len(gold.relations) == 2  # the one to the unknown entity is left out
    # bad entity type, unknown entity, unknown mode, unknown relation type, bad date
    assert len(gold.problems) == 5, gold.problems


def test_diff_knows_which_way_is_worse():
    baseline = {
        "en.dev.pairs.recall": 0.5,
        "en.dev.entities.split_share": 0.1,
        "en.dev.relations.statement_share": 0.3,
        "en.dev.entities.f1": 0.7,
    }
    now = {
        "en.dev.pairs.recall": 0.47,
        "en.dev.entities.split_share": 0.15,
        "en.dev.relations.statement_share": 0.9,
        "en.dev.entities.f1": 0.69,
    }
    _, fallen = report.diff(now, baseline)
    assert fallen == ["en.dev.entities.split_share", "en.dev.pairs.recall"]


def test_counts_add_up_across_articles():
    doc = pred_docs(RECORDS)["d1"]
    one = score_article(GOLD_ENTITIES, GOLD_RELATIONS, doc)
    assert figures(one + one) == figures(one)
    assert isinstance(one, Counter)


def test_event_typing_ends_may_be_cut_short_or_carry_a_title():
    records = {
        "documents": [{"id": "s1"}],
        "entities": [
            entity("kb:abdullah_ii", "Abdullah II", "PERSON"),
            entity("kb:IND", "India", "COUNTRY"),
            entity("kb:INDO", "Indonesia", "COUNTRY"),
        ],
        "mentions": [
            mention("kb:abdullah_ii", "Abdullah II", "s1"),
            mention("kb:IND", "Indian", "s1"),
            mention("kb:INDO", "Indonesia", "s1"),
        ],
        "relations": [prel(0, "kb:abdullah_ii", "kb:IND", "CONSULT", 0.5, doc="s1")],
    }
    doc = pred_docs(records)["s1"]
    assert typing_prediction(doc, "King Abdullah II", "Indian government") == "CONSULT"
    assert typing_prediction(doc, "King Abdullah II", "Indonesia") == "NONE"


def test_meantime_scoring_follows_the_protocol():
    from bench.quality import meantime

    # one article "k", sentence 0: "Apple Inc. sued Samsung in Paris" (tokens 0..5, spaces between)
    words = ["Apple", "Inc.", "sued", "Samsung", "in", "Paris"]
    tokens, pos = [], 0
    for i, w in enumerate(words):
        tokens.append((pos, pos + len(w), "k", 0, i))
        pos += len(w) + 1
    offsets = {"m0": tokens}
    gold = {("k", 0, 0, 2, "ORG"), ("k", 0, 3, 4, "ORG"), ("k", 0, 5, 6, "LOC")}
    other = [("k", 0, 2, 3)]  # an event mention on "sued"
    records = {
        "entities": [
            entity("org:apple", "Apple Inc", "ORG"),
            entity("person:samsung", "Samsung", "PERSON"),
            entity("kb:paris", "Paris", "LOCATION"),
            entity("org:sued", "Sued", "ORG"),
        ],
        "mentions": [
            {
                "entity": "org:apple",
                "sentence": "m0:0",
                "start": 0,
                "end": 9,
                "text": "Apple Inc",
            },  # snaps to "Inc."
            {
                "entity": "person:samsung",
                "sentence": "m0:0",
                "start": 16,
                "end": 23,
                "text": "Samsung",
            },  # wrong type
            {"entity": "kb:paris", "sentence": "m0:0", "start": 27, "end": 32, "text": "Paris"},
            {
                "entity": "org:sued",
                "sentence": "m0:0",
                "start": 11,
                "end": 15,
                "text": "sued",
            },  # overlaps other: ignored
        ],
    }
    f = meantime.score(records, offsets, gold, other)
    # typed: Apple Inc. and Paris right, Samsung a false positive (PER), sued ignored -> P 2/3, R
    # 2/3
    assert f["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert f["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert f["untyped_f1"] == 1.0


@pytest.mark.parametrize(
    "mention,type_,name",
    [
        ("Apple CEO Steve Jobs", "PER", "Steve Jobs"),
        ("Senator John McCain ( R-AZ )", "PER", "John McCain"),
        ("Steve Jobs , the Apple chief executive", "PER", "Steve Jobs"),
        ("Ryanair CEO , Michael O'Leary", "PER", "Michael O'Leary"),
        ("Prime Minister of Singapore", "PER", None),
        ("Apple CEO", "PER", None),
        ("Martin Luther King", "PER", "Martin Luther King"),
        ("German airline Lufthansa", "ORG", "Lufthansa"),
        ("General Motors", "ORG", "General Motors"),
        ("Royal Courts of Justice , located in central London", "ORG", "Royal Courts of Justice"),
        ("Wal - Mart", "ORG", "Wal - Mart"),
        ("Beatles ' Apple Corps", "ORG", "Apple Corps"),
        ("Michael O ' Leary", "PER", "Michael O ' Leary"),
        ("its parent company , EADS", "ORG", "EADS"),
        ("Mobile , Alabama", "LOC", "Mobile"),
        ("Moscone Center in San Francisco", "LOC", "Moscone Center"),
        ("Duitse Lufthansa", "ORG", "Lufthansa"),
        ("Europese Unie", "LOC", "Europese Unie"),
    ],
)
def test_meantime_names_are_the_names_inside_the_annotated_phrases(mention, type_, name):
    from bench.quality import meantime

    words = mention.split()
    titles = {"ceo", "senator", "minister", "chief", "executive", "king", "general"}
    span = meantime._name_span(
        words,
        0,
        len(words),
        type_,
        lambda w: w.lower() in titles,
        lambda w: w in ("Duitse", "Europese", "German"),
        lambda w: w in ("Steve", "John", "Michael", "Martin"),
        lambda text: text in ("Europese Unie",),
    )
    assert (" ".join(words[span[0] : span[1]]) if span else None) == name


def test_meantime_names_leave_the_words_around_a_name_unscored():
    from bench.quality import meantime

    # "Senator John McCain ( R-AZ )" annotated as one PER mention; its name is "John McCain"
    words = ["Senator", "John", "McCain", "(", "R-AZ", ")"]
    tokens, pos = [], 0
    for i, w in enumerate(words):
        tokens.append((pos, pos + len(w), "k", 0, i))
        pos += len(w) + 1
    offsets = {"m0": tokens}
    names, around = {("k", 0, 1, 3, "PER")}, [("k", 0, 0, 1), ("k", 0, 3, 6)]

    def scored(*mentions):
        records = {
            "entities": [entity(f"e{n}", t, k) for n, (_, _, t, k) in enumerate(mentions)],
            "mentions": [
                {"entity": f"e{n}", "sentence": "m0:0", "start": a, "end": b, "text": t}
                for n, (a, b, t, _) in enumerate(mentions)
            ],
        }
        return meantime.score(records, offsets, names, [], around)

    # the name right, and an organisation inside the bracket that MEANTIME did not mark alone
    f = scored((8, 19, "John McCain", "PERSON"), (22, 26, "R-AZ", "ORG"))
    assert (f["precision"], f["recall"]) == (1.0, 1.0)
    # the title kept in the name is wrong: it reaches into the name
    f = scored((0, 19, "Senator John McCain", "PERSON"))
    assert (f["precision"], f["recall"]) == (0.0, 0.0)


def test_cli_agreement_on_a_tiny_data_folder(tmp_path, capsys):
    from bench.quality.__main__ import main

    data = tmp_path / "yardstick"
    (data / "nl").mkdir(parents=True)
    (data / "gold" / "nl").mkdir(parents=True)
    (data / "articles.tsv").write_text(
        "# comment\nid\tfile\trow\tdate\tdomain\tsplit\ttranslated\turl\n"
        "wn2019-103\twikinews_2019.csv\t103\t2019-09-12\tdomestic_politics\tdev\tyes\thttp://x\n",
        encoding="utf8",
    )
    (data / "nl" / "wn2019-103.txt").write_text("Trump ontsloeg Bolton.", encoding="utf8")
    for annotator, types in (("a", ["COERCE"]), ("b", ["ACCUSE"])):
        (data / "gold" / "nl" / f"wn2019-103.{annotator}.json").write_text(
            json.dumps(
                {
                    "article": "wn2019-103",
                    "lang": "nl",
                    "annotator": annotator,
                    "entities": [
                        {"id": "trump", "type": "PERSON", "forms": ["Trump"]},
                        {"id": "bolton", "type": "PERSON", "forms": ["Bolton"]},
                    ],
                    "relations": [rel("trump", "bolton", types)],
                }
            ),
            encoding="utf8",
        )
    out = tmp_path / "out.json"
    assert (
        main(
            [
                "--agreement",
                "--lang",
                "nl",
                "--data",
                str(data),
                "--json",
                str(out),
                "--baseline",
                str(tmp_path / "none.json"),
            ]
        )
        == 0
    )
    figures = json.loads(out.read_text(encoding="utf8"))["figures"]
    # the same pair, typed COERCE by a and ACCUSE by b: pairs agree, types do not
    assert figures == {
        "nl.dev.agreement.entities.f1": 1.0,
        "nl.dev.agreement.pairs.f1": 1.0,
        "nl.dev.agreement.typed_pairs.f1": 0.0,
        "nl.dev.agreement.article.wn2019-103.entities.f1": 1.0,
        "nl.dev.agreement.article.wn2019-103.pairs.f1": 1.0,
        "nl.dev.agreement.article.wn2019-103.typed_pairs.f1": 0.0,
    }
    printed = capsys.readouterr().out
    assert "nl: 1 articles" in printed
    # where to settle first: the article, its pair and its typed-pair agreement
    assert re.search(r"wn2019-103 +1\.000 +0\.000", printed)


def test_tables_without_gold_still_print():
    text = report.tables({}, {}, "dev", ["en", "nl"])
    assert "en, dev split: 0 articles with gold" in text


def test_meantime_misses_name_what_the_score_counts_wrong():
    from bench.quality import meantime

    # "Senator John McCain met Boeing" (k, 0): McCain's name found without "John", Boeing as a
    # person, the title "Senator" left unscored around the name
    words = ["Senator", "John", "McCain", "met", "Boeing"]
    tokens, pos = [], 0
    for i, w in enumerate(words):
        tokens.append((pos, pos + len(w), "k", 0, i))
        pos += len(w) + 1
    offsets = {"m0": tokens}
    names = {("k", 0, 1, 3, "PER"), ("k", 0, 4, 5, "ORG")}
    around = [("k", 0, 0, 1)]
    records = {
        "entities": [entity("e0", "McCain", "PERSON"), entity("e1", "Boeing", "PERSON")],
        "mentions": [
            {"entity": "e0", "sentence": "m0:0", "start": 13, "end": 19, "text": "McCain"},
            {"entity": "e1", "sentence": "m0:0", "start": 24, "end": 30, "text": "Boeing"},
        ],
    }
    lines = meantime.misses(records, offsets, names, [], around, {("k", 0): words})
    assert lines == [
        "k missed PER: Senator [John McCain] met Boeing  (found: McCain/PER)",
        "k missed ORG: Senator John McCain met [Boeing]  (found: Boeing/PER)",
        "k false PER (gold -): Senator John [McCain] met Boeing",
        "k false PER (gold ORG): Senator John McCain met [Boeing]",
    ]
    f = meantime.score(records, offsets, names, [], around)
    assert (f["precision"], f["recall"]) == (0.0, 0.0)  # two false, two missed, as listed


def test_meantime_misses_say_when_a_story_is_unannotated_in_the_scored_sentences():
    from bench.quality import meantime

    # story "a" has a gold name, story "b" none in its scored sentences: "Boeing" found in each
    words = ["Boeing", "won"]
    offsets = {
        "m0": [(0, 6, "a", 0, 0), (7, 10, "a", 0, 1)],
        "m1": [(0, 6, "b", 0, 0), (7, 10, "b", 0, 1)],
    }
    gold = {("a", 0, 0, 1, "PER")}
    records = {
        "entities": [entity("e0", "Boeing", "ORG")],
        "mentions": [
            {"entity": "e0", "sentence": f"{d}:0", "start": 0, "end": 6, "text": "Boeing"}
            for d in ("m0", "m1")
        ],
    }
    sents = {("a", 0): words, ("b", 0): words}
    lines = meantime.misses(records, offsets, gold, [], [], sents)
    assert lines == [
        "a missed PER: [Boeing] won  (found: Boeing/ORG)",
        "a false ORG (gold PER): [Boeing] won",
        "b false ORG (gold -): [Boeing] won  (story unannotated here)",
    ]


def test_event_typing_ends_match_without_their_accents():
    """The set writes "Israël"; the node is labelled "Israel" and named "Israëlische"."""
    records = {
        "documents": [{"id": "s1"}],
        "entities": [
            entity("kb:ISR", "Israel", "COUNTRY"),
            entity("kb:PSE", "Palestina", "COUNTRY"),
        ],
        "mentions": [
            mention("kb:ISR", "Israëlische", "s1"),
            mention("kb:PSE", "Gaza", "s1"),
        ],
        "relations": [prel(0, "kb:ISR", "kb:PSE", "ASSAULT", 0.8, doc="s1")],
    }
    doc = pred_docs(records)["s1"]
    assert typing_prediction(doc, "Israël", "Palestina") == "ASSAULT"
    assert typing_prediction(doc, "Irak", "Palestina") == "NONE"


def test_a_node_of_another_type_is_no_merged_node():
    gold = [
        {"id": "trump", "type": "PERSON", "forms": ["Trump"]},
        {"id": "pence", "type": "PERSON", "forms": ["Pence"]},
    ]
    records = {
        "documents": [{"id": "d1"}],
        "entities": [entity("org:x", "Trump", "ORG")],
        "mentions": [mention("org:x", "Trump"), mention("org:x", "Pence")],
        "relations": [],
    }
    doc = pred_docs(records)["d1"]
    assert align(gold, doc).to_gold["org:x"] == {"trump", "pence"}  # still read for pairs
    assert score_article(gold, [], doc)["entities.merged"] == 0
